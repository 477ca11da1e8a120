//! A box that tells when it first comes near the screen: a chart below the fold is drawn only
//! then (see BENCHMARKS.md, session 12: the dashboard's first visit).

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::*;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

/// How far above or below the screen counts as near: about half a screen drawn ahead.
const AHEAD: &str = "400px 0px 400px 0px";

/// A box around `children`; calls `on_near` when any of it is within [`AHEAD`] of the screen.
/// If `on_near` returns true (it drew something, and the box may still be near), it is asked
/// again. A box as tall as what it holds is seen however far one jumps.
#[component]
pub fn NearScreen(
    /// Called when the box is near the screen; returns whether to look again.
    on_near: Callback<(), bool>,
    /// What the box holds.
    children: Children,
) -> impl IntoView {
    let marker = NodeRef::<leptos::html::Div>::new();
    let callback = Closure::<dyn FnMut(js_sys::Array, IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: IntersectionObserver| {
            // The latest report is the current state (several may arrive at once).
            let Ok(entry) = entries.pop().dyn_into::<IntersectionObserverEntry>() else {
                return;
            };
            if entry.is_intersecting() && on_near.run(()) {
                // Observing anew reports the state after the drawing.
                observer.unobserve(&entry.target());
                observer.observe(&entry.target());
            }
        },
    );
    let init = IntersectionObserverInit::new();
    init.set_root_margin(AHEAD);
    let observer =
        IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init).ok();
    if let Some(observer) = observer.clone() {
        marker.on_load(move |el| observer.observe(&el));
    }
    let owned = SendWrapper::new((observer, callback));
    on_cleanup(move || {
        let (observer, _callback) = owned.take();
        if let Some(observer) = observer {
            observer.disconnect();
        }
    });
    view! { <div class="near-screen" node_ref=marker>{children()}</div> }
}
