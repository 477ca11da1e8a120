//! What the dashboard's chart builders share: which charts there are, what each is built
//! from, and the years and series the meetings, calendar and status charts show.

use crate::components::chart_layout::BarSeries;
use crate::i18n::{fiscal_year_label, status_label, Lang};
use crate::model::edition::{edition_year, report_years, ShownEdition};
use crate::model::filter::{EntryRef, Filter, SearchIndex};
use crate::model::stats::ChangeSpan;
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
    /// Whether the chart counts sections of its own (the meetings of results and plans, the
    /// calendar of plans and progress, the status of progress, the change from results to
    /// plan), so the dashboard's 区分 choice would only empty it: it counts the filter's
    /// entries of every section.
    pub fn has_own_sections(self) -> bool {
        !matches!(self, ChartId::Heatmap | ChartId::Coverage)
    }

    /// `filter` as this chart applies it (without its sections, see [`Self::has_own_sections`]).
    pub fn filter_for(self, filter: &Filter) -> Filter {
        let mut f = filter.clone();
        if self.has_own_sections() {
            f.sections.clear();
        }
        f
    }

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
    /// The years shown.
    pub years: &'a DashboardYears,
}

/// The years the charts show: every year for the meetings, the shown report's for the
/// calendar and progress, and the change from the year before it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DashboardYears {
    /// The shown edition's fiscal years with results or plans, oldest first.
    pub meetings: Vec<FiscalYear>,
    /// The year of the report shown (FY2025 for the bundled report).
    pub edition: FiscalYear,
    /// What the change chart compares.
    pub change: ChangeSpan,
}

impl DashboardYears {
    /// The years of `report` with `shown` chosen; the change is the report's own (the year
    /// before's results → its plan), or its plan against the plan of `plan_of`, an earlier
    /// edition.
    pub fn of(
        report: &Report,
        shown: Option<ShownEdition>,
        plan_of: Option<FiscalYear>,
    ) -> DashboardYears {
        let edition = edition_year(report, shown);
        let change = match plan_of.filter(|y| *y < edition) {
            Some(earlier) => ChangeSpan::plans(earlier, edition),
            None => ChangeSpan::own(edition),
        };
        DashboardYears {
            meetings: report_years(report, shown),
            edition,
            change,
        }
    }
}

/// The meetings chart's series, a fiscal year each, in colours taken in turn.
pub fn meeting_series(lang: Lang, years: &[FiscalYear]) -> Vec<BarSeries> {
    const CLASSES: [&str; 4] = ["fy-a", "fy-b", "fy-c", "fy-d"];
    years
        .iter()
        .zip(CLASSES.iter().cycle())
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
