//! What the dashboard's chart builders share: which charts there are, what each is built
//! from, and the years and series the meetings, calendar and status charts show.

use crate::components::chart_layout::BarSeries;
use crate::i18n::{fiscal_year_label, status_label, Lang};
use crate::model::filter::{EntryRef, Filter, SearchIndex};
use crate::model::{FiscalYear, Report, Status};

/// The dashboard's charts, in page order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartId {
    /// Entries per hub and category.
    Heatmap,
    /// Entries per theme and hub.
    Coverage,
    /// Meetings a year per hub.
    Meetings,
    /// FY2025 events per hub and month.
    Calendar,
    /// Progress status per hub.
    Status,
    /// FY2024 → FY2025 change per hub and category.
    Change,
}

impl ChartId {
    /// Every chart, in page order.
    pub const ALL: [ChartId; 6] = [
        ChartId::Heatmap,
        ChartId::Coverage,
        ChartId::Meetings,
        ChartId::Calendar,
        ChartId::Status,
        ChartId::Change,
    ];
}

/// What a chart is built from.
pub struct ChartData<'a> {
    /// The report.
    pub report: &'a Report,
    /// Its search index (themes as coded).
    pub index: &'a SearchIndex,
    /// The active filter, which cell links narrow.
    pub filter: &'a Filter,
    /// The entries the filter lets through, among the first `hubs` hubs.
    pub shown: &'a [EntryRef],
    /// The UI language.
    pub lang: Lang,
    /// How many hubs (from the first) the chart covers.
    pub hubs: usize,
}

/// The fiscal years the meetings chart compares, and its bars' classes.
pub const MEETING_YEARS: [(FiscalYear, &str); 2] =
    [(FiscalYear(2024), "fy-a"), (FiscalYear(2025), "fy-b")];

/// The fiscal year the calendar shows.
pub const CALENDAR_YEAR: FiscalYear = FiscalYear(2025);

/// The meetings chart's series, a fiscal year each.
pub fn meeting_series(lang: Lang) -> Vec<BarSeries> {
    MEETING_YEARS
        .iter()
        .map(|(fy, class)| BarSeries {
            name: fiscal_year_label(lang, *fy),
            class,
        })
        .collect()
}

/// The status chart's series, a status each.
pub fn status_series(lang: Lang) -> Vec<BarSeries> {
    Status::ALL
        .iter()
        .map(|s| BarSeries {
            name: status_label(lang, *s).into(),
            class: match s {
                Status::Done => "st-done",
                Status::Ongoing => "st-ongoing",
                Status::Planned => "st-planned",
                Status::Coordinating => "st-coordinating",
                Status::Considering => "st-considering",
            },
        })
        .collect()
}
