//! How the UI words dates, counts and punctuation in each language, without a browser.
#![cfg(not(target_arch = "wasm32"))]

use renkei::i18n::{date_label, page_title, Lang};
use renkei::model::route::Route;

#[test]
fn a_printed_date_is_a_reiwa_date_in_japanese_and_iso_in_english() {
    assert_eq!(date_label(Lang::Ja, "2026-12-03"), "令和8年12月3日");
    assert_eq!(date_label(Lang::Ja, "2019-05-01"), "令和元年5月1日");
    assert_eq!(date_label(Lang::En, "2026-12-03"), "2026-12-03");
    assert_eq!(date_label(Lang::Ja, "not a date"), "not a date");
}

#[test]
fn counts_and_asides_follow_the_language() {
    assert_eq!(Lang::Ja.entries(1), "1件");
    assert_eq!(Lang::En.entries(1), "1 entry");
    assert_eq!(Lang::En.entries(0), "0 entries");
    assert_eq!(Lang::Ja.paren("表で見る", "96件"), "表で見る（96件）");
    assert_eq!(
        Lang::En.paren("Show all", "606 entries"),
        "Show all (606 entries)"
    );
}

#[test]
fn each_view_has_its_own_tab_title() {
    let entries = page_title(Lang::Ja, &Route::Entries, None);
    let hub = page_title(Lang::Ja, &Route::Hub("habikino".into()), Some("羽曳野市"));
    assert!(entries.starts_with("取組一覧 | "), "{entries}");
    assert!(hub.starts_with("羽曳野市 | "), "{hub}");
    assert_ne!(entries, page_title(Lang::Ja, &Route::Dashboard, None));
    assert!(page_title(Lang::En, &Route::Compare, None).starts_with("Compare | renkei"));
}

#[test]
fn the_entries_filter_is_said_in_words_sections_included() {
    use renkei::i18n::entries_filter_description;
    use renkei::model::filter::Filter;
    use renkei::model::{Report, Section};
    let report = Report::bundled();
    assert_eq!(
        entries_filter_description(Lang::Ja, &report, &Filter::default()),
        None
    );
    let filter = Filter {
        themes: ["acp".to_string()].into(),
        hubs: ["kawachinagano".to_string()].into(),
        sections: [Section::Plan].into(),
        ..Filter::default()
    };
    assert_eq!(
        entries_filter_description(Lang::Ja, &report, &filter).as_deref(),
        Some("テーマ：ACP・人生会議・エンディングノート／拠点・市町村：河内長野市／区分：計画")
    );
    assert_eq!(
        entries_filter_description(Lang::En, &report, &filter).as_deref(),
        Some("Theme: ACP & ending notes; Hub / municipality: 河内長野市; Section: Plan")
    );
}
