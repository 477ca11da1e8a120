//! The main navigation.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::state::use_app;

/// Links to the app's views; the current one is marked with `aria-current="page"`.
#[component]
pub fn Nav() -> impl IntoView {
    let app = use_app();
    view! {
        <nav class="main-nav" aria-label=move || app.texts().nav_label>
            <ul>
                <li><A href=crate::routing::app_href("/") exact=true>{move || app.texts().nav_entries}</A></li>
                <li><A href=crate::routing::app_href("/hubs")>{move || app.texts().nav_hubs}</A></li>
                <li><A href=crate::routing::app_href("/compare")>{move || app.texts().nav_compare}</A></li>
                <li><A href=crate::routing::app_href("/dashboard")>{move || app.texts().nav_dashboard}</A></li>
                <li><A href=crate::routing::app_href("/challenges")>{move || app.texts().nav_challenges}</A></li>
                <li><A href=crate::routing::app_href("/changes")>{move || app.texts().nav_changes}</A></li>
                <li><A href=crate::routing::app_href("/report")>{move || app.texts().nav_report}</A></li>
                <li><A href=crate::routing::app_href("/import")>{move || app.texts().nav_import}</A></li>
            </ul>
        </nav>
    }
}
