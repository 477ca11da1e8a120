//! renkei (連携): explore, compare, correct and re-publish Osaka Prefecture's report on
//! home-medical-care coordination hubs, entirely in the browser.

pub mod components;
pub mod focus;
pub mod i18n;
pub mod model;
pub mod pages;
pub mod router;
pub mod routing;
pub mod site_edition;
pub mod state;
pub mod storage;
pub mod workbook_worker;
pub mod yielding;

use leptos::prelude::*;

use components::document_title::DocumentTitle;
use components::edit_target::Editor;
use components::entry_editor::EntryEditor;
use components::lang_sync::LangSync;
use components::{footer::Footer, header::Header, status_banner::StatusBanner};
use model::publish::open::{open, open_now, Opening, SiteFile};
use model::route::Route;
use model::Report;
use pages::{
    accessibility::AccessibilityPage, challenges::ChallengesPage, changes::ChangesPage,
    compare::ComparePage, dashboard::DashboardPage, entries::EntriesPage, hub::HubPage,
    hubs::HubsPage, import::ImportPage, not_found::NotFound, report::ReportPage,
};
use router::Location;
use state::AppState;

/// Removes the first view that release builds draw into `index.html` (`#prerender`, see
/// `e2e/prerender.mjs`); the app draws its own in the same task, so nothing blinks.
pub fn drop_first_view() {
    if let Some(view) = document().get_element_by_id("prerender") {
        view.remove();
    }
}

/// Moves focus to the main content. The page has a `<base href>`, so a bare `#main` link
/// would resolve against the base and navigate away instead of skipping.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    focus::focus_by_id("main");
}

/// What the app opens on once the site's `data/report.json` has arrived: the published
/// edition, the visitor's edits on it, and a notice (`model::publish::open`). The build's own
/// report and merging are asked of the workbook worker, off the first load.
pub async fn open_published() -> Opening {
    let site = site_edition::site_file().await;
    open(
        &storage::LocalStore,
        Report::bundled_stamp(),
        site,
        &workbook_worker::WorkerHelper,
    )
    .await
}

/// The application on the build's own edition, asking no site (tests).
#[component]
pub fn App() -> impl IntoView {
    let build = Report::bundled();
    let opening = open_now(
        &storage::LocalStore,
        (&build, Report::bundled_stamp()),
        SiteFile::BuildOwn,
    );
    view! { <AppOn opening/> }
}

/// The application root: owns the state, hands it to every view by context, and routes.
#[component]
pub fn AppOn(opening: Opening) -> impl IntoView {
    let app = AppState::provide(opening);
    provide_context(Editor(RwSignal::new(None)));
    provide_context(crate::pages::dashboard::DashboardCache::default());
    let location = Location::provide();
    // Edits saved by another tab arrive as storage events.
    let storage = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() == Some(model::persist::DATA_KEY) {
            if let Some(raw) = ev.new_value() {
                app.adopt_stored(&raw);
            }
        }
    });
    on_cleanup(move || storage.remove());

    view! {
            <LangSync/>
            <DocumentTitle/>
            <a class="skip-link" href="#main" on:click=skip_to_main>{move || app.texts().skip_to_main}</a>
            <Header/>
            <StatusBanner/>
            <main id="main" tabindex="-1">
                {move || match location.route.get() {
                    Route::Entries => view! { <EntriesPage/> }.into_any(),
                    Route::Hubs => view! { <HubsPage/> }.into_any(),
                    Route::Hub(id) => view! { <HubPage id/> }.into_any(),
                    Route::Compare => view! { <ComparePage/> }.into_any(),
                    Route::Challenges => view! { <ChallengesPage/> }.into_any(),
                    Route::Dashboard => view! { <DashboardPage/> }.into_any(),
                    Route::Changes => view! { <ChangesPage/> }.into_any(),
                    Route::Report => view! { <ReportPage/> }.into_any(),
                    Route::Import => view! { <ImportPage/> }.into_any(),
                    Route::Accessibility => view! { <AccessibilityPage/> }.into_any(),
                    Route::NotFound => view! { <NotFound/> }.into_any(),
                }}
            </main>
            <Footer/>
            <EntryEditor/>
    }
}
