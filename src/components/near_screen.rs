//! A marker that tells when it comes near the screen: the end of a long list (which then
//! draws its next few items) or a chart below the fold (which is drawn only then).

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::*;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

/// How far above or below the screen counts as near: half a screen or so drawn ahead. Every
/// search draws its list anew, and what lies further ahead is drawn for nothing until one
/// scrolls.
const AHEAD: &str = "400px 0px 400px 0px";
/// How far below the screen a marker that also counts as near anywhere above it (`or_passed`)
/// looks, in CSS pixels: a jump to the foot of a page taller than the list (the filters beside
/// it) passes its end between two frames, and an observer never sees it cross. Less ahead
/// below than [`AHEAD`]: a list's next few are drawn within a frame, and drawing them ahead
/// for every keystroke would double its cost. A list whose end lies beyond it is long enough.
pub const AHEAD_BELOW_PX: f64 = 200.0;

/// A box around `children` (or an empty marker); calls `on_near` when any of it is within
/// [`AHEAD`] of the screen. If `on_near` returns true (it drew more, and the box may still be
/// near), it is asked again. A box as tall as what it holds is seen however far one jumps.
#[component]
pub fn NearScreen(
    /// Called when the box is near the screen; returns whether to look again.
    on_near: Callback<(), bool>,
    /// Also near anywhere above the screen (the end of a list, which one may jump past).
    #[prop(optional)]
    or_passed: bool,
    /// A value whose rise means "look again" (a list's length): an observer reports only
    /// crossings, and a list that grows while its end is on screen crosses nothing. Only a
    /// rise: each keystroke changes a result list's length, and looking again each time cost
    /// ~8 ms of script a key at all-Japan scale, 4× (a list that shrinks moves its end up
    /// the page, which an observer does see).
    #[prop(optional, into)]
    recheck: Option<Signal<usize>>,
    /// What the box holds.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let marker = NodeRef::<leptos::html::Div>::new();
    let callback = Closure::<dyn FnMut(js_sys::Array, IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: IntersectionObserver| {
            // The latest report is the current state (several may arrive at once).
            let Ok(entry) = entries.pop().dyn_into::<IntersectionObserverEntry>() else {
                return;
            };
            if entry.is_intersecting() && on_near.run(()) {
                // Observing anew reports the state after the drawing (a plain observer only
                // reports changes, and the marker may still be near).
                observer.unobserve(&entry.target());
                observer.observe(&entry.target());
            }
        },
    );
    let init = IntersectionObserverInit::new();
    init.set_root_margin(&if or_passed {
        format!("1000000px 0px {AHEAD_BELOW_PX}px 0px")
    } else {
        AHEAD.to_string()
    });
    let observer =
        IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init).ok();
    if let Some(observer) = observer.clone() {
        marker.on_load(move |el| observer.observe(&el));
    }
    if let (Some(observer), Some(recheck)) = (observer.clone(), recheck) {
        let observer = SendWrapper::new(observer);
        // Observing anew reports where the marker is now.
        Effect::new(move |before: Option<usize>| {
            let now = recheck.get();
            if let (Some(before), Some(el)) = (before, marker.get_untracked()) {
                if now > before {
                    observer.unobserve(&el);
                    observer.observe(&el);
                }
            }
            now
        });
    }
    let owned = SendWrapper::new((observer, callback));
    on_cleanup(move || {
        let (observer, _callback) = owned.take();
        if let Some(observer) = observer {
            observer.disconnect();
        }
    });
    match children {
        Some(children) => {
            view! { <div class="near-screen" node_ref=marker>{children()}</div> }.into_any()
        }
        None => {
            view! { <div class="near-screen" node_ref=marker aria-hidden="true"></div> }.into_any()
        }
    }
}
