//! The compare view's table: a row per category, a column per chosen hub, the chosen
//! section's entries (of the chosen themes, if any) in each cell.

use leptos::prelude::*;

use crate::components::entry_card::{EntryCard, EntryCardOptions, HubLabel};
use crate::i18n::category_heading;
use crate::model::compare::cell_entries;
use crate::model::edition::is_shown;
use crate::model::filter::Filter;
use crate::model::{Category, Section};
use crate::state::use_app;

/// The table of the hubs `hubs` (ids, in column order) for `section` under `filter`'s themes.
#[component]
pub fn CompareTable(
    hubs: Memo<Vec<String>>,
    section: Memo<Section>,
    filter: Memo<Filter>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let t = move || lang.get().texts();
    move || {
        let chosen = hubs.get();
        let section = section.get();
        let filter = filter.get();
        let edition = app.edition.get();
        app.report.with(|r| {
            let heads = chosen
                .iter()
                .filter_map(|id| r.hub(id))
                .map(|h| {
                    let heading = h
                        .sections
                        .iter()
                        .find(|s| s.section == section && is_shown(edition, s.section, s.fiscal_year))
                        .map(|s| crate::i18n::section_heading(lang.get(), s));
                    let heading = heading.map(|n| view! { <span class="sub" lang=n.lang>{n.text}</span> });
                    view! { <th scope="col" data-hub=h.id.clone()><span lang="ja">{h.area.clone()}</span>{heading}</th> }
                })
                .collect_view();
            let rows = Category::ALL
                .into_iter()
                .map(|cat| {
                    let name = category_heading(lang.get(), r, cat);
                    let cells = chosen
                        .iter()
                        .filter_map(|id| r.hub(id))
                        .map(|h| {
                            let entries: Vec<_> = cell_entries(h, (section, edition), cat, &filter).cloned().collect();
                            let label = HubLabel::from(h);
                            view! {
                                <td data-hub=h.id.clone()>
                                    {entries.into_iter().map(|e| {
                                        view! { <EntryCard hub=label.clone() entry=e options=EntryCardOptions::default()/> }
                                    }).collect_view()}
                                </td>
                            }
                        })
                        .collect_view();
                    view! { <tr><th scope="row">{name}</th>{cells}</tr> }
                })
                .collect_view();
            view! {
                <table class="compare-table" data-testid="compare-table">
                    <thead><tr><th scope="col">{t().category_label}</th>{heads}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        })
    }
}
