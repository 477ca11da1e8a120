//! What the change chart compares, once the report holds several editions: the shown report's
//! own change (the year before's results → its plan), or its plan against an earlier edition's.

use leptos::prelude::*;

use crate::i18n::change_title;
use crate::model::edition::{edition_year, editions};
use crate::model::stats::ChangeSpan;
use crate::model::FiscalYear;
use crate::state::use_app;

/// The choice; nothing while the report holds one edition.
#[component]
pub fn ChangeChoice(plan_of: RwSignal<Option<FiscalYear>>) -> impl IntoView {
    let app = use_app();
    move || {
        let (year, earlier) = app.report.with(|r| {
            let year = edition_year(r, app.edition.get());
            let earlier: Vec<FiscalYear> = editions(r)
                .into_iter()
                .map(|e| e.0)
                .filter(|y| *y < year)
                .collect();
            (year, earlier)
        });
        (!earlier.is_empty()).then(|| {
            let lang = app.lang.get();
            let own = change_title(lang, ChangeSpan::own(year));
            let options = earlier.into_iter().map(|y| {
                view! {
                    <option value=y.0.to_string() selected=move || plan_of.get() == Some(y)>
                        {change_title(lang, ChangeSpan::plans(y, year))}
                    </option>
                }
            });
            view! {
                <label for="dash-change">{app.texts().change_compare}</label>
                <select id="dash-change" data-testid="dashboard-change"
                    on:change=move |ev| plan_of.set(event_target_value(&ev).parse().ok().map(FiscalYear))>
                    <option value="" selected=move || plan_of.get().is_none()>{own}</option>
                    {options.collect_view()}
                </select>
            }
        })
    }
}
