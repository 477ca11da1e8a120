//! Facet filters, facet counts, URL query state and year-to-year change on the real dataset.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use renkei::model::compare::{
    chooser_hubs, compare_rows, compared_hubs, toggled_hubs, ALL_COMPARED_UP_TO,
};
use renkei::model::filter::{apply_filter, facet_counts, Filter, SearchIndex, SearchMatches};
use renkei::model::stats::{change_matrix, ChangeSpan};
use renkei::model::url_query::{filter_from_query, filter_to_query, IgnoredParam};
use renkei::model::{Category, FiscalYear, Report, Section, Status};

fn hubs_of(report: &Report, filter: &Filter) -> Vec<String> {
    let index = SearchIndex::build(report);
    let mut hubs: Vec<String> = apply_filter(report, &index, filter)
        .iter()
        .map(|at| report.hubs[at.hub].id.clone())
        .collect();
    hubs.dedup();
    hubs
}

fn themed(theme: &str) -> Filter {
    Filter {
        themes: BTreeSet::from([theme.to_string()]),
        ..Filter::default()
    }
}

#[test]
fn a_theme_filter_keeps_exactly_the_entries_tagged_with_it() {
    let r = Report::bundled();
    let index = SearchIndex::build(&r);
    let shown = apply_filter(&r, &index, &themed("disaster"));
    let expected = r
        .hubs
        .iter()
        .flat_map(|h| &h.entries)
        .filter(|e| e.has_theme("disaster"))
        .count();
    assert_eq!(shown.len(), expected);
    assert!(shown
        .iter()
        .all(|at| at.resolve(&r).1.has_theme("disaster")));
    assert_eq!(
        hubs_of(&r, &themed("disaster")),
        ["habikino", "fujiidera", "kawachinagano", "osakasayama"]
    );
}

#[test]
fn values_within_a_facet_are_alternatives_and_facets_combine() {
    let r = Report::bundled();
    let index = SearchIndex::build(&r);
    let mut f = themed("disaster");
    let disaster = apply_filter(&r, &index, &f).len();
    f.themes.insert("dementia".into());
    let either = apply_filter(&r, &index, &f).len();
    assert!(either > disaster, "adding a theme widens the result");
    f.sections.insert(Section::Progress);
    let shown = apply_filter(&r, &index, &f);
    assert!(
        !shown.is_empty() && shown.len() < either,
        "a second facet narrows it"
    );
    assert!(shown
        .iter()
        .all(|at| at.resolve(&r).1.section == Section::Progress));
}

#[test]
fn search_matches_hub_and_organisation_names_too() {
    let r = Report::bundled();
    let f = Filter {
        query: "太子町".into(),
        ..Filter::default()
    };
    assert_eq!(
        hubs_of(&r, &f),
        ["tondabayashi"],
        "a municipality finds its hub's entries"
    );
    let f = Filter {
        query: "ぶるーかーど 藤井寺".into(),
        ..Filter::default()
    };
    assert_eq!(
        hubs_of(&r, &f),
        ["fujiidera"],
        "terms are ANDed across text and hub name"
    );
}

#[test]
fn facet_counts_are_taken_under_the_other_filters() {
    let r = Report::bundled();
    let index = SearchIndex::build(&r);
    let all = facet_counts(&r, &index, &Filter::default());
    let hub_count = |c: &renkei::model::filter::FacetCounts, id: &str| {
        c.hubs.iter().find(|(h, _)| &**h == id).unwrap().1
    };
    assert_eq!(
        hub_count(&all, "matsubara"),
        r.hub("matsubara").unwrap().entries.len()
    );

    let with_disaster = facet_counts(&r, &index, &themed("disaster"));
    assert_eq!(
        hub_count(&with_disaster, "matsubara"),
        0,
        "松原 has no disaster entry"
    );
    assert!(hub_count(&with_disaster, "kawachinagano") > 0);
    // A facet's own selection does not narrow its own counts.
    let disaster_count = with_disaster
        .themes
        .iter()
        .find(|(t, _)| t == "disaster")
        .unwrap()
        .1;
    let acp_count = with_disaster
        .themes
        .iter()
        .find(|(t, _)| t == "acp")
        .unwrap()
        .1;
    assert_eq!(
        disaster_count,
        apply_filter(&r, &index, &themed("disaster")).len()
    );
    assert_eq!(acp_count, apply_filter(&r, &index, &themed("acp")).len());
    // Status counts only FY2025 progress entries.
    let statuses: usize = all.statuses.iter().map(|(_, n)| n).sum();
    assert_eq!(
        statuses,
        r.hubs
            .iter()
            .flat_map(|h| &h.entries)
            .filter(|e| e.status.is_some())
            .count()
    );
    assert_eq!(
        all.years.iter().map(|(y, _)| y.0).collect::<Vec<_>>(),
        [2024, 2025]
    );
}

#[test]
fn the_url_query_round_trips_and_ignores_unknown_values_with_a_note() {
    let r = Report::bundled();
    let (f, ignored) = filter_from_query(
        &r,
        [
            ("theme", "disaster,acp"),
            ("cat", "1,3"),
            ("section", "plan"),
            ("fy", "2025"),
            ("hub", "matsubara"),
            ("status", "planned"),
            ("q", "ＡＣＰ 会議"),
        ],
    );
    assert!(ignored.is_empty());
    assert_eq!(
        f.themes,
        BTreeSet::from(["acp".to_string(), "disaster".to_string()])
    );
    assert_eq!(
        f.categories,
        BTreeSet::from([Category::new(1).unwrap(), Category::new(3).unwrap()])
    );
    assert_eq!(f.years, BTreeSet::from([FiscalYear(2025)]));
    assert_eq!(f.statuses, BTreeSet::from([Status::Planned]));
    let query = filter_to_query(&f);
    assert_eq!(query, "q=%EF%BC%A1%EF%BC%A3%EF%BC%B0%20%E4%BC%9A%E8%AD%B0&theme=acp,disaster&cat=1,3&section=plan&fy=2025&hub=matsubara&status=planned");

    let (f, ignored) = filter_from_query(
        &r,
        [
            ("theme", "disaster,nonsense"),
            ("cat", "7"),
            ("fy", "1999"),
            ("hub", "tokyo"),
            ("foo", "1"),
        ],
    );
    assert_eq!(f, themed("disaster"));
    let keys: Vec<(&str, &str)> = ignored
        .iter()
        .map(|IgnoredParam { key, value }| (key.as_str(), value.as_str()))
        .collect();
    assert_eq!(
        keys,
        [
            ("theme", "nonsense"),
            ("cat", "7"),
            ("fy", "1999"),
            ("hub", "tokyo"),
            ("foo", "1")
        ]
    );
    assert_eq!(filter_to_query(&Filter::default()), "");
}

#[test]
fn an_entry_wording_read_by_paragraph_equals_its_joined_body() {
    use renkei::model::changes::Wording;
    let r = Report::bundled();
    let mut entries: Vec<_> = r.hubs.iter().flat_map(|h| h.entries.clone()).collect();
    let base = entries[0].clone();
    let with = |label: Option<&str>, paragraphs: &[&str]| {
        let mut e = base.clone();
        e.label = label.map(str::to_string);
        e.paragraphs = paragraphs.iter().map(|p| p.to_string()).collect();
        e
    };
    entries.extend([
        // A label that is the whole first paragraph, one that runs past it, one not there.
        with(Some("①会議"), &["①会議", "多職種連携会議を開催"]),
        with(Some("①会議\n多職"), &["①会議", "多職種連携会議を開催"]),
        with(Some("②"), &["多職種連携会議を開催", "②研修"]),
        // Half-width kana and a voicing mark at a paragraph's edge; empty paragraphs.
        with(None, &["ｶ", "ﾞｲﾄﾞ ＡＣＰ"]),
        with(None, &["", "", "ブルーカード"]),
        with(Some("x"), &[]),
    ]);
    for e in &entries {
        assert_eq!(
            Wording::of(e),
            Wording::of_text(&e.body()),
            "entry {} ({:?} / {:?})",
            e.id,
            e.label,
            e.paragraphs
        );
    }
}

#[test]
fn year_change_finds_continued_new_and_dropped_activities() {
    let r = Report::bundled();
    let index = SearchIndex::build(&r);
    let all = apply_filter(&r, &index, &Filter::default());
    let matrix = change_matrix(
        &r,
        &all,
        ChangeSpan::year_after(FiscalYear(2024)),
        0..r.hubs.len(),
    );
    let ids = |refs: &[renkei::model::filter::EntryRef]| -> Vec<String> {
        refs.iter().map(|at| at.resolve(&r).1.id.clone()).collect()
    };
    let hub = |id: &str| r.hubs.iter().position(|h| h.id == id).unwrap();
    let m = &matrix[hub("matsubara")];
    assert_eq!(
        ids(&m[0].continued),
        ["matsubara-2025-plan-01"],
        "the committee continues with one meeting fewer"
    );
    assert_eq!(
        ids(&m[4].new),
        ["matsubara-2025-plan-05"],
        "市民公開講座 is new"
    );
    assert_eq!(
        ids(&m[4].continued),
        ["matsubara-2025-plan-06"],
        "終活ノート continues"
    );
    let h = &matrix[hub("habikino")];
    assert_eq!(
        ids(&h[1].dropped),
        ["habikino-2024-result-03"],
        "けあプロNavi is no longer listed"
    );
    assert_eq!(ids(&h[1].new), ["habikino-2025-plan-03"], "はびナビ is new");
    let f = &matrix[hub("fujiidera")];
    assert_eq!(
        ids(&f[1].dropped),
        ["fujiidera-2024-result-03"],
        "the map and guide were a one-off"
    );
    // Only shown entries take part: with a theme filter the ICT tools alone remain.
    let ict = apply_filter(&r, &index, &themed("ict"));
    let m = &change_matrix(
        &r,
        &ict,
        ChangeSpan::year_after(FiscalYear(2024)),
        0..r.hubs.len(),
    )[hub("matsubara")];
    // Asking for some hubs gives the same rows as asking for all.
    let first_two = change_matrix(&r, &ict, ChangeSpan::year_after(FiscalYear(2024)), 0..2);
    assert_eq!(
        first_two,
        change_matrix(
            &r,
            &ict,
            ChangeSpan::year_after(FiscalYear(2024)),
            0..r.hubs.len()
        )[..2]
    );
    assert!(
        m[0].continued.is_empty() && m[0].dropped.is_empty(),
        "the committee is not an ICT entry"
    );
    assert_eq!(ids(&m[1].continued), ["matsubara-2025-plan-02"]);
}

/// What a user types, one keystroke at a time: each step's results must equal a fresh search,
/// whether the previous step's matches were narrowed or a deletion forced a full scan.
#[test]
fn typing_narrows_the_previous_matches_without_changing_any_result() {
    let r = Report::bundled();
    let index = SearchIndex::build(&r);
    let no_ids = BTreeSet::new();
    let steps = [
        "",
        "急",
        "急変",
        "急変 ",
        "急変 ぶ",
        "急変 ぶるーかーど",
        "急変",
        "ACP",
        "AC",
        "ICT",
        "",
    ];
    let mut previous: Option<SearchMatches> = None;
    let mut narrowed = 0;
    for text in steps {
        let kept = SearchMatches::find(&r, &index, text, &no_ids, previous.as_ref());
        let fresh = SearchMatches::find(&r, &index, text, &no_ids, None);
        assert_eq!(kept.positions, fresh.positions, "results for {text:?}");
        let full = apply_filter(
            &r,
            &index,
            &Filter {
                query: text.into(),
                ..Filter::default()
            },
        );
        let kept_refs: Vec<_> = kept.positions.iter().map(|&n| index.entry_ref(n)).collect();
        assert_eq!(kept_refs, full, "apply_filter for {text:?}");
        if previous
            .as_ref()
            .is_some_and(|p| p.positions.len() > kept.positions.len())
        {
            narrowed += 1;
        }
        previous = Some(kept);
    }
    assert!(
        narrowed >= 3,
        "typing on should narrow several times, got {narrowed}"
    );
    // Matches from another build of the index (another report) are never reused.
    let mut edited = r.clone();
    edited.hubs[0].entries[0].paragraphs = vec!["急変時の新しい取組".into()];
    let other = SearchIndex::build(&edited);
    let before = SearchMatches::find(&r, &index, "急変", &no_ids, None);
    let after = SearchMatches::find(&edited, &other, "急変時の新", &no_ids, Some(&before));
    assert_eq!(after.positions.len(), 1);
    assert_eq!(
        after.positions,
        SearchMatches::find(&edited, &other, "急変時の新", &no_ids, None).positions
    );
}

#[test]
fn compare_shows_all_six_bundled_hubs_until_some_are_chosen_then_those_in_report_order() {
    let r = Report::bundled();
    let all: Vec<String> = r.hubs.iter().map(|h| h.id.clone()).collect();
    assert_eq!(compared_hubs(&r, &Filter::default()), all);
    let chosen = Filter {
        hubs: BTreeSet::from([all[3].clone(), all[1].clone()]),
        ..Filter::default()
    };
    assert_eq!(
        compared_hubs(&r, &chosen),
        vec![all[1].clone(), all[3].clone()]
    );
}

#[test]
fn unticking_a_compared_hub_drops_it_but_the_last_one_stays_chosen() {
    let r = Report::bundled();
    let all: Vec<String> = r.hubs.iter().map(|h| h.id.clone()).collect();
    let without_first = toggled_hubs(&all, &all[0]).expect("five remain");
    assert_eq!(without_first.len(), all.len() - 1);
    assert!(!without_first.contains(&all[0]));
    let two = [all[0].clone(), all[1].clone()];
    assert_eq!(
        toggled_hubs(&two[..1], &all[1]),
        Some(BTreeSet::from(two.clone()))
    );
    // Unticking the only hub would mean "none chosen", which compares all six again.
    assert_eq!(toggled_hubs(&two[..1], &all[0]), None);
}

#[test]
fn a_report_larger_than_a_screen_of_columns_is_compared_only_once_hubs_are_chosen() {
    let mut r = Report::bundled();
    let mut extra = r.hubs[0].clone();
    extra.id = "extra".into();
    r.hubs.push(extra);
    assert!(r.hubs.len() > ALL_COMPARED_UP_TO);
    assert!(compared_hubs(&r, &Filter::default()).is_empty());
    let chosen = Filter {
        hubs: BTreeSet::from(["extra".to_string()]),
        ..Filter::default()
    };
    assert_eq!(compared_hubs(&r, &chosen), vec!["extra".to_string()]);
}

#[test]
fn the_compare_chooser_lists_the_first_matches_of_its_filter_and_every_chosen_hub() {
    let mut r = Report::bundled();
    for k in 1..=40 {
        let mut copy = r.hubs[0].clone();
        copy.id = format!("copy-{k}");
        copy.area = format!("複製市{k}");
        copy.municipalities = vec![copy.area.clone()];
        r.hubs.push(copy);
    }
    let (rows, matched) = chooser_hubs(&r, &[], "", 30);
    assert_eq!((rows.len(), matched), (30, 46));
    // Folded like the search box: half-width digits find full-width ones and the reverse.
    let (rows, matched) = chooser_hubs(&r, &[], "複製市１", 30);
    let areas: Vec<&str> = rows.iter().map(|&i| r.hubs[i].area.as_str()).collect();
    assert_eq!(matched, 11, "複製市1 and 複製市10–19: {areas:?}");
    assert_eq!(areas[0], "複製市1");
    // A chosen hub stays listed whatever the filter, in report order.
    let chosen = vec!["copy-40".to_string(), r.hubs[1].id.clone()];
    let (rows, matched) = chooser_hubs(&r, &chosen, "太子町", 30);
    let ids: Vec<&str> = rows.iter().map(|&i| r.hubs[i].id.as_str()).collect();
    assert_eq!(matched, 1);
    assert_eq!(ids.len(), 3);
    assert_eq!(ids[0], r.hubs[1].id);
    assert_eq!(ids[2], "copy-40");
    assert!(r.hubs[rows[1]].municipalities.iter().any(|m| m == "太子町"));
}

#[test]
fn the_compare_table_as_cells_has_a_row_per_category_and_each_cell_holds_its_entries_text() {
    let r = Report::bundled();
    let hubs = vec!["matsubara".to_string(), "habikino".to_string()];
    let filter = Filter::default();
    let rows = compare_rows(&r, &hubs, (Section::Plan, None), &filter, "分類", |c| {
        c.number().to_string()
    });
    assert_eq!(rows.len(), 6);
    assert_eq!(rows[0], ["分類", "松原市", "羽曳野市"]);
    for (row, category) in rows[1..].iter().zip(Category::ALL) {
        for (cell, id) in row[1..].iter().zip(&hubs) {
            let expected: Vec<&str> = r
                .hub(id)
                .unwrap()
                .entries
                .iter()
                .filter(|e| e.section == Section::Plan && e.category == category)
                .flat_map(|e| e.paragraphs.iter().map(String::as_str))
                .collect();
            assert_eq!(cell, &expected.join("\n"), "{id} {category:?}");
        }
    }
    // A theme narrows every cell to its entries.
    let acp = Filter {
        themes: ["acp".to_string()].into(),
        ..Filter::default()
    };
    let narrowed = compare_rows(&r, &hubs, (Section::Plan, None), &acp, "分類", |c| {
        c.number().to_string()
    });
    let total = |rows: &[Vec<String>]| {
        rows[1..]
            .iter()
            .flat_map(|r| &r[1..])
            .map(|c| c.lines().count())
            .sum::<usize>()
    };
    assert!(total(&narrowed) < total(&rows));
}

#[test]
fn the_municipality_choice_shows_the_one_municipality_the_hub_filter_stands_for() {
    let report = Report::bundled();
    let set = |ids: &[&str]| ids.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
    assert_eq!(
        report.hub_serving("太子町").map(|h| h.id.as_str()),
        Some("tondabayashi")
    );
    // Picked from the list: its name, while its hub is the whole filter.
    assert_eq!(
        report.municipality_of(&set(&["tondabayashi"]), Some("太子町")),
        Some("太子町")
    );
    assert_eq!(
        report.municipality_of(&set(&["tondabayashi", "habikino"]), Some("太子町")),
        None
    );
    assert_eq!(
        report.municipality_of(&set(&["habikino"]), Some("太子町")),
        Some("羽曳野市")
    );
    // From a shared link: a hub serving one municipality names it, one serving four does not.
    assert_eq!(
        report.municipality_of(&set(&["matsubara"]), None),
        Some("松原市")
    );
    assert_eq!(report.municipality_of(&set(&["tondabayashi"]), None), None);
    assert_eq!(report.municipality_of(&set(&[]), None), None);
}
