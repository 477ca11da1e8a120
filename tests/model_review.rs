//! Reviewing an incoming report: character marks, and taking some differences but not others.

use renkei::model::diff::{diff, DiffKind};
use renkei::model::review::{accept, kind_counts, Accepted};
use renkei::model::text_diff::{text_diff, TextPiece};
use renkei::model::Report;

fn s(t: &str) -> String {
    t.to_string()
}

#[test]
fn changed_characters_are_marked_inserted_or_deleted() {
    assert_eq!(
        text_diff("毎月開催", "隔月開催"),
        vec![
            TextPiece::Deleted(s("毎")),
            TextPiece::Inserted(s("隔")),
            TextPiece::Same(s("月開催"))
        ]
    );
    assert_eq!(
        text_diff("11月に研修", "11月と2月に研修"),
        vec![
            TextPiece::Same(s("11月")),
            TextPiece::Inserted(s("と2月")),
            TextPiece::Same(s("に研修"))
        ]
    );
    assert_eq!(text_diff("同じ", "同じ"), vec![TextPiece::Same(s("同じ"))]);
    assert_eq!(text_diff("", "新"), vec![TextPiece::Inserted(s("新"))]);
    // Put back together, the pieces give both texts.
    let (a, b) = (
        "① 地域医療介護連携推進委員会（8月,12月除く毎月）",
        "① 地域医療介護連携推進会議（8月除く毎月）を開催",
    );
    let pieces = text_diff(a, b);
    let join = |keep: fn(&TextPiece) -> Option<&String>| {
        pieces.iter().filter_map(keep).cloned().collect::<String>()
    };
    assert_eq!(
        join(|p| match p {
            TextPiece::Same(t) | TextPiece::Deleted(t) => Some(t),
            _ => None,
        }),
        a
    );
    assert_eq!(
        join(|p| match p {
            TextPiece::Same(t) | TextPiece::Inserted(t) => Some(t),
            _ => None,
        }),
        b
    );
}

/// The bundled report with one entry changed, one added and one removed.
fn incoming(r: &Report) -> Report {
    let mut after = r.clone();
    let hub = &mut after.hubs[0];
    hub.entries[0].paragraphs[0].push_str("（更新）");
    let mut added = hub.entries[1].clone();
    added.id = "matsubara-2024-result-99".into();
    added.paragraphs = vec![s("③ 新しい取組")];
    hub.entries.insert(2, added);
    hub.entries.remove(3);
    after
}

#[test]
fn accepting_everything_gives_the_incoming_report() {
    let r = Report::bundled();
    let new = incoming(&r);
    let d = diff(&r, &new);
    assert_eq!(kind_counts(&d), [1, 1, 1]);
    assert_eq!(accept(&r, &new, &d, &Accepted::all(&d)), new.hubs);
}

#[test]
fn refusing_everything_keeps_the_current_report() {
    let r = Report::bundled();
    let new = incoming(&r);
    let d = diff(&r, &new);
    let none = Accepted {
        entries: vec![false; d.entries.len()],
        hubs: Vec::new(),
        facts_left_out: Vec::new(),
    };
    assert_eq!(accept(&r, &new, &d, &none), r.hubs);
}

#[test]
fn each_difference_is_taken_on_its_own() {
    let r = Report::bundled();
    let new = incoming(&r);
    let d = diff(&r, &new);
    for (i, e) in d.entries.iter().enumerate() {
        let mut only = Accepted {
            entries: vec![false; d.entries.len()],
            hubs: Vec::new(),
            facts_left_out: Vec::new(),
        };
        only.entries[i] = true;
        let mut after = r.clone();
        after.hubs = accept(&r, &new, &d, &only);
        let left = diff(&r, &after);
        assert_eq!(left.entries.len(), 1, "{:?}", e.kind);
        assert_eq!(left.entries[0].kind, e.kind);
        if e.kind == DiffKind::Removed {
            assert_eq!(after.hubs[0].entries.len(), r.hubs[0].entries.len() - 1);
        }
    }
}

#[test]
fn a_fact_read_from_a_taken_entry_can_be_left_out() {
    use renkei::components::review_markup::accepted_except;
    use renkei::model::review::FactAt;
    let r = Report::bundled();
    let mut new = r.clone();
    let e = (new.hubs[0].entries.iter_mut())
        .find(|e| e.id == "matsubara-2025-plan-03")
        .unwrap();
    e.paragraphs = vec!["④-1 地域医療勉強会（11月、2月、3月）".into()];
    e.facts = renkei::model::read_facts::with_facts_read(e, &e.facts.clone());
    assert_eq!(e.facts.events.len(), 3);
    let d = diff(&r, &new);
    assert_eq!(d.entries.len(), 1);
    // The box of the read February event cleared: the entry is taken without it.
    let accepted = accepted_except(&d, &[format!("f0.{}", FactAt::Event(1).key())]);
    let hubs = accept(&r, &new, &d, &accepted);
    let taken = hubs[0]
        .entries
        .iter()
        .find(|e| e.id == "matsubara-2025-plan-03")
        .unwrap();
    assert_eq!(taken.paragraphs, ["④-1 地域医療勉強会（11月、2月、3月）"]);
    let months: Vec<u8> = taken.facts.events.iter().map(|e| e.month).collect();
    assert_eq!(months, [11, 3]);
}
