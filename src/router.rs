//! The app's router: where the browser is (the path under the base path, the query) as
//! signals, history navigation, and clicks on in-app links. Written for the app's ten flat
//! routes instead of leptos_router, whose share of the first load was larger than this file
//! is worth (BENCHMARKS.md, session 18).

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::model::route::Route;
use crate::routing::base_path;

/// Where the browser is, as the views read it. Provided by `App`; see [`use_location`].
#[derive(Clone, Copy)]
pub struct Location {
    /// The path under the base path, starting with `/`.
    pub path: ReadSignal<String>,
    /// The query string without its `?`, still encoded.
    pub query: ReadSignal<String>,
    /// The view the path names.
    pub route: Memo<Route>,
    set_path: WriteSignal<String>,
    set_query: WriteSignal<String>,
}

/// How [`Location::navigate`] goes.
#[derive(Clone, Copy, Default)]
pub struct NavigateOptions {
    /// Replace the current history entry instead of adding one (typing in a search box).
    pub replace: bool,
    /// Keep the scroll position instead of starting the new view at its top.
    pub keep_scroll: bool,
}

impl Location {
    /// Reads the browser's location, follows Back / Forward and clicks on in-app links, and
    /// provides itself as context. Called once, by `App`.
    pub fn provide() -> Location {
        let (path, set_path) = signal(browser_path());
        let (query, set_query) = signal(browser_query());
        let route = Memo::new(move |_| path.with(|p| Route::from_path(p)));
        let location = Location {
            path,
            query,
            route,
            set_path,
            set_query,
        };
        let popstate = window_event_listener(leptos::ev::popstate, move |_| location.sync());
        let clicks = window_event_listener(leptos::ev::click, move |ev| location.follow_link(&ev));
        on_cleanup(move || {
            popstate.remove();
            clicks.remove();
        });
        provide_context(location);
        location
    }

    /// Goes to `href`, a URL path that includes the base path (see `routing::app_href`),
    /// with its query: a new history entry (or the current one replaced), then the views follow.
    pub fn navigate(&self, href: &str, options: NavigateOptions) {
        let history = window().history().ok();
        let moved = history.is_some_and(|h| {
            let url = Some(href);
            if options.replace {
                h.replace_state_with_url(&JsValue::NULL, "", url).is_ok()
            } else {
                h.push_state_with_url(&JsValue::NULL, "", url).is_ok()
            }
        });
        if !moved {
            // History refused the URL: let the browser load it.
            let _ = window().location().set_href(href);
            return;
        }
        if !options.keep_scroll {
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
        self.sync();
    }

    /// The decoded query pairs, in order (tracked).
    pub fn query_pairs(&self) -> Vec<(String, String)> {
        self.query.with(|q| crate::model::url_query::parse_query(q))
    }

    /// Takes what the browser's location says now; signals change only when their value does.
    fn sync(&self) {
        let (path, query) = (browser_path(), browser_query());
        if self.path.with_untracked(|p| *p != path) {
            self.set_path.set(path);
            // Another view: focus starts at its heading, as on a page load, rather than on
            // the page's body where the link or cell that led here was. Right after the view
            // is drawn, before the browser puts a page Back returns to where it was left.
            leptos::task::spawn_local(async { crate::focus::focus_view_heading() });
        }
        if self.query.with_untracked(|q| *q != query) {
            self.set_query.set(query);
        }
    }

    /// A plain left click on a link to a view of the app navigates inside the app; links
    /// that download, open elsewhere or leave the app are the browser's.
    fn follow_link(&self, ev: &web_sys::MouseEvent) {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.ctrl_key()
            || ev.meta_key()
            || ev.shift_key()
            || ev.alt_key()
        {
            return;
        }
        let Some(anchor) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[href]").ok().flatten())
        else {
            return;
        };
        if anchor.has_attribute("download") || anchor.has_attribute("target") {
            return;
        }
        // `#id` would resolve against `<base href>` and leave the view: scroll to it instead.
        if let Some(id) = anchor
            .get_attribute("href")
            .and_then(|h| h.strip_prefix('#').map(str::to_string))
        {
            ev.prevent_default();
            if let Some(target) = document().get_element_by_id(&id) {
                target.scroll_into_view();
            }
            return;
        }
        let Ok(anchor) = anchor.dyn_into::<web_sys::HtmlAnchorElement>() else {
            return;
        };
        let here = window().location();
        let base = base_path();
        let path = anchor.pathname();
        let in_app = path == base || path.starts_with(&format!("{base}/"));
        // A file under the app (data/report.json) is not a view.
        let file = path
            .rsplit('/')
            .next()
            .is_some_and(|last| last.contains('.'));
        if anchor.origin() != here.origin().unwrap_or_default() || !in_app || file {
            return;
        }
        ev.prevent_default();
        let href = format!("{path}{}{}", anchor.search(), anchor.hash());
        self.navigate(&href, NavigateOptions::default());
    }
}

/// The app's [`Location`] (inside `App`).
pub fn use_location() -> Location {
    expect_context()
}

/// The browser's path without the base path: `/` at the app's root.
fn browser_path() -> String {
    let full = window().location().pathname().unwrap_or_default();
    let base = base_path();
    let rel = full.strip_prefix(base.as_str()).unwrap_or(&full);
    if rel.is_empty() {
        "/".to_string()
    } else {
        rel.to_string()
    }
}

/// The browser's query string without `?`.
fn browser_query() -> String {
    let search = window().location().search().unwrap_or_default();
    search.trim_start_matches('?').to_string()
}
