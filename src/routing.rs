//! The entries filter, kept in the URL query, and the app's paths under its base.
//!
//! Views read the filter from the URL and change it through [`UrlFilter::update`], so a shared
//! link opens the same view and Back / Forward restore earlier filters. Navigation updates the
//! location at once (`router.rs`), so a second change in the same task builds on the first.

use leptos::prelude::*;

use crate::model::filter::Filter;
use crate::model::url_query::{filter_from_query, filter_to_query, IgnoredParam};
use crate::router::{use_location, Location, NavigateOptions};
use crate::state::use_app;

/// The filter in the URL, and how to change it.
#[derive(Clone, Copy)]
pub struct UrlFilter {
    /// The filter the URL describes.
    pub filter: Memo<Filter>,
    /// URL values that were not understood.
    pub ignored: Memo<Vec<IgnoredParam>>,
    location: Location,
    english: Signal<bool>,
}

impl UrlFilter {
    /// Changes the filter on the current page. Typing (`replace`) replaces the history entry,
    /// anything else adds one.
    pub fn update(&self, replace: bool, change: impl FnOnce(&mut Filter)) {
        let before = self.filter.get_untracked();
        let mut filter = before.clone();
        change(&mut filter);
        if filter != before {
            self.write(&filter, replace);
        }
    }

    /// Navigates to `filter` on the current page.
    fn write(&self, filter: &Filter, replace: bool) {
        let query = filter_to_query(filter);
        // The UI language rides along in every URL (see `LangSync`).
        let query = match (self.english.get_untracked(), query.is_empty()) {
            (true, true) => "lang=en".to_string(),
            (true, false) => format!("{query}&lang=en"),
            (false, _) => query,
        };
        let url = app_href_with_query(&self.location.path.get_untracked(), &query);
        let options = NavigateOptions {
            replace,
            keep_scroll: true,
        };
        self.location.navigate(&url, options);
    }
}

/// Reads the entries filter from the URL query.
pub fn use_url_filter() -> UrlFilter {
    let app = use_app();
    let location = use_location();
    let parsed = Memo::new(move |_| {
        let pairs = location.query_pairs();
        app.report
            .with(|r| filter_from_query(r, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))))
    });
    UrlFilter {
        filter: Memo::new(move |_| parsed.with(|(f, _)| f.clone())),
        ignored: Memo::new(move |_| parsed.with(|(_, i)| i.clone())),
        location,
        english: Signal::derive(move || app.lang.get() == crate::i18n::Lang::En),
    }
}

/// The path the app is served under, from `<base href>` (Trunk's `--public-url`), without the
/// trailing slash: `""` at the root, `"/renkei"` on a project site.
pub fn base_path() -> String {
    thread_local! {
        static BASE: String = read_base_path();
    }
    BASE.with(String::clone)
}

/// A link target inside the app: `path` (starting with `/`) under the base path.
pub fn app_href(path: &str) -> String {
    format!("{}{path}", base_path())
}

/// `path` under the base path with `query` (without its `?`; none when it is empty).
pub fn app_href_with_query(path: &str, query: &str) -> String {
    if query.is_empty() {
        app_href(path)
    } else {
        format!("{}?{query}", app_href(path))
    }
}

fn read_base_path() -> String {
    let href = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("base").ok().flatten())
        .and_then(|b| b.get_attribute("href"))
        .unwrap_or_default();
    href.trim_end_matches('/').to_string()
}
