//! The end of a long list drawn a part at a time: a marker that draws the next few as it
//! nears the screen, and a button for the rest.

use leptos::prelude::*;

use crate::components::near_screen::{NearScreen, AHEAD_BELOW_PX};
use crate::model::window::{fill_count, ListWindow, STEP};

/// How many items a new list in `list` (the element holding the drawn items) should start
/// with to reach the end of the screen, from where its items are now (see [`fill_count`]).
/// Read as an input begins, before it changes the list, and at most once a frame (the entries
/// view sees to both): the layout is clean then, so this costs no layout of its own.
pub fn fill_for(list: &web_sys::Element) -> usize {
    let Some(screen_end) = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
    else {
        return STEP;
    };
    let rect = list.get_bounding_client_rect();
    let drawn = list.child_element_count();
    let average = if drawn == 0 {
        0.0
    } else {
        rect.height() / f64::from(drawn)
    };
    fill_count(screen_end + AHEAD_BELOW_PX - rect.top(), average)
}

/// Placed after the drawn part of a list of `len` items, of which `window` says how many are
/// drawn. Scrolling near it draws the next few (up to the window's reach); the button, shown
/// while any are left, the next page.
#[component]
pub fn ListEnd(
    /// The list's window as it is now.
    #[prop(into)]
    window: Signal<ListWindow>,
    /// Called with the grown window.
    set_window: Callback<ListWindow>,
    /// How many items the list has.
    #[prop(into)]
    len: Signal<usize>,
    /// What the count of items left is followed by ("件", " hubs").
    #[prop(into)]
    unit: Signal<&'static str>,
) -> impl IntoView {
    let app = crate::state::use_app();
    // Returns whether the list grew (then the end is checked again once drawn).
    let on_near = Callback::new(move |()| {
        let len = len.get_untracked();
        let current = window.get_untracked();
        let grown = current.near_end(len);
        let more = grown.shown(len) > current.shown(len);
        if more {
            set_window.run(grown);
        }
        more
    });
    view! {
        <NearScreen on_near or_passed=true recheck=len/>
        {move || {
            let len = len.get();
            let rest = len.saturating_sub(window.get().shown(len));
            (rest > 0).then(|| view! {
                <button type="button" class="show-more" data-testid="show-more"
                    on:click=move |_| set_window.run(window.get_untracked().more(len))>
                    {format!("{}（{}{}）", app.texts().show_more, rest, unit.get())}
                </button>
            })
        }}
    }
}
