//! Faceted filtering: which entries a view shows, and how many each facet value would give.
//!
//! Within a facet the chosen values are alternatives (OR); facets combine with AND. A facet's
//! counts are computed under every *other* active filter, as Datasette does, so a count says
//! what clicking that value would give.

use std::collections::BTreeSet;

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
}

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
        SearchIndex { folded }
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
    fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// True when the entry fails no facet but possibly `facet`: it counts towards `facet`'s values.
    fn at_most(self, facet: Facet) -> bool {
        let bit = FACETS.iter().position(|f| *f == facet).unwrap_or(0);
        self.0 & !(1 << bit) == 0
    }
}

/// Every entry with the facets it fails, skipping those the search excludes.
fn evaluate<'a>(
    report: &'a Report,
    index: &'a SearchIndex,
    filter: &'a Filter,
) -> impl Iterator<Item = (EntryRef, &'a Hub, &'a Entry, FailedFacets)> + 'a {
    let query = SearchQuery::parse(&filter.query);
    report.hubs.iter().enumerate().flat_map(move |(h, hub)| {
        let query = query.clone();
        hub.entries
            .iter()
            .enumerate()
            .filter_map(move |(e, entry)| {
                let at = EntryRef { hub: h, entry: e };
                if !query.is_empty() && !query.matches_folded(index.get(at)) {
                    return None;
                }
                if !filter.ids.is_empty() && !filter.ids.contains(&entry.id) {
                    return None;
                }
                let mut failed = FailedFacets::default();
                for (bit, facet) in FACETS.into_iter().enumerate() {
                    if !passes(filter, facet, hub, entry) {
                        failed.0 |= 1 << bit;
                    }
                }
                Some((at, hub, entry, failed))
            })
    })
}

/// The entries the filter lets through, in report order.
pub fn apply_filter(report: &Report, index: &SearchIndex, filter: &Filter) -> Vec<EntryRef> {
    evaluate(report, index, filter)
        .filter(|(_, _, _, failed)| failed.is_empty())
        .map(|(at, ..)| at)
        .collect()
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

/// Counts every facet value under the other facets' filters, in one pass over the entries.
pub fn facet_counts(report: &Report, index: &SearchIndex, filter: &Filter) -> FacetCounts {
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
    for (at, _, entry, failed) in evaluate(report, index, filter) {
        let counts_for = |facet: Facet| failed.at_most(facet);
        if counts_for(Facet::Theme) {
            entry
                .themes
                .iter()
                .for_each(|t| bump(&mut counts.themes, t));
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
