//! How much of a long result list is drawn. Drawing costs far more than filtering, so a
//! list starts with the entries that fill a screen or two, grows as its end nears the screen
//! (up to a limit, so the page footer stays reachable), and grows further on request.

/// Entries drawn at first (at least; see [`fill_count`]), and added each time the end of the
/// list nears the screen: about a screen of cards below the filters on a laptop. Every
/// keystroke and facet click draws them anew, and layout and paint grow with each card (10
/// cost about a fifth more per input at all-Japan scale).
pub const STEP: usize = 6;
/// Entries one request ("show more", or the first view) makes reachable by scrolling.
pub const PAGE_SIZE: usize = 100;
/// The most entries a new state of the filters starts with to fill the screen (see
/// [`fill_count`]); a screen that needs more grows its list by steps as before.
pub const MAX_FILL: usize = 4 * STEP;

/// How many entries a new list should start with to reach the end of the screen, judged from
/// the list drawn before the change: `reach` is how far (CSS px) the screen's end, with the
/// margin the list end is watched with, lies below the list's top, and `average` the height
/// of the entries drawn there (none: 0). The new entries have other heights, so two spare.
/// A list far down a long page (a facet clicked at the foot of the filters) is then drawn in
/// one frame, where growing a step a frame as its end came into view cost a frame and a
/// layout a step.
pub fn fill_count(reach: f64, average: f64) -> usize {
    if reach <= 0.0 || average <= 0.0 || !(reach / average).is_finite() {
        return STEP;
    }
    let wanted = (reach / average).ceil() + 2.0;
    // As a float first: a huge reach saturates instead of wrapping.
    (wanted.min(MAX_FILL as f64) as usize).clamp(STEP, MAX_FILL)
}

/// The drawn part of one result list; it starts anew whenever the filters change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListWindow {
    /// Which state of the filters this window belongs to.
    filters: u64,
    /// How many entries are drawn.
    shown: usize,
    /// How far scrolling alone may grow `shown`.
    reachable: usize,
}

impl ListWindow {
    /// The first window for a state of the filters.
    pub fn first(filters: u64) -> ListWindow {
        ListWindow::filled(filters, STEP)
    }

    /// A first window of `fill` entries (at least a step; see [`fill_count`]).
    fn filled(filters: u64, fill: usize) -> ListWindow {
        ListWindow {
            filters,
            shown: fill.clamp(STEP, MAX_FILL),
            reachable: PAGE_SIZE,
        }
    }

    /// A window that starts a page long, for a list one reads through (a table, a directory)
    /// rather than searches: the first step and a page, then as after [`ListWindow::more`].
    /// It does not depend on the list's length now: a list that grows while shown (a hub
    /// added) draws its new items, as its end marker, already near, reports no change.
    pub fn first_page() -> ListWindow {
        let shown = STEP + PAGE_SIZE;
        ListWindow {
            filters: 0,
            shown,
            reachable: shown + PAGE_SIZE,
        }
    }

    /// True when this window was made for `filters` (a state of the filters, counted).
    pub fn belongs_to(&self, filters: u64) -> bool {
        self.filters == filters
    }

    /// This window if it belongs to `filters`, else a first window of `fill` entries for them.
    pub fn for_filters(self, filters: u64, fill: usize) -> ListWindow {
        if self.belongs_to(filters) {
            self
        } else {
            ListWindow::filled(filters, fill)
        }
    }

    /// How many of `len` results are drawn.
    pub fn shown(&self, len: usize) -> usize {
        self.shown.min(len)
    }

    /// After the end of the list came near the screen: the next few, if still reachable.
    pub fn near_end(self, len: usize) -> ListWindow {
        let limit = self.reachable.max(self.shown).min(len);
        ListWindow {
            shown: (self.shown + STEP).min(limit).max(self.shown),
            ..self
        }
    }

    /// After "show more": the next page at once, and scrolling may go on to the one after it.
    pub fn more(self, len: usize) -> ListWindow {
        let shown = (self.shown + PAGE_SIZE).min(len).max(self.shown);
        ListWindow {
            shown,
            reachable: self.reachable.max(shown + PAGE_SIZE),
            ..self
        }
    }
}
