//! The entries view's facets: a checkbox group per [`Facet`], and the municipality choice.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::facet_group::{FacetGroup, FacetOption};
use crate::i18n::{
    category_name, fiscal_year_label, section_label, status_label, theme_label, Lang,
};
use crate::model::facets::FacetValue;
use crate::model::filter::{Facet, FacetCounts, Filter};
use crate::model::{Category, Report, Section, Status};
use crate::routing::UrlFilter;
use crate::state::use_app;

/// A facet's legend.
fn legend(lang: Lang, facet: Facet) -> &'static str {
    let t = lang.texts();
    match facet {
        Facet::Theme => t.facet_theme,
        Facet::Category => t.facet_category,
        Facet::Section => t.facet_section,
        Facet::Year => t.facet_year,
        Facet::Hub => t.facet_hub,
        Facet::Status => t.facet_status,
    }
}

/// What a reader sees for the facet value `id`, the `position`-th of its facet.
fn value_label(lang: Lang, report: &Report, facet: Facet, position: usize, id: &str) -> String {
    match facet {
        Facet::Theme => theme_label(lang, report, id),
        Facet::Category => id
            .parse()
            .ok()
            .and_then(Category::new)
            .map(|c| format!("{} {}", c.circled(), category_name(lang, report, c)))
            .unwrap_or_default(),
        Facet::Section => Section::from_id(id)
            .map(|s| section_label(lang, s).to_string())
            .unwrap_or_default(),
        Facet::Year => id
            .parse()
            .map(|y| fiscal_year_label(lang, crate::model::FiscalYear(y)))
            .unwrap_or_default(),
        Facet::Hub => report
            .hubs
            .get(position)
            .map(|h| h.area.clone())
            .unwrap_or_default(),
        Facet::Status => Status::from_id(id)
            .map(|s| status_label(lang, s).to_string())
            .unwrap_or_default(),
    }
}

/// One facet's checkbox group.
#[component]
fn FacetOf(facet: Facet, url: UrlFilter, counts: Memo<Arc<FacetCounts>>) -> impl IntoView {
    let app = use_app();
    // Hub labels change with the report, not with every input: kept, the 1,741 of an
    // all-Japan report are not written again at each keystroke (hub values are in report order).
    let hub_areas = Memo::new(move |_| {
        app.report.with(|r| {
            r.hubs
                .iter()
                .map(|h| Arc::from(h.area.as_str()))
                .collect::<Vec<Arc<str>>>()
        })
    });
    let options = Signal::derive(move || {
        let lang = app.lang.get();
        let values = url.filter.with(|f| counts.with(|c| facet.values(c, f)));
        let option = |v: FacetValue, label: Arc<str>| FacetOption {
            label,
            id: v.id,
            count: v.count,
            checked: v.checked,
        };
        let values = values.into_iter().enumerate();
        if facet == Facet::Hub {
            hub_areas.with(|areas| {
                values
                    .map(|(i, v)| option(v, areas.get(i).cloned().unwrap_or_default()))
                    .collect()
            })
        } else {
            app.report.with(|r| {
                values
                    .map(|(i, v)| {
                        let label = value_label(lang, r, facet, i, &v.id);
                        option(v, Arc::from(label))
                    })
                    .collect()
            })
        }
    });
    view! {
        <FacetGroup key=facet.key() legend=Signal::derive(move || legend(app.lang.get(), facet).to_string())
            options on_toggle=Callback::new(move |id: String| url.update(false, |f| facet.toggle(f, &id)))
            report_words={facet == Facet::Hub}/>
    }
}

/// Picks of the municipality choice closer together than this (ms) are one run of browsing,
/// one step of history: holding or tapping an arrow key, not choosing.
const BROWSING_MS: f64 = 1500.0;

/// The choice's value while the hubs ticked are no one municipality.
const BY_HUB: &str = "by-hub";

/// The municipality choice: picking one narrows the list to the hub serving it, in place of
/// the hubs ticked before; the first choice takes the hub filter off. It shows the municipality
/// the hub filter stands for, so it never names one the list is not narrowed to.
#[component]
fn MunicipalityChoice(url: UrlFilter) -> impl IntoView {
    let app = use_app();
    // A hub may serve several municipalities: which of them was picked is remembered here.
    let picked = RwSignal::new(None::<String>);
    // The filter this choice made last, and when: a pick made on it within a moment (the
    // arrow keys pick at each step) replaces its history entry, so Back leaves the run of picks
    // instead of walking through it; a pick after a pause, or after other changes, is a step.
    let made = StoredValue::new(None::<(Filter, f64)>);
    let on_change = move |ev: leptos::ev::Event| {
        let position = event_target_value(&ev).parse::<usize>().ok();
        let (name, hub) = app.report.with(|r| {
            let name = position.and_then(|i| r.municipalities().get(i).map(|m| m.to_string()));
            let hub = name
                .as_deref()
                .and_then(|m| r.hub_serving(m))
                .map(|h| h.id.clone());
            (name, hub)
        });
        picked.set(name);
        let now = js_sys::Date::now();
        let again = made.with_value(|m| {
            m.as_ref().is_some_and(|(filter, at)| {
                now - at < BROWSING_MS && url.filter.with_untracked(|f| f == filter)
            })
        });
        url.update(again, |f| f.hubs = hub.into_iter().collect());
        made.set_value(Some((url.filter.get_untracked(), now)));
    };
    // Values are positions, not names: an imported name may hold any character.
    // Hubs ticked that are no one municipality show as 「（拠点で絞り込み中）」, never as all.
    let shown = Memo::new(move |_| {
        url.filter.with(|f| {
            picked.with(|p| {
                app.report.with(|r| {
                    let position = r
                        .municipality_of(&f.hubs, p.as_deref())
                        .and_then(|name| r.municipalities().iter().position(|m| *m == name));
                    match position {
                        Some(i) => i.to_string(),
                        None if f.hubs.is_empty() => String::new(),
                        None => BY_HUB.to_string(),
                    }
                })
            })
        })
    });
    view! {
        <div class="municipality">
            <label for="municipality">{move || app.texts().municipalities}</label>
            <select id="municipality" data-testid="municipality" on:change=on_change prop:value=shown>
                <option value="">{move || app.texts().all_municipalities}</option>
                {move || (shown.get() == BY_HUB).then(|| view! {
                    <option value=BY_HUB disabled prop:selected=true>{app.texts().by_hub}</option>
                })}
                {move || app.report.with(|r| r.municipalities().into_iter().enumerate().map(|(i, m)| {
                    view! { <option value=i.to_string() lang="ja" prop:selected=move || shown.with(|s| *s == i.to_string())>{m.to_string()}</option> }
                }).collect_view())}
            </select>
        </div>
    }
}

/// Every facet, open beside the results on wide screens and folded on narrow ones.
#[component]
pub fn Facets(url: UrlFilter, counts: Memo<Arc<FacetCounts>>) -> impl IntoView {
    let app = use_app();
    let wide = web_sys::window()
        .and_then(|w| w.match_media("(min-width: 56rem)").ok().flatten())
        .is_some_and(|m| m.matches());
    view! {
        <details class="facet-panel" open=wide>
            <summary>{move || app.texts().facets_summary}</summary>
            {Facet::ALL.into_iter().map(|facet| view! {
                <FacetOf facet url counts/>
                {(facet == Facet::Hub).then(|| view! { <MunicipalityChoice url/> })}
            }).collect_view()}
        </details>
    }
}
