//! App-wide state handed to views by context: the report and how it is edited, saved,
//! undone and shared between tabs. Views call these methods; only here is storage written.

use leptos::prelude::*;

use crate::i18n::{Lang, Texts};
use crate::model::edit::{Change, History, StaleChange};
use crate::model::filter::{Filter, SearchIndex};
use crate::model::persist::{self, LoadOutcome, SaveError, Saved, StoreError, DATA_KEY};
use crate::model::results::{FilterResults, ResultCache};
use crate::model::Report;
use crate::storage::LocalStore;

/// Whether the edits are safely stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveState {
    /// Everything is saved (or nothing was edited).
    Saved,
    /// Storage refused (full, disabled, or the report is too large for any browser): edits
    /// live only in this tab until exported.
    NotSaving(NotSaved),
    /// Another tab saved newer edits; this tab's version is kept aside.
    Conflict,
    /// Stored data could not be read and could not be kept aside: saving is off so it survives.
    Held(String),
}

/// Why edits are not being saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotSaved {
    /// The report holds more text than any browser keeps (an all-Japan import).
    TooLarge,
    /// The browser refused, with its message.
    Refused(String),
}

/// Why an edit did not go through as asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApplyError {
    /// The edit no longer fits the report (another tab changed or removed what it changes):
    /// nothing was changed.
    Stale(StaleChange),
    /// The edit was made in this tab, but storage refused to keep it (the banner says why).
    NotSaved(NotSaved),
}

/// A message about loading, shown once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadNotice {
    /// Stored edits were unreadable and were kept in the backup key.
    Recovered(String),
}

/// The data every view reads. `Copy`, so views capture it freely in closures.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The report being explored and edited.
    pub report: RwSignal<Report>,
    /// The report as published (compiled in), to show what was edited.
    pub bundled: StoredValue<Report>,
    /// Folded search text, rebuilt only when the report changes.
    pub index: Memo<SearchIndex>,
    /// The UI language.
    pub lang: RwSignal<Lang>,
    /// Whether edits are saved.
    pub save_state: RwSignal<SaveState>,
    /// A message about how the data was loaded.
    pub load_notice: RwSignal<Option<LoadNotice>>,
    /// Whether undo / redo are possible.
    pub can_undo: RwSignal<bool>,
    /// See `can_undo`.
    pub can_redo: RwSignal<bool>,
    /// An announcement for the `aria-live` region.
    pub announcement: RwSignal<String>,
    history: StoredValue<History>,
    revision: StoredValue<u64>,
    /// An index already built for the next report (an import builds it in slices).
    ready_index: StoredValue<Option<SearchIndex>>,
    /// The one hub the next report change alters, if it alters only one: the index is then
    /// updated for that hub instead of built again (see [`AppState::note_touched`]).
    touched_hub: StoredValue<Option<usize>>,
    /// The results of the last few filter states, kept across views (see [`AppState::results`]).
    results: StoredValue<ResultCache>,
}

impl AppState {
    /// Loads the stored edits (or the bundled report) and provides the state to all descendants.
    pub fn provide(bundled: Report) -> AppState {
        let (report, revision, outcome) = persist::load(&LocalStore, &bundled);
        let (save_state, notice) = match outcome {
            LoadOutcome::Fresh | LoadOutcome::Restored => (SaveState::Saved, None),
            LoadOutcome::Unavailable(e) => (SaveState::NotSaving(NotSaved::Refused(e)), None),
            LoadOutcome::Recovered { reason, kept: true } => {
                (SaveState::Saved, Some(LoadNotice::Recovered(reason)))
            }
            LoadOutcome::Recovered {
                reason,
                kept: false,
            } => (
                SaveState::Held(reason.clone()),
                Some(LoadNotice::Recovered(reason)),
            ),
        };
        let report = RwSignal::new(report);
        let bundled = StoredValue::new(bundled);
        let ready_index = StoredValue::new(None::<SearchIndex>);
        let touched_hub = StoredValue::new(None::<usize>);
        // Owns the previous index, so an edit to one hub updates it in place.
        let index = Memo::new_owning(move |old: Option<SearchIndex>| {
            // Tracked on every path: an index handed over by an import must still follow
            // later edits.
            report.track();
            let ready = ready_index.try_update_value(Option::take).flatten();
            let touched = touched_hub.try_update_value(Option::take).flatten();
            let index = match (ready, old, touched) {
                (Some(ready), _, _) => ready,
                (None, Some(old), Some(hub)) => {
                    report.with_untracked(|r| old.with_hub_reindexed(r, hub))
                }
                _ => report.with_untracked(SearchIndex::build),
            };
            (index, true)
        });
        let state = AppState {
            report,
            bundled,
            index,
            lang: RwSignal::new(Lang::Ja),
            save_state: RwSignal::new(save_state),
            load_notice: RwSignal::new(notice),
            can_undo: RwSignal::new(false),
            can_redo: RwSignal::new(false),
            announcement: RwSignal::new(String::new()),
            history: StoredValue::new(History::default()),
            revision: StoredValue::new(revision),
            ready_index,
            touched_hub,
            results: StoredValue::new(ResultCache::default()),
        };
        provide_context(state);
        state
    }

    /// The entries `filter` lets through and the facet counts (tracked on the report), from
    /// results kept across views: going back to the entries view, or opening the dashboard
    /// with the same filters, computes nothing.
    pub fn results(&self, filter: &Filter) -> FilterResults {
        self.report.with(|r| {
            self.index.with(|i| {
                self.results
                    .try_update_value(|c| c.results(r, i, filter))
                    .unwrap_or_default()
            })
        })
    }

    /// The UI strings of the current language (tracked).
    pub fn texts(&self) -> &'static Texts {
        self.lang.get().texts()
    }

    /// Applies an edit, records it for undo and saves it.
    pub fn apply(&self, change: Change) -> Result<(), ApplyError> {
        self.note_touched(|r| change.hub_touched(r));
        let mut applied = Ok(());
        // Untracked first: a stale edit changes nothing, so nothing is told it changed.
        self.report
            .update_untracked(|r| self.history.update_value(|h| applied = h.apply(r, change)));
        applied.map_err(ApplyError::Stale)?;
        self.report.notify();
        self.after_edit().map_err(ApplyError::NotSaved)
    }

    /// Undoes the last edit of this session.
    pub fn undo(&self) {
        self.note_touched(|r| {
            self.history
                .with_value(|h| h.next_undo().and_then(|c| c.hub_touched(r)))
        });
        let mut changed = false;
        self.report
            .update(|r| self.history.update_value(|h| changed = h.undo(r)));
        if changed {
            self.announcement.set(self.texts_untracked().undone.into());
        }
        let _ = self.after_edit();
    }

    /// Redoes the last undone edit.
    pub fn redo(&self) {
        self.note_touched(|r| {
            self.history
                .with_value(|h| h.next_redo().and_then(|c| c.hub_touched(r)))
        });
        let mut changed = false;
        self.report
            .update(|r| self.history.update_value(|h| changed = h.redo(r)));
        if changed {
            self.announcement.set(self.texts_untracked().redone.into());
        }
        let _ = self.after_edit();
    }

    /// Replaces the whole report (import, reset) and saves; undo history starts afresh.
    pub fn replace(&self, report: Report) {
        self.touched_hub.set_value(None);
        self.report.set(report);
        self.history.update_value(History::clear);
        let _ = self.after_edit();
    }

    /// Replaces the report with an imported one whose index was built while it was checked.
    pub fn replace_indexed(&self, report: Report, index: SearchIndex) {
        self.ready_index.set_value(Some(index));
        self.replace(report);
        // Take the index now: left waiting, it could be taken for a later, different report.
        // (If the memo is read by no one yet, this is its first run, which takes it too.)
        self.index.with_untracked(|_| ());
        self.ready_index.set_value(None);
    }

    /// Before an edit: brings the index up to date with the report as it is, then notes the
    /// one hub the edit alters (`hub_of`, from the report before it), so that the index after
    /// it is that index updated for one hub, not built again: at all-Japan scale a build is
    /// about a second of frozen page on a slow machine.
    fn note_touched(&self, hub_of: impl FnOnce(&Report) -> Option<usize>) {
        self.index.with_untracked(|_| ());
        let hub = self.report.with_untracked(hub_of);
        self.touched_hub.set_value(hub);
    }

    fn texts_untracked(&self) -> &'static Texts {
        self.lang.get_untracked().texts()
    }

    /// Updates undo / redo and saves; the banner shows any refusal (see [`AppState::persist`]).
    fn after_edit(&self) -> Result<(), NotSaved> {
        self.history.with_value(|h| {
            self.can_undo.set(h.can_undo());
            self.can_redo.set(h.can_redo());
        });
        self.persist();
        match self.save_state.get_untracked() {
            SaveState::NotSaving(why) => Err(why),
            _ => Ok(()),
        }
    }

    /// Saves the report unless saving is held back; records the outcome.
    fn persist(&self) {
        if matches!(
            self.save_state.get_untracked(),
            SaveState::Held(_) | SaveState::Conflict
        ) {
            return;
        }
        let known = self.revision.get_value();
        let result = self
            .report
            .with_untracked(|r| persist::save(&LocalStore, r, known));
        match result {
            Ok(rev) => {
                self.revision.set_value(rev);
                self.save_state.set(SaveState::Saved);
            }
            Err(SaveError::Conflict { .. }) => self.save_state.set(SaveState::Conflict),
            Err(SaveError::Store(StoreError::QuotaExceeded(e) | StoreError::Unavailable(e))) => {
                self.save_state
                    .set(SaveState::NotSaving(NotSaved::Refused(e)))
            }
            Err(SaveError::Store(StoreError::TooLarge)) => self
                .save_state
                .set(SaveState::NotSaving(NotSaved::TooLarge)),
        }
    }

    /// Keeps this tab's version over the other tab's (after a conflict).
    pub fn keep_mine(&self) {
        let result = self
            .report
            .with_untracked(|r| persist::save_over(&LocalStore, r));
        match result {
            Ok(rev) => {
                self.revision.set_value(rev);
                self.save_state.set(SaveState::Saved);
            }
            Err(_) => self.save_state.set(SaveState::NotSaving(NotSaved::Refused(
                self.texts_untracked().storage_refused.into(),
            ))),
        }
    }

    /// Loads the other tab's newer version (this tab's stays in the conflict key).
    pub fn take_theirs(&self) {
        if let Ok(Some(raw)) = crate::model::persist::KeyValueStore::get(&LocalStore, DATA_KEY) {
            self.adopt_stored(&raw);
        }
    }

    /// Takes a report saved by another tab (storage event), if this tab has nothing unsaved.
    pub fn adopt_stored(&self, raw: &str) {
        let Ok(saved) = Saved::from_text(raw) else {
            return;
        };
        if saved.revision <= self.revision.get_value()
            && self.save_state.get_untracked() != SaveState::Conflict
        {
            return;
        }
        if matches!(self.save_state.get_untracked(), SaveState::NotSaving(_)) {
            // This tab holds edits storage never got: never replace them silently.
            self.save_state.set(SaveState::Conflict);
            return;
        }
        self.revision.set_value(saved.revision);
        self.touched_hub.set_value(None);
        self.report.set(saved.report);
        self.history.update_value(History::clear);
        self.can_undo.set(false);
        self.can_redo.set(false);
        self.save_state.set(SaveState::Saved);
        self.announcement
            .set(self.texts_untracked().updated_from_other_tab.into());
    }
}

/// The app state from context.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
