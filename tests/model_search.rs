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

#[test]
fn a_number_in_a_query_matches_whole_numbers_only() {
    assert!(finds("2月", "2月14日に認知症をテーマに"));
    assert!(finds("2月", "多職種向け研修会（２月）"));
    assert!(!finds("2月", "（12月）"), "2月 is not in 12月");
    assert!(!finds("1月", "11月8日に"));
    assert!(!finds("1月", "１２月"));
    assert!(finds("1月", "1月26日に"));
    assert!(finds("12月", "８月,１２月除く毎月"));
    assert!(
        !finds("17", "約170名"),
        "a number is not the head of a longer one"
    );
    assert!(finds("170", "約１７０名"));
    assert!(!finds("月1回", "月1～2回のワーキングチーム"));
    assert!(finds("月1回", "カンファレンスを月1回実施"));
}

#[test]
fn a_number_narrows_only_a_query_it_holds_whole() {
    let q = |s: &str| SearchQuery::parse(s);
    assert!(q("2月").narrows(&q("2")));
    assert!(!q("12").narrows(&q("1")), "12 does not hold the number 1");
    assert!(!q("12月").narrows(&q("2月")));
    assert!(q("12月").narrows(&q("12")));
}

#[test]
fn long_vowel_marks_fold_away_after_kana() {
    assert!(finds("ケアマネジャー", "主任ケアマネージャー"));
    assert!(finds("ケアマネージャー", "ケアマネジャー向け研修会"));
    assert!(finds("コーディネータ", "在宅医療介護連携コーディネーター"));
    assert!(finds("コーディネーター", "コーディネータの役割"));
    assert!(finds("ﾌﾞﾙｰｶｰﾄﾞ", "ブルーカード"));
    // A dash between a label's numbers is not a long vowel.
    assert_eq!(fold("②ー3"), "②ー3");
}

#[test]
fn highlighting_follows_the_same_rules() {
    let q = SearchQuery::parse("2月");
    let parts = q.highlight("（12月）と2月14日");
    assert_eq!(
        parts,
        [("（12月）と", false), ("2月", true), ("14日", false)]
    );
    let q = SearchQuery::parse("ケアマネジャー");
    let parts = q.highlight("主任ケアマネージャーを");
    assert_eq!(
        parts,
        [("主任", false), ("ケアマネージャー", true), ("を", false)]
    );
    // The map still gives each folded character its original bytes.
    let (chars, spans) = fold_with_map("ケアマネージャー");
    assert_eq!(chars.iter().collect::<String>(), "けあまねじゃ");
    assert_eq!(spans.last().map(|s| s.1), Some("ケアマネージャー".len()));
}

#[test]
fn in_the_report_2_gatsu_finds_no_december_and_both_spellings_find_the_same_entries() {
    use renkei::model::filter::{apply_filter, Filter, SearchIndex};
    use renkei::model::Report;
    let r = Report::bundled();
    let index = SearchIndex::build(&r);
    let found = |q: &str| {
        let filter = Filter {
            query: q.into(),
            ..Filter::default()
        };
        apply_filter(&r, &index, &filter)
    };
    let feb = found("2月");
    assert!(!feb.is_empty());
    for at in &feb {
        let text = fold(&at.resolve(&r).1.text());
        let whole = text
            .match_indices("2月")
            .any(|(i, _)| !text[..i].ends_with(|c: char| c.is_ascii_digit()));
        assert!(whole, "{text}");
    }
    let dec_only = found("12月")
        .into_iter()
        .filter(|at| !feb.contains(at))
        .count();
    assert!(
        dec_only > 0,
        "entries naming 12月 alone are no longer found by 2月"
    );
    assert_eq!(found("ケアマネジャー"), found("ケアマネージャー"));
    assert_eq!(
        found("ケアマネジャー").len(),
        2,
        "the one and the other spelling"
    );
}
