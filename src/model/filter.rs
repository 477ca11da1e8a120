//! Faceted filtering: which entries a view shows, and how many each facet value would give.
//!
//! Within a facet the chosen values are alternatives (OR); facets combine with AND. A facet's
//! counts are computed under every *other* active filter, as Datasette does, so a count says
//! what clicking that value would give.

use std::collections::{BTreeSet, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};

use super::report::Report;
use super::search::{fold, SearchQuery};
use super::types::{Category, Entry, FiscalYear, Hub, Section, Status};

/// The active filters of the entries view.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// The search box's text, as typed.
    pub query: String,
    /// Theme ids.
    pub themes: BTreeSet<String>,
    /// Categories ①–⑤.
    pub categories: BTreeSet<Category>,
    /// Sections.
    pub sections: BTreeSet<Section>,
    /// Fiscal years.
    pub years: BTreeSet<FiscalYear>,
    /// Hub ids.
    pub hubs: BTreeSet<String>,
    /// FY2025 progress statuses.
    pub statuses: BTreeSet<Status>,
    /// Exact entry ids (a chart cell's entries); empty means no restriction.
    pub ids: BTreeSet<String>,
}

impl Filter {
    /// True when no filter is active.
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }
}

/// A facet of the entries view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Facet {
    /// Themes.
    Theme,
    /// Categories.
    Category,
    /// Sections.
    Section,
    /// Fiscal years.
    Year,
    /// Hubs (and, through them, municipalities).
    Hub,
    /// Progress statuses.
    Status,
}

const FACETS: [Facet; 6] = [
    Facet::Theme,
    Facet::Category,
    Facet::Section,
    Facet::Year,
    Facet::Hub,
    Facet::Status,
];

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

/// Folded search text of every entry, computed once per report.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchIndex {
    folded: Vec<Vec<String>>,
    /// Which build this is, so results kept from an earlier report are never reused.
    build: u64,
}

/// Numbers the builds of every `SearchIndex` (0 is the empty default).
static BUILDS: AtomicU64 = AtomicU64::new(1);

impl SearchIndex {
    /// Folds each entry's text together with its hub's area, municipalities and organisation.
    pub fn build(report: &Report) -> SearchIndex {
        let folded = report
            .hubs
            .iter()
            .map(|hub| {
                let hub_text = format!(
                    "{} {} {}",
                    hub.area,
                    hub.municipalities.join(" "),
                    hub.organisation
                );
                hub.entries
                    .iter()
                    .map(|e| fold(&format!("{}\n{}", e.paragraphs.join("\n"), hub_text)))
                    .collect()
            })
            .collect();
        let build = BUILDS.fetch_add(1, Ordering::Relaxed);
        SearchIndex { folded, build }
    }

    fn get(&self, at: EntryRef) -> &str {
        self.folded
            .get(at.hub)
            .and_then(|h| h.get(at.entry))
            .map(String::as_str)
            .unwrap_or("")
    }
}

/// Tests one entry against one facet of the filter.
fn passes(filter: &Filter, facet: Facet, hub: &Hub, entry: &Entry) -> bool {
    match facet {
        Facet::Theme => {
            filter.themes.is_empty() || entry.themes.iter().any(|t| filter.themes.contains(t))
        }
        Facet::Category => {
            filter.categories.is_empty() || filter.categories.contains(&entry.category)
        }
        Facet::Section => filter.sections.is_empty() || filter.sections.contains(&entry.section),
        Facet::Year => filter.years.is_empty() || filter.years.contains(&entry.fiscal_year),
        Facet::Hub => filter.hubs.is_empty() || filter.hubs.contains(&hub.id),
        Facet::Status => {
            filter.statuses.is_empty() || entry.status.is_some_and(|s| filter.statuses.contains(&s))
        }
    }
}

/// The facets an entry fails, one bit per facet of `FACETS` (no allocation per entry).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct FailedFacets(u8);

impl FailedFacets {
    fn of(filter: &Filter, hub: &Hub, entry: &Entry) -> FailedFacets {
        let mut failed = FailedFacets::default();
        for (bit, facet) in FACETS.into_iter().enumerate() {
            if !passes(filter, facet, hub, entry) {
                failed.0 |= 1 << bit;
            }
        }
        failed
    }

    fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// True when the entry fails no facet but possibly `facet`: it counts towards `facet`'s values.
    fn at_most(self, facet: Facet) -> bool {
        let bit = FACETS.iter().position(|f| *f == facet).unwrap_or(0);
        self.0 & !(1 << bit) == 0
    }
}

/// The entries that pass the search box and the exact-id restriction, before any facet: the
/// part of filtering that reads text. Facet clicks reuse it as is, and typing on re-checks
/// only the previous matches instead of every entry.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchMatches {
    build: u64,
    query: SearchQuery,
    ids: BTreeSet<String>,
    /// The matching entries, in report order.
    pub refs: Vec<EntryRef>,
}

impl SearchMatches {
    /// The entries matching `query` and `ids` (empty: no restriction). `previous`, if it was
    /// found on the same index with a query this one narrows, limits the entries checked.
    pub fn find(
        report: &Report,
        index: &SearchIndex,
        query: &str,
        ids: &BTreeSet<String>,
        previous: Option<&SearchMatches>,
    ) -> SearchMatches {
        let query = SearchQuery::parse(query);
        let keep = |at: &EntryRef| {
            let (_, entry) = at.resolve(report);
            (query.is_empty() || query.matches_folded(index.get(*at)))
                && (ids.is_empty() || ids.contains(&entry.id))
        };
        let reusable = previous.filter(|p| {
            p.build == index.build && p.build != 0 && query.narrows(&p.query) && p.ids == *ids
        });
        let refs = match reusable {
            Some(p) => p.refs.iter().copied().filter(keep).collect(),
            None => all_entries(report).filter(keep).collect(),
        };
        SearchMatches {
            build: index.build,
            query,
            ids: ids.clone(),
            refs,
        }
    }

    /// Every matching entry with the facets it fails.
    fn evaluate<'a>(
        &'a self,
        report: &'a Report,
        filter: &'a Filter,
    ) -> impl Iterator<Item = (EntryRef, &'a Entry, FailedFacets)> + 'a {
        self.refs.iter().map(move |at| {
            let (hub, entry) = at.resolve(report);
            (*at, entry, FailedFacets::of(filter, hub, entry))
        })
    }
}

/// Every entry of the report, in order.
fn all_entries(report: &Report) -> impl Iterator<Item = EntryRef> + '_ {
    report
        .hubs
        .iter()
        .enumerate()
        .flat_map(|(hub, h)| (0..h.entries.len()).map(move |entry| EntryRef { hub, entry }))
}

/// The matches that pass every facet of `filter`, in report order.
pub fn apply_facets(report: &Report, matches: &SearchMatches, filter: &Filter) -> Vec<EntryRef> {
    matches
        .evaluate(report, filter)
        .filter(|(.., failed)| failed.is_empty())
        .map(|(at, ..)| at)
        .collect()
}

/// The entries the filter lets through, in report order, searching from scratch.
pub fn apply_filter(report: &Report, index: &SearchIndex, filter: &Filter) -> Vec<EntryRef> {
    let matches = SearchMatches::find(report, index, &filter.query, &filter.ids, None);
    apply_facets(report, &matches, filter)
}

/// How many entries each facet value would give under the other active filters.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FacetCounts {
    /// Per theme id, in taxonomy order.
    pub themes: Vec<(String, usize)>,
    /// Per category ①–⑤.
    pub categories: Vec<(Category, usize)>,
    /// Per section.
    pub sections: Vec<(Section, usize)>,
    /// Per fiscal year present in the data.
    pub years: Vec<(FiscalYear, usize)>,
    /// Per hub id, in report order.
    pub hubs: Vec<(String, usize)>,
    /// Per status.
    pub statuses: Vec<(Status, usize)>,
}

/// Adds one to the count of `key`.
fn bump<K: PartialEq>(counts: &mut [(K, usize)], key: &K) {
    if let Some((_, n)) = counts.iter_mut().find(|(k, _)| k == key) {
        *n += 1;
    }
}

/// Facet counts for `filter`, searching from scratch (views keep a `SearchMatches` instead).
pub fn facet_counts(report: &Report, index: &SearchIndex, filter: &Filter) -> FacetCounts {
    let matches = SearchMatches::find(report, index, &filter.query, &filter.ids, None);
    count_facets(report, &matches, filter)
}

/// Counts every facet value under the other facets' filters, in one pass over the matches.
pub fn count_facets(report: &Report, matches: &SearchMatches, filter: &Filter) -> FacetCounts {
    let mut years: Vec<FiscalYear> = report
        .hubs
        .iter()
        .flat_map(|h| &h.entries)
        .map(|e| e.fiscal_year)
        .collect();
    years.sort_unstable();
    years.dedup();
    let mut counts = FacetCounts {
        themes: report.themes.iter().map(|t| (t.id.clone(), 0)).collect(),
        categories: Category::ALL.iter().map(|c| (*c, 0)).collect(),
        sections: Section::ALL.iter().map(|s| (*s, 0)).collect(),
        years: years.into_iter().map(|y| (y, 0)).collect(),
        hubs: report.hubs.iter().map(|h| (h.id.clone(), 0)).collect(),
        statuses: Status::ALL.iter().map(|s| (*s, 0)).collect(),
    };
    // Positions by id: a linear search per tag would cost O(themes) per entry.
    let theme_at: HashMap<&str, usize> = report
        .themes
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.as_str(), i))
        .collect();
    for (at, entry, failed) in matches.evaluate(report, filter) {
        let counts_for = |facet: Facet| failed.at_most(facet);
        if counts_for(Facet::Theme) {
            for t in &entry.themes {
                if let Some(&i) = theme_at.get(t.as_str()) {
                    counts.themes[i].1 += 1;
                }
            }
        }
        if counts_for(Facet::Category) {
            bump(&mut counts.categories, &entry.category);
        }
        if counts_for(Facet::Section) {
            bump(&mut counts.sections, &entry.section);
        }
        if counts_for(Facet::Year) {
            bump(&mut counts.years, &entry.fiscal_year);
        }
        if counts_for(Facet::Hub) {
            // Hubs are counted by position: a lookup by id would cost O(hubs) per entry.
            counts.hubs[at.hub].1 += 1;
        }
        if let (true, Some(status)) = (counts_for(Facet::Status), entry.status) {
            bump(&mut counts.statuses, &status);
        }
    }
    counts
}
