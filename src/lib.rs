//! renkei (連携): explore, compare, correct and re-publish Osaka Prefecture's report on
//! home-medical-care coordination hubs, entirely in the browser.

pub mod components;
pub mod model;
pub mod pages;

use leptos::prelude::*;

use components::{footer::Footer, header::Header};
use model::Report;
use pages::hub_list::HubList;

/// The application root: owns the report signal and hands it to every view by context.
#[component]
pub fn App() -> impl IntoView {
    let report = RwSignal::new(Report::bundled());
    provide_context(report);

    view! {
        <a class="skip-link" href="#main">"本文へ移動"</a>
        <Header/>
        <main id="main" tabindex="-1">
            <HubList/>
        </main>
        <Footer/>
    }
}
