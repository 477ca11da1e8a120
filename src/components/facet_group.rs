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
) -> impl IntoView {
    let app = use_app();
    let show_all = RwSignal::new(false);
    let total = move || options.with(Vec::len);
    view! {
        <fieldset class="facet" data-facet=key>
            <legend>{legend}</legend>
            <ul>
                {move || visible(options.get(), show_all.get()).into_iter().map(|opt| {
                    let id = format!("facet-{key}-{}", opt.id);
                    let value = opt.id.clone();
                    let disabled = opt.count == 0 && !opt.checked;
                    view! {
                        <li class:disabled=disabled>
                            <input type="checkbox" id=id.clone() prop:checked=opt.checked disabled=disabled
                                data-value=opt.id.clone()
                                on:change=move |_| on_toggle.run(value.to_string())/>
                            <label for=id>
                                <span class="facet-label">{opt.label}</span>
                                <span class="facet-count">{opt.count}</span>
                            </label>
                        </li>
                    }
                }).collect_view()}
            </ul>
            {move || (total() > FIRST_VALUES).then(|| view! {
                <button type="button" class="facet-more" aria-expanded=move || show_all.get().to_string()
                    data-testid="facet-more" on:click=move |_| show_all.update(|a| *a = !*a)>
                    {move || if show_all.get() {
                        app.texts().facet_show_fewer.to_string()
                    } else {
                        format!("{}（{}）", app.texts().facet_show_all, total())
                    }}
                </button>
            })}
        </fieldset>
    }
}
