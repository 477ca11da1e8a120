//! What differs between two reports (the bundled one and the edited one), entry by entry,
//! and the change that reverts one difference.

use std::collections::{HashMap, HashSet};

use super::edit::Change;
use super::report::Report;
use super::types::{Entry, Hub};

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
}

/// One difference, borrowed from the two reports (nothing is copied to find it).
enum Difference<'a> {
    /// A hub only in the edited report (its entries follow as `Entry` differences).
    HubAdded(&'a str),
    /// A hub only in the original.
    HubRemoved(&'a str),
    /// A hub in both whose details or headings differ.
    HubModified(&'a str),
    /// An entry added, removed or modified, in the hub with this id.
    Entry {
        hub: &'a str,
        kind: DiffKind,
        before: Option<&'a Entry>,
        after: Option<&'a Entry>,
    },
}

/// Calls `visit` with every difference between `original` and `edited`, in report order.
fn each_difference<'a>(
    original: &'a Report,
    edited: &'a Report,
    mut visit: impl FnMut(Difference<'a>),
) {
    let original_hubs: HashMap<&str, &Hub> =
        original.hubs.iter().map(|h| (h.id.as_str(), h)).collect();
    for hub in &edited.hubs {
        let entry = |kind, before, after| Difference::Entry {
            hub: &hub.id,
            kind,
            before,
            after,
        };
        let Some(old) = original_hubs.get(hub.id.as_str()) else {
            visit(Difference::HubAdded(&hub.id));
            for e in &hub.entries {
                visit(entry(DiffKind::Added, None, Some(e)));
            }
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
            visit(Difference::HubModified(&hub.id));
        }
        let old_by_id: HashMap<&str, &Entry> =
            old.entries.iter().map(|e| (e.id.as_str(), e)).collect();
        let new_ids: HashSet<&str> = hub.entries.iter().map(|e| e.id.as_str()).collect();
        for e in &hub.entries {
            match old_by_id.get(e.id.as_str()) {
                None => visit(entry(DiffKind::Added, None, Some(e))),
                Some(o) if *o != e => visit(entry(DiffKind::Modified, Some(*o), Some(e))),
                Some(_) => {}
            }
        }
        for o in old
            .entries
            .iter()
            .filter(|o| !new_ids.contains(o.id.as_str()))
        {
            visit(entry(DiffKind::Removed, Some(o), None));
        }
    }
    let edited_hubs: HashSet<&str> = edited.hubs.iter().map(|h| h.id.as_str()).collect();
    for hub in original
        .hubs
        .iter()
        .filter(|h| !edited_hubs.contains(h.id.as_str()))
    {
        visit(Difference::HubRemoved(&hub.id));
    }
}

/// Compares `original` with `edited`.
pub fn diff(original: &Report, edited: &Report) -> ReportDiff {
    let mut out = ReportDiff::default();
    each_difference(original, edited, |d| match d {
        Difference::HubAdded(id) => out.hubs_added.push(id.into()),
        Difference::HubRemoved(id) => out.hubs_removed.push(id.into()),
        Difference::HubModified(id) => out.hubs_modified.push(id.into()),
        Difference::Entry {
            hub,
            kind,
            before,
            after,
        } => out.entries.push(EntryDiff {
            hub: hub.into(),
            id: after.or(before).map(|e| e.id.clone()).unwrap_or_default(),
            kind,
            before: before.cloned(),
            after: after.cloned(),
        }),
    });
    out
}

/// Whether `entry` of the hub `hub` is added or modified against `original` (what a view
/// marks as edited). Asked per entry drawn, so an edit costs nothing more: a set of every
/// edited id, built again on each change, took most of a second after an all-Japan import.
pub fn is_edited(original: &Report, hub: &str, entry: &Entry) -> bool {
    original
        .hub(hub)
        .and_then(|h| h.entries.iter().find(|e| e.id == entry.id))
        != Some(entry)
}

/// How much differs, counted without copying anything.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DiffCounts {
    /// Entries added, removed or modified.
    pub entries: usize,
    /// Hubs only in the edited report.
    pub hubs_added: usize,
    /// Hubs only in the original.
    pub hubs_removed: usize,
}

/// Counts the differences between `original` and `edited`.
pub fn count_differences(original: &Report, edited: &Report) -> DiffCounts {
    let mut counts = DiffCounts::default();
    each_difference(original, edited, |d| match d {
        Difference::HubAdded(_) => counts.hubs_added += 1,
        Difference::HubRemoved(_) => counts.hubs_removed += 1,
        Difference::HubModified(_) => {}
        Difference::Entry { .. } => counts.entries += 1,
    });
    counts
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
