//! The browser tab's title, following the view, the hub shown and the language.

use leptos::prelude::*;

use crate::i18n::page_title;
use crate::model::route::Route;
use crate::router::use_location;
use crate::state::use_app;

/// Sets `document.title` for the current view; renders nothing.
#[component]
pub fn DocumentTitle() -> impl IntoView {
    let app = use_app();
    let location = use_location();
    Effect::new(move |_| {
        let route = location.route.get();
        let area = match &route {
            Route::Hub(id) => app.report.with(|r| r.hub(id).map(|h| h.area.clone())),
            _ => None,
        };
        document().set_title(&page_title(app.lang.get(), &route, area.as_deref()));
    });
}
