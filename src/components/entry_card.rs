//! One entry of the report, as a card: where it is from, its category, its text and themes.

use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::CustomAttribute;

use crate::components::edit_target::{use_editor, EditTarget};
use crate::i18n::{category_name, status_label, theme_label, year_section_label};
use crate::model::edit::Change;
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
#[derive(Clone)]
pub struct EntryCardOptions {
    /// Show the hub's area and a link to its page (off inside a hub's own page).
    pub show_hub: bool,
    /// Show the section and fiscal year (off where a heading already says them).
    pub show_section: bool,
    /// Show the category's name (off where a column or row heading already says it).
    pub show_category: bool,
    /// Search terms to highlight, as they change. `None` highlights nothing.
    pub query: Option<Signal<SearchQuery>>,
    /// The level of the card's heading (its hub, place and category) under the view's own:
    /// a screen reader's heading keys go card by card.
    pub level: &'static str,
}

impl Default for EntryCardOptions {
    /// The entry alone (where its place is said around it), a heading under a view's `h2`,
    /// nothing highlighted.
    fn default() -> Self {
        EntryCardOptions {
            show_hub: false,
            show_section: false,
            show_category: false,
            query: None,
            level: "3",
        }
    }
}

/// An entry's paragraphs, a `<p>` each, with the parts that match `query` in `<mark>`.
fn body(paragraphs: &[String], query: &SearchQuery) -> impl IntoView {
    paragraphs
        .iter()
        .map(|p| {
            let parts = query
                .highlight(p)
                .into_iter()
                .map(|(part, hit)| {
                    let part = part.to_string();
                    if hit {
                        view! { <mark>{part}</mark> }.into_any()
                    } else {
                        part.into_any()
                    }
                })
                .collect_view();
            view! { <p>{parts}</p> }
        })
        .collect_view()
}

/// Renders one entry with the stable test hooks `data-testid="entry"`, `data-hub`, `data-entry-id`.
///
/// Two reactive parts, not one a label: a list may hold 300 cards, and each reactive part is a
/// subscriber the language, the names and the search each keep and drop (BENCHMARKS.md,
/// "Every result in the page"). The card follows the language and the report's names as a
/// whole; within it, its body follows the search.
#[component]
pub fn EntryCard(hub: HubLabel, entry: Entry, options: EntryCardOptions) -> impl IntoView {
    let app = use_app();
    let editor = use_editor();
    let query = options
        .query
        .unwrap_or_else(|| Signal::stored(SearchQuery::default()));
    // The card shows one entry of one report: it is drawn again when either changes.
    let edited = app
        .published
        .with_value(|b| crate::model::diff::is_edited(b, &hub.id, &entry));
    let badge = entry
        .label
        .clone()
        .unwrap_or_else(|| entry.category.circled().to_string());
    // The entry as the report holds it now, and where.
    let locate = {
        let (hub_id, entry_id) = (hub.id.clone(), entry.id.clone());
        move || {
            app.report.with_untracked(|r| {
                let h = r.hub(&hub_id)?;
                let index = h.entries.iter().position(|e| e.id == entry_id)?;
                Some(EditTarget {
                    hub: hub_id.clone(),
                    index: Some(index),
                    entry: h.entries[index].clone(),
                })
            })
        }
    };
    let confirm_locate = locate.clone();
    let open_editor = move |_| editor.0.set(locate());
    // A draft confirmed as it is: the same entry without its mark, one undoable step.
    let confirm = move |_| {
        if let Some(EditTarget {
            hub,
            index: Some(index),
            entry,
        }) = confirm_locate()
        {
            let after = crate::model::Entry {
                draft: false,
                ..entry.clone()
            };
            let change = Change::Entry {
                hub,
                index,
                before: Some(entry),
                after: Some(after),
            };
            app.apply_announced(change);
        }
    };
    let paragraphs = entry.paragraphs.clone();
    let (hub_id, entry_id) = (hub.id.clone(), entry.id.clone());
    let labels = move || {
        let lang = app.lang.get();
        // Read, not `track()`: a memo never run has not subscribed to the report yet.
        app.names.with(|_| ());
        let t = lang.texts();
        let paragraphs = paragraphs.clone();
        let (category, themes) = app.report.with_untracked(|r| {
            let themes: Vec<_> = entry
                .themes
                .iter()
                .map(|id| (id.clone(), theme_label(lang, r, id)))
                .collect();
            (category_name(lang, r, entry.category), themes)
        });
        let themes = (!themes.is_empty()).then(|| view! {
            <ul class="themes" aria-label=t.themes_label>
                {themes.into_iter().map(|(id, name)| view! {
                    <li><a href=app_href(&format!("/?theme={}", encode_component(&id)))>{name}</a></li>
                }).collect_view()}
            </ul>
        });
        // Names that tell the buttons of one hub's entries apart (several share a label).
        let place = year_section_label(lang, entry.fiscal_year, entry.section);
        let about = format!(
            "{}{} {place} {badge} {}",
            lang.colon(),
            hub.area,
            entry.opening(16)
        );
        // A heading at the level of where it is drawn; `attr` because tachys has no typed
        // `aria-level` (a `prop:ariaLevel` cost 0.5 KB of first load: BENCHMARKS.md).
        let meta = view! {
            <div class="entry-meta" role="heading">
                {options.show_hub.then(|| view! {
                    <a href=app_href(&format!("/hub/{}", hub.id)) class="entry-hub" lang="ja">{hub.area.clone()}</a>
                })}
                {options.show_section.then(|| view! {
                    <span class="badge section">{place.clone()}</span>
                })}
                <span class=format!("badge cat cat-{}", entry.category.number())>
                    <span class="label">{badge.clone()}</span>
                    {options.show_category.then(|| format!(" {category}"))}
                </span>
                {entry.status.map(|s| view! {
                    <span class=format!("badge status status-{}", s.id())>{status_label(lang, s)}</span>
                })}
                // A draft is new by its nature: its own mark says so.
                {(edited && !entry.draft).then(|| view! { <span class="badge edited" data-testid="edited-mark">{t.edited}</span> })}
                {entry.draft.then(|| view! { <span class="badge draft" data-testid="draft-mark">{t.draft}</span> })}
                {(entry.category_inferred || entry.label.is_none()).then(|| view! {
                    <span class="note">{if entry.category_inferred { lang.paren(t.no_label, t.inferred) } else { t.no_label.to_string() }}</span>
                })}
            </div>
        }
        .attr("aria-level", options.level);
        view! {
            {meta}
            <button type="button" class="edit-button" on:click=open_editor.clone()
                aria-label=format!("{}{about}", t.edit)>{t.edit}</button>
            {entry.draft.then(|| view! {
                <button type="button" class="confirm-draft" data-testid="confirm-draft" on:click=confirm.clone()
                    aria-label=format!("{}{about}", t.confirm_draft)>{t.confirm_draft}</button>
            })}
            // The report's words are Japanese in either UI (WCAG 3.1.2: read with a Japanese voice).
            <div class="entry-body" lang="ja">{move || query.with(|q| body(&paragraphs, q))}</div>
            {themes}
        }
    };
    view! {
        <article class="entry" data-testid="entry" data-hub=hub_id data-entry-id=entry_id>
            {labels}
        </article>
    }
}
