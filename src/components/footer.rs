//! The page footer naming the source report.

use leptos::prelude::*;

use crate::model::Report;

/// Site footer: where the data comes from, and that nothing leaves the browser.
#[component]
pub fn Footer() -> impl IntoView {
    let report = expect_context::<RwSignal<Report>>();
    let source = move || {
        report.with(|r| {
            format!(
                "出典：{}「{}」（{}）",
                r.source.publisher,
                r.title,
                r.source.documents.join("、")
            )
        })
    };
    view! {
        <footer class="site-footer">
            <p class="source" data-testid="source">{source}</p>
            <p>"データはこのブラウザの中だけで扱われ、外部へ送信されません。"</p>
        </footer>
    }
}
