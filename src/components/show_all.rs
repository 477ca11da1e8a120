//! The foot of a list drawn up to a limit: how many items it draws of how many, and a button
//! that draws the rest.

use leptos::prelude::*;

use crate::i18n::drawn_of;
use crate::model::window::Drawn;
use crate::state::use_app;

/// Shown after a list of `len` items of which `drawn` says how many are drawn; nothing while
/// every item is drawn (always, with the bundled report).
#[component]
pub fn ShowAll(
    /// How much of the list is drawn.
    #[prop(into)]
    drawn: Signal<Drawn>,
    /// Called when the reader asks for every item.
    on_show_all: Callback<()>,
    /// How many items the list has.
    #[prop(into)]
    len: Signal<usize>,
    /// What a count of items is followed by ("件", " hubs").
    #[prop(into)]
    unit: Signal<&'static str>,
    /// How many items are drawn, where a list counts them otherwise than `drawn` does (whole
    /// hubs up to a count of cards).
    #[prop(optional, into)]
    shown: Option<Signal<usize>>,
) -> impl IntoView {
    let app = use_app();
    move || {
        let (len, drawn) = (len.get(), drawn.get());
        let count = shown.map_or_else(|| drawn.count(len), |s| s.get());
        (count < len).then(|| {
            let lang = app.lang.get();
            view! {
                <p class="show-all" data-testid="drawn-note">
                    {drawn_of(lang, count, len, unit.get())}
                    " "
                    <button type="button" data-testid="show-all" on:click=move |_| on_show_all.run(())>
                        {lang.paren(lang.texts().show_all, &format!("{len}{}", unit.get()))}
                    </button>
                </p>
            }
        })
    }
}
