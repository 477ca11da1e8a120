//! What filtering reads about every entry, computed once per report: its folded search text
//! (all entries in one string, so a term is found with one fast scan instead of one search
//! per entry) and small integer codes for each facet (so facets are tested and counted with
//! array lookups instead of string comparisons).

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use memchr::memmem;

use super::report::Report;
use super::search::{find_whole, fold, folded_chars};
use super::types::{Category, Entry, FiscalYear, Hub, Section, Status};

mod reindex;

/// Points at one entry of a report: `report.hubs[hub].entries[entry]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EntryRef {
    /// Index into `report.hubs`.
    pub hub: usize,
    /// Index into that hub's `entries`.
    pub entry: usize,
}

impl EntryRef {
    /// The hub and entry this points at.
    pub fn resolve<'a>(&self, report: &'a Report) -> (&'a Hub, &'a Entry) {
        let hub = &report.hubs[self.hub];
        (hub, &hub.entries[self.entry])
    }
}

/// Folded text and facet codes of every entry of one report.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchIndex {
    /// Every entry's folded text, in report order, each followed by a newline (no search
    /// term contains one, so no match spans two entries).
    haystack: String,
    /// Where each entry's text starts in `haystack`, plus its end.
    starts: Vec<usize>,
    /// Where each hub's entries start in the flat entry order, plus the total.
    hub_starts: Vec<usize>,
    /// Facet codes, one array per facet with one value per entry in report order (filtering
    /// reads a few bytes per entry from each, with no pointer to follow): positions in
    /// `report.hubs`, `Category::ALL`, `Section::ALL`, the years below, and `Status::ALL`
    /// plus one (0 is "no status").
    hub_of: Vec<u32>,
    category: Vec<u8>,
    section: Vec<u8>,
    year: Vec<u16>,
    status: Vec<u8>,
    /// Each entry's themes, each once and ascending, as positions in `theme_ids`: entry `n`'s
    /// are `theme_codes[theme_starts[n]..theme_starts[n + 1]]`.
    theme_starts: Vec<u32>,
    theme_codes: Vec<u16>,
    /// Theme ids: the report's taxonomy in order, then ids found only on entries.
    pub(crate) theme_ids: Vec<String>,
    /// The fiscal years present, ascending.
    pub(crate) years: Vec<FiscalYear>,
    /// Hub ids in report order, shared: facet counts hand them out on every keystroke.
    pub(crate) hub_ids: Vec<Arc<str>>,
    /// Which build this is, so results kept from an earlier report are never reused.
    build: u64,
}

/// The index's facet codes as plain slices, for loops over every entry. The release build
/// optimises for size, which leaves a call per `Vec` index or small method; slices index
/// without one, and the two helpers here are always inlined.
pub(crate) struct Columns<'a> {
    pub hub_starts: &'a [usize],
    pub hub_of: &'a [u32],
    pub category: &'a [u8],
    pub section: &'a [u8],
    pub year: &'a [u16],
    pub status: &'a [u8],
    theme_starts: &'a [u32],
    theme_codes: &'a [u16],
}

impl<'a> Columns<'a> {
    /// The entry at position `n` (below the index's `len()`).
    #[inline(always)]
    pub fn entry_ref(&self, n: usize) -> EntryRef {
        let hub = self.hub_of[n] as usize;
        EntryRef {
            hub,
            entry: n - self.hub_starts[hub],
        }
    }

    /// The theme codes of the entry at position `n`.
    #[inline(always)]
    pub fn themes(&self, n: usize) -> &'a [u16] {
        &self.theme_codes[self.theme_starts[n] as usize..self.theme_starts[n + 1] as usize]
    }
}

/// Numbers the builds of every `SearchIndex` (0 is the empty default).
static BUILDS: AtomicU64 = AtomicU64::new(1);

fn position<T: PartialEq>(all: &[T], value: &T) -> u8 {
    all.iter().position(|v| v == value).unwrap_or(0) as u8
}

/// Builds a [`SearchIndex`] a few hubs at a time (an import builds it between frames).
pub struct IndexBuilder {
    index: SearchIndex,
    theme_at: HashMap<String, u16>,
}

impl IndexBuilder {
    /// Starts an index for a report whose taxonomy is `report.themes` and whose entries'
    /// fiscal years are all among `report`'s (read once, here).
    pub fn new(report: &Report) -> IndexBuilder {
        let theme_ids: Vec<String> = report.themes.iter().map(|t| t.id.clone()).collect();
        let mut years: Vec<FiscalYear> = report
            .hubs
            .iter()
            .flat_map(|h| &h.entries)
            .map(|e| e.fiscal_year)
            .collect();
        years.sort_unstable();
        years.dedup();
        let mut builder = IndexBuilder::with_codes(theme_ids, years);
        builder.index.build = BUILDS.fetch_add(1, Ordering::Relaxed);
        builder
    }

    /// Starts an empty index coding themes as positions in `theme_ids` (an unknown one gets
    /// the next position) and years as positions in `years`.
    fn with_codes(theme_ids: Vec<String>, years: Vec<FiscalYear>) -> IndexBuilder {
        let theme_at = theme_ids
            .iter()
            .enumerate()
            .map(|(i, id)| (id.clone(), i as u16))
            .collect();
        IndexBuilder {
            index: SearchIndex {
                theme_ids,
                years,
                ..SearchIndex::default()
            },
            theme_at,
        }
    }

    /// Adds the next hub, in report order.
    pub fn add(&mut self, hub: &Hub) {
        let hub_at = self.index.hub_starts.len() as u32;
        self.index.hub_starts.push(self.index.hub_of.len());
        self.index.hub_ids.push(Arc::from(hub.id.as_str()));
        self.push_entries(hub, hub_at);
    }

    /// Appends `hub`'s entries, coded as the hub at position `hub_at`.
    fn push_entries(&mut self, hub: &Hub, hub_at: u32) {
        let index = &mut self.index;
        let hub_text = fold(&format!(
            "{} {} {}",
            hub.area,
            hub.municipalities.join(" "),
            hub.organisation
        ));
        for entry in &hub.entries {
            index.starts.push(index.haystack.len());
            // Folded straight into the haystack: no joined or folded copy per entry.
            for (i, paragraph) in entry.paragraphs.iter().enumerate() {
                if i > 0 {
                    index.haystack.push('\n');
                }
                index.haystack.extend(folded_chars(paragraph));
            }
            index.haystack.push('\n');
            index.haystack.push_str(&hub_text);
            index.haystack.push('\n');
            let mut themes: Vec<u16> = entry
                .themes
                .iter()
                .map(|t| {
                    *self.theme_at.entry(t.clone()).or_insert_with(|| {
                        index.theme_ids.push(t.clone());
                        (index.theme_ids.len() - 1) as u16
                    })
                })
                .collect();
            // Each theme once: an entry naming one twice is still one entry of it, for facet
            // counts and charts alike.
            themes.sort_unstable();
            themes.dedup();
            index.theme_starts.push(index.theme_codes.len() as u32);
            index.theme_codes.extend(themes);
            index.hub_of.push(hub_at);
            index
                .category
                .push(position(&Category::ALL, &entry.category));
            index.section.push(position(&Section::ALL, &entry.section));
            index
                .year
                .push(index.years.binary_search(&entry.fiscal_year).unwrap_or(0) as u16);
            index
                .status
                .push(entry.status.map_or(0, |s| position(&Status::ALL, &s) + 1));
        }
    }

    /// The finished index.
    pub fn finish(mut self) -> SearchIndex {
        self.index.starts.push(self.index.haystack.len());
        self.index.hub_starts.push(self.index.hub_of.len());
        self.index
            .theme_starts
            .push(self.index.theme_codes.len() as u32);
        self.index
    }
}

impl SearchIndex {
    /// Folds each entry's text together with its hub's area, municipalities and organisation,
    /// and codes its facet values.
    pub fn build(report: &Report) -> SearchIndex {
        let mut builder = IndexBuilder::new(report);
        for hub in &report.hubs {
            builder.add(hub);
        }
        builder.finish()
    }

    /// Which build of the index this is (0 for the empty default).
    pub fn build_id(&self) -> u64 {
        self.build
    }

    /// How many entries the index covers.
    pub fn len(&self) -> usize {
        self.hub_of.len()
    }

    /// True when the index covers no entry.
    pub fn is_empty(&self) -> bool {
        self.hub_of.is_empty()
    }

    /// The position of `at` in report order, if the index covers it.
    pub fn position(&self, at: EntryRef) -> Option<u32> {
        let start = *self.hub_starts.get(at.hub)?;
        let next = *self.hub_starts.get(at.hub + 1)?;
        (start + at.entry < next).then_some((start + at.entry) as u32)
    }

    /// The entry at position `n` in report order (which must be below `len()`).
    pub fn entry_ref(&self, n: u32) -> EntryRef {
        self.columns().entry_ref(n as usize)
    }

    /// The facet codes, for loops over every entry.
    pub(crate) fn columns(&self) -> Columns<'_> {
        Columns {
            hub_starts: &self.hub_starts,
            hub_of: &self.hub_of,
            category: &self.category,
            section: &self.section,
            year: &self.year,
            status: &self.status,
            theme_starts: &self.theme_starts,
            theme_codes: &self.theme_codes,
        }
    }

    /// Every entry, in report order.
    pub fn all(&self) -> impl Iterator<Item = EntryRef> + '_ {
        (0..self.len() as u32).map(|n| self.entry_ref(n))
    }

    /// The folded text of the entry at position `n` ("" past the end).
    pub fn text_at(&self, n: u32) -> &str {
        let n = n as usize;
        match (self.starts.get(n), self.starts.get(n + 1)) {
            (Some(&start), Some(&end)) => &self.haystack[start..end],
            _ => "",
        }
    }

    /// The folded text of one entry ("" if the index does not cover it).
    pub fn text(&self, at: EntryRef) -> &str {
        self.position(at).map_or("", |n| self.text_at(n))
    }

    /// The theme codes of the entry at position `n` (positions in `theme_ids`).
    pub(crate) fn themes_at(&self, n: usize) -> &[u16] {
        self.columns().themes(n)
    }

    /// Every entry whose folded text contains `term`, in report order.
    pub fn containing(&self, term: &str) -> Vec<EntryRef> {
        self.positions_containing(term)
            .into_iter()
            .map(|n| self.entry_ref(n))
            .collect()
    }

    /// The positions of every entry whose folded text contains `term`, in report order: one
    /// scan of all text.
    pub fn positions_containing(&self, term: &str) -> Vec<u32> {
        if term.is_empty() {
            return (0..self.len() as u32).collect();
        }
        let finder = memmem::Finder::new(term.as_bytes());
        let mut found = Vec::new();
        let mut from = 0;
        while let Some(hit) = find_whole(&finder, term, &self.haystack, from) {
            let n = self.starts.partition_point(|&s| s <= hit) - 1;
            found.push(n as u32);
            from = self.starts[n + 1];
            if from >= self.haystack.len() {
                break;
            }
        }
        found
    }
}
