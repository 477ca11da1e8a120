//! The changes view's last resort: every edit taken back to the published report, after a
//! question that offers to keep a copy first.

use leptos::prelude::*;

use crate::components::download::{download, today};
use crate::model::export::report_json;
use crate::state::use_app;

/// The reset button and its confirmation; the button is disabled while `unchanged`.
#[component]
pub fn ResetAll(
    /// True when the report is the published one.
    unchanged: Signal<bool>,
) -> impl IntoView {
    let app = use_app();
    let t = move || app.texts();
    let confirming = RwSignal::new(false);
    let ask = move |_| {
        confirming.set(true);
        request_animation_frame(|| {
            crate::focus::focus_by_id("reset-confirm");
        });
    };
    let reset = move |_| {
        app.reset_to_published();
        confirming.set(false);
        app.announcement.set(t().reset_done.into());
        crate::focus::focus_by_id("changes-title");
    };
    let cancel = move |_| {
        confirming.set(false);
        crate::focus::focus_by_id("reset-all");
    };
    let save_copy = move |_| {
        app.report
            .with_untracked(|r| download(&report_json(r, &today())))
    };
    view! {
        <div class="reset">
            <button type="button" class="danger" id="reset-all" data-testid="reset" disabled=unchanged on:click=ask>
                {move || t().reset_all}
            </button>
            {move || confirming.get().then(|| view! {
                <div class="confirm" role="alertdialog" id="reset-confirm" tabindex="-1" aria-labelledby="reset-text">
                    <p id="reset-text">{t().reset_confirm}</p>
                    <button type="button" on:click=save_copy>{t().export_json}</button>
                    <button type="button" class="danger" data-testid="reset-now" on:click=reset>{t().reset_now}</button>
                    <button type="button" on:click=cancel>{t().cancel}</button>
                </div>
            })}
        </div>
    }
}
