//! Shown for a URL that is no view of the app.

use crate::components::app_link::AppLink;
use leptos::prelude::*;

use crate::state::use_app;

/// The not-found view, with a way back.
#[component]
pub fn NotFound() -> impl IntoView {
    let app = use_app();
    view! {
        <section>
            <h2>{move || app.texts().page_not_found}</h2>
            <p><AppLink path="/">{move || app.texts().back_to_entries}</AppLink></p>
        </section>
    }
}
