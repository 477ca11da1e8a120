//! The entries view's results: their count, a CSV of them, and every card up to the list limit.

use leptos::prelude::*;

use crate::components::download::{download, today};
use crate::components::entry_card::{EntryCard, EntryCardOptions, HubLabel};
use crate::components::show_all::ShowAll;
use crate::model::card_key::CardKey;
use crate::model::export::entries_csv;
use crate::model::filter::Filter;
use crate::model::results::FilterResults;
use crate::model::search::SearchQuery;
use crate::model::url_query::filter_to_query;
use crate::model::window::Drawn;
use crate::routing::app_href_with_query;
use crate::state::use_app;

/// The results of the filters in `filter`, as computed in `results`.
#[component]
pub fn ResultList(filter: Memo<Filter>, results: Memo<FilterResults>) -> impl IntoView {
    let app = use_app();
    let t = move || app.texts();
    let len = Signal::derive(move || results.with(|r| r.shown.len()));
    let query = Memo::new(move |_| filter.with(|f| SearchQuery::parse(&f.query)));
    // 「すべて表示」 holds for the filters it was pressed under (and again when they come back);
    // other filters start at the limit.
    let all_for = RwSignal::new(None::<Filter>);
    let drawn = Signal::derive(move || {
        let all = all_for.with(|a| filter.with(|f| a.as_ref() == Some(f)));
        if all {
            Drawn::All
        } else {
            Drawn::UpToLimit
        }
    });
    let export = move |_| {
        app.report.with_untracked(|r| {
            results.with_untracked(|res| download(&entries_csv(r, &res.shown, &today())))
        })
    };
    view! {
        <p class="result-count" role="status" aria-live="polite">
            <span data-testid="result-count">{len}</span>{move || app.lang.get().results_suffix(len.get())}
        </p>
        <p class="actions">
            <button type="button" data-testid="export-shown-csv" on:click=export>{move || t().export_csv_shown}</button>
            " "
            {move || {
                let query = filter.with(filter_to_query);
                let href = app_href_with_query("/dashboard", &query);
                view! { <a href=href data-testid="dashboard-with-filter">{t().dashboard_with_filter}</a> }
            }}
        </p>
        {move || (len.get() == 0).then(|| view! { <p class="empty">{t().no_results}</p> })}
        <div class="entry-list">
            // Keyed by what each card shows: a card still shown after a facet click, more
            // typing or an edit of another entry is kept as it is.
            <For each=move || {
                    let count = drawn.get().count(len.get());
                    app.report.with(|r| results.with(|res| {
                        res.shown.iter().take(count).map(|at| CardKey::of(r, *at)).collect::<Vec<_>>()
                    }))
                }
                key=|card| *card
                children=move |CardKey { at, .. }| {
                    let options = EntryCardOptions { show_hub: true, show_section: true, show_category: true, query: Some(query.into()), level: "3" };
                    app.report.with_untracked(|r| {
                        let (hub, entry) = at.resolve(r);
                        view! { <EntryCard hub=HubLabel::from(hub) entry=entry.clone() options/> }
                    })
                }/>
        </div>
        <ShowAll drawn len on_show_all=Callback::new(move |()| all_for.set(Some(filter.get_untracked())))
            unit=Signal::derive(move || t().entry_count_suffix)/>
    }
}
