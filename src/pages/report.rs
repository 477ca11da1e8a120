//! The whole report in its own layout, hub after hub in the report's order with their 資料
//! numbers, for reading through and for printing the meeting's 資料 (A4 landscape, a hub a
//! page or more, numbered pages).

use leptos::prelude::*;

use crate::components::show_all::ShowAll;
use crate::i18n::{publisher_and_region, report_title, source_cited};
use crate::model::window::{hubs_within_limit, Drawn};
use crate::pages::hub::HubView;
use crate::state::use_app;

/// The `/report` page.
#[component]
pub fn ReportPage() -> impl IntoView {
    let app = use_app();
    let t = move || app.texts();
    let drawn = RwSignal::new(Drawn::UpToLimit);
    let len = Signal::derive(move || app.report.with(|r| r.hubs.len()));
    // Whole hubs up to the cards a list draws: an all-Japan import has 1,741 of them.
    let shown = Signal::derive(move || match drawn.get() {
        Drawn::All => len.get(),
        Drawn::UpToLimit => app
            .report
            .with(|r| hubs_within_limit(r.hubs.iter().map(|h| h.entries.len()))),
    });
    let contents = move || {
        app.report.with(|r| {
            r.hubs
                .iter()
                .map(|h| {
                    let href = format!("#hub-{}", h.id);
                    let document = (!h.document.is_empty())
                        .then(|| view! { " "<span class="document">{h.document.clone()}</span> });
                    view! { <li lang="ja"><a href=href>{h.area.clone()}</a>{document}</li> }
                })
                .collect_view()
        })
    };
    let edition = move || app.edition_dated();
    let hubs = move || {
        let (count, edition) = (shown.get(), app.edition.get());
        app.report.with(|r| {
            r.hubs
                .iter()
                .take(count)
                .map(|hub| view! { <HubView hub=hub.clone() edition in_report=true/> })
                .collect_view()
        })
    };
    view! {
        <article class="whole-report" data-testid="whole-report">
            <header class="report-head">
                // On screen the view's name under the app's title (the report's own); printed,
                // where the app's header is not, the report's title heads page 1.
                <h2 class="screen-only">{move || t().nav_report}</h2>
                {move || {
                    let (title, region) = app.report.with(|r| (report_title(app.lang.get(), r), publisher_and_region(app.lang.get(), r)));
                    view! {
                        <h2 class="print-only report-title" lang=title.lang>{title.text}</h2>
                        <p lang=region.lang>{region.text}</p>
                    }
                }}
                // Which edition this is, on the cover of a printed 資料 as on screen.
                <p class="report-edition" data-testid="report-edition">{edition}</p>
                <p class="source">
                    {move || t().source_prefix}
                    <span lang="ja">{move || app.report.with(|r| source_cited(app.lang.get(), r))}</span>
                </p>
                <nav aria-label=move || t().report_contents>
                    <h3>{move || t().report_contents}</h3>
                    <ol class="report-contents">{contents}</ol>
                </nav>
            </header>
            {hubs}
            <ShowAll drawn len shown on_show_all=Callback::new(move |()| drawn.set(Drawn::All))
                unit=Signal::derive(move || t().hub_count_suffix)/>
        </article>
    }
}
