//! Lays out the two chart shapes the dashboard uses, as SVG plus hit areas plus a table:
//! a grid of labelled cells (heatmaps, calendar, change) and horizontal bars (grouped or
//! stacked). Shapes only draw numbers the model computed.

use std::sync::Arc;

use crate::components::markup::Markup;
use crate::model::decimal::{decimal, Decimal};

/// A viewBox coordinate as written in the SVG: a tenth of a unit is finer than any screen shows.
fn at(v: f64) -> Decimal {
    decimal(v, 1)
}

/// One focusable, clickable area of a chart, in SVG viewBox units.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartHit {
    /// x, y, width, height in viewBox units.
    pub rect: (f64, f64, f64, f64),
    /// What a screen reader and the tooltip say: the row, column and value.
    pub label: String,
    /// The entries view URL (without base) showing exactly the entries behind it.
    pub href: String,
}

/// A chart's numbers as a table (header row first), for the table view and the CSV.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChartTable {
    /// Rows of cells; the first row is the header, the first column the row headers.
    pub rows: Vec<Vec<String>>,
}

/// A chart's layout, built on first use and then kept: a dashboard of six all-Japan charts
/// usually draws one or two of them.
#[derive(Clone)]
pub struct LazyLayout {
    made: std::sync::Arc<std::sync::OnceLock<ChartLayout>>,
    make: std::sync::Arc<dyn Fn() -> ChartLayout + Send + Sync>,
}

impl LazyLayout {
    /// A layout `make` builds when first asked for.
    pub fn new(make: impl Fn() -> ChartLayout + Send + Sync + 'static) -> LazyLayout {
        LazyLayout {
            made: Default::default(),
            make: std::sync::Arc::new(make),
        }
    }

    /// The layout, built now if it was not yet.
    pub fn get(&self) -> &ChartLayout {
        self.made.get_or_init(|| (self.make)())
    }
}

/// Writes a chart's SVG contents, when the chart is drawn.
pub type Picture = Arc<dyn Fn() -> String + Send + Sync>;

/// At most this many rows and columns are drawn; the table and CSV keep them all (an
/// imported all-Japan dataset has 1,741 hubs).
pub const MAX_DRAWN: usize = 40;
/// Width of the row-label column, header height, a grid row's height and a bar's, in
/// viewBox units.
pub const LABEL_W: f64 = 264.0;
/// The axes' font size (`.chart-canvas svg` in the stylesheet), in viewBox units.
const AXIS_FONT: f64 = 13.0;

/// About how wide `text` is at `size`: a full-width character is square, an ASCII one about
/// 0.6 of it (no text metrics are at hand where pictures are made, in a worker too).
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|c| if c.is_ascii() { 0.6 } else { 1.0 })
        .sum::<f64>()
        * size
}

/// A row label cut to the label column with `…` where it is too long (long English theme
/// names), instead of running off the picture's left edge; tables give it whole.
fn fit_label(text: &str) -> String {
    let room = LABEL_W - 8.0;
    if text_width(text, AXIS_FONT) <= room {
        return text.to_string();
    }
    let mut kept = String::new();
    for c in text.chars() {
        if text_width(&kept, AXIS_FONT) + text_width(&c.to_string(), AXIS_FONT) + AXIS_FONT > room {
            break;
        }
        kept.push(c);
    }
    format!("{}…", kept.trim_end_matches([' ', ',', '&']))
}
const HEAD_H: f64 = 44.0;
const CELL_H: f64 = 34.0;
const BAR_H: f64 = 16.0;
/// A bar chart's plot width, in viewBox units.
const PLOT_W: f64 = 420.0;

/// A laid-out chart: its size, SVG contents, hit areas and table.
#[derive(Clone)]
pub struct ChartLayout {
    /// viewBox width and height.
    pub size: (f64, f64),
    /// Writes the SVG contents as markup (see [`Markup`]), only for charts drawn.
    pub picture: Picture,
    /// Focusable areas.
    pub hits: Vec<ChartHit>,
    /// The same numbers as a table.
    pub table: ChartTable,
    /// The drawn rows' names and where they stand, for the label column a phone keeps in view.
    pub row_labels: Vec<RowLabel>,
}

/// A drawn row's name and its band, in viewBox units.
#[derive(Clone, Debug, PartialEq)]
pub struct RowLabel {
    /// The band's top.
    pub top: f64,
    /// The band's height.
    pub height: f64,
    /// The row's name.
    pub text: String,
}

impl ChartLayout {
    /// A layout with nothing to draw or table.
    pub fn empty() -> ChartLayout {
        ChartLayout {
            size: (0.0, 0.0),
            picture: Arc::new(String::new),
            hits: Vec::new(),
            table: ChartTable::default(),
            row_labels: Vec::new(),
        }
    }
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
    /// The table's and CSV's column headers where the picture's are shorter (①–⑤ named in
    /// full, so a spreadsheet says what its columns are); `None`: the same as `cols`.
    pub table_cols: Option<Vec<String>>,
    /// Cells, `[row][col]`.
    pub cells: Vec<Vec<GridCell>>,
    /// Cell width in viewBox units.
    pub cell_w: f64,
    /// Header of the row-label column, for the table.
    pub corner: String,
}

/// Text and lines on the white page.
pub const INK: &str = "#1a1a1a";

/// The fill of a grid cell of `shade` (see [`shade`]) and of the text on it. Written as
/// attributes, so the SVG is the same picture saved as a file as on the page.
fn shade_colours(shade: usize) -> (&'static str, &'static str) {
    match shade {
        0 => ("#ffffff", INK),
        1 => ("#dbe9f6", INK),
        2 => ("#9ecae1", INK),
        3 => ("#3a7fbf", "#ffffff"),
        _ => ("#0b4a8b", "#ffffff"),
    }
}

/// A bar series' fill and dash (dashed where the series is a plan, not a result), by its
/// class; the legend's swatches take the same colours from `style/main.css`.
fn series_paint(class: &str) -> (&'static str, &'static str) {
    match class {
        "fy-b" => ("#b45309", "4 2"),
        "fy-c" => ("#1b7a3a", "none"),
        "fy-d" => ("#6b3fa0", "4 2"),
        "st-done" => ("#1b7a3a", "none"),
        "st-planned" => ("#b45309", "4 2"),
        "st-coordinating" => ("#6b3fa0", "4 2"),
        "st-considering" => ("#8a3a5a", "4 2"),
        _ => ("#0b5cad", "none"),
    }
}

/// The fill and dash of a legend swatch of `class` (a shade or a series), drawn as its bars
/// are, for a chart saved as a picture; `None` for a legend line without a swatch.
pub fn swatch_paint(class: &str) -> Option<(&'static str, &'static str)> {
    if let Some(step) = class.strip_prefix("shade-") {
        return step
            .parse()
            .ok()
            .map(|step| (shade_colours(step).0, "none"));
    }
    (class.starts_with("fy-") || class.starts_with("st-")).then(|| series_paint(class))
}

/// Shade class for a value, out of five steps of a blue scale (light to dark).
fn shade(value: usize, max: usize) -> usize {
    if value == 0 || max == 0 {
        0
    } else {
        1 + (value * 4 - 1) / max.max(1)
    }
}

/// What a grid chart draws: its first rows and columns.
struct GridPicture {
    rows: Vec<String>,
    cols: Vec<String>,
    /// Each drawn cell's value (for its shade) and text.
    cells: Vec<Vec<(usize, String)>>,
    cell_w: f64,
    /// The largest value drawn, the darkest shade.
    max: usize,
}

impl GridPicture {
    /// The SVG contents.
    fn write(&self) -> String {
        let cw = self.cell_w;
        let mut svg = Markup::default();
        svg.open("g", &[("class", &"grid-chart"), ("fill", &INK)]);
        for (c, name) in self.cols.iter().enumerate() {
            let x = LABEL_W + c as f64 * cw + cw / 2.0;
            let y = HEAD_H - 12.0;
            svg.text(
                "text",
                &[
                    ("x", &at(x)),
                    ("y", &at(y)),
                    ("text-anchor", &"middle"),
                    ("class", &"axis"),
                ],
                name,
            );
        }
        for (r, row) in self.cells.iter().enumerate() {
            let y = HEAD_H + r as f64 * CELL_H;
            let (label_x, text_y) = (LABEL_W - 8.0, y + CELL_H / 2.0 + 5.0);
            svg.text(
                "text",
                &[
                    ("x", &at(label_x)),
                    ("y", &at(text_y)),
                    ("text-anchor", &"end"),
                    ("class", &"axis"),
                ],
                &fit_label(&self.rows[r]),
            );
            for (c, (value, text)) in row.iter().enumerate() {
                let x = LABEL_W + c as f64 * cw;
                let step = shade(*value, self.max);
                let (fill, text_fill) = shade_colours(step);
                let class = format!("cell shade-{step}");
                svg.open(
                    "g",
                    &[
                        ("class", &class),
                        ("fill", &text_fill),
                        ("font-weight", &"700"),
                    ],
                );
                let (rx, ry, rw, rh) = (x + 1.0, y + 1.0, cw - 2.0, CELL_H - 2.0);
                svg.empty(
                    "rect",
                    &[
                        ("x", &at(rx)),
                        ("y", &at(ry)),
                        ("width", &at(rw)),
                        ("height", &at(rh)),
                        ("rx", &"3"),
                        ("fill", &fill),
                        ("stroke", &"#8a94a3"),
                    ],
                );
                let mid = x + cw / 2.0;
                svg.text(
                    "text",
                    &[
                        ("x", &at(mid)),
                        ("y", &at(text_y)),
                        ("text-anchor", &"middle"),
                    ],
                    text,
                );
                svg.close("g");
            }
        }
        svg.close("g");
        svg.finish()
    }
}

/// A grid chart's viewBox size for `rows` × `cols` (of which at most [`MAX_DRAWN`] each are
/// drawn), known before its cells are.
pub fn grid_size(rows: usize, cols: usize, cell_w: f64) -> (f64, f64) {
    (
        LABEL_W + cols.min(MAX_DRAWN) as f64 * cell_w,
        HEAD_H + rows.min(MAX_DRAWN) as f64 * CELL_H,
    )
}

/// A bar chart's viewBox size for `rows` (at most [`MAX_DRAWN`] drawn) of `per_row` bars
/// each (1 when stacked), known before its bars are.
pub fn bar_size(rows: usize, per_row: usize) -> (f64, f64) {
    let row_h = per_row as f64 * BAR_H + 14.0;
    (
        LABEL_W + PLOT_W + 60.0,
        12.0 + rows.min(MAX_DRAWN) as f64 * row_h,
    )
}

/// Builds a grid chart: picture, hit areas and table.
pub fn grid_chart(input: GridInput) -> ChartLayout {
    let (n_rows, n_cols) = (
        input.rows.len().min(MAX_DRAWN),
        input.cols.len().min(MAX_DRAWN),
    );
    // Shades are scaled to the cells drawn: one of 1,741 hubs must not wash out the others.
    let max = input
        .cells
        .iter()
        .take(n_rows)
        .flat_map(|row| row.iter().take(n_cols))
        .map(|c| c.value)
        .max()
        .unwrap_or(0);
    let (width, height) = grid_size(input.rows.len(), input.cols.len(), input.cell_w);
    let mut hits = Vec::new();
    let mut table = vec![std::iter::once(input.corner.clone())
        .chain(
            input
                .table_cols
                .as_ref()
                .unwrap_or(&input.cols)
                .iter()
                .cloned(),
        )
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
    // The drawn part, kept for the picture, which is written only if the chart is drawn.
    let drawn = GridPicture {
        rows: input.rows.iter().take(n_rows).cloned().collect(),
        cols: input.cols.iter().take(n_cols).cloned().collect(),
        cells: input
            .cells
            .iter()
            .take(n_rows)
            .map(|r| {
                r.iter()
                    .take(n_cols)
                    .map(|c| (c.value, c.text.clone()))
                    .collect()
            })
            .collect(),
        cell_w: input.cell_w,
        max,
    };
    let row_labels = (input.rows.iter().take(n_rows).enumerate())
        .map(|(r, text)| RowLabel {
            top: HEAD_H + r as f64 * CELL_H,
            height: CELL_H,
            text: text.clone(),
        })
        .collect();
    let picture: Picture = Arc::new(move || drawn.write());
    ChartLayout {
        size: (width, height),
        picture,
        hits,
        table: ChartTable { rows: table },
        row_labels,
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

/// What a bar chart draws: its first rows, as laid out.
struct BarPicture {
    rows: Vec<String>,
    /// Each bar's x, y, width, class and the value printed in it (if any).
    shapes: Vec<(f64, f64, f64, &'static str, String)>,
    /// The values printed after the bars: x, y, text.
    ends: Vec<(f64, f64, String)>,
    height: f64,
    row_h: f64,
    per_row: usize,
}

impl BarPicture {
    /// The SVG contents.
    fn write(&self) -> String {
        let mut svg = Markup::default();
        svg.empty(
            "line",
            &[
                ("x1", &at(LABEL_W)),
                ("y1", &"0"),
                ("x2", &at(LABEL_W)),
                ("y2", &at(self.height)),
                ("class", &"baseline"),
                ("stroke", &INK),
            ],
        );
        for (r, name) in self.rows.iter().enumerate() {
            let y = 6.0 + r as f64 * self.row_h + self.per_row as f64 * BAR_H / 2.0 + 4.0;
            let x = LABEL_W - 8.0;
            svg.text(
                "text",
                &[
                    ("x", &at(x)),
                    ("y", &at(y)),
                    ("text-anchor", &"end"),
                    ("class", &"axis"),
                    ("fill", &INK),
                ],
                &fit_label(name),
            );
        }
        for (x, y, w, class, text) in &self.shapes {
            let (fill, dash) = series_paint(class);
            let class = format!("bar {class}");
            svg.open(
                "g",
                &[
                    ("class", &class),
                    ("fill", &"#ffffff"),
                    ("font-weight", &"700"),
                    ("font-size", &"12"),
                ],
            );
            let h = BAR_H - 2.0;
            svg.empty(
                "rect",
                &[
                    ("x", &at(*x)),
                    ("y", &at(*y)),
                    ("width", &at(*w)),
                    ("height", &at(h)),
                    ("fill", &fill),
                    ("stroke", &INK),
                    ("stroke-dasharray", &dash),
                ],
            );
            if !text.is_empty() {
                let (tx, ty) = (x + w / 2.0, y + BAR_H - 5.0);
                svg.text(
                    "text",
                    &[
                        ("x", &at(tx)),
                        ("y", &at(ty)),
                        ("text-anchor", &"middle"),
                        ("class", &"inbar"),
                    ],
                    text,
                );
            }
            svg.close("g");
        }
        for (x, y, text) in &self.ends {
            svg.text(
                "text",
                &[("x", &at(*x)), ("y", &at(*y)), ("class", &"value")],
                text,
            );
        }
        svg.finish()
    }
}

/// Builds a horizontal bar chart with value labels: picture, hit areas and table.
pub fn bar_chart(input: BarInput) -> ChartLayout {
    let per_row = if input.stacked { 1 } else { input.series.len() };
    let row_h = per_row as f64 * BAR_H + 14.0;
    let n_rows = input.rows.len().min(MAX_DRAWN);
    // Bars are scaled to the rows drawn, as grid shades are.
    let max = input
        .bars
        .iter()
        .take(n_rows)
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
    let (width, height) = bar_size(input.rows.len(), per_row);
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
    let row_labels = (input.rows.iter().take(n_rows).enumerate())
        .map(|(r, text)| RowLabel {
            top: 6.0 + r as f64 * row_h,
            height: per_row as f64 * BAR_H,
            text: text.clone(),
        })
        .collect();
    let drawn = BarPicture {
        rows: input.rows.iter().take(n_rows).cloned().collect(),
        shapes,
        ends,
        height,
        row_h,
        per_row,
    };
    let picture: Picture = Arc::new(move || drawn.write());
    ChartLayout {
        size: (width, height),
        picture,
        hits,
        table: ChartTable { rows: table },
        row_labels,
    }
}
