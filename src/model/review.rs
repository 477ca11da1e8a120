//! Taking some of an incoming report's differences and not others: the review of a workbook
//! before anything changes. The result is every hub as it will be, for one undoable step.

use std::collections::HashMap;

use super::diff::{DiffKind, ReportDiff};
use super::report::Report;
use super::types::{Entry, Hub};

/// One fact of an incoming entry, by its list and position: what a review can leave out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FactAt {
    /// `facts.events[n]`.
    Event(usize),
    /// `facts.meetings[n]`.
    Meeting(usize),
    /// `facts.members[n]`.
    Member(usize),
    /// `facts.figures[n]`.
    Figure(usize),
}

impl FactAt {
    /// The key a review's checkbox carries (`e0`, `m1`, `p0`, `g2`).
    pub fn key(self) -> String {
        match self {
            FactAt::Event(n) => format!("e{n}"),
            FactAt::Meeting(n) => format!("m{n}"),
            FactAt::Member(n) => format!("p{n}"),
            FactAt::Figure(n) => format!("g{n}"),
        }
    }

    /// Reads a [`FactAt::key`].
    pub fn from_key(key: &str) -> Option<FactAt> {
        let n = key.get(1..)?.parse().ok()?;
        Some(match key.chars().next()? {
            'e' => FactAt::Event(n),
            'm' => FactAt::Meeting(n),
            'p' => FactAt::Member(n),
            'g' => FactAt::Figure(n),
            _ => return None,
        })
    }
}

/// What the person accepted of a [`ReportDiff`] between the current and an incoming report.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Accepted {
    /// One flag per entry difference, in the diff's order.
    pub entries: Vec<bool>,
    /// Hubs whose details (or, for a new hub, the hub itself) are accepted.
    pub hubs: Vec<String>,
    /// Facts read from an accepted entry's words that were left out: the entry difference's
    /// position and the fact.
    pub facts_left_out: Vec<(usize, FactAt)>,
}

/// The items of `list` whose [`FactAt`] (made by `at` from the position) is not `left_out`.
fn kept<T: Clone>(list: &[T], at: fn(usize) -> FactAt, left_out: &[FactAt]) -> Vec<T> {
    (list.iter().enumerate())
        .filter(|(n, _)| !left_out.contains(&at(*n)))
        .map(|(_, item)| item.clone())
        .collect()
}

/// `entry` without the facts `left_out`.
fn without(entry: &Entry, left_out: &[FactAt]) -> Entry {
    let mut e = entry.clone();
    let f = &entry.facts;
    e.facts.events = kept(&f.events, FactAt::Event, left_out);
    e.facts.meetings = kept(&f.meetings, FactAt::Meeting, left_out);
    e.facts.members = kept(&f.members, FactAt::Member, left_out);
    e.facts.figures = kept(&f.figures, FactAt::Figure, left_out);
    e
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
            facts_left_out: Vec::new(),
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
    let mut left_out: HashMap<(&str, &str), Vec<FactAt>> = HashMap::new();
    for &(i, fact) in &accepted.facts_left_out {
        if let Some(d) = diff.entries.get(i) {
            left_out
                .entry(d.ids(current, incoming))
                .or_default()
                .push(fact);
        }
    }
    let taken_entry = |hub: &str, e: &Entry| match left_out.get(&(hub, e.id.as_str())) {
        Some(facts) => without(e, facts),
        None => e.clone(),
    };
    let is_taken = |hub: &str, id: &str| taken.get(&(hub, id)).copied().unwrap_or(true);
    let details_taken = |hub: &str| accepted.hubs.iter().any(|h| h == hub);
    let mut hubs = current.hubs.clone();
    for new in &incoming.hubs {
        let Some(at) = hubs.iter().position(|h| h.id == new.id) else {
            if details_taken(&new.id) {
                let mut hub = new.clone();
                hub.entries = (new.entries.iter())
                    .filter(|e| is_taken(&new.id, &e.id))
                    .map(|e| taken_entry(&new.id, e))
                    .collect();
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
                    (_, true) => Some(taken_entry(&new.id, e)),
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
