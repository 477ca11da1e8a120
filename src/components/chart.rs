//! The frame every dashboard chart shares: title, summary, an SVG picture (`role="img"`),
//! keyboard-focusable hit areas over its cells, a tooltip dismissable with Esc, a table toggle
//! and a CSV download of the same numbers.
//!
//! The focusable cells sit in an HTML layer over the SVG rather than inside it, because the
//! children of `role="img"` are presentational and must not be interactive.

use leptos::prelude::*;

use crate::components::chart_actions::{ChartActions, TableRows};
use crate::components::chart_hits::{ChartHits, ChartTooltip};
use crate::components::chart_layout::{ChartTable, LazyLayout};
use crate::components::chart_row_labels::ChartRowLabels;
use crate::components::chart_table_view::ChartTableView;
use crate::components::near_screen::NearScreen;
use crate::model::decimal::decimal;
use crate::state::use_app;

/// Computes a chart's complete table on request, when it has more rows than the chart
/// draws. It may take seconds (the change chart judges every hub's wording with every
/// municipality imported, in slices between frames); `None` when the data changed before
/// it was done.
pub type FullTable = std::sync::Arc<
    dyn Fn() -> std::pin::Pin<Box<dyn std::future::Future<Output = Option<ChartTable>>>>
        + Send
        + Sync,
>;

/// Everything a chart frame shows.
#[derive(Clone)]
pub struct ChartSpec {
    /// Stable id (`heatmap`, `calendar`, …).
    pub id: &'static str,
    /// What its CSV, PNG and SVG files are named by: the id and the edition's year
    /// (`heatmap-fy2025`), so two slides of different years are told apart.
    pub file_stem: String,
    /// Title.
    pub title: String,
    /// One-sentence summary for the picture's accessible description.
    pub summary: String,
    /// The legend, as (swatch class, text).
    pub legend: Vec<(String, String)>,
    /// viewBox width and height, known before the chart is built.
    pub size: (f64, f64),
    /// The picture, hit areas and table, built when the chart is drawn or its table asked for.
    pub layout: LazyLayout,
    /// A table with more rows than the layout's (every hub, where the chart draws 40, and
    /// the change chart's every hub judged), computed only when the table or CSV is asked for.
    pub full_table: Option<FullTable>,
}

/// Which charts of a page have been drawn: a page of many charts provides it, and while
/// `lazy` holds, each chart is drawn only when it comes near the screen (or the page is
/// printed). Without it, or while `lazy` does not hold, charts are drawn at once.
#[derive(Clone, Copy)]
pub struct DrawnCharts {
    /// Whether charts wait until they near the screen (a large report).
    lazy: Signal<bool>,
    /// The charts (by id) that came near the screen.
    near: RwSignal<std::collections::HashSet<&'static str>>,
    /// True once the page is being printed: every chart is drawn.
    all: RwSignal<bool>,
}

impl DrawnCharts {
    /// Provides it for the current page, with only the chart `at_top` drawn at once while
    /// `lazy` holds (it is on any screen: waiting for the observer to say so cost a frame);
    /// printing draws every chart.
    pub fn provide(lazy: Signal<bool>, at_top: &'static str) {
        let drawn = DrawnCharts {
            lazy,
            near: RwSignal::new([at_top].into()),
            all: RwSignal::new(false),
        };
        provide_context(drawn);
        let before_print =
            window_event_listener_untyped("beforeprint", move |_| drawn.all.set(true));
        on_cleanup(move || before_print.remove());
    }

    /// Whether the chart `id` is to be drawn.
    fn is_drawn(&self, id: &'static str) -> bool {
        !self.lazy.get() || self.all.get() || self.near.with(|s| s.contains(id))
    }

    /// Whether drawn charts carry their table for printing: always with a small report, and
    /// with a large one once the page is being printed.
    fn tables_for_print(&self) -> bool {
        !self.lazy.get() || self.all.get()
    }

    /// Notes that the chart `id` came near the screen.
    fn mark_near(&self, id: &'static str) {
        self.near.update(|s| {
            s.insert(id);
        });
    }
}

/// A chart with its actions (table, CSV, copy, PNG, SVG).
#[component]
pub fn ChartFrame(spec: ChartSpec) -> impl IntoView {
    let app = use_app();
    let t = move || app.texts();
    let as_table = RwSignal::new(false);
    let tooltip = RwSignal::new(None::<usize>);
    let (w, h) = spec.size;
    let layout = spec.layout.clone();
    let title_id = format!("chart-{}-title", spec.id);
    let desc_id = format!("chart-{}-desc", spec.id);
    let table = TableRows::default();

    // Charts below the fold are drawn when they come near the screen, or when the page is
    // printed: six all-Japan charts hold thousands of elements.
    // Once drawn, a chart stays drawn when its data changes (no flash of an empty frame).
    let id = spec.id;
    let drawn_charts = use_context::<DrawnCharts>();
    let drawn = Memo::new(move |_| drawn_charts.is_none_or(|d| d.is_drawn(id)));
    let on_near = Callback::new(move |()| {
        if let Some(d) = drawn_charts {
            d.mark_near(id);
        }
        false
    });
    let lang = app.lang.get_untracked();
    let table_name = lang.paren(&spec.title, lang.texts().chart_table);
    let print_name = table_name.clone();
    let cells_name = lang.paren(&spec.title, lang.texts().chart_cells);
    let table_view = move || match table.rows.get() {
        Some(rows) => {
            view! { <ChartTableView rows=(*rows).clone() name=table_name.clone()/> }.into_any()
        }
        None => view! { <p class="notice" role="status">{t().table_computing}</p> }.into_any(),
    };
    // Printed, a chart has its table below it (the rows it draws), whichever one is on screen.
    let print_table =
        Memo::new(move |_| drawn.get() && drawn_charts.is_none_or(|d| d.tables_for_print()));
    let print_layout = layout.clone();
    let print_view = move || {
        print_table.get().then(|| {
            let rows = print_layout.get().table.rows.clone();
            view! { <div class="print-only chart-print"><ChartTableView rows name=print_name.clone()/></div> }
        })
    };
    let (svg_title_id, svg_desc_id) = (title_id.clone(), desc_id.clone());
    let (hit_layout, tip_layout, label_layout) = (layout.clone(), layout.clone(), layout.clone());
    let legend = spec.legend.clone();
    let title = spec.title.clone();
    let summary = spec.summary.clone();

    view! {
        <section class="chart" data-chart=spec.id aria-labelledby=title_id.clone()>
            <div class="chart-head">
                <h3 id=title_id.clone()>{title.clone()}</h3>
                <ChartActions spec=spec.clone() as_table table/>
            </div>
            <p class="chart-summary" id=desc_id.clone()>{summary.clone()}</p>
            {(!legend.is_empty()).then(|| view! {
                <ul class="legend" aria-label=move || t().chart_legend>
                    {legend.into_iter().map(|(swatch, text)| view! { <li><span class=format!("swatch {swatch}") aria-hidden="true"></span>{text}</li> }).collect_view()}
                </ul>
            })}
            <NearScreen on_near>
            <div class="chart-scroll" hidden=move || as_table.get()>
                <div class="chart-canvas" style:aspect-ratio=format!("{} / {}", decimal(w, 1), decimal(h, 1))
                    style:min-width=format!("{}px", (w * 0.75) as u32) style:max-width=format!("{}px", (w * 1.25) as u32)
                    on:keydown=move |ev| if ev.key() == "Escape" { tooltip.set(None) }>
                    {move || drawn.get().then(|| view! { <ChartRowLabels layout=label_layout.clone() size=(w, h)/> })}
                    <svg viewBox=format!("0 0 {} {}", decimal(w, 1), decimal(h, 1)) role="img" aria-labelledby=svg_title_id aria-describedby=svg_desc_id
                        preserveAspectRatio="xMinYMin meet">
                        <title>{title}</title>
                        <desc>{summary}</desc>
                        {move || drawn.get().then(|| view! { <g inner_html=(layout.get().picture)()></g> })}
                    </svg>
                    {move || drawn.get().then(|| view! { <ChartHits layout=hit_layout.clone() size=(w, h) tooltip name=cells_name.clone()/> })}
                    <ChartTooltip layout=tip_layout size=(w, h) tooltip/>
                </div>
            </div>
            </NearScreen>
            {move || as_table.get().then(table_view.clone())}
            {print_view}
        </section>
    }
}
