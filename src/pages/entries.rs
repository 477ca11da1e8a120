//! The home page: every entry, with facets, search and a result count, all kept in the URL.

use std::collections::BTreeSet;
use std::sync::Arc;

use leptos::prelude::*;

use crate::components::entry_card::{EntryCard, EntryCardOptions, HubLabel};
use crate::components::facet_group::{FacetGroup, FacetOption};
use crate::components::list_end::{fill_for, ListEnd};
use crate::components::markup::Markup;
use crate::i18n::{category_name, fiscal_year_label, section_label, status_label, theme_label};
use crate::model::card_key::CardKey;
use crate::model::filter::FacetCounts;
use crate::model::search::SearchQuery;
use crate::model::window::{ListWindow, STEP};
use crate::model::{Category, FiscalYear, Section, Status};
use crate::routing::use_url_filter;
use crate::state::use_app;

/// A facet's values as checkboxes: id, label, count under the other filters, selection.
fn facet_options<T>(
    counts: &[(T, usize)],
    selected: impl Fn(&T) -> bool,
    id: impl Fn(&T) -> Arc<str>,
    mut label: impl FnMut(&T) -> Arc<str>,
) -> Vec<FacetOption> {
    counts
        .iter()
        .map(|(value, n)| FacetOption {
            id: id(value),
            label: label(value),
            count: *n,
            checked: selected(value),
        })
        .collect()
}

/// Toggles `value` in a set.
fn toggle<T: Ord>(set: &mut BTreeSet<T>, value: T) {
    if !set.remove(&value) {
        set.insert(value);
    }
}

/// True on screens wide enough to show the facets open beside the results.
fn wide_screen() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(min-width: 56rem)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// The entries view.
#[component]
pub fn EntriesPage() -> impl IntoView {
    let app = use_app();
    let url = use_url_filter();
    let lang = app.lang;
    let texts = move || lang.get().texts();

    // The results of each state of the filters: typing on narrows the previous search, and
    // going back to a recent state (deleting a character, unticking a box, coming back from
    // another view) finds it cached.
    let results = Memo::new(move |_| url.filter.with(|f| app.results(f)));
    let result_count = move || results.with(|r| r.shown.len());
    let counts: Memo<Arc<FacetCounts>> = Memo::new(move |_| results.with(|r| r.counts.clone()));
    let query = Memo::new(move |_| url.filter.with(|f| SearchQuery::parse(&f.query)));
    // Which state of the filters the list shows: a change starts a new window at once
    // (resetting it in an effect would first draw the old window's length of new results).
    let filters_seen = Memo::new(move |seen: Option<&u64>| {
        url.filter.track();
        seen.map_or(0, |n| n + 1)
    });
    let window = RwSignal::new(ListWindow::first(0));
    // How many cards a new state of the filters starts with, measured as an input begins
    // (see `fill_for`), so a click far down the filters draws a screenful in one frame. A
    // measurement serves the change its input makes: one made elsewhere (Back, Forward)
    // starts with a step. Read untracked: a measurement never redraws the list shown.
    let fill = StoredValue::new(STEP);
    // Measured since the last frame: an input before the next one (fast typing, a key held
    // down) would find the layout dirty, and reading it would force a layout of its own.
    let measured = StoredValue::new(false);
    let list = NodeRef::<leptos::html::Div>::new();
    let measure_fill = move || {
        if measured.get_value() {
            return;
        }
        if let Some(list) = list.get_untracked() {
            fill.set_value(fill_for(&list));
            measured.set_value(true);
            // `try_`: the frame may come after the view is gone.
            request_animation_frame(move || {
                measured.try_set_value(false);
            });
        }
    };
    let current_window = Memo::new(move |_| {
        let (drawn, filters) = (window.get(), filters_seen.get());
        if drawn.belongs_to(filters) {
            return drawn;
        }
        let measured = fill.try_update_value(|f| std::mem::replace(f, STEP));
        drawn.for_filters(filters, measured.unwrap_or(STEP))
    });

    let theme_options = Signal::derive(move || {
        let l = lang.get();
        app.report.with(|r| {
            let label = |id: &String| Arc::from(theme_label(l, r, id));
            url.filter.with(|f| {
                counts.with(|c| {
                    facet_options(
                        &c.themes,
                        |t| f.themes.contains(t),
                        |t| Arc::from(t.as_str()),
                        label,
                    )
                })
            })
        })
    });
    let category_options = Signal::derive(move || {
        let l = lang.get();
        app.report.with(|r| {
            let label = |cat: &Category| {
                Arc::from(format!("{} {}", cat.circled(), category_name(l, r, *cat)))
            };
            url.filter.with(|f| {
                counts.with(|c| {
                    facet_options(
                        &c.categories,
                        |c| f.categories.contains(c),
                        |c| Arc::from(c.number().to_string()),
                        label,
                    )
                })
            })
        })
    });
    let section_options = Signal::derive(move || {
        let l = lang.get();
        url.filter.with(|f| {
            counts.with(|c| {
                facet_options(
                    &c.sections,
                    |s| f.sections.contains(s),
                    |s| s.id().into(),
                    |s| section_label(l, *s).into(),
                )
            })
        })
    });
    let year_options = Signal::derive(move || {
        let l = lang.get();
        url.filter.with(|f| {
            counts.with(|c| {
                facet_options(
                    &c.years,
                    |y| f.years.contains(y),
                    |y| Arc::from(y.0.to_string()),
                    |y| Arc::from(fiscal_year_label(l, *y)),
                )
            })
        })
    });
    // Shared once per report: the hub facet lists every hub on every keystroke.
    let hub_areas = Memo::new(move |_| {
        app.report.with(|r| {
            r.hubs
                .iter()
                .map(|h| Arc::from(h.area.as_str()))
                .collect::<Vec<Arc<str>>>()
        })
    });
    let hub_options = Signal::derive(move || {
        hub_areas.with(|areas| {
            url.filter.with(|f| {
                counts.with(|c| {
                    // Counts are in report order: label by position, not by a search per hub.
                    let mut areas = areas.iter().cloned();
                    facet_options(
                        &c.hubs,
                        |h| f.hubs.contains(&**h),
                        Arc::clone,
                        |_| areas.next().unwrap_or_else(|| Arc::from("")),
                    )
                })
            })
        })
    });
    let status_options = Signal::derive(move || {
        let l = lang.get();
        url.filter.with(|f| {
            counts.with(|c| {
                facet_options(
                    &c.statuses,
                    |s| f.statuses.contains(s),
                    |s| s.id().into(),
                    |s| status_label(l, *s).into(),
                )
            })
        })
    });

    let on_theme =
        Callback::new(move |id: String| url.update(false, |f| toggle(&mut f.themes, id)));
    let on_category = Callback::new(move |id: String| {
        if let Some(c) = id.parse().ok().and_then(Category::new) {
            url.update(false, |f| toggle(&mut f.categories, c));
        }
    });
    let on_section = Callback::new(move |id: String| {
        if let Some(s) = Section::from_id(&id) {
            url.update(false, |f| toggle(&mut f.sections, s));
        }
    });
    let on_year = Callback::new(move |id: String| {
        if let Ok(y) = id.parse() {
            url.update(false, |f| toggle(&mut f.years, FiscalYear(y)));
        }
    });
    let on_hub = Callback::new(move |id: String| url.update(false, |f| toggle(&mut f.hubs, id)));
    let on_status = Callback::new(move |id: String| {
        if let Some(s) = Status::from_id(&id) {
            url.update(false, |f| toggle(&mut f.statuses, s));
        }
    });
    // The select's options as one piece of markup: an all-Japan report has ~1,741, and a view
    // each cost ~15 ms at 4× to build on every visit and as much to drop on leaving (dashboard
    // profile). A memo, so an edit that leaves the municipalities as they were (nearly every
    // edit) does not write them again.
    let municipality_options = Memo::new(move |_| {
        app.report.with(|r| {
            let mut markup = Markup::default();
            markup.text("option", &[("value", &"")], "—");
            // Each option's value is its position: markup parsing rewrites a NUL an imported
            // name may hold (the writer keeps a CR), and the name must be found again.
            for (i, m) in r.municipalities().into_iter().enumerate() {
                markup.text("option", &[("value", &i)], m);
            }
            markup.finish()
        })
    });
    let on_municipality = move |ev: leptos::ev::Event| {
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

    let ignored_note = move || {
        let ignored = url.ignored.get();
        (!ignored.is_empty()).then(|| {
            let list = ignored.iter().map(|p| format!("{}={}", p.key, p.value)).collect::<Vec<_>>().join(", ");
            view! { <p class="notice" role="status" data-testid="ignored-note">{texts().ignored_note}{list}</p> }
        })
    };

    view! {
        <div class="explore" on:input:capture=move |_| measure_fill() on:click:capture=move |_| measure_fill()>
            <aside class="filters" aria-labelledby="filters-title">
                <h2 id="filters-title">{move || texts().filters_title}</h2>
                <div class="search">
                    <label for="search">{move || texts().search_label}</label>
                    <input id="search" type="search" data-testid="search" autocomplete="off"
                        aria-describedby="search-hint"
                        prop:value=move || url.filter.with(|f| f.query.clone())
                        on:input=move |ev| {
                            let q = event_target_value(&ev);
                            url.update(true, |f| f.query = q);
                        }/>
                    <p id="search-hint" class="hint">{move || texts().search_hint}</p>
                </div>
                <button type="button" class="clear" data-testid="clear-all"
                    disabled=move || url.filter.with(|f| f.is_empty())
                    on:click=move |_| url.update(false, |f| *f = Default::default())>
                    {move || texts().clear_all}
                </button>
                <details class="facet-panel" open=wide_screen()>
                <summary>{move || texts().facets_summary}</summary>
                <FacetGroup key="theme" legend=Signal::derive(move || texts().facet_theme.to_string()) options=theme_options on_toggle=on_theme/>
                <FacetGroup key="cat" legend=Signal::derive(move || texts().facet_category.to_string()) options=category_options on_toggle=on_category/>
                <FacetGroup key="section" legend=Signal::derive(move || texts().facet_section.to_string()) options=section_options on_toggle=on_section/>
                <FacetGroup key="fy" legend=Signal::derive(move || texts().facet_year.to_string()) options=year_options on_toggle=on_year/>
                <FacetGroup key="hub" legend=Signal::derive(move || texts().facet_hub.to_string()) options=hub_options on_toggle=on_hub/>
                <div class="municipality">
                    <label for="municipality">{move || texts().municipalities}</label>
                    <select id="municipality" data-testid="municipality" on:change=on_municipality
                        inner_html=municipality_options></select>
                </div>
                <FacetGroup key="status" legend=Signal::derive(move || texts().facet_status.to_string()) options=status_options on_toggle=on_status/>
                </details>
            </aside>
            <section class="results" aria-labelledby="results-title">
                <h2 id="results-title">{move || texts().entries_title}</h2>
                <p class="result-count" role="status" aria-live="polite">
                    <span data-testid="result-count">{result_count}</span>
                    {move || texts().results_suffix}
                </p>
                {ignored_note}
                <p class="actions">
                    <button type="button" data-testid="export-shown-csv"
                        on:click=move |_| app.report.with_untracked(|r| results.with_untracked(|res| crate::pages::import::export_entries_csv(r, &res.shown)))>
                        {move || texts().export_csv_shown}
                    </button>
                </p>
                {move || (result_count() == 0).then(|| view! { <p class="empty">{texts().no_results}</p> })}
                <div class="entry-list" node_ref=list>
                    // Keyed by what each card shows: a card still shown after a facet click,
                    // a scroll, more typing or an edit of another entry is kept, and only its
                    // body is rewritten, when its search marks change.
                    <For each=move || {
                            let limit = current_window.get().shown(result_count());
                            app.report.with(|r| results.with(|res| {
                                res.shown.iter().take(limit).map(|at| CardKey::of(r, *at)).collect::<Vec<_>>()
                            }))
                        }
                        key=|card| *card
                        children=move |CardKey { at, .. }| {
                            let options = EntryCardOptions { show_hub: true, show_section: true, show_category: true, query: Some(query.into()) };
                            app.report.with_untracked(|r| {
                                let (hub, entry) = at.resolve(r);
                                view! { <EntryCard hub=HubLabel::from(hub) entry=entry.clone() options/> }
                            })
                        }/>
                </div>
                <ListEnd window=current_window set_window=Callback::new(move |w| window.set(w))
                    len=Signal::derive(result_count) unit=Signal::derive(move || texts().entry_count_suffix)/>
            </section>
        </div>
    }
}
