//! The precomputed index gives exactly what checking every entry directly gives, on a report
//! with the awkward cases: a hub without entries, a theme outside the taxonomy, an entry
//! naming a theme twice, entries without status. And the search cache and list window behave as a user expects.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::sync::Arc;

use renkei::model::filter::{
    apply_filter, facet_counts, filter_and_count, Filter, SearchCache, SearchIndex, SearchMatches,
};
use renkei::model::search::{fold, SearchQuery};
use renkei::model::window::{Drawn, DRAW_LIMIT};
use renkei::model::{Category, Entry, FiscalYear, Hub, Report, Section, Status};

/// The bundled report plus an empty hub in the middle, an entry tagged outside the taxonomy
/// and one naming a theme twice (the import does not refuse that).
fn awkward_report() -> Report {
    let mut r = Report::bundled();
    let mut empty = r.hubs[0].clone();
    empty.id = "empty".into();
    empty.area = "空白市".into();
    empty.entries.clear();
    r.hubs.insert(2, empty);
    r.hubs[3].entries[0].themes.push("not-in-taxonomy".into());
    let twice = r.themes[0].id.clone();
    r.hubs[4].entries[1].themes.extend([twice.clone(), twice]);
    r
}

/// The filter checked the slow, obvious way: strings compared, text folded on the spot.
fn direct(report: &Report, f: &Filter) -> Vec<String> {
    let query = SearchQuery::parse(&f.query);
    let ok = |hub: &Hub, e: &Entry| {
        let text = format!(
            "{}\n{} {} {}",
            e.paragraphs.join("\n"),
            hub.area,
            hub.municipalities.join(" "),
            hub.organisation
        );
        (f.themes.is_empty() || e.themes.iter().any(|t| f.themes.contains(t)))
            && (f.categories.is_empty() || f.categories.contains(&e.category))
            && (f.sections.is_empty() || f.sections.contains(&e.section))
            && (f.years.is_empty() || f.years.contains(&e.fiscal_year))
            && (f.hubs.is_empty() || f.hubs.contains(&hub.id))
            && (f.statuses.is_empty() || e.status.is_some_and(|s| f.statuses.contains(&s)))
            && query.matches_folded(&fold(&text))
    };
    report
        .hubs
        .iter()
        .flat_map(|h| h.entries.iter().filter(move |e| ok(h, e)))
        .map(|e| e.id.clone())
        .collect()
}

fn filters() -> Vec<Filter> {
    let set = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<BTreeSet<_>>();
    let mut out = Vec::new();
    for query in ["", "急変", "ACP 訓練", "ぶるーかーど", "空白市", "松原"] {
        out.push(Filter {
            query: query.into(),
            ..Filter::default()
        });
        out.push(Filter {
            query: query.into(),
            themes: set(&["acp"]),
            ..Filter::default()
        });
        out.push(Filter {
            query: query.into(),
            themes: set(&["disaster", "ict", "not-in-taxonomy"]),
            categories: BTreeSet::from([Category::new(3).unwrap(), Category::new(5).unwrap()]),
            ..Filter::default()
        });
        out.push(Filter {
            query: query.into(),
            sections: BTreeSet::from([Section::Progress]),
            statuses: BTreeSet::from([Status::Done, Status::Planned]),
            ..Filter::default()
        });
        out.push(Filter {
            query: query.into(),
            years: BTreeSet::from([FiscalYear(2025)]),
            hubs: set(&["empty", "kawachinagano", "no-such-hub"]),
            ..Filter::default()
        });
        out.push(Filter {
            query: query.into(),
            themes: set(&["never-used"]),
            ..Filter::default()
        });
    }
    out
}

#[test]
fn results_equal_a_direct_check_of_every_entry() {
    let r = awkward_report();
    let index = SearchIndex::build(&r);
    let mut nonempty = 0;
    for f in filters() {
        let ids: Vec<String> = apply_filter(&r, &index, &f)
            .iter()
            .map(|at| at.resolve(&r).1.id.clone())
            .collect();
        assert_eq!(ids, direct(&r, &f), "filter {f:?}");
        // The entries view's one pass gives the same list and counts.
        let matches = SearchMatches::find(&r, &index, &f.query, &f.ids, None);
        let (shown, counts) = filter_and_count(&r, &index, &matches, &f);
        assert_eq!(shown, apply_filter(&r, &index, &f));
        assert_eq!(counts, facet_counts(&r, &index, &f));
        nonempty += usize::from(!ids.is_empty());
    }
    assert!(nonempty > 15, "the filters should mostly find something");
}

#[test]
fn every_facet_count_equals_the_results_of_clicking_that_value() {
    let r = awkward_report();
    let index = SearchIndex::build(&r);
    for f in filters() {
        let counts = facet_counts(&r, &index, &f);
        // A count is what the filter gives with that value as the facet's only choice.
        let check = |what: &str, n: usize, with: Filter| {
            assert_eq!(n, direct(&r, &with).len(), "{what} under {f:?}");
        };
        for (id, n) in &counts.themes {
            check(
                id,
                *n,
                Filter {
                    themes: BTreeSet::from([id.clone()]),
                    ..f.clone()
                },
            );
        }
        for (c, n) in &counts.categories {
            check(
                "category",
                *n,
                Filter {
                    categories: BTreeSet::from([*c]),
                    ..f.clone()
                },
            );
        }
        for (s, n) in &counts.sections {
            check(
                "section",
                *n,
                Filter {
                    sections: BTreeSet::from([*s]),
                    ..f.clone()
                },
            );
        }
        for (y, n) in &counts.years {
            check(
                "year",
                *n,
                Filter {
                    years: BTreeSet::from([*y]),
                    ..f.clone()
                },
            );
        }
        for (h, n) in &counts.hubs {
            check(
                h,
                *n,
                Filter {
                    hubs: BTreeSet::from([h.to_string()]),
                    ..f.clone()
                },
            );
        }
        for (s, n) in &counts.statuses {
            check(
                "status",
                *n,
                Filter {
                    statuses: BTreeSet::from([*s]),
                    ..f.clone()
                },
            );
        }
        assert_eq!(counts.hubs.len(), r.hubs.len());
        assert_eq!(counts.themes.len(), r.themes.len(), "taxonomy themes only");
    }
}

#[test]
fn one_scan_finds_each_entry_once_in_report_order_across_an_empty_hub() {
    let r = awkward_report();
    let index = SearchIndex::build(&r);
    // Every entry carries its hub's area; the empty hub has none to find.
    assert!(index.containing(&fold("空白市")).is_empty());
    let everywhere = index.containing(&fold(&r.hubs[3].area));
    assert_eq!(everywhere.len(), r.hubs[3].entries.len());
    assert!(everywhere.iter().all(|at| at.hub == 3));
    let all: Vec<_> = index.all().collect();
    assert_eq!(
        all.len(),
        r.hubs.iter().map(|h| h.entries.len()).sum::<usize>()
    );
    assert_eq!(index.containing(""), all);
    // A term found several times in one entry still lists it once.
    let hits = index.containing("の");
    let mut unique = hits.clone();
    unique.dedup();
    assert_eq!(hits, unique);
    assert!(hits
        .windows(2)
        .all(|w| (w[0].hub, w[0].entry) < (w[1].hub, w[1].entry)));
}

#[test]
fn deleting_back_to_a_recent_query_gives_its_results_without_searching_again() {
    let r = Report::bundled();
    let index = SearchIndex::build(&r);
    let none = BTreeSet::new();
    let mut cache = SearchCache::default();
    let mut seen: Vec<(String, SearchMatches)> = Vec::new();
    for text in [
        "", "急", "急変", "急", "", "ACP", "AC", "ACP 訓", "ACP", "急変",
    ] {
        let got = cache.find(&r, &index, text, &none);
        let fresh = SearchMatches::find(&r, &index, text, &none, None);
        assert_eq!(got.positions, fresh.positions, "results for {text:?}");
        if let Some((_, earlier)) = seen.iter().rev().find(|(t, _)| t == text) {
            assert!(
                Arc::ptr_eq(&got.positions, &earlier.positions),
                "{text:?} was searched a moment ago and should come from the cache"
            );
        }
        seen.push((text.to_string(), got));
    }
    // A rebuilt index (an edited report) never reuses what the cache holds.
    let mut edited = r.clone();
    edited.hubs[0].entries[0].paragraphs = vec!["急変時の新しい取組".into()];
    let other = SearchIndex::build(&edited);
    let got = cache.find(&edited, &other, "急変", &none);
    assert_eq!(
        got.positions,
        SearchMatches::find(&edited, &other, "急変", &none, None).positions
    );
}

#[test]
fn every_result_is_drawn_up_to_the_limit_and_all_of_them_on_request() {
    let bundled = Report::bundled().entry_count();
    assert!(
        bundled <= DRAW_LIMIT,
        "no view of the bundled report hides a result"
    );
    assert_eq!(Drawn::UpToLimit.count(bundled), bundled);
    assert_eq!(Drawn::UpToLimit.hidden(bundled), 0);
    // An all-Japan report: the limit, and the rest on request.
    assert_eq!(Drawn::UpToLimit.count(98_801), DRAW_LIMIT);
    assert_eq!(Drawn::UpToLimit.hidden(98_801), 98_801 - DRAW_LIMIT);
    assert_eq!(Drawn::All.count(98_801), 98_801);
    assert_eq!(Drawn::All.hidden(98_801), 0);
    assert_eq!(Drawn::default(), Drawn::UpToLimit);
    assert_eq!(Drawn::All.count(0), 0);
}
#[test]
fn going_back_to_a_recent_filter_state_gives_its_results_without_filtering_again() {
    use renkei::model::results::ResultCache;
    let r = Report::bundled();
    let index = SearchIndex::build(&r);
    let state = |query: &str, theme: Option<&str>| Filter {
        query: query.into(),
        themes: theme.map(|t| t.to_string()).into_iter().collect(),
        ..Filter::default()
    };
    let mut cache = ResultCache::default();
    let mut seen: Vec<(Filter, renkei::model::results::FilterResults)> = Vec::new();
    // Typing, deleting back, ticking and unticking a theme, typing with the theme ticked.
    for filter in [
        state("", None),
        state("急", None),
        state("急変", None),
        state("急", None),
        state("", None),
        state("", Some("acp")),
        state("", None),
        state("", Some("ict")),
        state("研修", Some("ict")),
        state("", Some("ict")),
    ] {
        let got = cache.results(&r, &index, &filter, None);
        assert_eq!(
            got.shown[..],
            apply_filter(&r, &index, &filter)[..],
            "shown for {filter:?}"
        );
        assert_eq!(
            *got.counts,
            facet_counts(&r, &index, &filter),
            "counts for {filter:?}"
        );
        if let Some((_, earlier)) = seen.iter().rev().find(|(f, _)| *f == filter) {
            assert!(
                Arc::ptr_eq(&got.shown, &earlier.shown)
                    && Arc::ptr_eq(&got.counts, &earlier.counts),
                "{filter:?} was shown a moment ago and should come from the cache"
            );
        }
        seen.push((filter, got));
    }
    // An edited report (a rebuilt index) is filtered afresh, never from the cache.
    let mut edited = r.clone();
    edited.hubs[0].entries[0].paragraphs = vec!["急変時の新しい取組".into()];
    let other = SearchIndex::build(&edited);
    let filter = state("急変", None);
    let got = cache.results(&edited, &other, &filter, None);
    assert_eq!(got.shown[..], apply_filter(&edited, &other, &filter)[..]);
    assert_ne!(
        got.shown[..],
        apply_filter(&r, &index, &filter)[..],
        "the edit changes what 急変 finds"
    );
}

#[test]
fn a_recent_list_keeps_the_last_values_put_most_recent_first_and_gives_each_back_once() {
    use renkei::model::recent::Recent;
    let mut recent: Recent<u32, 3> = Recent::default();
    for n in 1..=5 {
        recent.put(n);
    }
    assert_eq!(recent.iter().copied().collect::<Vec<_>>(), [5, 4, 3]);
    assert_eq!(recent.take(|&n| n < 5), Some(4));
    assert_eq!(recent.take(|&n| n == 4), None);
    recent.put(4);
    assert_eq!(recent.iter().copied().collect::<Vec<_>>(), [4, 5, 3]);
}

/// Each edit a user can make to one hub, as the report after it and the hub's position.
fn edits_of_one_hub() -> Vec<(&'static str, Report, usize)> {
    let base = awkward_report();
    let edit = |name, hub: usize, change: &dyn Fn(&mut Hub)| {
        let mut r = base.clone();
        change(&mut r.hubs[hub]);
        (name, r, hub)
    };
    vec![
        edit("text longer", 0, &|h| {
            h.entries[0].paragraphs = vec!["① ずっと長い新しい文章。ＡＣＰとﾌﾞﾙｰｶｰﾄﾞ".repeat(5)]
        }),
        edit("text shorter", 1, &|h| {
            h.entries[2].paragraphs = vec!["短".into()]
        }),
        edit("category and status", 4, &|h| {
            h.entries[0].category = Category::ALL[2];
            h.entries[0].status = Some(Status::ALL[0]);
        }),
        edit("themes, one new to the index", 3, &|h| {
            h.entries[1].themes = vec!["brand-new-theme".into(), "acp".into()]
        }),
        edit("entry added", 5, &|h| {
            let mut e = h.entries[0].clone();
            e.id = format!("{}-added", e.id);
            h.entries.push(e);
        }),
        edit("entry deleted", 1, &|h| {
            h.entries.remove(0);
        }),
        edit("every entry deleted", 6, &|h| h.entries.clear()),
        edit("first entry of the empty hub", 2, &|h| {
            let mut e = base.hubs[0].entries[0].clone();
            e.id = "empty-first".into();
            h.entries.push(e);
        }),
        edit("hub details", 0, &|h| {
            h.area = "新しい地域".into();
            h.municipalities.push("追加町".into());
        }),
        edit("a fiscal year the index has no code for", 1, &|h| {
            h.entries[0].fiscal_year = FiscalYear(2031)
        }),
    ]
}

#[test]
fn an_index_updated_for_an_edit_to_one_hub_equals_one_built_afresh() {
    let before = SearchIndex::build(&awkward_report());
    for (name, after, hub) in edits_of_one_hub() {
        let fresh = SearchIndex::build(&after);
        let updated = before.clone().with_hub_reindexed(&after, hub);
        assert!(updated.same_content(&fresh), "{name}");
        assert_ne!(
            updated.build_id(),
            before.build_id(),
            "{name}: cached results must not be reused"
        );
        // What a user sees: the same entries found, under every filter.
        for f in filters() {
            assert_eq!(
                apply_filter(&after, &updated, &f),
                apply_filter(&after, &fresh, &f),
                "{name}: {f:?}"
            );
        }
    }
}

#[test]
fn an_edit_to_one_hub_is_found_by_its_new_words() {
    let mut r = awkward_report();
    let index = SearchIndex::build(&r);
    r.hubs[5].entries[3].paragraphs = vec!["④ 新しいことばの研修".into()];
    let index = index.with_hub_reindexed(&r, 5);
    let found = index.containing(&fold("新しいことば"));
    assert_eq!(found.len(), 1);
    assert_eq!((found[0].hub, found[0].entry), (5, 3));
}

#[test]
fn a_page_of_whole_hubs_draws_those_that_fit_in_the_limit_and_at_least_one() {
    use renkei::model::window::hubs_within_limit;
    // The bundled report: six hubs, 96 entries, all drawn.
    assert_eq!(hubs_within_limit([18, 20, 20, 13, 16, 9]), 6);
    assert_eq!(hubs_within_limit([100, 100, 100, 1]), 3);
    assert_eq!(hubs_within_limit([DRAW_LIMIT + 50, 3]), 1);
    assert_eq!(
        hubs_within_limit(std::iter::repeat_n(57, 1741)),
        DRAW_LIMIT / 57
    );
    assert_eq!(hubs_within_limit([]), 0);
}
