//! One entry of the report, as a card: where it is from, its category, its text and themes.

use leptos::prelude::*;

use crate::components::entry_editor::{use_editor, EditTarget};
use crate::i18n::{category_name, fiscal_year_label, section_label, status_label, theme_label};
use crate::model::search::SearchQuery;
use crate::model::url_query::encode_component;
use crate::model::{Entry, Hub};
use crate::routing::app_href;
use crate::state::use_app;

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

/// What an entry card shows besides the entry itself.
#[derive(Clone, Default)]
pub struct EntryCardOptions {
    /// Show the hub's area and a link to its page (off inside a hub's own page).
    pub show_hub: bool,
    /// Show the section and fiscal year (off where a heading already says them).
    pub show_section: bool,
    /// Show the category's name (off where a column or row heading already says it).
    pub show_category: bool,
    /// Search terms to highlight, as they change. `None` highlights nothing.
    pub query: Option<Signal<SearchQuery>>,
}

/// A paragraph with the parts that match `query` in `<mark>`.
#[component]
fn Highlighted(text: String, query: Signal<SearchQuery>) -> impl IntoView {
    move || {
        query.with(|q| {
            q.highlight(&text)
                .into_iter()
                .map(|(part, hit)| {
                    let part = part.to_string();
                    if hit {
                        view! { <mark>{part}</mark> }.into_any()
                    } else {
                        part.into_any()
                    }
                })
                .collect_view()
        })
    }
}

/// Renders one entry with the stable test hooks `data-testid="entry"`, `data-hub`, `data-entry-id`.
#[component]
pub fn EntryCard(hub: HubLabel, entry: Entry, options: EntryCardOptions) -> impl IntoView {
    let app = use_app();
    let editor = use_editor();
    let t = move || app.texts();
    let query = options
        .query
        .unwrap_or_else(|| Signal::stored(SearchQuery::default()));
    // The card shows one entry of one report: it is drawn again when either changes.
    let edited = app
        .bundled
        .with_value(|b| crate::model::diff::is_edited(b, &hub.id, &entry));
    let badge = entry
        .label
        .clone()
        .unwrap_or_else(|| entry.category.circled().to_string());
    let edit_name = format!("{} {}", hub.area, badge);
    let (category, fy, section, status) = (
        entry.category,
        entry.fiscal_year,
        entry.section,
        entry.status,
    );
    let open_editor = {
        let (hub_id, entry_id) = (hub.id.clone(), entry.id.clone());
        move |_| {
            let target = app.report.with_untracked(|r| {
                let h = r.hub(&hub_id)?;
                let index = h.entries.iter().position(|e| e.id == entry_id)?;
                Some(EditTarget {
                    hub: hub_id.clone(),
                    index: Some(index),
                    entry: h.entries[index].clone(),
                })
            });
            editor.0.set(target);
        }
    };
    let has_themes = !entry.themes.is_empty();
    let themes = entry.themes.iter().map(|id| {
        let (id, href) = (id.clone(), app_href(&format!("/?theme={}", encode_component(id))));
        view! { <li><a href=href>{move || app.report.with(|r| theme_label(app.lang.get(), r, &id))}</a></li> }
    }).collect_view();
    view! {
        <article class="entry" data-testid="entry" data-hub=hub.id.clone() data-entry-id=entry.id.clone()>
            <div class="entry-meta">
                {options.show_hub.then(|| view! {
                    <a href=app_href(&format!("/hub/{}", hub.id)) class="entry-hub">{hub.area.clone()}</a>
                })}
                {options.show_section.then(|| view! {
                    <span class="badge section">
                        {move || format!("{}・{}", fiscal_year_label(app.lang.get(), fy), section_label(app.lang.get(), section))}
                    </span>
                })}
                <span class=format!("badge cat cat-{}", category.number())>
                    <span class="label">{badge}</span>
                    {options.show_category.then(|| view! {
                        " "{move || app.report.with(|r| category_name(app.lang.get(), r, category))}
                    })}
                </span>
                {status.map(|s| view! {
                    <span class=format!("badge status status-{}", s.id())>{move || status_label(app.lang.get(), s)}</span>
                })}
                {edited.then(|| view! { <span class="badge edited" data-testid="edited-mark">{move || t().edited}</span> })}
                {(entry.category_inferred || entry.label.is_none()).then(|| view! {
                    <span class="note">{move || format!("{}（{}）", t().no_label, t().inferred)}</span>
                })}
            </div>
            <button type="button" class="edit-button" on:click=open_editor
                aria-label=move || format!("{}：{}", t().edit, edit_name)>{move || t().edit}</button>
            <div class="entry-body">
                {entry.paragraphs.into_iter().map(|p| view! { <p><Highlighted text=p query/></p> }).collect_view()}
            </div>
            {has_themes.then(|| view! {
                <ul class="themes" aria-label=move || t().themes_label>{themes}</ul>
            })}
        </article>
    }
}
