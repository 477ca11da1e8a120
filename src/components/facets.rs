//! The entries view's facets: a checkbox group per [`Facet`], and the municipality choice.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::facet_group::{FacetGroup, FacetOption};
use crate::i18n::{
    category_name, fiscal_year_label, section_label, status_label, theme_label, Lang,
};
use crate::model::facets::FacetValue;
use crate::model::filter::{Facet, FacetCounts};
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
            options on_toggle=Callback::new(move |id: String| url.update(false, |f| facet.toggle(f, &id)))/>
    }
}

/// The municipality choice: picking one ticks the hub that serves it.
#[component]
fn MunicipalityChoice(url: UrlFilter) -> impl IntoView {
    let app = use_app();
    let on_change = move |ev: leptos::ev::Event| {
        let position = event_target_value(&ev).parse::<usize>().ok();
        let hub = app.report.with(|r| {
            let name = r.municipalities().get(position?)?.to_string();
            r.hubs
                .iter()
                .find(|h| h.municipalities.contains(&name))
                .map(|h| h.id.clone())
        });
        if let Some(hub) = hub {
            url.update(false, |f| {
                f.hubs.insert(hub);
            });
        }
    };
    view! {
        <div class="municipality">
            <label for="municipality">{move || app.texts().municipalities}</label>
            <select id="municipality" data-testid="municipality" on:change=on_change>
                // Choosing one adds its hub to the filter: the empty choice asks, a dash would be read as one.
                <option value="">{move || app.texts().choose_one}</option>
                // Values are positions, not names: an imported name may hold any character.
                {move || app.report.with(|r| r.municipalities().into_iter().enumerate().map(|(i, m)| {
                    view! { <option value=i.to_string()>{m.to_string()}</option> }
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
