//! The entry editor's form: the draft as form text, and its fields.

use leptos::prelude::*;

use crate::i18n::{category_heading, status_label, theme_label, year_section_label};
use crate::model::facts_text::{facts_text, parse_facts};
use crate::model::{Category, Entry, FiscalYear, Section, Status};
use crate::state::use_app;

/// A place's value in the editor's select (`plan:2025`): section id and year, read back by
/// `Draft::set_place`.
fn place_value(section: &str, year: &str) -> String {
    format!("{section}:{year}")
}

/// The draft being edited, as form text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    text: String,
    category: u8,
    label: String,
    section: String,
    fiscal_year: String,
    themes: Vec<String>,
    status: String,
    facts: String,
}

impl Draft {
    pub(crate) fn from_entry(e: &Entry) -> Draft {
        Draft {
            text: e.text(),
            category: e.category.number(),
            label: e.label.clone().unwrap_or_default(),
            section: e.section.id().into(),
            fiscal_year: e.fiscal_year.0.to_string(),
            themes: e.themes.clone(),
            status: e.status.map(|s| s.id().to_string()).unwrap_or_default(),
            facts: facts_text(&e.facts),
        }
    }

    /// The form's fields as texts, themes last, in the order `from_texts` reads (kept in storage
    /// while unsaved; written by hand, not derived: BENCHMARKS.md, session 26).
    pub(crate) fn to_texts(&self) -> Vec<String> {
        let fields = [
            &self.text,
            &self.category.to_string(),
            &self.label,
            &self.section,
            &self.fiscal_year,
            &self.status,
            &self.facts,
        ];
        fields.into_iter().chain(&self.themes).cloned().collect()
    }

    /// The form `to_texts` wrote, if `texts` is one.
    pub(crate) fn from_texts(texts: &[&str]) -> Option<Draft> {
        let [text, category, label, section, fiscal_year, status, facts, themes @ ..] = texts
        else {
            return None;
        };
        Some(Draft {
            text: text.to_string(),
            category: category.parse().ok()?,
            label: label.to_string(),
            section: section.to_string(),
            fiscal_year: fiscal_year.to_string(),
            themes: themes.iter().map(|t| t.to_string()).collect(),
            status: status.to_string(),
            facts: facts.to_string(),
        })
    }

    /// The structured-data box's text.
    pub(crate) fn facts(&self) -> &str {
        &self.facts
    }

    /// Replaces the structured-data box's text.
    pub(crate) fn set_facts(&mut self, text: String) {
        self.facts = text;
    }

    /// Where the entry stands as the form says, and its text: what facts are read from.
    pub(crate) fn place_and_text(&self) -> Option<(crate::model::read_facts::Place, &str)> {
        let place = crate::model::read_facts::Place {
            section: Section::from_id(&self.section)?,
            fiscal_year: FiscalYear(self.fiscal_year.trim().parse().ok()?),
            category: Category::new(self.category)?,
        };
        Some((place, &self.text))
    }

    /// Whether the form differs from `entry`, the entry it was opened on: unsaved changes.
    pub(crate) fn differs_from(&self, entry: &Entry) -> bool {
        *self != Draft::from_entry(entry)
    }

    /// The section and year as one choice: the place on the hub's page.
    fn place(&self) -> String {
        place_value(&self.section, &self.fiscal_year)
    }

    fn set_place(&mut self, value: &str) {
        if let Some((section, year)) = value.split_once(':') {
            self.section = section.to_string();
            self.fiscal_year = year.to_string();
        }
    }

    /// The entry the form describes, or what is wrong with it.
    pub(crate) fn to_entry(&self, base: &Entry, lang: crate::i18n::Lang) -> Result<Entry, String> {
        let t = lang.texts();
        let paragraphs: Vec<String> = self
            .text
            .lines()
            .map(str::trim_end)
            .filter(|l| !l.trim().is_empty())
            .map(String::from)
            .collect();
        if paragraphs.is_empty() {
            return Err(t.text_required.into());
        }
        let facts =
            parse_facts(&self.facts).map_err(|e| e.message(lang == crate::i18n::Lang::Ja))?;
        let label = Some(self.label.trim().to_string()).filter(|l| !l.is_empty());
        let category = Category::new(self.category).unwrap_or(base.category);
        Ok(Entry {
            id: base.id.clone(),
            section: Section::from_id(&self.section).unwrap_or(base.section),
            fiscal_year: self
                .fiscal_year
                .trim()
                .parse()
                .map(FiscalYear)
                .unwrap_or(base.fiscal_year),
            category,
            // A category chosen in the form is the coordinator's; one left as the report
            // inferred it stays inferred, so saving an unchanged entry changes nothing.
            category_inferred: label.is_none()
                && base.category_inferred
                && category == base.category,
            label,
            paragraphs,
            themes: self.themes.clone(),
            status: Status::from_id(&self.status),
            facts,
            // Saved from the editor, a draft is the coordinator's own text.
            draft: false,
        })
    }
}

/// Every field of the draft: text, category, label, place (section and year), status, themes,
/// facts. `places` are where the entry's hub prints sections (`Hub::places`).
#[component]
pub fn EditorFields(
    draft: RwSignal<Draft>,
    places: Signal<Vec<(Section, FiscalYear)>>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let t = move || lang.get().texts();
    let field = |f: fn(&mut Draft, String)| {
        move |ev: leptos::ev::Event| {
            let v = event_target_value(&ev);
            draft.update(|d| f(d, v));
        }
    };
    view! {
        <label for="ed-text">{move || t().field_text}</label>
        <textarea id="ed-text" rows="6" data-testid="editor-text" prop:value=move || draft.with(|d| d.text.clone()) on:input=field(|d, v| d.text = v)></textarea>
        <div class="editor-row">
            <div>
                <label for="ed-cat">{move || t().category_label}</label>
                <select id="ed-cat" data-testid="editor-category" prop:value=move || draft.with(|d| d.category.to_string())
                    on:change=field(|d, v| d.category = v.parse().unwrap_or(d.category))>
                    {move || app.report.with(|r| r.categories.iter().map(|c| {
                        let name = category_heading(lang.get(), r, c.id);
                        view! { <option value=c.id.number().to_string()>{name}</option> }
                    }).collect_view())}
                </select>
            </div>
            <div>
                <label for="ed-label">{move || t().field_label}</label>
                <input id="ed-label" prop:value=move || draft.with(|d| d.label.clone()) on:input=field(|d, v| d.label = v)/>
            </div>
            <div>
                // One choice of the sections the hub's page prints: an entry never leaves it.
                <label for="ed-place">{move || t().field_place}</label>
                <select id="ed-place" data-testid="editor-place" prop:value=move || draft.with(Draft::place)
                    on:change=field(|d, v| d.set_place(&v))>
                    {move || places.get().into_iter().map(|(section, year)| {
                        let value = place_value(section.id(), &year.0.to_string());
                        let selected = { let value = value.clone(); move || draft.with(|d| d.place() == value) };
                        let name = year_section_label(lang.get(), year, section);
                        view! { <option value=value prop:selected=selected>{name}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div>
                <label for="ed-status">{move || t().status_label}</label>
                <select id="ed-status" prop:value=move || draft.with(|d| d.status.clone()) on:change=field(|d, v| d.status = v)>
                    <option value="">{move || t().no_status}</option>
                    {Status::ALL.into_iter().map(|s| view! { <option value=s.id()>{move || status_label(lang.get(), s)}</option> }).collect_view()}
                </select>
            </div>
        </div>
        <fieldset class="editor-themes">
            <legend>{move || t().themes_label}</legend>
            {move || app.report.with(|r| r.themes.iter().map(|th| {
                let id = th.id.clone();
                let dom = format!("ed-theme-{}", th.id);
                let checked = { let id = id.clone(); move || draft.with(|d| d.themes.contains(&id)) };
                let name = theme_label(lang.get(), r, &th.id);
                view! {
                    <span class="check">
                        <input type="checkbox" id=dom.clone() prop:checked=checked
                            on:change=move |_| draft.update(|d| if let Some(i) = d.themes.iter().position(|x| *x == id) { d.themes.remove(i); } else { d.themes.push(id.clone()); })/>
                        <label for=dom>{name}</label>
                    </span>
                }
            }).collect_view())}
        </fieldset>
        <crate::components::facts_form::FactsForm draft/>
    }
}
