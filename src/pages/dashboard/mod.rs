//! The dashboard: six charts over the entries the active filters let through. Every cell
//! links to the entries view showing exactly its entries.

mod active_filter;
mod change_choice;
mod data;
mod layouts;
mod specs;

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::chart::{ChartFrame, ChartSpec, DrawnCharts, FullTable};
use crate::components::chart_layout::ChartTable;
use crate::components::chart_layout::MAX_DRAWN;
use crate::i18n::{category_heading, section_label, Lang};
use crate::model::filter::{EntryRef, Filter};
use crate::model::stats::{hub_changes, ChangeSpan, ShownByHub};
use crate::model::{Category, FiscalYear, Section};
use crate::routing::use_url_filter;
use crate::state::{use_app, AppState};
use crate::yielding::in_slices;
use active_filter::ActiveFilter;
use change_choice::ChangeChoice;
use data::{ChartData, ChartId, DashboardYears};
use specs::LayoutScope;

/// The change chart's table with every hub (the chart itself judges only the hubs it
/// draws), for the entries `filter` lets through. Judging every hub's wording takes seconds
/// with every municipality imported, so it is done a few hubs at a time between frames;
/// `None` if the report changed meanwhile.
async fn change_table(
    app: AppState,
    filter: Filter,
    lang: Lang,
    span: ChangeSpan,
) -> Option<ChartTable> {
    let build = app.index.with_untracked(|i| i.build_id());
    let shown = app.results(&filter).shown;
    let shown = app.report.with_untracked(|r| ShownByHub::new(r, &shown));
    // Three numbers a category, not the chart's "=1 +0 −0": a spreadsheet reads them as
    // numbers (and would read a cell starting with "=" as a formula).
    let t = lang.texts();
    let header = app.report.with_untracked(|r| {
        std::iter::once(t.facet_hub.to_string())
            .chain(Category::ALL.iter().flat_map(|&c| {
                let heading = category_heading(lang, r, c);
                [t.continued, t.new, t.dropped].map(|kind| format!("{heading} {kind}"))
            }))
            .collect()
    });
    let mut rows = vec![header];
    let mut hub = 0;
    let step = move || {
        app.report.with_untracked(|r| {
            let Some(h) = r.hubs.get(hub) else {
                return Some(ChartTable {
                    rows: std::mem::take(&mut rows),
                });
            };
            let cells = hub_changes(r, hub, shown.of(hub), span);
            rows.push(
                std::iter::once(h.area.clone())
                    .chain(cells.iter().flat_map(|c| {
                        [&c.continued, &c.new, &c.dropped].map(|refs| refs.len().to_string())
                    }))
                    .collect(),
            );
            hub += 1;
            None
        })
    };
    let unchanged = move || app.index.try_with_untracked(|i| i.build_id()) == Some(build);
    in_slices(step, || true, unchanged).await
}

/// Above this many hubs, charts below the fold wait until they near the screen (six charts of
/// 40 drawn hubs hold thousands of elements; six of the bundled report's six hubs do not).
const LAZY_FROM_HUBS: usize = 20;

/// The charts last drawn and what they were drawn for (the index's build, the filter, the
/// language): going back to the dashboard with nothing changed reuses them.
#[derive(Clone, Copy)]
pub struct DashboardCache(StoredValue<Option<(ChartsKey, Vec<ChartSpec>)>>);

/// What the charts depend on: the index's build (so the report), the filter, the language,
/// the years shown.
type ChartsKey = (u64, Filter, Lang, DashboardYears);

impl Default for DashboardCache {
    /// An empty cache, to provide as context at the app's root (it outlives the page).
    fn default() -> DashboardCache {
        DashboardCache(StoredValue::new(None))
    }
}

impl DashboardCache {
    /// True once charts have been kept.
    pub fn is_filled(&self) -> bool {
        self.0.with_value(Option::is_some)
    }

    /// The charts for `key`, from the cache or from `make`.
    fn get_or(&self, key: ChartsKey, make: impl FnOnce() -> Vec<ChartSpec>) -> Vec<ChartSpec> {
        let hit = self.0.with_value(|c| {
            c.as_ref()
                .filter(|(k, _)| *k == key)
                .map(|(_, s)| s.clone())
        });
        hit.unwrap_or_else(|| {
            let specs = make();
            self.0.set_value(Some((key, specs.clone())));
            specs
        })
    }
}

/// The six charts for the entries `shown`, each built from the first hubs' entries when it
/// is first drawn (see [`specs`]); with more hubs than are drawn, each table of every hub is
/// built when asked for.
fn charts(
    app: AppState,
    filter: &Filter,
    shown: &[EntryRef],
    lang: Lang,
    years: &DashboardYears,
    full_change_table: FullTable,
) -> Vec<ChartSpec> {
    app.report.with(|report| {
        app.index.with(|index| {
            let all = report.hubs.len();
            let hubs = all.min(MAX_DRAWN);
            let drawn_of = |shown: &[EntryRef]| -> Arc<[EntryRef]> {
                shown.iter().filter(|at| at.hub < hubs).copied().collect()
            };
            let drawn = drawn_of(shown);
            // Charts with sections of their own count every section's entries (rarely asked:
            // only when a section is chosen).
            let own_sections = ChartId::Meetings.filter_for(filter);
            let drawn_any_section = if own_sections == *filter {
                drawn.clone()
            } else {
                drawn_of(&app.results(&own_sections).shown)
            };
            let build = index.build_id();
            ChartId::ALL
                .iter()
                .map(|&id| {
                    let (filter, drawn) = if id.has_own_sections() {
                        (&own_sections, &drawn_any_section)
                    } else {
                        (filter, &drawn)
                    };
                    let data = ChartData {
                        report,
                        index,
                        filter,
                        shown: drawn,
                        lang,
                        hubs,
                        years,
                    };
                    let scope = LayoutScope {
                        build,
                        filter: filter.clone(),
                        lang,
                        shown: drawn.clone(),
                        hubs,
                        years: years.clone(),
                    };
                    let table_scope =
                        (all > MAX_DRAWN && id != ChartId::Change).then(|| scope.clone());
                    let mut spec = id.spec(&data, id.lazy_layout(app, scope));
                    spec.full_table = if id == ChartId::Change {
                        Some(full_change_table.clone())
                    } else {
                        table_scope.map(|scope| id.full_table(app, scope))
                    };
                    spec
                })
                .collect()
        })
    })
}

/// The dashboard view.
#[component]
pub fn DashboardPage() -> impl IntoView {
    let app = use_app();
    let url = use_url_filter();
    let t = move || app.texts();
    let cache = use_context::<DashboardCache>().unwrap_or_default();
    // A small report's charts are drawn at once; a large one's (also one imported while
    // the dashboard is open) as they near the screen.
    DrawnCharts::provide(
        Signal::derive(move || app.report.with(|r| r.hubs.len()) > LAZY_FROM_HUBS),
        ChartId::ALL[0].id(),
    );
    // The entries view's results when its filters are the same (the usual way here).
    let shown = Memo::new(move |_| url.filter.with(|f| app.results(f).shown));
    // The change chart's comparison: the report's own, or its plan against an earlier one's.
    let plan_of = RwSignal::new(None::<FiscalYear>);
    let set_section = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        url.update(false, |f| {
            f.sections = Section::from_id(&value).into_iter().collect()
        });
    };
    let selected_section = move || {
        url.filter
            .with(|f| f.sections.iter().next().map(|s| s.id()).unwrap_or(""))
    };
    view! {
        <section class="dashboard" aria-labelledby="dashboard-title">
            <h2 id="dashboard-title">{move || t().dashboard_title}</h2>
            <p>{move || t().dashboard_intro}</p>
            // Shown on phones only (CSS), where every chart is wider than the screen.
            <p class="phone-hint" data-testid="chart-scroll-hint">{move || t().chart_scroll_hint}</p>
            <div class="dashboard-controls">
                <label for="dash-section">{move || t().facet_section}</label>
                <select id="dash-section" data-testid="dashboard-section" aria-describedby="dash-section-hint"
                    on:change=set_section prop:value=selected_section>
                    <option value="">{move || t().all_sections}</option>
                    {Section::ALL.into_iter().map(|s| view! { <option value=s.id()>{move || section_label(app.lang.get(), s)}</option> }).collect_view()}
                </select>
                <p class="hint" id="dash-section-hint">{move || t().dashboard_section_hint}</p>
                <ChangeChoice plan_of/>
                <p class="result-count" role="status">
                    <span data-testid="result-count">{move || shown.with(|s| s.len())}</span>{move || app.lang.get().results_suffix(shown.with(|s| s.len()))}
                </p>
            </div>
            <ActiveFilter url/>
            {move || (app.report.with(|r| r.hubs.len()) > MAX_DRAWN).then(|| view! {
                <p class="notice" role="status">{t().rows_capped}{MAX_DRAWN}</p>
            })}
            {move || {
                let lang = app.lang.get();
                let filter = url.filter.get();
                let years = app.report.with(|r| DashboardYears::of(r, app.edition.get(), plan_of.get()));
                let key = (app.index.with(|i| i.build_id()), filter.clone(), lang, years.clone());
                let specs = cache.get_or(key, || {
                    // Computed when first asked (it may be on a later visit), then kept with the charts.
                    let (for_table, span) = (ChartId::Change.filter_for(&filter), years.change);
                    let computed = std::sync::Arc::new(std::sync::Mutex::new(None::<ChartTable>));
                    let full_change_table: FullTable = std::sync::Arc::new(move || {
                        let (filter, computed) = (for_table.clone(), computed.clone());
                        Box::pin(async move {
                            let known = computed.lock().ok().and_then(|c| c.clone());
                            if known.is_some() {
                                return known;
                            }
                            let table = change_table(app, filter, lang, span).await?;
                            if let Ok(mut c) = computed.lock() {
                                *c = Some(table.clone());
                            }
                            Some(table)
                        })
                    });
                    shown.with(|s| charts(app, &filter, s, lang, &years, full_change_table))
                });
                specs.into_iter().map(|spec| view! { <ChartFrame spec/> }).collect_view()
            }}
        </section>
    }
}
