//! The editor's unsaved work, kept in this tab's storage on every change and brought back when
//! the app starts again (a reload, or Back past the app); closing the tab asks first.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::components::editor_fields::Draft;
use crate::components::entry_editor::{EditTarget, Editor};
use crate::storage;

/// What was being edited, and the form as it was left.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UnsavedEdit {
    /// The entry being edited, as it was when the editor opened.
    pub target: EditTarget,
    /// The form's text.
    pub draft: Draft,
}

impl UnsavedEdit {
    /// Whether the form differs from the entry it was opened on.
    pub fn is_changed(&self) -> bool {
        self.draft.differs_from(&self.target.entry)
    }

    /// The work stored by an earlier visit, if any can be read.
    pub fn stored() -> Option<UnsavedEdit> {
        // Read through a `Value`, as every file is: one JSON text reader in the wasm.
        let value = serde_json::from_str(&storage::load_unsaved_edit()?).ok()?;
        serde_json::from_value(value).ok()
    }
}

/// Keeps a copy of the editor's changed form in storage, and drops it once the form is saved,
/// discarded or unchanged; while there is one, leaving the page asks first. Best effort: with
/// storage full the editor works as before.
pub fn keep_unsaved_edits(editor: Editor, draft: RwSignal<Draft>) {
    let changed = StoredValue::new(false);
    let leaving = window_event_listener(leptos::ev::beforeunload, move |ev| {
        if changed.get_value() {
            ev.prevent_default();
        }
    });
    on_cleanup(move || leaving.remove());
    Effect::new(move |_| {
        let work = editor.0.get().map(|target| UnsavedEdit {
            target,
            draft: draft.get(),
        });
        let work = work.filter(UnsavedEdit::is_changed);
        changed.set_value(work.is_some());
        match work {
            Some(work) => match serde_json::to_string(&work) {
                Ok(text) => storage::save_unsaved_edit(&text),
                Err(_) => storage::clear_unsaved_edit(),
            },
            None => storage::clear_unsaved_edit(),
        }
    });
}
