//! Every file renkei writes, in one place: entry rows, CSV, the report as JSON. Each format is
//! a function returning an [`ExportFile`]; the views offer it with one download helper.

use super::edition::{edition_report, ShownEdition};
use super::filter::EntryRef;
use super::report::Report;

/// A file made in the browser, ready to download.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportFile {
    /// The file name offered, with the date it was made (`renkei-entries-2026-12-02.csv`).
    pub name: String,
    /// Its media type.
    pub mime: &'static str,
    /// Its contents.
    pub text: String,
}

/// The columns of an entry row, as the CSV header names them.
pub const ENTRY_COLUMNS: [&str; 10] = [
    "hub",
    "area",
    "id",
    "fiscal_year",
    "section",
    "category",
    "label",
    "status",
    "themes",
    "text",
];

/// One row per entry at `refs`, header first (see [`ENTRY_COLUMNS`]).
pub fn entry_rows(report: &Report, refs: &[EntryRef]) -> Vec<Vec<String>> {
    let mut rows = vec![ENTRY_COLUMNS.map(String::from).to_vec()];
    rows.extend(refs.iter().map(|at| {
        let (hub, e) = at.resolve(report);
        vec![
            hub.id.clone(),
            hub.area.clone(),
            e.id.clone(),
            e.fiscal_year.0.to_string(),
            e.section.id().into(),
            e.category.number().to_string(),
            e.label.clone().unwrap_or_default(),
            e.status.map(|s| s.id().to_string()).unwrap_or_default(),
            e.themes.join(" "),
            e.text(),
        ]
    }));
    rows
}

/// Rows as lines of fields joined by `separator`, CRLF after each; a field holding the
/// separator, a quote or a line break is quoted, its quotes doubled (as spreadsheets write them),
/// and one starting like a formula is prefixed with an apostrophe.
fn delimited(rows: &[Vec<String>], separator: char) -> String {
    let mut out = String::new();
    for row in rows {
        let line: Vec<String> = row
            .iter()
            .map(|f| {
                // A field a spreadsheet would run as a formula (=, +, -, @) is kept as text by a
                // leading apostrophe (CSV injection: the text may come from someone's workbook).
                let f = if f.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                    format!("'{f}")
                } else {
                    f.clone()
                };
                if f.contains([separator, '"', '\n', '\r']) {
                    format!("\"{}\"", f.replace('"', "\"\""))
                } else {
                    f
                }
            })
            .collect();
        out.push_str(&line.join(&separator.to_string()));
        out.push_str("\r\n");
    }
    out
}

/// Rows as CSV for spreadsheet software: UTF-8 with a byte-order mark (so Excel reads it as
/// UTF-8), CRLF line ends, fields quoted where they need it.
pub fn to_csv(rows: &[Vec<String>]) -> String {
    format!("\u{FEFF}{}", delimited(rows, ','))
}

/// Rows as tab-separated text, as a spreadsheet pastes it into cells (Excel quotes a field
/// the same way when it copies cells).
pub fn to_tsv(rows: &[Vec<String>]) -> String {
    delimited(rows, '\t')
}

/// A chart as a standalone SVG picture, named after the chart (`name`) and dated `date`.
pub fn chart_svg(name: &str, date: &str, svg: String) -> ExportFile {
    ExportFile {
        name: format!("renkei-{name}-{date}.svg"),
        mime: "image/svg+xml",
        text: svg,
    }
}

/// The file name of a chart's PNG picture.
pub fn chart_png_name(name: &str, date: &str) -> String {
    format!("renkei-{name}-{date}.png")
}

/// A table (a chart's numbers) as a CSV file named `name` and dated `date`.
pub fn table_csv(name: &str, date: &str, rows: &[Vec<String>]) -> ExportFile {
    ExportFile {
        name: format!("renkei-{name}-{date}.csv"),
        mime: "text/csv;charset=utf-8",
        text: to_csv(rows),
    }
}

/// The entries at `refs` as a CSV file dated `date`.
pub fn entries_csv(report: &Report, refs: &[EntryRef], date: &str) -> ExportFile {
    table_csv("entries", date, &entry_rows(report, refs))
}

/// The report ready to publish: `report.json`, indented, dated `today` (`2026-03-31`) as
/// the edition's publication day, to upload in place of the site's `data/report.json`.
pub fn published_json(report: &Report, today: &str) -> ExportFile {
    let mut dated = report.clone();
    dated.published = Some(today.to_string());
    ExportFile {
        name: "report.json".into(),
        mime: "application/json",
        text: dated.to_json(),
    }
}

/// One edition as JSON in schema version 1's shape (`model::edition::edition_report`).
pub fn edition_json(report: &Report, shown: ShownEdition, date: &str) -> ExportFile {
    ExportFile {
        name: format!("renkei-report-fy{}-{date}.json", shown.edition.0 .0),
        mime: "application/json",
        text: edition_report(report, shown).to_json(),
    }
}

/// The whole report as JSON of the bundled schema, dated `date`.
pub fn report_json(report: &Report, date: &str) -> ExportFile {
    ExportFile {
        name: format!("renkei-report-{date}.json"),
        mime: "application/json",
        text: report.to_json(),
    }
}
