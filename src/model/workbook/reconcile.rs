//! The report as a filled-in workbook says it: each hub sheet's cells split into entries and
//! matched to the report's (same hub, year, section, category and label; by wording where no
//! label is printed). Matched entries keep their id, themes, the facts their words still state
//! (with those the new words add, read from them), and their status unless a reworded plan now
//! reports itself begun or done; new ones get themes, a status and facts read from their words.

use crate::model::changes::Wording;
use crate::model::edit::next_entry_id;
use crate::model::new_hub::{split_municipalities, unused_hub_id};
use crate::model::read_facts::with_facts_read;
use crate::model::report::Report;
use crate::model::themes::{status_after_rewording, suggest_status, suggest_themes};
use crate::model::types::{Category, Entry, FiscalYear, Hub, Section, SectionHeading};

use super::form::{HubForm, SectionForm};
use super::split::{split_cell, CellEntry};

/// One entry as a cell gives it, with the category of the cell it was in.
struct Piece {
    cell: Category,
    entry: CellEntry,
}

impl Piece {
    /// The category: the label's where one is printed, else the cell's (the challenges' one
    /// cell says nothing, so there the matched entry's is kept).
    fn category(&self) -> Category {
        self.entry
            .label
            .as_deref()
            .and_then(Category::from_label)
            .unwrap_or(self.cell)
    }
}

/// A rule for pairing a piece with an old entry.
type Pairing<'a> = &'a dyn Fn(&Piece, &Entry) -> bool;

/// Pairs each piece with an old entry: same text first, then same label and category, then
/// similar wording among unlabelled ones. Each old entry is used once.
fn match_pieces(pieces: &[Piece], old: &[&Entry]) -> Vec<Option<usize>> {
    let mut used = vec![false; old.len()];
    let mut matched: Vec<Option<usize>> = vec![None; pieces.len()];
    let passes: [Pairing; 3] = [
        &|p, e| p.entry.paragraphs == e.paragraphs,
        &|p, e| p.entry.label.is_some() && p.entry.label == e.label && p.category() == e.category,
        &|p, e| {
            p.entry.label.is_none()
                && e.label.is_none()
                && Wording::of_text(&p.entry.paragraphs.join("\n")).same_activity(&Wording::of(e))
        },
    ];
    for pass in passes {
        for (i, piece) in pieces.iter().enumerate() {
            if matched[i].is_some() {
                continue;
            }
            if let Some(j) = (0..old.len()).find(|&j| !used[j] && pass(piece, old[j])) {
                used[j] = true;
                matched[i] = Some(j);
            }
        }
    }
    matched
}

/// The entries of one section as its form gives them, matched against `hub`'s.
fn section_entries(hub: &Hub, form: &SectionForm, new_ids: &mut Hub) -> Vec<Entry> {
    let old: Vec<&Entry> = hub.entries_in(form.section, form.fiscal_year).collect();
    let pieces: Vec<Piece> = form
        .cells
        .iter()
        .flat_map(|(cell, text)| {
            split_cell(text)
                .into_iter()
                .map(|entry| Piece { cell: *cell, entry })
        })
        .collect();
    let matched = match_pieces(&pieces, &old);
    pieces
        .into_iter()
        .zip(matched)
        .map(|(piece, m)| match m {
            Some(j) => {
                let mut e = old[j].clone();
                if e.paragraphs != piece.entry.paragraphs {
                    e.draft = false;
                    if piece.entry.label.is_some() || !form.is_one_cell() {
                        e.category = piece.category();
                    }
                    e.label = piece.entry.label;
                    e.paragraphs = piece.entry.paragraphs;
                    // What the words still state, and what they now state besides.
                    e.facts = with_facts_read(&e, &e.facts.still_stated(&e.text()));
                    // The form has no 進捗 column: a plan reported done says so in its words.
                    if form.section == Section::Progress {
                        e.status = status_after_rewording(e.status, &e.text());
                    }
                }
                e
            }
            None => {
                let text = piece.entry.paragraphs.join("\n");
                let entry = Entry {
                    id: next_entry_id(new_ids, form.section, form.fiscal_year),
                    section: form.section,
                    fiscal_year: form.fiscal_year,
                    category: piece.category(),
                    category_inferred: piece.entry.label.is_none(),
                    label: piece.entry.label.clone(),
                    paragraphs: piece.entry.paragraphs,
                    themes: suggest_themes(&text)
                        .into_iter()
                        .map(String::from)
                        .collect(),
                    status: (form.section == Section::Progress)
                        .then(|| suggest_status(&text))
                        .flatten(),
                    facts: Default::default(),
                    draft: false,
                };
                let entry = Entry {
                    facts: with_facts_read(&entry, &Default::default()),
                    ..entry
                };
                new_ids.entries.push(entry.clone());
                entry
            }
        })
        .collect()
}

/// Keeps `old` where it reads the same as `new` once trimmed (the reader trims cells).
fn kept(old: &str, new: &str) -> String {
    if old.trim() == new {
        old.to_string()
    } else {
        new.to_string()
    }
}

/// The hub as its form says, starting from the report's hub of the same 対象地域 (or sheet
/// name), or a new hub.
fn reconcile_hub(report: &Report, form: &HubForm, done: &[Hub]) -> Hub {
    let existing = form
        .hub
        .as_deref()
        .and_then(|id| report.hub(id))
        .or_else(|| report.hubs.iter().find(|h| h.area.trim() == form.area))
        .or_else(|| report.hubs.iter().find(|h| h.area.trim() == form.sheet));
    let old = existing.cloned().unwrap_or_else(|| Hub {
        id: unused_hub_id(report, done),
        document: String::new(),
        area: String::new(),
        municipalities: split_municipalities(&form.area),
        organisation: String::new(),
        contractors: String::new(),
        sections: Vec::new(),
        entries: Vec::new(),
    });
    let mut hub = old.clone();
    hub.area = kept(&old.area, &form.area);
    hub.organisation = kept(&old.organisation, &form.organisation);
    hub.contractors = kept(&old.contractors, &form.contractors);
    hub.document = kept(&old.document, &form.document);
    for s in &form.sections {
        match hub
            .sections
            .iter_mut()
            .find(|h| h.section == s.section && h.fiscal_year == s.fiscal_year)
        {
            Some(h) => h.heading = kept(&h.heading, &s.heading),
            None => hub.sections.push(SectionHeading {
                section: s.section,
                fiscal_year: s.fiscal_year,
                heading: s.heading.clone(),
            }),
        }
    }
    // Ids are numbered past every entry the hub had, so a new entry never takes a removed one's id.
    let mut ids = old.clone();
    let mut entries = Vec::with_capacity(old.entries.len());
    let keys: Vec<(Section, FiscalYear)> = hub
        .sections
        .iter()
        .map(|s| (s.section, s.fiscal_year))
        .collect();
    for &(section, year) in &keys {
        match form
            .sections
            .iter()
            .find(|s| s.section == section && s.fiscal_year == year)
        {
            Some(s) => entries.extend(section_entries(&old, s, &mut ids)),
            None => entries.extend(old.entries_in(section, year).cloned()),
        }
    }
    entries.extend(
        old.entries
            .iter()
            .filter(|e| !keys.contains(&(e.section, e.fiscal_year)))
            .cloned(),
    );
    hub.entries = entries;
    hub
}

/// The hubs the workbook's sheets describe, in the workbook's order.
pub fn reconcile(report: &Report, forms: &[HubForm]) -> Vec<Hub> {
    let mut hubs: Vec<Hub> = Vec::with_capacity(forms.len());
    for form in forms {
        let hub = reconcile_hub(report, form, &hubs);
        hubs.push(hub);
    }
    hubs
}

/// `report` with each hub replaced by the one its sheet describes, and new hubs added at the end.
pub fn report_with(report: &Report, forms: &[HubForm]) -> Report {
    let mut after = report.clone();
    for hub in reconcile(report, forms) {
        match after.hubs.iter_mut().find(|h| h.id == hub.id) {
            Some(h) => *h = hub,
            None => after.hubs.push(hub),
        }
    }
    after
}
