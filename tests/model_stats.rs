//! Dashboard aggregations on the real dataset, pinned to figures the source states.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use renkei::model::export::{to_csv, to_tsv};
use renkei::model::filter::{apply_filter, EntryRef, Filter, SearchIndex};
use renkei::model::stats::{
    calendar, category_heatmap, meetings_per_year, status_by_hub, theme_coverage, transposed,
};
use renkei::model::{Category, EventStatus, FiscalYear, Report, Section, Status};

fn all(r: &Report) -> Vec<EntryRef> {
    apply_filter(r, &SearchIndex::build(r), &Filter::default())
}

fn hub(r: &Report, id: &str) -> usize {
    r.hubs.iter().position(|h| h.id == id).unwrap()
}

#[test]
fn meetings_per_year_come_from_results_and_plans() {
    let r = Report::bundled();
    let years = [FiscalYear(2024), FiscalYear(2025)];
    let m = meetings_per_year(&r, &all(&r), &years);
    let pair = |id: &str| (m[hub(&r, id)][0].per_year, m[hub(&r, id)][1].per_year);
    assert_eq!(
        pair("matsubara"),
        (10, 9),
        "8月,12月除く毎月 → 8月,12月,2月除く毎月"
    );
    assert_eq!(pair("habikino"), (5, 5), "five listed months both years");
    assert_eq!(pair("fujiidera"), (12, 12), "毎月");
    assert_eq!(pair("tondabayashi"), (18, 18), "月1回 + 年6回");
    assert_eq!(
        pair("kawachinagano"),
        (3, 4),
        "年２回 + 年１回 → 年２回 + 年２回"
    );
    assert_eq!(pair("osakasayama"), (7, 2));
}

#[test]
fn the_calendar_places_events_in_their_fiscal_month() {
    let r = Report::bundled();
    let cal = calendar(&r, &all(&r), FiscalYear(2025));
    let feb = FiscalYear::MONTHS.iter().position(|m| *m == 2).unwrap();
    assert_eq!(feb, 10, "February is the eleventh month of the fiscal year");
    let koza: Vec<_> = cal[hub(&r, "matsubara")][feb]
        .iter()
        .filter(|m| m.title.contains("市民公開講座"))
        .collect();
    assert_eq!(koza.len(), 1, "松原市's 市民公開講座 is in February FY2025");
    assert_eq!(
        (koza[0].day, koza[0].status),
        (Some(14), EventStatus::Planned)
    );
    // 5月26日 MCS（WEB） is done, in May (second column).
    assert!(cal[hub(&r, "matsubara")][1]
        .iter()
        .any(|m| m.day == Some(26) && m.status == EventStatus::Done));
    // A span （1～2月） appears in both months.
    let tonda = hub(&r, "tondabayashi");
    assert_eq!(cal[tonda][9].len(), 1);
    assert_eq!(cal[tonda][10].len(), 1);
    // Nothing of FY2024 leaks into FY2025.
    let total: usize = cal.iter().flatten().map(Vec::len).sum();
    let expected: usize = r
        .hubs
        .iter()
        .flat_map(|h| &h.entries)
        .flat_map(|e| &e.facts.events)
        .filter(|e| e.fiscal_year == FiscalYear(2025))
        .map(|e| {
            e.end_month.map_or(1, |end| {
                if end >= e.month {
                    end - e.month + 1
                } else {
                    end + 12 - e.month + 1
                }
            }) as usize
        })
        .sum();
    // Three plan events are reported on by the progress in the same month and category.
    assert_eq!(total, expected - 3);
}

#[test]
fn an_event_the_progress_reports_on_is_not_counted_again_from_the_plan() {
    let r = Report::bundled();
    let cal = calendar(&r, &all(&r), FiscalYear(2025));
    let month = |m: u8| FiscalYear::MONTHS.iter().position(|x| *x == m).unwrap();
    let titles = |hub_id: &str, m: u8| -> Vec<String> {
        cal[hub(&r, hub_id)][month(m)]
            .iter()
            .map(|mark| mark.title.clone())
            .collect()
    };
    assert_eq!(titles("fujiidera", 2), vec!["いけ！ネット交流会"]);
    let nov = titles("matsubara", 11);
    assert!(!nov.iter().any(|t| t == "地域医療勉強会"), "{nov:?}");
    assert_eq!(nov.len(), 2, "the progress's two November 勉強会: {nov:?}");
    // Each mark left is the progress entry's.
    assert!(cal[hub(&r, "matsubara")][month(11)].iter().all(|mark| mark
        .entry
        .resolve(&r)
        .1
        .section
        == Section::Progress));
    // Plan events the progress does not mention stay.
    assert!(cal
        .iter()
        .flatten()
        .flatten()
        .any(|mark| mark.entry.resolve(&r).1.section == Section::Plan));
}

#[test]
fn the_heatmap_counts_entries_per_hub_and_category_and_follows_filters() {
    let r = Report::bundled();
    let index = SearchIndex::build(&r);
    let grid = category_heatmap(&r, &all(&r));
    let total: usize = grid.iter().flatten().sum();
    assert_eq!(total, r.entry_count());
    let m = hub(&r, "matsubara");
    assert_eq!(grid[m][2], 0, "松原 reports nothing under ③");
    let plan = Filter {
        sections: BTreeSet::from([Section::Plan]),
        ..Filter::default()
    };
    let shown = apply_filter(&r, &index, &plan);
    let grid = category_heatmap(&r, &shown);
    assert_eq!(grid[m][3], 2, "松原's plan has ④-1 and ④-2");
}

#[test]
fn theme_coverage_lists_each_entry_naming_a_theme_once_under_it() {
    let mut r = Report::bundled();
    // One entry names a theme twice, another a theme outside the taxonomy.
    let twice = r.themes[0].id.clone();
    r.hubs[0].entries[0].themes.push(twice.clone());
    r.hubs[0].entries[0].themes.push(twice);
    r.hubs[1].entries[0].themes.push("not-in-taxonomy".into());
    let index = SearchIndex::build(&r);
    let shown = apply_filter(&r, &index, &Filter::default());
    let cov = theme_coverage(&r, &index, &shown);
    assert_eq!(
        cov.len(),
        r.themes.len(),
        "one row per theme of the taxonomy"
    );
    for (theme, row) in r.themes.iter().zip(&cov) {
        assert_eq!(row.len(), r.hubs.len(), "one column per hub");
        for (h, cell) in row.iter().enumerate() {
            let expected = shown
                .iter()
                .filter(|at| at.hub == h && at.resolve(&r).1.has_theme(&theme.id))
                .count();
            assert_eq!(*cell, expected, "theme {} hub {h}", theme.id);
        }
    }
}

#[test]
fn theme_coverage_and_status_count_what_the_data_says() {
    let r = Report::bundled();
    let index = SearchIndex::build(&r);
    let cov = theme_coverage(&r, &index, &all(&r));
    let disaster = r.themes.iter().position(|t| t.id == "disaster").unwrap();
    assert_eq!(cov[disaster][hub(&r, "matsubara")], 0);
    assert_eq!(cov[disaster][hub(&r, "kawachinagano")], 7);
    let st = status_by_hub(&r, &all(&r), FiscalYear(2025));
    let k = hub(&r, "kawachinagano");
    let col = |s: Status| Status::ALL.iter().position(|x| *x == s).unwrap();
    assert_eq!(st[k][col(Status::Coordinating)], 3, "three 調整中 entries");
    assert_eq!(st[k][col(Status::Done)], 2);
    let progress = r
        .hubs
        .iter()
        .flat_map(|h| &h.entries)
        .filter(|e| e.section == Section::Progress)
        .count();
    assert_eq!(st.iter().flatten().sum::<usize>(), progress);
}

#[test]
fn csv_has_a_bom_crlf_and_quotes_what_needs_it() {
    let csv = to_csv(&[
        vec!["拠点".into(), "件数".into()],
        vec!["富田林市、太子町".into(), "3".into()],
        vec!["a,\"b\"".into(), "x\ny".into()],
    ]);
    assert!(csv.starts_with('\u{FEFF}'));
    assert_eq!(
        &csv[3..],
        "拠点,件数\r\n富田林市、太子町,3\r\n\"a,\"\"b\"\"\",\"x\ny\"\r\n"
    );
}

#[test]
fn a_field_that_starts_like_a_formula_stays_text_in_a_spreadsheet() {
    let rows = [vec![
        "=1 +0 −0".into(),
        "+81 72".into(),
        "-3".into(),
        "@SUM(A1)".into(),
        "① =".into(),
    ]];
    assert_eq!(
        &to_csv(&rows)[3..],
        "'=1 +0 −0,'+81 72,'-3,'@SUM(A1),① =\r\n"
    );
    assert_eq!(to_tsv(&rows), "'=1 +0 −0\t'+81 72\t'-3\t'@SUM(A1)\t① =\r\n");
}

#[test]
fn tsv_pastes_as_cells_commas_kept_and_tabs_or_line_breaks_quoted() {
    let tsv = to_tsv(&[
        vec!["拠点".into(), "件数".into()],
        vec!["a,b".into(), "3".into()],
        vec!["x\ty".into(), "two\nlines \"q\"".into()],
    ]);
    assert_eq!(
        tsv,
        "拠点\t件数\r\na,b\t3\r\n\"x\ty\"\t\"two\nlines \"\"q\"\"\"\r\n"
    );
}

#[test]
fn a_table_turned_on_its_side_has_a_row_per_former_column_under_the_new_corner() {
    let s = |v: &[&str]| v.iter().map(|c| c.to_string()).collect::<Vec<_>>();
    let themes_by_hub = vec![
        s(&["テーマ", "松原", "羽曳野", "藤井寺"]),
        s(&["ACP", "2", "0", "1"]),
        s(&["ICT", "1", "3", "0"]),
    ];
    assert_eq!(
        transposed(&themes_by_hub, "拠点"),
        vec![
            s(&["拠点", "ACP", "ICT"]),
            s(&["松原", "2", "1"]),
            s(&["羽曳野", "0", "3"]),
            s(&["藤井寺", "1", "0"]),
        ]
    );
    assert!(transposed(&[], "拠点").is_empty());
}

#[test]
fn heatmap_and_status_counts_equal_a_count_of_each_hubs_entries() {
    let mut r = Report::bundled();
    // A category and a status changed, a status removed.
    r.hubs[1].entries[0].category = Category::ALL[4];
    r.hubs[2].entries[3].status = Some(Status::Considering);
    r.hubs[5].entries[2].status = None;
    let shown = all(&r);
    let heat = category_heatmap(&r, &shown);
    let st = status_by_hub(&r, &shown, FiscalYear(2025));
    for (h, hub) in r.hubs.iter().enumerate() {
        for (c, cat) in Category::ALL.iter().enumerate() {
            let n = hub.entries.iter().filter(|e| e.category == *cat).count();
            assert_eq!(heat[h][c], n, "{} {cat:?}", hub.id);
        }
        for (c, status) in Status::ALL.iter().enumerate() {
            // Statuses of the year's progress only (a status set elsewhere is not counted).
            let n = hub
                .entries
                .iter()
                .filter(|e| e.section == Section::Progress && e.fiscal_year == FiscalYear(2025))
                .filter(|e| e.status == Some(*status))
                .count();
            assert_eq!(st[h][c], n, "{} {status:?}", hub.id);
        }
    }
}

/// The entries the app shows under 表示する報告 `chosen` (the newest when `None`).
fn shown_in(r: &Report, chosen: Option<u16>) -> Vec<EntryRef> {
    use renkei::model::edition::{shown_edition, Edition};
    use renkei::model::filter::{filter_and_count_in, SearchMatches};
    let index = SearchIndex::build(r);
    let matches = SearchMatches::find(r, &index, "", &BTreeSet::new(), None);
    let edition = shown_edition(r, chosen.map(|y| Edition(FiscalYear(y))));
    filter_and_count_in(r, &index, &matches, &Filter::default(), edition).0
}

fn rolled_over() -> Report {
    let mut r = Report::bundled();
    r.hubs = renkei::model::rollover::roll_over(&r).unwrap();
    r
}

/// The calendar as (hub, column, title, day, status) rows, for comparing two reports.
fn calendar_rows(r: &Report, shown: &[EntryRef], fy: u16) -> Vec<String> {
    let cal = calendar(r, shown, FiscalYear(fy));
    let mut rows = Vec::new();
    for (h, months) in cal.iter().enumerate() {
        for (m, marks) in months.iter().enumerate() {
            for mark in marks {
                let status = mark.status;
                let line = format!("{h} {m} {} {:?} {status:?}", mark.title, mark.day);
                rows.push(line);
            }
        }
    }
    rows
}

#[test]
fn last_years_calendar_and_meetings_read_as_before_the_roll_over() {
    let before = Report::bundled();
    let after = rolled_over();
    let (then, now) = (all(&before), shown_in(&after, Some(2025)));
    assert_eq!(now.len(), then.len(), "the FY2025 edition's entries only");
    assert_eq!(
        calendar_rows(&after, &now, 2025),
        calendar_rows(&before, &then, 2025)
    );
    let years = [FiscalYear(2024), FiscalYear(2025)];
    let per_year = |r: &Report, s: &[EntryRef]| -> Vec<Vec<u32>> {
        let m = meetings_per_year(r, s, &years);
        m.iter()
            .map(|row| row.iter().map(|c| c.per_year).collect())
            .collect()
    };
    assert_eq!(per_year(&after, &now), per_year(&before, &then));
}

#[test]
fn the_drafted_years_calendar_holds_the_drafted_plans_months() {
    let r = rolled_over();
    let shown = shown_in(&r, None);
    let cal = calendar(&r, &shown, FiscalYear(2026));
    let habikino = &cal[hub(&r, "habikino")];
    for month in [5, 7, 10, 12, 3] {
        let col = FiscalYear::MONTHS.iter().position(|m| *m == month).unwrap();
        assert!(
            habikino[col]
                .iter()
                .any(|m| m.title == "医療と介護の連携会議" && m.status == EventStatus::Planned),
            "羽曳野市 {month}月"
        );
    }
    let marks: usize = cal.iter().flatten().map(Vec::len).sum();
    assert!(marks >= 12, "{marks}");
    // Nothing of FY2025 (the drafted results) is placed in FY2026.
    assert!(cal
        .iter()
        .flatten()
        .flatten()
        .all(|m| m.entry.resolve(&r).1.section == Section::Plan));
}

#[test]
fn a_year_with_results_and_a_plan_counts_its_meetings_and_events_once_from_the_results() {
    // Every section of every edition shown at once: FY2025 has a plan, progress and the
    // results drafted from that progress.
    let mut r = rolled_over();
    let fy = FiscalYear(2025);
    // Give 藤井寺市's drafted results a meeting of their own, to see which one counts.
    let fuji = hub(&r, "fujiidera");
    let draft = (r.hubs[fuji].entries.iter_mut())
        .find(|e| e.section == Section::Result && e.fiscal_year == fy && e.category.number() == 1)
        .unwrap();
    draft.facts.meetings.push(renkei::model::Meeting {
        name: "定例会議".into(),
        per_year: 11,
        basis: "年11回".into(),
        per_year_max: None,
        typed: false,
    });
    let everything = all(&r);
    let m = meetings_per_year(&r, &everything, &[fy]);
    assert_eq!(
        m[fuji][0].per_year, 11,
        "the results' meetings, not plan + results"
    );
    // The calendar: an event reported by the progress and drafted into the results once.
    let cal = calendar(&r, &everything, fy);
    let matsubara = &cal[hub(&r, "matsubara")];
    let feb = FiscalYear::MONTHS.iter().position(|m| *m == 2).unwrap();
    assert_eq!(matsubara[feb].len(), 1, "{:?}", matsubara[feb]);
    let nov = FiscalYear::MONTHS.iter().position(|m| *m == 11).unwrap();
    assert_eq!(matsubara[nov].len(), 2, "{:?}", matsubara[nov]);
}

#[test]
fn a_plan_event_the_progress_reports_as_held_is_done_and_one_it_does_not_stays_planned() {
    let r = Report::bundled();
    let cal = calendar(&r, &all(&r), FiscalYear(2025));
    let k = &cal[hub(&r, "kawachinagano")];
    let at = |m: u8| &k[FiscalYear::MONTHS.iter().position(|x| *x == m).unwrap()];
    // ④ 実施済み names the BCP 研修会 (９月); ⑤ 実施済み is the plan's one event (８月).
    assert_eq!(at(9)[0].status, EventStatus::Done, "{:?}", at(9));
    assert_eq!(at(8)[0].status, EventStatus::Done, "{:?}", at(8));
    // The January 研修会 is not named by the progress: still planned.
    assert_eq!(at(1)[0].status, EventStatus::Planned, "{:?}", at(1));
    // A plan whose progress is only 予定 stays planned (松原市 ⑤-1 is reported by its own event).
    let feb = FiscalYear::MONTHS.iter().position(|m| *m == 2).unwrap();
    let habikino_feb = &cal[hub(&r, "habikino")][feb];
    assert!(habikino_feb
        .iter()
        .all(|m| m.status == EventStatus::Planned));
}

#[test]
fn entry_counts_follow_the_edition_shown() {
    let r = rolled_over();
    let newest = shown_in(&r, None);
    let last = shown_in(&r, Some(2025));
    assert_eq!(last.len(), Report::bundled().entry_count());
    assert_eq!(newest.len() + last.len(), r.entry_count());
    assert!(newest.iter().all(|at| at.resolve(&r).1.draft));
    let grid = category_heatmap(&r, &last);
    let total: usize = grid.iter().flatten().sum();
    assert_eq!(total, last.len());
}
