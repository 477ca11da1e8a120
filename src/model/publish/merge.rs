//! A new edition merged into a visitor's own edits, three ways: what the visitor changed is
//! kept, what only the new edition changed comes in, and what both changed is kept as the
//! visitor has it and named (変更点 lists it), by the rule a workbook review rebases with
//! ([`crate::model::three_way::pick`]). Nothing is dropped without being named.

use crate::model::report::Report;
use crate::model::three_way::{pick, Pick};
use crate::model::types::{Entry, Hub};

/// The merged report, and the ids of what both sides changed (entries, or hubs whose own
/// fields both changed or that one side removed while the other changed them).
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    /// The visitor's edits on top of the new edition.
    pub report: Report,
    /// Ids changed on both sides, the visitor's version kept.
    pub both_changed: Vec<String>,
}

/// Merges `theirs` (the new edition) into `mine` (edits made on `base`, the edition before).
/// The report's own fields (title, date, categories, themes) are the new edition's: the app
/// does not edit them.
pub fn merge_edition(base: &Report, mine: &Report, theirs: &Report) -> Merged {
    let mut both_changed = Vec::new();
    let mut hubs: Vec<Hub> = Vec::new();
    for m in &mine.hubs {
        let (b, t) = (base.hub(&m.id), theirs.hub(&m.id));
        match pick(b, Some(m), t) {
            Pick::Mine => hubs.push(m.clone()),
            Pick::Theirs => hubs.extend(t.cloned()),
            Pick::Both => hubs.push(merge_hub(b, m, t, &mut both_changed)),
        }
    }
    for (i, t) in theirs.hubs.iter().enumerate() {
        if hubs.iter().any(|h| h.id == t.id) {
            continue;
        }
        // Removed here: stays removed unless only the new edition changed it (then it is
        // named, as a workbook's removal of a changed entry is), or it is new there.
        match pick(base.hub(&t.id), None, Some(t)) {
            Pick::Theirs => {
                let at = after_previous(&theirs.hubs[..i], &hubs, |h| &h.id);
                hubs.insert(at, t.clone());
            }
            Pick::Both => both_changed.push(t.id.clone()),
            Pick::Mine => {}
        }
    }
    let mut report = theirs.clone();
    report.hubs = hubs;
    Merged {
        report,
        both_changed,
    }
}

/// The position after the last of `earlier` (items before one in its own list) that `list`
/// holds, or the start.
fn after_previous<T>(earlier: &[T], list: &[T], id: impl Fn(&T) -> &String) -> usize {
    earlier
        .iter()
        .rev()
        .find_map(|e| list.iter().position(|x| id(x) == id(e)))
        .map_or(0, |p| p + 1)
}

/// A hub's own fields, everything but its entries.
fn own_fields(h: &Hub) -> impl PartialEq + '_ {
    (
        &h.document,
        &h.area,
        &h.municipalities,
        &h.organisation,
        &h.contractors,
        &h.sections,
    )
}

/// One hub changed on both sides: its own fields and each entry decided by [`pick`].
fn merge_hub(b: Option<&Hub>, m: &Hub, t: Option<&Hub>, both: &mut Vec<String>) -> Hub {
    let Some(t) = t else {
        // Removed in the new edition, changed here: kept, named.
        both.push(m.id.clone());
        return m.clone();
    };
    let fields = (b.map(own_fields), own_fields(m), own_fields(t));
    let mut hub = match pick(fields.0.as_ref(), Some(&fields.1), Some(&fields.2)) {
        Pick::Theirs => Hub {
            entries: Vec::new(),
            ..t.clone()
        },
        Pick::Mine => Hub {
            entries: Vec::new(),
            ..m.clone()
        },
        Pick::Both => {
            both.push(m.id.clone());
            Hub {
                entries: Vec::new(),
                ..m.clone()
            }
        }
    };
    let before = |id: &str| b.and_then(|b| b.entries.iter().find(|e| e.id == id));
    let theirs = |id: &str| t.entries.iter().find(|e| e.id == id);
    let mut entries: Vec<Entry> = Vec::with_capacity(m.entries.len());
    for e in &m.entries {
        match pick(before(&e.id), Some(e), theirs(&e.id)) {
            Pick::Mine => entries.push(e.clone()),
            Pick::Theirs => entries.extend(theirs(&e.id).cloned()),
            Pick::Both => {
                both.push(e.id.clone());
                entries.push(e.clone());
            }
        }
    }
    for (i, e) in t.entries.iter().enumerate() {
        if m.entries.iter().any(|x| x.id == e.id) {
            continue;
        }
        match pick(before(&e.id), None, Some(e)) {
            Pick::Theirs => {
                let at = after_previous(&t.entries[..i], &entries, |x| &x.id);
                entries.insert(at, e.clone());
            }
            Pick::Both => both.push(e.id.clone()),
            Pick::Mine => {}
        }
    }
    hub.entries = entries;
    hub
}
