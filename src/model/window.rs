//! How much of a result list is drawn. Every result is, up to [`DRAW_LIMIT`]: no view of the
//! bundled report (96 entries) hides one, so find-in-page, printing and a screen reader's list
//! navigation see them all. Past the limit (an imported all-Japan report) the list says how
//! many it draws and offers the rest.

/// The most items a list draws until asked for all of them (chosen by measurement: see
/// BENCHMARKS.md, "Every result in the page").
pub const DRAW_LIMIT: usize = 300;

/// How much of one list is drawn.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Drawn {
    /// Up to [`DRAW_LIMIT`] items.
    #[default]
    UpToLimit,
    /// Every item (after 「すべて表示」).
    All,
}

impl Drawn {
    /// How many of `len` items are drawn.
    pub fn count(self, len: usize) -> usize {
        match self {
            Drawn::UpToLimit => len.min(DRAW_LIMIT),
            Drawn::All => len,
        }
    }

    /// How many of `len` items are not drawn.
    pub fn hidden(self, len: usize) -> usize {
        len - self.count(len)
    }
}

/// How many of the leading hubs, with `entries` entries each, a page drawing whole hubs draws
/// before「すべて表示」: as many as fit in [`DRAW_LIMIT`] cards, and at least one.
pub fn hubs_within_limit(entries: impl IntoIterator<Item = usize>) -> usize {
    let mut cards = 0;
    let mut hubs = 0;
    for n in entries {
        cards += n;
        if cards > DRAW_LIMIT && hubs > 0 {
            break;
        }
        hubs += 1;
    }
    hubs
}
