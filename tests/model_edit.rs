//! Edits, undo/redo, diff and revert, import validation and merge, migration, and storage
//! faults, all without a browser.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use renkei::model::diff::{
    count_differences, diff, field_changes, is_edited, revert_entry, DiffCounts, DiffKind,
    FieldChange,
};
use renkei::model::edit::{next_entry_id, Change, History};
use renkei::model::import::{
    merge_by_hub, parse_import, summarize, ImportProblem, MAX_IMPORT_BYTES,
};
use renkei::model::persist::{
    load, save, save_over, too_large_to_store, EditBase, KeyValueStore, LoadOutcome, SaveError,
    Saved, StoreError, BACKUP_KEY, CONFLICT_KEY, DATA_KEY, MAX_STORABLE_CHARS,
};
use renkei::model::{Category, FiscalYear, Report, Section, Status};

/// The published file, as a user exports and imports it (indented).
const PUBLISHED: &str = include_str!("../public/data/report.json");

fn edited_text(r: &Report, hub: usize, entry: usize, text: &str) -> Change {
    let before = r.hubs[hub].entries[entry].clone();
    let mut after = before.clone();
    after.paragraphs = vec![text.into()];
    Change::Entry {
        hub: r.hubs[hub].id.clone(),
        index: entry,
        before: Some(before),
        after: Some(after),
    }
}

#[test]
fn undo_and_redo_walk_the_history_and_a_new_edit_clears_redo() {
    let original = Report::bundled();
    let mut r = original.clone();
    let mut h = History::default();
    let c = edited_text(&r, 0, 0, "一回目");
    h.apply(&mut r, c).unwrap();
    let c = edited_text(&r, 0, 0, "二回目");
    h.apply(&mut r, c).unwrap();
    assert_eq!(r.hubs[0].entries[0].paragraphs, ["二回目"]);
    assert!(h.undo(&mut r));
    assert_eq!(r.hubs[0].entries[0].paragraphs, ["一回目"]);
    assert!(h.undo(&mut r));
    assert_eq!(r, original);
    assert!(!h.undo(&mut r), "nothing left to undo");
    assert!(h.redo(&mut r));
    assert_eq!(r.hubs[0].entries[0].paragraphs, ["一回目"]);
    let c = edited_text(&r, 1, 0, "別の編集");
    h.apply(&mut r, c).unwrap();
    assert!(!h.can_redo(), "a new edit clears redo");
}

#[test]
fn entries_and_hubs_can_be_added_and_deleted_and_a_new_fiscal_year_added() {
    let original = Report::bundled();
    let mut r = original.clone();
    let mut h = History::default();
    let hub = r.hubs[0].clone();
    let id = next_entry_id(&hub, Section::Plan, FiscalYear(2026));
    assert_eq!(id, "matsubara-2026-plan-01");
    let mut entry = hub.entries[0].clone();
    entry.id = id.clone();
    entry.fiscal_year = FiscalYear(2026);
    entry.section = Section::Plan;
    let heading = renkei::model::SectionHeading {
        section: Section::Plan,
        fiscal_year: FiscalYear(2026),
        heading: "（３）令和8年度の取組計画".into(),
    };
    h.apply(
        &mut r,
        Change::Heading {
            hub: hub.id.clone(),
            index: hub.sections.len(),
            before: None,
            after: Some(heading),
        },
    )
    .unwrap();
    h.apply(
        &mut r,
        Change::Entry {
            hub: hub.id.clone(),
            index: hub.entries.len(),
            before: None,
            after: Some(entry),
        },
    )
    .unwrap();
    assert_eq!(
        r.hubs[0]
            .entries_in(Section::Plan, FiscalYear(2026))
            .count(),
        1
    );
    let deleted = r.hubs[1].entries[0].clone();
    let c = Change::Entry {
        hub: r.hubs[1].id.clone(),
        index: 0,
        before: Some(deleted),
        after: None,
    };
    h.apply(&mut r, c).unwrap();
    let mut new_hub = r.hubs[0].clone();
    new_hub.id = "sakai".into();
    new_hub.entries.clear();
    let c = Change::Hub {
        index: r.hubs.len(),
        before: None,
        after: Some(new_hub.clone()),
    };
    h.apply(&mut r, c).unwrap();
    assert!(
        h.apply(
            &mut r,
            Change::Hub {
                index: 0,
                before: None,
                after: Some(new_hub)
            }
        )
        .is_err(),
        "hub ids stay unique"
    );
    let d = diff(&original, &r);
    assert_eq!(d.hubs_added, ["sakai"]);
    assert_eq!(d.hubs_modified, ["matsubara"]);
    let kinds: Vec<(String, DiffKind)> = d
        .entries
        .iter()
        .map(|e| (e.ids(&original, &r).1.to_string(), e.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            (id, DiffKind::Added),
            ("habikino-2024-result-01".into(), DiffKind::Removed)
        ]
    );
    while h.undo(&mut r) {}
    assert_eq!(r, original, "undo restores everything");
}

#[test]
fn revert_puts_one_entry_back_and_leaves_the_others() {
    let original = Report::bundled();
    let mut r = original.clone();
    edited_text(&r, 0, 1, "変更A").apply(&mut r).unwrap();
    edited_text(&r, 2, 3, "変更B").apply(&mut r).unwrap();
    let changed = [&original.hubs[0].entries[1], &original.hubs[2].entries[3]];
    let marked: HashSet<String> = r
        .hubs
        .iter()
        .flat_map(|h| h.entries.iter().map(move |e| (h, e)))
        .filter(|(h, e)| is_edited(&original, &h.id, e))
        .map(|(_, e)| e.id.clone())
        .collect();
    assert_eq!(marked, HashSet::from(changed.map(|e| e.id.clone())));
    let revert = revert_entry(&original, &r, "matsubara", &original.hubs[0].entries[1].id).unwrap();
    revert.apply(&mut r).unwrap();
    let left = diff(&original, &r);
    assert_eq!(left.entries.len(), 1);
    let (hub, id) = left.entries[0].ids(&original, &r);
    assert_eq!(
        (hub, id),
        (
            original.hubs[2].id.as_str(),
            original.hubs[2].entries[3].id.as_str()
        )
    );
    assert_eq!(
        left.entries[0].before(&original),
        Some(&original.hubs[2].entries[3])
    );
    assert_eq!(left.entries[0].after(&r), Some(&r.hubs[2].entries[3]));
    assert_ne!(left.entries[0].before(&original), left.entries[0].after(&r));
}

#[test]
fn export_then_import_gives_an_equal_report_with_or_without_bom() {
    let r = Report::bundled();
    let text = r.to_json();
    assert_eq!(parse_import(text.as_bytes()).unwrap(), r);
    let with_bom = format!("\u{FEFF}{text}");
    assert_eq!(parse_import(with_bom.as_bytes()).unwrap(), r);
}

fn problems(text: &str) -> Vec<String> {
    parse_import(text.as_bytes())
        .unwrap_err()
        .iter()
        .map(|p| p.message(false))
        .collect()
}

#[test]
fn each_kind_of_bad_file_is_named() {
    let big = vec![b' '; MAX_IMPORT_BYTES + 1];
    assert_eq!(
        parse_import(&big).unwrap_err(),
        [ImportProblem::TooLarge {
            bytes: MAX_IMPORT_BYTES + 1
        }]
    );
    assert!(matches!(
        parse_import(b"{\"a\": \"\xFF\"}").unwrap_err()[0],
        ImportProblem::NotUtf8 { offset: 7 }
    ));
    let truncated = half_of(PUBLISHED);
    let lines = truncated.lines().count();
    match &parse_import(truncated.as_bytes()).unwrap_err()[0] {
        ImportProblem::Syntax { line, .. } => {
            assert_eq!(*line, lines, "the line where the file ends")
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        problems(r#"{"a": 1,}"#)[0],
        "Part of the file is not valid JSON (line 1, column 9): check brackets, quotes and commas."
    );
    let future = PUBLISHED.replacen("\"schema_version\": 4", "\"schema_version\": 7", 1);
    assert_eq!(
        problems(&future),
        ["schema_version 7 is not supported (up to 4)."]
    );
    assert_eq!(
        problems(r#"{"hello": "world"}"#)[0],
        "schema_version: missing"
    );
    assert_eq!(
        problems("[1, 2]"),
        ["The file holds an array, not a report: a report is one object in { }."]
    );
    assert_eq!(problems(" \n"), ["The file is empty."]);
    assert_eq!(
        problems("<!DOCTYPE html><html><body>404</body></html>"),
        ["This looks like a web page (HTML), not JSON: it starts with “<”. Choose a JSON file exported from renkei."]
    );
}

#[test]
fn schema_errors_carry_their_path_and_are_listed_together() {
    let v = with_schema_errors();
    let found = problems(&v.to_string());
    assert_eq!(
        found,
        [
            "hubs[0].entries[1].section: expected one of result, challenge, plan, progress, got \"summary\"",
            "hubs[1].entries[0].themes[0]: unknown theme \"weather\"",
            "hubs[2].entries[5].category: expected 1–5, got 7",
            "hubs[3].entries[0].paragraphs: expected at least one paragraph",
            "hubs[4].area: expected a non-empty string, got 3",
            "hubs[5].entries[0].colour: unknown field",
        ]
    );
}

#[test]
fn facts_of_the_wrong_shape_are_refused_with_their_path_and_reason() {
    let mut v: serde_json::Value = serde_json::from_str(PUBLISHED).unwrap();
    v["hubs"][2]["entries"][3]["facts"] = serde_json::json!({ "events": 5 });
    v["hubs"][4]["entries"][0]["facts"] = serde_json::json!({ "meetings": [{ "title": 1 }] });
    let found = problems(&v.to_string());
    assert_eq!(
        found,
        [
            "hubs[2].entries[3].facts: invalid type: integer `5`, expected a sequence",
            "hubs[4].entries[0].facts: unknown field `title`, expected one of `name`, `per_year`, `basis`, `per_year_max`, `typed`",
        ]
    );
}

fn problems_ja(text: &str) -> Vec<String> {
    parse_import(text.as_bytes())
        .unwrap_err()
        .iter()
        .map(|p| p.message(true))
        .collect()
}

/// The bundled report with six schema errors in six hubs.
fn with_schema_errors() -> serde_json::Value {
    let mut v: serde_json::Value = serde_json::from_str(PUBLISHED).unwrap();
    v["hubs"][2]["entries"][5]["category"] = 7.into();
    v["hubs"][0]["entries"][1]["section"] = "summary".into();
    v["hubs"][1]["entries"][0]["themes"][0] = "weather".into();
    v["hubs"][3]["entries"][0]["paragraphs"] = serde_json::json!([]);
    v["hubs"][4]["area"] = 3.into();
    v["hubs"][5]["entries"][0]["colour"] = "red".into();
    v
}

/// True when `message` holds an English word of three letters or more outside the quoted
/// path and values: the parser's or the checker's own wording.
fn has_english_words(message: &str) -> bool {
    let outside_paths: String = message
        .split('（')
        .map(|part| part.split_once('）').map_or(part, |(_, after)| after))
        .collect();
    let outside_quotes: String = outside_paths
        .split('「')
        .map(|part| part.split_once('」').map_or(part, |(_, after)| after))
        .collect();
    outside_quotes
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| {
            w.len() >= 3 && !["JSON", "UTF", "null", "true", "false", "schema_version"].contains(&w)
        })
}

#[test]
fn the_japanese_ui_says_what_is_wrong_and_where_in_japanese() {
    let truncated = half_of(PUBLISHED);
    let cut = problems_ja(truncated);
    assert!(
        cut[0].starts_with("ファイルが途中で終わっています（"),
        "{cut:?}"
    );
    assert_eq!(
        problems_ja(r#"{"a": 1,}"#),
        ["JSON として読めない箇所があります（1 行 9 列）。括弧・引用符・カンマを確かめてください。"]
    );
    assert_eq!(
        problems_ja(r#"{"hello": "world"}"#),
        ["項目「schema_version」がありません。"]
    );
    assert_eq!(problems_ja(""), ["ファイルが空です。"]);
    assert_eq!(
        problems_ja("[]"),
        ["ファイル全体が配列です。報告は、{ } で囲まれた一つのオブジェクトです。"]
    );
    assert!(problems_ja("<html>")
        .join("")
        .contains("ウェブページ（HTML など）のようです"));
    let mut v = with_schema_errors();
    v["hubs"][5]["entries"][1]["facts"] = serde_json::json!({ "events": 5 });
    v["hubs"][1]["id"] = "matsubara".into();
    let found = problems_ja(&v.to_string());
    assert!(found.contains(&"3番目の拠点の6番目の取組の項目「category」（hubs[2].entries[5].category）は1から5までの整数でなければなりません（ファイルでは 7）。".to_string()), "{found:#?}");
    assert!(found.contains(&"5番目の拠点の項目「area」（hubs[4].area）は空でない文字列でなければなりません（ファイルでは 3）。".to_string()), "{found:#?}");
    assert!(found.contains(&"2番目の拠点の1番目の取組の1番目のテーマ（hubs[1].entries[0].themes[0]）のテーマ「weather」は、ファイルのテーマ一覧にありません。".to_string()), "{found:#?}");
    assert_eq!(found.len(), 8, "{found:#?}");
    for message in found.iter().chain(&cut) {
        assert!(
            !has_english_words(message),
            "English in the Japanese UI: {message}"
        );
    }
    // The same problems in English for the English UI.
    let english = problems(&v.to_string());
    assert!(english.contains(&"hubs[2].entries[5].category: expected 1–5, got 7".to_string()));
    assert!(english
        .iter()
        .any(|m| m.starts_with("hubs[5].entries[1].facts: invalid type")));
}

#[test]
fn the_english_words_check_finds_english() {
    assert!(has_english_words("schema_version: missing"));
    assert!(has_english_words(
        "JSON の書式の誤り：1 行 31 列 EOF while parsing a list"
    ));
    assert!(!has_english_words(
        "項目「schema_version」（schema_version）がありません。"
    ));
}

#[test]
fn duplicate_hub_and_entry_ids_are_refused() {
    let mut v: serde_json::Value = serde_json::from_str(PUBLISHED).unwrap();
    v["hubs"][1]["id"] = "matsubara".into();
    v["hubs"][2]["entries"][1]["id"] = v["hubs"][2]["entries"][0]["id"].clone();
    let found = problems(&v.to_string());
    assert_eq!(
        found[0],
        "hubs[1].id: duplicate id \"matsubara\" (also at hubs[0].id)"
    );
    assert_eq!(found[1], "hubs[2].entries[1].id: duplicate id \"fujiidera-2024-result-01\" (also at hubs[2].entries[0].id)");
}

#[test]
fn an_older_schema_version_is_migrated() {
    let mut v: serde_json::Value = serde_json::from_str(PUBLISHED).unwrap();
    common::to_version_0(&mut v);
    let migrated = parse_import(v.to_string().as_bytes()).unwrap();
    let r = Report::bundled();
    assert_eq!(
        migrated.hubs[0].entries,
        r.hubs[0]
            .entries
            .iter()
            .map(|e| {
                let mut e = e.clone();
                e.category_inferred = false;
                e
            })
            .collect::<Vec<_>>()
    );
    assert_eq!(migrated.schema_version, 4);
}

#[test]
fn a_version_1_file_imports_as_the_same_report_without_drafts() {
    let v1 = PUBLISHED.replacen("\"schema_version\": 4", "\"schema_version\": 1", 1);
    let imported = parse_import(v1.as_bytes()).unwrap();
    assert_eq!(imported, Report::bundled());
    let v2 = PUBLISHED.replacen("\"schema_version\": 4", "\"schema_version\": 2", 1);
    assert_eq!(
        parse_import(v2.as_bytes()).unwrap(),
        Report::bundled(),
        "version 2 too"
    );
    assert!(imported
        .hubs
        .iter()
        .flat_map(|h| &h.entries)
        .all(|e| !e.draft));
}

#[test]
fn merge_by_hub_replaces_matching_hubs_and_adds_new_ones() {
    let current = Report::bundled();
    let mut incoming = current.clone();
    incoming.hubs.retain(|h| h.id == "habikino");
    incoming.hubs[0].entries.truncate(2);
    let mut extra = incoming.hubs[0].clone();
    extra.id = "sakai".into();
    extra.entries.clear();
    incoming.hubs.push(extra);
    let merged = merge_by_hub(&current, &incoming);
    assert_eq!(merged.hubs.len(), 7);
    assert_eq!(merged.hub("habikino").unwrap().entries.len(), 2);
    assert_eq!(merged.hub("matsubara"), current.hub("matsubara"));
    let s = summarize(&current, &incoming);
    assert_eq!((s.hubs, s.entries), (2, 2));
    assert_eq!(s.replace.hubs_removed, 5, "replacing drops the other hubs");
    assert_eq!(s.merge.hubs_removed, 0, "merging keeps them");
    assert_eq!(s.merge.hubs_added, 1, "sakai");
    // The counts are those of the reports the import would actually produce.
    for (counts, result) in [(s.replace, incoming.clone()), (s.merge, merged)] {
        let d = diff(&current, &result);
        let expected = DiffCounts {
            entries: d.entries.len(),
            hubs_added: d.hubs_added.len(),
            hubs_removed: d.hubs_removed.len(),
        };
        assert_eq!(counts, expected);
        assert_eq!(counts, count_differences(&current, &result));
    }
}

/// A store in memory that can be made full or unavailable.
#[derive(Default)]
struct MemoryStore {
    map: RefCell<HashMap<String, String>>,
    limit: Option<usize>,
    broken: bool,
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        if self.broken {
            return Err(StoreError::Unavailable("disabled".into()));
        }
        Ok(self.map.borrow().get(key).cloned())
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if self.broken {
            return Err(StoreError::Unavailable("disabled".into()));
        }
        let used: usize = self
            .map
            .borrow()
            .iter()
            .filter(|(k, _)| *k != key)
            .map(|(_, v)| v.len())
            .sum();
        if self.limit.is_some_and(|l| used + value.len() > l) {
            return Err(StoreError::QuotaExceeded("full".into()));
        }
        self.map.borrow_mut().insert(key.into(), value.into());
        Ok(())
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.map.borrow_mut().remove(key);
        Ok(())
    }
}

#[test]
fn edits_survive_a_reload_and_revisions_order_the_saves() {
    let bundled = Report::bundled();
    let store = MemoryStore::default();
    let (mut r, rev, outcome) = loaded(load(&store, &bundled));
    assert_eq!((rev, outcome), (0, LoadOutcome::Fresh));
    edited_text(&r, 0, 0, "保存される").apply(&mut r).unwrap();
    let rev = save(&store, &r, &EditBase::default(), rev).unwrap();
    assert_eq!(rev, 1);
    let (again, rev2, outcome) = loaded(load(&store, &bundled));
    assert_eq!(
        (again, rev2, outcome),
        (r.clone(), 1, LoadOutcome::Restored)
    );
}

#[test]
fn a_save_never_overwrites_a_newer_save_from_another_tab() {
    let bundled = Report::bundled();
    let store = MemoryStore::default();
    let (mut tab_a, rev_a, _) = loaded(load(&store, &bundled));
    let (mut tab_b, rev_b, _) = loaded(load(&store, &bundled));
    edited_text(&tab_a, 0, 0, "A").apply(&mut tab_a).unwrap();
    save(&store, &tab_a, &EditBase::default(), rev_a).unwrap();
    edited_text(&tab_b, 1, 0, "B").apply(&mut tab_b).unwrap();
    assert_eq!(
        save(&store, &tab_b, &EditBase::default(), rev_b),
        Err(SaveError::Conflict { theirs: 1 })
    );
    let stored = Saved::from_text(&store.get(DATA_KEY).unwrap().unwrap()).unwrap();
    assert_eq!(stored.report, tab_a, "A's edit is still stored");
    let kept = Saved::from_text(&store.get(CONFLICT_KEY).unwrap().unwrap()).unwrap();
    assert_eq!(kept.report, tab_b, "B's version is kept available");
    assert_eq!(
        save_over(&store, &tab_b, &EditBase::default()),
        Ok(2),
        "B may then choose to keep its version"
    );
}

#[test]
fn corrupt_or_unknown_stored_data_is_kept_aside_and_the_bundled_report_used() {
    let bundled = Report::bundled();
    let store = MemoryStore::default();
    store
        .set(
            DATA_KEY,
            "{\"schema_version\": 1, \"revision\": 4, \"report\": {",
        )
        .unwrap();
    let (r, rev, outcome) = loaded(load(&store, &bundled));
    assert_eq!(r, bundled);
    assert!(matches!(outcome, LoadOutcome::Recovered { kept: true, .. }));
    assert_eq!(
        store.get(BACKUP_KEY).unwrap().unwrap(),
        "{\"schema_version\": 1, \"revision\": 4, \"report\": {"
    );
    // The next save replaces the unreadable data, which stays in the backup key.
    save(&store, &r, &EditBase::default(), rev).unwrap();
    assert!(store
        .get(BACKUP_KEY)
        .unwrap()
        .unwrap()
        .contains("\"revision\": 4"));
    let future = MemoryStore::default();
    future
        .set(
            DATA_KEY,
            &Saved {
                schema_version: 1,
                revision: 1,
                report: bundled.clone(),
                base: EditBase::default(),
            }
            .to_text()
            .replacen("\"schema_version\":1", "\"schema_version\":9", 1),
        )
        .unwrap();
    let (_, _, outcome) = loaded(load(&future, &bundled));
    assert!(
        matches!(outcome, LoadOutcome::Recovered { ref reason, kept: true } if reason.contains("unknown schema_version 9"))
    );
}

#[test]
fn full_or_unavailable_storage_is_reported_and_nothing_stored_is_half_changed() {
    let bundled = Report::bundled();
    let full = MemoryStore {
        limit: Some(50_000),
        ..MemoryStore::default()
    };
    assert!(matches!(
        save(&full, &bundled, &EditBase::default(), 0),
        Err(SaveError::Store(StoreError::QuotaExceeded(_)))
    ));
    assert_eq!(full.get(DATA_KEY).unwrap(), None);
    let off = MemoryStore {
        broken: true,
        ..MemoryStore::default()
    };
    let (r, _, outcome) = loaded(load(&off, &bundled));
    assert_eq!(r, bundled);
    assert!(matches!(outcome, LoadOutcome::Unavailable(_)));
    assert!(matches!(
        save(&off, &bundled, &EditBase::default(), 0),
        Err(SaveError::Store(StoreError::Unavailable(_)))
    ));
}

/// A report no browser could store (an all-Japan import) is refused up front with a reason,
/// and what was stored before stays as it was.
#[test]
fn a_report_too_large_for_any_browser_is_refused_before_serialising() {
    let bundled = Report::bundled();
    let store = MemoryStore::default();
    let rev = save(&store, &bundled, &EditBase::default(), 0).expect("the bundled report fits");
    let before = store.get(DATA_KEY).unwrap();
    assert!(!too_large_to_store(&bundled));

    let mut huge = bundled.clone();
    let template = huge.hubs[0].clone();
    let per_hub: usize = template
        .entries
        .iter()
        .flat_map(|e| &e.paragraphs)
        .map(|p| p.chars().count())
        .sum();
    for n in 0..=MAX_STORABLE_CHARS / per_hub {
        let mut hub = template.clone();
        hub.id = format!("copy-{n}");
        huge.hubs.push(hub);
    }
    assert!(too_large_to_store(&huge), "over the limit");
    match save(&store, &huge, &EditBase::default(), rev) {
        Err(SaveError::Store(StoreError::TooLarge)) => {}
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert_eq!(store.get(DATA_KEY).unwrap(), before);
}

/// Japanese text is three bytes a character: a report of more bytes than the limit but
/// fewer characters is not refused, one character more than the limit is.
#[test]
fn the_storage_limit_counts_characters_not_bytes() {
    let mut r = Report::bundled();
    let text_chars: usize = r
        .hubs
        .iter()
        .flat_map(|h| &h.entries)
        .flat_map(|e| &e.paragraphs)
        .map(|p| p.chars().count())
        .sum();
    let room = MAX_STORABLE_CHARS - text_chars;
    r.hubs[0].entries[0].paragraphs.push("連".repeat(room));
    assert!(!too_large_to_store(&r), "exactly at the limit");
    r.hubs[0].entries[0].paragraphs.push("携".into());
    assert!(too_large_to_store(&r), "one character over");
}

#[test]
fn a_file_of_the_wrong_shape_gets_each_fault_once_with_the_files_own_names() {
    let found = problems_ja(r#"{"schema_version":2,"hubs":"nope"}"#);
    // `themes` is missing and so also not a list: one message, not two.
    let themes: Vec<_> = found.iter().filter(|m| m.contains("themes")).collect();
    assert_eq!(themes, ["項目「themes」がありません。"], "{found:#?}");
    assert!(found.iter().all(|m| !m.contains('$')), "{found:#?}");
    assert!(
        found.contains(
            &"項目「hubs」は配列（[ ]）でなければなりません（ファイルでは「nope」）。".to_string()
        ),
        "{found:#?}"
    );
    let english = problems(r#"{"schema_version":2,"hubs":"nope"}"#);
    assert!(
        english.contains(&"themes: missing".to_string()),
        "{english:#?}"
    );
}

#[test]
fn the_editors_structured_data_says_what_is_wrong_in_the_uis_language() {
    use renkei::model::facts_text::{parse_facts, FactsProblem};
    assert_eq!(
        parse_facts("  \n").unwrap(),
        renkei::model::Facts::default()
    );
    assert_eq!(
        parse_facts(r#"{"tools": ["はびナビ"]}"#).unwrap().tools,
        ["はびナビ"]
    );
    let cut = parse_facts("{\"tools\": [").unwrap_err();
    assert!(
        matches!(cut, FactsProblem::Syntax { line: 1, .. }),
        "{cut:?}"
    );
    assert_eq!(
        cut.message(true),
        "構造化データを JSON として読めません（1 行 11 列）。括弧・引用符・カンマを確かめてください。"
    );
    let shape = parse_facts("{\n  \"tool\": []\n}").unwrap_err();
    assert!(matches!(shape, FactsProblem::Shape { .. }), "{shape:?}");
    assert_eq!(
        shape.message(true),
        "構造化データの形が合いません。使える項目は events・meetings・members・figures・tools です。"
    );
    assert!(!has_english_words(
        &shape
            .message(true)
            .replace("events・meetings・members・figures・tools", "")
    ));
    assert!(
        shape.message(false).contains("unknown field `tool`"),
        "{}",
        shape.message(false)
    );
}

#[test]
fn an_entry_can_be_placed_only_where_its_hub_prints_a_section() {
    let report = Report::bundled();
    let hub = &report.hubs[0];
    let first = &hub.entries[0];
    let places = hub.places((first.section, first.fiscal_year));
    let printed: Vec<_> = hub
        .sections
        .iter()
        .map(|s| (s.section, s.fiscal_year))
        .collect();
    assert_eq!(places, printed, "the hub's own sections, in printed order");
    assert_eq!(places.len(), 4);
    // An imported entry outside them keeps its own place among the choices.
    let odd = (Section::Plan, FiscalYear(2023));
    let with_odd = hub.places(odd);
    assert_eq!(with_odd.len(), 5);
    assert_eq!(with_odd.last(), Some(&odd));
}

/// The first half of a file, cut on a character boundary as a broken download would be.
fn half_of(text: &str) -> &str {
    let mut end = text.len() / 2;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[test]
fn a_change_of_themes_status_category_or_label_is_named_though_the_text_is_the_same() {
    let report = Report::bundled();
    let before = &report.hub("matsubara").unwrap().entries[0];
    assert!(field_changes(before, before).is_empty());
    let mut after = before.clone();
    after.paragraphs.push("追記".into());
    assert!(
        field_changes(before, &after).is_empty(),
        "text shows as text"
    );
    let mut after = before.clone();
    after.themes.push("disaster".into());
    let gone = after.themes.remove(0);
    after.status = Some(Status::Done);
    after.category = Category::new(3).unwrap();
    after.label = None;
    assert_eq!(
        field_changes(before, &after),
        vec![
            FieldChange::Category(before.category, Category::new(3).unwrap()),
            FieldChange::Label(before.label.clone(), None),
            FieldChange::ThemesAdded(vec!["disaster".into()]),
            FieldChange::ThemesRemoved(vec![gone]),
            FieldChange::Status(before.status, Some(Status::Done)),
        ]
    );
    let mut confirmed = before.clone();
    confirmed.draft = true;
    assert_eq!(
        field_changes(&confirmed, before),
        vec![FieldChange::Confirmed(true)]
    );
}

/// A load's report, revision and outcome, as the tests above read them.
fn loaded((saved, outcome): (Saved, LoadOutcome)) -> (Report, u64, LoadOutcome) {
    (saved.report, saved.revision, outcome)
}
