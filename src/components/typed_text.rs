//! Text typed in a search box, once an input method has settled it.
//!
//! A reading typed in kana (かんご) is not yet the word looked for (看護): searching for it
//! would flash 「0件」 at every Japanese user. While an input method (IME) composes, the box's
//! input events are skipped; its `compositionend` (after the last of them) brings the text.

use leptos::prelude::event_target_value;
use wasm_bindgen::JsCast;

/// The field's text, or `None` while an input method is still composing it.
pub fn settled_text(ev: &web_sys::Event) -> Option<String> {
    // Unchecked: an `input` event is an `InputEvent`, and a plain `Event` has no such flag
    // (read as false); the `instanceof` check cost first-load bytes.
    let composing = ev.unchecked_ref::<web_sys::InputEvent>().is_composing();
    (!composing).then(|| event_target_value(ev))
}
