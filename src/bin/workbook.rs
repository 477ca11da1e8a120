//! The workbook worker: writes and reads `.xlsx` forms in its own wasm, off the page's
//! thread, so the workbook crates cost the first load nothing (issue 26; BENCHMARKS.md).
//!
//! Once listening it posts `"ready"`. A message is then an array: `["write", report JSON, hub id or "", edition year or 0, newest,
//! today, "ja" or "en"]`, `["read", report JSON, bytes]`, `["accept", report JSON, incoming JSON, cleared
//! keys one a line]` or `["facts", present facts text, entry text, section id, fiscal year,
//! category]` (「本文から読み取る」), `["bundled"]` (the build's own report, the published
//! edition's fallback) or `["merge", base JSON, edits JSON, new edition JSON]`. The answer: `["file", blob, name]`, `["read", incoming JSON,
//! notes ja, notes en, review ja, review en, differs]`, `["report", JSON]`, `["facts", facts
//! text]`, `["merged", report JSON, ids changed on both sides one a line]` or `["problem", ja,
//! en]`.

use js_sys::{Array, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use renkei::model::edition::{Edition, ShownEdition};
use renkei::model::publish::merge::merge_edition;
use renkei::model::read_facts::Place;
use renkei::model::workbook::job::{read_facts_into, run, Job, Outcome, XLSX_MIME};
use renkei::model::workbook::problem::WorkbookProblem;
use renkei::model::{Category, FiscalYear, Report, Section, BUNDLED_JSON};

/// The job a message asks for.
fn job_of(message: &Array) -> Option<Job> {
    let text = |i| message.get(i).as_string();
    match text(0)?.as_str() {
        "write" => {
            let hub = text(2).filter(|h| !h.is_empty());
            let year = message.get(3).as_f64().unwrap_or(0.0) as u16;
            let edition = (year > 0).then(|| ShownEdition {
                edition: Edition(FiscalYear(year)),
                newest: message.get(4).is_truthy(),
            });
            Some(Job::Write {
                hub,
                edition,
                today: text(5)?,
                english: text(6).as_deref() == Some("en"),
            })
        }
        "read" => Some(Job::Read {
            bytes: message.get(2).dyn_into::<Uint8Array>().ok()?.to_vec(),
        }),
        "accept" => Some(Job::Accept {
            incoming: text(2)?,
            refused: text(3)?.lines().map(String::from).collect(),
        }),
        _ => None,
    }
}

/// The answer to a message.
fn answer(message: JsValue) -> Array {
    let problem = |p: WorkbookProblem| {
        Array::of3(
            &"problem".into(),
            &p.message(true).into(),
            &p.message(false).into(),
        )
    };
    let message: Array = message.unchecked_into();
    match message.get(0).as_string().as_deref() {
        Some("facts") => {
            return facts(&message).unwrap_or_else(|| problem(WorkbookProblem::NotWorkbook))
        }
        Some("bundled") => return Array::of2(&"report".into(), &BUNDLED_JSON.into()),
        Some("merge") => {
            return merge(&message).unwrap_or_else(|| problem(WorkbookProblem::NotWorkbook))
        }
        _ => {}
    }
    let Some(job) = job_of(&message) else {
        return problem(WorkbookProblem::NotWorkbook);
    };
    let report = message.get(1).as_string().unwrap_or_default();
    let Ok(report) = Report::from_json(&report) else {
        return problem(WorkbookProblem::Unwritable {
            detail: "report".into(),
        });
    };
    match run(&report, job) {
        Outcome::File { name, bytes } => {
            let options = web_sys::BlobPropertyBag::new();
            options.set_type(XLSX_MIME);
            let parts = Array::of1(&Uint8Array::from(bytes.as_slice()));
            match web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options) {
                Ok(blob) => Array::of3(&"file".into(), &blob, &name.into()),
                Err(_) => problem(WorkbookProblem::Unwritable {
                    detail: "blob".into(),
                }),
            }
        }
        Outcome::Read {
            report,
            notes,
            review,
            differs,
        } => {
            let lines = |ja| {
                notes
                    .iter()
                    .map(|n| n.message(ja))
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            let [ja, en] = review;
            let parts: [JsValue; 7] = [
                "read".into(),
                report.into(),
                lines(true).into(),
                lines(false).into(),
                ja.into(),
                en.into(),
                differs.into(),
            ];
            parts.iter().collect()
        }
        Outcome::Accepted(report) => Array::of2(&"report".into(), &report.into()),
        Outcome::Problem(p) => problem(p),
    }
}

/// 「本文から読み取る」: the structured-data box's text with what the entry's words add.
fn facts(message: &Array) -> Option<Array> {
    let text = |i| message.get(i).as_string();
    let place = Place {
        section: Section::from_id(&text(3)?)?,
        fiscal_year: FiscalYear(message.get(4).as_f64()? as u16),
        category: Category::new(message.get(5).as_f64()? as u8)?,
    };
    let facts = read_facts_into(&text(1)?, &text(2)?, place)?;
    Some(Array::of2(&"facts".into(), &facts.into()))
}

/// A new edition merged into edits made on the one before (`model::publish::merge`).
fn merge(message: &Array) -> Option<Array> {
    let report = |i| Report::from_json(&message.get(i).as_string()?).ok();
    let merged = merge_edition(&report(1)?, &report(2)?, &report(3)?);
    Some(Array::of3(
        &"merged".into(),
        &merged.report.to_json().into(),
        &merged.both_changed.join("\n").into(),
    ))
}

fn main() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let _ = replies.post_message(&answer(ev.data()));
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // The page waits for this before it sends the job.
    let _ = scope.post_message(&"ready".into());
}
