//! The list of hubs, each linking to its page.

use leptos::prelude::*;

use crate::components::add_hub::AddHub;
use crate::components::hub_filter::HubFilter;
use crate::components::next_year::StartNextYear;
use crate::components::show_all::ShowAll;
use crate::model::compare::chooser_hubs;
use crate::model::window::Drawn;
use crate::state::use_app;

/// Lists every hub with its area, organisation and number of entries. With hundreds of hubs
/// a name filter narrows the list, drawn up to the list limit and whole on request.
#[component]
pub fn HubsPage() -> impl IntoView {
    let app = use_app();
    let t = move || app.texts();
    let query = RwSignal::new(String::new());
    let matched = Memo::new(move |_| {
        let query = query.get();
        app.report
            .with(|r| chooser_hubs(r, &[], &query, usize::MAX).0)
    });
    let len = Signal::derive(move || matched.with(Vec::len));
    let drawn = RwSignal::new(Drawn::UpToLimit);
    view! {
        <section aria-labelledby="hubs-title">
            <h2 id="hubs-title">{move || t().hubs_title}</h2>
            <HubFilter id="hub-filter" query>
                <span role="status">{move || format!("{}{}", len.get(), t().hub_count_suffix)}</span>
            </HubFilter>
            // Keyed by report build, language and hub: drawing more keeps the rows drawn.
            <ul class="hub-list">
                <For each=move || {
                        let (build, lang) = (app.index.with(|i| i.build_id()), app.lang.get());
                        let shown = drawn.get().count(len.get());
                        matched.with(|m| m.iter().take(shown).map(|&i| (build, lang, i)).collect::<Vec<_>>())
                    }
                    key=|row| *row
                    children=move |(_, _, i)| app.report.with_untracked(|r| {
                        let hub = &r.hubs[i];
                        let href = format!("/hub/{}", hub.id);
                        // A plain link: the router still handles its click (its `A` would track
                        // the current page for every row).
                        view! {
                            <li data-testid="hub" data-hub=hub.id.clone()>
                                <a href=crate::routing::app_href(&href) class="hub-area" lang="ja">{hub.area.clone()}</a>
                                <span class="hub-org" lang="ja">{hub.organisation.clone()}</span>
                                <span class="hub-entries">{app.lang.get().entries(hub.entries.len())}</span>
                            </li>
                        }
                    })/>
            </ul>
            <ShowAll drawn on_show_all=Callback::new(move |()| drawn.set(Drawn::All)) len
                unit=Signal::derive(move || t().hub_count_suffix)/>
            <AddHub/>
            <StartNextYear/>
        </section>
    }
}
