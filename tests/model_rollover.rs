//! Starting the FY2026 report from the bundled one: every hub gets the four new sections, its
//! FY2025 progress drafted as FY2025 results and its FY2025 plan as the FY2026 plan.

use renkei::model::edit::{Change, History};
use renkei::model::rollover::{newest_plan_year, next_report_year, roll_over};
use renkei::model::{FiscalYear, Report, Section};

#[test]
fn the_next_report_is_the_year_after_the_newest_plan() {
    let r = Report::bundled();
    assert_eq!(newest_plan_year(&r), Some(FiscalYear(2025)));
    assert_eq!(next_report_year(&r), Some(FiscalYear(2026)));
}

#[test]
fn every_hub_gets_four_sections_in_the_reports_style_and_its_drafts() {
    let r = Report::bundled();
    let hubs = roll_over(&r).expect("the bundled report can roll over");
    assert_eq!(hubs.len(), r.hubs.len());
    for (before, after) in r.hubs.iter().zip(&hubs) {
        assert_eq!(
            &after.sections[..before.sections.len()],
            &before.sections[..]
        );
        let added: Vec<_> = after.sections[before.sections.len()..]
            .iter()
            .map(|s| (s.section, s.fiscal_year.0, s.heading.as_str()))
            .collect();
        assert_eq!(
            added,
            [
                (Section::Result, 2025, "（１）令和7年度の実績"),
                (
                    Section::Challenge,
                    2025,
                    "（２）令和7年度の取り組みを通じた課題"
                ),
                (Section::Plan, 2026, "（３）令和8年度の実績計画"),
                (Section::Progress, 2026, "（４）令和8年度の進捗状況"),
            ]
        );
        assert_eq!(&after.entries[..before.entries.len()], &before.entries[..]);
        let of = |section, fy: u16| {
            before
                .entries
                .iter()
                .filter(move |e| e.section == section && e.fiscal_year == FiscalYear(fy))
        };
        let new = &after.entries[before.entries.len()..];
        let results: Vec<_> = new
            .iter()
            .filter(|e| e.section == Section::Result)
            .collect();
        let plans: Vec<_> = new.iter().filter(|e| e.section == Section::Plan).collect();
        assert_eq!(
            results.len(),
            of(Section::Progress, 2025).count(),
            "{}",
            before.id
        );
        assert_eq!(
            plans.len(),
            of(Section::Plan, 2025).count(),
            "{}",
            before.id
        );
        assert_eq!(
            new.len(),
            results.len() + plans.len(),
            "no challenges or progress drafted"
        );
        for (draft, source) in results.iter().zip(of(Section::Progress, 2025)) {
            assert_eq!(draft.paragraphs, source.paragraphs, "wording kept");
            assert_eq!(
                (draft.fiscal_year, draft.status, draft.draft),
                (FiscalYear(2025), None, true)
            );
            assert_eq!(
                (&draft.label, draft.category, &draft.themes),
                (&source.label, source.category, &source.themes)
            );
        }
        for (draft, source) in plans.iter().zip(of(Section::Plan, 2025)) {
            assert_eq!(draft.paragraphs, source.paragraphs);
            assert_eq!((draft.fiscal_year, draft.draft), (FiscalYear(2026), true));
        }
        let mut ids: Vec<_> = after.entries.iter().map(|e| e.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), after.entries.len(), "ids stay unique");
        assert!(new.iter().all(|e| e
            .id
            .starts_with(&format!("{}-{}-", before.id, e.fiscal_year.0))));
    }
}

#[test]
fn it_is_one_undoable_step_after_which_the_next_year_is_the_one_after() {
    let mut r = Report::bundled();
    let original = r.clone();
    let after = roll_over(&r).unwrap();
    let mut history = History::default();
    let before = r.hubs.clone();
    history
        .apply(&mut r, Change::AllHubs { before, after })
        .unwrap();
    assert_eq!(
        next_report_year(&r),
        Some(FiscalYear(2027)),
        "FY2026 is started once"
    );
    assert!(history.undo(&mut r));
    assert_eq!(r, original);
    assert!(history.redo(&mut r));
    assert!(r.hubs.iter().flat_map(|h| &h.entries).any(|e| e.draft));
}

#[test]
fn drafts_survive_the_json_round_trip_and_are_marked_in_it() {
    let mut r = Report::bundled();
    r.hubs = roll_over(&r).unwrap();
    let json = r.to_json();
    assert!(json.contains("\"draft\": true"));
    assert_eq!(Report::from_json(&json).unwrap(), r);
}

#[test]
fn a_year_some_hub_has_begun_is_not_started_again() {
    let mut r = Report::bundled();
    let mut heading = r.hubs[0].sections[0].clone();
    heading.fiscal_year = FiscalYear(2026);
    r.hubs[0].sections.push(heading);
    assert_eq!(next_report_year(&r), None);
    assert_eq!(roll_over(&r), None);
}

#[test]
fn a_file_with_drafts_imports_with_them_and_a_draft_must_be_true_or_false() {
    use renkei::model::import::parse_import;
    let mut r = Report::bundled();
    r.hubs = roll_over(&r).unwrap();
    let json = r.to_json();
    assert_eq!(parse_import(json.as_bytes()).unwrap(), r);
    let bad = json.replacen("\"draft\": true", "\"draft\": \"yes\"", 1);
    assert!(parse_import(bad.as_bytes()).is_err());
}

#[test]
fn editions_are_the_report_years_newest_first_and_each_shows_its_four_sections() {
    use renkei::model::edition::{editions, shown_edition, Edition, ShownEdition};
    let (e2025, e2026) = (Edition(FiscalYear(2025)), Edition(FiscalYear(2026)));
    let mut r = Report::bundled();
    assert_eq!(editions(&r), [e2025]);
    assert_eq!(
        shown_edition(&r, None),
        None,
        "one edition: everything is shown"
    );
    assert!(e2025.holds(Section::Result, FiscalYear(2024)));
    assert!(e2025.holds(Section::Progress, FiscalYear(2025)));
    assert!(!e2025.holds(Section::Result, FiscalYear(2025)));
    r.hubs = roll_over(&r).unwrap();
    assert_eq!(editions(&r), [e2026, e2025]);
    let newest = ShownEdition {
        edition: e2026,
        newest: true,
    };
    let last_year = ShownEdition {
        edition: e2025,
        newest: false,
    };
    assert_eq!(shown_edition(&r, None), Some(newest));
    assert_eq!(shown_edition(&r, Some(e2025)), Some(last_year));
    assert_eq!(
        shown_edition(&r, Some(Edition(FiscalYear(2030)))),
        Some(newest)
    );
    for hub in &r.hubs {
        for shown in [newest, last_year] {
            let sections: Vec<_> = hub
                .sections
                .iter()
                .filter(|s| shown.shows(s.section, s.fiscal_year))
                .map(|s| s.section)
                .collect();
            assert_eq!(sections, Section::ALL, "{} {shown:?}", hub.id);
        }
    }
}

#[test]
fn a_plan_added_by_hand_for_the_year_after_starts_no_edition_and_shows_with_the_newest() {
    use renkei::model::edition::{editions, shown_edition, Edition, ShownEdition};
    let mut r = Report::bundled();
    let mut plan = r.hubs[1].sections[2].clone();
    plan.fiscal_year = FiscalYear(2026);
    r.hubs[1].sections.push(plan);
    assert_eq!(editions(&r), [Edition(FiscalYear(2025))]);
    assert_eq!(shown_edition(&r, None), None);
    let newest = ShownEdition {
        edition: Edition(FiscalYear(2025)),
        newest: true,
    };
    assert!(newest.shows(Section::Plan, FiscalYear(2026)));
    assert!(!ShownEdition {
        newest: false,
        ..newest
    }
    .shows(Section::Plan, FiscalYear(2026)));
}

#[test]
fn the_years_shown_follow_the_edition() {
    use renkei::model::edition::{edition_year, report_years, shown_edition, Edition};
    let r = Report::bundled();
    assert_eq!(edition_year(&r, shown_edition(&r, None)), FiscalYear(2025));
    assert_eq!(
        report_years(&r, None),
        vec![FiscalYear(2024), FiscalYear(2025)]
    );
    let mut next = r.clone();
    next.hubs = roll_over(&r).unwrap();
    assert_eq!(
        edition_year(&next, shown_edition(&next, None)),
        FiscalYear(2026)
    );
    let last = shown_edition(&next, Some(Edition(FiscalYear(2025))));
    assert_eq!(edition_year(&next, last), FiscalYear(2025));
    assert_eq!(
        report_years(&next, None),
        vec![FiscalYear(2024), FiscalYear(2025), FiscalYear(2026)]
    );
    // The meetings chart compares the shown edition's two years.
    assert_eq!(
        report_years(&next, last),
        vec![FiscalYear(2024), FiscalYear(2025)]
    );
    assert_eq!(
        report_years(&next, shown_edition(&next, None)),
        vec![FiscalYear(2025), FiscalYear(2026)]
    );
}

#[test]
fn an_edition_alone_is_that_years_report_in_version_1() {
    use renkei::model::edition::{edition_report, shown_edition, Edition};
    let r = Report::bundled();
    let mut next = r.clone();
    next.hubs = roll_over(&r).unwrap();
    let last = shown_edition(&next, Some(Edition(FiscalYear(2025)))).unwrap();
    let mut expected = r.clone();
    expected.schema_version = 1;
    assert_eq!(edition_report(&next, last), expected);
    let newest = shown_edition(&next, None).unwrap();
    let one = edition_report(&next, newest);
    assert!(one.hubs.iter().all(|h| h.sections.len() == 4));
    assert!(one.hubs.iter().flat_map(|h| &h.entries).all(|e| !e.draft));
    // It reads back as a version 1 file.
    assert!(renkei::model::import::parse_import(one.to_json().as_bytes()).is_ok());
}

#[test]
fn two_editions_plans_compare_as_continued() {
    use renkei::model::stats::{change_matrix, ChangeSpan};
    let r = Report::bundled();
    let mut next = r.clone();
    next.hubs = roll_over(&r).unwrap();
    let all: Vec<_> = next
        .hubs
        .iter()
        .enumerate()
        .flat_map(|(hub, h)| {
            (0..h.entries.len()).map(move |entry| renkei::model::filter::EntryRef { hub, entry })
        })
        .collect();
    let span = ChangeSpan::plans(FiscalYear(2025), FiscalYear(2026));
    let matrix = change_matrix(&next, &all, span, 0..next.hubs.len());
    for (hub, cells) in next.hubs.iter().zip(&matrix) {
        let plans = hub
            .entries
            .iter()
            .filter(|e| e.section == Section::Plan && e.fiscal_year == FiscalYear(2025))
            .count();
        assert_eq!(
            cells.iter().map(|c| c.continued.len()).sum::<usize>(),
            plans,
            "{}",
            hub.id
        );
        assert!(
            cells
                .iter()
                .all(|c| c.new.is_empty() && c.dropped.is_empty()),
            "{}",
            hub.id
        );
    }
}

#[test]
fn the_changes_view_tells_untouched_drafts_from_edits() {
    use renkei::model::diff::{diff, is_untouched_draft, DiffKind};
    let bundled = Report::bundled();
    let mut edited = bundled.clone();
    edited.hubs = roll_over(&bundled).unwrap();
    let added = |r: &Report| {
        diff(&bundled, r)
            .entries
            .into_iter()
            .filter(|d| d.kind == DiffKind::Added)
            .count()
    };
    let untouched = |r: &Report| {
        diff(&bundled, r)
            .entries
            .iter()
            .filter(|d| is_untouched_draft(d, r))
            .count()
    };
    assert!(added(&edited) > 0);
    assert_eq!(
        untouched(&edited),
        added(&edited),
        "every drafted entry is untouched"
    );
    // One draft confirmed, one published entry edited: both are edits to list.
    let draft = edited.hubs[0].entries.iter_mut().find(|e| e.draft).unwrap();
    draft.draft = false;
    edited.hubs[1].entries[0].paragraphs.push("追記".into());
    assert_eq!(untouched(&edited), added(&edited) - 1);
    assert_eq!(
        diff(&bundled, &edited).entries.len() - untouched(&edited),
        2
    );
}

#[test]
fn a_section_is_still_drafted_until_one_of_its_entries_is_confirmed_or_edited() {
    let bundled = Report::bundled();
    let mut edited = bundled.clone();
    edited.hubs = roll_over(&bundled).unwrap();
    let plan = (Section::Plan, FiscalYear(2026));
    assert!(!bundled.hubs[0].is_still_drafted(Section::Plan, FiscalYear(2025)));
    assert!(edited.hubs[0].is_still_drafted(plan.0, plan.1));
    assert!(
        !edited.hubs[0].is_still_drafted(Section::Challenge, FiscalYear(2030)),
        "an empty section is not"
    );
    let first = edited.hubs[0]
        .entries
        .iter_mut()
        .find(|e| (e.section, e.fiscal_year) == plan)
        .unwrap();
    first.draft = false;
    assert!(!edited.hubs[0].is_still_drafted(plan.0, plan.1));
}

#[test]
fn drafted_entries_keep_their_facts_with_each_event_moved_to_the_drafts_year() {
    let r = Report::bundled();
    let hubs = roll_over(&r).unwrap();
    let drafts = || hubs.iter().flat_map(|h| &h.entries).filter(|e| e.draft);
    let events_of = |section| {
        drafts()
            .filter(move |e| e.section == section)
            .flat_map(|e| &e.facts.events)
            .collect::<Vec<_>>()
    };
    let plan_events = events_of(Section::Plan);
    let source_plan_events: usize = (r.hubs.iter().flat_map(|h| &h.entries))
        .filter(|e| e.section == Section::Plan && e.fiscal_year == FiscalYear(2025))
        .map(|e| e.facts.events.len())
        .sum();
    assert_eq!(plan_events.len(), source_plan_events);
    assert!(plan_events.len() >= 12, "the FY2026 plan names its months");
    assert!(plan_events
        .iter()
        .all(|ev| ev.fiscal_year == FiscalYear(2026)
            && ev.status == renkei::model::EventStatus::Planned));
    // Progress drafted as the same year's results stays in that year.
    let result_events = events_of(Section::Result);
    assert!(!result_events.is_empty());
    assert!(result_events
        .iter()
        .all(|ev| ev.fiscal_year == FiscalYear(2025)));
    // Everything else of the facts is carried over unchanged.
    for (before, after) in r.hubs.iter().zip(&hubs) {
        fn plans(
            h: &renkei::model::Hub,
            fy: u16,
        ) -> Vec<(
            &Vec<renkei::model::Meeting>,
            &Vec<renkei::model::MemberCount>,
            &Vec<String>,
        )> {
            h.entries
                .iter()
                .filter(move |e| e.section == Section::Plan && e.fiscal_year == FiscalYear(fy))
                .map(|e| (&e.facts.meetings, &e.facts.members, &e.facts.tools))
                .collect()
        }
        assert_eq!(plans(before, 2025), plans(after, 2026), "{}", before.id);
    }
}

#[test]
fn the_year_being_drafted_is_the_newest_edition_while_a_draft_is_left() {
    use renkei::model::edition::{drafting, Drafting};
    let mut r = Report::bundled();
    assert_eq!(drafting(&r), None);
    r.hubs = roll_over(&r).unwrap();
    let drafts = r
        .hubs
        .iter()
        .flat_map(|h| &h.entries)
        .filter(|e| e.draft)
        .count();
    assert_eq!(
        drafting(&r),
        Some(Drafting {
            year: FiscalYear(2026),
            drafts
        })
    );
    r.hubs
        .iter_mut()
        .flat_map(|h| &mut h.entries)
        .for_each(|e| e.draft = false);
    assert_eq!(drafting(&r), None, "every draft confirmed");
}
