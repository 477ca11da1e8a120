//! The end of a long list: tells the list when it comes near the screen, so the list can
//! render its next few items (the rest of a window of results is drawn as the user scrolls).

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::*;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

/// How far below the screen the end counts as near: about a screen of cards drawn ahead.
const AHEAD: &str = "0px 0px 1000px 0px";

/// An empty marker after a list; calls `on_near` each time it is within [`AHEAD`] of the
/// screen, and again after each call while it stays near (the list grew but not enough).
#[component]
pub fn ListEnd(
    /// Called when the end of the list is near the screen.
    on_near: Callback<()>,
) -> impl IntoView {
    let marker = NodeRef::<leptos::html::Div>::new();
    let callback = Closure::<dyn FnMut(js_sys::Array, IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: IntersectionObserver| {
            // The latest report is the current state (several may arrive at once).
            let Ok(entry) = entries.pop().dyn_into::<IntersectionObserverEntry>() else {
                return;
            };
            if entry.is_intersecting() {
                on_near.run(());
                // Observing anew reports the state after the list has grown (a plain
                // observer only reports changes, and the marker may still be near).
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
    view! { <div class="list-end" node_ref=marker aria-hidden="true"></div> }
}
