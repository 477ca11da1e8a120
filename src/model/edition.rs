//! Editions of the annual report. The 令和7年度 (FY2025) report gives FY2024 results and
//! challenges and the FY2025 plan and progress; once the next year is started, one report file
//! holds several such editions, and a reader looks at one at a time.

use super::report::Report;
use super::types::{FiscalYear, Section};

/// One year's report, named by its year: it gives the previous year's results and challenges,
/// and its own year's plan and progress.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Edition(pub FiscalYear);

impl Edition {
    /// The edition a section of `fiscal_year` belongs to.
    pub fn of(section: Section, fiscal_year: FiscalYear) -> Edition {
        match section {
            Section::Result | Section::Challenge => Edition(FiscalYear(fiscal_year.0 + 1)),
            Section::Plan | Section::Progress => Edition(fiscal_year),
        }
    }

    /// Whether a section of `fiscal_year` is part of this edition.
    pub fn holds(self, section: Section, fiscal_year: FiscalYear) -> bool {
        Edition::of(section, fiscal_year) == self
    }
}

/// What a page shows of a report holding several editions: one of them, and with the newest
/// also any section of a year begun beyond it (a plan added by hand for the year after).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ShownEdition {
    /// The edition shown.
    pub edition: Edition,
    /// Whether it is the newest the report holds.
    pub newest: bool,
}

impl ShownEdition {
    /// Whether a section of `fiscal_year` is shown.
    pub fn shows(self, section: Section, fiscal_year: FiscalYear) -> bool {
        let of = Edition::of(section, fiscal_year);
        of == self.edition || (self.newest && of > self.edition)
    }
}

/// Whether a section of `fiscal_year` is shown under `edition` (`None`: everything is).
pub fn is_shown(edition: Option<ShownEdition>, section: Section, fiscal_year: FiscalYear) -> bool {
    edition.is_none_or(|e| e.shows(section, fiscal_year))
}

/// The editions `report` holds, newest first: those some hub gives results for (a section
/// heading added for a later plan alone does not start an edition).
pub fn editions(report: &Report) -> Vec<Edition> {
    let mut found: Vec<Edition> = report
        .hubs
        .iter()
        .flat_map(|h| &h.sections)
        .filter(|s| s.section == Section::Result)
        .map(|s| Edition::of(s.section, s.fiscal_year))
        .collect();
    found.sort_unstable_by(|a, b| b.cmp(a));
    found.dedup();
    found
}

/// What is shown of a report holding several editions: `chosen` if the report has it, else
/// the newest; `None` (everything shown) while it holds one edition.
pub fn shown_edition(report: &Report, chosen: Option<Edition>) -> Option<ShownEdition> {
    let all = editions(report);
    if all.len() < 2 {
        return None;
    }
    let edition = chosen.filter(|c| all.contains(c)).unwrap_or(all[0]);
    Some(ShownEdition {
        edition,
        newest: edition == all[0],
    })
}

/// The year of the report shown: the chosen edition's, else the newest plan's (FY2025 in the
/// bundled report). Charts of one year (calendar, progress, change) follow it.
pub fn edition_year(report: &Report, shown: Option<ShownEdition>) -> FiscalYear {
    shown
        .map(|s| s.edition.0)
        .unwrap_or_else(|| super::rollover::newest_plan_year(report).unwrap_or(FiscalYear(2025)))
}

/// Every fiscal year some hub reports results or plans for in the edition shown (`None`:
/// every edition), oldest first: the years the meetings chart compares.
pub fn report_years(report: &Report, shown: Option<ShownEdition>) -> Vec<FiscalYear> {
    let mut years: Vec<FiscalYear> = report
        .hubs
        .iter()
        .flat_map(|h| &h.sections)
        .filter(|s| matches!(s.section, Section::Result | Section::Plan))
        .filter(|s| is_shown(shown, s.section, s.fiscal_year))
        .map(|s| s.fiscal_year)
        .collect();
    years.sort_unstable();
    years.dedup();
    years
}

/// A year's report being drafted: the newest edition while drafts copied from last year's
/// report are left in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Drafting {
    /// The year of the report drafted (FY2026 once 令和8年度の報告 is started).
    pub year: FiscalYear,
    /// Its entries still drafts (neither confirmed nor edited).
    pub drafts: usize,
}

/// The report being drafted, if any (`None` once every draft is confirmed or edited, or
/// before a next year is started).
pub fn drafting(report: &Report) -> Option<Drafting> {
    let newest = *editions(report).first()?;
    let drafts = (report.hubs.iter().flat_map(|h| &h.entries))
        .filter(|e| e.draft && Edition::of(e.section, e.fiscal_year) >= newest)
        .count();
    (drafts > 0).then_some(Drafting {
        year: newest.0,
        drafts,
    })
}

/// One edition as a report of its own in schema version 1's shape, as that year's report was
/// published: its four sections of every hub, no draft marks, typed marks or ranges (version
/// 1 has none).
pub fn edition_report(report: &Report, shown: ShownEdition) -> Report {
    let mut one = report.clone();
    one.schema_version = 1;
    one.published = None;
    for hub in &mut one.hubs {
        hub.sections
            .retain(|s| shown.shows(s.section, s.fiscal_year));
        hub.entries
            .retain(|e| shown.shows(e.section, e.fiscal_year));
        hub.entries.iter_mut().for_each(|e| {
            e.draft = false;
            e.facts = e.facts.without_schema_3();
        });
    }
    one
}
