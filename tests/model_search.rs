//! Search folding and matching: the variants Japanese readers type must find each other.
#![cfg(not(target_arch = "wasm32"))]

use renkei::model::search::{fold, fold_with_map, SearchQuery};

fn finds(query: &str, text: &str) -> bool {
    SearchQuery::parse(query).matches_folded(&fold(text))
}

#[test]
fn full_width_and_half_width_latin_match() {
    assert!(finds("ＡＣＰ", "ACPの普及啓発"));
    assert!(finds("ACP", "ＡＣＰの普及啓発"));
    assert!(finds("acp", "ACPの普及啓発"), "case-insensitive");
    assert!(finds("mcs", "MCS「まっねと」"));
}

#[test]
fn full_width_and_half_width_digits_match() {
    assert!(finds("１１月", "11月8日に緩和ケア病棟"));
    assert!(finds("11月", "（１１月）"));
    assert!(!finds("11月", "1月26日"));
}

#[test]
fn half_width_katakana_with_voicing_marks_match_full_width() {
    assert!(finds("ｶﾞ", "ガイドライン"));
    assert!(finds("ﾌﾞﾙｰｶｰﾄﾞ", "ブルーカード"));
    assert!(finds("ﾊﾟ", "パワー"));
    assert!(!finds("ｶ", "ガ"), "a voiced kana is a different sound");
}

#[test]
fn hiragana_and_katakana_match_each_other() {
    assert!(finds(
        "ぶるーかーど",
        "夜間・休日等緊急時紹介状「ブルーカード」"
    ));
    assert!(
        !finds("マットネ", "まっねと"),
        "different kana do not match"
    );
    assert!(finds("まっねと", "MCS「マッネト」"));
}

#[test]
fn several_words_are_anded_and_spaces_of_both_widths_split() {
    assert!(finds("ACP 看取り", "「ACP・看取り」のテーマ"));
    assert!(finds("ACP　看取り", "「ACP・看取り」のテーマ"));
    assert!(!finds("ACP 災害", "「ACP・看取り」のテーマ"));
    assert!(SearchQuery::parse("   ").is_empty());
}

#[test]
fn highlight_marks_the_original_characters_of_each_match() {
    let q = SearchQuery::parse("ぶるーかーど acp");
    let parts = q.highlight("ブルーカードとACPの啓発");
    assert_eq!(
        parts,
        [
            ("ブルーカード", true),
            ("と", false),
            ("ACP", true),
            ("の啓発", false)
        ]
    );
    let q = SearchQuery::parse("ガイド");
    assert_eq!(q.highlight("ｶﾞｲﾄﾞ本"), [("ｶﾞｲﾄﾞ", true), ("本", false)]);
    assert_eq!(
        SearchQuery::parse("").highlight("そのまま"),
        [("そのまま", false)]
    );
}

#[test]
fn highlighting_html_in_text_keeps_it_as_text() {
    let q = SearchQuery::parse("img");
    let parts = q.highlight("<img src=x onerror=alert(1)>");
    let joined: String = parts.iter().map(|(s, _)| *s).collect();
    assert_eq!(joined, "<img src=x onerror=alert(1)>");
}

#[test]
fn folding_for_search_and_for_highlighting_agree() {
    // Search reads `fold`, highlighting `fold_with_map`: were they to differ, a match would be
    // found but not marked (or marked where none was found).
    for text in [
        "ｶﾞｲﾄﾞﾗｲﾝ ﾊﾟﾊﾟ ｳﾞｧ",
        "ｶﾞﾞ ﾞｶ ﾟ",
        "ＡＣＰ　１１月（ﾌﾞﾙｰｶｰﾄﾞ）",
        "ブルーカード、ｱｲｳｴｵ。",
        "",
    ] {
        let (chars, spans) = fold_with_map(text);
        assert_eq!(fold(text), chars.iter().collect::<String>(), "{text}");
        assert_eq!(spans.len(), chars.len());
    }
    assert_eq!(fold("ｶﾞﾊﾟｳﾞ"), "がぱゔ");
}
