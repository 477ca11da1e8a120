//! Updating an index after an edit to one hub, instead of folding every entry again: with
//! every municipality imported a full build froze the page for about a second at each save.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use super::{IndexBuilder, SearchIndex, BUILDS};
use crate::model::report::Report;

/// Adds `delta` to every item (positions after a replaced stretch).
fn shift<T>(items: &mut [T], delta: isize)
where
    T: Copy + TryFrom<isize> + TryInto<isize>,
{
    if delta == 0 {
        return;
    }
    for item in items {
        let shifted = (*item).try_into().unwrap_or(0) + delta;
        *item = T::try_from(shifted).unwrap_or(*item);
    }
}

/// `new - old` as a signed length.
fn delta(new: usize, old: usize) -> isize {
    new as isize - old as isize
}

impl SearchIndex {
    /// This index, for `report` after an edit that changed only the hub at position `hub`
    /// (its entries, headings or details; hubs neither added nor removed). Builds afresh when
    /// the edit does not fit that (another hub count, a fiscal year the index has no code
    /// for). Either way the result equals [`SearchIndex::build`] of `report`, with a new
    /// build number.
    pub fn with_hub_reindexed(mut self, report: &Report, hub: usize) -> SearchIndex {
        let Some(edited) = report.hubs.get(hub) else {
            return SearchIndex::build(report);
        };
        let years_known = edited
            .entries
            .iter()
            .all(|e| self.years.binary_search(&e.fiscal_year).is_ok());
        if report.hubs.len() != self.hub_ids.len() || !years_known {
            return SearchIndex::build(report);
        }
        // The hub's entries coded alone, with this index's theme and year codes (a theme new
        // to the index gets the next code, as a full build would give it).
        let mut one =
            IndexBuilder::with_codes(std::mem::take(&mut self.theme_ids), self.years.clone());
        one.push_entries(edited, hub as u32);
        let one = one.index;

        let (first, end) = (self.hub_starts[hub], self.hub_starts[hub + 1]);
        let (text_from, text_to) = (self.starts[first], self.starts[end]);
        let (codes_from, codes_to) = (
            self.theme_starts[first] as usize,
            self.theme_starts[end] as usize,
        );
        let entries_delta = delta(one.hub_of.len(), end - first);
        let text_delta = delta(one.haystack.len(), text_to - text_from);
        let codes_delta = delta(one.theme_codes.len(), codes_to - codes_from);

        let n = one.hub_of.len();
        self.haystack
            .replace_range(text_from..text_to, &one.haystack);
        self.starts
            .splice(first..end, one.starts.iter().map(|s| s + text_from));
        shift(&mut self.starts[first + n..], text_delta);
        let codes_at = codes_from as u32;
        self.theme_starts
            .splice(first..end, one.theme_starts.iter().map(|s| s + codes_at));
        shift(&mut self.theme_starts[first + n..], codes_delta);
        self.theme_codes
            .splice(codes_from..codes_to, one.theme_codes);
        self.hub_of.splice(first..end, one.hub_of);
        self.category.splice(first..end, one.category);
        self.section.splice(first..end, one.section);
        self.year.splice(first..end, one.year);
        self.status.splice(first..end, one.status);
        shift(&mut self.hub_starts[hub + 1..], entries_delta);
        self.hub_ids[hub] = Arc::from(edited.id.as_str());
        self.theme_ids = one.theme_ids;
        self.build = BUILDS.fetch_add(1, Ordering::Relaxed);
        self
    }

    /// True when both index the same text with the same codes (whatever their build
    /// numbers).
    pub fn same_content(&self, other: &SearchIndex) -> bool {
        SearchIndex {
            build: other.build,
            ..self.clone()
        } == *other
    }
}
