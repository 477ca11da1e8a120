//! The editor's 構造化データ as a small form: an entry's events (month, day, done or planned),
//! meetings (name, times a year or a range), head counts and figures with their unit, each a
//! row to change or remove; a row a person
//! adds or changes is marked typed (never replaced by reading the words). The JSON stays
//! reachable for experts. 「本文から読み取る」 is [`ReadFromText`](crate::components::facts_read::ReadFromText).

use leptos::prelude::*;

use crate::components::editor_fields::Draft;
use crate::components::facts_read::ReadFromText;
use crate::model::decimal::{figure, parse_decimal};
use crate::model::facts_text::{facts_text, parse_facts};
use crate::model::{Event, EventStatus, Facts, Figure, Meeting, MemberCount};
use crate::state::use_app;

/// Changes the draft's facts by `f`, where its JSON reads (the form is hidden where it does not).
fn change(draft: RwSignal<Draft>, f: impl FnOnce(&mut Facts)) {
    draft.update(|d| {
        if let Ok(mut facts) = parse_facts(d.facts()) {
            f(&mut facts);
            d.set_facts(facts_text(&facts));
        }
    });
}

/// A number typed in a field, or `None` (blank or not a number).
fn number(ev: &leptos::ev::Event) -> Option<u32> {
    event_target_value(ev).trim().parse().ok()
}

/// The draft's structured data as rows, the read-from-text step and the raw JSON.
#[component]
pub fn FactsForm(draft: RwSignal<Draft>) -> impl IntoView {
    let app = use_app();
    let t = move || app.texts();
    let facts = Memo::new(move |_| draft.with(|d| parse_facts(d.facts()).ok()));
    let count = move |f: fn(&Facts) -> usize| move || facts.with(|x| x.as_ref().map_or(0, f));
    let read = move |f: fn(&Facts, usize) -> String, i: usize| {
        move || facts.with(|x| x.as_ref().map(|x| f(x, i)).unwrap_or_default())
    };
    let event_rows = move || (0..count(|f| f.events.len())()).collect::<Vec<_>>();
    let meeting_rows = move || (0..count(|f| f.meetings.len())()).collect::<Vec<_>>();
    let member_rows = move || (0..count(|f| f.members.len())()).collect::<Vec<_>>();
    let figure_rows = move || (0..count(|f| f.figures.len())()).collect::<Vec<_>>();
    view! {
        <fieldset class="facts-form" data-testid="facts-form">
            <legend>{move || t().facts_title}</legend>
            <p class="hint">{move || t().facts_hint}</p>
            {move || facts.with(Option::is_none).then(|| view! { <p class="error" data-testid="facts-json-broken">{t().facts_json_broken}</p> })}
            <h3>{move || t().facts_events}</h3>
            <For each=event_rows key=|i| *i children=move |i| view! {
                <div class="facts-row" data-testid="facts-event" role="group" aria-label=move || format!("{} {}", t().facts_events, i + 1)>
                    <label>{move || t().facts_what}<input prop:value=read(|f, i| f.events[i].title.clone(), i)
                        on:input=move |ev| change(draft, |f| { f.events[i].title = event_target_value(&ev); f.events[i].typed = true })/></label>
                    <label>{move || t().facts_month}<input type="number" min="1" max="12" class="narrow" data-testid="facts-month"
                        prop:value=read(|f, i| f.events[i].month.to_string(), i)
                        on:input=move |ev| if let Some(m) = number(&ev).filter(|m| (1..=12).contains(m)) { change(draft, |f| { f.events[i].month = m as u8; f.events[i].typed = true }) }/></label>
                    <label>{move || t().facts_day}<input type="number" min="1" max="31" class="narrow" data-testid="facts-day"
                        prop:value=read(|f, i| f.events[i].day.map(|d| d.to_string()).unwrap_or_default(), i)
                        on:input=move |ev| { let d = number(&ev).filter(|d| (1..=31).contains(d)).map(|d| d as u8); change(draft, |f| { f.events[i].day = d; f.events[i].typed = true }) }/></label>
                    <label>{move || t().status_label}<select data-testid="facts-status"
                        prop:value=read(|f, i| if f.events[i].status == EventStatus::Done { "done" } else { "planned" }.to_string(), i)
                        on:change=move |ev| { let done = event_target_value(&ev) == "done"; change(draft, |f| { f.events[i].status = if done { EventStatus::Done } else { EventStatus::Planned }; f.events[i].typed = true }) }>
                        <option value="planned">{move || t().event_planned}</option>
                        <option value="done">{move || t().event_done}</option>
                    </select></label>
                    <button type="button" on:click=move |_| change(draft, |f| { f.events.remove(i); })>{move || t().facts_remove}</button>
                </div>
            }/>
            <button type="button" data-testid="facts-add-event" on:click=move |_| {
                let year = draft.with_untracked(|d| d.place_and_text().map(|(p, _)| p.fiscal_year));
                change(draft, |f| f.events.push(new_event(year.unwrap_or(crate::model::FiscalYear(2025)))))
            }>{move || t().facts_add_event}</button>
            <h3>{move || t().facts_meetings}</h3>
            <For each=meeting_rows key=|i| *i children=move |i| view! {
                <div class="facts-row" data-testid="facts-meeting" role="group" aria-label=move || format!("{} {}", t().facts_meetings, i + 1)>
                    <label>{move || t().facts_what}<input prop:value=read(|f, i| f.meetings[i].name.clone(), i)
                        on:input=move |ev| change(draft, |f| { f.meetings[i].name = event_target_value(&ev); f.meetings[i].typed = true })/></label>
                    <label>{move || t().times_a_year_label}<input type="number" min="0" class="narrow" data-testid="facts-per-year"
                        prop:value=read(|f, i| f.meetings[i].per_year.to_string(), i)
                        on:input=move |ev| if let Some(n) = number(&ev) { change(draft, |f| { f.meetings[i].per_year = n; f.meetings[i].typed = true }) }/></label>
                    <label>{move || t().facts_at_most}<input type="number" min="0" class="narrow" data-testid="facts-per-year-max"
                        prop:value=read(|f, i| f.meetings[i].per_year_max.map(|n| n.to_string()).unwrap_or_default(), i)
                        on:input=move |ev| { let n = number(&ev); change(draft, |f| { f.meetings[i].per_year_max = n; f.meetings[i].typed = true }) }/></label>
                    <button type="button" on:click=move |_| change(draft, |f| { f.meetings.remove(i); })>{move || t().facts_remove}</button>
                </div>
            }/>
            <button type="button" on:click=move |_| change(draft, |f| f.meetings.push(Meeting { name: String::new(), per_year: 1, basis: String::new(), per_year_max: None, typed: true }))>{move || t().facts_add_meeting}</button>
            <h3>{move || t().facts_members}</h3>
            <For each=member_rows key=|i| *i children=move |i| view! {
                <div class="facts-row" data-testid="facts-member" role="group" aria-label=move || format!("{} {}", t().facts_members, i + 1)>
                    <label>{move || t().facts_what}<input prop:value=read(|f, i| f.members[i].of.clone(), i)
                        on:input=move |ev| change(draft, |f| { f.members[i].of = event_target_value(&ev); f.members[i].typed = true })/></label>
                    <label>{move || t().facts_count}<input type="number" min="0" class="narrow"
                        prop:value=read(|f, i| f.members[i].count.to_string(), i)
                        on:input=move |ev| if let Some(n) = number(&ev) { change(draft, |f| { f.members[i].count = n; f.members[i].typed = true }) }/></label>
                    <button type="button" on:click=move |_| change(draft, |f| { f.members.remove(i); })>{move || t().facts_remove}</button>
                </div>
            }/>
            <button type="button" on:click=move |_| change(draft, |f| f.members.push(MemberCount { of: String::new(), count: 0, approximate: false, typed: true }))>{move || t().facts_add_member}</button>
            <h3>{move || t().facts_figures}</h3>
            <For each=figure_rows key=|i| *i children=move |i| view! {
                <div class="facts-row" data-testid="facts-figure" role="group" aria-label=move || format!("{} {}", t().facts_figures, i + 1)>
                    <label>{move || t().facts_what}<input prop:value=read(|f, i| f.figures[i].label.clone(), i)
                        on:input=move |ev| change(draft, |f| { f.figures[i].label = event_target_value(&ev); f.figures[i].typed = true })/></label>
                    <label>{move || t().facts_value}<input inputmode="decimal" class="narrow" data-testid="facts-figure-value"
                        prop:value=read(|f, i| figure(f.figures[i].value).to_string(), i)
                        on:change=move |ev| if let Some(v) = parse_decimal(&event_target_value(&ev)) { change(draft, |f| { f.figures[i].value = v; f.figures[i].typed = true }) }/></label>
                    <label>{move || t().facts_unit}<input class="narrow" prop:value=read(|f, i| f.figures[i].unit.clone(), i)
                        on:input=move |ev| change(draft, |f| { f.figures[i].unit = event_target_value(&ev); f.figures[i].typed = true })/></label>
                    <button type="button" on:click=move |_| change(draft, |f| { f.figures.remove(i); })>{move || t().facts_remove}</button>
                </div>
            }/>
            <button type="button" data-testid="facts-add-figure" on:click=move |_| change(draft, |f| f.figures.push(Figure { label: String::new(), value: 0.0, unit: String::new(), typed: true }))>{move || t().facts_add_figure}</button>
            <ReadFromText draft/>
            <details class="facts-json">
                <summary>{move || t().facts_json}</summary>
                <label for="ed-facts">{move || t().field_facts}</label>
                <textarea id="ed-facts" rows="5" class="mono" data-testid="facts-json" prop:value=move || draft.with(|d| d.facts().to_string())
                    on:input=move |ev| draft.update(|d| d.set_facts(event_target_value(&ev)))></textarea>
            </details>
        </fieldset>
    }
}

/// A new event row: in the entry's year, planned, in its first month (April).
fn new_event(fiscal_year: crate::model::FiscalYear) -> Event {
    Event {
        title: String::new(),
        fiscal_year,
        month: 4,
        day: None,
        status: EventStatus::Planned,
        end_month: None,
        typed: true,
    }
}
