//! Aggregations behind the dashboard's charts. Each takes the entries the active filter lets
//! through, so every chart follows the filters; charts only draw what these return.

use std::collections::HashSet;

use super::changes::same_activity;
use super::filter::EntryRef;
use super::report::Report;
use super::types::{Category, EventStatus, FiscalYear, Section, Status};

/// The entries behind one chart cell or bar.
pub type Cell = Vec<EntryRef>;

/// Entries per hub (rows, report order) and category ①–⑤ (columns).
pub fn category_heatmap(report: &Report, shown: &[EntryRef]) -> Vec<Vec<Cell>> {
    let mut grid = vec![vec![Vec::new(); 5]; report.hubs.len()];
    for at in shown {
        let (_, e) = at.resolve(report);
        grid[at.hub][usize::from(e.category.number() - 1)].push(*at);
    }
    grid
}

/// Entries per theme (rows, taxonomy order) and hub (columns).
pub fn theme_coverage(report: &Report, shown: &[EntryRef]) -> Vec<Vec<Cell>> {
    let mut grid = vec![vec![Vec::new(); report.hubs.len()]; report.themes.len()];
    for at in shown {
        let (_, e) = at.resolve(report);
        for (t, theme) in report.themes.iter().enumerate() {
            if e.has_theme(&theme.id) {
                grid[t][at.hub].push(*at);
            }
        }
    }
    grid
}

/// A hub's yearly meetings: the frequencies its results (for a past year) or plan (for the
/// coming year) fix for that fiscal year, summed, with the entries they come from.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MeetingCount {
    /// Meetings per year.
    pub per_year: u32,
    /// Entries whose facts give those meetings.
    pub entries: Cell,
}

/// Meetings per hub for each fiscal year in `years`: `[hub][year]`.
pub fn meetings_per_year(
    report: &Report,
    shown: &[EntryRef],
    years: &[FiscalYear],
) -> Vec<Vec<MeetingCount>> {
    let mut out = vec![vec![MeetingCount::default(); years.len()]; report.hubs.len()];
    for at in shown {
        let (_, e) = at.resolve(report);
        if !matches!(e.section, Section::Result | Section::Plan) || e.facts.meetings.is_empty() {
            continue;
        }
        if let Some(y) = years.iter().position(|fy| *fy == e.fiscal_year) {
            let slot = &mut out[at.hub][y];
            slot.per_year += e.facts.meetings.iter().map(|m| m.per_year).sum::<u32>();
            slot.entries.push(*at);
        }
    }
    out
}

/// One dated event placed on the calendar.
#[derive(Clone, Debug, PartialEq)]
pub struct CalendarMark {
    /// The entry that states it.
    pub entry: EntryRef,
    /// What happens.
    pub title: String,
    /// Day of month, where given.
    pub day: Option<u8>,
    /// Done or planned.
    pub status: EventStatus,
}

/// Events of fiscal year `fy` per hub (rows) and month in fiscal order, April → March
/// (12 columns). A span such as （1～2月） is placed in each of its months.
pub fn calendar(
    report: &Report,
    shown: &[EntryRef],
    fy: FiscalYear,
) -> Vec<Vec<Vec<CalendarMark>>> {
    let mut grid = vec![vec![Vec::new(); 12]; report.hubs.len()];
    let column = |month: u8| FiscalYear::MONTHS.iter().position(|m| *m == month);
    for at in shown {
        let (_, e) = at.resolve(report);
        for ev in e.facts.events.iter().filter(|ev| ev.fiscal_year == fy) {
            let (Some(first), last) = (column(ev.month), ev.end_month.and_then(column)) else {
                continue;
            };
            let last = last.unwrap_or(first).max(first);
            for month in &mut grid[at.hub][first..=last] {
                month.push(CalendarMark {
                    entry: *at,
                    title: ev.title.clone(),
                    day: ev.day,
                    status: ev.status,
                });
            }
        }
    }
    grid
}

/// FY progress entries per hub (rows) and status (columns, [`Status::ALL`] order).
pub fn status_by_hub(report: &Report, shown: &[EntryRef]) -> Vec<Vec<Cell>> {
    let mut grid = vec![vec![Vec::new(); Status::ALL.len()]; report.hubs.len()];
    for at in shown {
        let (_, e) = at.resolve(report);
        if let Some(s) = e.status {
            let col = Status::ALL.iter().position(|x| *x == s).unwrap_or(0);
            grid[at.hub][col].push(*at);
        }
    }
    grid
}

/// Year-to-year change of one hub and category, as entries.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChangeCell {
    /// Later-year plan entries continuing an earlier result.
    pub continued: Cell,
    /// Later-year plan entries with no earlier counterpart.
    pub new: Cell,
    /// Earlier-year results no longer listed.
    pub dropped: Cell,
}

/// FY`from` results → FY`from+1` plan per hub (rows) and category (columns), among the shown entries.
pub fn change_matrix(
    report: &Report,
    shown: &[EntryRef],
    from: FiscalYear,
) -> Vec<Vec<ChangeCell>> {
    let shown: HashSet<EntryRef> = shown.iter().copied().collect();
    (0..report.hubs.len())
        .map(|h| hub_changes(report, h, &shown, from))
        .collect()
}

/// One hub's change per category ①–⑤, among the shown entries.
///
/// The report never links entries across years, so continuity is judged from the wording
/// ([`same_activity`]).
pub fn hub_changes(
    report: &Report,
    hub: usize,
    shown: &HashSet<EntryRef>,
    from: FiscalYear,
) -> Vec<ChangeCell> {
    let to = FiscalYear(from.0 + 1);
    let entries = &report.hubs[hub].entries;
    let pick = |section: Section, fy: FiscalYear, cat: Category| -> Vec<EntryRef> {
        (0..entries.len())
            .map(|entry| EntryRef { hub, entry })
            .filter(|at| shown.contains(at))
            .filter(|at| {
                let e = &entries[at.entry];
                e.section == section && e.fiscal_year == fy && e.category == cat
            })
            .collect()
    };
    let same = |a: &EntryRef, b: &EntryRef| same_activity(&entries[a.entry], &entries[b.entry]);
    Category::ALL
        .into_iter()
        .map(|cat| {
            let before = pick(Section::Result, from, cat);
            let after = pick(Section::Plan, to, cat);
            ChangeCell {
                continued: after
                    .iter()
                    .filter(|a| before.iter().any(|b| same(b, a)))
                    .copied()
                    .collect(),
                new: after
                    .iter()
                    .filter(|a| !before.iter().any(|b| same(b, a)))
                    .copied()
                    .collect(),
                dropped: before
                    .iter()
                    .filter(|b| !after.iter().any(|a| same(b, a)))
                    .copied()
                    .collect(),
            }
        })
        .collect()
}

/// Rows as CSV for spreadsheet software: UTF-8 with a byte-order mark (so Excel reads it as
/// UTF-8), CRLF line ends, fields quoted where they need it.
pub fn to_csv(rows: &[Vec<String>]) -> String {
    let mut out = String::from("\u{FEFF}");
    for row in rows {
        let line: Vec<String> = row
            .iter()
            .map(|f| {
                if f.contains([',', '"', '\n', '\r']) {
                    format!("\"{}\"", f.replace('"', "\"\""))
                } else {
                    f.clone()
                }
            })
            .collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}
