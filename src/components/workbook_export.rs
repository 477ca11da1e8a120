//! 「Excel（.xlsx）で書き出す」: the report form as a workbook, of every hub or one, for the
//! edition shown. Made by the workbook worker, so the page stays responsive.

use leptos::prelude::*;

use crate::components::download::{download_blob, today};
use crate::model::Report;
use crate::state::use_app;
use crate::workbook_worker::{write_form, Reply};

/// The button, and what went wrong if it did. `hub`: one hub's form, else the whole report's.
#[component]
pub fn WorkbookExport(#[prop(optional, into)] hub: Option<String>) -> impl IntoView {
    let app = use_app();
    let working = RwSignal::new(false);
    let problem = RwSignal::new(None::<[String; 2]>);
    let label = if hub.is_some() {
        |t: &crate::i18n::Texts| t.export_xlsx_hub
    } else {
        |t: &crate::i18n::Texts| t.export_xlsx
    };
    let export = move |_| {
        let hub = hub.clone();
        working.set(true);
        problem.set(None);
        app.announcement
            .set(app.texts_untracked().xlsx_working.into());
        let edition = app.edition.get_untracked();
        let lang = app.lang.get_untracked();
        let report = app.report.with_untracked(Report::to_json);
        leptos::task::spawn_local(async move {
            let reply = write_form(report, hub.as_deref(), edition, &today(), lang).await;
            working.try_set(false);
            match reply {
                Reply::File(blob, name) => {
                    download_blob(&blob, &name);
                    app.announcement.set(app.texts_untracked().xlsx_made.into());
                }
                Reply::Problem(said) => {
                    app.announcement
                        .set(app.lang.get_untracked().pick(&said).clone());
                    problem.try_set(Some(said));
                }
                Reply::Read(_) | Reply::Report(_) | Reply::Facts(_) => {}
            }
        });
    };
    view! {
        <button type="button" data-testid="export-xlsx" disabled=move || working.get() on:click=export>
            {move || if working.get() { app.texts().xlsx_working } else { label(app.texts()) }}
        </button>
        {move || problem.get().map(|said| view! {
            <p class="import-problems" role="alert">{app.lang.get().pick(&said).clone()}</p>
        })}
    }
}
