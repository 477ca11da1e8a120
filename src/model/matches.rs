//! The text half of filtering: which entries pass the search box (and a chart cell's exact
//! ids) before any facet. Facet clicks reuse it as is; typing on re-checks only the previous
//! matches; deleting back to a recent query finds it in a small cache.

use std::collections::BTreeSet;
use std::sync::Arc;

use super::index::SearchIndex;
use super::recent::Recent;
use super::report::Report;
use super::search::SearchQuery;

/// The entries that pass the search box and the exact-id restriction, in report order.
/// Cloning is cheap: the list is shared.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchMatches {
    build: u64,
    query: SearchQuery,
    ids: BTreeSet<String>,
    /// The matching entries' positions in report order (see [`SearchIndex::entry_ref`]),
    /// ascending.
    pub positions: Arc<[u32]>,
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
        let wanted =
            |n: &u32| ids.is_empty() || ids.contains(&index.entry_ref(*n).resolve(report).1.id);
        let reusable = previous.filter(|p| p.reusable_for(index, &query, ids));
        let positions: Arc<[u32]> = match (reusable, query.terms().first()) {
            (Some(p), _) => {
                let matcher = query.matcher();
                p.positions
                    .iter()
                    .copied()
                    .filter(|&n| matcher.matches(index.text_at(n)))
                    .collect()
            }
            (None, Some(first)) => {
                // The scan found the first term; only the others are left to check.
                let rest = query.matcher_after_first();
                let found = index.positions_containing(first);
                if rest.is_empty() && ids.is_empty() {
                    // The first key typed: the scan's result as it is, with no pass over
                    // ~100k texts to check nothing.
                    found.into()
                } else {
                    found
                        .into_iter()
                        .filter(|n| wanted(n) && rest.matches(index.text_at(*n)))
                        .collect()
                }
            }
            (None, None) => (0..index.len() as u32).filter(wanted).collect(),
        };
        SearchMatches {
            build: index.build_id(),
            query,
            ids: ids.clone(),
            positions,
        }
    }

    /// True when these matches were found on `index` (a real build) with the same `ids`.
    fn found_on(&self, index: &SearchIndex, ids: &BTreeSet<String>) -> bool {
        self.build == index.build_id() && self.build != 0 && self.ids == *ids
    }

    /// True when these matches, found on `index`, contain every match of `query` and `ids`.
    fn reusable_for(
        &self,
        index: &SearchIndex,
        query: &SearchQuery,
        ids: &BTreeSet<String>,
    ) -> bool {
        self.found_on(index, ids) && query.narrows(&self.query)
    }

    /// True when these are exactly the matches of `query` and `ids` on `index`.
    fn same_as(&self, index: &SearchIndex, query: &SearchQuery, ids: &BTreeSet<String>) -> bool {
        self.found_on(index, ids) && self.query == *query
    }
}

/// How many recent searches a [`SearchCache`] keeps: enough to delete back through a word.
const CACHED_SEARCHES: usize = 8;

/// The last few searches, most recent first: an exact repeat (deleting what was just typed)
/// costs nothing, and a narrower query starts from the smallest cached match list it narrows.
#[derive(Clone, Debug, Default)]
pub struct SearchCache {
    recent: Recent<SearchMatches, CACHED_SEARCHES>,
}

impl SearchCache {
    /// The matches of `query` and `ids`, reusing what the cache holds.
    pub fn find(
        &mut self,
        report: &Report,
        index: &SearchIndex,
        query: &str,
        ids: &BTreeSet<String>,
    ) -> SearchMatches {
        let parsed = SearchQuery::parse(query);
        let found = match self.recent.take(|m| m.same_as(index, &parsed, ids)) {
            Some(found) => found,
            None => {
                let base = self
                    .recent
                    .iter()
                    .filter(|m| m.reusable_for(index, &parsed, ids))
                    .min_by_key(|m| m.positions.len());
                SearchMatches::find(report, index, query, ids, base)
            }
        };
        self.recent.retain(|m| m.build == found.build);
        self.recent.put(found.clone());
        found
    }
}
