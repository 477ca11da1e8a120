//! A facet: a group of checkboxes, each with the count it would give.

use std::sync::Arc;

use leptos::prelude::*;

use crate::state::use_app;

/// Values shown before "show all": every theme of the taxonomy fits; 1,741 hubs do not, and
/// rendering them all would cost more than the results themselves.
const FIRST_VALUES: usize = 20;

/// One value of a facet.
#[derive(Clone, Debug, PartialEq)]
pub struct FacetOption {
    /// The value's id (as in the URL). Shared strings: 1,741 hubs are listed on every keystroke.
    pub id: Arc<str>,
    /// What the user reads.
    pub label: Arc<str>,
    /// Entries it would give under the other filters.
    pub count: usize,
    /// Whether it is selected.
    pub checked: bool,
}

/// The options on screen: the first `FIRST_VALUES` and any checked one after them, or all.
fn visible(options: Vec<FacetOption>, all: bool) -> Vec<FacetOption> {
    if all {
        return options;
    }
    options
        .into_iter()
        .enumerate()
        .filter(|(i, o)| *i < FIRST_VALUES || o.checked)
        .map(|(_, o)| o)
        .collect()
}

/// A fieldset of checkboxes; values that would give nothing are disabled, not hidden. Long
/// facets show their first values and a button for the rest.
#[component]
pub fn FacetGroup(
    /// The facet's name, used as legend and for ids.
    #[prop(into)]
    legend: Signal<String>,
    /// A stable key for element ids.
    key: &'static str,
    /// The values, with counts and selection.
    #[prop(into)]
    options: Signal<Vec<FacetOption>>,
    /// Called with a value's id when it is toggled.
    on_toggle: Callback<String>,
    /// Whether the values' labels are the report's own words (hub names), which keep their
    /// language in the English UI (WCAG 3.1.2).
    #[prop(optional)]
    report_words: bool,
) -> impl IntoView {
    let app = use_app();
    let show_all = RwSignal::new(false);
    // One read of `options` an input: it is derived, so each read builds every value again
    // (1,741 for the hub facet), and the rows and the "show all" button need it only once.
    let listed = Memo::new(move |_| {
        let all = options.get();
        let total = all.len();
        (visible(all, show_all.get()), total)
    });
    let total = move || listed.with(|(_, total)| *total);
    let shown =
        move || listed.with(|(shown, _)| shown.iter().map(|o| o.id.clone()).collect::<Vec<_>>());
    let by_id = Memo::new(move |_| {
        listed.with(|(v, _)| {
            v.iter()
                .map(|o| (o.id.clone(), o.clone()))
                .collect::<std::collections::HashMap<Arc<str>, FacetOption>>()
        })
    });
    view! {
        <fieldset class="facet" data-facet=key>
            <legend>{legend}</legend>
            <ul>
                // Keyed rows whose count and state update in place: typing changes the counts
                // of every facet, and rebuilding each row would cost more than the results.
                <For each=shown
                    key=|id| id.clone() let:value>
                    {
                        let row = Memo::new({
                            let value = value.clone();
                            move |_| by_id.with(|m| m.get(&value).cloned())
                        });
                        let count = move || row.with(|o| o.as_ref().map_or(0, |o| o.count));
                        let checked = move || row.with(|o| o.as_ref().is_some_and(|o| o.checked));
                        let disabled = move || count() == 0 && !checked();
                        let text = move || row.with(|o| o.as_ref().map(|o| o.label.clone()).unwrap_or_default());
                        let id = format!("facet-{key}-{value}");
                        view! {
                            <li class:disabled=disabled>
                                <input type="checkbox" id=id.clone() prop:checked=checked disabled=disabled
                                    data-value=value.to_string()
                                    on:change=move |_| on_toggle.run(value.to_string())/>
                                <label for=id>
                                    <span class="facet-label" lang=move || if report_words { "ja" } else { app.lang.get().tag() }>{text}</span>
                                    <span class="facet-count">{count}</span>
                                </label>
                            </li>
                        }
                    }
                </For>
            </ul>
            {move || (total() > FIRST_VALUES).then(|| view! {
                <button type="button" class="facet-more" aria-expanded=move || show_all.get().to_string()
                    data-testid="facet-more" on:click=move |_| show_all.update(|a| *a = !*a)>
                    {move || if show_all.get() {
                        app.texts().facet_show_fewer.to_string()
                    } else {
                        app.lang.get().paren(app.texts().facet_show_all, &total().to_string())
                    }}
                </button>
            })}
        </fieldset>
    }
}
