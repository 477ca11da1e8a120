//! A visible note that an action is done, with a link to what it changed. It takes focus when
//! drawn: the control that did the action is gone or now means something else (WCAG 2.4.3).

use leptos::html::P;
use leptos::prelude::*;

use crate::components::app_link::AppLink;
use crate::state::use_app;

/// `text`, then a link to the changes view.
#[component]
pub fn DoneNote(
    /// What was done, in the language shown.
    #[prop(into)]
    text: Signal<&'static str>,
) -> impl IntoView {
    let app = use_app();
    let node = NodeRef::<P>::new();
    Effect::new(move |_| {
        if let Some(el) = node.get() {
            let _ = el.focus();
        }
    });
    view! {
        <p node_ref=node class="done-note" tabindex="-1" data-testid="done-note">
            {text}" "<AppLink path="/changes">{move || app.texts().see_changes}</AppLink>
        </p>
    }
}
