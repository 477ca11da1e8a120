//! One entry of the report, as a card: where it is from, its category, its text and themes.

use leptos::prelude::*;

use crate::components::markup::Markup;
use crate::i18n::{fiscal_year_label, section_label, status_label, Lang};
use crate::model::search::SearchQuery;
use crate::model::url_query::encode_component;
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
    /// Search terms to highlight, as they change: a card kept across searches rewrites its
    /// body when its marks change. `None` highlights nothing.
    pub query: Option<Signal<SearchQuery>>,
}

/// The card's hub link, badges and notes as markup: text fixed while the card is drawn (the language
/// redraws the card as a whole).
fn meta_markup(
    lang: Lang,
    hub: &HubLabel,
    entry: &Entry,
    options: &EntryCardOptions,
    names: &CardNames,
) -> String {
    let texts = lang.texts();
    let mut m = Markup::default();
    if options.show_hub {
        let href = crate::app_href(&format!("/hub/{}", hub.id));
        m.text("a", &[("href", &href), ("class", &"entry-hub")], &hub.area);
    }
    if options.show_section {
        let text = format!(
            "{}・{}",
            fiscal_year_label(lang, entry.fiscal_year),
            section_label(lang, entry.section)
        );
        m.text("span", &[("class", &"badge section")], &text);
    }
    let class = format!("badge cat cat-{}", entry.category.number());
    m.open("span", &[("class", &class)]);
    m.text("span", &[("class", &"label")], &names.badge);
    if options.show_category {
        m.plain(" ");
        m.plain(&names.category);
    }
    m.close("span");
    if let Some(s) = entry.status {
        let class = format!("badge status status-{}", s.id());
        m.text("span", &[("class", &class)], status_label(lang, s));
    }
    if names.edited {
        m.text(
            "span",
            &[("class", &"badge edited"), ("data-testid", &"edited-mark")],
            texts.edited,
        );
    }
    if entry.category_inferred || entry.label.is_none() {
        m.text(
            "span",
            &[("class", &"note")],
            &format!("{}（{}）", texts.no_label, texts.inferred),
        );
    }
    m.finish()
}

/// An entry's paragraphs (one a line) as markup, a `<p>` each, with the parts that match
/// `query` in `<mark>` and everything else as escaped text.
pub fn body_markup(paragraphs: &str, query: &SearchQuery) -> String {
    let mut m = Markup::default();
    for p in paragraphs.split('\n') {
        m.open("p", &[]);
        for (part, hit) in query.highlight(p) {
            if hit {
                m.text("mark", &[], part);
            } else {
                m.plain(part);
            }
        }
        m.close("p");
    }
    m.finish()
}

/// The theme links as markup (`<li>`s of the themes list).
fn themes_markup(themes: &[(String, String)]) -> String {
    let mut m = Markup::default();
    for (id, name) in themes {
        let href = crate::app_href(&format!("/?theme={}", encode_component(id)));
        m.open("li", &[]);
        m.text("a", &[("href", &href)], name);
        m.close("li");
    }
    m.finish()
}

/// What a card reads besides the entry: its badge, the report's names, whether it is edited.
struct CardNames {
    badge: String,
    category: String,
    edited: bool,
}

/// Renders one entry with the stable test hooks `data-testid="entry"`, `data-hub`, `data-entry-id`.
/// The card follows the language and the search; the report's category and theme names are
/// read as it is drawn, so a view showing cards draws them again when those names change.
///
/// Its contents are markup (see [`Markup`]): cards are drawn and dropped by the dozen on every
/// keystroke, and the browser parses a card from three strings faster than the app creates
/// its ~20 elements one call at a time. Only the body follows the search, and only when its
/// marks change.
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
    let paragraphs = entry.body();
    let body = Memo::new(move |_| query.with(|q| body_markup(&paragraphs, q)));
    // The card follows the language as a whole: one reactive node a card instead of one a
    // label, since searches draw and drop cards by the dozen and the language rarely changes.
    move || {
        let lang = app.lang.get();
        let texts = lang.texts();
        let badge = entry
            .label
            .clone()
            .unwrap_or_else(|| entry.category.circled().to_string());
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
        let (category, theme_names) = app.report.with_untracked(|r| {
            let themes: Vec<(String, String)> = entry
                .themes
                .iter()
                .map(|t| (t.clone(), crate::i18n::theme_label(lang, r, t)))
                .collect();
            (crate::i18n::category_name(lang, r, entry.category), themes)
        });
        let names = CardNames {
            badge,
            category,
            edited,
        };
        let meta = meta_markup(lang, &hub, &entry, &options, &names);
        // The links in the markup are plain anchors, not the router's `A`: the router still
        // handles their clicks, and `A`'s active-link tracking would cost most on cards drawn
        // by the dozen on every search.
        view! {
            <article class="entry" data-testid="entry" data-hub=hub.id.clone() data-entry-id=entry.id.clone()>
                <div class="entry-meta" inner_html=meta></div>
                <button type="button" class="edit-button" on:click=open_editor
                    aria-label=format!("{}：{}", texts.edit, edit_name)>{texts.edit}</button>
                <div class="entry-body" inner_html=body></div>
                {(!theme_names.is_empty()).then(|| view! {
                    <ul class="themes" aria-label=texts.themes_label inner_html=themes_markup(&theme_names)></ul>
                })}
            </article>
        }
    }
}
