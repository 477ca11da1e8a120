//! A hub added by hand through the 「拠点を追加」 form: each field's problem, and the hub made.
#![cfg(not(target_arch = "wasm32"))]

use renkei::model::new_hub::{split_municipalities, DraftField, DraftProblem, HubDraft};
use renkei::model::Report;

fn bundled() -> Report {
    Report::bundled()
}

fn draft(id: &str, area: &str) -> HubDraft {
    HubDraft {
        id: id.into(),
        area: area.into(),
        ..HubDraft::default()
    }
}

#[test]
fn an_empty_id_is_made_up_and_the_area_is_the_municipality() {
    let report = bundled();
    let hub = draft("", " 堺市 ").to_hub(&report).expect("a valid draft");
    assert_eq!(hub.id, "hub-1");
    assert_eq!(hub.area, "堺市");
    assert_eq!(hub.municipalities, vec!["堺市"]);
    assert!(hub.entries.is_empty() && hub.sections.is_empty());
}

#[test]
fn a_full_width_or_upper_case_id_is_read_as_the_plain_id() {
    let hub = draft("ＳＡＫＡＩ-2", "堺市")
        .to_hub(&bundled())
        .expect("a valid draft");
    assert_eq!(hub.id, "sakai-2");
}

#[test]
fn every_problem_is_named_with_its_field() {
    let report = bundled();
    let taken_area = report.hubs[0].area.clone();
    let problems = draft("さかい", "").to_hub(&report).unwrap_err();
    assert_eq!(
        problems,
        vec![DraftProblem::AreaMissing, DraftProblem::IdNotAscii]
    );
    assert_eq!(problems[0].field(), DraftField::Area);
    assert_eq!(problems[1].field(), DraftField::Id);

    let taken_id = report.hubs[1].id.clone();
    let problems = draft(&taken_id, &taken_area).to_hub(&report).unwrap_err();
    assert_eq!(
        problems,
        vec![
            DraftProblem::AreaTaken(taken_area.clone()),
            DraftProblem::IdTaken(taken_id.clone())
        ]
    );
    assert!(problems[0].message(true).contains(&taken_area));
    assert!(problems[0]
        .message(false)
        .starts_with("There is already a hub for"));
    assert!(problems[1].message(true).contains(&taken_id));
}

#[test]
fn municipalities_split_on_japanese_and_ascii_separators() {
    assert_eq!(
        split_municipalities("松原市・羽曳野市、 藤井寺市,柏原市，"),
        vec!["松原市", "羽曳野市", "藤井寺市", "柏原市"]
    );
    let hub = HubDraft {
        municipalities: "河内長野市・大阪狭山市".into(),
        ..draft("", "新地域")
    }
    .to_hub(&bundled())
    .unwrap();
    assert_eq!(hub.municipalities, vec!["河内長野市", "大阪狭山市"]);
}
