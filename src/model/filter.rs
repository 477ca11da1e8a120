//! Faceted filtering: which entries a view shows, and how many each facet value would give.
//!
//! Within a facet the chosen values are alternatives (OR); facets combine with AND. A facet's
//! counts are computed under every *other* active filter, as Datasette does, so a count says
//! what clicking that value would give.

use std::collections::BTreeSet;
use std::sync::Arc;

use super::edition::ShownEdition;
use super::index::Columns;
pub use super::index::{EntryRef, SearchIndex};
pub use super::matches::{SearchCache, SearchMatches};
use super::report::Report;
use super::types::{Category, FiscalYear, Section, Status};

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

impl Facet {
    /// Its bit in [`FailedFacets`].
    const fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// One lookup table per facet over the index's codes: `None` lets every value through.
struct FacetMasks {
    /// The facets with a choice: only these are tested per entry.
    active: Vec<Facet>,
    themes: Option<Vec<bool>>,
    categories: Option<Vec<bool>>,
    sections: Option<Vec<bool>>,
    years: Option<Vec<bool>>,
    hubs: Option<Vec<bool>>,
    statuses: Option<Vec<bool>>,
    /// The (section, year) tables of the edition shown, by `section * years + year` code:
    /// an entry of another edition is not there at all (counted by no facet).
    edition: Option<Vec<bool>>,
    /// How many years the index codes (the edition table's row length).
    year_codes: usize,
}

/// A table of `n` values, true where `chosen`; `None` when nothing is chosen.
fn mask(nothing_chosen: bool, n: usize, chosen: impl Fn(usize) -> bool) -> Option<Vec<bool>> {
    (!nothing_chosen).then(|| (0..n).map(chosen).collect())
}

/// True when `mask` lets the value with code `code` through.
fn allows(mask: &Option<Vec<bool>>, code: usize) -> bool {
    mask.as_ref()
        .is_none_or(|m| m.get(code).copied().unwrap_or(false))
}

impl FacetMasks {
    fn new(
        report: &Report,
        index: &SearchIndex,
        filter: &Filter,
        edition: Option<ShownEdition>,
    ) -> FacetMasks {
        let years = index.years.len();
        let mut masks = FacetMasks {
            active: Vec::new(),
            themes: mask(filter.themes.is_empty(), index.theme_ids.len(), |i| {
                filter.themes.contains(&index.theme_ids[i])
            }),
            categories: mask(filter.categories.is_empty(), Category::ALL.len(), |i| {
                filter.categories.contains(&Category::ALL[i])
            }),
            sections: mask(filter.sections.is_empty(), Section::ALL.len(), |i| {
                filter.sections.contains(&Section::ALL[i])
            }),
            years: mask(filter.years.is_empty(), index.years.len(), |i| {
                filter.years.contains(&index.years[i])
            }),
            hubs: mask(filter.hubs.is_empty(), report.hubs.len(), |i| {
                filter.hubs.contains(&report.hubs[i].id)
            }),
            // Code 0 is "no status", which no status filter lets through.
            statuses: mask(filter.statuses.is_empty(), Status::ALL.len() + 1, |i| {
                i > 0 && filter.statuses.contains(&Status::ALL[i - 1])
            }),
            edition: edition.map(|shown| {
                (0..Section::ALL.len() * years)
                    .map(|i| shown.shows(Section::ALL[i / years], index.years[i % years]))
                    .collect()
            }),
            year_codes: years,
        };
        masks.active = Facet::ALL
            .into_iter()
            .filter(|f| masks.chooses(*f))
            .collect();
        masks
    }

    /// True when the filter chooses values of `facet`.
    fn chooses(&self, facet: Facet) -> bool {
        match facet {
            Facet::Theme => self.themes.is_some(),
            Facet::Category => self.categories.is_some(),
            Facet::Section => self.sections.is_some(),
            Facet::Year => self.years.is_some(),
            Facet::Hub => self.hubs.is_some(),
            Facet::Status => self.statuses.is_some(),
        }
    }

    /// Tests the entry at position `n` against one facet.
    fn passes(&self, facet: Facet, codes: &Columns, n: usize) -> bool {
        match facet {
            Facet::Theme => codes
                .themes(n)
                .iter()
                .any(|&t| allows(&self.themes, t.into())),
            Facet::Category => allows(&self.categories, codes.category[n].into()),
            Facet::Section => allows(&self.sections, codes.section[n].into()),
            Facet::Year => allows(&self.years, codes.year[n].into()),
            Facet::Hub => allows(&self.hubs, codes.hub_of[n] as usize),
            Facet::Status => allows(&self.statuses, codes.status[n].into()),
        }
    }

    /// True when the entry at position `n` belongs to another edition than the one shown.
    #[inline(always)]
    fn outside_edition(&self, codes: &Columns, n: usize) -> bool {
        let years = self.year_codes;
        self.edition.as_ref().is_some_and(|m| {
            !m.get(usize::from(codes.section[n]) * years + usize::from(codes.year[n]))
                .copied()
                .unwrap_or(false)
        })
    }

    /// The facets the entry at position `n` fails.
    #[inline(always)]
    fn failed(&self, codes: &Columns, n: usize) -> FailedFacets {
        let mut failed = FailedFacets::default();
        for &facet in &self.active {
            if !self.passes(facet, codes, n) {
                failed.0 |= facet.bit();
            }
        }
        failed
    }
}

/// The facets an entry fails, one bit per facet (no allocation per entry).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct FailedFacets(u8);

impl FailedFacets {
    #[inline(always)]
    fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// True when the entry fails no facet but possibly `facet`: it counts towards `facet`'s values.
    #[inline(always)]
    fn at_most(self, facet: Facet) -> bool {
        self.0 & !facet.bit() == 0
    }
}

/// The position of every match the index covers, with the facets it fails.
fn evaluate<'a>(
    report: &Report,
    index: &'a SearchIndex,
    matches: &'a SearchMatches,
    filter: &Filter,
) -> impl Iterator<Item = (u32, FailedFacets)> + 'a {
    let masks = FacetMasks::new(report, index, filter, None);
    let codes = index.columns();
    let covered = index.len() as u32;
    matches
        .positions
        .iter()
        .copied()
        .filter(move |&n| n < covered)
        .map(move |n| (n, masks.failed(&codes, n as usize)))
}

/// The matches that pass every facet of `filter`, in report order.
pub fn apply_facets(
    report: &Report,
    index: &SearchIndex,
    matches: &SearchMatches,
    filter: &Filter,
) -> Vec<EntryRef> {
    // Room for every match up front: growing a ~100k list by doubling copies it again and again.
    let mut shown = Vec::with_capacity(matches.positions.len());
    shown.extend(
        evaluate(report, index, matches, filter)
            .filter(|(_, failed)| failed.is_empty())
            .map(|(n, _)| index.entry_ref(n)),
    );
    shown
}

/// The entries the filter lets through, in report order, searching from scratch.
pub fn apply_filter(report: &Report, index: &SearchIndex, filter: &Filter) -> Vec<EntryRef> {
    let matches = SearchMatches::find(report, index, &filter.query, &filter.ids, None);
    apply_facets(report, index, &matches, filter)
}

/// How many entries each facet value would give under the other active filters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
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
    pub hubs: Vec<(Arc<str>, usize)>,
    /// Per status.
    pub statuses: Vec<(Status, usize)>,
}

/// Facet counts for `filter`, searching from scratch (views keep a `SearchMatches` instead).
pub fn facet_counts(report: &Report, index: &SearchIndex, filter: &Filter) -> FacetCounts {
    let matches = SearchMatches::find(report, index, &filter.query, &filter.ids, None);
    count_facets(report, index, &matches, filter)
}

/// Counts every facet value under the other facets' filters, in one pass over the matches.
pub fn count_facets(
    report: &Report,
    index: &SearchIndex,
    matches: &SearchMatches,
    filter: &Filter,
) -> FacetCounts {
    filter_and_count(report, index, matches, filter).1
}

/// The matches that pass every facet (as [`apply_facets`]) and the facet counts (as
/// [`count_facets`]), from one pass over the matches, with every edition shown.
pub fn filter_and_count(
    report: &Report,
    index: &SearchIndex,
    matches: &SearchMatches,
    filter: &Filter,
) -> (Vec<EntryRef>, FacetCounts) {
    filter_and_count_in(report, index, matches, filter, None)
}

/// [`filter_and_count`] among the entries of `edition` (every entry when `None`): what the
/// entries view and the dashboard show under 表示する報告.
pub fn filter_and_count_in(
    report: &Report,
    index: &SearchIndex,
    matches: &SearchMatches,
    filter: &Filter,
    edition: Option<ShownEdition>,
) -> (Vec<EntryRef>, FacetCounts) {
    let mut shown = Vec::with_capacity(matches.positions.len());
    // Counted by code, then labelled: no lookup by id per entry.
    let mut themes = vec![0; index.theme_ids.len()].into_boxed_slice();
    let mut categories = [0; Category::ALL.len()];
    let mut sections = [0; Section::ALL.len()];
    let mut years = vec![0; index.years.len()].into_boxed_slice();
    let mut hubs = vec![0; report.hubs.len()].into_boxed_slice();
    let mut statuses = [0; Status::ALL.len() + 1];
    let masks = FacetMasks::new(report, index, filter, edition);
    let codes = index.columns();
    let covered = index.len();
    // One plain loop, not `evaluate`: this runs over up to every entry on each keystroke, and
    // through that iterator it measured 55–77 % slower (size-optimised build, 1,741 hubs).
    for &n in matches.positions.iter() {
        let n = n as usize;
        if n >= covered || masks.outside_edition(&codes, n) {
            continue;
        }
        let failed = masks.failed(&codes, n);
        if failed.is_empty() {
            shown.push(codes.entry_ref(n));
        }
        if failed.at_most(Facet::Theme) {
            for &t in codes.themes(n) {
                themes[usize::from(t)] += 1;
            }
        }
        if failed.at_most(Facet::Category) {
            categories[usize::from(codes.category[n])] += 1;
        }
        if failed.at_most(Facet::Section) {
            sections[usize::from(codes.section[n])] += 1;
        }
        if failed.at_most(Facet::Year) {
            years[usize::from(codes.year[n])] += 1;
        }
        if failed.at_most(Facet::Hub) {
            hubs[codes.hub_of[n] as usize] += 1;
        }
        if failed.at_most(Facet::Status) {
            statuses[usize::from(codes.status[n])] += 1;
        }
    }
    let counts = FacetCounts {
        themes: report
            .themes
            .iter()
            .zip(&themes)
            .map(|(t, n)| (t.id.clone(), *n))
            .collect(),
        categories: Category::ALL.into_iter().zip(categories).collect(),
        sections: Section::ALL.into_iter().zip(sections).collect(),
        years: index.years.iter().copied().zip(years).collect(),
        hubs: index.hub_ids.iter().cloned().zip(hubs).collect(),
        statuses: Status::ALL
            .into_iter()
            .zip(statuses[1..].iter().copied())
            .collect(),
    };
    (shown, counts)
}
