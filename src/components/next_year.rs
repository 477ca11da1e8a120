//! 「令和8年度の報告を始める」: drafts the next year's report for every hub in one undoable step
//! (`model::rollover`), after the reader confirms.

use leptos::prelude::*;

use crate::i18n::fiscal_year_label;
use crate::model::edit::Change;
use crate::model::rollover::{next_report_year, roll_over};
use crate::state::use_app;

/// The button that starts the next year's report, with what it will do; nothing when there is
/// no plan to start from or the next year has begun.
#[component]
pub fn StartNextYear() -> impl IntoView {
    let app = use_app();
    let next = move || app.report.with(next_report_year);
    let start = move |_| {
        let lang = app.lang.get_untracked();
        let t = lang.texts();
        let Some(year) = app.report.with_untracked(next_report_year) else {
            return;
        };
        let asked = format!("{}{}", fiscal_year_label(lang, year), t.next_year_confirm);
        if !window().confirm_with_message(&asked).unwrap_or(false) {
            return;
        }
        let Some((before, after)) = app
            .report
            .with_untracked(|r| roll_over(r).map(|after| (r.hubs.clone(), after)))
        else {
            return;
        };
        if app.apply_announced(Change::AllHubs { before, after }) {
            app.announcement.set(t.next_year_started.into());
        }
    };
    move || {
        next().map(|year| {
            let lang = app.lang.get();
            let t = lang.texts();
            view! {
                <section class="next-year" aria-labelledby="next-year-title">
                    <h3 id="next-year-title">{t.next_year_title}</h3>
                    <p>{t.next_year_intro}</p>
                    <button type="button" class="primary" data-testid="start-next-year" on:click=start>
                        {format!("{}{}", fiscal_year_label(lang, year), t.next_year_button)}
                    </button>
                </section>
            }
        })
    }
}
