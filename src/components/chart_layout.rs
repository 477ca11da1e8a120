//! Lays out the two chart shapes the dashboard uses, as SVG plus hit areas plus a table:
//! a grid of labelled cells (heatmaps, calendar, change) and horizontal bars (grouped or
//! stacked). Shapes only draw numbers the model computed.

use leptos::prelude::*;

use crate::components::chart::{ChartHit, ChartTable};

/// Width of the row-label column, header height, and line height, in viewBox units.
const LABEL_W: f64 = 250.0;
/// At most this many rows and columns are drawn; the table and CSV keep them all (an
/// imported all-Japan dataset has 1,741 hubs).
pub const MAX_DRAWN: usize = 40;
const HEAD_H: f64 = 44.0;

/// A laid-out chart: its size, SVG contents, hit areas, table and (for bars) legend.
#[derive(Clone)]
pub struct ChartLayout {
    /// viewBox width and height.
    pub size: (f64, f64),
    /// The SVG contents.
    pub picture: ViewFn,
    /// Focusable areas.
    pub hits: Vec<ChartHit>,
    /// The same numbers as a table.
    pub table: ChartTable,
    /// Legend entries (swatch class, text); bar charts fill it from their series.
    pub legend: Vec<(String, String)>,
}

/// One grid cell.
#[derive(Clone, Debug, PartialEq)]
pub struct GridCell {
    /// Drives the shade (0 is white).
    pub value: usize,
    /// Printed in the cell, and used in the table.
    pub text: String,
    /// Accessible description and tooltip.
    pub label: String,
    /// Entries view URL for the cell's entries.
    pub href: String,
}

/// A grid chart's input.
pub struct GridInput {
    /// Row headers.
    pub rows: Vec<String>,
    /// Column headers.
    pub cols: Vec<String>,
    /// Cells, `[row][col]`.
    pub cells: Vec<Vec<GridCell>>,
    /// Cell width in viewBox units.
    pub cell_w: f64,
    /// Header of the row-label column, for the table.
    pub corner: String,
}

/// Shade class for a value, out of five steps of a blue scale (light to dark).
fn shade(value: usize, max: usize) -> usize {
    if value == 0 || max == 0 {
        0
    } else {
        1 + (value * 4 - 1) / max.max(1)
    }
}

/// Builds a grid chart: picture, hit areas and table.
pub fn grid_chart(input: GridInput) -> ChartLayout {
    const CELL_H: f64 = 34.0;
    let max = input
        .cells
        .iter()
        .flatten()
        .map(|c| c.value)
        .max()
        .unwrap_or(0);
    let (n_rows, n_cols) = (
        input.rows.len().min(MAX_DRAWN),
        input.cols.len().min(MAX_DRAWN),
    );
    let width = LABEL_W + n_cols as f64 * input.cell_w;
    let height = HEAD_H + n_rows as f64 * CELL_H;
    let mut hits = Vec::new();
    let mut table = vec![std::iter::once(input.corner.clone())
        .chain(input.cols.iter().cloned())
        .collect::<Vec<_>>()];
    for (r, row) in input.cells.iter().enumerate() {
        let mut line = vec![input.rows[r].clone()];
        for (c, cell) in row.iter().enumerate() {
            // Only drawn cells get a focusable area; the table keeps every row.
            if r < n_rows && c < n_cols {
                let x = LABEL_W + c as f64 * input.cell_w;
                let y = HEAD_H + r as f64 * CELL_H;
                hits.push(ChartHit {
                    rect: (x, y, input.cell_w, CELL_H),
                    label: cell.label.clone(),
                    href: cell.href.clone(),
                });
            }
            line.push(cell.text.clone());
        }
        table.push(line);
    }
    let cw = input.cell_w;
    let rows: Vec<String> = input.rows.iter().take(n_rows).cloned().collect();
    let cols: Vec<String> = input.cols.iter().take(n_cols).cloned().collect();
    let cells: Vec<Vec<GridCell>> = input
        .cells
        .iter()
        .take(n_rows)
        .map(|r| r.iter().take(n_cols).cloned().collect())
        .collect();
    let picture = ViewFn::from(move || {
        let heads = cols
            .iter()
            .enumerate()
            .map(|(c, name)| {
                let x = LABEL_W + c as f64 * cw + cw / 2.0;
                view! { <text x=x y=HEAD_H - 12.0 text-anchor="middle" class="axis">{name.clone()}</text> }
            })
            .collect_view();
        let body = cells
            .iter()
            .enumerate()
            .map(|(r, row)| {
                let y = HEAD_H + r as f64 * CELL_H;
                let label = view! { <text x=LABEL_W - 8.0 y=y + CELL_H / 2.0 + 5.0 text-anchor="end" class="axis">{rows[r].clone()}</text> };
                let boxes = row
                    .iter()
                    .enumerate()
                    .map(|(c, cell)| {
                        let x = LABEL_W + c as f64 * cw;
                        let step = shade(cell.value, max);
                        view! {
                            <g class=format!("cell shade-{step}")>
                                <rect x=x + 1.0 y=y + 1.0 width=cw - 2.0 height=CELL_H - 2.0 rx="3"></rect>
                                <text x=x + cw / 2.0 y=y + CELL_H / 2.0 + 5.0 text-anchor="middle">{cell.text.clone()}</text>
                            </g>
                        }
                    })
                    .collect_view();
                view! { {label}{boxes} }
            })
            .collect_view();
        view! { <g class="grid-chart">{heads}{body}</g> }.into_any()
    });
    ChartLayout {
        size: (width, height),
        picture,
        hits,
        table: ChartTable { rows: table },
        legend: Vec::new(),
    }
}

/// One series of a bar chart.
#[derive(Clone, Debug, PartialEq)]
pub struct BarSeries {
    /// Legend text and table header.
    pub name: String,
    /// CSS class of its fill (colour and pattern).
    pub class: &'static str,
}

/// One bar (or segment) of a row.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// The value.
    pub value: u32,
    /// Accessible description and tooltip.
    pub label: String,
    /// Entries view URL.
    pub href: String,
}

/// A bar chart's input: one row per hub, one bar per series.
pub struct BarInput {
    /// Row headers.
    pub rows: Vec<String>,
    /// The series, in drawing order.
    pub series: Vec<BarSeries>,
    /// Bars, `[row][series]`.
    pub bars: Vec<Vec<Bar>>,
    /// Stack the series in one bar per row (else one bar per series).
    pub stacked: bool,
    /// Header of the row-label column, for the table.
    pub corner: String,
}

/// Builds a horizontal bar chart with value labels: picture, hit areas and table.
pub fn bar_chart(input: BarInput) -> ChartLayout {
    const PLOT_W: f64 = 420.0;
    const BAR_H: f64 = 16.0;
    let per_row = if input.stacked { 1 } else { input.series.len() };
    let row_h = per_row as f64 * BAR_H + 14.0;
    let max = input
        .bars
        .iter()
        .map(|row| {
            if input.stacked {
                row.iter().map(|b| b.value).sum()
            } else {
                row.iter().map(|b| b.value).max().unwrap_or(0)
            }
        })
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let scale = PLOT_W / max;
    let width = LABEL_W + PLOT_W + 60.0;
    let n_rows = input.rows.len().min(MAX_DRAWN);
    let height = 12.0 + n_rows as f64 * row_h;
    let mut hits = Vec::new();
    let mut table = vec![std::iter::once(input.corner.clone())
        .chain(input.series.iter().map(|s| s.name.clone()))
        .collect::<Vec<_>>()];
    let mut shapes: Vec<(f64, f64, f64, &'static str, String)> = Vec::new();
    let mut ends: Vec<(f64, f64, String)> = Vec::new();
    for (r, row) in input.bars.iter().enumerate() {
        let top = 6.0 + r as f64 * row_h;
        let mut x = LABEL_W;
        let mut line = vec![input.rows[r].clone()];
        for (s, bar) in row.iter().enumerate() {
            let w = bar.value as f64 * scale;
            let y = if input.stacked {
                top
            } else {
                top + s as f64 * BAR_H
            };
            let bx = if input.stacked { x } else { LABEL_W };
            if bar.value > 0 && r < n_rows {
                shapes.push((
                    bx,
                    y,
                    w,
                    input.series[s].class,
                    if input.stacked && w >= 18.0 {
                        bar.value.to_string()
                    } else {
                        String::new()
                    },
                ));
                hits.push(ChartHit {
                    rect: (bx, y, w.max(8.0), BAR_H - 2.0),
                    label: bar.label.clone(),
                    href: bar.href.clone(),
                });
            }
            if !input.stacked && r < n_rows {
                ends.push((bx + w + 6.0, y + BAR_H - 4.0, bar.value.to_string()));
            }
            x += if input.stacked { w } else { 0.0 };
            line.push(bar.value.to_string());
        }
        if input.stacked && r < n_rows {
            ends.push((
                x + 6.0,
                top + BAR_H - 4.0,
                row.iter().map(|b| b.value).sum::<u32>().to_string(),
            ));
        }
        table.push(line);
    }
    let rows: Vec<String> = input.rows.iter().take(n_rows).cloned().collect();
    let picture = ViewFn::from(move || {
        let labels = rows
            .iter()
            .enumerate()
            .map(|(r, name)| {
                let y = 6.0 + r as f64 * row_h + per_row as f64 * BAR_H / 2.0 + 4.0;
                view! { <text x=LABEL_W - 8.0 y=y text-anchor="end" class="axis">{name.clone()}</text> }
            })
            .collect_view();
        let bars = shapes
            .iter()
            .map(|(x, y, w, class, text)| {
                view! {
                    <g class=format!("bar {class}")>
                        <rect x=*x y=*y width=*w height=BAR_H - 2.0></rect>
                        {(!text.is_empty()).then(|| view! { <text x=x + w / 2.0 y=y + BAR_H - 5.0 text-anchor="middle" class="inbar">{text.clone()}</text> })}
                    </g>
                }
            })
            .collect_view();
        let values = ends
            .iter()
            .map(|(x, y, text)| view! { <text x=*x y=*y class="value">{text.clone()}</text> })
            .collect_view();
        view! {
            <line x1=LABEL_W y1="0" x2=LABEL_W y2=height class="baseline"></line>
            {labels}{bars}{values}
        }
        .into_any()
    });
    let legend = input
        .series
        .iter()
        .map(|s| (s.class.to_string(), s.name.clone()))
        .collect();
    ChartLayout {
        size: (width, height),
        picture,
        hits,
        table: ChartTable { rows: table },
        legend,
    }
}
