//! Entry cards are kept across redraws by `CardKey`: it must change when what a card shows
//! changes, and only then.

use renkei::model::card_key::CardKey;
use renkei::model::index::EntryRef;
use renkei::model::{Report, Status};

fn keys(report: &Report) -> Vec<CardKey> {
    let mut out = Vec::new();
    for (h, hub) in report.hubs.iter().enumerate() {
        for e in 0..hub.entries.len() {
            out.push(CardKey::of(report, EntryRef { hub: h, entry: e }));
        }
    }
    out
}

/// Positions of the keys that differ between two reports of the same shape.
fn changed(a: &Report, b: &Report) -> Vec<usize> {
    keys(a)
        .iter()
        .zip(keys(b))
        .enumerate()
        .filter(|(_, (x, y))| **x != *y)
        .map(|(i, _)| i)
        .collect()
}

#[test]
fn keys_are_the_same_for_the_same_report_and_differ_between_entries() {
    let r = Report::bundled();
    assert_eq!(keys(&r), keys(&r.clone()));
    let all = keys(&r);
    let distinct: std::collections::HashSet<_> = all.iter().collect();
    assert_eq!(distinct.len(), all.len());
}

#[test]
fn editing_one_entry_changes_its_key_only() {
    let r = Report::bundled();
    let mut edited = r.clone();
    edited.hubs[2].entries[4].paragraphs[0].push_str("追記");
    let first_of_hub_2: usize = r.hubs[..2].iter().map(|h| h.entries.len()).sum();
    assert_eq!(changed(&r, &edited), [first_of_hub_2 + 4]);
}

/// One way to change a report, named.
type Edit = Box<dyn Fn(&mut Report)>;

#[test]
fn every_field_a_card_shows_or_compares_changes_the_key() {
    let r = Report::bundled();
    let edits: Vec<(&str, Edit)> = vec![
        (
            "themes",
            Box::new(|r| r.hubs[0].entries[0].themes.push("ict".into())),
        ),
        (
            "status",
            Box::new(|r| {
                let e = &mut r.hubs[0].entries[0];
                e.status = if e.status == Some(Status::Done) {
                    None
                } else {
                    Some(Status::Done)
                };
            }),
        ),
        (
            "label",
            Box::new(|r| r.hubs[0].entries[0].label = Some("②-9".into())),
        ),
        (
            "facts",
            Box::new(|r| r.hubs[0].entries[0].facts.tools.push("新しい道具".into())),
        ),
        (
            "inferred",
            Box::new(|r| r.hubs[0].entries[0].category_inferred ^= true),
        ),
    ];
    for (what, edit) in edits {
        let mut edited = r.clone();
        edit(&mut edited);
        assert_eq!(changed(&r, &edited), [0], "{what}");
    }
}

#[test]
fn a_hub_area_or_a_theme_name_changes_the_keys_of_every_card_that_prints_it() {
    let r = Report::bundled();
    let mut area = r.clone();
    area.hubs[0].area.push_str("（新）");
    assert_eq!(
        changed(&r, &area),
        (0..r.hubs[0].entries.len()).collect::<Vec<_>>()
    );

    let mut renamed = r.clone();
    renamed.themes[0].ja.push_str("（改）");
    assert_eq!(changed(&r, &renamed).len(), keys(&r).len());
}
