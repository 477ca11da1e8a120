//! Taking some of an incoming report's differences and not others: the review of a workbook
//! before anything changes. The result is every hub as it will be, for one undoable step.

use std::collections::HashMap;

use super::diff::{DiffKind, ReportDiff};
use super::report::Report;
use super::types::{Entry, Hub};

/// What the person accepted of a [`ReportDiff`] between the current and an incoming report.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Accepted {
    /// One flag per entry difference, in the diff's order.
    pub entries: Vec<bool>,
    /// Hubs whose details (or, for a new hub, the hub itself) are accepted.
    pub hubs: Vec<String>,
}

impl Accepted {
    /// Everything in `diff` accepted.
    pub fn all(diff: &ReportDiff) -> Accepted {
        Accepted {
            entries: vec![true; diff.entries.len()],
            hubs: diff
                .hubs_added
                .iter()
                .chain(&diff.hubs_modified)
                .cloned()
                .collect(),
        }
    }
}

/// The current hubs with the accepted differences of `incoming` taken: an accepted change or
/// addition takes the incoming entry, a refused one keeps the current (or nothing); a refused
/// removal keeps the entry after the one it followed.
pub fn accept(
    current: &Report,
    incoming: &Report,
    diff: &ReportDiff,
    accepted: &Accepted,
) -> Vec<Hub> {
    let mut taken: HashMap<(&str, &str), bool> = HashMap::new();
    for (d, &yes) in diff.entries.iter().zip(&accepted.entries) {
        taken.insert(d.ids(current, incoming), yes);
    }
    let is_taken = |hub: &str, id: &str| taken.get(&(hub, id)).copied().unwrap_or(true);
    let details_taken = |hub: &str| accepted.hubs.iter().any(|h| h == hub);
    let mut hubs = current.hubs.clone();
    for new in &incoming.hubs {
        let Some(at) = hubs.iter().position(|h| h.id == new.id) else {
            if details_taken(&new.id) {
                let mut hub = new.clone();
                hub.entries.retain(|e| is_taken(&new.id, &e.id));
                hubs.push(hub);
            }
            continue;
        };
        let old = &current.hubs[at];
        let mut hub = if details_taken(&new.id) {
            new.clone()
        } else {
            old.clone()
        };
        // A new section's heading comes with the entries under it.
        for s in &new.sections {
            if !hub
                .sections
                .iter()
                .any(|h| h.section == s.section && h.fiscal_year == s.fiscal_year)
            {
                hub.sections.push(s.clone());
            }
        }
        let old_by_id: HashMap<&str, &Entry> =
            old.entries.iter().map(|e| (e.id.as_str(), e)).collect();
        let mut entries: Vec<Entry> = new
            .entries
            .iter()
            .filter_map(
                |e| match (old_by_id.get(e.id.as_str()), is_taken(&new.id, &e.id)) {
                    (_, true) => Some(e.clone()),
                    (Some(o), false) => Some((*o).clone()),
                    (None, false) => None,
                },
            )
            .collect();
        for (j, gone) in old.entries.iter().enumerate() {
            if entries.iter().any(|e| e.id == gone.id) || is_taken(&new.id, &gone.id) {
                continue;
            }
            let after = old.entries[..j]
                .iter()
                .rev()
                .find_map(|prev| entries.iter().position(|e| e.id == prev.id));
            entries.insert(after.map_or(0, |p| p + 1), gone.clone());
        }
        hub.entries = entries;
        hubs[at] = hub;
    }
    hubs
}

/// Counts of a diff's entry differences by kind: changed, added, removed.
pub fn kind_counts(diff: &ReportDiff) -> [usize; 3] {
    let count = |kind| diff.entries.iter().filter(|d| d.kind == kind).count();
    [
        count(DiffKind::Modified),
        count(DiffKind::Added),
        count(DiffKind::Removed),
    ]
}
