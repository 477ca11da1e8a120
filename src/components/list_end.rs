//! The end of a long list drawn a part at a time: a marker that draws the next few as it
//! nears the screen, and a button for the rest.

use leptos::prelude::*;

use crate::components::near_screen::NearScreen;
use crate::model::window::ListWindow;

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
