//! The entries view's facets as data: each facet's URL key, its values with their counts, and
//! how ticking a value changes the filter. One table drives all six checkbox groups.

use std::collections::BTreeSet;
use std::sync::Arc;

use super::filter::{Facet, FacetCounts, Filter};
use super::{Category, FiscalYear, Section, Status};

/// One value of a facet as the view lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetValue {
    /// The value's id, as in the URL (`disaster`, `3`, `plan`, `2025`, a hub id, `done`).
    pub id: Arc<str>,
    /// Entries it would give under the other filters.
    pub count: usize,
    /// Whether it is ticked.
    pub checked: bool,
}

impl Facet {
    /// Every facet, in the order the entries view shows them.
    pub const ALL: [Facet; 6] = [
        Facet::Theme,
        Facet::Category,
        Facet::Section,
        Facet::Year,
        Facet::Hub,
        Facet::Status,
    ];

    /// Its key in the URL query (`?theme=…&cat=…`).
    pub fn key(self) -> &'static str {
        match self {
            Facet::Theme => "theme",
            Facet::Category => "cat",
            Facet::Section => "section",
            Facet::Year => "fy",
            Facet::Hub => "hub",
            Facet::Status => "status",
        }
    }

    /// Its values in display order (report order for hubs), with counts and ticks.
    pub fn values(self, counts: &FacetCounts, filter: &Filter) -> Vec<FacetValue> {
        fn list<T: Ord>(
            counts: &[(T, usize)],
            ticked: &BTreeSet<T>,
            id: impl Fn(&T) -> Arc<str>,
        ) -> Vec<FacetValue> {
            counts
                .iter()
                .map(|(value, count)| FacetValue {
                    id: id(value),
                    count: *count,
                    checked: ticked.contains(value),
                })
                .collect()
        }
        match self {
            Facet::Theme => list(&counts.themes, &filter.themes, |t| Arc::from(t.as_str())),
            Facet::Category => list(&counts.categories, &filter.categories, |c| {
                Arc::from(c.number().to_string())
            }),
            Facet::Section => list(&counts.sections, &filter.sections, |s| Arc::from(s.id())),
            Facet::Year => list(&counts.years, &filter.years, |y| Arc::from(y.0.to_string())),
            Facet::Hub => counts
                .hubs
                .iter()
                .map(|(id, count)| FacetValue {
                    id: Arc::clone(id),
                    count: *count,
                    checked: filter.hubs.contains(&**id),
                })
                .collect(),
            Facet::Status => list(&counts.statuses, &filter.statuses, |s| Arc::from(s.id())),
        }
    }

    /// Ticks or unticks the value `id`; an id that is no value of this facet changes nothing.
    pub fn toggle(self, filter: &mut Filter, id: &str) {
        fn flip<T: Ord>(set: &mut BTreeSet<T>, value: Option<T>) {
            if let Some(value) = value {
                if !set.remove(&value) {
                    set.insert(value);
                }
            }
        }
        match self {
            Facet::Theme => flip(&mut filter.themes, Some(id.to_string())),
            Facet::Category => flip(
                &mut filter.categories,
                id.parse().ok().and_then(Category::new),
            ),
            Facet::Section => flip(&mut filter.sections, Section::from_id(id)),
            Facet::Year => flip(&mut filter.years, id.parse().ok().map(FiscalYear)),
            Facet::Hub => flip(&mut filter.hubs, Some(id.to_string())),
            Facet::Status => flip(&mut filter.statuses, Status::from_id(id)),
        }
    }
}
