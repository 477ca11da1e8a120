//! The report's title and the edition shown, as a printed page's running head names them.

use leptos::prelude::*;

use crate::i18n::{edition_name, report_title};
use crate::model::edition::edition_year;
use crate::state::use_app;

/// 在宅医療に必要な連携を担う拠点の取組について　令和7年度の報告 (in English where the file gives
/// the title in English).
#[component]
pub fn RunningTitle() -> impl IntoView {
    let app = use_app();
    view! {
        {move || {
            let title = app.report.with(|r| report_title(app.lang.get(), r));
            view! { <span lang=title.lang>{title.text}</span> }
        }}
        "　"
        {move || app.report.with(|r| edition_name(app.lang.get(), edition_year(r, app.edition.get())))}
    }
}
