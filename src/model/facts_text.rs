//! The editor's structured-data box: its text read as [`Facts`], and what is wrong with it in
//! the UI's language (the parser's own English only in the English UI).

use super::Facts;

/// Why the structured-data text is not [`Facts`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FactsProblem {
    /// Not JSON, or cut off: where the parser stopped.
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The parser's message, for the English UI.
        detail: String,
    },
    /// JSON, but not the shape of the facts (an unknown key, a text where a number belongs).
    Shape {
        /// The parser's message, for the English UI.
        detail: String,
    },
}

/// The box's text for `facts`: indented JSON, or nothing when there are none.
pub fn facts_text(facts: &Facts) -> String {
    if facts.is_empty() {
        return String::new();
    }
    super::json_indent::indent(&serde_json::to_string(facts).unwrap_or_default())
}

/// Reads the box: empty (or blank) means no facts.
pub fn parse_facts(text: &str) -> Result<Facts, FactsProblem> {
    if text.trim().is_empty() {
        return Ok(Facts::default());
    }
    // Through a `Value`, as every file is read: a typed reader of text would add a second
    // copy of the facts' decoding code to the wasm (~8 KB gzip; BENCHMARKS.md, session 20).
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| FactsProblem::Syntax {
            line: e.line(),
            column: e.column(),
            detail: e.to_string(),
        })?;
    serde_json::from_value(value).map_err(|e| FactsProblem::Shape {
        detail: e.to_string(),
    })
}

impl FactsProblem {
    /// The problem in words, in Japanese or English: what is wrong and where.
    pub fn message(&self, japanese: bool) -> String {
        match (self, japanese) {
            (FactsProblem::Syntax { line, column, .. }, true) => format!(
                "構造化データを JSON として読めません（{line} 行 {column} 列）。括弧・引用符・カンマを確かめてください。"
            ),
            (FactsProblem::Shape { .. }, true) => {
                "構造化データの形が合いません。使える項目は events・meetings・members・figures・tools です。".into()
            }
            (FactsProblem::Syntax { line, column, detail }, false) => format!(
                "The structured data is not valid JSON at line {line}, column {column}: {detail}"
            ),
            (FactsProblem::Shape { detail }, false) => {
                format!("The structured data does not have the expected shape: {detail}")
            }
        }
    }
}
