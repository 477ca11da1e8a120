//! Whether two entries describe the same activity, for year-to-year change.
//!
//! The report never links entries across years, so continuity is judged from the text: a
//! plan entry continues a result entry when most of the shorter one's character pairs
//! (bigrams, after folding) occur in the other.

use std::collections::BTreeSet;

use super::search::fold;
use super::types::Entry;

/// Share of the shorter text's bigrams that must occur in the other for "continued".
const CONTINUED_OVERLAP: f64 = 0.6;

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
