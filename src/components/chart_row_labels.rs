//! A chart's row names as a column that stays in view while a phone scrolls the chart sideways,
//! at the page's reading size (inside the picture they shrink with it, to about 8 px). Shown
//! only on narrow screens; the picture keeps its own names for wide screens and for export.

use leptos::prelude::*;

use crate::components::chart_layout::{LazyLayout, LABEL_W};
use crate::i18n::lang_of_data;
use crate::model::decimal::decimal;

/// A share of the chart's width or height, as a CSS percentage.
fn percent(part: f64, whole: f64) -> String {
    format!("{}%", decimal(part / whole * 100.0, 2))
}

/// The row names of `layout`, over the picture's own label column (a chart `size` in viewBox
/// units), sticking to the left edge of the scrolled area.
#[component]
pub fn ChartRowLabels(layout: LazyLayout, size: (f64, f64)) -> impl IntoView {
    let (w, h) = size;
    let rows = layout.get().row_labels.clone();
    let ui = crate::state::use_app().lang.get_untracked();
    view! {
        <div class="row-labels" aria-hidden="true" data-testid="row-labels" style:width=percent(LABEL_W, w)>
            {rows.into_iter().map(|row| {
                // A hub's name is the report's Japanese; a category's is in the UI's language.
                let lang = lang_of_data(&row.text, ui);
                view! { <span lang=lang style:top=percent(row.top + row.height / 2.0, h)>{row.text}</span> }
            }).collect_view()}
        </div>
    }
}
