//! Whether two entries describe the same activity, for year-to-year change.
//!
//! The report never links entries across years, so continuity is judged from the text: a
//! plan entry continues a result entry when most of the shorter one's character pairs
//! (bigrams, after folding) occur in the other.

use super::search::folded_chars;
use super::types::Entry;

/// Share of the shorter text's bigrams that must occur in the other for "continued".
const CONTINUED_OVERLAP: f64 = 0.6;

/// An entry's wording as its distinct bigrams, sorted: computed once per entry, then compared
/// with every candidate of the other year by a merge. A bigram is packed in one `u64` (first
/// char high): the same order as comparing the pair, with one comparison instead of two.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Wording(Vec<u64>);

impl Wording {
    /// The bigrams of an entry's folded text, whitespace left out.
    pub fn of(entry: &Entry) -> Wording {
        let body = entry.body();
        let mut pairs: Vec<u64> = Vec::with_capacity(body.len() / 3);
        let mut previous: Option<char> = None;
        for c in folded_chars(&body).filter(|c| !c.is_whitespace()) {
            if let Some(p) = previous {
                pairs.push(u64::from(p) << 32 | u64::from(c));
            }
            previous = Some(c);
        }
        pairs.sort_unstable();
        pairs.dedup();
        Wording(pairs)
    }

    /// True when the two describe the same activity (see the module documentation).
    pub fn same_activity(&self, other: &Wording) -> bool {
        let shorter = self.0.len().min(other.0.len());
        shorter > 0 && self.shared(other) as f64 / shorter as f64 >= CONTINUED_OVERLAP
    }

    /// How many bigrams both have.
    fn shared(&self, other: &Wording) -> usize {
        let (mut i, mut j, mut n) = (0, 0, 0);
        while let (Some(a), Some(b)) = (self.0.get(i), other.0.get(j)) {
            match a.cmp(b) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    n += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        n
    }
}

/// True when two entries describe the same activity (see the module documentation).
pub fn same_activity(a: &Entry, b: &Entry) -> bool {
    Wording::of(a).same_activity(&Wording::of(b))
}
