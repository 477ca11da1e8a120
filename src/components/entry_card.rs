//! One entry of the report, as a card: where it is from, its category, its text and themes.

use leptos::prelude::*;

use crate::components::highlighted::Highlighted;
use crate::i18n::{fiscal_year_label, section_label, status_label};
use crate::model::search::SearchQuery;
use crate::model::{Entry, Hub};

/// The hub an entry belongs to, as a card shows it.
#[derive(Clone, Debug)]
pub struct HubLabel {
    /// Hub id.
    pub id: String,
    /// 対象地域.
    pub area: String,
}

impl From<&Hub> for HubLabel {
    fn from(hub: &Hub) -> Self {
        HubLabel {
            id: hub.id.clone(),
            area: hub.area.clone(),
        }
    }
}
use crate::state::use_app;

/// What an entry card shows besides the entry itself.
#[derive(Clone, Default)]
pub struct EntryCardOptions {
    /// Show the hub's area and a link to its page (off inside a hub's own page).
    pub show_hub: bool,
    /// Show the section and fiscal year (off where a heading already says them).
    pub show_section: bool,
    /// Show the category's name (off where a column or row heading already says it).
    pub show_category: bool,
    /// Search terms to highlight, as they change: a card kept across searches updates its
    /// marks in place. `None` highlights nothing.
    pub query: Option<Signal<SearchQuery>>,
}

/// Renders one entry with the stable test hooks `data-testid="entry"`, `data-hub`, `data-entry-id`.
#[component]
pub fn EntryCard(hub: HubLabel, entry: Entry, options: EntryCardOptions) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let category = entry.category;
    let category_name = move || {
        app.report
            .with(|r| crate::i18n::category_name(lang.get(), r, category))
    };
    let label = entry.label.clone();
    let inferred = entry.category_inferred;
    let section = entry.section;
    let fy = entry.fiscal_year;
    let status = entry.status;
    let paragraphs: Vec<String> = entry.body().split('\n').map(str::to_string).collect();
    let query = options
        .query
        .unwrap_or_else(|| Signal::stored(SearchQuery::default()));
    let themes = entry.themes.clone();
    let hub_link = format!("/hub/{}", hub.id);
    let editor = crate::components::entry_editor::use_editor();
    let entry_id = entry.id.clone();
    let edit_name = format!(
        "{} {}",
        hub.area,
        entry
            .label
            .clone()
            .unwrap_or_else(|| entry.category.circled().to_string())
    );
    let is_edited = {
        let id = entry.id.clone();
        move || app.edited.with(|set| set.contains(&id))
    };
    let open_editor = {
        let hub_id = hub.id.clone();
        move |_| {
            let target = app.report.with_untracked(|r| {
                let h = r.hub(&hub_id)?;
                let index = h.entries.iter().position(|e| e.id == entry_id)?;
                Some(crate::components::entry_editor::EditTarget {
                    hub: hub_id.clone(),
                    index: Some(index),
                    entry: h.entries[index].clone(),
                })
            });
            editor.0.set(target);
        }
    };
    let area = hub.area.clone();
    // Plain links, not the router's `A`: the router still handles their clicks, and cards are
    // drawn by the dozen on every search, where `A`'s active-link tracking costs most.

    view! {
        <article class="entry" data-testid="entry" data-hub=hub.id.clone() data-entry-id=entry.id.clone()>
            <div class="entry-meta">
                {options.show_hub.then(|| view! { <a href=crate::app_href(&hub_link) class="entry-hub">{area}</a> })}
                {options.show_section.then(|| view! {
                    <span class="badge section">{move || format!("{}・{}", fiscal_year_label(lang.get(), fy), section_label(lang.get(), section))}</span>
                })}
                <span class=format!("badge cat cat-{}", category.number())>
                    <span class="label">{label.clone().unwrap_or_else(|| category.circled().to_string())}</span>
                    {options.show_category.then(|| view! { " " {category_name} })}
                </span>
                {status.map(|s| view! { <span class=format!("badge status status-{}", s.id())>{move || status_label(lang.get(), s)}</span> })}
                {move || is_edited().then(|| view! { <span class="badge edited" data-testid="edited-mark">{lang.get().texts().edited}</span> })}
                {(inferred || label.is_none()).then(|| view! {
                    <span class="note">{move || format!("{}（{}）", lang.get().texts().no_label, lang.get().texts().inferred)}</span>
                })}
            </div>
            <button type="button" class="edit-button" on:click=open_editor
                aria-label=move || format!("{}：{}", lang.get().texts().edit, edit_name)>{move || lang.get().texts().edit}</button>
            <div class="entry-body">
                {paragraphs.into_iter().map(|p| view! { <p><Highlighted text=p query/></p> }).collect_view()}
            </div>
            {(!themes.is_empty()).then(|| view! {
                <ul class="themes" aria-label=move || lang.get().texts().themes_label>
                    {themes.iter().map(|t| {
                        let id = t.clone();
                        let name = move || app.report.with(|r| crate::i18n::theme_label(lang.get(), r, &id));
                        view! { <li><a href=crate::app_href(&format!("/?theme={t}"))>{name}</a></li> }
                    }).collect_view()}
                </ul>
            })}
        </article>
    }
}
