//! The entries filter, kept in the URL query, and the app's paths under its base.
//!
//! Views read the filter from the URL and change it through [`UrlFilter::update`], so a shared
//! link opens the same view and Back / Forward restore earlier filters. The router takes a
//! few microtasks to report a URL it was given, so a change is held until it does: a second
//! change in the same task (two boxes ticked by a script, typing then a click) builds on the
//! first.

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
    /// The filter the URL describes, or the change to it the router has not reported yet.
    pub filter: Memo<Filter>,
    /// URL values that were not understood.
    pub ignored: Memo<Vec<IgnoredParam>>,
    navigate: StoredValue<Navigate>,
    path: Memo<String>,
    english: Signal<bool>,
    /// The last change written, and `url_generation` when it was.
    pending: RwSignal<Option<(Filter, u64)>>,
    /// Counts changes of what the URL gives (its filter and ignored values): once it moves
    /// on, the URL says the pending change, or something newer (Back, Forward, a link).
    url_generation: Memo<u64>,
}

impl UrlFilter {
    /// Changes the filter on the current page. Typing (`replace`) replaces the history entry,
    /// anything else adds one.
    pub fn update(&self, replace: bool, change: impl FnOnce(&mut Filter)) {
        let before = self.filter.get_untracked();
        let mut filter = before.clone();
        change(&mut filter);
        if filter == before {
            return;
        }
        self.write(&filter, replace);
        self.pending
            .set(Some((filter, self.url_generation.get_untracked())));
    }

    /// Navigates to `filter` on the current page.
    fn write(&self, filter: &Filter, replace: bool) {
        let query = filter_to_query(filter);
        let path = app_href(&self.path.get_untracked());
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
    let base = base_path();
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
    // Changes of what the URL gives, not of the URL: switching the language rewrites the URL,
    // and must not drop what was just typed.
    let url_generation = Memo::new(move |seen: Option<&u64>| {
        // Read, not `track()`: a memo never run has not subscribed to the URL yet.
        parsed.with(|_| ());
        seen.map_or(0, |n| n + 1)
    });
    let pending: RwSignal<Option<(Filter, u64)>> = RwSignal::new(None);
    let navigate = use_navigate();
    let url = UrlFilter {
        // Once reported, the URL gives an equal filter, so nothing is drawn twice.
        filter: Memo::new(move |_| {
            let generation = url_generation.get();
            pending
                .with(|p| {
                    p.as_ref()
                        .filter(|(_, g)| *g == generation)
                        .map(|(f, _)| f.clone())
                })
                .unwrap_or_else(|| parsed.with(|(f, _)| f.clone()))
        }),
        ignored: Memo::new(move |_| parsed.with(|(_, i)| i.clone())),
        navigate: StoredValue::new(Box::new(navigate)),
        path,
        english: Signal::derive(move || app.lang.get() == crate::i18n::Lang::En),
        pending,
        url_generation,
    };
    url
}

/// The path the app is served under, from `<base href>` (Trunk's `--public-url`), without the
/// trailing slash: `""` at the root, `"/renkei"` on a project site.
pub fn base_path() -> String {
    thread_local! {
        static BASE: String = read_base_path();
    }
    BASE.with(String::clone)
}

/// A link target inside the app: `path` (starting with `/`) under the base path. Leptos'
/// `<A>` leaves absolute paths as they are, so every in-app link goes through this.
pub fn app_href(path: &str) -> String {
    format!("{}{path}", base_path())
}

fn read_base_path() -> String {
    let href = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("base").ok().flatten())
        .and_then(|b| b.get_attribute("href"))
        .unwrap_or_default();
    href.trim_end_matches('/').to_string()
}
