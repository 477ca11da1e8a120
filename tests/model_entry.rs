//! What an entry says of itself: the opening that names it where a label is not enough.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use renkei::model::Report;

#[test]
fn an_opening_is_the_start_of_the_text_without_its_label_and_says_when_it_goes_on() {
    let report = Report::bundled();
    let entry = report.hubs[0]
        .entries
        .iter()
        .find(|e| e.id == "matsubara-2024-result-01")
        .expect("entry");
    assert_eq!(
        entry.opening(100),
        "地域医療介護連携推進委員会（8月,12月除く毎月）"
    );
    assert_eq!(entry.opening(6), "地域医療介護…");
}

#[test]
fn in_the_bundled_report_hub_place_label_and_opening_name_every_entry_once() {
    // The edit buttons' names: several entries of one hub share a place and label (the
    // challenges' unlabelled ②), and a screen reader's list of buttons must tell them apart.
    let report = Report::bundled();
    let mut seen = BTreeSet::new();
    for hub in &report.hubs {
        for e in &hub.entries {
            let badge = e
                .label
                .clone()
                .unwrap_or_else(|| e.category.circled().to_string());
            let name = (
                hub.id.clone(),
                e.section,
                e.fiscal_year,
                badge,
                e.opening(16),
            );
            assert!(
                seen.insert(format!("{name:?}")),
                "{} is named like another entry",
                e.id
            );
        }
    }
}
