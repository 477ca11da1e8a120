//! The list of hubs: the app shell's first content.

use leptos::prelude::*;

use crate::model::Report;

/// Lists every hub with its area and organisation.
#[component]
pub fn HubList() -> impl IntoView {
    let report = expect_context::<RwSignal<Report>>();
    view! {
        <section aria-labelledby="hubs-title">
            <h2 id="hubs-title">"連携の拠点"</h2>
            <ul class="hub-list">
                <For
                    each=move || report.with(|r| r.hubs.clone())
                    key=|hub| hub.id.clone()
                    children=|hub| {
                        view! {
                            <li data-testid="hub" data-hub=hub.id.clone()>
                                <span class="hub-area">{hub.area.clone()}</span>
                                <span class="hub-org">{hub.organisation.clone()}</span>
                                <span class="hub-entries">{format!("{}件", hub.entries.len())}</span>
                            </li>
                        }
                    }
                />
            </ul>
        </section>
    }
}
