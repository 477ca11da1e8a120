//! What changed from one fiscal year to the next, per category (continued, new, dropped).
//!
//! The report never links entries across years, so continuity is judged from the text: an
//! FY2025 plan entry continues an FY2024 result entry of the same category when most of the
//! shorter one's character pairs (bigrams, after folding) occur in the other.

use std::collections::BTreeSet;

use super::search::fold;
use super::types::{Category, Entry, FiscalYear, Hub, Section};

/// Share of the shorter text's bigrams that must occur in the other for "continued".
const CONTINUED_OVERLAP: f64 = 0.6;

/// How one category of one hub changed between two fiscal years.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CategoryChange {
    /// Later-year entries that continue an earlier one.
    pub continued: Vec<String>,
    /// Later-year entries with no earlier counterpart.
    pub new: Vec<String>,
    /// Earlier-year entries no longer listed.
    pub dropped: Vec<String>,
}

fn bigrams(entry: &Entry) -> BTreeSet<(char, char)> {
    let chars: Vec<char> = fold(&entry.body())
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    chars.windows(2).map(|w| (w[0], w[1])).collect()
}

/// True when two entries describe the same activity (see the module documentation).
pub fn same_activity(a: &Entry, b: &Entry) -> bool {
    let (a, b) = (bigrams(a), bigrams(b));
    let shorter = a.len().min(b.len());
    shorter > 0 && a.intersection(&b).count() as f64 / shorter as f64 >= CONTINUED_OVERLAP
}

/// Compares a hub's results of `from` with its plan for the following year, per category.
pub fn year_change(hub: &Hub, from: FiscalYear, category: Category) -> CategoryChange {
    let to = FiscalYear(from.0 + 1);
    let before: Vec<&Entry> = hub
        .entries_in(Section::Result, from)
        .filter(|e| e.category == category)
        .collect();
    let after: Vec<&Entry> = hub
        .entries_in(Section::Plan, to)
        .filter(|e| e.category == category)
        .collect();
    let mut change = CategoryChange::default();
    for e in &after {
        if before.iter().any(|b| same_activity(b, e)) {
            change.continued.push(e.id.clone());
        } else {
            change.new.push(e.id.clone());
        }
    }
    for b in &before {
        if !after.iter().any(|e| same_activity(b, e)) {
            change.dropped.push(b.id.clone());
        }
    }
    change
}
