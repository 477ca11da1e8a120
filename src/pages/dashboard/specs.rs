//! The dashboard's six charts, built from the entries the filter lets through.
//!
//! A chart draws at most [`MAX_DRAWN`] hubs, so it is built from those hubs' entries only,
//! and its shades and bar lengths are scaled to those hubs. It is built when it is first
//! drawn, as it nears the screen. With more hubs than are drawn (an all-Japan import has
//! 1,741), the table and CSV of every hub are built by the same code over every hub's
//! entries, when first asked for. Building all of it up front took most of the dashboard's
//! first visit.

use std::sync::Arc;

use crate::components::chart::{ChartSpec, ChartTable, FullTable, LazyLayout};
use crate::components::chart_layout::{
    bar_chart, bar_size, grid_chart, grid_size, Bar, BarInput, BarSeries, ChartLayout, GridCell,
    GridInput, MAX_DRAWN,
};
use crate::i18n::{
    category_name, fiscal_year_label, section_label, status_label, theme_label, Lang,
};
use crate::model::filter::{apply_filter, EntryRef, Filter, SearchIndex};
use crate::model::stats::{
    calendar, category_heatmap, change_matrix, meetings_per_year, status_by_hub, theme_coverage,
    transposed, ChangeCell,
};
use crate::model::url_query::filter_to_query;
use crate::model::{Category, EventStatus, FiscalYear, Hub, Report, Status};
use crate::state::AppState;
use leptos::prelude::WithUntracked;

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

/// A hub's name short enough for a column: its first municipality, with ほか when it has more.
fn short_name(hub: &Hub) -> String {
    match hub.municipalities.as_slice() {
        [one] => one.clone(),
        [first, ..] => format!("{first}ほか"),
        [] => hub.area.clone(),
    }
}

/// `make()` for a hub that is drawn; nothing for the rest, which only the table shows (by
/// number), so their labels and links would be built for nobody.
fn if_drawn(hub: usize, make: impl FnOnce() -> String) -> String {
    if hub < MAX_DRAWN {
        make()
    } else {
        String::new()
    }
}

/// The entries view URL showing exactly `refs`.
fn ids_href(report: &Report, refs: &[EntryRef]) -> String {
    let filter = Filter {
        ids: refs
            .iter()
            .map(|at| at.resolve(report).1.id.clone())
            .collect(),
        ..Filter::default()
    };
    format!("/?{}", filter_to_query(&filter))
}

/// Where an event or change cell leads: exactly its entries, or the hub's entries when empty.
fn cell_href(report: &Report, filter: &Filter, hub: usize, refs: &[EntryRef]) -> String {
    if refs.is_empty() {
        narrowed_href(filter, |f| f.hubs = [report.hubs[hub].id.clone()].into())
    } else {
        ids_href(report, refs)
    }
}

/// The entries view URL for the active filter narrowed by `change`.
fn narrowed_href(filter: &Filter, change: impl FnOnce(&mut Filter)) -> String {
    let mut f = filter.clone();
    change(&mut f);
    format!("/?{}", filter_to_query(&f))
}

/// A change cell as the chart and its table print it: continued, new, dropped.
pub fn change_text(cell: &ChangeCell) -> String {
    format!(
        "={} +{} −{}",
        cell.continued.len(),
        cell.new.len(),
        cell.dropped.len()
    )
}

/// The names of the hubs a chart covers.
fn hub_names(data: &ChartData) -> Vec<String> {
    data.report
        .hubs
        .iter()
        .take(data.hubs)
        .map(|h| h.area.clone())
        .collect()
}

/// The category columns, ①–⑤.
fn category_columns() -> Vec<String> {
    Category::ALL
        .iter()
        .map(|c| c.circled().to_string())
        .collect()
}

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
    fn cell_w(self) -> f64 {
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
        let (title, summary, legend, size) = match self {
            ChartId::Heatmap => (
                format!("{}（{}）", t.chart_heatmap, section_text(data.filter, lang)),
                t.chart_heatmap_summary,
                shades(),
                grid_size(data.hubs, Category::ALL.len(), self.cell_w()),
            ),
            ChartId::Coverage => (
                t.chart_coverage.to_string(),
                t.chart_coverage_summary,
                shades(),
                grid_size(data.report.themes.len(), data.hubs, self.cell_w()),
            ),
            ChartId::Meetings => (
                t.chart_meetings.to_string(),
                t.chart_meetings_summary,
                series_legend(&meeting_series(lang)),
                bar_size(data.hubs, MEETING_YEARS.len()),
            ),
            ChartId::Calendar => (
                format!(
                    "{}（{}）",
                    t.chart_calendar,
                    fiscal_year_label(lang, CALENDAR_YEAR)
                ),
                t.chart_calendar_summary,
                vec![
                    ("mark-done".into(), format!("● {}", t.event_done)),
                    ("mark-planned".into(), format!("○ {}", t.event_planned)),
                ],
                grid_size(data.hubs, 12, self.cell_w()),
            ),
            ChartId::Status => (
                t.chart_status.to_string(),
                t.chart_status_summary,
                series_legend(&status_series(lang)),
                bar_size(data.hubs, 1),
            ),
            ChartId::Change => (
                t.change_title.to_string(),
                t.chart_change_summary,
                vec![
                    (String::new(), format!("= {}", t.continued)),
                    (String::new(), format!("+ {}", t.new)),
                    (String::new(), format!("− {}", t.dropped)),
                ],
                grid_size(data.hubs, Category::ALL.len(), self.cell_w()),
            ),
        };
        ChartSpec {
            id: self.id(),
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
                })
            })
            .unwrap_or_else(ChartLayout::empty)
        })
    }

    /// The table of every hub, built on request: this chart built over every hub's entries
    /// for `filter`, its table taken (the coverage chart's turned to a row per hub, as 1,741
    /// columns could not be read). `None` if the report changed since `build`.
    pub fn full_table(self, app: AppState, filter: Filter, lang: Lang, build: u64) -> FullTable {
        Arc::new(move || {
            let table = on_report(app, build, |report, index| {
                let shown = apply_filter(report, index, &filter);
                let data = ChartData {
                    report,
                    index,
                    filter: &filter,
                    shown: &shown,
                    lang,
                    hubs: report.hubs.len(),
                };
                let rows = self.layout(&data).table.rows;
                let rows = if self == ChartId::Coverage {
                    transposed(&rows, lang.texts().facet_hub)
                } else {
                    rows
                };
                ChartTable { rows }
            });
            Box::pin(std::future::ready(table))
        })
    }
}

/// The fiscal years the meetings chart compares, and its bars' classes.
const MEETING_YEARS: [(FiscalYear, &str); 2] =
    [(FiscalYear(2024), "fy-a"), (FiscalYear(2025), "fy-b")];

/// The fiscal year the calendar shows.
const CALENDAR_YEAR: FiscalYear = FiscalYear(2025);

/// The meetings chart's series, a fiscal year each.
fn meeting_series(lang: Lang) -> Vec<BarSeries> {
    MEETING_YEARS
        .iter()
        .map(|(fy, class)| BarSeries {
            name: fiscal_year_label(lang, *fy),
            class,
        })
        .collect()
}

/// The status chart's series, a status each.
fn status_series(lang: Lang) -> Vec<BarSeries> {
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

/// A bar chart's legend: a swatch and name per series.
fn series_legend(series: &[BarSeries]) -> Vec<(String, String)> {
    series
        .iter()
        .map(|s| (s.class.to_string(), s.name.clone()))
        .collect()
}

/// The sections filtered on, for the heatmap's title ("all sections" when none).
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

/// The few-to-many shade legend of the heatmaps.
fn shade_legend(lang: Lang) -> Vec<(String, String)> {
    let t = lang.texts();
    vec![
        ("shade-1".into(), t.legend_few.into()),
        ("shade-4".into(), t.legend_many.into()),
    ]
}

/// 1. Entries per hub × category, for the sections filtered on.
fn heatmap(data: &ChartData) -> ChartLayout {
    let (report, filter, lang) = (data.report, data.filter, data.lang);
    let t = lang.texts();
    let hubs = hub_names(data);
    let grid = category_heatmap(report, data.shown);
    let cells = grid
        .iter()
        .take(data.hubs)
        .enumerate()
        .map(|(h, row)| {
            row.iter()
                .enumerate()
                .map(|(c, &n)| {
                    let cat = Category::ALL[c];
                    GridCell {
                        value: n,
                        text: n.to_string(),
                        label: if_drawn(h, || {
                            format!(
                                "{} {} {}: {}{}",
                                hubs[h],
                                cat.circled(),
                                category_name(lang, report, cat),
                                n,
                                t.entry_count_suffix
                            )
                        }),
                        href: if_drawn(h, || {
                            narrowed_href(filter, |f| {
                                f.hubs = [report.hubs[h].id.clone()].into();
                                f.categories = [cat].into();
                            })
                        }),
                    }
                })
                .collect()
        })
        .collect();
    grid_chart(GridInput {
        rows: hubs,
        cols: category_columns(),
        cells,
        cell_w: ChartId::Heatmap.cell_w(),
        corner: t.facet_hub.into(),
    })
}

/// 2. Entries per theme × hub.
fn coverage(data: &ChartData) -> ChartLayout {
    let (report, filter, lang) = (data.report, data.filter, data.lang);
    let t = lang.texts();
    let hubs = hub_names(data);
    let cov = theme_coverage(report, data.index, data.shown);
    let theme_names: Vec<String> = report
        .themes
        .iter()
        .map(|th| theme_label(lang, report, &th.id))
        .collect();
    let cells = cov
        .iter()
        .enumerate()
        .map(|(th, row)| {
            row.iter()
                .take(data.hubs)
                .enumerate()
                .map(|(h, &n)| GridCell {
                    value: n,
                    text: n.to_string(),
                    label: if_drawn(h, || {
                        format!(
                            "{} × {}: {}{}",
                            theme_names[th], hubs[h], n, t.entry_count_suffix
                        )
                    }),
                    href: if_drawn(h, || {
                        narrowed_href(filter, |f| {
                            f.themes = [report.themes[th].id.clone()].into();
                            f.hubs = [report.hubs[h].id.clone()].into();
                        })
                    }),
                })
                .collect()
        })
        .collect();
    grid_chart(GridInput {
        rows: theme_names,
        cols: report.hubs.iter().take(data.hubs).map(short_name).collect(),
        cells,
        cell_w: ChartId::Coverage.cell_w(),
        corner: t.facet_theme.into(),
    })
}

/// 3. Meetings a year per hub, FY2024 results and FY2025 plans.
fn meetings(data: &ChartData) -> ChartLayout {
    let (report, lang) = (data.report, data.lang);
    let t = lang.texts();
    let hubs = hub_names(data);
    let years = MEETING_YEARS.map(|(fy, _)| fy);
    let meetings = meetings_per_year(report, data.shown, &years);
    let series = meeting_series(lang);
    let bars = meetings
        .iter()
        .take(data.hubs)
        .enumerate()
        .map(|(h, per)| {
            per.iter()
                .enumerate()
                .map(|(y, m)| Bar {
                    value: m.per_year,
                    label: if_drawn(h, || {
                        format!(
                            "{} {}: {}{}",
                            hubs[h], series[y].name, m.per_year, t.times_per_year
                        )
                    }),
                    href: if_drawn(h, || ids_href(report, &m.entries)),
                })
                .collect()
        })
        .collect();
    bar_chart(BarInput {
        rows: hubs,
        series,
        bars,
        stacked: false,
        corner: t.facet_hub.into(),
    })
}

/// 4. FY2025 events per hub × month, April → March.
fn calendar_chart(data: &ChartData) -> ChartLayout {
    let (report, filter, lang) = (data.report, data.filter, data.lang);
    let t = lang.texts();
    let hubs = hub_names(data);
    let cal = calendar(report, data.shown, CALENDAR_YEAR);
    let months: Vec<String> = FiscalYear::MONTHS
        .iter()
        .map(|m| {
            if lang == Lang::En {
                [
                    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                    "Dec",
                ][usize::from(*m - 1)]
                .to_string()
            } else {
                format!("{m}月")
            }
        })
        .collect();
    let cells = cal
        .iter()
        .take(data.hubs)
        .enumerate()
        .map(|(h, row)| {
            row.iter()
                .enumerate()
                .map(|(m, marks)| {
                    let done = marks
                        .iter()
                        .filter(|k| k.status == EventStatus::Done)
                        .count();
                    let planned = marks.len() - done;
                    let mut text = String::new();
                    if done > 0 {
                        text.push_str(&format!("●{done}"));
                    }
                    if planned > 0 {
                        text.push_str(&format!("○{planned}"));
                    }
                    let what = || {
                        marks
                            .iter()
                            .map(|k| {
                                let day = k
                                    .day
                                    .map(|d| {
                                        if lang == Lang::En {
                                            format!(" {d}")
                                        } else {
                                            format!("{d}日")
                                        }
                                    })
                                    .unwrap_or_default();
                                let status = if k.status == EventStatus::Done {
                                    t.event_done
                                } else {
                                    t.event_planned
                                };
                                format!("{}{} {}（{}）", months[m], day, k.title, status)
                            })
                            .collect::<Vec<_>>()
                            .join("、")
                    };
                    GridCell {
                        value: marks.len(),
                        text,
                        label: if_drawn(h, || {
                            if marks.is_empty() {
                                format!("{} {}: {}", hubs[h], months[m], t.no_events)
                            } else {
                                format!("{}: {}", hubs[h], what())
                            }
                        }),
                        href: if_drawn(h, || {
                            let refs: Vec<EntryRef> = marks.iter().map(|k| k.entry).collect();
                            cell_href(report, filter, h, &refs)
                        }),
                    }
                })
                .collect()
        })
        .collect();
    grid_chart(GridInput {
        rows: hubs,
        cols: months,
        cells,
        cell_w: ChartId::Calendar.cell_w(),
        corner: t.facet_hub.into(),
    })
}

/// 5. FY progress entries per hub, stacked by status.
fn status(data: &ChartData) -> ChartLayout {
    let (report, filter, lang) = (data.report, data.filter, data.lang);
    let t = lang.texts();
    let hubs = hub_names(data);
    let st = status_by_hub(report, data.shown);
    let series = status_series(lang);
    let bars = st
        .iter()
        .take(data.hubs)
        .enumerate()
        .map(|(h, row)| {
            row.iter()
                .enumerate()
                .map(|(s, &n)| Bar {
                    value: n as u32,
                    label: if_drawn(h, || {
                        format!(
                            "{} {}: {}{}",
                            hubs[h], series[s].name, n, t.entry_count_suffix
                        )
                    }),
                    href: if_drawn(h, || {
                        narrowed_href(filter, |f| {
                            f.hubs = [report.hubs[h].id.clone()].into();
                            f.statuses = [Status::ALL[s]].into();
                        })
                    }),
                })
                .collect()
        })
        .collect();
    bar_chart(BarInput {
        rows: hubs,
        series,
        bars,
        stacked: true,
        corner: t.facet_hub.into(),
    })
}

/// FY2024 results → FY2025 plans per hub × category (the sixth chart). Judging wording is
/// the costliest aggregation: only the drawn hubs are judged here; the full table does the
/// rest in slices.
fn change(data: &ChartData) -> ChartLayout {
    let (report, filter, lang) = (data.report, data.filter, data.lang);
    let t = lang.texts();
    let hubs = hub_names(data);
    let drawn = data.hubs.min(MAX_DRAWN);
    let change = change_matrix(report, data.shown, FiscalYear(2024), 0..drawn);
    let cells = change
        .iter()
        .enumerate()
        .map(|(h, row)| {
            row.iter()
                .enumerate()
                .map(|(c, cell)| {
                    let (k, n, d) = (cell.continued.len(), cell.new.len(), cell.dropped.len());
                    let refs: Vec<EntryRef> = cell
                        .continued
                        .iter()
                        .chain(&cell.new)
                        .chain(&cell.dropped)
                        .copied()
                        .collect();
                    GridCell {
                        value: k + n + d,
                        text: change_text(cell),
                        label: format!(
                            "{} {}: {} {k}, {} {n}, {} {d}",
                            hubs[h],
                            Category::ALL[c].circled(),
                            t.continued,
                            t.new,
                            t.dropped
                        ),
                        href: cell_href(report, filter, h, &refs),
                    }
                })
                .collect()
        })
        .collect();
    grid_chart(GridInput {
        rows: hubs[..drawn].to_vec(),
        cols: category_columns(),
        cells,
        cell_w: ChartId::Change.cell_w(),
        corner: t.facet_hub.into(),
    })
}
