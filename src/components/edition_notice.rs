//! The notice about the edition the app opened on: a new edition and what became of the
//! visitor's edits, offline, or the site's file not taken (`model::publish::open`).

use leptos::prelude::*;

use crate::i18n::{published_label, Lang};
use crate::model::publish::open::{EditionNotice, EditsOnNew, SiteProblem};
use crate::state::use_app;

/// The notice's headline and its explanation in `lang`.
fn words(lang: Lang, notice: &EditionNotice, published: Option<&str>) -> (String, String) {
    let t = lang.texts();
    let dated = |head: &str| lang.paren(head, &published_label(lang, published));
    match notice {
        EditionNotice::New { edits } => (
            dated(t.edition_new),
            match edits {
                EditsOnNew::None => String::new(),
                EditsOnNew::Merged { both_changed: 0 } => t.edition_merged.into(),
                EditsOnNew::Merged { both_changed } => {
                    format!(
                        "{}{both_changed}{}",
                        t.edition_merged, t.edition_both_changed
                    )
                }
                EditsOnNew::KeptAsTheyWere => t.edition_kept_other.into(),
            },
        ),
        EditionNotice::Offline => (dated(t.edition_offline), String::new()),
        EditionNotice::NotTaken(problem) => {
            let why = match problem {
                SiteProblem::Unreadable(p) => p.message(lang == Lang::Ja),
                SiteProblem::Status(code) => lang.paren(t.edition_status, &format!("HTTP {code}")),
                SiteProblem::Older { site } => {
                    lang.paren(t.edition_older, &published_label(lang, site.as_deref()))
                }
            };
            (dated(t.edition_not_taken), why)
        }
    }
}

/// The edition notice, until dismissed.
#[component]
pub fn EditionNoticeBanner() -> impl IntoView {
    let app = use_app();
    move || {
        let notice = app.edition_notice.get()?;
        let lang = app.lang.get();
        let (head, detail) = app
            .published
            .with_value(|p| words(lang, &notice, p.published.as_deref()));
        Some(view! {
            <div class="banner notice" role="status" data-testid="edition-notice">
                <p><strong>{head}</strong>" "<span class="sub">{detail}</span></p>
                <button type="button" on:click=move |_| app.edition_notice.set(None)>{lang.texts().close}</button>
            </div>
        })
    }
}
