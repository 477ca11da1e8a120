//! Talks to the workbook worker (`src/bin/workbook.rs`): one worker a job, ended once it
//! answers. Its wasm is fetched on the first job, never with the page.

use js_sys::{Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::Lang;
use crate::model::edition::ShownEdition;
use crate::model::publish::merge::Merged;
use crate::model::publish::open::Helper;
use crate::model::Report;

/// What the worker answered.
pub enum Reply {
    /// A workbook to download, and its name.
    File(web_sys::Blob, String),
    /// What reading a workbook gave.
    Read(ReadReply),
    /// The report with what a review accepted (JSON).
    Report(String),
    /// The structured-data box's text with the facts read from the words.
    Facts(String),
    /// Why it could not be done, `[ja, en]`.
    Problem([String; 2]),
}

/// What reading a workbook gave, for its review.
pub struct ReadReply {
    /// The report it was read against (JSON), as the worker got it: applying sends it again.
    pub against: String,
    /// The report as the workbook says it (JSON).
    pub incoming: String,
    /// Notes on the reading, `[ja, en]` (empty when none).
    pub notes: [String; 2],
    /// The review as markup, `[ja, en]`.
    pub review: [String; 2],
    /// Whether the workbook differs from the report.
    pub differs: bool,
}

/// Sends `message` (its `bytes`, if any, moved rather than copied) and waits for the answer.
async fn ask(message: Array, bytes: Option<&Uint8Array>) -> Option<Array> {
    let url = format!("{}/workbook_loader.js", crate::routing::base_path());
    let worker = web_sys::Worker::new(&url).ok()?;
    let next_message = || {
        let promise = js_sys::Promise::new(&mut |resolve, reject| {
            worker.set_onmessage(Some(&resolve));
            worker.set_onerror(Some(&reject));
        });
        wasm_bindgen_futures::JsFuture::from(promise)
    };
    // The worker says when it listens: a message sent before its wasm has started is lost.
    let answer = match next_message().await {
        Ok(_ready) => {
            let answered = next_message();
            let sent = match bytes {
                Some(b) => worker.post_message_with_transfer(&message, &Array::of1(&b.buffer())),
                None => worker.post_message(&message),
            };
            match sent {
                Ok(()) => answered.await.ok(),
                Err(_) => None,
            }
        }
        Err(_) => None,
    };
    worker.terminate();
    answer.map(|ev| {
        ev.unchecked_into::<web_sys::MessageEvent>()
            .data()
            .unchecked_into()
    })
}

/// Reads an answer; a worker that could not start (offline before it was ever fetched) or
/// stopped gives the message that says so.
fn reply_of(answer: Option<Array>, against: String) -> Reply {
    let text = |a: &Array, i| a.get(i).as_string().unwrap_or_default();
    let failed =
        || Reply::Problem([Lang::Ja, Lang::En].map(|l| l.texts().workbook_failed.to_string()));
    let Some(a) = answer else { return failed() };
    match text(&a, 0).as_str() {
        "file" => match a.get(1).dyn_into() {
            Ok(blob) => Reply::File(blob, text(&a, 2)),
            Err(_) => failed(),
        },
        "read" => Reply::Read(ReadReply {
            against,
            incoming: text(&a, 1),
            notes: [text(&a, 2), text(&a, 3)],
            review: [text(&a, 4), text(&a, 5)],
            differs: a.get(6).is_truthy(),
        }),
        "report" => Reply::Report(text(&a, 1)),
        "facts" => Reply::Facts(text(&a, 1)),
        "problem" => Reply::Problem([text(&a, 1), text(&a, 2)]),
        _ => failed(),
    }
}

/// Writes the form of `hub` (or every hub) for the `edition` shown, from the report as JSON.
pub async fn write_form(
    report: String,
    hub: Option<&str>,
    edition: Option<ShownEdition>,
    today: &str,
    lang: Lang,
) -> Reply {
    let message = Array::new();
    message.push(&"write".into());
    message.push(&report.into());
    message.push(&hub.unwrap_or_default().into());
    message.push(&JsValue::from(edition.map_or(0, |e| e.edition.0 .0)));
    message.push(&JsValue::from(edition.is_some_and(|e| e.newest)));
    message.push(&today.into());
    message.push(&lang.tag().into());
    reply_of(ask(message, None).await, String::new())
}

/// Reads a filled-in workbook against `report` (JSON), which the reply keeps for the accept.
pub async fn read_form(report: String, bytes: &[u8]) -> Reply {
    let bytes = Uint8Array::from(bytes);
    let message = Array::of3(&"read".into(), &report.as_str().into(), &bytes);
    reply_of(ask(message, Some(&bytes)).await, report)
}

/// 「本文から読み取る」: the box's `present` facts (text) with what `text`, at `place`, adds.
pub async fn read_facts(
    present: &str,
    text: &str,
    place: crate::model::read_facts::Place,
) -> Reply {
    let message = Array::new();
    message.push(&"facts".into());
    message.push(&present.into());
    message.push(&text.into());
    message.push(&place.section.id().into());
    message.push(&JsValue::from(place.fiscal_year.0));
    message.push(&JsValue::from(u8::from(place.category)));
    reply_of(ask(message, None).await, String::new())
}

/// What opening on the published edition asks of the worker (`model::publish::open::Helper`):
/// the build's own report and merging a new edition into edits, off the page's first load.
pub struct WorkerHelper;

impl Helper for WorkerHelper {
    async fn build_report(&self) -> Option<Report> {
        match reply_of(
            ask(Array::of1(&"bundled".into()), None).await,
            String::new(),
        ) {
            Reply::Report(json) => Report::from_json(&json).ok(),
            _ => None,
        }
    }

    async fn merge(&self, base: &Report, mine: &Report, theirs: &Report) -> Option<Merged> {
        let message = Array::of1(&"merge".into());
        for report in [base, mine, theirs] {
            message.push(&report.to_json().into());
        }
        let answer = ask(message, None).await?;
        let text = |i| answer.get(i).as_string();
        (text(0)?.as_str() == "merged").then_some(())?;
        Some(Merged {
            report: Report::from_json(&text(1)?).ok()?,
            both_changed: text(2)?.lines().map(String::from).collect(),
        })
    }
}

/// Takes what a review accepted: everything of its incoming report but the cleared boxes' keys.
pub async fn accept_review(read: &ReadReply, refused: &[String]) -> Reply {
    let message = Array::new();
    for part in ["accept", &read.against, &read.incoming, &refused.join("\n")] {
        message.push(&part.into());
    }
    reply_of(ask(message, None).await, String::new())
}
