//! One hub in the report's own layout: four sections × five categories, then what changed
//! from FY2024 to FY2025.

use crate::components::app_link::AppLink;
use leptos::prelude::*;

use crate::components::report_section::ReportSection;
use crate::components::workbook_export::WorkbookExport;
use crate::i18n::{category_heading, change_title};
use crate::model::edit::Change;
use crate::model::edition::{edition_year, is_shown, ShownEdition};
use crate::model::filter::EntryRef;
use crate::model::stats::{hub_changes, ChangeSpan};
use crate::model::{Category, FiscalYear, Hub};
use crate::state::use_app;

/// The hub page, for the hub id in the route.
#[component]
pub fn HubPage(
    /// The hub's id, from the path.
    id: String,
) -> impl IntoView {
    let app = use_app();
    // Drawn again when its hub changes; its cards follow the theme and category names.
    let hub = Memo::new(move |_| app.report.with(|r| r.hub(&id).cloned()));
    move || match hub.get() {
        Some(hub) => view! { <HubView hub edition=app.edition.get()/> }.into_any(),
        None => view! {
            <section>
                <h2>{move || app.texts().hub_not_found}</h2>
                <p><AppLink path="/hubs">{move || app.texts().nav_hubs}</AppLink></p>
            </section>
        }
        .into_any(),
    }
}

/// Renders one hub: on its own page, or `in_report` as one part of the whole report (no
/// new-section form or link away, an anchor for the contents, a running head when printed).
#[component]
pub fn HubView(
    hub: Hub,
    /// The edition whose four sections are shown (all sections when `None`).
    edition: Option<ShownEdition>,
    #[prop(optional)] in_report: bool,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let t = move || lang.get().texts();
    let sections = hub.sections.clone();
    let contractors: Vec<String> = hub
        .contractor_list()
        .into_iter()
        .map(str::to_string)
        .collect();
    let entries_link = format!("/?hub={}", hub.id);

    let section_views = sections
        .into_iter()
        .filter(|s| is_shown(edition, s.section, s.fiscal_year))
        .map(|heading| view! { <ReportSection hub=hub.clone() heading/> })
        .collect_view();

    let (span, changes) = app.report.with_untracked(|r| {
        let index = r.hubs.iter().position(|h| h.id == hub.id).unwrap_or(0);
        let span = ChangeSpan::own(edition_year(r, edition));
        let shown = vec![true; hub.entries.len()];
        (span, hub_changes(r, index, &shown, span))
    });
    let change_rows = Category::ALL
        .into_iter()
        .zip(changes)
        .map(|(cat, change)| {
            let text_of = |refs: &[EntryRef]| -> Vec<String> {
                refs.iter()
                    .map(|at| hub.entries[at.entry].body().lines().next().unwrap_or_default().to_string())
                    .collect()
            };
            let cell = |items: Vec<String>| {
                if items.is_empty() {
                    view! { <td>{move || t().nothing}</td> }.into_any()
                } else {
                    view! { <td lang="ja"><ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul></td> }.into_any()
                }
            };
            view! {
                <tr>
                    <th scope="row">{move || app.report.with(|r| category_heading(lang.get(), r, cat))}</th>
                    {cell(text_of(&change.continued))}
                    {cell(text_of(&change.new))}
                    {cell(text_of(&change.dropped))}
                </tr>
            }
        })
        .collect_view();

    // Compared while a side is still last year's copy, the table says little about the year.
    let drafted = [span.earlier, span.later]
        .into_iter()
        .any(|(section, year)| hub.is_still_drafted(section, year));
    let change_title_ref = format!("change-title-{}", hub.id);
    let change_title_id = change_title_ref.clone();
    view! {
        <article class="hub-page" id=format!("hub-{}", hub.id)
            data-testid=if in_report { "report-hub" } else { "hub-page" } data-hub=hub.id.clone()>
            {in_report.then(|| view! {
                <p class="print-only running-head">
                    <crate::components::running_title::RunningTitle/>"　"
                    {move || crate::components::download::today_label(lang.get())}
                </p>
            })}
            <h2 lang="ja">{hub.area.clone()}</h2>
            <dl class="hub-facts">
                <dt>{move || t().area}</dt><dd lang="ja">{hub.area.clone()}</dd>
                <dt>{move || t().organisation}</dt><dd lang="ja">{hub.organisation.clone()}</dd>
                <dt>{move || t().contractors}</dt>
                <dd lang="ja"><ul>{contractors.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul></dd>
                // Three hubs of the source are printed without a 資料 number: nothing is shown.
                {(!hub.document.is_empty()).then(|| view! { <dt>{move || t().document}</dt><dd lang="ja">{hub.document.clone()}</dd> })}
            </dl>
            {(!in_report).then(|| view! {
                <p class="actions"><AppLink path=entries_link.clone()>{move || t().show_entries_of_hub}</AppLink>
                    " "<WorkbookExport hub=hub.id.clone()/></p>
            })}
            {section_views}
            {(!in_report).then(|| view! { <AddSection hub=hub.id.clone() count=hub.sections.len()/> })}
            // The app's own reading of the change, not the report's text: on the hub's page only,
            // not in the whole report printed in its own layout.
            {(!in_report).then(|| view! {
            <section class="year-change" aria-labelledby=change_title_ref.clone()>
                <h3 id=change_title_id>{move || change_title(lang.get(), span)}</h3>
                <p>{move || t().change_intro}</p>
                {drafted.then(|| view! { <p class="notice" data-testid="change-drafted">{move || t().change_of_drafts}</p> })}
                <div class="table-scroll" tabindex="0" role="region" aria-label=move || lang.get().paren(&change_title(lang.get(), span), t().chart_table)>
                    <table>
                        <thead><tr>
                            <th scope="col">{move || t().category_label}</th>
                            <th scope="col">{move || t().continued}</th>
                            <th scope="col">{move || t().new}</th>
                            <th scope="col">{move || t().dropped}</th>
                        </tr></thead>
                        <tbody>{change_rows}</tbody>
                    </table>
                </div>
            </section>
            })}
        </article>
    }
}

/// A small form that adds a section heading for a new fiscal year (e.g. FY2026 plan).
#[component]
fn AddSection(hub: String, count: usize) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let t = move || lang.get().texts();
    let fy = RwSignal::new(String::from("2026"));
    let section = RwSignal::new(String::from("plan"));
    let heading = RwSignal::new(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Ok(year), Some(sec)) = (
            fy.get_untracked().trim().parse::<u16>(),
            crate::model::Section::from_id(&section.get_untracked()),
        ) else {
            return;
        };
        let text = heading.get_untracked().trim().to_string();
        let text = if text.is_empty() {
            format!(
                "{}{}",
                crate::i18n::fiscal_year_label(crate::i18n::Lang::Ja, FiscalYear(year)),
                crate::i18n::section_label(crate::i18n::Lang::Ja, sec)
            )
        } else {
            text
        };
        let after = crate::model::SectionHeading {
            section: sec,
            fiscal_year: FiscalYear(year),
            heading: text,
        };
        app.apply_announced(Change::Heading {
            hub: hub.clone(),
            index: count,
            before: None,
            after: Some(after),
        });
    };
    view! {
        <details class="add-section">
            <summary>{move || t().add_section}</summary>
            <form on:submit=submit class="inline-form">
                <label for="as-fy">{move || t().field_fy}</label>
                <input id="as-fy" inputmode="numeric" prop:value=move || fy.get() on:input=move |ev| fy.set(event_target_value(&ev))/>
                <label for="as-section">{move || t().facet_section}</label>
                <select id="as-section" prop:value=move || section.get() on:change=move |ev| section.set(event_target_value(&ev))>
                    {crate::model::Section::ALL.into_iter().map(|s| view! { <option value=s.id()>{move || crate::i18n::section_label(lang.get(), s)}</option> }).collect_view()}
                </select>
                <label for="as-heading">{move || t().field_heading}</label>
                <input id="as-heading" prop:value=move || heading.get() on:input=move |ev| heading.set(event_target_value(&ev))/>
                <button type="submit" data-testid="add-section">{move || t().add}</button>
            </form>
        </details>
    }
}
