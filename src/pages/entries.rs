//! The home page: every entry, with facets, search and a result count, all kept in the URL.

use leptos::prelude::*;

use crate::components::facets::Facets;
use crate::components::result_list::ResultList;
use crate::components::typed_text::settled_text;
use crate::i18n::entries_filter_description;
use crate::routing::use_url_filter;
use crate::state::use_app;

/// The entries view.
#[component]
pub fn EntriesPage() -> impl IntoView {
    let app = use_app();
    let url = use_url_filter();
    let t = move || app.texts();
    // Typing replaces the history entry: one step for a whole search.
    let search = move |q: String| url.update(true, |f| f.query = q);
    // Results of recent filter states are kept by the app: coming back here computes nothing.
    let results = Memo::new(move |_| url.filter.with(|f| app.results(f)));
    let counts = Memo::new(move |_| results.with(|r| r.counts.clone()));
    let ignored_note = move || {
        let ignored = url.ignored.get();
        (!ignored.is_empty()).then(|| {
            let list = ignored.iter().map(|p| format!("{}={}", p.key, p.value)).collect::<Vec<_>>().join(", ");
            view! { <p class="notice" role="status" data-testid="ignored-note">{t().ignored_note}{list}</p> }
        })
    };
    // What the list holds, in words: the facets fold away on a phone and are not printed.
    let filter_said = move || {
        let lang = app.lang.get();
        let text = url
            .filter
            .with(|f| app.report.with(|r| entries_filter_description(lang, r, f)))?;
        Some(view! {
            <p class="active-filter" data-testid="entries-filter"><strong>{t().filtered_by}</strong>{lang.colon()}{text}</p>
        })
    };
    view! {
        <div class="explore">
            <aside class="filters" aria-labelledby="filters-title">
                <h2 id="filters-title">{move || t().filters_title}</h2>
                <div class="search">
                    <label for="search">{move || t().search_label}</label>
                    <input id="search" type="search" data-testid="search" autocomplete="off"
                        aria-describedby="search-hint"
                        prop:value=move || url.filter.with(|f| f.query.clone())
                        on:input=move |ev| if let Some(q) = settled_text(&ev) { search(q) }
                        on:compositionend=move |ev| search(event_target_value(&ev))/>
                    <p id="search-hint" class="hint">{move || t().search_hint}</p>
                </div>
                <button type="button" class="clear" data-testid="clear-all"
                    disabled=move || url.filter.with(|f| f.is_empty())
                    on:click=move |_| {
                        url.update(false, |f| *f = Default::default());
                        // The button disables itself: focus goes to the search box, next to it,
                        // rather than to the page's start.
                        crate::focus::focus_by_id("search");
                    }>
                    {move || t().clear_all}
                </button>
                <Facets url counts/>
            </aside>
            <section class="results" aria-labelledby="results-title">
                <h2 id="results-title">{move || t().entries_title}</h2>
                {ignored_note}
                {filter_said}
                <ResultList filter=url.filter results/>
            </section>
        </div>
    }
}
