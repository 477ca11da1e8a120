//! 「書き出し」 on the import page: the whole report as JSON (the bundled schema), its entries
//! as CSV, the report form as an Excel workbook, and one edition alone as version-1 JSON.

use leptos::prelude::*;

use crate::components::download::{download, today};
use crate::components::workbook_export::WorkbookExport;
use crate::i18n::edition_json_label;
use crate::model::export::{edition_json, entries_csv, report_json};
use crate::model::filter::{apply_filter, Filter};
use crate::state::use_app;

/// Export of the whole report as JSON (the bundled schema) or its entries as CSV.
#[component]
pub fn ExportButtons() -> impl IntoView {
    let app = use_app();
    let t = move || app.texts();
    let export_json = move |_| {
        app.report
            .with_untracked(|r| download(&report_json(r, &today())))
    };
    let export_csv = move |_| {
        let refs = app.report.with_untracked(|r| {
            app.index
                .with_untracked(|i| apply_filter(r, i, &Filter::default()))
        });
        app.report
            .with_untracked(|r| download(&entries_csv(r, &refs, &today())));
    };
    view! {
        <h3>{move || t().export_title}</h3>
        <p>{move || t().export_intro}</p>
        <p class="actions">
            <button type="button" data-testid="export-json" on:click=export_json>{move || t().export_json}</button>
            <button type="button" data-testid="export-csv" on:click=export_csv>{move || t().export_csv}</button>
            <WorkbookExport/>
            {move || app.edition.get().map(|shown| view! {
                <button type="button" data-testid="export-edition-json"
                    on:click=move |_| app.report.with_untracked(|r| download(&edition_json(r, shown, &today())))>
                    {edition_json_label(app.lang.get(), shown.edition.0)}
                </button>
            })}
        </p>
    }
}
