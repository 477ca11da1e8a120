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
/// The card follows the language and the search; the report's category and theme names are
/// read as it is drawn, so a view showing cards draws them again when those names change.
#[component]
pub fn EntryCard(hub: HubLabel, entry: Entry, options: EntryCardOptions) -> impl IntoView {
    let app = use_app();
    let query = options
        .query
        .unwrap_or_else(|| Signal::stored(SearchQuery::default()));
    let editor = crate::components::entry_editor::use_editor();
    // Depends only on the entry this card shows and the published report: fixed while drawn.
    let edited = app
        .bundled
        .with_value(|b| crate::model::diff::is_edited(b, &hub.id, &entry));
    // The card follows the language as a whole: one reactive node a card instead of one a
    // label, since searches draw and drop cards by the dozen and the language rarely changes.
    move || {
        let lang = app.lang.get();
        let texts = lang.texts();
        let category = entry.category;
        let badge = entry
            .label
            .clone()
            .unwrap_or_else(|| category.circled().to_string());
        let edit_name = format!("{} {}", hub.area, badge);
        let open_editor = {
            let hub_id = hub.id.clone();
            let entry_id = entry.id.clone();
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
        let (category_name, theme_names) = app.report.with_untracked(|r| {
            let themes: Vec<(String, String)> = entry
                .themes
                .iter()
                .map(|t| (t.clone(), crate::i18n::theme_label(lang, r, t)))
                .collect();
            (crate::i18n::category_name(lang, r, category), themes)
        });
        // Plain links, not the router's `A`: the router still handles their clicks, and cards
        // are drawn by the dozen on every search, where `A`'s active-link tracking costs most.
        view! {
            <article class="entry" data-testid="entry" data-hub=hub.id.clone() data-entry-id=entry.id.clone()>
                <div class="entry-meta">
                    {options.show_hub.then(|| view! { <a href=crate::app_href(&format!("/hub/{}", hub.id)) class="entry-hub">{hub.area.clone()}</a> })}
                    {options.show_section.then(|| view! {
                        <span class="badge section">{format!("{}・{}", fiscal_year_label(lang, entry.fiscal_year), section_label(lang, entry.section))}</span>
                    })}
                    <span class=format!("badge cat cat-{}", category.number())>
                        <span class="label">{badge}</span>
                        {options.show_category.then(|| view! { " " {category_name} })}
                    </span>
                    {entry.status.map(|s| view! { <span class=format!("badge status status-{}", s.id())>{status_label(lang, s)}</span> })}
                    {edited.then(|| view! { <span class="badge edited" data-testid="edited-mark">{texts.edited}</span> })}
                    {(entry.category_inferred || entry.label.is_none()).then(|| view! {
                        <span class="note">{format!("{}（{}）", texts.no_label, texts.inferred)}</span>
                    })}
                </div>
                <button type="button" class="edit-button" on:click=open_editor
                    aria-label=format!("{}：{}", texts.edit, edit_name)>{texts.edit}</button>
                <div class="entry-body">
                    {entry.body().split('\n').map(|p| view! { <p><Highlighted text=p.to_string() query/></p> }).collect_view()}
                </div>
                {(!theme_names.is_empty()).then(|| view! {
                    <ul class="themes" aria-label=texts.themes_label>
                        {theme_names.into_iter().map(|(id, name)| {
                            view! { <li><a href=crate::app_href(&format!("/?theme={id}"))>{name}</a></li> }
                        }).collect_view()}
                    </ul>
                })}
            </article>
        }
    }
}
