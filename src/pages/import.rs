//! The import / export page: a JSON file or a filled-in workbook (picker or drag and drop),
//! checked fully (a workbook reviewed) before anything changes; the export buttons above.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::done_note::DoneNote;
use crate::components::export_buttons::ExportButtons;
use crate::components::publish_export::PublishExport;
use crate::components::workbook_review::WorkbookReview;
use crate::model::filter::SearchIndex;
use crate::model::import::{merge_by_hub, summarize, ImportProblem, ImportSummary};
use crate::model::import_job::{ImportJob, Imported, Progress};
use crate::model::workbook::read::looks_like_workbook;
use crate::model::Report;
use crate::state::{use_app, AppState};
use crate::workbook_worker::{read_form, ReadReply, Reply};
use crate::yielding::{in_slices, read_in_slices};

/// The result of reading a file. The report is shared, not copied, each time the view reads
/// it: an all-Japan file holds ~100k entries.
#[derive(Clone)]
enum Checked {
    /// Each worded in Japanese and English, so they follow the language.
    Problems(Vec<[String; 2]>),
    Ready(Arc<(Report, SearchIndex)>, ImportSummary),
    /// A workbook read against the report it was compared with.
    Review(Arc<Report>, Arc<ReadReply>),
    /// Applied: a JSON file, or a workbook's reviewed changes (`true`).
    Applied(bool),
}

/// A problem in both languages.
fn both(problem: &ImportProblem) -> [String; 2] {
    [problem.message(true), problem.message(false)]
}

/// Where a workbook's review is shown, and whether it is still wanted.
struct Shown<F> {
    checked: RwSignal<Option<Checked>>,
    reading: RwSignal<bool>,
    still_wanted: F,
}

/// Reads a workbook in the worker, against the stored report, and shows its review or what
/// is wrong with it. A task of its own: the JSON import's task stays as small as it was.
async fn review_workbook(app: AppState, bytes: Vec<u8>, shown: Shown<impl Fn() -> bool>) {
    shown.reading.try_set(true);
    let current = app.report.get_untracked();
    let result = match read_form(current.to_json(), &bytes).await {
        Reply::Read(read) => Checked::Review(Arc::new(current), Arc::new(read)),
        Reply::Problem(said) => Checked::Problems(vec![said]),
        Reply::File(..) | Reply::Report(_) | Reply::Facts(_) => Checked::Problems(Vec::new()),
    };
    shown.reading.try_set(false);
    if (shown.still_wanted)() {
        let t = app.texts_untracked();
        let ok = matches!(result, Checked::Review(..));
        app.announcement
            .set(if ok { t.import_ok } else { t.import_errors }.into());
        shown.checked.try_set(Some(result));
    }
}

/// Runs an import job in slices, showing its progress between them. Gives up (`None`) when
/// `still_wanted` says another file was chosen or the view is gone.
async fn run_in_slices(
    mut job: ImportJob,
    progress: RwSignal<Option<u8>>,
    still_wanted: impl Fn() -> bool,
) -> Option<Imported> {
    let done = std::cell::Cell::new(0.0);
    let step = || match job.step() {
        Progress::Done(result) => Some(*result),
        Progress::Working(fraction) => {
            done.set(fraction);
            None
        }
    };
    let show_progress = || progress.try_set(Some((done.get() * 100.0) as u8)).is_none();
    in_slices(step, show_progress, still_wanted).await
}

/// The import / export view.
#[component]
pub fn ImportPage() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let t = move || lang.get().texts();
    let checked = RwSignal::new(None::<Checked>);
    // A done note speaks of the report as the import left it: any later change (an undo, an
    // edit) takes it away. `fresh` lets the import's own change pass.
    let fresh = StoredValue::new(false);
    Effect::new(move |_| {
        app.report.track();
        if fresh.get_value() {
            fresh.set_value(false);
        } else if checked.with_untracked(|c| matches!(c, Some(Checked::Applied(_)))) {
            checked.set(None);
        }
    });
    let applied = move |workbook: bool| {
        fresh.set_value(true);
        checked.set(Some(Checked::Applied(workbook)));
    };
    let merge = RwSignal::new(false);
    let dragging = RwSignal::new(false);
    // Percent done while a file is being checked; which file is the latest one chosen.
    let progress = RwSignal::new(None::<u8>);
    let reading_book = RwSignal::new(false);
    let latest = StoredValue::new(0u64);

    let read_file = move |file: web_sys::File| {
        app.announcement
            .set(lang.get_untracked().texts().reading.into());
        checked.set(None);
        // Refuse an oversized file before reading it into memory.
        let size = file.size() as usize;
        if size > crate::model::import::MAX_IMPORT_BYTES {
            app.announcement
                .set(lang.get_untracked().texts().import_errors.into());
            checked.set(Some(Checked::Problems(vec![both(
                &ImportProblem::TooLarge { bytes: size },
            )])));
            return;
        }
        let this_file = latest.try_update_value(|n| {
            *n += 1;
            *n
        });
        leptos::task::spawn_local(async move {
            let Ok(bytes) = read_in_slices(&file).await else {
                return;
            };
            if progress.try_set(Some(0)).is_some() {
                return;
            }
            let still_wanted = move || latest.try_get_value() == this_file;
            let name = file.name().to_ascii_lowercase();
            if looks_like_workbook(&bytes) || name.ends_with(".xlsx") || name.ends_with(".xls") {
                progress.try_set(None);
                let shown = Shown {
                    checked,
                    reading: reading_book,
                    still_wanted,
                };
                leptos::task::spawn_local(review_workbook(app, bytes, shown));
                return;
            }
            let Some(result) = run_in_slices(ImportJob::new(bytes), progress, still_wanted).await
            else {
                return;
            };
            progress.try_set(None);
            let texts = lang.get_untracked().texts();
            let result = match result {
                Err(problems) => {
                    app.announcement.set(texts.import_errors.into());
                    Checked::Problems(problems.iter().map(both).collect())
                }
                Ok((report, index)) => {
                    let summary = app
                        .report
                        .with_untracked(|current| summarize(current, &report));
                    app.announcement.set(texts.import_ok.into());
                    Checked::Ready(Arc::new((report, index)), summary)
                }
            };
            checked.try_set(Some(result));
        });
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            read_file(file);
        }
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            read_file(file);
        }
    };
    let apply = move |()| {
        let Some(Checked::Ready(report, _)) = checked.get_untracked() else {
            return;
        };
        if !window()
            .confirm_with_message(lang.get_untracked().texts().import_confirm)
            .unwrap_or(false)
        {
            return;
        }
        // Dropping the view's copy first leaves this one the only owner: no copy of the report.
        checked.set(None);
        if merge.get_untracked() {
            let merged = app.report.with_untracked(|c| merge_by_hub(c, &report.0));
            app.replace(merged);
        } else {
            let (report, index) = Arc::unwrap_or_clone(report);
            app.replace_indexed(report, index);
        }
        applied(false);
    };
    view! {
        <section aria-labelledby="import-title">
            <h2 id="import-title">{move || t().import_title}</h2>
            <ExportButtons/>
            <PublishExport/>
            <h3>{move || t().nav_import}</h3>
            <p>{move || t().import_intro}</p>
            <div class=move || if dragging.get() { "dropzone active" } else { "dropzone" } data-testid="dropzone"
                on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop>
                <label for="import-file">{move || t().import_file}</label>
                <input id="import-file" type="file" accept="application/json,.json,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" data-testid="import-file" on:change=on_pick/>
                <p class="sub">{move || t().drop_here}</p>
            </div>
            {move || reading_book.get().then(|| view! { <p class="import-progress" role="status">{t().xlsx_working}</p> })}
            {move || progress.get().map(|done| view! {
                <p class="import-progress" data-testid="import-progress">
                    <label for="import-progress">{t().reading}</label>
                    <progress id="import-progress" max="100" value=done>{format!("{done}%")}</progress>
                </p>
            })}
            // Not a live region: a review can hold hundreds of changes. What happened is said
            // once by the app's announcer; the lists are read where they stand.
            <div>
                {move || checked.get().map(|c| match c {
                    Checked::Problems(list) => view! { <ImportProblems list/> }.into_any(),
                    Checked::Ready(_, summary) => view! {
                        <ImportChoice summary merge on_apply=Callback::new(apply)/>
                    }.into_any(),
                    Checked::Review(current, read) => view! {
                        <WorkbookReview current read
                            on_applied=Callback::new(move |()| applied(true))
                            on_close=Callback::new(move |()| checked.set(None))/>
                    }.into_any(),
                    Checked::Applied(workbook) => view! {
                        <DoneNote text=Signal::derive(move || if workbook { t().review_applied } else { t().import_done })/>
                    }.into_any(),
                })}
            </div>
        </section>
    }
}

/// What is wrong with a file, worded in the language shown (it follows the toggle).
#[component]
fn ImportProblems(list: Vec<[String; 2]>) -> impl IntoView {
    let app = use_app();
    view! {
        <div class="import-problems" data-testid="import-problems">
            <p><strong>{move || app.texts().import_errors}</strong></p>
            <ul>{list.into_iter().map(|p| view! {
                <li>{move || app.lang.get().pick(&p).clone()}</li>
            }).collect_view()}</ul>
        </div>
    }
}

/// A file that passed every check: what it holds, replace or merge, and the button.
#[component]
fn ImportChoice(
    summary: ImportSummary,
    merge: RwSignal<bool>,
    on_apply: Callback<()>,
) -> impl IntoView {
    let app = use_app();
    let t = move || app.texts();
    let changes = move |merging: bool| {
        let d = if merging {
            &summary.merge
        } else {
            &summary.replace
        };
        format!(
            "{}：{}／{}：+{} −{}",
            t().import_changes,
            d.entries,
            t().nav_hubs,
            d.hubs_added,
            d.hubs_removed
        )
    };
    let (replace_text, merge_text) = (changes(false), changes(true));
    view! {
        <div class="import-summary" data-testid="import-summary">
            <p><strong>{t().import_ok}</strong></p>
            <p>{move || { let c = app.lang.get().colon(); format!("{}{c}{}　{}{c}{}", t().import_summary_hubs, summary.hubs, t().import_summary_entries, summary.entries) }}</p>
            <fieldset>
                <legend>{t().import_apply}</legend>
                <p><input type="radio" id="imp-replace" name="imp-mode" prop:checked=move || !merge.get() on:change=move |_| merge.set(false)/>
                   <label for="imp-replace">{t().import_replace}</label><br/><span class="sub">{replace_text}</span></p>
                <p><input type="radio" id="imp-merge" name="imp-mode" prop:checked=move || merge.get() on:change=move |_| merge.set(true)/>
                   <label for="imp-merge">{t().import_merge}</label><br/><span class="sub">{merge_text}</span></p>
            </fieldset>
            <button type="button" class="primary" data-testid="import-apply" on:click=move |_| on_apply.run(())>{t().import_apply}</button>
        </div>
    }
}

/// Gives an event's target as a concrete element type.
fn event_target<T: JsCast>(ev: &leptos::ev::Event) -> T {
    ev.target()
        .expect("an input event has a target")
        .unchecked_into()
}
