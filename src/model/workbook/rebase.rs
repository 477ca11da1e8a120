//! A workbook filled in while the report moved on: what the hub wrote is taken, what it left
//! as written is not, so a form sent out before the prefecture corrected an entry does not
//! undo the correction. Each entry is decided by the three-way rule a new edition is merged
//! with too ([`pick`]). The 取組一覧 sheet says what each entry read when the form was written.

use std::collections::HashMap;

use crate::model::report::Report;
use crate::model::search::folded_chars;
use crate::model::three_way::{pick, Pick};
use crate::model::types::{Entry, Hub};

use super::form::HubForm;
use super::problem::WorkbookNote;
use super::read::ReadWorkbook;
use super::reconcile::report_with;

/// One row of the 取組一覧 sheet: an entry's id and its text when the workbook was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WrittenEntry {
    /// The entry's id.
    pub id: String,
    /// Its hub's 対象地域 then.
    pub area: String,
    /// Its paragraphs joined by line breaks.
    pub text: String,
}

/// What [`keep_later_changes`] did, for the review's notes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rebased {
    /// Entries changed, added or removed in the report after the workbook was written, which
    /// the workbook leaves as they were then: kept as the report has them now. Hub area,
    /// section heading, label and opening of each, as the report has it now (as written, for
    /// one removed since).
    pub kept: Vec<String>,
    /// Entries changed in the report after the workbook was written and changed or removed in
    /// the workbook too: the workbook's wins if accepted. Named so too.
    pub both: Vec<String>,
    /// Entries reworded in the workbook whose words no longer state some of the facts read
    /// from them (a frequency, a month, a count): those were dropped. Named so too.
    pub unstated: Vec<String>,
    /// New entries that name a month but whose dates could not be read from their words (the
    /// calendar leaves them out until they are entered). Named so too.
    pub undated: Vec<String>,
}

/// A review note made from the names of the entries it is about.
type NamedNote = fn(Vec<String>) -> WorkbookNote;

impl Rebased {
    /// The review's notes on what was kept, changed on both sides, dropped or left unread,
    /// for the lists that are not empty.
    pub fn into_notes(self) -> Vec<WorkbookNote> {
        let notes: [(Vec<String>, NamedNote); 4] = [
            (self.kept, |entries| WorkbookNote::KeptLater { entries }),
            (self.both, |entries| WorkbookNote::ChangedOnBothSides {
                entries,
            }),
            (self.unstated, |entries| WorkbookNote::FactsUnstated {
                entries,
            }),
            (self.undated, |entries| WorkbookNote::DatesUnread {
                entries,
            }),
        ];
        notes
            .into_iter()
            .filter(|(entries, _)| !entries.is_empty())
            .map(|(entries, note)| note(entries))
            .collect()
    }
}

/// The report as the workbook `book` says it, on top of `report`: its sheets tied to hubs
/// renamed since it was written, and what the report gained since kept. A workbook without its
/// 取組一覧 sheet cannot say what it left as written: it is read as its sheets say.
pub fn read_onto(report: &Report, book: &mut ReadWorkbook) -> (Report, Rebased) {
    if let Some(written) = &book.written {
        recognise_renamed_hubs(report, written, &mut book.forms);
    }
    let mut incoming = report_with(report, &book.forms);
    let mut rebased = match &book.written {
        Some(written) => keep_later_changes(report, written, &mut incoming),
        None => Rebased::default(),
    };
    for hub in &incoming.hubs {
        let now = report.hub(&hub.id);
        for e in &hub.entries {
            match now.and_then(|h| h.entries.iter().find(|b| b.id == e.id)) {
                Some(before) if dropped_facts(before, e) => rebased.unstated.push(named(hub, e)),
                None if e.facts.events.is_empty() && names_a_month(&e.text()) => {
                    rebased.undated.push(named(hub, e))
                }
                _ => {}
            }
        }
    }
    (incoming, rebased)
}

/// True when `before`, reworded as `after`, lost facts its new words no longer state.
fn dropped_facts(before: &Entry, after: &Entry) -> bool {
    before.text() != after.text() && before.facts.still_stated(&after.text()) != before.facts
}

/// True when `text` names a month (`3月`, `１２月`): a new entry whose dates the reader could
/// not place is left off the calendar until someone enters them.
fn names_a_month(text: &str) -> bool {
    // Folded as search folds: １２月 is 12月.
    let mut before = ' ';
    for c in folded_chars(text) {
        if c == '月' && before.is_ascii_digit() {
            return true;
        }
        before = c;
    }
    false
}

/// Ties each sheet whose 対象地域 no hub has now to the hub its entries were written under in
/// the 取組一覧 sheet: a hub renamed after the workbook was written would otherwise come back
/// as a second, new hub. A name the sheet leaves as written takes the hub's current one.
pub fn recognise_renamed_hubs(report: &Report, written: &[WrittenEntry], forms: &mut [HubForm]) {
    for form in forms.iter_mut() {
        let by_name = |h: &Hub| h.area.trim() == form.area || h.area.trim() == form.sheet;
        if report.hubs.iter().any(by_name) {
            continue;
        }
        let row = written
            .iter()
            .find(|w| w.area == form.area || w.area == form.sheet);
        let hub = row.and_then(|w| {
            report
                .hubs
                .iter()
                .find(|h| h.entries.iter().any(|e| e.id == w.id))
        });
        if let (Some(row), Some(hub)) = (row, hub) {
            if form.area == row.area {
                form.area = hub.area.trim().to_string();
            }
            form.hub = Some(hub.id.clone());
        }
    }
}

/// `incoming` (the report as the workbook says it) with what the report gained since the
/// workbook was `written` kept. Hubs new in the workbook are left as they are.
pub fn keep_later_changes(
    report: &Report,
    written: &[WrittenEntry],
    incoming: &mut Report,
) -> Rebased {
    let rows = rows_by_hub(report, written, incoming);
    let mut rebased = Rebased::default();
    for hub in &mut incoming.hubs {
        if let Some(now) = report.hub(&hub.id) {
            let then = rows.get(&hub.id).map(|rows| {
                rows.iter()
                    .map(|&i| (written[i].id.as_str(), written[i].text.as_str()))
                    .collect()
            });
            rebase_hub(now, &then.unwrap_or_default(), hub, &mut rebased);
        }
    }
    rebased
}

/// The written rows of each hub (positions in `written`), in one pass: an all-Japan workbook
/// has ~100k rows for 1,741 hubs. A row is its entry's hub's, in the report or the workbook;
/// an entry removed since is known by its id (`<hub>-<year>-<section>-<nn>`).
fn rows_by_hub(
    report: &Report,
    written: &[WrittenEntry],
    incoming: &Report,
) -> HashMap<String, Vec<usize>> {
    let owner: HashMap<&str, &str> = report
        .hubs
        .iter()
        .chain(&incoming.hubs)
        .flat_map(|h| {
            h.entries
                .iter()
                .map(move |e| (e.id.as_str(), h.id.as_str()))
        })
        .collect();
    let mut rows: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, w) in written.iter().enumerate() {
        let hub = owner
            .get(w.id.as_str())
            .copied()
            .or_else(|| w.id.rsplitn(4, '-').nth(3));
        if let Some(hub) = hub {
            rows.entry(hub.to_string()).or_default().push(i);
        }
    }
    rows
}

/// The label a note names an entry by: hub, the section's printed heading, label and the
/// text's opening (a label alone is shared by a hub's years and sections).
fn named(hub: &Hub, entry: &Entry) -> String {
    let label = entry
        .label
        .clone()
        .unwrap_or_else(|| entry.category.circled().to_string());
    let heading = hub
        .sections
        .iter()
        .find(|s| s.section == entry.section && s.fiscal_year == entry.fiscal_year)
        .map_or(String::new(), |s| format!("{} ", s.heading));
    format!("{} {heading}{label} {}", hub.area, entry.opening(16))
}

/// Rebases one hub: `then` holds its entries as written, by id (searched by text too, for a
/// piece the reader could not match to its entry: an unlabelled one the report has since
/// reworded).
fn rebase_hub(now: &Hub, then: &HashMap<&str, &str>, hub: &mut Hub, rebased: &mut Rebased) {
    let current = |id: &str| now.entries.iter().find(|e| e.id == id);
    let mut used: Vec<&str> = Vec::new();
    let mut entries = Vec::with_capacity(hub.entries.len());
    for piece in std::mem::take(&mut hub.entries) {
        let text = piece.text();
        let as_written = match then.get_key_value(piece.id.as_str()) {
            Some((id, t)) if *t == text => Some(*id),
            _ => then
                .iter()
                .find(|(id, t)| {
                    **t == text
                        && !used.contains(id)
                        && current(id).is_none_or(|e| e.text() != text)
                })
                .map(|(id, _)| *id),
        };
        match as_written {
            // Left as written: the report's entry as it is now (or none, if it was removed).
            Some(id) => {
                used.push(id);
                let later = current(id);
                if later.is_none_or(|e| *e != piece) {
                    rebased.kept.push(named(now, later.unwrap_or(&piece)));
                }
                entries.extend(later.cloned());
            }
            None => {
                // Changed since on both sides, and not to the same words (a workbook imported
                // again after it was applied brings what the report already says).
                let now_text = current(&piece.id).map(Entry::text);
                let was = then.get(piece.id.as_str()).copied();
                if was.is_some() && pick(was, Some(&*text), now_text.as_deref()) == Pick::Both {
                    rebased.both.push(named(now, &piece));
                }
                entries.push(piece);
            }
        }
    }
    for e in &now.entries {
        if entries.iter().any(|x| x.id == e.id) {
            continue;
        }
        match then.get(e.id.as_str()) {
            // Added after the workbook was written: not the workbook's to remove.
            None => {
                rebased.kept.push(named(now, e));
                entries.push(e.clone());
            }
            // Removed in the workbook after the report changed it.
            Some(t) if pick(Some(*t), None, Some(&*e.text())) == Pick::Both => {
                rebased.both.push(named(now, e))
            }
            Some(_) => {}
        }
    }
    hub.entries = entries;
}
