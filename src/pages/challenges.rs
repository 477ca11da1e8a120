//! Every hub's 課題 together, with their themes.

use crate::components::app_link::AppLink;
use leptos::prelude::*;

use crate::components::entry_card::{EntryCard, EntryCardOptions, HubLabel};
use crate::components::show_all::ShowAll;
use crate::model::window::Drawn;
use crate::model::Section;
use crate::state::use_app;

/// The challenges view: every hub's, up to the list limit (an all-Japan report has 1,741
/// hubs) and all on request.
#[component]
pub fn ChallengesPage() -> impl IntoView {
    let app = use_app();
    let t = move || app.texts();
    let drawn = RwSignal::new(Drawn::UpToLimit);
    let len = Signal::derive(move || app.report.with(|r| r.hubs.len()));
    view! {
        <section aria-labelledby="challenges-title">
            <h2 id="challenges-title">{move || t().challenges_title}</h2>
            <p>{move || t().challenges_intro}</p>
            <div class="challenge-list">
                // Keyed by report build and position: drawing more keeps the hubs drawn.
                <For each=move || {
                        let build = app.index.with(|i| i.build_id());
                        (0..drawn.get().count(len.get())).map(|i| (build, i)).collect::<Vec<_>>()
                    }
                    key=|hub| *hub
                    children=move |(_, i)| app.report.with_untracked(|r| {
                        let h = &r.hubs[i];
                        let label = HubLabel::from(h);
                        let href = format!("/hub/{}", h.id);
                        let (id, area) = (h.id.clone(), h.area.clone());
                        let heading = h.sections.iter().find(|s| s.section == Section::Challenge).map(|s| crate::i18n::section_heading(app.lang.get_untracked(), s));
                        let entries: Vec<_> = h.entries.iter().filter(|e| e.section == Section::Challenge).cloned().collect();
                        view! {
                            <section class="challenge-hub" data-hub=id>
                                <h3 lang="ja"><AppLink path=href.clone()>{area}</AppLink></h3>
                                {heading.map(|n| view! { <p class="sub" lang=n.lang>{n.text}</p> })}
                                {entries.into_iter().map(|e| view! {
                                    <EntryCard hub=label.clone() entry=e options=EntryCardOptions { level: "4", ..EntryCardOptions::default() }/>
                                }).collect_view()}
                            </section>
                        }
                    })/>
            </div>
            <ShowAll drawn on_show_all=Callback::new(move |()| drawn.set(Drawn::All)) len
                unit=Signal::derive(move || t().hub_count_suffix)/>
        </section>
    }
}
