//! A facet: a group of checkboxes, each with the count it would give.

use leptos::prelude::*;

/// One value of a facet.
#[derive(Clone, Debug, PartialEq)]
pub struct FacetOption {
    /// The value's id (as in the URL).
    pub id: String,
    /// What the user reads.
    pub label: String,
    /// Entries it would give under the other filters.
    pub count: usize,
    /// Whether it is selected.
    pub checked: bool,
}

/// A fieldset of checkboxes; values that would give nothing are disabled, not hidden.
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
    view! {
        <fieldset class="facet" data-facet=key>
            <legend>{legend}</legend>
            <ul>
                {move || options.get().into_iter().map(|opt| {
                    let id = format!("facet-{key}-{}", opt.id);
                    let value = opt.id.clone();
                    let disabled = opt.count == 0 && !opt.checked;
                    view! {
                        <li class:disabled=disabled>
                            <input type="checkbox" id=id.clone() prop:checked=opt.checked disabled=disabled
                                data-value=opt.id.clone()
                                on:change=move |_| on_toggle.run(value.clone())/>
                            <label for=id>
                                <span class="facet-label">{opt.label}</span>
                                <span class="facet-count">{opt.count}</span>
                            </label>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </fieldset>
    }
}
