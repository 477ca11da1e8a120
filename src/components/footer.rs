//! The page footer naming the source report.

use leptos::prelude::*;

use crate::components::app_link::AppLink;
use crate::state::use_app;

/// Site footer: where the data comes from, and that nothing leaves the browser.
#[component]
pub fn Footer() -> impl IntoView {
    let app = use_app();
    let cited = move || {
        app.report
            .with(|r| crate::i18n::source_cited(app.lang.get(), r))
    };
    // The edition shown and the day it was published (the site's file, see model::publish).
    let edition = move || {
        let lang = app.lang.get();
        format!("{}{}", lang.texts().footer_edition, app.edition_dated())
    };
    // Printed pages carry their address and the date, as a paper copy needs them.
    let location = crate::router::use_location();
    let printed = move || {
        let _ = (location.path.get(), location.query.get());
        let href = window().location().href().unwrap_or_default();
        format!(
            "{href} — {}",
            crate::components::download::today_label(app.lang.get())
        )
    };
    view! {
        <footer class="site-footer">
            <p class="print-only" data-testid="print-meta">{printed}</p>
            <p data-testid="edition-shown">{edition}</p>
            <p class="source" data-testid="source">{move || app.texts().source_prefix}<span lang="ja">{cited}</span></p>
            <p>{move || app.texts().footer_private}</p>
            <p><AppLink path="/accessibility">{move || app.texts().nav_accessibility}</AppLink></p>
        </footer>
    }
}
