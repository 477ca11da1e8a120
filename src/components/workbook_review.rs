//! The review of a filled-in workbook before anything changes. The workbook worker writes the
//! rows (`components::review_markup`); this view shows them in the UI language, keeps their
//! checkboxes, and applies what is ticked as one undoable step.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

use crate::model::edit::Change;
use crate::model::Report;
use crate::state::{use_app, ApplyError};
use crate::workbook_worker::{accept_review, ReadReply, Reply};

/// Every input of the review matching `selector`.
fn inputs(root: &web_sys::HtmlElement, selector: &str) -> Vec<HtmlInputElement> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

/// Why the taken changes were not applied.
#[derive(Clone, Copy, Debug, PartialEq)]
enum ReviewFailure {
    /// The workbook worker could not be loaded.
    Worker,
    /// The report changed (in another tab) since the workbook was read against it.
    Stale,
}

/// The review. `current` is the report the workbook was read against; applying refuses if
/// the stored report has changed since.
#[component]
pub fn WorkbookReview(
    current: Arc<Report>,
    read: Arc<ReadReply>,
    /// Run once the taken changes are applied.
    on_applied: Callback<()>,
    /// Run when the review is cancelled.
    on_close: Callback<()>,
) -> impl IntoView {
    let app = use_app();
    let t = move || app.texts();
    let rows = NodeRef::<leptos::html::Div>::new();
    // The keys of cleared boxes: kept here, so they survive the markup of another language.
    let refused = StoredValue::new(Vec::<String>::new());
    let any_taken = RwSignal::new(read.differs);
    let take =
        move |key: Option<String>| !key.is_some_and(|k| refused.with_value(|r| r.contains(&k)));
    // Boxes from `refused`, and each hub's box ticked when all of its rows are.
    let show = move || {
        let Some(root) = rows.get_untracked() else {
            return;
        };
        let boxes = inputs(&root, "input[data-take]");
        boxes
            .iter()
            .for_each(|b| b.set_checked(take(b.get_attribute("data-take"))));
        for hub in inputs(&root, "input[data-hub-all]") {
            let id = hub.get_attribute("data-hub-all");
            let rows: Vec<bool> = boxes
                .iter()
                .filter(|b| b.get_attribute("data-hub") == id)
                .map(|b| b.checked())
                .collect();
            let all = rows.iter().all(|&on| on);
            hub.set_checked(all);
            // Some but not all rows: the mixed state, read as such by screen readers.
            hub.set_indeterminate(!all && rows.contains(&true));
        }
        any_taken.set(boxes.iter().any(|b| b.checked()));
    };
    // `refused` from the boxes, after `changed` (a hub's box sets all of its rows).
    let note = move |changed: Option<HtmlInputElement>| {
        let Some(root) = rows.get_untracked() else {
            return;
        };
        let boxes = inputs(&root, "input[data-take]");
        if let Some(hub_box) = changed.filter(|c| c.has_attribute("data-hub-all")) {
            let id = hub_box.get_attribute("data-hub-all");
            boxes
                .iter()
                .filter(|b| b.get_attribute("data-hub") == id)
                .for_each(|b| b.set_checked(hub_box.checked()));
        }
        refused.set_value(
            boxes
                .iter()
                .filter(|b| !b.checked())
                .filter_map(|b| b.get_attribute("data-take"))
                .collect(),
        );
        show();
    };
    let set_all = move |on: bool| {
        if let Some(root) = rows.get_untracked() {
            inputs(&root, "input[data-take]")
                .iter()
                .for_each(|b| b.set_checked(on));
        }
        note(None);
    };
    // After the markup of another language is drawn, put the boxes back as they were.
    Effect::new(move |_| {
        app.lang.track();
        show();
    });
    let markup = {
        let read = read.clone();
        move || app.lang.get().pick(&read.review).clone()
    };
    let notes = {
        let read = read.clone();
        move || {
            let n = app.lang.get().pick(&read.notes).clone();
            (!n.is_empty()).then(|| view! { <p class="note" data-testid="review-notes">{n}</p> })
        }
    };
    let differs = read.differs;
    // Said beside the button, not only to a screen reader: nothing was applied.
    let failed = RwSignal::new(None::<ReviewFailure>);
    let apply = move |_| {
        let (current, read) = (current.clone(), read.clone());
        leptos::task::spawn_local(async move {
            let reply = accept_review(&read, &refused.get_value()).await;
            let after = match reply {
                Reply::Report(json) => Report::from_json(&json).ok(),
                _ => None,
            };
            let Some(after) = after else {
                failed.try_set(Some(ReviewFailure::Worker));
                return;
            };
            let change = Change::AllHubs {
                before: current.hubs.clone(),
                after: after.hubs,
            };
            match app.apply(change) {
                Err(ApplyError::Stale(_)) => {
                    failed.try_set(Some(ReviewFailure::Stale));
                }
                // Applied in this tab; the banner says if storage refused to keep it.
                Ok(()) | Err(ApplyError::NotSaved(_)) => on_applied.run(()),
            }
        });
    };
    view! {
        <section class="review" data-testid="review" aria-labelledby="review-title">
            <h3 id="review-title">{move || t().review_title}</h3>
            {notes}
            {differs.then(|| view! {
                <p class="actions">
                    <button type="button" on:click=move |_| set_all(true)>{move || t().review_select_all}</button>
                    <button type="button" on:click=move |_| set_all(false)>{move || t().review_select_none}</button>
                </p>
            })}
            <div node_ref=rows inner_html=markup on:change=move |ev| note(ev.target().and_then(|t| t.dyn_into().ok()))></div>
            <p class="error" role="alert" data-testid="review-failed">{move || failed.get().map(|f| match f {
                ReviewFailure::Worker => t().workbook_failed,
                ReviewFailure::Stale => t().review_stale,
            })}</p>
            <p class="actions">
                {differs.then(|| view! {
                    <button type="button" class="primary" data-testid="review-apply" disabled=move || !any_taken.get() on:click=apply>{move || t().review_apply}</button>
                })}
                <button type="button" data-testid="review-cancel" on:click=move |_| on_close.run(())>
                    {move || if differs { t().cancel } else { t().close }}
                </button>
            </p>
        </section>
    }
}
