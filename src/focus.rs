//! Moving keyboard focus where an action leaves it, so a keyboard or screen-reader user keeps
//! their place (WCAG 2.4.3).

use leptos::prelude::document;
use wasm_bindgen::JsCast;

/// Focuses `el` if it can take focus; true if it was an element to focus.
pub fn focus(el: web_sys::Element) -> bool {
    el.dyn_into::<web_sys::HtmlElement>()
        .map(|el| {
            let _ = el.focus();
        })
        .is_ok()
}

/// Focuses the element with id `id`; true if there was one.
pub fn focus_by_id(id: &str) -> bool {
    document().get_element_by_id(id).is_some_and(focus)
}

/// Focuses the first element matching `selector`, or else the one with id `fallback`.
pub fn focus_first_or(selector: &str, fallback: &str) {
    focus_nth_or(selector, 0, fallback);
}

/// Focuses the `n`-th element matching `selector` (the last when there are fewer), or else
/// the one with id `fallback`: where a removed row's neighbour now stands.
pub fn focus_nth_or(selector: &str, n: usize, fallback: &str) {
    let found = document()
        .query_selector_all(selector)
        .ok()
        .and_then(|list| {
            let last = list.length().checked_sub(1)?;
            list.item((n as u32).min(last))
        });
    match found.and_then(|node| node.dyn_into::<web_sys::Element>().ok()) {
        Some(el) => {
            focus(el);
        }
        None => {
            focus_by_id(fallback);
        }
    }
}

/// Focuses the first heading of the main region (made focusable by script, not by Tab), or
/// the region itself; nothing while a modal dialog holds focus.
pub fn focus_view_heading() {
    let doc = document();
    if doc.query_selector("dialog[open]").ok().flatten().is_some() {
        return;
    }
    match doc.query_selector("main h1, main h2").ok().flatten() {
        Some(heading) => {
            if !heading.has_attribute("tabindex") {
                let _ = heading.set_attribute("tabindex", "-1");
            }
            focus(heading);
        }
        None => {
            focus_by_id("main");
        }
    }
}

/// Where focus goes when the entry editor closes: back to `opener`, what opened it; or, when a
/// save drew the card anew (or the editor was opened again after a reload, with no opener), to
/// the edit button of entry `edited` once drawn, the main region if it is gone. With nothing
/// edited (the app starting) focus stays where it is.
pub fn focus_after_edit(opener: Option<web_sys::HtmlElement>, edited: String) {
    let body = document().body();
    match opener {
        Some(o) if o.is_connected() && body.as_ref() != Some(&o) => {
            let _ = o.focus();
        }
        _ if !edited.is_empty() => leptos::prelude::request_animation_frame(move || {
            let selector = format!(
                r#"[data-entry-id="{}"] .edit-button"#,
                edited.replace(['"', '\\'], "")
            );
            focus_first_or(&selector, "main");
        }),
        _ => {}
    }
}
