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
