//! Keeps the UI language, `<html lang>`, the URL's `lang=` and the remembered choice in step.

use leptos::prelude::*;

use crate::i18n::Lang;
use crate::model::url_query::query_string;
use crate::router::{use_location, NavigateOptions};
use crate::state::use_app;
use crate::storage::{load_lang, save_lang};

/// Reads the language from the URL (or the remembered choice) once, then mirrors changes.
#[component]
pub fn LangSync() -> impl IntoView {
    let app = use_app();
    let location = use_location();
    let initial = location
        .query_pairs()
        .into_iter()
        .find_map(|(k, v)| (k == "lang").then_some(v))
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
        let path = location.path.get();
        let mut params = location.query_pairs();
        let want = (lang == Lang::En).then_some("en");
        let has = params
            .iter()
            .find(|(k, _)| k == "lang")
            .map(|(_, v)| v.as_str());
        if has == want {
            return;
        }
        params.retain(|(k, _)| k != "lang");
        if let Some(tag) = want {
            params.push(("lang".to_string(), tag.to_string()));
        }
        let href = crate::routing::app_href_with_query(&path, &query_string(params));
        let hash = window().location().hash().unwrap_or_default();
        let options = NavigateOptions {
            replace: true,
            keep_scroll: true,
        };
        location.navigate(&format!("{href}{hash}"), options);
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
