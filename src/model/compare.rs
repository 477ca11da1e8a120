//! What the compare view puts side by side: hubs as columns, for one section.

use std::collections::BTreeSet;

use super::edition::{is_shown, ShownEdition};
use super::filter::Filter;
use super::report::Report;
use super::search::fold;
use super::types::{Category, Entry, Hub, Section};

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

/// The hubs chosen after ticking or unticking `id` among those `shown`; `None` when that
/// would leave none, because an empty choice means "all" and the last hub would come back.
pub fn toggled_hubs(shown: &[String], id: &str) -> Option<BTreeSet<String>> {
    let mut chosen: BTreeSet<String> = shown.iter().cloned().collect();
    if !chosen.remove(id) {
        chosen.insert(id.to_string());
    }
    (!chosen.is_empty()).then_some(chosen)
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

/// The entries of `hub` in one cell of the compare table: those of `section` in `edition`
/// (any when `None`) and `category`, and of `filter`'s themes when it names any.
pub fn cell_entries<'a>(
    hub: &'a Hub,
    (section, edition): (Section, Option<ShownEdition>),
    category: Category,
    filter: &'a Filter,
) -> impl Iterator<Item = &'a Entry> {
    hub.entries.iter().filter(move |e| {
        e.section == section
            && is_shown(edition, e.section, e.fiscal_year)
            && e.category == category
            && (filter.themes.is_empty() || e.themes.iter().any(|t| filter.themes.contains(t)))
    })
}

/// What the compare table shows (`section` of an edition), as rows of text for a spreadsheet: `corner` and the hubs'
/// areas first, then a row per category (named by `category_name`) whose cells hold their
/// entries, a paragraph a line.
pub fn compare_rows(
    report: &Report,
    hubs: &[String],
    section: (Section, Option<ShownEdition>),
    filter: &Filter,
    corner: &str,
    category_name: impl Fn(Category) -> String,
) -> Vec<Vec<String>> {
    let hubs: Vec<&Hub> = hubs.iter().filter_map(|id| report.hub(id)).collect();
    let mut rows = vec![std::iter::once(corner.to_string())
        .chain(hubs.iter().map(|h| h.area.clone()))
        .collect::<Vec<_>>()];
    for category in Category::ALL {
        let mut row = vec![category_name(category)];
        row.extend(hubs.iter().map(|h| {
            cell_entries(h, section, category, filter)
                .flat_map(|e| e.paragraphs.iter().map(String::as_str))
                .collect::<Vec<_>>()
                .join("\n")
        }));
        rows.push(row);
    }
    rows
}
