//! Undo / redo with their keyboard shortcuts, and whether edits are saved.

use leptos::ev;
use leptos::prelude::*;

use crate::state::{use_app, SaveState};

/// True when a key event belongs to a text field (whose own undo must keep working).
fn in_text_field(ev: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.has_attribute("contenteditable")
        })
}

/// The edit toolbar; also installs Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) for the whole page.
#[component]
pub fn Toolbar() -> impl IntoView {
    let app = use_app();
    let t = move || app.texts();
    let handle = window_event_listener(ev::keydown, move |ev| {
        if !(ev.ctrl_key() || ev.meta_key()) || in_text_field(&ev) {
            return;
        }
        match (ev.key().to_lowercase().as_str(), ev.shift_key()) {
            ("z", false) => {
                ev.prevent_default();
                app.undo();
            }
            ("z", true) | ("y", false) => {
                ev.prevent_default();
                app.redo();
            }
            _ => {}
        }
    });
    on_cleanup(move || handle.remove());
    view! {
        <div class="toolbar">
            <button type="button" data-testid="undo" disabled=move || !app.can_undo.get() on:click=move |_| app.undo()
                aria-keyshortcuts="Control+Z" title="Ctrl+Z">{move || t().undo}</button>
            <button type="button" data-testid="redo" disabled=move || !app.can_redo.get() on:click=move |_| app.redo()
                aria-keyshortcuts="Control+Shift+Z" title="Ctrl+Shift+Z">{move || t().redo}</button>
            <crate::components::lang_sync::LangToggle/>
            <crate::components::edition_choice::EditionChoice/>
            <span class="save-state" data-testid="save-state">
                {move || match app.save_state.get() {
                    SaveState::Saved => t().saved,
                    _ => "",
                }}
            </span>
        </div>
    }
}
