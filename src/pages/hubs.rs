//! The list of hubs, each linking to its page.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::state::use_app;

/// Lists every hub with its area, organisation and number of entries.
#[component]
pub fn HubsPage() -> impl IntoView {
    let app = use_app();
    view! {
        <section aria-labelledby="hubs-title">
            <h2 id="hubs-title">{move || app.texts().hubs_title}</h2>
            <ul class="hub-list">
                {move || app.report.with(|r| r.hubs.iter().map(|hub| {
                    let count = hub.entries.len();
                    let (href, area) = (format!("/hub/{}", hub.id), hub.area.clone());
                    view! {
                        <li data-testid="hub" data-hub=hub.id.clone()>
                            <A href=crate::app_href(&href) attr:class="hub-area">{area}</A>
                            <span class="hub-org">{hub.organisation.clone()}</span>
                            <span class="hub-entries">{move || format!("{}{}", count, app.texts().entry_count_suffix)}</span>
                        </li>
                    }
                }).collect_view())}
            </ul>
        </section>
    }
}
