//! App-wide state handed to views by context: the report and how it is edited, saved,
//! undone and shared between tabs. Views call these methods; only here is storage written.

use leptos::prelude::*;

use crate::i18n::{Lang, Texts};
use crate::model::edit::{Change, History, StaleChange};
use crate::model::edition::{shown_edition, Edition, ShownEdition};
use crate::model::filter::{Filter, SearchIndex};
use crate::model::persist::{
    self, EditBase, LoadOutcome, MadeOn, SaveError, Saved, StoreError, DATA_KEY,
};
use crate::model::publish::open::{EditionNotice, Opening};
use crate::model::publish::Stamp;
use crate::model::results::{FilterResults, ResultCache};
use crate::model::themes::Theme;
use crate::model::{CategoryInfo, Report};
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

/// How the search index follows a change of the report.
enum Reindex {
    /// Build it again (a new report).
    All,
    /// Update it for the hub at this position, the only one changed (an edit).
    Hub(usize),
    /// Take this one, built for the new report while it was checked (an import).
    Ready(Box<SearchIndex>),
}

/// The data every view reads. `Copy`, so views capture it freely in closures.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The report being explored and edited; changed only through the methods below.
    pub report: ReadSignal<Report>,
    /// The edition published on the site (else the last good one seen, else the build's
    /// own): what 変更点 compares with and 「すべて元に戻す」 returns to.
    pub published: StoredValue<Report>,
    /// A notice about the edition opened on (new, offline, the site's file not taken).
    pub edition_notice: RwSignal<Option<EditionNotice>>,
    /// Folded search text of `report`, written with it (see [`AppState::write_report`]).
    pub index: ReadSignal<SearchIndex>,
    /// Changes only when the report's category or theme names do: views that print names
    /// track this and read the names from `report` untracked, so an edit of one entry does
    /// not redraw every name on the page.
    pub names: Memo<(Vec<CategoryInfo>, Vec<Theme>)>,
    /// The UI language.
    pub lang: RwSignal<Lang>,
    /// The edition the reader chose; `None` shows the newest.
    pub chosen_edition: RwSignal<Option<Edition>>,
    /// What every view shows of a report holding several editions (the
    /// chosen one, else the newest; `None`: everything). A memo: it changes with the choice or
    /// a new edition, not with edits.
    pub edition: Memo<Option<ShownEdition>>,
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
    /// What the edits stand on (saved with them).
    base: StoredValue<EditBase>,
    published_stamp: Stamp,
    set_report: RwSignal<Report>,
    set_index: RwSignal<SearchIndex>,
    /// The results of the last few filter states, kept across views (see [`AppState::results`]).
    results: StoredValue<ResultCache>,
}

impl AppState {
    /// Opens on `opening` (the published edition and the stored edits, see
    /// `model::publish::open`) and provides the state to all descendants.
    pub fn provide(opening: Opening) -> AppState {
        let Opening {
            published,
            published_stamp,
            saved,
            load,
            notice: edition_notice,
            merge_unsaved,
        } = opening;
        let Saved {
            report,
            revision,
            base,
            ..
        } = saved;
        let (save_state, notice) = match load {
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
        let save_state = match merge_unsaved {
            Some(error) => not_saved(error),
            None => save_state,
        };
        let set_index = RwSignal::new(SearchIndex::build(&report));
        let set_report = RwSignal::new(report);
        let chosen_edition = RwSignal::new(None);
        let state = AppState {
            report: set_report.read_only(),
            published: StoredValue::new(published),
            edition_notice: RwSignal::new(edition_notice),
            index: set_index.read_only(),
            names: Memo::new(move |_| {
                set_report.with(|r| (r.categories.clone(), r.themes.clone()))
            }),
            lang: RwSignal::new(Lang::Ja),
            chosen_edition,
            edition: Memo::new(move |_| {
                let chosen = chosen_edition.get();
                set_report.with(|r| shown_edition(r, chosen))
            }),
            save_state: RwSignal::new(save_state),
            load_notice: RwSignal::new(notice),
            can_undo: RwSignal::new(false),
            can_redo: RwSignal::new(false),
            announcement: RwSignal::new(String::new()),
            history: StoredValue::new(History::default()),
            revision: StoredValue::new(revision),
            base: StoredValue::new(base),
            published_stamp,
            set_report,
            set_index,
            results: StoredValue::new(ResultCache::default()),
        };
        provide_context(state);
        state
    }

    /// The entries `filter` lets through among those of the edition shown, and the facet
    /// counts (tracked on the report and the edition), from results kept across views: going
    /// back to the entries view, or opening the dashboard with the same filters, computes
    /// nothing.
    pub fn results(&self, filter: &Filter) -> FilterResults {
        let edition = self.edition.get();
        self.report.with(|r| {
            self.index.with(|i| {
                self.results
                    .try_update_value(|c| c.results(r, i, filter, edition))
                    .unwrap_or_default()
            })
        })
    }

    /// The edition shown with its publication day and unconfirmed drafts (tracked):
    /// 令和7年度の報告（公開 令和8年3月31日）, for the footer and the printed cover.
    pub fn edition_dated(&self) -> String {
        let (lang, shown) = (self.lang.get(), self.edition.get());
        self.published.with_value(|p| {
            self.report
                .with(|r| crate::i18n::edition_dated(lang, r, p.published.as_deref(), shown))
        })
    }

    /// The UI strings of the current language (tracked).
    pub fn texts(&self) -> &'static Texts {
        self.lang.get().texts()
    }

    /// Changes the report with `change` and its index as `reindex` says, together: the one
    /// place either is written. A change that returns `false` changed nothing, and nothing is
    /// told of it.
    fn write_report(&self, reindex: Reindex, change: impl FnOnce(&mut Report) -> bool) -> bool {
        let changed = self
            .set_report
            .try_update_untracked(change)
            .unwrap_or(false);
        if changed {
            let index = match reindex {
                Reindex::Ready(index) => *index,
                Reindex::All => self.set_report.with_untracked(SearchIndex::build),
                // An edit of one hub: at all-Japan scale a whole build is about a second of
                // frozen page on a slow machine.
                Reindex::Hub(hub) => {
                    let old = self.set_index.try_update_untracked(std::mem::take);
                    self.set_report
                        .with_untracked(|r| old.unwrap_or_default().with_hub_reindexed(r, hub))
                }
            };
            self.set_index.set(index);
            self.set_report.notify();
        }
        changed
    }

    /// How the index follows `change` to the report as it is now.
    fn reindex_for(&self, change: Option<&Change>) -> Reindex {
        self.set_report
            .with_untracked(|r| change.and_then(|c| c.hub_touched(r)))
            .map_or(Reindex::All, Reindex::Hub)
    }

    /// Applies an edit, records it for undo and saves it.
    pub fn apply(&self, change: Change) -> Result<(), ApplyError> {
        let reindex = self.reindex_for(Some(&change));
        let mut applied = Ok(());
        self.write_report(reindex, |r| {
            self.history.update_value(|h| applied = h.apply(r, change));
            applied.is_ok()
        });
        applied.map_err(ApplyError::Stale)?;
        self.after_edit().map_err(ApplyError::NotSaved)
    }

    /// Applies an edit made by a button, with no form to show an error in: a stale edit is
    /// announced, storage refusing is shown by the banner. True when the report changed.
    pub fn apply_announced(&self, change: Change) -> bool {
        let stale = matches!(self.apply(change), Err(ApplyError::Stale(_)));
        if stale {
            self.announcement
                .set(self.texts_untracked().edit_stale.into());
        }
        !stale
    }

    /// Undoes the last edit of this session.
    pub fn undo(&self) {
        let reindex = self.history.with_value(|h| self.reindex_for(h.next_undo()));
        let mut changed = false;
        self.write_report(reindex, |r| {
            self.history.update_value(|h| changed = h.undo(r));
            changed
        });
        if changed {
            self.announcement.set(self.texts_untracked().undone.into());
        }
        let _ = self.after_edit();
    }

    /// Redoes the last undone edit.
    pub fn redo(&self) {
        let reindex = self.history.with_value(|h| self.reindex_for(h.next_redo()));
        let mut changed = false;
        self.write_report(reindex, |r| {
            self.history.update_value(|h| changed = h.redo(r));
            changed
        });
        if changed {
            self.announcement.set(self.texts_untracked().redone.into());
        }
        let _ = self.after_edit();
    }

    /// Replaces the whole report with one that still stands on the published edition (an
    /// import merged by hub) and saves; undo history starts afresh.
    pub fn replace(&self, report: Report) {
        self.replace_with(report, Reindex::All);
    }

    /// Returns to the published edition: every edit undone, and nothing named as changed on
    /// both sides any more.
    pub fn reset_to_published(&self) {
        self.base.set_value(EditBase {
            on: MadeOn::Edition(self.published_stamp),
            both_changed: Vec::new(),
        });
        self.replace(self.published.get_value());
    }

    /// Replaces the report with an imported one whose index was built while it was checked.
    /// It stands on no published edition: a new one leaves it as it is.
    pub fn replace_indexed(&self, report: Report, index: SearchIndex) {
        self.base.set_value(EditBase {
            on: MadeOn::Other,
            both_changed: Vec::new(),
        });
        self.replace_with(report, Reindex::Ready(Box::new(index)));
    }

    /// Ids changed both here and in the new edition merged at start-up (for 変更点).
    pub fn both_changed(&self) -> Vec<String> {
        self.base.with_value(|b| b.both_changed.clone())
    }

    fn replace_with(&self, report: Report, reindex: Reindex) {
        self.write_report(reindex, |r| {
            *r = report;
            true
        });
        self.history.update_value(History::clear);
        let _ = self.after_edit();
    }

    /// The UI strings of the current language, untracked (for handlers and tasks).
    pub fn texts_untracked(&self) -> &'static Texts {
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
        let result = self.base.with_value(|base| {
            self.report
                .with_untracked(|r| persist::save(&LocalStore, r, base, known))
        });
        match result {
            Ok(rev) => {
                self.revision.set_value(rev);
                self.save_state.set(SaveState::Saved);
            }
            Err(e) => self.save_state.set(not_saved(e)),
        }
    }

    /// Keeps this tab's version over the other tab's (after a conflict).
    pub fn keep_mine(&self) {
        let result = self.base.with_value(|base| {
            self.report
                .with_untracked(|r| persist::save_over(&LocalStore, r, base))
        });
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
        self.base.set_value(saved.base);
        self.write_report(Reindex::All, |r| {
            *r = saved.report;
            true
        });
        self.history.update_value(History::clear);
        self.can_undo.set(false);
        self.can_redo.set(false);
        self.save_state.set(SaveState::Saved);
        self.announcement
            .set(self.texts_untracked().updated_from_other_tab.into());
    }
}

/// The save state a refused save leaves.
fn not_saved(error: SaveError) -> SaveState {
    match error {
        SaveError::Conflict { .. } => SaveState::Conflict,
        SaveError::Store(StoreError::QuotaExceeded(e) | StoreError::Unavailable(e)) => {
            SaveState::NotSaving(NotSaved::Refused(e))
        }
        SaveError::Store(StoreError::TooLarge) => SaveState::NotSaving(NotSaved::TooLarge),
    }
}

/// The app state from context.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
