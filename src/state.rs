//! App-wide state handed to views by context: the report, its search index and the language.

use leptos::prelude::*;

use crate::i18n::{Lang, Texts};
use crate::model::filter::SearchIndex;
use crate::model::Report;

/// The data every view reads. `Copy`, so views capture it freely in closures.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The report being explored (later: edited).
    pub report: RwSignal<Report>,
    /// Folded search text, rebuilt only when the report changes.
    pub index: Memo<SearchIndex>,
    /// The UI language.
    pub lang: RwSignal<Lang>,
}

impl AppState {
    /// Creates the state from a report and provides it to all descendants.
    pub fn provide(report: Report) -> AppState {
        let report = RwSignal::new(report);
        let index = Memo::new(move |_| report.with(SearchIndex::build));
        let state = AppState {
            report,
            index,
            lang: RwSignal::new(Lang::Ja),
        };
        provide_context(state);
        state
    }

    /// The UI strings of the current language (tracked).
    pub fn texts(&self) -> &'static Texts {
        self.lang.get().texts()
    }
}

/// The app state from context.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
