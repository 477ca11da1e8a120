//! Every hub's 課題 together, with their themes.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::entry_card::{EntryCard, EntryCardOptions, HubLabel};
use crate::model::Section;
use crate::state::use_app;

/// The challenges view.
#[component]
pub fn ChallengesPage() -> impl IntoView {
    let app = use_app();
    let t = move || app.texts();
    let hubs = move || {
        app.report.with(|r| {
            r.hubs
                .iter()
                .map(|h| {
                    let label = HubLabel::from(h);
                    let (href, area) = (format!("/hub/{}", h.id), h.area.clone());
                    let heading = h.sections.iter().find(|s| s.section == Section::Challenge).map(|s| s.heading.clone());
                    let entries: Vec<_> = h.entries.iter().filter(|e| e.section == Section::Challenge).cloned().collect();
                    view! {
                        <section class="challenge-hub" data-hub=h.id.clone()>
                            <h3><A href=crate::app_href(&href)>{area}</A></h3>
                            {heading.map(|text| view! { <p class="sub">{text}</p> })}
                            {entries.into_iter().map(|e| view! {
                                <EntryCard hub=label.clone() entry=e options=EntryCardOptions::default()/>
                            }).collect_view()}
                        </section>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section aria-labelledby="challenges-title">
            <h2 id="challenges-title">{move || t().challenges_title}</h2>
            <p>{move || t().challenges_intro}</p>
            <div class="challenge-list">{hubs}</div>
        </section>
    }
}
