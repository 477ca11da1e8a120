//! The main navigation.

use crate::components::app_link::AppLink;
use leptos::prelude::*;

use crate::state::use_app;

/// Links to the app's views; the current one is marked with `aria-current="page"`.
#[component]
pub fn Nav() -> impl IntoView {
    let app = use_app();
    view! {
        <nav class="main-nav" aria-label=move || app.texts().nav_label>
            <ul>
                <li><AppLink path="/" exact=true>{move || app.texts().nav_entries}</AppLink></li>
                <li><AppLink path="/hubs" section="/hub">{move || app.texts().nav_hubs}</AppLink></li>
                <li><AppLink path="/compare">{move || app.texts().nav_compare}</AppLink></li>
                <li><AppLink path="/dashboard">{move || app.texts().nav_dashboard}</AppLink></li>
                <li><AppLink path="/challenges">{move || app.texts().nav_challenges}</AppLink></li>
                <li><AppLink path="/changes">{move || app.texts().nav_changes}</AppLink></li>
                <li><AppLink path="/report">{move || app.texts().nav_report}</AppLink></li>
                <li><AppLink path="/import">{move || app.texts().nav_import}</AppLink></li>
            </ul>
        </nav>
    }
}
