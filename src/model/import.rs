//! Validating a JSON file before anything is touched: size, encoding, syntax (with line and
//! column), schema (with the path of each problem, several at once), duplicate ids, schema
//! version (with migration of older versions). Also merging an import by hub id.

use std::collections::HashMap;
use std::fmt::Display;

use serde_json::{Map, Value};

use super::diff::{count_differences, DiffCounts};
pub use super::import_problem::{Expected, Got, ImportProblem, SchemaIssue, MAX_IMPORT_BYTES};
use super::report::{Report, SCHEMA_VERSION};

/// At most this many problems are listed; the rest are counted.
const MAX_PROBLEMS: usize = 50;

/// Reads a file's bytes as a report, or lists everything wrong with it.
pub fn parse_import(bytes: &[u8]) -> Result<Report, Vec<ImportProblem>> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(vec![ImportProblem::TooLarge { bytes: bytes.len() }]);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        vec![ImportProblem::NotUtf8 {
            offset: e.valid_up_to(),
        }]
    })?;
    let start = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if start.is_empty() {
        return Err(vec![ImportProblem::Empty]);
    }
    if start.starts_with('<') {
        return Err(vec![ImportProblem::Markup]);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| {
        vec![ImportProblem::Syntax {
            line: e.line(),
            column: e.column(),
            ended_early: e.is_eof(),
        }]
    })?;
    if !value.is_object() {
        return Err(vec![ImportProblem::NotAnObject(
            super::import_problem::Got::of(&value),
        )]);
    }
    let value = migrate(value)?;
    let mut problems = Problems::default();
    check_report(&value, &mut problems);
    if !problems.list.is_empty() {
        return Err(problems.finish());
    }
    serde_json::from_value(value).map_err(|e| {
        vec![ImportProblem::Schema {
            path: "$".into(),
            issue: SchemaIssue::Shape(e.to_string()),
        }]
    })
}

/// Brings an older schema version up to the current one.
///
/// Version 0 (the first drafts) had one `text` string per entry instead of `paragraphs`, and
/// no `category_inferred`, `label` or `status` when they were empty.
pub fn migrate(mut value: Value) -> Result<Value, Vec<ImportProblem>> {
    let version = match value.get("schema_version") {
        Some(Value::Number(n)) if n.as_u64().is_some() => n.as_u64().unwrap_or(0),
        Some(other) => return Err(vec![ImportProblem::UnknownVersion(other.to_string())]),
        None => {
            return Err(vec![ImportProblem::Schema {
                path: "schema_version".into(),
                issue: SchemaIssue::Missing,
            }])
        }
    };
    if version > u64::from(SCHEMA_VERSION) {
        return Err(vec![ImportProblem::UnknownVersion(version.to_string())]);
    }
    if version == 0 {
        for hub in value
            .get_mut("hubs")
            .and_then(Value::as_array_mut)
            .into_iter()
            .flatten()
        {
            migrate_hub_from_v0(hub);
        }
    }
    // Version 1 is version 2 without drafts, version 2 version 3 without typed facts and
    // ranges of meetings, version 3 version 4 without a published date: nothing else to change.
    value["schema_version"] = Value::from(SCHEMA_VERSION);
    Ok(value)
}

/// Brings one hub of a version 0 file up to the current version.
pub(crate) fn migrate_hub_from_v0(hub: &mut Value) {
    for entry in hub
        .get_mut("entries")
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
    {
        let Some(obj) = entry.as_object_mut() else {
            continue;
        };
        if let Some(Value::String(text)) = obj.remove("text") {
            let paragraphs = text.split('\n').map(|p| Value::String(p.into())).collect();
            obj.insert("paragraphs".into(), Value::Array(paragraphs));
        }
        obj.entry("category_inferred").or_insert(Value::Bool(false));
        obj.entry("label").or_insert(Value::Null);
        obj.entry("status").or_insert(Value::Null);
    }
}

/// Problems found so far, the first [`MAX_PROBLEMS`] listed.
#[derive(Default)]
pub(crate) struct Problems {
    list: Vec<ImportProblem>,
    more: usize,
}

impl Problems {
    fn push(&mut self, problem: ImportProblem) {
        // Two checks can find the same fault (a missing list is also not a list): say it once.
        if self.list.contains(&problem) {
            return;
        }
        if self.list.len() < MAX_PROBLEMS {
            self.list.push(problem);
        } else {
            self.more += 1;
        }
    }
    fn schema(&mut self, path: &str, issue: SchemaIssue) {
        self.push(ImportProblem::Schema {
            path: path.into(),
            issue,
        });
    }
    pub(crate) fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
    pub(crate) fn finish(mut self) -> Vec<ImportProblem> {
        if self.more > 0 {
            self.list.push(ImportProblem::More(self.more));
        }
        self.list
    }
}

/// A required array that is something else (or absent).
fn not_array(v: Option<&Value>) -> SchemaIssue {
    match v {
        None => SchemaIssue::Missing,
        Some(v) => SchemaIssue::Expected(Expected::Array, Got::of(v)),
    }
}

/// The field types a schema object has.
enum Field {
    Str,
    NonEmptyStr,
    StrOrNull,
    Bool,
    StrList,
    Any,
}

/// The path of field `name` of the value at `path`; the file's top level (`$`) is left out,
/// so a message says `themes`, as the file does, rather than `$.themes`.
fn child_path(path: &dyn Display, name: &str) -> String {
    let path = path.to_string();
    if path == "$" {
        name.to_string()
    } else {
        format!("{path}.{name}")
    }
}

/// Checks an object's required fields, their basic types and unknown fields.
fn check_object<'a>(
    v: &'a Value,
    path: &dyn Display,
    fields: &[(&str, Field, bool)],
    p: &mut Problems,
) -> Option<&'a Map<String, Value>> {
    let Some(obj) = v.as_object() else {
        p.schema(
            &path.to_string(),
            SchemaIssue::Expected(Expected::Object, Got::of(v)),
        );
        return None;
    };
    for (name, field, required) in fields {
        // Built only for a message: this runs for every field of every entry.
        let at = || child_path(path, name);
        let Some(value) = obj.get(*name) else {
            if *required {
                p.schema(&at(), SchemaIssue::Missing);
            }
            continue;
        };
        let ok = match field {
            Field::Str => value.is_string(),
            Field::NonEmptyStr => value.as_str().is_some_and(|s| !s.trim().is_empty()),
            Field::StrOrNull => value.is_string() || value.is_null(),
            Field::Bool => value.is_boolean(),
            Field::StrList => value
                .as_array()
                .is_some_and(|a| a.iter().all(Value::is_string)),
            Field::Any => true,
        };
        if !ok {
            let expected = match field {
                Field::Str | Field::Any => Expected::Text,
                Field::NonEmptyStr => Expected::NonEmptyText,
                Field::StrOrNull => Expected::TextOrNull,
                Field::Bool => Expected::Bool,
                Field::StrList => Expected::TextList,
            };
            p.schema(&at(), SchemaIssue::Expected(expected, Got::of(value)));
        }
    }
    for key in obj.keys() {
        if !fields.iter().any(|(name, ..)| name == key) {
            p.schema(&child_path(path, key), SchemaIssue::UnknownField);
        }
    }
    Some(obj)
}

fn check_int(
    obj: &Map<String, Value>,
    path: &dyn Display,
    name: &str,
    range: std::ops::RangeInclusive<i64>,
    p: &mut Problems,
) {
    match obj.get(name) {
        None => p.schema(&format!("{path}.{name}"), SchemaIssue::Missing),
        Some(v) => match v.as_i64() {
            Some(n) if range.contains(&n) => {}
            _ => p.schema(
                &format!("{path}.{name}"),
                SchemaIssue::OutOfRange {
                    min: *range.start(),
                    max: *range.end(),
                    got: Got::of(v),
                },
            ),
        },
    }
}

fn check_enum(
    obj: &Map<String, Value>,
    path: &dyn Display,
    name: &str,
    allowed: &'static [&'static str],
    nullable: bool,
    p: &mut Problems,
) {
    match obj.get(name) {
        None => p.schema(&format!("{path}.{name}"), SchemaIssue::Missing),
        Some(Value::Null) if nullable => {}
        Some(v) if v.as_str().is_some_and(|s| allowed.contains(&s)) => {}
        Some(v) => p.schema(
            &format!("{path}.{name}"),
            SchemaIssue::NotOneOf(allowed, Got::of(v)),
        ),
    }
}

const SECTIONS: [&str; 4] = ["result", "challenge", "plan", "progress"];
const STATUSES: [&str; 5] = ["done", "ongoing", "planned", "coordinating", "considering"];

/// The ids met so far in a file, to report duplicates with where the first one was. Where is
/// kept as positions and written out only for a duplicate: an all-Japan file has ~100k ids.
#[derive(Default)]
pub(crate) struct SeenIds {
    themes: Vec<String>,
    /// Hub ids and the hub's position.
    hubs: HashMap<String, usize>,
    /// Entry ids and the (hub, entry) positions.
    entries: HashMap<String, (usize, usize)>,
}

/// Notes `id`, met `here`, or reports it as a duplicate of the first one, at `path` (both
/// places written by `place`).
fn note_id<P: Copy>(
    seen: &mut HashMap<String, P>,
    id: &str,
    here: P,
    place: impl Fn(P) -> String,
    p: &mut Problems,
) {
    match seen.get(id) {
        Some(first) => p.push(ImportProblem::DuplicateId {
            path: place(here),
            id: id.into(),
            first: place(*first),
        }),
        None => {
            seen.insert(id.to_string(), here);
        }
    }
}

/// Checks a whole report.
fn check_report(v: &Value, p: &mut Problems) {
    let mut seen = SeenIds::default();
    let Some(root) = check_head(v, &mut seen, p) else {
        return;
    };
    let Some(hubs) = root.get("hubs").and_then(Value::as_array) else {
        p.schema("hubs", not_array(root.get("hubs")));
        return;
    };
    for (h, hub) in hubs.iter().enumerate() {
        check_hub(hub, h, &mut seen, p);
    }
}

/// Checks everything but the hubs' contents, noting the theme ids for the hubs' checks.
pub(crate) fn check_head<'a>(
    v: &'a Value,
    seen: &mut SeenIds,
    p: &mut Problems,
) -> Option<&'a Map<String, Value>> {
    use Field::*;
    let fields = [
        ("schema_version", Any, true),
        ("title", Str, true),
        ("title_en", Str, false),
        ("published", Str, false),
        ("source", Any, true),
        ("categories", Any, true),
        ("themes", Any, true),
        ("hubs", Any, true),
    ];
    let root = check_object(v, &"$", &fields, p)?;
    if let Some(source) = root.get("source") {
        if let Err(e) = serde_json::from_value::<super::types::Source>(source.clone()) {
            p.schema("source", SchemaIssue::Shape(e.to_string()));
        }
    }
    if let Some(cats) = root.get("categories") {
        if let Err(e) = serde_json::from_value::<Vec<super::types::CategoryInfo>>(cats.clone()) {
            p.schema("categories", SchemaIssue::Shape(e.to_string()));
        }
    }
    match root.get("themes").and_then(Value::as_array) {
        None => p.schema("themes", not_array(root.get("themes"))),
        Some(themes) => {
            for (i, t) in themes.iter().enumerate() {
                let path = format!("themes[{i}]");
                let fs = [
                    ("id", NonEmptyStr, true),
                    ("ja", Str, true),
                    ("en", Str, true),
                    ("description", Str, true),
                ];
                if let Some(obj) = check_object(t, &path, &fs, p) {
                    if let Some(id) = obj.get("id").and_then(Value::as_str) {
                        if let Some(j) = seen.themes.iter().position(|x| x == id) {
                            p.push(ImportProblem::DuplicateId {
                                path: format!("{path}.id"),
                                id: id.into(),
                                first: format!("themes[{j}].id"),
                            });
                        }
                        seen.themes.push(id.to_string());
                    }
                }
            }
        }
    }
    Some(root)
}

/// Where entry `.1` of the hub at `.0` is, as a problem's path says it.
struct EntryPath<'a>(&'a str, usize);

impl Display for EntryPath<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.entries[{}]", self.0, self.1)
    }
}

/// Checks hub number `h` of a file.
pub(crate) fn check_hub(hub: &Value, h: usize, seen: &mut SeenIds, p: &mut Problems) {
    use Field::*;
    let path = format!("hubs[{h}]");
    let fs = [
        ("id", NonEmptyStr, true),
        ("document", Str, true),
        ("area", NonEmptyStr, true),
        ("municipalities", StrList, true),
        ("organisation", Str, true),
        ("contractors", Str, true),
        ("sections", Any, true),
        ("entries", Any, true),
    ];
    let Some(obj) = check_object(hub, &path, &fs, p) else {
        return;
    };
    if let Some(id) = obj.get("id").and_then(Value::as_str) {
        note_id(&mut seen.hubs, id, h, |h| format!("hubs[{h}].id"), p);
    }
    for (s, section) in obj
        .get("sections")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        let spath = format!("{path}.sections[{s}]");
        let fs = [
            ("section", Any, true),
            ("fiscal_year", Any, true),
            ("heading", Str, true),
        ];
        if let Some(so) = check_object(section, &spath, &fs, p) {
            check_enum(so, &spath, "section", &SECTIONS, false, p);
            check_int(so, &spath, "fiscal_year", 2000..=2100, p);
        }
    }
    if !obj.get("sections").is_some_and(Value::is_array) {
        p.schema(&format!("{path}.sections"), not_array(obj.get("sections")));
    }
    let Some(entries) = obj.get("entries").and_then(Value::as_array) else {
        p.schema(&format!("{path}.entries"), not_array(obj.get("entries")));
        return;
    };
    for (e, entry) in entries.iter().enumerate() {
        // Written out only for a message: this runs for each of ~100k entries.
        let epath = EntryPath(&path, e);
        let fs = [
            ("id", NonEmptyStr, true),
            ("section", Any, true),
            ("fiscal_year", Any, true),
            ("category", Any, true),
            ("category_inferred", Bool, true),
            ("label", StrOrNull, true),
            ("paragraphs", StrList, true),
            ("themes", StrList, true),
            ("status", Any, true),
            ("facts", Any, false),
            ("draft", Bool, false),
        ];
        let Some(eo) = check_object(entry, &epath, &fs, p) else {
            continue;
        };
        check_enum(eo, &epath, "section", &SECTIONS, false, p);
        check_enum(eo, &epath, "status", &STATUSES, true, p);
        check_int(eo, &epath, "fiscal_year", 2000..=2100, p);
        check_int(eo, &epath, "category", 1..=5, p);
        if eo
            .get("paragraphs")
            .and_then(Value::as_array)
            .is_some_and(|a| a.is_empty())
        {
            p.schema(&format!("{epath}.paragraphs"), SchemaIssue::NoParagraph);
        }
        for (t, theme) in eo
            .get("themes")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            if let Some(id) = theme
                .as_str()
                .filter(|id| !seen.themes.iter().any(|t| t == id))
            {
                p.schema(
                    &format!("{epath}.themes[{t}]"),
                    SchemaIssue::UnknownTheme(id.to_string()),
                );
            }
        }
        if let Some(facts) = eo.get("facts") {
            // A clone: reading the borrowed value would add a second deserializer to the wasm.
            if let Err(err) = serde_json::from_value::<super::types::Facts>(facts.clone()) {
                p.schema(
                    &format!("{epath}.facts"),
                    SchemaIssue::Shape(err.to_string()),
                );
            }
        }
        if let Some(id) = eo.get("id").and_then(Value::as_str) {
            let place = |(h, e)| format!("hubs[{h}].entries[{e}].id");
            note_id(&mut seen.entries, id, (h, e), place, p);
        }
    }
}

/// What an import would do, for the confirmation step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImportSummary {
    /// Hubs in the file.
    pub hubs: usize,
    /// Entries in the file.
    pub entries: usize,
    /// How the current data would change if replaced.
    pub replace: DiffCounts,
    /// How it would change if merged by hub id.
    pub merge: DiffCounts,
}

/// Summarises an import against the current data, without building either result.
pub fn summarize(current: &Report, incoming: &Report) -> ImportSummary {
    let replace = count_differences(current, incoming);
    ImportSummary {
        hubs: incoming.hubs.len(),
        entries: incoming.entry_count(),
        replace,
        // A merge changes exactly the incoming hubs, as a replace does, and removes none.
        merge: DiffCounts {
            hubs_removed: 0,
            ..replace
        },
    }
}

/// The current report with each incoming hub replacing the hub of the same id (or added
/// after the others), and incoming themes the current taxonomy lacks added.
pub fn merge_by_hub(current: &Report, incoming: &Report) -> Report {
    let mut out = current.clone();
    for hub in &incoming.hubs {
        match out.hubs.iter_mut().find(|h| h.id == hub.id) {
            Some(slot) => *slot = hub.clone(),
            None => out.hubs.push(hub.clone()),
        }
    }
    for theme in &incoming.themes {
        if out.theme(&theme.id).is_none() {
            out.themes.push(theme.clone());
        }
    }
    out
}
