//! The dashboard: six charts over the entries the active filters let through. Every cell
//! links to the entries view showing exactly its entries.

use crate::components::chart_layout::MAX_DRAWN;
use leptos::prelude::*;

use crate::components::chart::{ChartFrame, ChartSpec, ChartTable, DrawnCharts, FullTable};
use crate::components::chart_layout::{
    bar_chart, grid_chart, Bar, BarInput, BarSeries, GridCell, GridInput,
};
use crate::i18n::{category_name, section_label, status_label, theme_label, Lang};
use crate::model::filter::{apply_filter, EntryRef, Filter, SearchIndex};
use crate::model::stats::{
    calendar, category_heatmap, change_matrix, hub_changes, meetings_per_year, status_by_hub,
    theme_coverage, transposed, ChangeCell, ShownByHub,
};
use crate::model::url_query::filter_to_query;
use crate::model::{Category, EventStatus, FiscalYear, Hub, Report, Section, Status};
use crate::routing::use_url_filter;
use crate::state::{use_app, AppState};
use crate::yielding::in_slices;

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
fn change_text(cell: &ChangeCell) -> String {
    format!(
        "={} +{} −{}",
        cell.continued.len(),
        cell.new.len(),
        cell.dropped.len()
    )
}

/// The change chart's table with every hub (the chart itself judges only the hubs it
/// draws), for the entries `filter` lets through. Judging every hub's wording takes seconds
/// with every municipality imported, so it is done a few hubs at a time between frames;
/// `None` if the report changed meanwhile.
async fn change_table(app: AppState, filter: Filter, lang: Lang) -> Option<ChartTable> {
    let build = app.index.with_untracked(|i| i.build_id());
    let shown = app.report.with_untracked(|r| {
        app.index
            .with_untracked(|i| ShownByHub::new(r, &apply_filter(r, i, &filter)))
    });
    let header = std::iter::once(lang.texts().facet_hub.to_string())
        .chain(Category::ALL.iter().map(|c| c.circled().to_string()))
        .collect();
    let mut rows = vec![header];
    let mut hub = 0;
    let step = move || {
        app.report.with_untracked(|r| {
            let Some(h) = r.hubs.get(hub) else {
                return Some(ChartTable {
                    rows: std::mem::take(&mut rows),
                });
            };
            let cells = hub_changes(r, hub, shown.of(hub), FiscalYear(2024));
            rows.push(
                std::iter::once(h.area.clone())
                    .chain(cells.iter().map(change_text))
                    .collect(),
            );
            hub += 1;
            None
        })
    };
    let unchanged = move || app.index.try_with_untracked(|i| i.build_id()) == Some(build);
    in_slices(step, || true, unchanged).await
}

/// Above this many hubs, charts below the fold wait until they near the screen (six charts of
/// 40 drawn hubs hold thousands of elements; six of the bundled report's six hubs do not).
const LAZY_FROM_HUBS: usize = 20;

/// The charts last drawn and what they were drawn for (the index's build, the filter, the
/// language): going back to the dashboard with nothing changed reuses them.
#[derive(Clone, Copy)]
pub struct DashboardCache(StoredValue<Option<(ChartsKey, Vec<ChartSpec>)>>);

/// What the charts depend on: the index's build (so the report), the filter, the language.
type ChartsKey = (u64, Filter, Lang);

impl Default for DashboardCache {
    /// An empty cache, to provide as context at the app's root (it outlives the page).
    fn default() -> DashboardCache {
        DashboardCache(StoredValue::new(None))
    }
}

impl DashboardCache {
    /// The charts for `key`, from the cache or from `make`.
    fn get_or(&self, key: ChartsKey, make: impl FnOnce() -> Vec<ChartSpec>) -> Vec<ChartSpec> {
        let hit = self.0.with_value(|c| {
            c.as_ref()
                .filter(|(k, _)| *k == key)
                .map(|(_, s)| s.clone())
        });
        hit.unwrap_or_else(|| {
            let specs = make();
            self.0.set_value(Some((key, specs.clone())));
            specs
        })
    }
}

/// Builds the six chart specs for a report, filter and language. `full_change_table` gives
/// the change chart's table with every hub, when asked for.
fn charts(
    report: &Report,
    index: &SearchIndex,
    filter: &Filter,
    shown: &[EntryRef],
    lang: Lang,
    full_change_table: FullTable,
) -> Vec<ChartSpec> {
    let t = lang.texts();
    let en = lang == Lang::En;
    let hubs: Vec<String> = report.hubs.iter().map(|h| h.area.clone()).collect();
    let short: Vec<String> = report.hubs.iter().map(short_name).collect();
    let cat_names: Vec<String> = Category::ALL
        .iter()
        .map(|c| c.circled().to_string())
        .collect();
    let count_text = |n: usize| n.to_string();
    let mut specs = Vec::new();

    // 1. Hubs × categories.
    let section_text = filter
        .sections
        .iter()
        .map(|s| section_label(lang, *s))
        .collect::<Vec<_>>()
        .join("・");
    let section_text = if section_text.is_empty() {
        t.all_sections.to_string()
    } else {
        section_text
    };
    let grid = category_heatmap(report, shown);
    let cells = grid
        .iter()
        .enumerate()
        .map(|(h, row)| {
            row.iter()
                .enumerate()
                .map(|(c, &n)| {
                    let cat = Category::ALL[c];
                    GridCell {
                        value: n,
                        text: count_text(n),
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
    let layout = grid_chart(GridInput {
        rows: hubs.clone(),
        cols: cat_names.clone(),
        cells,
        cell_w: 64.0,
        corner: t.facet_hub.into(),
    });
    specs.push(ChartSpec {
        id: "heatmap",
        full_table: None,
        title: format!("{}（{}）", t.chart_heatmap, section_text),
        summary: t.chart_heatmap_summary.into(),
        legend: vec![
            ("shade-1".into(), t.legend_few.into()),
            ("shade-4".into(), t.legend_many.into()),
        ],
        layout,
    });

    // 2. Themes × hubs.
    let cov = theme_coverage(report, index, shown);
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
                .enumerate()
                .map(|(h, &n)| GridCell {
                    value: n,
                    text: count_text(n),
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
    let mut layout = grid_chart(GridInput {
        rows: theme_names,
        cols: short.clone(),
        cells,
        cell_w: 84.0,
        corner: t.facet_theme.into(),
    });
    // With more hubs than are drawn, the table (and CSV) has a row per hub instead of a
    // column: 1,741 columns took seconds to draw and could not be read.
    // The layout's table is moved, not copied: only the table view reads it, and this one
    // takes its place.
    let by_hub: Option<FullTable> = (report.hubs.len() > MAX_DRAWN).then(|| {
        let themes_by_hub = std::sync::Arc::new(std::mem::take(&mut layout.table.rows));
        let corner = t.facet_hub;
        let table: FullTable = std::sync::Arc::new(move || {
            let rows = transposed(&themes_by_hub, corner);
            Box::pin(std::future::ready(Some(ChartTable { rows })))
        });
        table
    });
    specs.push(ChartSpec {
        id: "coverage",
        full_table: by_hub,
        title: t.chart_coverage.into(),
        summary: t.chart_coverage_summary.into(),
        legend: vec![
            ("shade-1".into(), t.legend_few.into()),
            ("shade-4".into(), t.legend_many.into()),
        ],
        layout,
    });

    // 3. Meetings per year.
    let years = [FiscalYear(2024), FiscalYear(2025)];
    let meetings = meetings_per_year(report, shown, &years);
    let series: Vec<BarSeries> = years
        .iter()
        .zip(["fy-a", "fy-b"])
        .map(|(fy, class)| BarSeries {
            name: crate::i18n::fiscal_year_label(lang, *fy),
            class,
        })
        .collect();
    let bars = meetings
        .iter()
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
    let layout = bar_chart(BarInput {
        rows: hubs.clone(),
        series,
        bars,
        stacked: false,
        corner: t.facet_hub.into(),
    });
    specs.push(ChartSpec {
        id: "meetings",
        full_table: None,
        title: t.chart_meetings.into(),
        summary: t.chart_meetings_summary.into(),
        legend: layout.legend.clone(),
        layout,
    });

    // 4. FY2025 calendar.
    let fy = FiscalYear(2025);
    let cal = calendar(report, shown, fy);
    let months: Vec<String> = FiscalYear::MONTHS
        .iter()
        .map(|m| {
            if en {
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
                                        if en {
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
                    let refs: Vec<EntryRef> = marks.iter().map(|k| k.entry).collect();
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
                        href: if_drawn(h, || cell_href(report, filter, h, &refs)),
                    }
                })
                .collect()
        })
        .collect();
    let layout = grid_chart(GridInput {
        rows: hubs.clone(),
        cols: months,
        cells,
        cell_w: 52.0,
        corner: t.facet_hub.into(),
    });
    specs.push(ChartSpec {
        id: "calendar",
        full_table: None,
        title: format!(
            "{}（{}）",
            t.chart_calendar,
            crate::i18n::fiscal_year_label(lang, fy)
        ),
        summary: t.chart_calendar_summary.into(),
        legend: vec![
            ("mark-done".into(), format!("● {}", t.event_done)),
            ("mark-planned".into(), format!("○ {}", t.event_planned)),
        ],
        layout,
    });

    // 5. Progress status by hub.
    let st = status_by_hub(report, shown);
    let series: Vec<BarSeries> = Status::ALL
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
        .collect();
    let bars = st
        .iter()
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
    let layout = bar_chart(BarInput {
        rows: hubs.clone(),
        series,
        bars,
        stacked: true,
        corner: t.facet_hub.into(),
    });
    specs.push(ChartSpec {
        id: "status",
        full_table: None,
        title: t.chart_status.into(),
        summary: t.chart_status_summary.into(),
        legend: layout.legend.clone(),
        layout,
    });

    // 6. FY2024 → FY2025 change.
    let drawn = report.hubs.len().min(MAX_DRAWN);
    let change = change_matrix(report, shown, FiscalYear(2024), 0..drawn);
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
                        label: if_drawn(h, || {
                            format!(
                                "{} {}: {} {k}, {} {n}, {} {d}",
                                hubs[h],
                                Category::ALL[c].circled(),
                                t.continued,
                                t.new,
                                t.dropped
                            )
                        }),
                        href: if_drawn(h, || cell_href(report, filter, h, &refs)),
                    }
                })
                .collect()
        })
        .collect();
    let layout = grid_chart(GridInput {
        rows: hubs[..drawn].to_vec(),
        cols: cat_names,
        cells,
        cell_w: 96.0,
        corner: t.facet_hub.into(),
    });
    specs.push(ChartSpec {
        id: "change",
        full_table: Some(full_change_table),
        title: t.change_title.into(),
        summary: t.chart_change_summary.into(),
        legend: vec![
            (String::new(), format!("= {}", t.continued)),
            (String::new(), format!("+ {}", t.new)),
            (String::new(), format!("− {}", t.dropped)),
        ],
        layout,
    });
    specs
}

/// The dashboard view.
#[component]
pub fn DashboardPage() -> impl IntoView {
    let app = use_app();
    let url = use_url_filter();
    let t = move || app.texts();
    let cache = use_context::<DashboardCache>().unwrap_or_default();
    // A small report's charts are drawn at once; a large one's as they near the screen.
    if app.report.with_untracked(|r| r.hubs.len()) > LAZY_FROM_HUBS {
        DrawnCharts::provide();
    }
    let shown = Memo::new(move |_| {
        url.filter.with(|f| {
            app.report
                .with(|r| app.index.with(|i| apply_filter(r, i, f)))
        })
    });
    let set_section = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        url.update(false, |f| {
            f.sections = Section::from_id(&value).into_iter().collect()
        });
    };
    let selected_section = move || {
        url.filter
            .with(|f| f.sections.iter().next().map(|s| s.id()).unwrap_or(""))
    };
    view! {
        <section class="dashboard" aria-labelledby="dashboard-title">
            <h2 id="dashboard-title">{move || t().dashboard_title}</h2>
            <p>{move || t().dashboard_intro}</p>
            <div class="dashboard-controls">
                <label for="dash-section">{move || t().facet_section}</label>
                <select id="dash-section" data-testid="dashboard-section" on:change=set_section prop:value=selected_section>
                    <option value="">{move || t().all_sections}</option>
                    {Section::ALL.into_iter().map(|s| view! { <option value=s.id()>{move || section_label(app.lang.get(), s)}</option> }).collect_view()}
                </select>
                <p class="result-count" role="status">
                    <span data-testid="result-count">{move || shown.with(Vec::len)}</span>{move || t().results_suffix}
                </p>
            </div>
            {move || (app.report.with(|r| r.hubs.len()) > MAX_DRAWN).then(|| view! {
                <p class="notice" role="status">{t().rows_capped}{MAX_DRAWN}</p>
            })}
            {move || {
                let lang = app.lang.get();
                let filter = url.filter.get();
                let key = (app.index.with(|i| i.build_id()), filter.clone(), lang);
                let specs = cache.get_or(key, || {
                    // Computed when first asked (it may be on a later visit), then kept with the charts.
                    let for_table = filter.clone();
                    let computed = std::sync::Arc::new(std::sync::Mutex::new(None::<ChartTable>));
                    let full_change_table: FullTable = std::sync::Arc::new(move || {
                        let (filter, computed) = (for_table.clone(), computed.clone());
                        Box::pin(async move {
                            let known = computed.lock().ok().and_then(|c| c.clone());
                            if known.is_some() {
                                return known;
                            }
                            let table = change_table(app, filter, lang).await?;
                            if let Ok(mut c) = computed.lock() {
                                *c = Some(table.clone());
                            }
                            Some(table)
                        })
                    });
                    app.report.with(|r| app.index.with(|i| shown.with(|s| charts(r, i, &filter, s, lang, full_change_table))))
                });
                specs.into_iter().map(|spec| view! { <ChartFrame spec/> }).collect_view()
            }}
        </section>
    }
}
