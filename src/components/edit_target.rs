//! What the entry editor edits, and how views open it: cards and hub pages set the target.

use leptos::prelude::*;

use crate::model::Entry;

/// What the editor is editing: an existing entry (`index`) or a new one.
#[derive(Clone, Debug, PartialEq)]
pub struct EditTarget {
    /// The hub's id.
    pub hub: String,
    /// Position of the entry in the hub, or `None` for a new entry.
    pub index: Option<usize>,
    /// The entry as it is (or the new entry's defaults).
    pub entry: Entry,
}

/// Opens the editor; provided by the app, used by entry cards and hub pages.
#[derive(Clone, Copy)]
pub struct Editor(pub RwSignal<Option<EditTarget>>);

/// The editor from context.
pub fn use_editor() -> Editor {
    expect_context::<Editor>()
}
