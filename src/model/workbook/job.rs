//! What the workbook worker is asked to do and what it answers, without the browser: the
//! worker binary only turns messages into a [`Job`] and an [`Outcome`] back into a message.

use crate::components::review_markup::{accepted_except, review_markup};
use crate::i18n::Lang;
use crate::model::diff::diff;
use crate::model::edition::ShownEdition;
use crate::model::facts_text::{facts_text, parse_facts};
use crate::model::read_facts::{add_read, read_facts, Place};
use crate::model::report::Report;
use crate::model::review::accept;

use super::problem::{WorkbookNote, WorkbookProblem};
use super::read::read_workbook;
use super::rebase::read_onto;
use super::write::{write_workbook, WorkbookOptions};

/// The media type of an `.xlsx` file.
pub const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// A job for the worker.
pub enum Job {
    /// Write the form of one hub (by id) or of every hub.
    Write {
        /// The hub, or `None` for the whole report.
        hub: Option<String>,
        /// The edition written (every section when `None`).
        edition: Option<ShownEdition>,
        /// Today's date (`2026-12-03`), for the file name and the 説明 sheet.
        today: String,
        /// Whether the 説明 sheet speaks English (the UI's language).
        english: bool,
    },
    /// Read a filled-in workbook against the report.
    Read {
        /// The file's bytes.
        bytes: Vec<u8>,
    },
    /// Take what the review accepted of a report read from a workbook.
    Accept {
        /// The report the workbook gave (JSON, as [`Outcome::Read`] gave it).
        incoming: String,
        /// The `data-take` keys of the review's cleared boxes.
        refused: Vec<String>,
    },
}

/// What the worker answers.
pub enum Outcome {
    /// A workbook to download.
    File {
        /// The file name offered.
        name: String,
        /// Its bytes.
        bytes: Vec<u8>,
    },
    /// The report as the workbook says it (every hub it has no sheet for unchanged), to be
    /// reviewed before anything changes.
    Read {
        /// That report as JSON.
        report: String,
        /// What the person should know about how it was read.
        notes: Vec<WorkbookNote>,
        /// The review as markup, in Japanese and in English.
        review: [String; 2],
        /// Whether anything differs.
        differs: bool,
    },
    /// The report with what the review accepted (JSON).
    Accepted(String),
    /// Why it could not be done.
    Problem(WorkbookProblem),
}

/// 「本文から読み取る」 in the worker (the reader is ~11 KB of wasm that only editors use): the
/// facts of the structured-data box `present` (its text) with what `text`, standing at
/// `place`, states that they do not, as that box's text; `None` when `present` does not parse.
pub fn read_facts_into(present: &str, text: &str, place: Place) -> Option<String> {
    let present = parse_facts(present).ok()?;
    let added = add_read(&present, &read_facts(text, place).to_facts(place));
    Some(facts_text(&added))
}

/// Runs `job` against `report`.
pub fn run(report: &Report, job: Job) -> Outcome {
    match job {
        Job::Write {
            hub,
            edition,
            today,
            english,
        } => {
            let hubs: Vec<_> = report
                .hubs
                .iter()
                .filter(|h| hub.as_ref().is_none_or(|id| &h.id == id))
                .collect();
            let name = match &hub {
                Some(id) => format!("renkei-form-{id}-{today}.xlsx"),
                None => format!("renkei-form-{today}.xlsx"),
            };
            let options = WorkbookOptions {
                hubs,
                edition,
                today: &today,
                english,
            };
            match write_workbook(report, &options) {
                Ok(bytes) => Outcome::File { name, bytes },
                Err(e) => Outcome::Problem(WorkbookProblem::Unwritable {
                    detail: e.to_string(),
                }),
            }
        }
        Job::Read { bytes } => match read_workbook(&bytes) {
            Err(problem) => Outcome::Problem(problem),
            Ok(mut book) => {
                let (incoming, rebased) = read_onto(report, &mut book);
                book.notes.extend(rebased.into_notes());
                let d = diff(report, &incoming);
                let review = [Lang::Ja, Lang::En].map(|l| review_markup(report, &incoming, &d, l));
                Outcome::Read {
                    report: incoming.to_json(),
                    notes: book.notes,
                    review,
                    differs: !d.is_empty(),
                }
            }
        },
        Job::Accept { incoming, refused } => match Report::from_json(&incoming) {
            Ok(incoming) => {
                let d = diff(report, &incoming);
                let mut after = report.clone();
                after.hubs = accept(report, &incoming, &d, &accepted_except(&d, &refused));
                Outcome::Accepted(after.to_json())
            }
            Err(e) => Outcome::Problem(WorkbookProblem::Damaged {
                detail: e.to_string(),
            }),
        },
    }
}
