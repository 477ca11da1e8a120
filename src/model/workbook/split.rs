//! A cell's lines back into entries, by the rule the dataset was made with: a paragraph that
//! starts with a printed label (①–⑤, optionally `-n`) starts an entry, others continue it.
//! A blank line also ends an entry: the form writes one before an entry printed without a
//! label, which would otherwise run on from the entry above.

/// The printed label a paragraph starts with (`①`, `②-1`), if any.
pub fn leading_label(paragraph: &str) -> Option<&str> {
    let mut chars = paragraph.char_indices();
    let (_, first) = chars.next()?;
    if !('①'..='⑤').contains(&first) {
        return None;
    }
    let after_digit = first.len_utf8();
    let rest = &paragraph[after_digit..];
    // A sub-number: ASCII or full-width hyphen, then digits.
    let dash = rest
        .strip_prefix('-')
        .map(|r| (r, 1))
        .or_else(|| rest.strip_prefix('－').map(|r| (r, '－'.len_utf8())));
    if let Some((digits, dash_len)) = dash {
        let n = digits.chars().take_while(char::is_ascii_digit).count();
        if n > 0 {
            return Some(&paragraph[..after_digit + dash_len + n]);
        }
    }
    Some(&paragraph[..after_digit])
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
                label: label.map(str::to_string),
                paragraphs: vec![line.to_string()],
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
