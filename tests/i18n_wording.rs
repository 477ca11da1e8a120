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
