//! One of a hub's sections in the report's own layout: five category columns, or one cell
//! across them where the report prints one (challenges, progress); and a button to add an entry. Printed, a head with the hub, the section and ①–⑤ repeats on every page
//! the section runs onto, as a printed table's header row does.

use leptos::prelude::*;

use crate::components::edit_target::{use_editor, EditTarget};
use crate::components::entry_card::{EntryCard, EntryCardOptions, HubLabel};
use crate::components::running_title::RunningTitle;
use crate::i18n::{category_heading, section_heading};
use crate::model::edit::next_entry_id;
use crate::model::{Category, Entry, Hub, SectionHeading};
use crate::state::use_app;

/// The section `heading` of `hub`, its entries in five columns.
#[component]
pub fn ReportSection(hub: Hub, heading: SectionHeading) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let t = move || lang.get().texts();
    let editor = use_editor();
    let label = HubLabel::from(&hub);
    let cat_name = move |cat: Category| app.report.with(|r| category_heading(lang.get(), r, cat));

    let none = move || view! { <p class="none" aria-label=move || t().nothing_label>{move || t().nothing}</p> };
    let entries = |cat: Option<Category>| -> Vec<Entry> {
        hub.entries_in(heading.section, heading.fiscal_year)
            .filter(|e| cat.is_none_or(|c| e.category == c))
            .cloned()
            .collect()
    };
    // A cell's cards; in one cell across the table each card names its category.
    let cards = move |entries: Vec<Entry>, show_category: bool| {
        let label = label.clone();
        entries
            .into_iter()
            .map(move |e| {
                // Under the section's h3, or in a column under its category's h4.
                let options = EntryCardOptions {
                    show_category,
                    level: if show_category { "4" } else { "5" },
                    ..EntryCardOptions::default()
                };
                view! { <EntryCard hub=label.clone() entry=e options/> }
            })
            .collect_view()
    };
    let one_cell = heading.section.prints_as_one_cell();
    let columns = if one_cell {
        let list = entries(None);
        let cell = if list.is_empty() {
            none().into_any()
        } else {
            cards(list, true).into_any()
        };
        view! { <div class="cat-col">{cell}</div> }.into_any()
    } else {
        Category::ALL
            .into_iter()
            .map(|cat| {
                let list = entries(Some(cat));
                let cell = if list.is_empty() {
                    none().into_any()
                } else {
                    cards(list, false).into_any()
                };
                view! {
                    <div class="cat-col">
                        <h4>{move || cat_name(cat)}</h4>
                        {cell}
                    </div>
                }
            })
            .collect_view()
            .into_any()
    };

    let new_entry = {
        let hub_id = hub.id.clone();
        let (section, fiscal_year) = (heading.section, heading.fiscal_year);
        let hub = hub.clone();
        move |_| {
            let entry = Entry {
                id: next_entry_id(&hub, section, fiscal_year),
                section,
                fiscal_year,
                category: Category::ALL[0],
                // The editor's category select decides it.
                category_inferred: false,
                label: None,
                paragraphs: Vec::new(),
                themes: Vec::new(),
                status: None,
                facts: Default::default(),
                draft: false,
            };
            editor.0.set(Some(EditTarget {
                hub: hub_id.clone(),
                index: None,
                entry,
            }));
        }
    };

    // The section's heading: the report's words in Japanese, its section and year in English.
    let named_heading = {
        let heading = heading.clone();
        move || {
            let named = section_heading(lang.get(), &heading);
            view! { <span lang=named.lang>{named.text}</span> }
        }
    };
    let h3_heading = named_heading.clone();
    view! {
        <section class="report-section" data-section=heading.section.id() data-fy=heading.fiscal_year.0>
            // Printed only: on screen the headings below say the same once.
            <div class="print-only print-head" aria-hidden="true">
                // On every page the section runs onto: the hub and the section, and beside them
                // (no taller: a taller head pushed a hub's first section off its first page) the
                // report and its edition.
                <p class="head-line">
                    <span><span lang="ja">{hub.area.clone()}</span>"　"{named_heading.clone()}</span>
                    <span class="running-title"><RunningTitle/></span>
                </p>
                {(!one_cell).then(|| view! {
                    <div class="print-cats">
                        {Category::ALL.into_iter().map(|cat| view! { <span>{move || cat_name(cat)}</span> }).collect_view()}
                    </div>
                })}
            </div>
            <h3>{h3_heading}</h3>
            <div class=if one_cell { "report-grid one-cell" } else { "report-grid" }>{columns}</div>
            <button type="button" class="add" data-testid="add-entry" on:click=new_entry>{move || t().add_entry}</button>
        </section>
    }
}
