//! The dashboard built once off the page, when the app is first idle.
//!
//! The browser compiles each WebAssembly function on its first call. A trace of the first
//! dashboard visit after an all-Japan import (4× throttled) showed ~75 ms of `wasm.CompileLazy`
//! in 325 functions, a quarter of that visit, spread over the page's views, its charts and
//! Leptos' rendering code. Building the page once where nobody sees it compiles them while the
//! user reads, and leaves the charts of the current data in the [`super::DashboardCache`].

use leptos::prelude::*;
use leptos::tachys::view::Render;

use super::{DashboardCache, DashboardPage};
use crate::yielding::{next_turn, when_idle};

/// Builds [`DashboardPage`] once, detached from the document, when the page is first idle,
/// then drops it. Must be placed inside the router (the page reads the URL).
#[component]
pub fn DashboardWarmUp() -> impl IntoView {
    let parent = Owner::current();
    let location = leptos_router::hooks::use_location();
    let cache = use_context::<DashboardCache>();
    leptos::task::spawn_local(async move {
        when_idle().await;
        let Some(parent) = parent else {
            return;
        };
        // Not needed once the dashboard was opened (its code is compiled, and its charts must
        // keep the cache's one place).
        let opened = location.pathname.get_untracked().ends_with("/dashboard")
            || cache.is_some_and(|c| c.is_filled());
        if opened {
            return;
        }
        // Its own owner, so every effect and listener the page made goes with it.
        let owner = parent.with(Owner::new);
        let page = owner.with(|| view! { <DashboardPage/> }.build());
        // A turn for the page's effects (placing the chart's cells) to run too.
        next_turn().await;
        drop(page);
        owner.cleanup();
    });
}
