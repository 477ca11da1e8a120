//! The page header with the report title and the main navigation.

use leptos::prelude::*;

use crate::components::nav::Nav;
use crate::components::toolbar::Toolbar;
use crate::i18n::{publisher_and_region, report_title};
use crate::state::use_app;

/// Site header: app name, the report's title and the navigation.
#[component]
pub fn Header() -> impl IntoView {
    let app = use_app();
    view! {
        <header class="site-header">
            <div class="titles">
                <p class="app-name">{move || app.texts().app_name}</p>
                // The report's names in the UI's language where the file gives them.
                {move || {
                    let title = app.report.with(|r| report_title(app.lang.get(), r));
                    view! { <h1 lang=title.lang>{title.text}</h1> }
                }}
                {move || {
                    let region = app.report.with(|r| publisher_and_region(app.lang.get(), r));
                    view! { <p class="region" lang=region.lang>{region.text}</p> }
                }}
            </div>
            <Nav/>
            <Toolbar/>
        </header>
    }
}
