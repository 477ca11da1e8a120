//! Text with search matches marked, always rendered as text (never as HTML).

use leptos::prelude::*;

use crate::model::search::SearchQuery;

/// Renders `text`, wrapping the parts that match `query` in `<mark>`; only the marks are
/// redrawn when the query changes.
#[component]
pub fn Highlighted(text: String, #[prop(into)] query: Signal<SearchQuery>) -> impl IntoView {
    move || {
        query.with(|q| {
            q.highlight(&text)
                .into_iter()
                .map(|(part, hit)| {
                    let part = part.to_string();
                    if hit {
                        view! { <mark>{part}</mark> }.into_any()
                    } else {
                        part.into_any()
                    }
                })
                .collect_view()
        })
    }
}
