//! The 「拠点を追加」 form: a municipality joining next year's report.

use leptos::prelude::*;

use crate::focus::focus_by_id;
use crate::i18n::Lang;
use crate::model::edit::Change;
use crate::model::new_hub::{DraftField, DraftProblem, HubDraft};
use crate::state::{use_app, ApplyError};

/// The form's DOM id of a field that can be wrong.
fn field_dom_id(field: DraftField) -> &'static str {
    match field {
        DraftField::Id => "ah-id",
        DraftField::Area => "ah-area",
    }
}

/// What one text field shows besides its box.
#[derive(Clone, Copy)]
struct FieldOptions {
    /// The input's DOM id (its hint and error are `{dom}-hint`, `{dom}-error`).
    dom: &'static str,
    /// The label.
    label: Signal<String>,
    /// A line under the label, if any.
    hint: Option<Signal<&'static str>>,
    /// The field whose problems are said here, if it can have any.
    checked: Option<DraftField>,
    /// What is typed.
    value: RwSignal<String>,
}

/// The line that says a hub was added.
fn added_text(lang: Lang, area: &str) -> String {
    lang.pick(&[
        format!("「{area}」を追加しました。"),
        format!("Added {area}."),
    ])
    .clone()
}

/// Adds a hub to the report; each wrong field says why, marked for screen readers, and the
/// first one takes focus.
#[component]
pub fn AddHub() -> impl IntoView {
    let app = use_app();
    let t = move || app.texts();
    let fields: [RwSignal<String>; 6] = std::array::from_fn(|_| RwSignal::new(String::new()));
    let [id, area, municipalities, organisation, contractors, document] = fields;
    let draft = move || HubDraft {
        id: id.get_untracked(),
        area: area.get_untracked(),
        municipalities: municipalities.get_untracked(),
        organisation: organisation.get_untracked(),
        contractors: contractors.get_untracked(),
        document: document.get_untracked(),
    };
    let problems = RwSignal::new(Vec::<DraftProblem>::new());
    let added = RwSignal::new(None::<(String, String)>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let hub = match app.report.with_untracked(|r| draft().to_hub(r)) {
            Ok(hub) => hub,
            Err(found) => {
                focus_by_id(field_dom_id(found[0].field()));
                problems.set(found);
                added.set(None);
                return;
            }
        };
        let (id, area) = (hub.id.clone(), hub.area.clone());
        let index = app.report.with_untracked(|r| r.hubs.len());
        let change = Change::Hub {
            index,
            before: None,
            after: Some(hub),
        };
        // Storage refusing is shown by the banner: the hub is added all the same.
        if !matches!(app.apply(change), Err(ApplyError::Stale(_))) {
            problems.set(Vec::new());
            fields.iter().for_each(|f| f.set(String::new()));
            app.announcement
                .set(added_text(app.lang.get_untracked(), &area));
            added.set(Some((id, area)));
        }
    };
    let field = move |opts: FieldOptions| {
        let FieldOptions {
            dom,
            label,
            hint,
            checked,
            value,
        } = opts;
        let said = move || {
            let japanese = app.lang.get() == Lang::Ja;
            problems.with(|p| {
                p.iter()
                    .filter(|p| Some(p.field()) == checked)
                    .map(|p| p.message(japanese))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
        };
        let wrong = move || !said().is_empty();
        let described = move || {
            let parts = [
                hint.map(|_| format!("{dom}-hint")),
                wrong().then(|| format!("{dom}-error")),
            ];
            Some(parts.into_iter().flatten().collect::<Vec<_>>().join(" "))
                .filter(|d| !d.is_empty())
        };
        view! {
            <label for=dom>{label}</label>
            {hint.map(|h| view! { <span class="hint" id=format!("{dom}-hint")>{h}</span> })}
            <input id=dom aria-invalid=move || wrong().then_some("true") aria-describedby=described
                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
            <p class="error" id=format!("{dom}-error") hidden=move || !wrong()>{said}</p>
        }
    };
    let plain = move |dom, label: fn(&'static crate::i18n::Texts) -> &'static str, value| {
        let label = Signal::derive(move || label(app.texts()).to_string());
        field(FieldOptions {
            dom,
            label,
            hint: None,
            checked: None,
            value,
        })
    };
    let required = Signal::derive(move || {
        let lang = app.lang.get();
        lang.paren(lang.texts().area, lang.texts().required_mark)
    });
    view! {
        <details class="add-hub">
            <summary>{move || t().add_hub}</summary>
            <form on:submit=submit class="stack-form" novalidate>
                {field(FieldOptions { dom: "ah-area", label: required, hint: None, checked: Some(DraftField::Area), value: area })}
                {plain("ah-munis", |t| t.field_municipalities, municipalities)}
                {plain("ah-org", |t| t.organisation, organisation)}
                {plain("ah-contractors", |t| t.contractors, contractors)}
                {plain("ah-doc", |t| t.document, document)}
                {field(FieldOptions {
                    dom: "ah-id",
                    label: Signal::derive(move || t().field_hub_id.to_string()),
                    hint: Some(Signal::derive(move || t().hub_id_hint)),
                    checked: Some(DraftField::Id),
                    value: id,
                })}
                <button type="submit" data-testid="add-hub">{move || t().add}</button>
                {move || added.get().map(|(id, area)| view! {
                    <p class="added" data-testid="hub-added">
                        {added_text(app.lang.get(), &area)}" "
                        <a href=crate::routing::app_href(&format!("/hub/{id}"))>{t().open_hub_page}</a>
                    </p>
                })}
            </form>
        </details>
    }
}
