//! Reads a filled-in form back: which kind of file it is, whether it is safe to open, and
//! each hub sheet's details and section cells (by the form's own layout, found by its labels).

use std::io::Cursor;

use calamine::{Data, Range, Reader, Xlsx};

use super::form::{is_one_cell, parse_heading, HubForm, SectionForm};
use super::problem::{WorkbookNote, WorkbookProblem, MAX_INFLATED_BYTES, MAX_WORKBOOK_BYTES};
use super::rebase::WrittenEntry;
use super::split::split_cell;
use super::{DETAIL_LABELS, GUIDE_SHEET, LIST_SHEET};
use crate::model::types::Category;

/// What a workbook holds: its hub sheets, and what the reader should tell the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadWorkbook {
    /// The hub sheets, in the workbook's order.
    pub forms: Vec<HubForm>,
    /// Things done while reading (formula cells read by value).
    pub notes: Vec<WorkbookNote>,
    /// The 取組一覧 sheet's entries as they were when the workbook was written (`None` if the
    /// sheet is gone).
    pub written: Option<Vec<WrittenEntry>>,
}

/// One hub sheet as read: the form, the cells it was read from, and cells with text outside
/// the form's fields (a line typed below the table), which nothing reads.
struct SheetRead {
    form: HubForm,
    read: Vec<(u32, u32)>,
    unread: Vec<(u32, u32)>,
}

/// The start of an OLE compound file: an `.xls`, or an encrypted `.xlsx`.
const OLE_MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Whether `bytes` look like a workbook (a zip or an OLE file) rather than JSON.
pub fn looks_like_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&OLE_MAGIC)
}

/// Refuses what is not a readable `.xlsx` before any sheet is parsed.
fn check_container(bytes: &[u8]) -> Result<(), WorkbookProblem> {
    if bytes.len() > MAX_WORKBOOK_BYTES {
        return Err(WorkbookProblem::TooLarge { bytes: bytes.len() });
    }
    if bytes.starts_with(&OLE_MAGIC) {
        // An encrypted workbook is an OLE file with an EncryptionInfo stream (named in UTF-16).
        let name: Vec<u8> = "EncryptionInfo"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let encrypted = bytes.windows(name.len()).any(|w| w == name.as_slice());
        return Err(if encrypted {
            WorkbookProblem::Encrypted
        } else {
            WorkbookProblem::OldExcel
        });
    }
    if !bytes.starts_with(b"PK") {
        return Err(WorkbookProblem::NotWorkbook);
    }
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| WorkbookProblem::Damaged {
            detail: e.to_string(),
        })?;
    let mut inflated = 0u64;
    let mut has_workbook = false;
    for i in 0..zip.len() {
        let file = zip.by_index_raw(i).map_err(|e| WorkbookProblem::Damaged {
            detail: e.to_string(),
        })?;
        inflated = inflated.saturating_add(file.size());
        has_workbook |= file.name().is_ok_and(|n| n == "xl/workbook.xml");
    }
    if inflated > MAX_INFLATED_BYTES {
        return Err(WorkbookProblem::Inflates { bytes: inflated });
    }
    if !has_workbook {
        return Err(WorkbookProblem::NotExcelZip);
    }
    Ok(())
}

/// A cell as text (numbers as written; errors and empty cells as nothing).
fn text_at(range: &Range<Data>, row: u32, col: u32) -> String {
    match range.get_value((row, col)) {
        Some(Data::String(s)) | Some(Data::DateTimeIso(s)) | Some(Data::DurationIso(s)) => {
            s.clone()
        }
        Some(Data::Int(n)) => n.to_string(),
        Some(Data::Float(f)) => f.to_string(),
        Some(Data::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

/// `A1`-style name of a cell.
fn cell_name(row: u32, col: u32) -> String {
    format!("{}{}", char::from(b'A' + col as u8), row + 1)
}

/// Reads one sheet as a hub's form, or `None` when it is not laid out as one.
fn read_hub_sheet(sheet: &str, range: &Range<Data>) -> Option<SheetRead> {
    let end = range.end().map_or(0, |(r, _)| r);
    let find = |label: &str| (0..end.min(20) + 1).find(|&r| text_at(range, r, 0).trim() == label);
    let detail = |label: &str| find(label).map(|r| text_at(range, r, 1));
    let area = detail(DETAIL_LABELS[0])?;
    let organisation = detail(DETAIL_LABELS[1])?;
    let mut read_cells = Vec::new();
    // Cells of the form's own layout that hold no entry: the title, the details, the headings.
    let mut layout: Vec<(u32, u32)> = (0..5).map(|c| (0, c)).collect();
    for label in DETAIL_LABELS {
        layout.extend(find(label).into_iter().flat_map(|r| [(r, 0), (r, 1)]));
    }
    let mut sections = Vec::new();
    let mut row = 0;
    // A section's text row may lie past the sheet's last filled row: all of it emptied.
    while row < end {
        let heading = text_at(range, row, 0);
        let is_section_start = text_at(range, row + 1, 0).starts_with('①');
        let Some((section, fiscal_year)) = parse_heading(&heading).filter(|_| is_section_start)
        else {
            row += 1;
            continue;
        };
        let text_row = row + 2;
        layout.push((row, 0));
        layout.extend((0..5).map(|c| (row + 1, c)));
        let columns: Vec<Category> = if is_one_cell(section) {
            vec![Category::ALL[0]]
        } else {
            Category::ALL.to_vec()
        };
        let cells = columns
            .into_iter()
            .map(|c| {
                let col = u32::from(c.number() - 1);
                read_cells.push((text_row, col));
                (c, text_at(range, text_row, col))
            })
            .collect();
        sections.push(SectionForm {
            heading: heading.trim().to_string(),
            section,
            fiscal_year,
            cells,
        });
        row = text_row + 1;
    }
    let form = HubForm {
        sheet: sheet.to_string(),
        area: area.trim().to_string(),
        organisation: organisation.trim().to_string(),
        contractors: detail(DETAIL_LABELS[2])
            .unwrap_or_default()
            .trim()
            .to_string(),
        document: detail(DETAIL_LABELS[3])
            .unwrap_or_default()
            .trim()
            .to_string(),
        sections,
        hub: None,
    };
    let (top, left) = range.start().unwrap_or((0, 0));
    let unread = range
        .used_cells()
        .map(|(r, c, _)| (top + r as u32, left + c as u32))
        .filter(|at| !read_cells.contains(at) && !layout.contains(at))
        .filter(|&(r, c)| !text_at(range, r, c).trim().is_empty())
        .collect();
    Some(SheetRead {
        form,
        read: read_cells,
        unread,
    })
}

/// Reads a workbook's hub sheets, or says why it cannot.
pub fn read_workbook(bytes: &[u8]) -> Result<ReadWorkbook, WorkbookProblem> {
    check_container(bytes)?;
    let damaged = |e: calamine::XlsxError| WorkbookProblem::Damaged {
        detail: e.to_string(),
    };
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(damaged)?;
    let mut forms = Vec::new();
    let mut formula_cells = Vec::new();
    let mut unread_cells = Vec::new();
    let mut written = None;
    for name in book.sheet_names() {
        if name == LIST_SHEET {
            written = Some(read_list(&book.worksheet_range(&name).map_err(damaged)?));
        }
        if name == GUIDE_SHEET || name == LIST_SHEET {
            continue;
        }
        let range = book.worksheet_range(&name).map_err(damaged)?;
        let Some(SheetRead { form, read, unread }) = read_hub_sheet(&name, &range) else {
            continue;
        };
        unread_cells.extend(
            unread
                .iter()
                .map(|&(r, c)| format!("{name}!{}", cell_name(r, c))),
        );
        let formulas = book.worksheet_formula(&name).map_err(damaged)?;
        formula_cells.extend(
            read.iter()
                .filter(|&&at| formulas.get_value(at).is_some_and(|f| !f.is_empty()))
                .map(|&(r, c)| format!("{name}!{}", cell_name(r, c))),
        );
        forms.push(form);
    }
    if forms.is_empty() {
        return Err(WorkbookProblem::NoHubSheet);
    }
    let mut notes = Vec::new();
    if !formula_cells.is_empty() {
        notes.push(WorkbookNote::Formulas {
            cells: formula_cells,
        });
    }
    let labels = misfiled_labels(&forms);
    if !labels.is_empty() {
        notes.push(WorkbookNote::Misfiled { labels });
    }
    if !unread_cells.is_empty() {
        notes.push(WorkbookNote::Unread {
            cells: unread_cells,
        });
    }
    Ok(ReadWorkbook {
        forms,
        notes,
        written,
    })
}

/// The 取組一覧 sheet's rows: each entry's id (column A), hub (拠点, B) and text (本文, G).
fn read_list(range: &Range<Data>) -> Vec<WrittenEntry> {
    let end = range.end().map_or(0, |(r, _)| r);
    (1..=end)
        .map(|r| WrittenEntry {
            id: text_at(range, r, 0),
            area: text_at(range, r, 1).trim().to_string(),
            text: text_at(range, r, 6),
        })
        .filter(|w| !w.id.is_empty())
        .collect()
}

/// Labels typed in another category's column (⑤-2 in the ③ column): sheet, heading, the
/// column's mark and the label, for [`WorkbookNote::Misfiled`].
pub fn misfiled_labels(forms: &[HubForm]) -> Vec<[String; 4]> {
    let mut found = Vec::new();
    for form in forms {
        for section in form.sections.iter().filter(|s| !s.is_one_cell()) {
            for (cell, text) in &section.cells {
                let labels = split_cell(text).into_iter().filter_map(|e| e.label);
                for label in labels.filter(|l| Category::from_label(l).is_some_and(|c| c != *cell))
                {
                    let (sheet, heading) = (form.sheet.clone(), section.heading.clone());
                    found.push([sheet, heading, cell.circled().to_string(), label]);
                }
            }
        }
    }
    found
}
