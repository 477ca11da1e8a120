//! renkei (連携): explore, compare, correct and re-publish Osaka Prefecture's report on
//! home-medical-care coordination hubs, entirely in the browser.

pub mod components;
pub mod i18n;
pub mod model;
pub mod pages;
pub mod routing;
pub mod state;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use components::{footer::Footer, header::Header};
use model::Report;
use pages::{
    challenges::ChallengesPage, compare::ComparePage, dashboard::DashboardPage,
    entries::EntriesPage, hub::HubPage, hubs::HubsPage, not_found::NotFound,
};
use state::AppState;

/// The path the app is served under, from `<base href>` (Trunk's `--public-url`), without the
/// trailing slash: `""` at the root, `"/renkei"` on a project site.
pub fn base_path() -> String {
    thread_local! {
        static BASE: String = read_base_path();
    }
    BASE.with(String::clone)
}

/// A link target inside the app: `path` (starting with `/`) under the base path. Leptos'
/// `<A>` leaves absolute paths as they are, so every in-app link goes through this.
pub fn app_href(path: &str) -> String {
    format!("{}{path}", base_path())
}

fn read_base_path() -> String {
    let href = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("base").ok().flatten())
        .and_then(|b| b.get_attribute("href"))
        .unwrap_or_default();
    href.trim_end_matches('/').to_string()
}

/// The application root: owns the state, hands it to every view by context, and routes.
#[component]
pub fn App() -> impl IntoView {
    let app = AppState::provide(Report::bundled());
    let base = base_path();

    view! {
        <Router base=base>
            <a class="skip-link" href="#main">{move || app.texts().skip_to_main}</a>
            <Header/>
            <main id="main" tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=EntriesPage/>
                    <Route path=path!("/hubs") view=HubsPage/>
                    <Route path=path!("/hub/:id") view=HubPage/>
                    <Route path=path!("/compare") view=ComparePage/>
                    <Route path=path!("/challenges") view=ChallengesPage/>
                    <Route path=path!("/dashboard") view=DashboardPage/>
                </Routes>
            </main>
            <Footer/>
        </Router>
    }
}
