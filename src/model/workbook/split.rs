//! A cell's lines back into entries, by the rule the dataset was made with: a paragraph that
//! starts with a printed label (①–⑤, optionally `-n`) starts an entry, others continue it.
//! A blank line also ends an entry: the form writes one before an entry printed without a
//! label, which would otherwise run on from the entry above.

use crate::model::search::fold_char;

/// Dashes a person may type between a label's number and its sub-number, once folded as the
/// search folds (which makes a full-width `－` an ASCII `-`): `②ー3`, `②‐3` …
const DASHES: [char; 8] = ['-', 'ー', '‐', '‑', '−', '–', '—', '―'];

/// The printed label a paragraph starts with, written as the report writes labels (`①`,
/// `②-1`): a label typed with a full-width dash or digits (`②－３`) is the same label, so an
/// edited entry is matched rather than removed and added again. A sub-label typed with a
/// plain digit (`5-2`) is `⑤-2`; a plain digit alone is not a label (`5月に…` goes on).
pub fn leading_label(paragraph: &str) -> Option<String> {
    typed_label(paragraph).map(|(label, _)| label)
}

/// The label `paragraph` starts with, and how many bytes it was typed in.
fn typed_label(paragraph: &str) -> Option<(String, usize)> {
    // Full-width digits and dash fold to ASCII, as in the search.
    let mut chars = paragraph.char_indices().peekable();
    let (_, first) = chars.next()?;
    let plain = fold_char(first);
    let typed_plain = ('1'..='5').contains(&plain);
    let circled = if ('①'..='⑤').contains(&first) {
        first
    } else if typed_plain {
        char::from_u32(u32::from('①') + (u32::from(plain) - u32::from('1')))?
    } else {
        return None;
    };
    let mut label = circled.to_string();
    let mut end = first.len_utf8();
    if let Some((dash, _)) = chars.next_if(|&(_, c)| DASHES.contains(&fold_char(c))) {
        let digits: Vec<(usize, char)> =
            std::iter::from_fn(|| chars.next_if(|&(_, c)| fold_char(c).is_ascii_digit())).collect();
        if let Some(&(at, c)) = digits.last() {
            label.push('-');
            label.extend(digits.iter().map(|&(_, c)| fold_char(c)));
            end = at + c.len_utf8();
        } else {
            end = dash;
        }
    }
    (!typed_plain || label.contains('-')).then_some((label, end))
}

/// `line` starting with its label as the report prints labels (`⑤-2`) where it was typed with
/// plain digits (`5-2`); other lines as they are.
fn with_printed_label(line: &str) -> String {
    match typed_label(line) {
        Some((label, end)) if !line.starts_with(|c| ('①'..='⑤').contains(&c)) => {
            format!("{label}{}", &line[end..])
        }
        _ => line.to_string(),
    }
}

use crate::model::types::Entry;

/// One entry as a cell gives it: its label, if printed, and its paragraphs (the first
/// starting with the label).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellEntry {
    /// The printed label, or none where the first paragraph has none.
    pub label: Option<String>,
    /// The paragraphs, verbatim.
    pub paragraphs: Vec<String>,
}

/// Splits a cell's text into entries: one paragraph a line; a blank line ends an entry.
pub fn split_cell(text: &str) -> Vec<CellEntry> {
    let mut entries: Vec<CellEntry> = Vec::new();
    let mut after_blank = false;
    for line in text.lines() {
        // Excel and LibreOffice keep a carriage return of pasted text; a line is the words.
        let line = line.trim_end_matches('\r').trim_end();
        if line.trim().is_empty() {
            after_blank = true;
            continue;
        }
        let continues = !std::mem::take(&mut after_blank);
        match (leading_label(line), entries.last_mut()) {
            (None, Some(last)) if continues => last.paragraphs.push(line.to_string()),
            (label, _) => entries.push(CellEntry {
                label,
                paragraphs: vec![with_printed_label(line)],
            }),
        }
    }
    entries
}

/// A cell's text as the form writes it: each paragraph a line, and a blank line before an
/// entry without a label that follows another entry.
pub fn cell_text<'a>(entries: impl IntoIterator<Item = &'a Entry>) -> String {
    let mut lines: Vec<&str> = Vec::new();
    for e in entries {
        if e.label.is_none() && !lines.is_empty() {
            lines.push("");
        }
        lines.extend(e.paragraphs.iter().map(String::as_str));
    }
    lines.join("\n")
}
