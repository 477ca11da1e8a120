//! What can be done with a chart besides looking at it: its table shown, downloaded as CSV,
//! copied for a spreadsheet, and the chart saved as a PNG or SVG picture for slides.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::chart::{ChartSpec, FullTable};
use crate::components::chart_export::{download_png, standalone_svg, ChartPicture};
use crate::components::download::{copy_text, download, today, today_label};
use crate::i18n::{source_line, Texts};
use crate::model::export::{chart_png_name, chart_svg, table_csv, to_tsv};
use crate::state::use_app;

/// A file a chart offers: its test id, its button's text, what the button does.
type FileButton = (&'static str, fn(&Texts) -> &'static str, Callback<()>);

/// Something done with a chart's table rows once they are known.
type WithRows = Box<dyn FnOnce(&[Vec<String>])>;

/// A chart's table rows: the layout's, or the full table computed on first request (it may
/// take seconds at all-Japan scale), with what waits for them meanwhile.
#[derive(Clone, Copy)]
pub struct TableRows {
    /// The rows once known.
    pub rows: RwSignal<Option<Arc<Vec<Vec<String>>>>>,
    /// True while the full table is computed.
    pub computing: RwSignal<bool>,
    waiting: StoredValue<Vec<WithRows>, LocalStorage>,
}

impl Default for TableRows {
    /// Nothing known yet.
    fn default() -> Self {
        TableRows {
            rows: RwSignal::new(None),
            computing: RwSignal::new(false),
            waiting: StoredValue::new_local(Vec::new()),
        }
    }
}

impl TableRows {
    /// Calls `then` with the rows of `spec`'s table, computing them first if not known yet.
    pub fn with(self, spec: &ChartSpec, then: WithRows) {
        if let Some(rows) = self.rows.get_untracked() {
            return then(&rows);
        }
        let Some(make) = spec.full_table.clone() else {
            let rows = Arc::new(spec.layout.get().table.rows.clone());
            self.rows.set(Some(rows.clone()));
            return then(&rows);
        };
        self.waiting.update_value(|w| w.push(then));
        if !self.computing.get_untracked() {
            self.compute(make);
        }
    }

    fn compute(self, make: FullTable) {
        self.computing.set(true);
        leptos::task::spawn_local(async move {
            let made = make().await.map(|t| Arc::new(t.rows));
            if self.computing.try_set(false).is_some() {
                return; // the chart is gone
            }
            let waited = self
                .waiting
                .try_update_value(std::mem::take)
                .unwrap_or_default();
            if let Some(rows) = made {
                self.rows.set(Some(rows.clone()));
                waited.into_iter().for_each(|then| then(&rows));
            }
        });
    }
}

/// The chart's buttons: table or chart, CSV, copy, PNG and SVG.
#[component]
pub fn ChartActions(spec: ChartSpec, as_table: RwSignal<bool>, table: TableRows) -> impl IntoView {
    let app = use_app();
    let t = move || app.texts();
    let stem: std::sync::Arc<str> = spec.file_stem.as_str().into();
    let (csv_stem, png_stem, svg_stem) = (stem.clone(), stem.clone(), stem);
    let picture = {
        let spec = spec.clone();
        move || {
            let source = app
                .report
                .with_untracked(|r| source_line(app.lang.get_untracked(), r));
            let source = format!("{source}　{}", today_label(app.lang.get_untracked()));
            standalone_svg(&ChartPicture {
                title: &spec.title,
                legend: &spec.legend,
                source: &source,
                size: spec.size,
                picture: &(spec.layout.get().picture)(),
            })
        }
    };
    let svg_picture = picture.clone();
    let (toggle_spec, rows_spec) = (spec.clone(), spec);
    let with_rows = move |then: WithRows| table.with(&rows_spec, then);
    let (csv_rows, copy_rows) = (with_rows.clone(), with_rows);
    // One button type for the four files, not four: each distinct view is code in the wasm.
    let files: [FileButton; 4] = [
        (
            "csv",
            |t| t.chart_csv,
            Callback::new(move |()| {
                let stem = csv_stem.clone();
                csv_rows(Box::new(move |rows| {
                    download(&table_csv(&stem, &today(), rows))
                }))
            }),
        ),
        (
            "copy-table",
            |t| t.chart_copy,
            Callback::new(move |()| copy_rows(Box::new(move |rows| copy_text(app, to_tsv(rows))))),
        ),
        (
            "png",
            |t| t.chart_png,
            Callback::new(move |()| {
                let (svg, name) = (picture(), chart_png_name(&png_stem, &today()));
                leptos::task::spawn_local(async move {
                    if download_png(svg, name).await.is_err() {
                        app.announcement
                            .set(app.texts_untracked().picture_failed.to_string());
                    }
                });
            }),
        ),
        (
            "svg",
            |t| t.chart_svg,
            Callback::new(move |()| download(&chart_svg(&svg_stem, &today(), svg_picture()))),
        ),
    ];
    view! {
        <div class="chart-actions">
            // Its name says what it will show (not also aria-pressed: "グラフで見る, pressed").
            <button type="button" class="toggle"
                data-testid="table-toggle" on:click=move |_| {
                    as_table.update(|v| *v = !*v);
                    if as_table.get_untracked() {
                        table.with(&toggle_spec, Box::new(|_| ()));
                    }
                }>
                {move || if as_table.get() { t().chart_show_chart } else { t().chart_show_table }}
            </button>
            {files.into_iter().map(|(testid, label, run)| view! {
                <button type="button" data-testid=testid aria-busy=move || table.computing.get().to_string()
                    on:click=move |_| run.run(())>{move || label(t())}</button>
            }).collect_view()}
        </div>
    }
}
