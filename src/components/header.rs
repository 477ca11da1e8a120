//! The page header with the report title.

use leptos::prelude::*;

use crate::model::Report;

/// Site header: app name and the report's title.
#[component]
pub fn Header() -> impl IntoView {
    let report = expect_context::<RwSignal<Report>>();
    view! {
        <header class="site-header">
            <p class="app-name">"renkei 連携"</p>
            <h1>{move || report.with(|r| r.title.clone())}</h1>
            <p class="region">{move || report.with(|r| format!("{}・{}地域", r.source.publisher, r.source.region))}</p>
        </header>
    }
}
