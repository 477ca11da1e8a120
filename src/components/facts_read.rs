//! 「本文から読み取る」: reads the editor's text for facts and shows them against the present
//! ones before anything changes; taking them adds only what no present fact says (a fact
//! typed or corrected is never replaced). The reading runs in the workbook worker, off the
//! first load.

use leptos::prelude::*;

use crate::components::editor_fields::Draft;
use crate::i18n::{event_words, times_a_year, Lang};
use crate::model::decimal::figure;
use crate::model::facts_text::{facts_text, parse_facts};
use crate::model::Facts;
use crate::state::use_app;
use crate::workbook_worker::{read_facts, Reply};

/// Each fact of `facts` in a few words.
fn lines(lang: Lang, facts: &Facts) -> Vec<String> {
    let events = facts
        .events
        .iter()
        .map(|e| format!("{} {}", e.title, event_words(lang, e)));
    let meetings = (facts.meetings.iter()).map(|m| {
        format!(
            "{}{}{}",
            m.name,
            lang.colon(),
            times_a_year(lang, m.per_year, m.per_year)
        )
    });
    let members = (facts.members.iter()).map(|m| {
        format!(
            "{} {}{}",
            m.of,
            if m.approximate { "約" } else { "" },
            m.count
        )
    });
    // Written through `decimal`: core's float formatting is ~12 KB of the page's wasm.
    let figures =
        (facts.figures.iter()).map(|f| format!("{} {}{}", f.label, figure(f.value), f.unit));
    events
        .chain(meetings)
        .chain(members)
        .chain(figures)
        .collect()
}

/// The button and, once pressed, the present and the read facts side by side.
#[component]
pub fn ReadFromText(draft: RwSignal<Draft>) -> impl IntoView {
    let app = use_app();
    let t = move || app.texts();
    // (present, present with the read ones added), while shown.
    let shown = RwSignal::new(None::<(Facts, Facts)>);
    let reading = RwSignal::new(false);
    let failed = RwSignal::new(None::<String>);
    let read = move |_| {
        let asked = draft.with_untracked(|d| {
            let present = parse_facts(d.facts()).ok()?;
            let (place, text) = d.place_and_text()?;
            Some((present, d.facts().to_string(), text.to_string(), place))
        });
        let Some((present, present_text, text, place)) = asked else {
            shown.set(None);
            return;
        };
        reading.set(true);
        failed.set(None);
        leptos::task::spawn_local(async move {
            match read_facts(&present_text, &text, place).await {
                Reply::Facts(added) => match parse_facts(&added) {
                    Ok(added) => shown.set(Some((present, added))),
                    Err(_) => failed.set(Some(app.texts_untracked().workbook_failed.into())),
                },
                Reply::Problem([ja, en]) => {
                    failed.set(Some(if app.lang.get_untracked() == Lang::Ja {
                        ja
                    } else {
                        en
                    }))
                }
                _ => failed.set(Some(app.texts_untracked().workbook_failed.into())),
            }
            reading.set(false);
        });
    };
    let take = move |_| {
        if let Some((_, added)) = shown.get_untracked() {
            draft.update(|d| d.set_facts(facts_text(&added)));
        }
        shown.set(None);
    };
    let list = move |facts: &Facts, testid: &'static str| {
        let items = lines(app.lang.get(), facts);
        view! { <ul data-testid=testid>{items.into_iter().map(|l| view! { <li lang="ja">{l}</li> }).collect_view()}</ul> }
    };
    view! {
        <div class="facts-read">
            <button type="button" data-testid="facts-read" on:click=read disabled=move || reading.get()
                aria-busy=move || reading.get().to_string()>{move || t().facts_read}</button>
            {move || failed.get().map(|why| view! { <p class="error" role="alert">{why}</p> })}
            {move || shown.get().map(|(present, added)| {
                let new = Facts {
                    events: added.events[present.events.len()..].to_vec(),
                    meetings: added.meetings.iter().filter(|m| !present.meetings.contains(m)).cloned().collect(),
                    members: added.members[present.members.len()..].to_vec(),
                    figures: added.figures[present.figures.len()..].to_vec(),
                    tools: Vec::new(),
                };
                let nothing = new.is_empty();
                view! {
                    <div class="facts-compare" role="group" aria-label=t().facts_read>
                        <div><h4>{t().facts_present}</h4>{list(&present, "facts-present")}</div>
                        <div><h4>{t().facts_found}</h4>{list(&new, "facts-found")}
                            {nothing.then(|| view! { <p data-testid="facts-nothing-new">{t().facts_nothing_new}</p> })}</div>
                        <div class="editor-actions">
                            <button type="button" class="primary" data-testid="facts-take" disabled=nothing on:click=take>{t().facts_take}</button>
                            <button type="button" on:click=move |_| shown.set(None)>{t().close}</button>
                        </div>
                    </div>
                }
            })}
        </div>
    }
}
