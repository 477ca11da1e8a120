//! The editor's unsaved work, kept in this tab's storage on every change and brought back when
//! the app starts again (a reload, or Back past the app); closing the tab asks first.

use leptos::prelude::*;
use serde_json::Value;

use crate::components::edit_target::{EditTarget, Editor};
use crate::components::editor_fields::Draft;
use crate::storage;

/// What was being edited, and the form as it was left.
#[derive(Clone, Debug, PartialEq)]
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

    /// The work as stored: a JSON list of texts (hub, entry index or "", the entry as JSON, then
    /// the form's fields). Texts, not derived serde: 2 KB less first load (BENCHMARKS.md).
    fn to_text(&self) -> Option<String> {
        let target = &self.target;
        let head = [
            target.hub.clone(),
            target.index.map(|i| i.to_string()).unwrap_or_default(),
            serde_json::to_string(&target.entry).ok()?,
        ];
        let texts: Vec<String> = head.into_iter().chain(self.draft.to_texts()).collect();
        serde_json::to_string(&texts).ok()
    }

    /// The work `to_text` stored, if `text` is one.
    fn from_text(text: &str) -> Option<UnsavedEdit> {
        // Read through a `Value`, as every file is: one JSON text reader in the wasm.
        let value: Value = serde_json::from_str(text).ok()?;
        let texts = value
            .as_array()?
            .iter()
            .map(Value::as_str)
            .collect::<Option<Vec<_>>>()?;
        let [hub, index, entry, form @ ..] = texts.as_slice() else {
            return None;
        };
        let entry = serde_json::from_value(serde_json::from_str(entry).ok()?).ok()?;
        Some(UnsavedEdit {
            target: EditTarget {
                hub: hub.to_string(),
                index: if index.is_empty() {
                    None
                } else {
                    Some(index.parse().ok()?)
                },
                entry,
            },
            draft: Draft::from_texts(form)?,
        })
    }

    /// The work stored by an earlier visit, if any can be read.
    pub fn stored() -> Option<UnsavedEdit> {
        UnsavedEdit::from_text(&storage::load_unsaved_edit()?)
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
            Some(work) => match work.to_text() {
                Some(text) => storage::save_unsaved_edit(&text),
                None => storage::clear_unsaved_edit(),
            },
            None => storage::clear_unsaved_edit(),
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Report;

    fn bundled_entry() -> crate::model::Entry {
        Report::bundled().hubs[0].entries[0].clone()
    }

    #[test]
    fn a_kept_form_comes_back_as_it_was_typed() {
        let entry = bundled_entry();
        // Quotes, newlines, an unparsed facts text and a theme id with a space survive.
        let form = [
            "「会議」\n\"二行目\"",
            "3",
            "③-1",
            "plan",
            "2025",
            "ongoing",
            "{ \"x\": ",
            "acp",
            "a b",
        ];
        let work = UnsavedEdit {
            target: EditTarget {
                hub: "habikino".into(),
                index: Some(4),
                entry: entry.clone(),
            },
            draft: Draft::from_texts(&form).expect("a form"),
        };
        let back = UnsavedEdit::from_text(&work.to_text().expect("text")).expect("read back");
        assert_eq!(back, work);
        assert_eq!(back.draft.to_texts(), form);
        let new_entry = UnsavedEdit {
            target: EditTarget {
                index: None,
                ..work.target.clone()
            },
            ..work
        };
        let back = UnsavedEdit::from_text(&new_entry.to_text().expect("text")).expect("read back");
        assert_eq!(back.target.index, None);
    }

    #[test]
    fn text_that_is_not_a_kept_form_is_ignored() {
        for text in [
            "",
            "{}",
            "[1,2]",
            "[\"h\",\"x\",\"{}\"]",
            "[\"h\",\"\",\"{}\",\"t\"]",
        ] {
            assert_eq!(UnsavedEdit::from_text(text), None, "{text}");
        }
    }
}
