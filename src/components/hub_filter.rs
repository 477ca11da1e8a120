//! A name filter for lists of hubs, shown once there are more than a screen of them.

use leptos::prelude::*;

use crate::model::compare::CHOOSER_LIMIT;
use crate::state::use_app;

/// A labelled search box bound to `query`, drawn only when the report has more than
/// [`CHOOSER_LIMIT`] hubs; `children` follow it (a count, for instance).
#[component]
pub fn HubFilter(
    /// The input's id, also its `data-testid`.
    id: &'static str,
    /// What is typed in it.
    query: RwSignal<String>,
    /// Shown after the box.
    #[prop(optional)]
    children: Option<ChildrenFn>,
) -> impl IntoView {
    let app = use_app();
    let many = move || app.report.with(|r| r.hubs.len() > CHOOSER_LIMIT);
    move || {
        let children = children.clone();
        many().then(|| {
            view! {
                <p class="chooser-filter">
                    <label for=id>{app.texts().hub_filter}</label>
                    <input id=id type="search" data-testid=id
                        prop:value=move || query.get()
                        on:input=move |ev| query.set(event_target_value(&ev))/>
                    {children.map(|c| c())}
                </p>
            }
        })
    }
}
