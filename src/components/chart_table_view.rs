//! A chart's numbers as a table: the alternative to the picture for screen readers, keyboard
//! and print.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::show_all::ShowAll;
use crate::i18n::lang_of_data;
use crate::model::window::Drawn;
use crate::state::use_app;

/// A table of `rows` (header row first; each row's first cell heads it), drawn up to the
/// list limit (an all-Japan report has a row per hub) and whole on request.
#[component]
pub fn ChartTableView(
    /// The table, header row first.
    rows: Vec<Vec<String>>,
    /// The table's accessible name.
    name: String,
) -> impl IntoView {
    let app = use_app();
    // The table is built again when the language changes (its words are the UI's).
    let ui = app.lang.get_untracked();
    let mut rows = rows.into_iter();
    let head = rows.next().unwrap_or_default();
    let body: Arc<Vec<Vec<String>>> = Arc::new(rows.collect());
    let len = body.len();
    let drawn = RwSignal::new(Drawn::UpToLimit);
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=name>
            <table class="chart-table" data-testid="chart-table">
                <thead><tr>{head.into_iter().map(|c| { let lang = lang_of_data(&c, ui); view! { <th scope="col" lang=lang>{c}</th> } }).collect_view()}</tr></thead>
                <tbody>
                    <For each=move || 0..drawn.get().count(len) key=|i| *i
                        children=move |i| {
                            let mut cells = body[i].clone().into_iter();
                            let first = cells.next().unwrap_or_default();
                            // Heads name hubs in the report's words: they keep their language (WCAG 3.1.2).
                            let cells = cells.map(|c| view! { <td>{c}</td> });
                            let lang = lang_of_data(&first, ui);
                            view! { <tr><th scope="row" lang=lang>{first}</th>{cells.collect_view()}</tr> }
                        }/>
                </tbody>
            </table>
        </div>
        <ShowAll drawn on_show_all=Callback::new(move |()| drawn.set(Drawn::All)) len=Signal::stored(len)
            unit=Signal::derive(move || app.texts().row_count_suffix)/>
    }
}
