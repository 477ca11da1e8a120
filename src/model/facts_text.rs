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
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The parser's message, for the English UI.
        detail: String,
    },
}

/// Reads the box: empty (or blank) means no facts.
pub fn parse_facts(text: &str) -> Result<Facts, FactsProblem> {
    if text.trim().is_empty() {
        return Ok(Facts::default());
    }
    serde_json::from_str(text).map_err(|e| {
        let (line, column, detail) = (e.line(), e.column(), e.to_string());
        if e.is_data() {
            FactsProblem::Shape {
                line,
                column,
                detail,
            }
        } else {
            FactsProblem::Syntax {
                line,
                column,
                detail,
            }
        }
    })
}

impl FactsProblem {
    /// The problem in words, in Japanese or English: what is wrong and where.
    pub fn message(&self, japanese: bool) -> String {
        match (self, japanese) {
            (FactsProblem::Syntax { line, column, .. }, true) => format!(
                "構造化データを JSON として読めません（{line} 行 {column} 列）。括弧・引用符・カンマを確かめてください。"
            ),
            (FactsProblem::Shape { line, column, .. }, true) => format!(
                "構造化データの形が合いません（{line} 行 {column} 列）。使える項目は events・meetings・members・figures・tools です。"
            ),
            (FactsProblem::Syntax { line, column, detail }, false)
            | (FactsProblem::Shape { line, column, detail }, false) => {
                format!("The structured data is not valid at line {line}, column {column}: {detail}")
            }
        }
    }
}
