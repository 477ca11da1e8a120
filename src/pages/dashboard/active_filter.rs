//! What the dashboard's charts are narrowed to, said above them, with a way back to every entry.

use leptos::prelude::*;

use crate::i18n::filter_description;
use crate::model::filter::Filter;
use crate::routing::UrlFilter;
use crate::state::use_app;

/// The filter from the URL (a link from the entries view, a shared link) in words, and a button
/// that clears it (the section chosen on the dashboard stays); nothing when no filter is set.
#[component]
pub fn ActiveFilter(url: UrlFilter) -> impl IntoView {
    let app = use_app();
    let said = move || {
        let lang = app.lang.get();
        url.filter
            .with(|f| app.report.with(|r| filter_description(lang, r, f)))
    };
    let clear = move |_| {
        url.update(false, |f| {
            *f = Filter {
                sections: std::mem::take(&mut f.sections),
                ..Filter::default()
            }
        })
    };
    move || {
        said().map(|text| {
            let t = app.texts();
            view! {
                <p class="notice active-filter" data-testid="dashboard-filter">
                    <strong>{t.filtered_by}</strong>{app.lang.get().colon()}{text}" "
                    <button type="button" data-testid="dashboard-unfilter" on:click=clear>{t.dashboard_unfilter}</button>
                </p>
            }
        })
    }
}
