//! The page header with the report title and the main navigation.

use leptos::prelude::*;

use crate::components::nav::Nav;
use crate::components::toolbar::Toolbar;
use crate::state::use_app;

/// Site header: app name, the report's title and the navigation.
#[component]
pub fn Header() -> impl IntoView {
    let app = use_app();
    view! {
        <header class="site-header">
            <div class="titles">
                <p class="app-name">{move || app.texts().app_name}</p>
                <h1 lang="ja">{move || app.report.with(|r| r.title.clone())}</h1>
                <p class="region" lang="ja">{move || app.report.with(|r| r.source.publisher_and_region())}</p>
            </div>
            <Nav/>
            <Toolbar/>
        </header>
    }
}
