//! The entry editor: a modal dialog to change any field of an entry, add one, or delete it.

use leptos::html::Dialog;
use leptos::prelude::*;

use crate::i18n::{category_heading, section_label, status_label, theme_label};
use crate::model::edit::Change;
use crate::model::{Category, Entry, Facts, FiscalYear, Section, Status};
use crate::state::{use_app, ApplyError};

/// What the editor is editing: an existing entry (`index`) or a new one.
#[derive(Clone, Debug, PartialEq)]
pub struct EditTarget {
    /// The hub's id.
    pub hub: String,
    /// Position of the entry in the hub, or `None` for a new entry.
    pub index: Option<usize>,
    /// The entry as it is (or the new entry's defaults).
    pub entry: Entry,
}

/// Opens the editor; provided by the app, used by entry cards and hub pages.
#[derive(Clone, Copy)]
pub struct Editor(pub RwSignal<Option<EditTarget>>);

/// The editor from context.
pub fn use_editor() -> Editor {
    expect_context::<Editor>()
}

/// The draft being edited, as form text.
#[derive(Clone, Debug, Default, PartialEq)]
struct Draft {
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
    fn from_entry(e: &Entry) -> Draft {
        Draft {
            text: e.paragraphs.join("\n"),
            category: e.category.number(),
            label: e.label.clone().unwrap_or_default(),
            section: e.section.id().into(),
            fiscal_year: e.fiscal_year.0.to_string(),
            themes: e.themes.clone(),
            status: e.status.map(|s| s.id().to_string()).unwrap_or_default(),
            facts: if e.facts.is_empty() {
                String::new()
            } else {
                serde_json::to_string_pretty(&e.facts).unwrap_or_default()
            },
        }
    }

    /// The entry the form describes, or what is wrong with it.
    fn to_entry(&self, base: &Entry, t: &crate::i18n::Texts) -> Result<Entry, String> {
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
        let facts: Facts = if self.facts.trim().is_empty() {
            Facts::default()
        } else {
            serde_json::from_str(&self.facts).map_err(|e| format!("{}{e}", t.facts_invalid))?
        };
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
            // A printed label decides the category; without one it is the editor's judgement.
            category_inferred: label.is_none(),
            label,
            paragraphs,
            themes: self.themes.clone(),
            status: Status::from_id(&self.status),
            facts,
        })
    }
}

/// The editor dialog, rendered once by the app.
#[component]
pub fn EntryEditor() -> impl IntoView {
    let app = use_app();
    let editor = use_editor();
    let lang = app.lang;
    let t = move || lang.get().texts();
    let dialog = NodeRef::<Dialog>::new();
    let draft = RwSignal::new(Draft::default());
    let error = RwSignal::new(None::<String>);
    let opener = StoredValue::new_local(None::<web_sys::HtmlElement>);

    Effect::new(move |_| {
        let target = editor.0.get();
        let Some(el) = dialog.get() else { return };
        match target {
            Some(target) => {
                draft.set(Draft::from_entry(&target.entry));
                error.set(None);
                use wasm_bindgen::JsCast;
                opener.set_value(document().active_element().and_then(|e| e.dyn_into().ok()));
                if !el.open() {
                    let _ = el.show_modal();
                }
            }
            None => {
                if el.open() {
                    el.close();
                }
                // Focus goes back to what opened the dialog.
                opener.with_value(|o| {
                    if let Some(o) = o {
                        let _ = o.focus();
                    }
                });
            }
        }
    });

    let close = move || editor.0.set(None);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(target) = editor.0.get_untracked() else {
            return;
        };
        let texts = lang.get_untracked().texts();
        match draft.get_untracked().to_entry(&target.entry, texts) {
            Err(e) => error.set(Some(e)),
            Ok(entry) => {
                let index = target.index.unwrap_or_else(|| {
                    app.report.with_untracked(|r| {
                        r.hub(&target.hub).map(|h| h.entries.len()).unwrap_or(0)
                    })
                });
                let change = Change::Entry {
                    hub: target.hub.clone(),
                    index,
                    before: target.index.map(|_| target.entry.clone()),
                    after: Some(entry),
                };
                match app.apply(change) {
                    Err(ApplyError::Stale(_)) => error.set(Some(texts.edit_stale.into())),
                    // Made in this tab; the banner says storage refused it.
                    Ok(()) | Err(ApplyError::NotSaved(_)) => close(),
                }
            }
        }
    };
    let delete = move |_| {
        let Some(target) = editor.0.get_untracked() else {
            return;
        };
        let Some(index) = target.index else { return };
        let texts = lang.get_untracked().texts();
        if window()
            .confirm_with_message(texts.confirm_delete)
            .unwrap_or(false)
        {
            let deleted = app.apply(Change::Entry {
                hub: target.hub,
                index,
                before: Some(target.entry),
                after: None,
            });
            if let Err(ApplyError::Stale(_)) = deleted {
                error.set(Some(texts.edit_stale.into()));
                return;
            }
            app.announcement.set(texts.deleted.into());
            close();
        }
    };
    let field = |f: fn(&mut Draft, String)| {
        move |ev: leptos::ev::Event| {
            let v = event_target_value(&ev);
            draft.update(|d| f(d, v));
        }
    };

    view! {
        <dialog node_ref=dialog class="editor" aria-labelledby="editor-title" on:close=move |_| close()>
            <form on:submit=save>
                <h2 id="editor-title">{move || {
                    let new = editor.0.with(|t| t.as_ref().is_some_and(|t| t.index.is_none()));
                    if new { t().new_entry } else { t().edit_entry }
                }}</h2>
                <p class="sub">{move || editor.0.with(|t| t.as_ref().map(|t| t.entry.id.clone()).unwrap_or_default())}</p>
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
                        <label for="ed-section">{move || t().facet_section}</label>
                        <select id="ed-section" prop:value=move || draft.with(|d| d.section.clone()) on:change=field(|d, v| d.section = v)>
                            {Section::ALL.into_iter().map(|s| view! { <option value=s.id()>{move || section_label(lang.get(), s)}</option> }).collect_view()}
                        </select>
                    </div>
                    <div>
                        <label for="ed-fy">{move || t().field_fy}</label>
                        <input id="ed-fy" inputmode="numeric" prop:value=move || draft.with(|d| d.fiscal_year.clone()) on:input=field(|d, v| d.fiscal_year = v)/>
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
                <label for="ed-facts">{move || t().field_facts}</label>
                <textarea id="ed-facts" rows="5" class="mono" prop:value=move || draft.with(|d| d.facts.clone()) on:input=field(|d, v| d.facts = v)></textarea>
                <p class="error" role="alert">{move || error.get()}</p>
                <div class="editor-actions">
                    <button type="submit" class="primary" data-testid="editor-save">{move || t().save}</button>
                    <button type="button" on:click=move |_| close()>{move || t().cancel}</button>
                    {move || editor.0.with(|t| t.as_ref().is_some_and(|t| t.index.is_some())).then(|| view! {
                        <button type="button" class="danger" data-testid="editor-delete" on:click=delete>{t().delete}</button>
                    })}
                </div>
            </form>
        </dialog>
    }
}
