//! The URL query as the single source of truth for the entries filter.
//!
//! Views read the filter from the URL and change it by navigating, so a shared link opens the
//! same view and Back / Forward restore earlier filters without any extra state. A change is
//! shown at once and written to the URL when the page is next idle: writing it (the router's
//! update, `history.pushState` or `replaceState`, and the icon Chromium then fetches again)
//! took a tenth of each input before the results could be drawn, and a burst of typing now
//! writes it once.

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
    /// The filter the URL describes (or is about to).
    pub filter: Memo<Filter>,
    /// URL values that were not understood.
    pub ignored: Memo<Vec<IgnoredParam>>,
    navigate: StoredValue<Navigate>,
    path: Memo<String>,
    english: Signal<bool>,
    /// A filter already shown but not yet in the route's URL.
    pending: RwSignal<Option<Pending>>,
    /// Counts changes of the URL's filter: a pending filter made before the latest change is
    /// no longer shown (Back, Forward, a link followed, or the URL now saying it).
    url_seen: Memo<u64>,
}

/// A filter shown before the URL says it.
#[derive(Clone)]
struct Pending {
    filter: Filter,
    /// Replace the history entry (typing) instead of adding one (a click).
    replace: bool,
    /// `url_seen` when it was made.
    url_seen: u64,
    /// Already handed to the router.
    written: bool,
}

impl UrlFilter {
    /// Shows `filter` on `path` (or the current page) now: a new history entry, or a replaced
    /// one.
    pub fn go(&self, path: Option<&str>, filter: &Filter, replace: bool) {
        if path.is_none() {
            // The route's URL follows the router's a moment later; until then this is shown,
            // and nothing typed before may be written after it.
            self.show(filter.clone(), replace, true);
        }
        self.write(path, filter, replace);
    }

    /// Changes the filter on the current page, shown at once and written when the page is
    /// idle: a keystroke (`replace`) replaces the history entry, a click adds one. The history
    /// is as if each were written at once: typing right after a click joins the click's entry,
    /// and a click right after typing (or another click) first gives that its own.
    pub fn update(&self, replace: bool, change: impl FnOnce(&mut Filter)) {
        let mut filter = self.filter.get_untracked();
        change(&mut filter);
        let url_seen = self.url_seen.get_untracked();
        let unwritten = self.pending.with_untracked(|p| {
            p.as_ref()
                .filter(|p| !p.written && p.url_seen == url_seen)
                .map(|p| p.replace)
        });
        if !replace && unwritten.is_some() {
            // Both now: a pending filter made after writing the first would count as stale
            // once the URL followed that write.
            self.write_pending();
            self.go(None, &filter, false);
            return;
        }
        self.show(filter, replace && unwritten != Some(false), false);
        let this = *self;
        leptos::task::spawn_local(async move {
            crate::yielding::when_idle().await;
            this.write_pending();
        });
    }

    /// Shows `filter` until the URL's filter changes.
    fn show(&self, filter: Filter, replace: bool, written: bool) {
        self.pending.set(Some(Pending {
            filter,
            replace,
            url_seen: self.url_seen.get_untracked(),
            written,
        }));
    }

    /// Writes the pending filter, unless it was written already, the URL changed since, or
    /// the page is gone.
    fn write_pending(&self) {
        let Some(Some(pending)) = self.pending.try_get_untracked() else {
            return;
        };
        if pending.written || self.url_seen.try_get_untracked() != Some(pending.url_seen) {
            return;
        }
        self.pending.update_untracked(|p| {
            if let Some(p) = p {
                p.written = true;
            }
        });
        self.write(None, &pending.filter, pending.replace);
    }

    /// Navigates to `filter` on `path` (or the current page).
    fn write(&self, path: Option<&str>, filter: &Filter, replace: bool) {
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
    // Changes of the filter the URL gives, not of the URL: switching the language rewrites the
    // URL, and must not drop what was just typed.
    let url_seen = Memo::new(move |seen: Option<&u64>| {
        parsed.track();
        seen.map_or(0, |n| n + 1)
    });
    let pending: RwSignal<Option<Pending>> = RwSignal::new(None);
    let navigate = use_navigate();
    UrlFilter {
        // Once written, the URL gives an equal filter, so nothing is drawn twice.
        filter: Memo::new(move |_| {
            let seen = url_seen.get();
            pending
                .with(|p| {
                    p.as_ref()
                        .filter(|p| p.url_seen == seen)
                        .map(|p| p.filter.clone())
                })
                .unwrap_or_else(|| parsed.with(|(f, _)| f.clone()))
        }),
        ignored: Memo::new(move |_| parsed.with(|(_, i)| i.clone())),
        navigate: StoredValue::new(Box::new(navigate)),
        path,
        english: Signal::derive(move || app.lang.get() == crate::i18n::Lang::En),
        pending,
        url_seen,
    }
}
