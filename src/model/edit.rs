//! Edits as reversible changes, and the undo / redo history.
//!
//! Every edit is a [`Change`] that puts an `after` value where a `before` value was (either
//! may be absent, for additions and deletions). Undo applies the swapped change, so no
//! snapshot of the whole report is kept.

use super::report::Report;
use super::types::{Entry, Hub, SectionHeading};

/// One reversible edit.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// An entry of a hub: edited, added (`before` none) or deleted (`after` none).
    Entry {
        /// The hub's id.
        hub: String,
        /// Position in the hub's entries.
        index: usize,
        /// The entry before the change.
        before: Option<Entry>,
        /// The entry after it.
        after: Option<Entry>,
    },
    /// A whole hub: added, deleted or its details edited.
    Hub {
        /// Position in the report's hubs.
        index: usize,
        /// The hub before the change.
        before: Option<Hub>,
        /// The hub after it.
        after: Option<Hub>,
    },
    /// Every hub at once: starting the next year's report (`model::rollover`).
    AllHubs {
        /// The hubs before the change.
        before: Vec<Hub>,
        /// The hubs after it.
        after: Vec<Hub>,
    },
    /// A section heading of a hub (a new fiscal year's section, or its wording).
    Heading {
        /// The hub's id.
        hub: String,
        /// Position in the hub's section headings.
        index: usize,
        /// The heading before the change.
        before: Option<SectionHeading>,
        /// The heading after it.
        after: Option<SectionHeading>,
    },
}

impl Change {
    /// The position in `report` of the one hub this change alters while every hub keeps its
    /// position (an entry or heading of a hub, a hub's details); `None` when it adds or
    /// removes a hub.
    pub fn hub_touched(&self, report: &Report) -> Option<usize> {
        match self {
            Change::Entry { hub, .. } | Change::Heading { hub, .. } => {
                report.hubs.iter().position(|h| &h.id == hub)
            }
            Change::Hub {
                index,
                before: Some(_),
                after: Some(_),
            } => Some(*index),
            Change::Hub { .. } | Change::AllHubs { .. } => None,
        }
    }
}

/// Why a change could not be applied (the report changed under it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaleChange(pub String);

/// Puts `after` where `before` is in `items`, checking `before` is really there.
fn swap<T: PartialEq + Clone>(
    items: &mut Vec<T>,
    index: usize,
    before: &Option<T>,
    after: &Option<T>,
) -> Result<(), StaleChange> {
    match (before, after) {
        (Some(b), a) => {
            if items.get(index) != Some(b) {
                return Err(StaleChange(format!(
                    "item {index} is not what the change expects"
                )));
            }
            match a {
                Some(a) => items[index] = a.clone(),
                None => {
                    items.remove(index);
                }
            }
        }
        (None, Some(a)) => {
            if index > items.len() {
                return Err(StaleChange(format!("cannot insert at {index}")));
            }
            items.insert(index, a.clone());
        }
        (None, None) => {}
    }
    Ok(())
}

impl Change {
    /// Applies the change to the report, or leaves it untouched and says why not.
    pub fn apply(&self, report: &mut Report) -> Result<(), StaleChange> {
        let hub_mut = |report: &mut Report, id: &str| -> Result<usize, StaleChange> {
            report
                .hubs
                .iter()
                .position(|h| h.id == id)
                .ok_or_else(|| StaleChange(format!("no hub {id}")))
        };
        match self {
            Change::Entry {
                hub,
                index,
                before,
                after,
            } => {
                let h = hub_mut(report, hub)?;
                swap(&mut report.hubs[h].entries, *index, before, after)
            }
            Change::Heading {
                hub,
                index,
                before,
                after,
            } => {
                let h = hub_mut(report, hub)?;
                swap(&mut report.hubs[h].sections, *index, before, after)
            }
            Change::Hub {
                index,
                before,
                after,
            } => {
                if let (None, Some(added)) = (before, after) {
                    if report.hub(&added.id).is_some() {
                        return Err(StaleChange(format!("hub {} exists already", added.id)));
                    }
                }
                swap(&mut report.hubs, *index, before, after)
            }
            Change::AllHubs { before, after } => {
                if &report.hubs != before {
                    return Err(StaleChange(
                        "the hubs are not what the change expects".into(),
                    ));
                }
                report.hubs = after.clone();
                Ok(())
            }
        }
    }

    /// The change that undoes this one.
    pub fn inverse(&self) -> Change {
        match self.clone() {
            Change::Entry {
                hub,
                index,
                before,
                after,
            } => Change::Entry {
                hub,
                index,
                before: after,
                after: before,
            },
            Change::Hub {
                index,
                before,
                after,
            } => Change::Hub {
                index,
                before: after,
                after: before,
            },
            Change::Heading {
                hub,
                index,
                before,
                after,
            } => Change::Heading {
                hub,
                index,
                before: after,
                after: before,
            },
            Change::AllHubs { before, after } => Change::AllHubs {
                before: after,
                after: before,
            },
        }
    }
}

/// Undo and redo stacks for the session.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    undo: Vec<Change>,
    redo: Vec<Change>,
}

impl History {
    /// Applies a new change; it can be undone, and it clears what could be redone.
    pub fn apply(&mut self, report: &mut Report, change: Change) -> Result<(), StaleChange> {
        change.apply(report)?;
        self.undo.push(change);
        self.redo.clear();
        Ok(())
    }

    /// Undoes the last change, if any; returns whether something changed.
    pub fn undo(&mut self, report: &mut Report) -> bool {
        let Some(change) = self.undo.pop() else {
            return false;
        };
        match change.inverse().apply(report) {
            Ok(()) => {
                self.redo.push(change);
                true
            }
            // The report was replaced under the history (import, other tab): drop it.
            Err(_) => {
                self.clear();
                false
            }
        }
    }

    /// Redoes the last undone change, if any; returns whether something changed.
    pub fn redo(&mut self, report: &mut Report) -> bool {
        let Some(change) = self.redo.pop() else {
            return false;
        };
        match change.apply(report) {
            Ok(()) => {
                self.undo.push(change);
                true
            }
            Err(_) => {
                self.clear();
                false
            }
        }
    }

    /// The change the next undo takes back.
    pub fn next_undo(&self) -> Option<&Change> {
        self.undo.last()
    }

    /// The change the next redo applies again.
    pub fn next_redo(&self) -> Option<&Change> {
        self.redo.last()
    }

    /// True when there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// True when there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Forgets everything (after the report is replaced wholesale).
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}

/// The next free entry id for a hub, section and fiscal year (`<hub>-<fy>-<section>-<nn>`).
pub fn next_entry_id(
    hub: &Hub,
    section: super::types::Section,
    fy: super::types::FiscalYear,
) -> String {
    let prefix = format!("{}-{}-{}-", hub.id, fy.0, section.id());
    let n = hub
        .entries
        .iter()
        .filter_map(|e| {
            e.id.strip_prefix(&prefix)
                .and_then(|n| n.parse::<u32>().ok())
        })
        .max()
        .unwrap_or(0);
    format!("{prefix}{:02}", n + 1)
}
