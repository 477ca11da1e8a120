//! What differs between two reports (the bundled one and the edited one), entry by entry,
//! and the change that reverts one difference.

use std::collections::{HashMap, HashSet};

use super::edit::Change;
use super::index::EntryRef;
use super::report::Report;
use super::types::{Category, Entry, Status};

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

/// One entry's difference, as positions in the two reports compared: nothing is copied (an
/// imported all-Japan report differs in every one of ~100k entries, and copying them all
/// froze the changes view for half a second on a slow machine).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EntryDiff {
    /// Added, removed or modified.
    pub kind: DiffKind,
    /// Where the entry is in the original report.
    pub before: Option<EntryRef>,
    /// Where the entry is in the edited report.
    pub after: Option<EntryRef>,
}

impl EntryDiff {
    /// The original entry, in the `original` report the diff was made from.
    pub fn before<'a>(&self, original: &'a Report) -> Option<&'a Entry> {
        self.before.map(|at| at.resolve(original).1)
    }

    /// The edited entry, in the `edited` report the diff was made from.
    pub fn after<'a>(&self, edited: &'a Report) -> Option<&'a Entry> {
        self.after.map(|at| at.resolve(edited).1)
    }

    /// The entry's hub id and id, from the reports the diff was made from.
    pub fn ids<'a>(&self, original: &'a Report, edited: &'a Report) -> (&'a str, &'a str) {
        let (hub, entry) = match (self.after, self.before) {
            (Some(at), _) => at.resolve(edited),
            (None, Some(at)) => at.resolve(original),
            (None, None) => return ("", ""),
        };
        (&hub.id, &entry.id)
    }
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
    /// An entry added, removed or modified, with where it is in each report.
    Entry(EntryDiff),
}

/// Each item by its id, with its position.
fn by_id<T>(items: &[T], id: impl Fn(&T) -> &String) -> HashMap<&str, (usize, &T)> {
    items
        .iter()
        .enumerate()
        .map(|(i, item)| (id(item).as_str(), (i, item)))
        .collect()
}

/// Calls `visit` with every difference between `original` and `edited`, in report order.
fn each_difference<'a>(
    original: &'a Report,
    edited: &'a Report,
    mut visit: impl FnMut(Difference<'a>),
) {
    let original_hubs = by_id(&original.hubs, |h| &h.id);
    let entry = |kind, before, after| {
        Difference::Entry(EntryDiff {
            kind,
            before,
            after,
        })
    };
    for (h, hub) in edited.hubs.iter().enumerate() {
        let at = |entry| Some(EntryRef { hub: h, entry });
        let Some(&(old_h, old)) = original_hubs.get(hub.id.as_str()) else {
            visit(Difference::HubAdded(&hub.id));
            for i in 0..hub.entries.len() {
                visit(entry(DiffKind::Added, None, at(i)));
            }
            continue;
        };
        let was_at = |entry| Some(EntryRef { hub: old_h, entry });
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
        let old_by_id = by_id(&old.entries, |e| &e.id);
        let new_ids: HashSet<&str> = hub.entries.iter().map(|e| e.id.as_str()).collect();
        for (i, e) in hub.entries.iter().enumerate() {
            match old_by_id.get(e.id.as_str()) {
                None => visit(entry(DiffKind::Added, None, at(i))),
                Some(&(j, o)) if o != e => visit(entry(DiffKind::Modified, was_at(j), at(i))),
                Some(_) => {}
            }
        }
        for (j, _) in old
            .entries
            .iter()
            .enumerate()
            .filter(|(_, o)| !new_ids.contains(o.id.as_str()))
        {
            visit(entry(DiffKind::Removed, was_at(j), None));
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

/// Compares `original` with `edited`. The entry differences point into both: read them with
/// the same two reports.
pub fn diff(original: &Report, edited: &Report) -> ReportDiff {
    let mut out = ReportDiff::default();
    each_difference(original, edited, |d| match d {
        Difference::HubAdded(id) => out.hubs_added.push(id.into()),
        Difference::HubRemoved(id) => out.hubs_removed.push(id.into()),
        Difference::HubModified(id) => out.hubs_modified.push(id.into()),
        Difference::Entry(entry) => out.entries.push(entry),
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

/// Whether `d` is an entry drafted for next year that nobody has confirmed or edited yet
/// (the changes view counts them rather than listing each beside the real edits).
pub fn is_untouched_draft(d: &EntryDiff, edited: &Report) -> bool {
    d.kind == DiffKind::Added && d.after(edited).is_some_and(|e| e.draft)
}

/// A difference of an entry beside its text and its place (which show as text and place).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldChange {
    /// Its category, before and after.
    Category(Category, Category),
    /// Its printed label (②-1), before and after.
    Label(Option<String>, Option<String>),
    /// Theme ids ticked, in the entry's order.
    ThemesAdded(Vec<String>),
    /// Theme ids unticked, in the entry's former order.
    ThemesRemoved(Vec<String>),
    /// Its progress status, before and after.
    Status(Option<Status>, Option<Status>),
    /// Its structured data (dates, counts, tools) differ.
    Facts,
    /// A drafted entry was confirmed (or made a draft again: `false`).
    Confirmed(bool),
}

/// What differs between two versions of an entry, besides its text and place, in the editor's
/// order of fields; empty when only the text or the place changed.
pub fn field_changes(before: &Entry, after: &Entry) -> Vec<FieldChange> {
    let mut out = Vec::new();
    if before.category != after.category {
        out.push(FieldChange::Category(before.category, after.category));
    }
    if before.label != after.label {
        out.push(FieldChange::Label(
            before.label.clone(),
            after.label.clone(),
        ));
    }
    let missing_from = |these: &Entry, those: &Entry| -> Vec<String> {
        these
            .themes
            .iter()
            .filter(|t| !those.themes.contains(t))
            .cloned()
            .collect()
    };
    let (added, removed) = (missing_from(after, before), missing_from(before, after));
    if !added.is_empty() {
        out.push(FieldChange::ThemesAdded(added));
    }
    if !removed.is_empty() {
        out.push(FieldChange::ThemesRemoved(removed));
    }
    if before.status != after.status {
        out.push(FieldChange::Status(before.status, after.status));
    }
    if before.facts != after.facts {
        out.push(FieldChange::Facts);
    }
    if before.draft != after.draft {
        out.push(FieldChange::Confirmed(before.draft));
    }
    out
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
        Difference::Entry(_) => counts.entries += 1,
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
