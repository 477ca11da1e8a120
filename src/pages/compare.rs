//! Two to six hubs side by side: one row per category, for one section, with the active
//! theme filter applied. The choice lives in the URL like the entries view's filters.

use leptos::prelude::*;

use crate::components::compare_table::CompareTable;
use crate::components::download::copy_text;
use crate::components::hub_filter::HubFilter;
use crate::i18n::{category_heading, section_label, theme_label};
use crate::model::compare::{
    chooser_hubs, compare_rows, compared_hubs, compared_section, toggled_hubs, CHOOSER_LIMIT,
};
use crate::model::export::to_tsv;
use crate::model::Section;
use crate::routing::use_url_filter;
use crate::state::use_app;

/// The compare view.
#[component]
pub fn ComparePage() -> impl IntoView {
    let app = use_app();
    let url = use_url_filter();
    let lang = app.lang;
    let t = move || lang.get().texts();
    let hubs = Memo::new(move |_| {
        url.filter
            .with(|f| app.report.with(|r| compared_hubs(r, f)))
    });
    let section = Memo::new(move |_| url.filter.with(compared_section));

    // Unticking the last hub is refused (an empty choice means all): the box is ticked again
    // and a note beside the boxes says why.
    let kept_last = RwSignal::new(false);
    let toggle_hub = move |ev: leptos::ev::Event, id: String| {
        let chosen = toggled_hubs(&hubs.get_untracked(), &id);
        kept_last.set(chosen.is_none());
        match chosen {
            Some(chosen) => url.update(false, |f| f.hubs = chosen),
            None => event_target::<web_sys::HtmlInputElement>(&ev).set_checked(true),
        }
    };
    let set_section = move |s: Section| url.update(false, |f| f.sections = [s].into());

    // With hundreds of hubs the chooser lists the first matches of a name filter and every
    // chosen hub: a wall of 1,741 checkboxes took half a second to draw and could not be used.
    let chooser_query = RwSignal::new(String::new());
    let chooser = Memo::new(move |_| {
        let query = chooser_query.get();
        hubs.with(|chosen| {
            app.report
                .with(|r| chooser_hubs(r, chosen, &query, CHOOSER_LIMIT))
        })
    });
    let hub_controls = move || {
        let chosen = hubs.get();
        chooser.with(|(rows, _)| {
            app.report.with(|r| {
                rows.iter()
                    .map(|&i| {
                        let h = &r.hubs[i];
                        let id = h.id.clone();
                        let checked = chosen.contains(&h.id);
                        let dom_id = format!("compare-hub-{}", h.id);
                        view! {
                            <li>
                                <input type="checkbox" id=dom_id.clone() prop:checked=checked
                                    on:change=move |ev| toggle_hub(ev, id.clone())/>
                                <label for=dom_id lang="ja">{h.area.clone()}</label>
                            </li>
                        }
                    })
                    .collect_view()
            })
        })
    };
    let hidden_hubs = move || {
        let hidden = chooser.with(|(_, matched)| matched.saturating_sub(CHOOSER_LIMIT));
        (hidden > 0).then(|| format!("{hidden}{}", t().compare_hidden_hubs))
    };
    let section_controls = move || {
        Section::ALL
            .into_iter()
            .map(|s| {
                let dom_id = format!("compare-section-{}", s.id());
                view! {
                    <li>
                        <input type="radio" name="compare-section" id=dom_id.clone()
                            prop:checked=move || section.get() == s on:change=move |_| set_section(s)/>
                        <label for=dom_id>{move || section_label(lang.get(), s)}</label>
                    </li>
                }
            })
            .collect_view()
    };
    let theme_note = move || {
        let themes = url.filter.with(|f| f.themes.clone());
        (!themes.is_empty()).then(|| {
            let names = app.report.with(|r| {
                themes
                    .iter()
                    .filter_map(|id| r.theme(id))
                    .map(|th| theme_label(lang.get(), r, &th.id))
                    .collect::<Vec<_>>()
                    .join("、")
            });
            view! { <p class="notice" data-testid="compare-theme">{t().compare_theme_note}{names}</p> }
        })
    };

    // The table as cells for a spreadsheet: a category a row, a hub a column.
    let copy = move |_| {
        let lang = app.lang.get_untracked();
        let rows = app.report.with_untracked(|r| {
            url.filter.with_untracked(|f| {
                compare_rows(
                    r,
                    &hubs.get_untracked(),
                    (section.get_untracked(), app.edition.get_untracked()),
                    f,
                    lang.texts().category_label,
                    |c| category_heading(lang, r, c),
                )
            })
        });
        copy_text(app, to_tsv(&rows));
    };
    view! {
        <section class="compare" aria-labelledby="compare-title">
            <h2 id="compare-title">{move || t().compare_title}</h2>
            <div class="compare-controls">
                <fieldset>
                    <legend>{move || t().compare_hubs}</legend>
                    <HubFilter id="compare-hub-filter" query=chooser_query/>
                    <ul class="inline">{hub_controls}</ul>
                    <p class="note" role="status" data-testid="compare-hidden-hubs">{hidden_hubs}</p>
                    <p class="notice" role="status" data-testid="compare-keep-one">{move || kept_last.get().then(|| t().compare_keep_one)}</p>
                </fieldset>
                <fieldset>
                    <legend>{move || t().compare_section}</legend>
                    <ul class="inline">{section_controls}</ul>
                </fieldset>
            </div>
            {theme_note}
            {move || (hubs.with(Vec::len) < 2).then(|| view! { <p class="notice" role="status">{t().compare_pick_two}</p> })}
            {move || (!hubs.with(Vec::is_empty)).then(|| view! {
                <p class="actions"><button type="button" data-testid="copy-compare" on:click=copy>{move || t().chart_copy}</button></p>
                <div class="table-scroll" tabindex="0" role="region" aria-label=move || app.lang.get().paren(t().compare_title, t().chart_table)>
                    <CompareTable hubs section filter=url.filter/>
                </div>
            })}
        </section>
    }
}
