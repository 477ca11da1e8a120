//! What the filters let through for one state of the filters, kept for the last few states
//! of the current report: deleting what was just typed, unticking what was just ticked, or
//! opening the dashboard with the entries view's filters costs nothing at all.

use std::sync::Arc;

use super::edition::ShownEdition;
use super::filter::{filter_and_count_in, FacetCounts, Filter};
use super::index::{EntryRef, SearchIndex};
use super::matches::SearchCache;
use super::recent::Recent;
use super::report::Report;

/// The shown entries and the facet counts for one state of the filters. Cloning is cheap,
/// and a state found in the cache compares equal to itself by pointer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FilterResults {
    /// The entries that pass every filter, in report order.
    pub shown: Arc<[EntryRef]>,
    /// How many entries each facet value would give under the other filters.
    pub counts: Arc<FacetCounts>,
}

/// How many states a [`ResultCache`] keeps: enough to delete back through a word.
const CACHED_STATES: usize = 8;

/// The results of the last few filter states, most recent first, over a [`SearchCache`] that
/// narrows the text search as the query grows.
#[derive(Debug, Default)]
pub struct ResultCache {
    search: SearchCache,
    recent: Recent<(u64, Filter, Option<ShownEdition>, FilterResults), CACHED_STATES>,
}

impl ResultCache {
    /// The results of `filter` on `report` (indexed by `index`), among the entries of
    /// `edition` (every entry when `None`).
    pub fn results(
        &mut self,
        report: &Report,
        index: &SearchIndex,
        filter: &Filter,
        edition: Option<ShownEdition>,
    ) -> FilterResults {
        let build = index.build_id();
        let cached = self
            .recent
            .take(|(b, f, e, _)| *b == build && build != 0 && f == filter && *e == edition);
        let results = match cached {
            Some((_, _, _, results)) => results,
            None => {
                let matches = self.search.find(report, index, &filter.query, &filter.ids);
                let (shown, counts) = filter_and_count_in(report, index, &matches, filter, edition);
                FilterResults {
                    shown: shown.into(),
                    counts: Arc::new(counts),
                }
            }
        };
        // Results of an earlier report (before an edit or import) are never asked for again.
        self.recent.retain(|(b, ..)| *b == build);
        self.recent
            .put((build, filter.clone(), edition, results.clone()));
        results
    }
}
