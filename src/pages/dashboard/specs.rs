//! The dashboard's six charts, built from the entries the filter lets through.
//!
//! A chart draws at most 40 hubs ([`MAX_DRAWN`](crate::components::chart_layout::MAX_DRAWN)),
//! so it is built from those hubs' entries only, and its shades and bar lengths are scaled to
//! those hubs. It is built when it is first drawn (as it nears the screen, once a report has
//! more than a screenful of hubs) or its table asked for. With more hubs
//! than are drawn (an all-Japan import has 1,741), the table and CSV of every hub are built
//! by the same code over every hub's entries, when first asked for. Building all of it up
//! front took most of the dashboard's first visit.

use std::sync::Arc;

use crate::components::chart::{ChartSpec, FullTable};
use crate::components::chart_layout::{
    bar_size, grid_size, BarSeries, ChartLayout, ChartTable, LazyLayout,
};
use crate::i18n::{
    category_name, change_title, filter_description, fiscal_year_label, section_label,
    status_title, Lang,
};
use crate::model::filter::{EntryRef, Filter, SearchIndex};
use crate::model::stats::transposed;
use crate::model::{Category, FiscalYear, Report};
use crate::state::AppState;
use leptos::prelude::WithUntracked;

use super::data::{meeting_series, status_series, DashboardYears};
use super::data::{ChartData, ChartId};
use super::layouts::{calendar_chart, change, coverage, heatmap, meetings, status};

/// Runs `f` on the report of index build `build`; `None` once the report has changed.
fn on_report<T>(
    app: AppState,
    build: u64,
    f: impl FnOnce(&Report, &SearchIndex) -> T,
) -> Option<T> {
    app.report.with_untracked(|report| {
        app.index
            .with_untracked(|index| (index.build_id() == build).then(|| f(report, index)))
    })
}

/// What a chart's layout is built from when it is first drawn: the dashboard's data then.
#[derive(Clone)]
pub struct LayoutScope {
    /// The index build (so the report) the chart is for.
    pub build: u64,
    /// The active filter.
    pub filter: Filter,
    /// The UI language.
    pub lang: Lang,
    /// The shown entries among the first `hubs` hubs.
    pub shown: Arc<[EntryRef]>,
    /// How many hubs (from the first) the chart covers.
    pub hubs: usize,
    /// The years shown.
    pub years: DashboardYears,
}

impl ChartId {
    /// The id used in the page (`data-chart`) and as the CSV file name.
    pub fn id(self) -> &'static str {
        match self {
            ChartId::Heatmap => "heatmap",
            ChartId::Coverage => "coverage",
            ChartId::Meetings => "meetings",
            ChartId::Calendar => "calendar",
            ChartId::Status => "status",
            ChartId::Change => "change",
        }
    }

    /// A grid chart's cell width, in viewBox units.
    pub(super) fn cell_w(self) -> f64 {
        match self {
            ChartId::Heatmap => 64.0,
            ChartId::Coverage => 84.0,
            ChartId::Calendar => 52.0,
            _ => 96.0,
        }
    }

    /// The chart's frame over `data` (title, summary, legend, size), with `layout` to build
    /// its picture, hit areas and table when first needed.
    pub fn spec(self, data: &ChartData, layout: LazyLayout) -> ChartSpec {
        let (lang, t) = (data.lang, data.lang.texts());
        let shades = || shade_legend(lang);
        // Every title names the edition's year: a slide of 令和7年度 is told from 令和8年度's.
        let edition = format!(
            "{}{}",
            fiscal_year_label(lang, data.years.edition),
            t.edition_suffix
        );
        let edition_and_sections = |main: &str| {
            let sections = section_text(data.filter, lang);
            lang.paren(main, &lang.pair(&edition, &sections))
        };
        let (title, summary, legend, size) = match self {
            ChartId::Heatmap => (
                edition_and_sections(t.chart_heatmap),
                t.chart_heatmap_summary,
                [shades(), category_key(lang, data.report)].concat(),
                grid_size(data.hubs, Category::ALL.len(), self.cell_w()),
            ),
            ChartId::Coverage => (
                edition_and_sections(t.chart_coverage),
                t.chart_coverage_summary,
                shades(),
                grid_size(data.report.themes.len(), data.hubs, self.cell_w()),
            ),
            ChartId::Meetings => (
                lang.paren(t.chart_meetings, &edition),
                t.chart_meetings_summary,
                series_legend(&meeting_series(lang, &data.years.meetings)),
                bar_size(data.hubs, data.years.meetings.len()),
            ),
            ChartId::Calendar => (
                lang.paren(
                    t.chart_calendar,
                    &fiscal_year_label(lang, data.years.edition),
                ),
                t.chart_calendar_summary,
                vec![
                    ("mark-done".into(), format!("● {}", t.event_done)),
                    ("mark-planned".into(), format!("○ {}", t.event_planned)),
                ],
                grid_size(data.hubs, FiscalYear::MONTHS.len(), self.cell_w()),
            ),
            ChartId::Status => (
                status_title(lang, data.years.edition),
                t.chart_status_summary,
                series_legend(&status_series(lang)),
                bar_size(data.hubs, 1),
            ),
            ChartId::Change => (
                change_title(lang, data.years.change),
                t.chart_change_summary,
                [
                    shades(),
                    vec![
                        (String::new(), format!("= {}", t.continued)),
                        (String::new(), format!("+ {}", t.new)),
                        (String::new(), format!("− {}", t.dropped)),
                    ],
                    category_key(lang, data.report),
                ]
                .concat(),
                grid_size(data.hubs, Category::ALL.len(), self.cell_w()),
            ),
        };
        // A picture of a filtered chart on a slide says what it counts.
        let title = match filter_description(lang, data.report, data.filter) {
            Some(filtered) => format!("{title} — {filtered}"),
            None => title,
        };
        ChartSpec {
            id: self.id(),
            file_stem: format!("{}-fy{}", self.id(), data.years.edition.0),
            title,
            summary: summary.into(),
            legend,
            size,
            layout,
            full_table: None,
        }
    }

    /// Builds the chart's picture, hit areas and table over `data`.
    pub fn layout(self, data: &ChartData) -> ChartLayout {
        match self {
            ChartId::Heatmap => heatmap(data),
            ChartId::Coverage => coverage(data),
            ChartId::Meetings => meetings(data),
            ChartId::Calendar => calendar_chart(data),
            ChartId::Status => status(data),
            ChartId::Change => change(data),
        }
    }

    /// The layout over `scope`, built when the chart is first drawn (or its table asked for):
    /// most charts of a large report are never scrolled to. Empty if the report changed
    /// before then (the dashboard is then drawing new charts).
    pub fn lazy_layout(self, app: AppState, scope: LayoutScope) -> LazyLayout {
        LazyLayout::new(move || {
            on_report(app, scope.build, |report, index| {
                self.layout(&ChartData {
                    report,
                    index,
                    filter: &scope.filter,
                    shown: &scope.shown,
                    lang: scope.lang,
                    hubs: scope.hubs,
                    years: &scope.years,
                })
            })
            .unwrap_or_else(ChartLayout::empty)
        })
    }

    /// The table of every hub, built when first asked for and then kept: this chart built
    /// over every hub's entries for `filter`, its table taken (the coverage chart's turned to
    /// a row per hub, as 1,741 columns could not be read). `None` if the report changed since
    /// `build`. Not for the change chart, whose every hub's wording is judged in slices (see
    /// the page's `change_table`): its layout judges the drawn hubs only.
    pub fn full_table(self, app: AppState, scope: LayoutScope) -> FullTable {
        let LayoutScope {
            build,
            filter,
            lang,
            years,
            ..
        } = scope;
        debug_assert_ne!(
            self,
            ChartId::Change,
            "the change chart's table is judged in slices"
        );
        let made = Arc::new(std::sync::OnceLock::<ChartTable>::new());
        Arc::new(move || {
            let table = made.get().cloned().or_else(|| {
                let table = on_report(app, build, |report, index| {
                    // The shared results (usually the dashboard's own, so nothing is filtered
                    // again), taken only once `on_report` found the report unchanged.
                    let shown = app.results(&filter).shown;
                    let data = ChartData {
                        report,
                        index,
                        filter: &filter,
                        shown: &shown,
                        lang,
                        hubs: report.hubs.len(),
                        years: &years,
                    };
                    let rows = self.layout(&data).table.rows;
                    let rows = if self == ChartId::Coverage {
                        transposed(&rows, lang.texts().facet_hub)
                    } else {
                        rows
                    };
                    ChartTable { rows }
                })?;
                Some(made.get_or_init(|| table).clone())
            });
            Box::pin(std::future::ready(table))
        })
    }
}

/// A bar chart's legend: a swatch and name per series.
fn series_legend(series: &[BarSeries]) -> Vec<(String, String)> {
    series
        .iter()
        .map(|s| (s.class.to_string(), s.name.clone()))
        .collect()
}

/// The sections filtered on, for the entry-count charts' titles ("all sections" when none).
fn section_text(filter: &Filter, lang: Lang) -> String {
    let text = filter
        .sections
        .iter()
        .map(|s| section_label(lang, *s))
        .collect::<Vec<_>>()
        .join("・");
    if text.is_empty() {
        lang.texts().all_sections.to_string()
    } else {
        text
    }
}

/// What the columns ①–⑤ stand for, as legend items without a swatch: a chart saved as a
/// picture for a slide carries its own key.
fn category_key(lang: Lang, report: &Report) -> Vec<(String, String)> {
    Category::ALL
        .iter()
        .map(|&c| {
            (
                String::new(),
                format!("{}{}", c.circled(), category_name(lang, report, c)),
            )
        })
        .collect()
}

/// The few-to-many shade legend of the heatmaps.
fn shade_legend(lang: Lang) -> Vec<(String, String)> {
    let t = lang.texts();
    vec![
        ("shade-1".into(), t.legend_few.into()),
        ("shade-4".into(), t.legend_many.into()),
    ]
}
