//! Keeps the UI language, `<html lang>`, the URL's `lang=` and the remembered choice in step.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::i18n::Lang;
use crate::state::use_app;
use crate::storage::{load_lang, save_lang};

/// Reads the language from the URL (or the remembered choice) once, then mirrors changes.
#[component]
pub fn LangSync() -> impl IntoView {
    let app = use_app();
    let query = use_query_map();
    let location = use_location();
    let navigate = use_navigate();
    let initial = query
        .with_untracked(|q| q.get("lang"))
        .or_else(load_lang)
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_default();
    app.lang.set(initial);

    Effect::new(move |_| {
        let lang = app.lang.get();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.tag());
        }
        save_lang(lang.tag());
    });
    // Every URL carries lang=en while the UI is English (and none in Japanese, the default).
    Effect::new(move |_| {
        let lang = app.lang.get();
        let path = location.pathname.get();
        let mut params = query.get();
        let want = (lang == Lang::En).then_some("en");
        if params.get_str("lang") == want {
            return;
        }
        match want {
            Some(tag) => params.replace("lang", tag.to_string()),
            None => {
                params.remove("lang");
            }
        }
        let search = params.to_query_string();
        let hash = location.hash.get_untracked();
        navigate(
            &format!("{path}{search}{hash}"),
            NavigateOptions {
                replace: true,
                resolve: false,
                scroll: false,
                ..Default::default()
            },
        );
    });
}

/// The button that switches between 日本語 and English.
#[component]
pub fn LangToggle() -> impl IntoView {
    let app = use_app();
    view! {
        <button type="button" class="lang-toggle" data-testid="lang-toggle"
            lang=move || app.texts().switch_lang_tag
            on:click=move |_| app.lang.update(|l| *l = if *l == Lang::Ja { Lang::En } else { Lang::Ja })>
            {move || app.texts().switch_lang}
        </button>
    }
}
