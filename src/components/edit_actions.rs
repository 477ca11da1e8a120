//! What the entry editor's buttons do to the report: save the form as the entry, delete it.

use leptos::prelude::*;

use crate::components::edit_target::EditTarget;
use crate::components::editor_fields::Draft;
use crate::i18n::Lang;
use crate::model::edit::Change;
use crate::state::{AppState, ApplyError};

/// Saves `draft` as the entry `target` names (a new one at the hub's end), or says in `lang`
/// what is wrong: the form, or the entry having changed in another tab. Storage refusing to
/// keep it is not a reason to keep the dialog open: the banner says so.
pub fn save_form(
    app: AppState,
    target: &EditTarget,
    draft: &Draft,
    lang: Lang,
) -> Result<(), String> {
    let entry = draft.to_entry(&target.entry, lang)?;
    let index = target.index.unwrap_or_else(|| {
        app.report
            .with_untracked(|r| r.hub(&target.hub).map_or(0, |h| h.entries.len()))
    });
    let change = Change::Entry {
        hub: target.hub.clone(),
        index,
        before: target.index.map(|_| target.entry.clone()),
        after: Some(entry),
    };
    match app.apply(change) {
        Err(ApplyError::Stale(_)) => Err(lang.texts().edit_stale.into()),
        Ok(()) | Err(ApplyError::NotSaved(_)) => Ok(()),
    }
}

/// Deletes the entry `target` holds at `index` and announces it, or says in `lang` that it
/// changed in another tab meanwhile.
pub fn delete_entry(
    app: AppState,
    target: EditTarget,
    index: usize,
    lang: Lang,
) -> Result<(), String> {
    let deleted = app.apply(Change::Entry {
        hub: target.hub,
        index,
        before: Some(target.entry),
        after: None,
    });
    if let Err(ApplyError::Stale(_)) = deleted {
        return Err(lang.texts().edit_stale.into());
    }
    app.announcement.set(lang.texts().deleted.into());
    Ok(())
}
