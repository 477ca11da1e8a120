//! The URL query as the single source of truth for the entries filter.
//!
//! Views read the filter from the URL and change it by navigating, so a shared link opens the
//! same view and Back / Forward restore earlier filters without any extra state.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::model::filter::Filter;
use crate::model::url_query::{filter_from_query, filter_to_query, IgnoredParam};
use crate::state::use_app;

/// The router's navigate function, stored so that `UrlFilter` stays `Copy`.
type Navigate = Box<dyn Fn(&str, NavigateOptions) + Send + Sync>;

/// The filter in the URL, and how to change it.
#[derive(Clone, Copy)]
pub struct UrlFilter {
    /// The filter the URL describes.
    pub filter: Memo<Filter>,
    /// URL values that were not understood.
    pub ignored: Memo<Vec<IgnoredParam>>,
    navigate: StoredValue<Navigate>,
    path: Memo<String>,
    english: Signal<bool>,
}

impl UrlFilter {
    /// Shows `filter` on `path` (or the current page): a new history entry, or a replaced
    /// one for keystrokes in the search box.
    pub fn go(&self, path: Option<&str>, filter: &Filter, replace: bool) {
        let query = filter_to_query(filter);
        let path = path
            .map(str::to_string)
            .unwrap_or_else(|| self.path.get_untracked());
        let path = crate::app_href(&path);
        // The UI language rides along in every URL (see `LangSync`).
        let query = match (self.english.get_untracked(), query.is_empty()) {
            (true, true) => "lang=en".to_string(),
            (true, false) => format!("{query}&lang=en"),
            (false, _) => query,
        };
        let url = if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        };
        // The URL already carries the base path; resolving would drop the slash of `/base/`.
        let options = NavigateOptions {
            replace,
            scroll: false,
            resolve: false,
            ..Default::default()
        };
        self.navigate.with_value(|nav| nav(&url, options));
    }

    /// Changes the filter on the current page.
    pub fn update(&self, replace: bool, change: impl FnOnce(&mut Filter)) {
        let mut filter = self.filter.get_untracked();
        change(&mut filter);
        self.go(None, &filter, replace);
    }
}

/// Reads the entries filter from the URL query (must be called inside the router).
pub fn use_url_filter() -> UrlFilter {
    let app = use_app();
    let query = use_query_map();
    let parsed = Memo::new(move |_| {
        query.with(|map| {
            app.report
                .with(|r| filter_from_query(r, map.into_iter().map(|(k, v)| (k.as_ref(), v))))
        })
    });
    let location = use_location();
    // Router paths include the base; navigation re-adds it, so strip it here.
    let base = crate::base_path();
    let path = Memo::new(move |_| {
        let full = location.pathname.get();
        let rel = full
            .strip_prefix(base.as_str())
            .unwrap_or(&full)
            .to_string();
        if rel.is_empty() {
            "/".to_string()
        } else {
            rel
        }
    });
    let navigate = use_navigate();
    UrlFilter {
        filter: Memo::new(move |_| parsed.with(|(f, _)| f.clone())),
        ignored: Memo::new(move |_| parsed.with(|(_, i)| i.clone())),
        navigate: StoredValue::new(Box::new(navigate)),
        path,
        english: Signal::derive(move || app.lang.get() == crate::i18n::Lang::En),
    }
}
