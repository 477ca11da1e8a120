//! The six charts' layouts: each counts the shown entries of the hubs it covers and lays
//! them out as cells or bars, with a label and a link for every drawn one.

use crate::components::chart_layout::{
    bar_chart, grid_chart, Bar, BarInput, ChartLayout, GridCell, GridInput, MAX_DRAWN,
};
use crate::i18n::{category_heading, category_name, theme_label, Lang};
use crate::model::filter::{EntryRef, Filter};
use crate::model::stats::{
    calendar, category_heatmap, change_matrix, meetings_per_year, status_by_hub, theme_coverage,
    ChangeCell,
};
use crate::model::url_query::filter_to_query;
use crate::model::{Category, EventStatus, FiscalYear, Hub, Report, Status};

use super::data::{meeting_series, status_series, ChartData, ChartId};

/// A hub's name short enough for a column: its first municipality, with ほか when it has more.
fn short_name(lang: Lang, hub: &Hub) -> String {
    match hub.municipalities.as_slice() {
        [one] => one.clone(),
        [first, ..] => crate::i18n::and_others(lang, first),
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

/// A value for each column of the first `hubs` rows of `rows` (a row per hub), made by
/// `cell(hub, column, value)`: the cells or bars of a chart with a row per hub.
fn per_hub<R: AsRef<[X]>, X, C>(
    rows: &[R],
    hubs: usize,
    cell: impl Fn(usize, usize, &X) -> C,
) -> Vec<Vec<C>> {
    rows.iter()
        .take(hubs)
        .enumerate()
        .map(|(h, row)| {
            row.as_ref()
                .iter()
                .enumerate()
                .map(|(c, x)| cell(h, c, x))
                .collect()
        })
        .collect()
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

/// The category columns named as the report prints them, for the table and CSV.
fn category_table_columns(lang: Lang, report: &Report) -> Option<Vec<String>> {
    Some(
        Category::ALL
            .iter()
            .map(|&c| category_heading(lang, report, c))
            .collect(),
    )
}

/// 1. Entries per hub × category, for the sections filtered on.
pub(super) fn heatmap(data: &ChartData) -> ChartLayout {
    let (report, filter, lang) = (data.report, data.filter, data.lang);
    let t = lang.texts();
    let hubs = hub_names(data);
    let grid = category_heatmap(report, data.shown);
    let cells = per_hub(&grid, data.hubs, |h, c, &n| {
        let cat = Category::ALL[c];
        GridCell {
            value: n,
            text: n.to_string(),
            label: if_drawn(h, || {
                format!(
                    "{} {} {}: {}",
                    hubs[h],
                    cat.circled(),
                    category_name(lang, report, cat),
                    lang.entries(n)
                )
            }),
            href: if_drawn(h, || {
                narrowed_href(filter, |f| {
                    f.hubs = [report.hubs[h].id.clone()].into();
                    f.categories = [cat].into();
                })
            }),
        }
    });
    grid_chart(GridInput {
        rows: hubs,
        cols: category_columns(),
        table_cols: category_table_columns(lang, report),
        cells,
        cell_w: ChartId::Heatmap.cell_w(),
        corner: t.facet_hub.into(),
    })
}

/// 2. Entries per theme × hub.
pub(super) fn coverage(data: &ChartData) -> ChartLayout {
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
                        format!("{} × {}: {}", theme_names[th], hubs[h], lang.entries(n))
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
        cols: report
            .hubs
            .iter()
            .take(data.hubs)
            .map(|h| short_name(data.lang, h))
            .collect(),
        table_cols: Some(hubs),
        cells,
        cell_w: ChartId::Coverage.cell_w(),
        corner: t.facet_theme.into(),
    })
}

/// 3. Meetings a year per hub, for every year with results or plans.
pub(super) fn meetings(data: &ChartData) -> ChartLayout {
    let (report, lang) = (data.report, data.lang);
    let t = lang.texts();
    let hubs = hub_names(data);
    let years = &data.years.meetings;
    let meetings = meetings_per_year(report, data.shown, years);
    let series = meeting_series(lang, years);
    let bars = per_hub(&meetings, data.hubs, |h, y, m| Bar {
        value: m.per_year,
        label: if_drawn(h, || {
            format!(
                "{} {}: {}{}",
                hubs[h], series[y].name, m.per_year, t.times_per_year
            )
        }),
        href: if_drawn(h, || ids_href(report, &m.entries)),
    });
    bar_chart(BarInput {
        rows: hubs,
        series,
        bars,
        stacked: false,
        corner: t.facet_hub.into(),
    })
}

/// 4. The shown report's year's events per hub × month, April → March.
pub(super) fn calendar_chart(data: &ChartData) -> ChartLayout {
    let (report, filter, lang) = (data.report, data.filter, data.lang);
    let t = lang.texts();
    let hubs = hub_names(data);
    let cal = calendar(report, data.shown, data.years.edition);
    let months: Vec<String> = FiscalYear::MONTHS
        .iter()
        .map(|m| crate::i18n::month_label(lang, *m))
        .collect();
    let cells = per_hub(&cal, data.hubs, |h, m, marks| {
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
                    lang.paren(&format!("{}{} {}", months[m], day, k.title), status)
                })
                .collect::<Vec<_>>()
                .join(lang.list_separator())
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
    });
    grid_chart(GridInput {
        rows: hubs,
        cols: months,
        table_cols: None,
        cells,
        cell_w: ChartId::Calendar.cell_w(),
        corner: t.facet_hub.into(),
    })
}

/// 5. FY progress entries per hub, stacked by status.
pub(super) fn status(data: &ChartData) -> ChartLayout {
    let (report, filter, lang) = (data.report, data.filter, data.lang);
    let t = lang.texts();
    let hubs = hub_names(data);
    let st = status_by_hub(report, data.shown, data.years.edition);
    let series = status_series(lang);
    let bars = per_hub(&st, data.hubs, |h, s, &n| Bar {
        value: n as u32,
        label: if_drawn(h, || {
            format!("{} {}: {}", hubs[h], series[s].name, lang.entries(n))
        }),
        href: if_drawn(h, || {
            narrowed_href(filter, |f| {
                f.hubs = [report.hubs[h].id.clone()].into();
                f.statuses = [Status::ALL[s]].into();
            })
        }),
    });
    bar_chart(BarInput {
        rows: hubs,
        series,
        bars,
        stacked: true,
        corner: t.facet_hub.into(),
    })
}

/// The change over the span chosen (by default the year before's results → the shown
/// year's plans) per hub × category (the sixth chart). Judging wording is
/// the costliest aggregation: only the drawn hubs are judged here; the full table does the
/// rest in slices.
pub(super) fn change(data: &ChartData) -> ChartLayout {
    let (report, filter, lang) = (data.report, data.filter, data.lang);
    let t = lang.texts();
    let hubs = hub_names(data);
    let drawn = data.hubs.min(MAX_DRAWN);
    let change = change_matrix(report, data.shown, data.years.change, 0..drawn);
    let cells = per_hub(&change, data.hubs, |h, c, cell| {
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
    });
    grid_chart(GridInput {
        rows: hubs[..drawn].to_vec(),
        cols: category_columns(),
        table_cols: category_table_columns(lang, report),
        cells,
        cell_w: ChartId::Change.cell_w(),
        corner: t.facet_hub.into(),
    })
}
