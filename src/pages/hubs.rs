//! The list of hubs, each linking to its page.

use leptos::prelude::*;

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
                                <a href=crate::routing::app_href(&href) class="hub-area">{hub.area.clone()}</a>
                                <span class="hub-org">{hub.organisation.clone()}</span>
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

/// A form that adds a hub (a municipality joining next year's report).
#[component]
fn AddHub() -> impl IntoView {
    let app = use_app();
    let t = move || app.texts();
    let fields: [RwSignal<String>; 6] = std::array::from_fn(|_| RwSignal::new(String::new()));
    let [id, area, municipalities, organisation, contractors, document] = fields;
    let error = RwSignal::new(None::<&'static str>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let new_id = id.get_untracked().trim().to_string();
        let valid = !new_id.is_empty()
            && new_id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && app.report.with_untracked(|r| r.hub(&new_id).is_none());
        if !valid || area.get_untracked().trim().is_empty() {
            error.set(Some(app.lang.get_untracked().texts().hub_id_invalid));
            return;
        }
        let area_text = area.get_untracked().trim().to_string();
        let mut munis: Vec<String> = municipalities
            .get_untracked()
            .split(['・', '、', ','])
            .map(|m| m.trim().to_string())
            .filter(|m| !m.is_empty())
            .collect();
        if munis.is_empty() {
            munis.push(area_text.clone());
        }
        let hub = crate::model::Hub {
            id: new_id,
            document: document.get_untracked(),
            area: area_text,
            municipalities: munis,
            organisation: organisation.get_untracked(),
            contractors: contractors.get_untracked(),
            sections: Vec::new(),
            entries: Vec::new(),
        };
        let index = app.report.with_untracked(|r| r.hubs.len());
        let added = app.apply(crate::model::edit::Change::Hub {
            index,
            before: None,
            after: Some(hub),
        });
        // Storage refusing is shown by the banner: the hub is added all the same.
        if !matches!(added, Err(crate::state::ApplyError::Stale(_))) {
            error.set(None);
            fields.iter().for_each(|f| f.set(String::new()));
        }
    };
    let input = move |dom: &'static str, label: Signal<&'static str>, value: RwSignal<String>| {
        view! {
            <label for=dom>{label}</label>
            <input id=dom prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
        }
    };
    view! {
        <details class="add-hub">
            <summary>{move || t().add_hub}</summary>
            <form on:submit=submit class="stack-form">
                {input("ah-id", Signal::derive(move || t().field_hub_id), id)}
                {input("ah-area", Signal::derive(move || t().area), area)}
                {input("ah-munis", Signal::derive(move || t().field_municipalities), municipalities)}
                {input("ah-org", Signal::derive(move || t().organisation), organisation)}
                {input("ah-contractors", Signal::derive(move || t().contractors), contractors)}
                {input("ah-doc", Signal::derive(move || t().document), document)}
                <p class="error" role="alert">{move || error.get()}</p>
                <button type="submit" data-testid="add-hub">{move || t().add}</button>
            </form>
        </details>
    }
}
