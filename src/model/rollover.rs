//! Starting next year's report from this one, the way people copy last year's form and edit
//! it: the year's progress becomes the draft of its results, its plan the draft of the next
//! plan, and the challenges and the next progress start empty.

use super::edit::next_entry_id;
use super::report::Report;
use super::types::{Entry, EventStatus, FiscalYear, Hub, Section, SectionHeading};

/// The fiscal year of the newest plan in `report` (FY2025 in the bundled report): the year
/// whose results the next report gives.
pub fn newest_plan_year(report: &Report) -> Option<FiscalYear> {
    report
        .hubs
        .iter()
        .flat_map(|h| &h.sections)
        .filter(|s| s.section == Section::Plan)
        .map(|s| s.fiscal_year)
        .max()
}

/// The year a next report would plan for (FY2026 from the bundled report), unless a hub
/// already has sections of that year.
pub fn next_report_year(report: &Report) -> Option<FiscalYear> {
    let year = newest_plan_year(report)?;
    let next = FiscalYear(year.0 + 1);
    let started = report
        .hubs
        .iter()
        .flat_map(|h| &h.sections)
        .any(|s| s.fiscal_year == next);
    (!started).then_some(next)
}

/// The four section headings of the report that gives `year`'s results, in the report's style.
fn headings(year: FiscalYear) -> [SectionHeading; 4] {
    let next = FiscalYear(year.0 + 1);
    let heading = |section, fiscal_year, text: String| SectionHeading {
        section,
        fiscal_year,
        heading: text,
    };
    [
        heading(
            Section::Result,
            year,
            format!("（１）令和{}年度の実績", year.reiwa()),
        ),
        heading(
            Section::Challenge,
            year,
            format!("（２）令和{}年度の取り組みを通じた課題", year.reiwa()),
        ),
        heading(
            Section::Plan,
            next,
            format!("（３）令和{}年度の実績計画", next.reiwa()),
        ),
        heading(
            Section::Progress,
            next,
            format!("（４）令和{}年度の進捗状況", next.reiwa()),
        ),
    ]
}

/// `entry` drafted into `section` of `fiscal_year` of `hub`: wording, category, label, themes
/// and facts kept; a new id; no status (the new year's progress is not known yet). Its events
/// move with it by as many years as the entry does (last year's plan's 5月 is next year's
/// plan's 5月), so the calendar of the year drafted holds them.
fn drafted(hub: &Hub, entry: &Entry, section: Section, fiscal_year: FiscalYear) -> Entry {
    let mut facts = entry.facts.clone();
    let moved = i32::from(fiscal_year.0) - i32::from(entry.fiscal_year.0);
    for event in &mut facts.events {
        event.fiscal_year = FiscalYear((i32::from(event.fiscal_year.0) + moved) as u16);
        if section == Section::Plan {
            // A plan's events are planned, whatever last year's copy reported.
            event.status = EventStatus::Planned;
        }
    }
    Entry {
        id: next_entry_id(hub, section, fiscal_year),
        section,
        fiscal_year,
        status: None,
        facts,
        draft: true,
        ..entry.clone()
    }
}

/// `hub` with the next report's four sections added after its own, drafted from `year`'s
/// progress (as results) and plan (as the next plan).
fn roll_hub(hub: &Hub, year: FiscalYear) -> Hub {
    let next = FiscalYear(year.0 + 1);
    let mut rolled = hub.clone();
    rolled.sections.extend(headings(year));
    let sources = [
        (Section::Progress, Section::Result, year),
        (Section::Plan, Section::Plan, next),
    ];
    for (from, to, fiscal_year) in sources {
        for entry in hub
            .entries
            .iter()
            .filter(|e| e.section == from && e.fiscal_year == year)
        {
            let draft = drafted(&rolled, entry, to, fiscal_year);
            rolled.entries.push(draft);
        }
    }
    rolled
}

/// Every hub of `report` with the next report started (see [`roll_hub`]), or `None` when
/// there is no plan to start from or the next year has begun already.
pub fn roll_over(report: &Report) -> Option<Vec<Hub>> {
    let year = FiscalYear(next_report_year(report)?.0 - 1);
    Some(report.hubs.iter().map(|h| roll_hub(h, year)).collect())
}
