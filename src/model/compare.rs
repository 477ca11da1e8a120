//! What the compare view puts side by side: hubs as columns, for one section.

use super::filter::Filter;
use super::report::Report;
use super::search::fold;
use super::types::{Hub, Section};

/// Reports with at most this many hubs are compared whole when none is chosen (the bundled
/// report's six fit a screen). Larger ones wait for a choice: 1,741 columns of cards would
/// freeze the page for a minute and help no one.
pub const ALL_COMPARED_UP_TO: usize = 6;

/// The hubs a compare view shows, in report order: those in the filter, or, when none is
/// chosen, all of a report of at most [`ALL_COMPARED_UP_TO`] hubs and none of a larger one.
pub fn compared_hubs(report: &Report, filter: &Filter) -> Vec<String> {
    if filter.hubs.is_empty() && report.hubs.len() > ALL_COMPARED_UP_TO {
        return Vec::new();
    }
    report
        .hubs
        .iter()
        .filter(|h| filter.hubs.is_empty() || filter.hubs.contains(&h.id))
        .map(|h| h.id.clone())
        .collect()
}

/// The section a compare view shows: the first chosen, or FY2024 results.
pub fn compared_section(filter: &Filter) -> Section {
    filter
        .sections
        .iter()
        .next()
        .copied()
        .unwrap_or(Section::Result)
}

/// Hubs listed in the compare view's chooser at most at once; more are found by filtering.
pub const CHOOSER_LIMIT: usize = 30;

/// The compare chooser's rows (and, without a limit, the hubs list's): the positions of the
/// hubs whose area, municipalities or id contain
/// `query` (folded like the search box; empty matches all), at most `limit` of them in report
/// order, plus every chosen hub wherever it is; and how many matched in all.
pub fn chooser_hubs(
    report: &Report,
    chosen: &[String],
    query: &str,
    limit: usize,
) -> (Vec<usize>, usize) {
    let query = fold(query.trim());
    let matches = |h: &Hub| {
        query.is_empty()
            || fold(&h.area).contains(&query)
            || h.municipalities.iter().any(|m| fold(m).contains(&query))
            || h.id.contains(&query)
    };
    let mut matched = 0;
    let mut rows = Vec::new();
    for (i, hub) in report.hubs.iter().enumerate() {
        let hit = matches(hub);
        matched += usize::from(hit);
        if (hit && matched <= limit) || chosen.contains(&hub.id) {
            rows.push(i);
        }
    }
    (rows, matched)
}
