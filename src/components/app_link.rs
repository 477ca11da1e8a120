//! A link to a view of the app.

use leptos::prelude::*;

use crate::router::use_location;
use crate::routing::app_href;

/// Whether a link to `target` (a path under the base, maybe with a query) names the view at
/// `path`: the same path when `exact`, else that path or one below it. A link with a query
/// is to a filtered view, never the current page.
fn is_current(path: &str, target: &str, exact: bool) -> bool {
    if target.contains('?') {
        return false;
    }
    let (path, target) = (path.trim_end_matches('/'), target.trim_end_matches('/'));
    path == target || (!exact && path.starts_with(target) && path[target.len()..].starts_with('/'))
}

/// A link to `path` (under the base path), marked `aria-current="page"` while it is shown.
#[component]
pub fn AppLink(
    /// The path of the view, starting with `/`, maybe with a query.
    #[prop(into)]
    path: String,
    /// Current only on exactly this path, not below it (the root's link).
    #[prop(optional)]
    exact: bool,
    /// Also marked, as the current section (`aria-current="true"`), on this path and below
    /// it: the hub list's link on a hub's own page.
    #[prop(optional)]
    section: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let location = use_location();
    let href = app_href(&path);
    let current = move || {
        location.path.with(|here| {
            if is_current(here, &path, exact) {
                Some("page")
            } else {
                section
                    .is_some_and(|s| is_current(here, s, false))
                    .then_some("true")
            }
        })
    };
    view! { <a href=href aria-current=current>{children()}</a> }
}
