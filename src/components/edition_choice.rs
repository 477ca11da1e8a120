//! Which year's report hub pages, the whole report and compare show, once the report holds
//! more than one (after 「令和8年度の報告を始める」).

use leptos::prelude::*;

use crate::i18n::fiscal_year_label;
use crate::model::edition::{editions, Edition};
use crate::model::FiscalYear;
use crate::state::use_app;

/// A 年度 choice, newest first; nothing while the report holds one edition.
#[component]
pub fn EditionChoice() -> impl IntoView {
    let app = use_app();
    let all = move || app.report.with(editions);
    let choose = move |ev: leptos::ev::Event| {
        let year = event_target_value(&ev).parse().ok();
        app.chosen_edition.set(year.map(|y| Edition(FiscalYear(y))));
    };
    move || {
        let all = all();
        (all.len() > 1).then(|| {
            let lang = app.lang.get();
            let t = lang.texts();
            let options = all.into_iter().map(|e| {
                let label = format!("{}{}", fiscal_year_label(lang, e.0), t.edition_suffix);
                view! { <option value=e.0 .0.to_string()>{label}</option> }
            });
            view! {
                <label class="edition-choice">
                    {t.edition_label}
                    <select data-testid="edition" on:change=choose
                        prop:value=move || app.edition.get().map(|s| s.edition.0 .0.to_string()).unwrap_or_default()>
                        {options.collect_view()}
                    </select>
                </label>
            }
        })
    }
}
