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
    /// The bigrams of an entry's folded body ([`Entry::body`]), whitespace left out. Read
    /// paragraph by paragraph rather than from the body's joined copy: the newline between
    /// paragraphs is whitespace, left out either way, and joining every entry's text was a
    /// tenth of the year-change table's time at all-Japan scale.
    pub fn of(entry: &Entry) -> Wording {
        let (first, rest) = entry
            .paragraphs
            .split_first()
            .map_or(("", &[][..]), |(first, rest)| (first.as_str(), rest));
        let label = entry.label.as_deref();
        let unlabelled = label.and_then(|l| first.strip_prefix(l));
        if unlabelled.is_none()
            && label.is_some_and(|l| l.len() > first.len() && l.starts_with(first))
        {
            // A label running past the first paragraph: read the joined text, as it strips it.
            return Wording::of_text(&entry.body());
        }
        let first = unlabelled.unwrap_or(first);
        let len = first.len() + rest.iter().map(String::len).sum::<usize>();
        let chars = folded_chars(first).chain(rest.iter().flat_map(|p| folded_chars(p)));
        Wording::of_chars(chars, len)
    }

    /// The bigrams of a text's folded characters, whitespace left out.
    pub fn of_text(text: &str) -> Wording {
        Wording::of_chars(folded_chars(text), text.len())
    }

    /// The bigrams of folded characters (from about `len` bytes of text).
    fn of_chars(chars: impl Iterator<Item = char>, len: usize) -> Wording {
        let mut pairs: Vec<u64> = Vec::with_capacity(len / 3);
        let mut previous: Option<char> = None;
        for c in chars.filter(|c| !c.is_whitespace()) {
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
