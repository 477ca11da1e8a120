//! 「令和8年度の報告を始める」: drafts the next year's report for every hub in one undoable step
//! (`model::rollover`), after the reader confirms. While a year's drafts are left, it says
//! which year is being drafted and keeps the year after behind a deliberate step.

use leptos::prelude::*;

use crate::components::done_note::DoneNote;
use crate::i18n::fiscal_year_label;
use crate::model::edit::Change;
use crate::model::edition::drafting;
use crate::model::rollover::{next_report_year, roll_over};
use crate::model::FiscalYear;
use crate::state::use_app;

/// The button that starts the next year's report, with what it will do; nothing when there is
/// no plan to start from or the next year has begun.
#[component]
pub fn StartNextYear() -> impl IntoView {
    let app = use_app();
    let t = move || app.texts();
    let next = Memo::new(move |_| app.report.with(next_report_year));
    // The year just started, said where the button was and focused (the button now offers the
    // year after); the note goes once that year is undone.
    let started = RwSignal::new(None::<FiscalYear>);
    let done = Memo::new(move |_| {
        started
            .get()
            .is_some_and(|y| next.get() == Some(FiscalYear(y.0 + 1)))
    });
    let start = move |_| {
        let lang = app.lang.get_untracked();
        let Some(year) = next.get_untracked() else {
            return;
        };
        let asked = format!(
            "{}{}",
            fiscal_year_label(lang, year),
            lang.texts().next_year_confirm
        );
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
            started.set(Some(year));
        }
    };
    let drafted = Memo::new(move |_| app.report.with(drafting));
    move || {
        next.get().map(|year| {
            let button = move || view! {
                <p>{move || t().next_year_intro}</p>
                <button type="button" class="primary" data-testid="start-next-year" on:click=start>
                    {move || format!("{}{}", fiscal_year_label(app.lang.get(), year), t().next_year_button)}
                </button>
            };
            view! {
                <section class="next-year" aria-labelledby="next-year-title">
                    <h3 id="next-year-title">{move || t().next_year_title}</h3>
                    {move || done.get().then(|| view! { <DoneNote text=Signal::derive(move || t().next_year_started)/> })}
                    {move || match drafted.get() {
                        // The year after is one more click away while this year's drafts are left.
                        Some(d) => view! {
                            <p class="drafting" data-testid="drafting-year">
                                <strong>{move || format!("{}{}", fiscal_year_label(app.lang.get(), d.year), t().drafting_year)}</strong>
                                {move || app.lang.get().drafts_left(d.drafts)}
                            </p>
                            <details data-testid="next-year-more">
                                <summary>{move || format!("{}{}", fiscal_year_label(app.lang.get(), year), t().next_year_button)}</summary>
                                {button()}
                            </details>
                        }.into_any(),
                        None => button().into_any(),
                    }}
                </section>
            }
        })
    }
}
