//! What can be wrong with an imported file, and how it is said in Japanese and in English.
//! Every part of a message is worded here: none is the JSON parser's own English.

use super::report::SCHEMA_VERSION;

/// The largest file accepted (100 MB): room for an export of every municipality in Japan
/// (~80 MB for 1,741 hubs), while refusing files no report could be.
pub const MAX_IMPORT_BYTES: usize = 100 * 1024 * 1024;

/// One thing wrong with an imported file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportProblem {
    /// Larger than [`MAX_IMPORT_BYTES`].
    TooLarge {
        /// The file's size.
        bytes: usize,
    },
    /// Not UTF-8.
    NotUtf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// Nothing but spaces.
    Empty,
    /// A web page or other markup (it starts with `<`), not JSON.
    Markup,
    /// Not JSON.
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// Whether the file ended before the JSON did (a file cut off).
        ended_early: bool,
    },
    /// JSON, but not one object as a report is (a list, a number…).
    NotAnObject(Got),
    /// A `schema_version` this build does not know.
    UnknownVersion(String),
    /// A value that does not fit the schema.
    Schema {
        /// Where, e.g. `hubs[2].entries[5].category`.
        path: String,
        /// What is wrong there.
        issue: SchemaIssue,
    },
    /// An id used twice.
    DuplicateId {
        /// Where the second use is.
        path: String,
        /// The id.
        id: String,
        /// Where the first use is.
        first: String,
    },
    /// More problems than are listed.
    More(usize),
}

/// What is wrong with one value of a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SchemaIssue {
    /// A required field is absent.
    Missing,
    /// A field the schema does not have.
    UnknownField,
    /// A value of the wrong type.
    Expected(Expected, Got),
    /// A whole number outside its range (a year, a category).
    OutOfRange {
        /// The least allowed.
        min: i64,
        /// The most allowed.
        max: i64,
        /// What the file holds.
        got: Got,
    },
    /// A value outside a fixed list (a section, a status).
    NotOneOf(&'static [&'static str], Got),
    /// An entry without a paragraph.
    NoParagraph,
    /// A theme id the file's theme list lacks.
    UnknownTheme(String),
    /// A nested value (source, categories, facts) of the wrong shape; what the reader of that
    /// value said (which field, what it expected), given in the English UI only.
    Shape(String),
}

/// The type a value should have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    /// `{…}`.
    Object,
    /// `[…]`.
    Array,
    /// A string.
    Text,
    /// A string with more than spaces.
    NonEmptyText,
    /// A string or `null`.
    TextOrNull,
    /// `true` or `false`.
    Bool,
    /// An array of strings.
    TextList,
}

/// What a file holds where something else was expected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Got {
    /// `null`.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A number, as written.
    Number(String),
    /// A string (its first 40 characters).
    Text(String),
    /// An array.
    Array,
    /// An object.
    Object,
}

impl Got {
    /// What `v` is.
    pub fn of(v: &serde_json::Value) -> Got {
        use serde_json::Value;
        match v {
            Value::Null => Got::Null,
            Value::Bool(b) => Got::Bool(*b),
            Value::Number(n) => Got::Number(n.to_string()),
            Value::String(s) => Got::Text(s.chars().take(40).collect()),
            Value::Array(_) => Got::Array,
            Value::Object(_) => Got::Object,
        }
    }

    /// 「（ファイルでは …）」: a quoted text follows without a space, a number or word with one.
    fn in_file(&self) -> String {
        match self {
            Got::Text(_) => format!("（ファイルでは{}）", self.words(true)),
            _ => format!("（ファイルでは {}）", self.words(true)),
        }
    }

    fn words(&self, ja: bool) -> String {
        match (self, ja) {
            (Got::Null, _) => "null".into(),
            (Got::Bool(b), _) => b.to_string(),
            (Got::Number(n), _) => n.clone(),
            (Got::Text(s), true) => format!("「{s}」"),
            (Got::Text(s), false) => format!("\"{s}\""),
            (Got::Array, true) => "配列".into(),
            (Got::Array, false) => "an array".into(),
            (Got::Object, true) => "オブジェクト".into(),
            (Got::Object, false) => "an object".into(),
        }
    }
}

impl Expected {
    fn words(self, ja: bool) -> &'static str {
        match (self, ja) {
            (Expected::Object, true) => "オブジェクト（{ }）",
            (Expected::Array, true) => "配列（[ ]）",
            (Expected::Text, true) => "文字列",
            (Expected::NonEmptyText, true) => "空でない文字列",
            (Expected::TextOrNull, true) => "文字列または null",
            (Expected::Bool, true) => "true または false",
            (Expected::TextList, true) => "文字列の配列",
            (Expected::Object, false) => "an object",
            (Expected::Array, false) => "an array",
            (Expected::Text, false) => "a string",
            (Expected::NonEmptyText, false) => "a non-empty string",
            (Expected::TextOrNull, false) => "a string or null",
            (Expected::Bool, false) => "true or false",
            (Expected::TextList, false) => "a list of strings",
        }
    }
}

/// A path such as `hubs[2].entries[5].category` in Japanese words: 「3番目の拠点の6番目の取組の
/// 項目 category」, followed by the path itself for whoever fixes the file.
fn path_ja(path: &str) -> String {
    if path == "$" {
        return "ファイル全体".into();
    }
    // A field at the top: its name says where it is.
    if !path.contains(['.', '[']) {
        return format!("項目「{path}」");
    }
    let words: Vec<String> = path
        .split('.')
        .map(|part| match part.split_once('[') {
            Some((name, rest)) => {
                let n = rest
                    .trim_end_matches(']')
                    .parse::<usize>()
                    .map_or(0, |i| i + 1);
                let what = match name {
                    "hubs" => "拠点",
                    "entries" => "取組",
                    "sections" => "見出し",
                    "themes" => "テーマ",
                    "paragraphs" => "段落",
                    other => other,
                };
                format!("{n}番目の{what}")
            }
            None => format!("項目「{part}」"),
        })
        .collect();
    format!("{}（{path}）", words.join("の"))
}

impl SchemaIssue {
    fn words(&self, at: &str, ja: bool) -> String {
        use SchemaIssue::*;
        match (self, ja) {
            (Missing, true) => format!("{at}がありません。"),
            (Missing, false) => format!("{at}: missing"),
            (UnknownField, true) => format!("{at}は、この形式にない項目です。"),
            (UnknownField, false) => format!("{at}: unknown field"),
            (Expected(e, got), true) => format!(
                "{at}は{}でなければなりません{}。",
                e.words(true),
                got.in_file()
            ),
            (Expected(e, got), false) => {
                format!(
                    "{at}: expected {}, got {}",
                    e.words(false),
                    got.words(false)
                )
            }
            (OutOfRange { min, max, got }, true) => format!(
                "{at}は{min}から{max}までの整数でなければなりません{}。",
                got.in_file()
            ),
            (OutOfRange { min, max, got }, false) => {
                format!("{at}: expected {min}–{max}, got {}", got.words(false))
            }
            (NotOneOf(allowed, got), true) => format!(
                "{at}は{}のいずれかでなければなりません{}。",
                allowed
                    .iter()
                    .map(|a| format!("「{a}」"))
                    .collect::<Vec<_>>()
                    .join("・"),
                got.in_file()
            ),
            (NotOneOf(allowed, got), false) => format!(
                "{at}: expected one of {}, got {}",
                allowed.join(", "),
                got.words(false)
            ),
            (NoParagraph, true) => format!("{at}に段落が一つもありません。"),
            (NoParagraph, false) => format!("{at}: expected at least one paragraph"),
            (UnknownTheme(id), true) => {
                format!("{at}のテーマ「{id}」は、ファイルのテーマ一覧にありません。")
            }
            (UnknownTheme(id), false) => format!("{at}: unknown theme \"{id}\""),
            (Shape(_), true) => format!("{at}の中身の形が、この形式に合いません。"),
            (Shape(detail), false) => format!("{at}: {detail}"),
        }
    }
}

impl ImportProblem {
    /// The problem in words, in Japanese or English: what is wrong and where.
    pub fn message(&self, japanese: bool) -> String {
        use ImportProblem::*;
        let mb = |bytes: usize| super::decimal::decimal(bytes as f64 / 1_048_576.0, 1);
        let at = |path: &str| {
            if japanese {
                path_ja(path)
            } else {
                path.to_string()
            }
        };
        match (self, japanese) {
            (TooLarge { bytes }, true) => format!(
                "ファイルが大きすぎます（{} MB）。上限は{} MBです。",
                mb(*bytes),
                MAX_IMPORT_BYTES >> 20
            ),
            (TooLarge { bytes }, false) => format!(
                "The file is too large ({} MB); the limit is {} MB.",
                mb(*bytes),
                MAX_IMPORT_BYTES >> 20
            ),
            (NotUtf8 { offset }, true) => format!(
                "文字コードが UTF-8 ではありません（{offset} バイト目）。UTF-8 で保存し直してください。"
            ),
            (NotUtf8 { offset }, false) => format!("The file is not UTF-8 (byte {offset})."),
            (Syntax { line, column, ended_early: true, .. }, true) => format!(
                "ファイルが途中で終わっています（{line} 行 {column} 列）。保存が途中で切れた可能性があります。"
            ),
            (Syntax { line, column, ended_early: false, .. }, true) => format!(
                "JSON として読めない箇所があります（{line} 行 {column} 列）。括弧・引用符・カンマを確かめてください。"
            ),
            (Syntax { line, column, ended_early: true }, false) => format!(
                "The file ends too early (line {line}, column {column}): it may not have been saved completely."
            ),
            (Syntax { line, column, ended_early: false }, false) => format!(
                "Part of the file is not valid JSON (line {line}, column {column}): check brackets, quotes and commas."
            ),
            (Empty, true) => "ファイルが空です。".into(),
            (Empty, false) => "The file is empty.".into(),
            (Markup, true) => "JSON ではなく、ウェブページ（HTML など）のようです（先頭が「<」）。renkei で書き出した JSON ファイルを選んでください。".into(),
            (Markup, false) => "This looks like a web page (HTML), not JSON: it starts with “<”. Choose a JSON file exported from renkei.".into(),
            (NotAnObject(got), true) => format!(
                "ファイル全体が{}です。報告は、{{ }} で囲まれた一つのオブジェクトです。",
                got.words(true)
            ),
            (NotAnObject(got), false) => format!(
                "The file holds {}, not a report: a report is one object in {{ }}.",
                got.words(false)
            ),
            (UnknownVersion(v), true) => format!(
                "schema_version {v} には対応していません（対応：{SCHEMA_VERSION} 以下）。新しい版の renkei で書き出されたファイルかもしれません。"
            ),
            (UnknownVersion(v), false) => {
                format!("schema_version {v} is not supported (up to {SCHEMA_VERSION}).")
            }
            (Schema { path, issue }, _) => issue.words(&at(path), japanese),
            (DuplicateId { path, id, first }, true) => format!(
                "{}の id「{id}」が重複しています（{}と同じ）。",
                at(path),
                at(first)
            ),
            (DuplicateId { path, id, first }, false) => {
                format!("{path}: duplicate id \"{id}\" (also at {first})")
            }
            (More(n), true) => format!("ほかに {n} 件の問題があります。"),
            (More(n), false) => format!("… and {n} more problems."),
        }
    }
}
