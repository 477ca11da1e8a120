//! The entries filter, kept in the URL query.
//!
//! Views read the filter from the URL and change it through [`UrlFilter::update`], so a shared
//! link opens the same view and Back / Forward restore earlier filters. A change is shown at
//! once and written to the URL when the page is next idle: writing it (the router's update,
//! `history.pushState` or `replaceState`, and the icon Chromium then fetches again) took a
//! tenth of each input before the results could be drawn, and a burst of typing now writes it
//! once. Until then the change is held as pending, the only state besides the URL.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::model::filter::Filter;
use crate::model::url_query::{filter_from_query, filter_to_query, IgnoredParam};
use crate::state::use_app;

/// The router's navigate function, stored so that `UrlFilter` stays `Copy`.
type Navigate = Box<dyn Fn(&str, NavigateOptions) + Send + Sync>;

/// The filter in the URL, and how to change it.
#[derive(Clone, Copy)]
pub struct UrlFilter {
    /// The filter the URL describes, or a change to it not yet written.
    pub filter: Memo<Filter>,
    /// URL values that were not understood.
    pub ignored: Memo<Vec<IgnoredParam>>,
    navigate: StoredValue<Navigate>,
    path: Memo<String>,
    english: Signal<bool>,
    /// A change already shown but not yet in the URL.
    pending: RwSignal<Option<Pending>>,
    /// Counts changes of what the URL gives (its filter and ignored values): a pending change
    /// made before the latest one is no longer shown (Back, Forward, a link followed, or the
    /// URL now saying it).
    url_generation: Memo<u64>,
}

/// How a change enters the history.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Change {
    /// Replaces the current entry (a keystroke in the search box).
    Typing,
    /// Adds an entry (a box ticked, a select changed, "clear").
    Click,
}

/// A change shown before the URL says it.
#[derive(Clone)]
struct Pending {
    filter: Filter,
    change: Change,
    /// `url_generation` when it was made.
    generation: u64,
    /// Already handed to the router (the URL follows within a few microtasks).
    written: bool,
}

/// The held change if it is still current: made since the URL last gave something new.
fn current(pending: &Option<Pending>, generation: u64) -> Option<&Pending> {
    pending.as_ref().filter(|p| p.generation == generation)
}

impl UrlFilter {
    /// Changes the filter on the current page: shown at once, written when the page is idle.
    /// Typing (`replace`) replaces the history entry, anything else adds one, and the history
    /// is as if each change had been written at once: typing right after a click joins the
    /// click's entry, and a click right after another change first gives that one its own.
    pub fn update(&self, replace: bool, change: impl FnOnce(&mut Filter)) {
        let before = self.filter.get_untracked();
        let mut filter = before.clone();
        change(&mut filter);
        if filter == before {
            return;
        }
        let change = if replace {
            Change::Typing
        } else {
            Change::Click
        };
        let change = match (change, self.held()) {
            // A click after another change not yet written, or any change after one written
            // but not yet in the URL (a click whose capture listener just wrote the typing):
            // both now, or a change held after writing the first would count as stale once
            // the URL followed that write.
            (Change::Click, Some(_)) | (_, Some((_, true))) => {
                self.write_pending();
                self.hold(filter.clone(), change, true);
                self.write(&filter, change);
                return;
            }
            (Change::Typing, Some((Change::Click, false))) => Change::Click,
            (change, _) => change,
        };
        self.hold(filter, change, false);
        let this = *self;
        leptos::task::spawn_local(async move {
            crate::yielding::when_idle().await;
            this.write_pending();
        });
    }

    /// The change held for the URL as it is now, and whether it was handed to the router.
    fn held(&self) -> Option<(Change, bool)> {
        let generation = self.url_generation.get_untracked();
        self.pending
            .with_untracked(|p| current(p, generation).map(|p| (p.change, p.written)))
    }

    /// Shows `filter` until what the URL gives changes.
    fn hold(&self, filter: Filter, change: Change, written: bool) {
        self.pending.set(Some(Pending {
            filter,
            change,
            generation: self.url_generation.get_untracked(),
            written,
        }));
    }

    /// Writes the pending change, unless it was written already, the URL changed since, or
    /// the page is gone (this runs from a task and a listener that may outlive it).
    fn write_pending(&self) {
        let Some(generation) = self.url_generation.try_get_untracked() else {
            return;
        };
        let Some(Some(pending)) = self
            .pending
            .try_with_untracked(|p| current(p, generation).filter(|p| !p.written).cloned())
        else {
            return;
        };
        self.pending.update_untracked(|p| {
            if let Some(p) = p {
                p.written = true;
            }
        });
        self.write(&pending.filter, pending.change);
    }

    /// Navigates to `filter` on the current page.
    fn write(&self, filter: &Filter, change: Change) {
        let query = filter_to_query(filter);
        let path = crate::routing::app_href(&self.path.get_untracked());
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
            replace: change == Change::Typing,
            scroll: false,
            resolve: false,
            ..Default::default()
        };
        self.navigate.with_value(|nav| nav(&url, options));
    }
}

/// Writes what is pending before a link is followed, or the page left would keep its history
/// entry without what was just typed. The router follows links from its own click listener
/// (on the window, bubbling); the document's capture phase comes before it.
fn write_before_links(url: UrlFilter) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let listener = Closure::<dyn Fn()>::new(move || url.write_pending());
    let function: js_sys::Function = listener
        .as_ref()
        .unchecked_ref::<js_sys::Function>()
        .clone();
    if document
        .add_event_listener_with_callback_and_bool("click", &function, true)
        .is_err()
    {
        return;
    }
    // Only ever touched on the page's one thread.
    let kept = send_wrapper::SendWrapper::new((document, function, listener));
    on_cleanup(move || {
        let (document, function, _listener) = kept.take();
        let _ = document.remove_event_listener_with_callback_and_bool("click", &function, true);
    });
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
    let base = crate::routing::base_path();
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
        parsed.track();
        seen.map_or(0, |n| n + 1)
    });
    let pending: RwSignal<Option<Pending>> = RwSignal::new(None);
    let navigate = use_navigate();
    let url = UrlFilter {
        // Once written, the URL gives an equal filter, so nothing is drawn twice.
        filter: Memo::new(move |_| {
            let generation = url_generation.get();
            pending
                .with(|p| current(p, generation).map(|p| p.filter.clone()))
                .unwrap_or_else(|| parsed.with(|(f, _)| f.clone()))
        }),
        ignored: Memo::new(move |_| parsed.with(|(_, i)| i.clone())),
        navigate: StoredValue::new(Box::new(navigate)),
        path,
        english: Signal::derive(move || app.lang.get() == crate::i18n::Lang::En),
        pending,
        url_generation,
    };
    write_before_links(url);
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
