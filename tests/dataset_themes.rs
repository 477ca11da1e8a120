//! Theme tags: the taxonomy is complete, every tag is backed by the entry's own words, and
//! every entry whose words decide a theme carries it.
#![cfg(not(target_arch = "wasm32"))]

use renkei::model::themes::{REQUIRED_THEME_IDS, THEME_KEYWORDS};
use renkei::model::Report;

#[test]
fn the_taxonomy_defines_every_required_theme_with_both_labels() {
    let r = Report::bundled();
    for id in REQUIRED_THEME_IDS {
        let t = r
            .theme(id)
            .unwrap_or_else(|| panic!("theme {id} is defined"));
        assert!(
            !t.ja.is_empty() && !t.en.is_empty() && !t.description.is_empty(),
            "{id}"
        );
    }
    for t in &r.themes {
        assert!(
            THEME_KEYWORDS.iter().any(|k| k.theme == t.id),
            "{} has keywords",
            t.id
        );
    }
}

#[test]
fn every_tag_names_a_defined_theme_and_is_backed_by_the_entry_text() {
    let r = Report::bundled();
    for e in r.hubs.iter().flat_map(|h| &h.entries) {
        let text = e.paragraphs.concat();
        for tag in &e.themes {
            assert!(r.theme(tag).is_some(), "{}: {tag} is defined", e.id);
            let k = THEME_KEYWORDS.iter().find(|k| k.theme == tag).unwrap();
            assert!(
                k.evidence.iter().any(|w| text.contains(w)),
                "{}: tag {tag} has no support in: {text}",
                e.id
            );
        }
    }
}

#[test]
fn every_entry_about_a_theme_carries_it() {
    let r = Report::bundled();
    for e in r.hubs.iter().flat_map(|h| &h.entries) {
        let text = e.paragraphs.concat();
        for theme in renkei::model::themes::suggest_themes(&text) {
            assert!(
                e.has_theme(theme),
                "{}: mentions {theme} but is not tagged: {text}",
                e.id
            );
        }
    }
}

#[test]
fn disaster_and_acp_cover_the_hubs_the_report_says() {
    let r = Report::bundled();
    let hubs_with = |theme: &str| -> Vec<&str> {
        r.hubs
            .iter()
            .filter(|h| h.entries.iter().any(|e| e.has_theme(theme)))
            .map(|h| h.id.as_str())
            .collect()
    };
    assert_eq!(
        hubs_with("disaster"),
        ["habikino", "fujiidera", "kawachinagano", "osakasayama"]
    );
    assert_eq!(
        hubs_with("acp"),
        [
            "matsubara",
            "habikino",
            "fujiidera",
            "kawachinagano",
            "osakasayama"
        ]
    );
    assert_eq!(hubs_with("disability"), ["osakasayama"]);
}

#[test]
fn a_suggestion_reads_text_typed_full_width_as_the_search_does() {
    use renkei::model::themes::suggest_themes;
    let half = suggest_themes("④-3 ACP研修会（12月）");
    assert!(half.contains(&"acp"), "{half:?}");
    assert_eq!(suggest_themes("④-3 ＡＣＰ研修会（１２月）"), half);
}

#[test]
fn a_new_progress_entrys_status_is_suggested_by_its_most_tentative_words() {
    use renkei::model::themes::suggest_status;
    use renkei::model::Status;
    assert_eq!(
        suggest_status("① 定例会議を毎月開催している。"),
        Some(Status::Ongoing)
    );
    assert_eq!(
        suggest_status("④ 11月に研修会を開催した。"),
        Some(Status::Done)
    );
    assert_eq!(
        suggest_status("⑤ 市民公開講座を開催予定。"),
        Some(Status::Planned)
    );
    assert_eq!(
        suggest_status("② 実施方法を検討している。"),
        Some(Status::Considering)
    );
    assert_eq!(
        suggest_status("③ 医師会と調整中。"),
        Some(Status::Coordinating)
    );
    assert_eq!(suggest_status("① 会議について"), None);
    assert_eq!(
        suggest_status("③ 急変時の連絡体制について協議を開始した。"),
        Some(Status::Ongoing)
    );
}

#[test]
fn a_reworded_plan_moves_on_to_what_its_words_report_and_a_decided_status_stays() {
    use renkei::model::themes::status_after_rewording;
    use renkei::model::Status;
    let done = "④-2 研修会を開催した（参加者62名）。";
    assert_eq!(
        status_after_rewording(Some(Status::Planned), done),
        Some(Status::Done)
    );
    assert_eq!(
        status_after_rewording(Some(Status::Considering), done),
        Some(Status::Done)
    );
    assert_eq!(status_after_rewording(None, done), Some(Status::Done));
    // A person's reading is not overruled by rough words, nor moved backwards.
    assert_eq!(
        status_after_rewording(Some(Status::Ongoing), done),
        Some(Status::Ongoing)
    );
    assert_eq!(
        status_after_rewording(Some(Status::Done), "② 運用している。"),
        Some(Status::Done)
    );
    assert_eq!(
        status_after_rewording(Some(Status::Planned), "⑤ 講座を開催予定。"),
        Some(Status::Planned)
    );
    assert_eq!(
        status_after_rewording(Some(Status::Planned), "⑤ 講座について"),
        Some(Status::Planned)
    );
}

#[test]
fn suggested_statuses_agree_with_most_of_the_reports_own() {
    use renkei::model::themes::suggest_status;
    let report = Report::bundled();
    let progress: Vec<_> = report
        .hubs
        .iter()
        .flat_map(|h| &h.entries)
        .filter(|e| e.status.is_some())
        .collect();
    let agree = progress
        .iter()
        .filter(|e| suggest_status(&e.body()) == e.status)
        .count();
    // The report's statuses were read by a person (data/README.md); the suggestion is a start.
    // 19 of 30 agree (17 before 〜している counted as ongoing).
    assert!(
        agree * 10 >= progress.len() * 6,
        "{agree} of {}",
        progress.len()
    );
}
