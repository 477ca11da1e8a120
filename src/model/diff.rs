//! What differs between two reports (the bundled one and the edited one), entry by entry,
//! and the change that reverts one difference.

use std::collections::HashMap;

use super::edit::Change;
use super::report::Report;
use super::types::Entry;

/// How an entry differs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiffKind {
    /// Only in the edited report.
    Added,
    /// Only in the original.
    Removed,
    /// In both, with different content.
    Modified,
}

/// One entry's difference.
#[derive(Clone, Debug, PartialEq)]
pub struct EntryDiff {
    /// The hub's id.
    pub hub: String,
    /// The entry's id.
    pub id: String,
    /// Added, removed or modified.
    pub kind: DiffKind,
    /// The original entry.
    pub before: Option<Entry>,
    /// The edited entry.
    pub after: Option<Entry>,
}

/// Hubs added or removed as a whole, and entry differences, in report order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReportDiff {
    /// Ids of hubs only in the edited report.
    pub hubs_added: Vec<String>,
    /// Ids of hubs only in the original.
    pub hubs_removed: Vec<String>,
    /// Hubs present in both whose details or headings differ.
    pub hubs_modified: Vec<String>,
    /// Entry differences.
    pub entries: Vec<EntryDiff>,
}

impl ReportDiff {
    /// True when the reports are the same.
    pub fn is_empty(&self) -> bool {
        self.hubs_added.is_empty()
            && self.hubs_removed.is_empty()
            && self.hubs_modified.is_empty()
            && self.entries.is_empty()
    }

    /// Ids of entries that are added or modified (those a view marks as edited).
    pub fn edited_ids(&self) -> std::collections::HashSet<String> {
        self.entries
            .iter()
            .filter(|d| d.kind != DiffKind::Removed)
            .map(|d| d.id.clone())
            .collect()
    }
}

/// Compares `original` with `edited`.
pub fn diff(original: &Report, edited: &Report) -> ReportDiff {
    let mut out = ReportDiff::default();
    for hub in &edited.hubs {
        let Some(old) = original.hub(&hub.id) else {
            out.hubs_added.push(hub.id.clone());
            out.entries.extend(hub.entries.iter().map(|e| EntryDiff {
                hub: hub.id.clone(),
                id: e.id.clone(),
                kind: DiffKind::Added,
                before: None,
                after: Some(e.clone()),
            }));
            continue;
        };
        let details_differ = (
            &old.document,
            &old.area,
            &old.municipalities,
            &old.organisation,
            &old.contractors,
            &old.sections,
        ) != (
            &hub.document,
            &hub.area,
            &hub.municipalities,
            &hub.organisation,
            &hub.contractors,
            &hub.sections,
        );
        if details_differ {
            out.hubs_modified.push(hub.id.clone());
        }
        let old_by_id: HashMap<&str, &Entry> =
            old.entries.iter().map(|e| (e.id.as_str(), e)).collect();
        let new_ids: std::collections::HashSet<&str> =
            hub.entries.iter().map(|e| e.id.as_str()).collect();
        for e in &hub.entries {
            match old_by_id.get(e.id.as_str()) {
                None => out.entries.push(EntryDiff {
                    hub: hub.id.clone(),
                    id: e.id.clone(),
                    kind: DiffKind::Added,
                    before: None,
                    after: Some(e.clone()),
                }),
                Some(o) if *o != e => out.entries.push(EntryDiff {
                    hub: hub.id.clone(),
                    id: e.id.clone(),
                    kind: DiffKind::Modified,
                    before: Some((*o).clone()),
                    after: Some(e.clone()),
                }),
                Some(_) => {}
            }
        }
        for o in old
            .entries
            .iter()
            .filter(|o| !new_ids.contains(o.id.as_str()))
        {
            out.entries.push(EntryDiff {
                hub: hub.id.clone(),
                id: o.id.clone(),
                kind: DiffKind::Removed,
                before: Some(o.clone()),
                after: None,
            });
        }
    }
    for hub in original.hubs.iter().filter(|h| edited.hub(&h.id).is_none()) {
        out.hubs_removed.push(hub.id.clone());
    }
    out
}

/// The change that puts one entry back as it is in `original` (undoable like any edit).
pub fn revert_entry(original: &Report, edited: &Report, hub: &str, id: &str) -> Option<Change> {
    let current = edited.hub(hub)?;
    let now_at = current.entries.iter().position(|e| e.id == id);
    let old_hub = original.hub(hub);
    let old_at = old_hub.and_then(|h| h.entries.iter().position(|e| e.id == id));
    match (now_at, old_at) {
        (Some(i), Some(j)) => Some(Change::Entry {
            hub: hub.into(),
            index: i,
            before: Some(current.entries[i].clone()),
            after: Some(old_hub?.entries[j].clone()),
        }),
        (Some(i), None) => Some(Change::Entry {
            hub: hub.into(),
            index: i,
            before: Some(current.entries[i].clone()),
            after: None,
        }),
        (None, Some(j)) => Some(Change::Entry {
            hub: hub.into(),
            index: j.min(current.entries.len()),
            before: None,
            after: Some(old_hub?.entries[j].clone()),
        }),
        (None, None) => None,
    }
}
