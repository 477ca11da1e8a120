//! The dataset carries the source report verbatim: every paragraph and table cell of the
//! project's copy of the source is in it, and it has no entry text the source lacks.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};

use renkei::model::{Report, Section};

const SOURCE: &str = include_str!("../data/source/report.txt");

/// Field names of the report's tables: they become the schema's keys, not data.
const FIELD_LABELS: [&str; 4] = [
    "対象地域",
    "実施主体",
    "連携の拠点",
    "市町村医介連携事業（委託先）",
];

/// Splits the source into its paragraphs (`<p>` marks) and table cells (tab-separated).
fn source_pieces() -> Vec<String> {
    let mut pieces = Vec::new();
    for line in SOURCE.lines() {
        let line = line.trim_start_matches(['#', ' ']).trim_end();
        if line.is_empty() || line.starts_with("---") {
            continue;
        }
        for cell in line
            .split('\t')
            .map(str::trim)
            .filter(|c| !c.is_empty() && !c.starts_with("---"))
        {
            if cell.contains("<p>") {
                let mut rest = cell;
                while let Some(start) = rest.find("<p>") {
                    let end = rest[start..].find("</p>").expect("every <p> is closed") + start;
                    pieces.push(rest[start + 3..end].to_string());
                    rest = &rest[end + 4..];
                }
            } else if !FIELD_LABELS.contains(&cell) {
                pieces.push(cell.to_string());
            }
        }
    }
    pieces
}

/// Every string of the dataset that comes from the source, with where it sits.
fn dataset_strings(report: &Report) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    out.insert(report.source.heading.clone(), "source.heading".into());
    for c in &report.categories {
        out.insert(c.printed.clone(), format!("categories[{}]", c.id.number()));
    }
    for h in &report.hubs {
        // A hub printed without a 資料 line has none (empty), which is not text.
        if !h.document.is_empty() {
            out.insert(h.document.clone(), format!("{}.document", h.id));
        }
        out.insert(h.area.clone(), format!("{}.area", h.id));
        out.insert(h.organisation.clone(), format!("{}.organisation", h.id));
        out.insert(h.contractors.clone(), format!("{}.contractors", h.id));
        for s in &h.sections {
            out.insert(s.heading.clone(), format!("{}.sections", h.id));
        }
        for e in &h.entries {
            for p in &e.paragraphs {
                out.insert(p.clone(), e.id.clone());
            }
        }
    }
    out
}

#[test]
fn every_paragraph_and_cell_of_the_source_is_in_the_dataset_verbatim() {
    let report = Report::bundled();
    let strings = dataset_strings(&report);
    let pieces = source_pieces();
    assert!(
        pieces.len() > 100,
        "the source splits into its paragraphs ({})",
        pieces.len()
    );
    let missing: Vec<_> = pieces
        .iter()
        .filter(|p| !strings.contains_key(*p))
        .collect();
    assert!(
        missing.is_empty(),
        "not in the dataset verbatim: {missing:#?}"
    );
}

#[test]
fn the_dataset_has_no_entry_text_that_is_not_in_the_source() {
    let report = Report::bundled();
    let pieces: BTreeSet<String> = source_pieces().into_iter().collect();
    let invented: Vec<_> = dataset_strings(&report)
        .into_iter()
        .filter(|(text, _)| !pieces.contains(text))
        .collect();
    assert!(
        invented.is_empty(),
        "dataset text absent from the source: {invented:#?}"
    );
}

#[test]
fn each_source_paragraph_belongs_to_exactly_one_entry_in_source_order() {
    let report = Report::bundled();
    let from_entries: Vec<&String> = report
        .hubs
        .iter()
        .flat_map(|h| &h.entries)
        .flat_map(|e| &e.paragraphs)
        .collect();
    let from_source: Vec<String> = source_pieces()
        .into_iter()
        .filter(|p| from_entries.contains(&p))
        .collect();
    assert_eq!(
        from_entries.len(),
        from_source.len(),
        "no paragraph is used twice"
    );
    assert!(
        from_entries.iter().zip(&from_source).all(|(a, b)| *a == b),
        "entries follow the source order"
    );
}

#[test]
fn old_kanji_and_typos_are_kept() {
    let report = Report::bundled();
    let all: String = report
        .hubs
        .iter()
        .flat_map(|h| &h.entries)
        .flat_map(|e| &e.paragraphs)
        .cloned()
        .collect();
    assert!(all.contains("医師会を經由して"), "經由 (old form) is kept");
    assert!(
        all.contains("かわりを持つ"),
        "the source's かわりを持つ is not corrected"
    );
}

#[test]
fn labels_are_as_printed_and_categories_follow_them() {
    let report = Report::bundled();
    for e in report.hubs.iter().flat_map(|h| &h.entries) {
        match &e.label {
            Some(label) => {
                assert!(
                    e.paragraphs[0].starts_with(label.as_str()),
                    "{}: label {label} is printed",
                    e.id
                );
                assert_eq!(
                    renkei::model::Category::from_label(label),
                    Some(e.category),
                    "{}",
                    e.id
                );
                assert!(
                    !e.category_inferred,
                    "{}: a printed label is not inferred",
                    e.id
                );
            }
            None => assert!(
                e.category_inferred,
                "{}: without a label the category is marked inferred",
                e.id
            ),
        }
        for continuation in &e.paragraphs[1..] {
            assert!(
                renkei::model::Category::from_label(continuation).is_none(),
                "{}: a labelled paragraph is its own entry",
                e.id
            );
        }
    }
}

#[test]
fn a_hub_names_the_document_printed_above_it_and_no_other() {
    // The source prints 資料 2 - 1 - 1, 2 - 1 - 4 and 2 - 1 - 6 above three of the six hubs;
    // the others get none rather than a neighbour's (a citation must not be guessed).
    let mut printed = Vec::new();
    let mut last_document = None;
    for line in SOURCE.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if line.starts_with("資料") {
            last_document = Some(line.to_string());
        } else if let Some(area) = line.strip_prefix("対象地域") {
            printed.push((
                area.trim().to_string(),
                last_document.take().unwrap_or_default(),
            ));
        }
    }
    let report = Report::bundled();
    let dataset: Vec<_> = report
        .hubs
        .iter()
        .map(|h| (h.area.clone(), h.document.clone()))
        .collect();
    assert_eq!(dataset, printed);
    assert_eq!(printed.iter().filter(|(_, d)| !d.is_empty()).count(), 3);
}

#[test]
fn sections_printed_as_one_cell_are_those_the_source_prints_as_one_cell() {
    // In the source a five-column section has a ①–⑤ header row under its heading; a section
    // printed as one cell is a line of two cells: its heading, then all its text.
    let mut seen = 0;
    for line in SOURCE.lines() {
        let cells: Vec<&str> = line.split('\t').collect();
        let heading = cells[0].trim().trim_start_matches("## ");
        let Some(section) = [
            ("（１）", Section::Result),
            ("（２）", Section::Challenge),
            ("（３）", Section::Plan),
            ("（４）", Section::Progress),
        ]
        .into_iter()
        .find(|(mark, _)| heading.starts_with(mark))
        .map(|(_, s)| s) else {
            continue;
        };
        seen += 1;
        let one_cell = cells.len() == 2 && !cells[1].trim().is_empty();
        assert_eq!(section.prints_as_one_cell(), one_cell, "{heading}");
    }
    assert_eq!(seen, 6 * 4, "every hub's four section headings");
}
