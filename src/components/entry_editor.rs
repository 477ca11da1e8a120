//! The entry editor: a modal dialog to change any field of an entry, add one, or delete it.

use leptos::html::Dialog;
use leptos::prelude::*;

use crate::components::edit_actions::{delete_entry, save_form};
use crate::components::edit_target::use_editor;
use crate::components::editor_fields::{Draft, EditorFields};
use crate::components::unsaved_edit::{keep_unsaved_edits, UnsavedEdit};
use crate::focus::focus_after_edit;
use crate::i18n::entry_place;
use crate::state::use_app;

/// The editor dialog, rendered once by the app.
#[component]
pub fn EntryEditor() -> impl IntoView {
    let app = use_app();
    let editor = use_editor();
    let lang = app.lang;
    let t = move || lang.get().texts();
    let dialog = NodeRef::<Dialog>::new();
    let draft = RwSignal::new(Draft::default());
    let error = RwSignal::new(None::<String>);
    let opener = StoredValue::new_local(None::<web_sys::HtmlElement>);
    // The entry being edited: after a save its card is drawn anew, so focus finds it by id.
    let editing = StoredValue::new(String::new());
    // A form left unsaved by an earlier visit opens again as it was, saying so.
    let restored = StoredValue::new(UnsavedEdit::stored().map(|work| {
        draft.set(work.draft.clone());
        editor.0.set(Some(work.target));
        work.draft
    }));
    let brought_back = RwSignal::new(restored.with_value(Option::is_some));
    keep_unsaved_edits(editor, draft);
    let places = Signal::derive(move || {
        editor.0.with(|t| {
            t.as_ref().map_or_else(Vec::new, |t| {
                let current = (t.entry.section, t.entry.fiscal_year);
                app.report.with(|r| {
                    r.hub(&t.hub)
                        .map_or_else(|| vec![current], |h| h.places(current))
                })
            })
        })
    });

    Effect::new(move |_| {
        let target = editor.0.get();
        let Some(el) = dialog.get() else { return };
        match target {
            Some(target) => {
                let kept = std::mem::take(&mut *restored.write_value());
                draft.set(kept.unwrap_or_else(|| Draft::from_entry(&target.entry)));
                editing.set_value(target.entry.id.clone());
                error.set(None);
                use wasm_bindgen::JsCast;
                opener.set_value(document().active_element().and_then(|e| e.dyn_into().ok()));
                if !el.open() {
                    let _ = el.show_modal();
                }
            }
            None => {
                brought_back.set(false);
                if el.open() {
                    el.close();
                }
                let id = std::mem::take(&mut *editing.write_value());
                focus_after_edit(opener.with_value(|o| o.clone()), id);
            }
        }
    });

    let close = move || editor.0.set(None);
    let changed = move || {
        editor.0.with_untracked(|t| {
            t.as_ref()
                .is_some_and(|t| draft.with_untracked(|d| d.differs_from(&t.entry)))
        })
    };
    // Cancel, Esc: typed text goes only when the coordinator says so.
    let discard = move || {
        let texts = lang.get_untracked().texts();
        if !changed()
            || window()
                .confirm_with_message(texts.confirm_discard)
                .unwrap_or(false)
        {
            close();
        }
    };
    let on_cancel = move |ev: leptos::ev::Event| {
        ev.prevent_default();
        discard();
    };
    // The browser may close the dialog despite the above (Esc pressed twice): it opens again
    // while its form holds unsaved changes.
    let on_close = move |_| match dialog.get_untracked() {
        Some(el) if changed() => {
            let _ = el.show_modal();
        }
        _ => close(),
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(target) = editor.0.get_untracked() else {
            return;
        };
        match draft.with_untracked(|d| save_form(app, &target, d, lang.get_untracked())) {
            Ok(()) => close(),
            Err(problem) => error.set(Some(problem)),
        }
    };
    let delete = move |_| {
        let Some(target) = editor.0.get_untracked() else {
            return;
        };
        let Some(index) = target.index else { return };
        let texts = lang.get_untracked().texts();
        if !window()
            .confirm_with_message(texts.confirm_delete)
            .unwrap_or(false)
        {
            return;
        }
        match delete_entry(app, target, index, lang.get_untracked()) {
            Ok(()) => close(),
            Err(problem) => error.set(Some(problem)),
        }
    };
    view! {
        <dialog node_ref=dialog class="editor" aria-labelledby="editor-title" on:cancel=on_cancel on:close=on_close>
            <form on:submit=save>
                <h2 id="editor-title">{move || {
                    let new = editor.0.with(|t| t.as_ref().is_some_and(|t| t.index.is_none()));
                    if new { t().new_entry } else { t().edit_entry }
                }}</h2>
                // Where the entry is, as the report names it (its id means nothing to a reader).
                <p class="sub">{move || editor.0.with(|t| t.as_ref().map(|t| {
                    let area = app.report.with(|r| r.hub(&t.hub).map(|h| h.area.clone())).unwrap_or_default();
                    entry_place(lang.get(), &area, &t.entry)
                }).unwrap_or_default())}</p>
                {move || brought_back.get().then(|| view! { <p class="notice" role="status" data-testid="editor-restored">{t().editor_restored}</p> })}
                <EditorFields draft places/>
                <p class="error" role="alert">{move || error.get()}</p>
                <div class="editor-actions">
                    <button type="submit" class="primary" data-testid="editor-save">{move || t().save}</button>
                    <button type="button" on:click=move |_| discard()>{move || t().cancel}</button>
                    {move || editor.0.with(|t| t.as_ref().is_some_and(|t| t.index.is_some())).then(|| view! {
                        <button type="button" class="danger" data-testid="editor-delete" on:click=delete>{t().delete}</button>
                    })}
                </div>
            </form>
        </dialog>
    }
}
