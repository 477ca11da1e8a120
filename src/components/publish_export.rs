//! 「公開する」 on the import page: 「公開用に書き出す」 and the two ways to publish the file.

use leptos::prelude::*;

use crate::components::download::{download, today};
use crate::model::export::published_json;
use crate::state::use_app;

/// Writes `report.json` dated today, and says how it becomes the site's edition.
#[component]
pub fn PublishExport() -> impl IntoView {
    let app = use_app();
    let t = move || app.texts();
    let export = move |_| {
        app.report
            .with_untracked(|r| download(&published_json(r, &today())))
    };
    view! {
        <h3>{move || t().publish_title}</h3>
        <p>{move || t().publish_intro}</p>
        <ol>
            <li>{move || t().publish_upload}</li>
            <li>{move || t().publish_commit}</li>
        </ol>
        <p class="actions">
            <button type="button" data-testid="export-published" on:click=export>{move || t().publish_export}</button>
        </p>
    }
}
