//! The bundled JSON follows its JSON Schema, round-trips through the Rust types unchanged and
//! has the shape of the source report.
#![cfg(not(target_arch = "wasm32"))]

use renkei::model::{Report, Section, BUNDLED_JSON};

const SCHEMA: &str = include_str!("../public/data/report.schema.json");

fn schema() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(SCHEMA).expect("schema is JSON");
    jsonschema::draft202012::new(&schema).expect("schema compiles")
}

#[test]
fn bundled_json_validates_against_the_schema() {
    let data: serde_json::Value = serde_json::from_str(BUNDLED_JSON).unwrap();
    let errors: Vec<String> = schema()
        .iter_errors(&data)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn the_schema_rejects_what_the_types_reject() {
    let mut data: serde_json::Value = serde_json::from_str(BUNDLED_JSON).unwrap();
    data["hubs"][2]["entries"][5]["category"] = 7.into();
    assert!(!schema().is_valid(&data), "category 7 is outside 1–5");
    assert!(Report::from_json(&data.to_string()).is_err());

    let mut data: serde_json::Value = serde_json::from_str(BUNDLED_JSON).unwrap();
    data["hubs"][0]["entries"][0]["colour"] = "red".into();
    assert!(!schema().is_valid(&data), "unknown fields are rejected");
    assert!(Report::from_json(&data.to_string()).is_err());
}

/// The published file, indented as people read it (the app embeds it without indentation).
const PUBLISHED: &str = include_str!("../public/data/report.json");

#[test]
fn bundled_json_round_trips_through_the_types_byte_for_byte() {
    let report = Report::from_json(PUBLISHED).expect("bundled report parses");
    assert_eq!(report.to_json(), PUBLISHED);
    assert_eq!(
        Report::from_json(BUNDLED_JSON),
        Ok(report),
        "the embedded copy is the same report"
    );
}

#[test]
fn an_unknown_schema_version_is_refused() {
    let text = PUBLISHED.replacen("\"schema_version\": 4", "\"schema_version\": 99", 1);
    assert_eq!(
        Report::from_json(&text),
        Err(renkei::model::ReportError::UnknownVersion(99))
    );
}

#[test]
fn counts_match_the_source() {
    let report = Report::bundled();
    let ids: Vec<&str> = report.hubs.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "matsubara",
            "habikino",
            "fujiidera",
            "tondabayashi",
            "kawachinagano",
            "osakasayama"
        ]
    );
    assert_eq!(
        report.municipalities(),
        [
            "松原市",
            "羽曳野市",
            "藤井寺市",
            "富田林市",
            "太子町",
            "河南町",
            "千早赤阪村",
            "河内長野市",
            "大阪狭山市"
        ]
    );
    for hub in &report.hubs {
        let sections: Vec<(Section, u16)> = hub
            .sections
            .iter()
            .map(|s| (s.section, s.fiscal_year.0))
            .collect();
        assert_eq!(
            sections,
            [
                (Section::Result, 2024),
                (Section::Challenge, 2024),
                (Section::Plan, 2025),
                (Section::Progress, 2025)
            ],
            "{}: all four sections",
            hub.id
        );
        for s in &hub.sections {
            assert!(
                hub.entries_in(s.section, s.fiscal_year).count() > 0,
                "{} {:?} has entries",
                hub.id,
                s.section
            );
        }
    }
    assert_eq!(
        report.hub("tondabayashi").unwrap().contractor_list().len(),
        4
    );
    assert_eq!(
        report.hub("fujiidera").unwrap().contractor_list(),
        [
            "藤井寺市地域包括支援センター",
            "藤井寺市訪問看護ステーション"
        ]
    );
    assert_eq!(report.categories.len(), 5);
}

#[test]
fn plan_headings_keep_their_own_wording() {
    let report = Report::bundled();
    let heading = |hub: &str| {
        report
            .hub(hub)
            .unwrap()
            .sections
            .iter()
            .find(|s| s.section == Section::Plan)
            .unwrap()
            .heading
            .clone()
    };
    assert_eq!(heading("matsubara"), "（３）令和7年度の実績計画");
    assert_eq!(heading("fujiidera"), "（３）令和7年度の実績");
    assert_eq!(heading("osakasayama"), "（３）令和７年度の取組計画");
}

#[test]
fn entry_ids_are_unique_and_stable() {
    let report = Report::bundled();
    let mut ids: Vec<&str> = report
        .hubs
        .iter()
        .flat_map(|h| &h.entries)
        .map(|e| e.id.as_str())
        .collect();
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n);
    for h in &report.hubs {
        for e in &h.entries {
            assert!(
                e.id.starts_with(&format!("{}-{}-{}-", h.id, e.fiscal_year.0, e.section.id())),
                "{}",
                e.id
            );
        }
    }
}

#[test]
fn a_municipality_two_hubs_share_is_listed_once_where_it_first_appears() {
    let mut report = Report::bundled();
    let shared = report.hubs[0].municipalities[0].clone();
    report.hubs[3].municipalities.insert(1, shared.clone());
    report.hubs[5].municipalities.push(shared.clone());
    let listed = report.municipalities();
    assert_eq!(listed.iter().filter(|m| **m == shared).count(), 1);
    assert_eq!(listed[0], shared);
    assert_eq!(listed.len(), 9);
}
