//! The published edition (issue 41): what the app opens on when the site's `data/report.json`
//! is the build's own, a new edition, a bad file or unreachable, and how a visitor's edits
//! survive a new edition.

use std::cell::RefCell;
use std::collections::BTreeMap;

use renkei::model::persist::{
    save, EditBase, KeyValueStore, LoadOutcome, MadeOn, Saved, StoreError, DATA_KEY,
};
use renkei::model::publish::date::PublishedDate;
use renkei::model::publish::merge::merge_edition;
use renkei::model::publish::open::{
    open_now, EditionNotice, EditsOnNew, Opening, SiteFile, SiteProblem, EDITION_KEY,
};
use renkei::model::publish::Stamp;
use renkei::model::Report;

/// The build's own published file, as the site serves it.
const PUBLISHED: &str = include_str!("../public/data/report.json");

#[derive(Default)]
struct MemoryStore(RefCell<BTreeMap<String, String>>);

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.0.borrow().get(key).cloned())
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.borrow_mut().insert(key.into(), value.into());
        Ok(())
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.0.borrow_mut().remove(key);
        Ok(())
    }
}

impl MemoryStore {
    fn snapshot(&self) -> BTreeMap<String, String> {
        self.0.borrow().clone()
    }
}

fn build() -> Report {
    Report::from_json(PUBLISHED).unwrap()
}

fn site(text: &str) -> SiteFile {
    SiteFile::Text {
        text: text.into(),
        offline: false,
    }
}

/// A next edition as 「公開用に書き出す」 writes it: dated, one entry reworded, a new hub.
fn next_edition(from: &Report, day: &str) -> Report {
    let mut next = from.clone();
    next.published = Some(day.into());
    next.hubs[0].entries[1].paragraphs = vec!["② 新しい版で書き直した取組".into()];
    let mut hub = next.hubs[5].clone();
    hub.id = "new-hub".into();
    hub.area = "新しい市".into();
    for (i, e) in hub.entries.iter_mut().enumerate() {
        e.id = format!("new-hub-2024-result-{i:02}");
    }
    next.hubs.push(hub);
    next
}

fn open_with(store: &MemoryStore, build: &Report, site: SiteFile) -> Opening {
    open_now(store, (build, Stamp::of(PUBLISHED)), site)
}

#[test]
fn the_stamp_is_fnv_1a_of_utf16_units_as_first_view_js_computes_it() {
    // FNV-1a's published test vectors for single ASCII characters (a UTF-16 unit each).
    assert_eq!(Stamp::of("").hex(), "811c9dc5");
    assert_eq!(Stamp::of("a").hex(), "e40c292c");
    assert_eq!(Stamp::from_hex("e40c292c"), Some(Stamp::of("a")));
    assert_ne!(Stamp::of("連携"), Stamp::of("連絡"));
}

#[test]
fn a_published_day_is_named_in_the_era_the_report_uses() {
    let day = |s| PublishedDate::parse(s).map(|d| (d.japanese(), d.english()));
    assert_eq!(
        day("2026-03-31"),
        Some(("令和8年3月31日".into(), "31 March 2026".into()))
    );
    assert_eq!(day("2019-05-01").unwrap().0, "令和元年5月1日");
    assert_eq!(day("2019-04-30").unwrap().0, "平成31年4月30日");
    assert_eq!(day("2024-02-29").unwrap().0, "令和6年2月29日");
    for bad in [
        "2026-02-29",
        "2026-13-01",
        "2026-3-31",
        "令和8年3月31日",
        "",
    ] {
        assert_eq!(day(bad), None, "{bad}");
    }
}

#[test]
fn a_new_visitor_opens_on_the_sites_file_and_it_is_remembered() {
    let build = build();
    let store = MemoryStore::default();
    let opened = open_with(&store, &build, site(PUBLISHED));
    assert_eq!(opened.published, build);
    assert_eq!(opened.notice, None);
    assert_eq!(opened.load, LoadOutcome::Fresh);
    assert_eq!(store.get(EDITION_KEY).unwrap().as_deref(), Some(PUBLISHED));

    let next = next_edition(&build, "2026-03-31");
    let fresh = MemoryStore::default();
    let opened = open_with(&fresh, &build, site(&next.to_json()));
    assert_eq!(
        opened.published, next,
        "a replaced file is the edition shown, no build needed"
    );
    assert_eq!(opened.saved.report, next);
    assert_eq!(
        opened.notice, None,
        "a first visit has nothing to compare with"
    );
}

#[test]
fn a_returning_visitor_gets_the_new_edition_with_a_notice() {
    let build = build();
    let store = MemoryStore::default();
    open_with(&store, &build, site(PUBLISHED));
    let next = next_edition(&build, "2026-03-31").to_json();
    let opened = open_with(&store, &build, site(&next));
    assert_eq!(opened.published.published.as_deref(), Some("2026-03-31"));
    assert_eq!(
        opened.notice,
        Some(EditionNotice::New {
            edits: EditsOnNew::None
        })
    );
    assert_eq!(store.get(EDITION_KEY).unwrap(), Some(next.clone()));
    // The next visit, same file: nothing new.
    assert_eq!(open_with(&store, &build, site(&next)).notice, None);
}

/// Stores `report` as edits made on the edition stamped `on`.
fn store_edits(store: &MemoryStore, report: &Report, on: MadeOn) {
    let base = EditBase {
        on,
        both_changed: Vec::new(),
    };
    save(store, report, &base, 0).unwrap();
}

#[test]
fn local_edits_survive_a_new_edition_and_both_sides_changes_are_named() {
    let build = build();
    let store = MemoryStore::default();
    open_with(&store, &build, site(PUBLISHED));
    let mut mine = build.clone();
    mine.hubs[1].entries[0].paragraphs = vec!["① このブラウザーでの編集".into()];
    mine.hubs[0].entries[1].paragraphs = vec!["② こちらでも書き直した".into()];
    store_edits(&store, &mine, MadeOn::Edition(Stamp::of(PUBLISHED)));

    let next = next_edition(&build, "2026-03-31");
    let next_text = next.to_json();
    let opened = open_with(&store, &build, site(&next_text));
    let shown = &opened.saved.report;
    assert_eq!(
        shown.hubs[1].entries[0].paragraphs,
        ["① このブラウザーでの編集"],
        "the edit is kept"
    );
    assert_eq!(
        shown.hubs[0].entries[1].paragraphs,
        ["② こちらでも書き直した"],
        "a both-sides change keeps the edit"
    );
    assert!(
        shown.hub("new-hub").is_some(),
        "the new edition's hub comes in"
    );
    assert_eq!(shown.published.as_deref(), Some("2026-03-31"));
    let both = vec![build.hubs[0].entries[1].id.clone()];
    assert_eq!(opened.saved.base.both_changed, both);
    assert_eq!(
        opened.notice,
        Some(EditionNotice::New {
            edits: EditsOnNew::Merged { both_changed: 1 }
        })
    );
    // Stored: the merged edits on the new edition, then the new edition itself.
    let stored = Saved::from_text(&store.get(DATA_KEY).unwrap().unwrap()).unwrap();
    assert_eq!(&stored.report, shown);
    assert_eq!(stored.base.on, MadeOn::Edition(Stamp::of(&next_text)));
    assert_eq!(stored.base.both_changed, both);
    assert_eq!(store.get(EDITION_KEY).unwrap(), Some(next_text.clone()));
    // Opened again: nothing more to merge.
    let again = open_with(&store, &build, site(&next_text));
    assert_eq!(again.notice, None);
    assert_eq!(&again.saved.report, shown);
}

#[test]
fn edits_stored_before_schema_4_are_merged_on_the_builds_edition() {
    let build = build();
    let store = MemoryStore::default();
    let mut mine = build.clone();
    mine.hubs[2].entries[0].themes.push("survey".into());
    // As an older build stored it: schema 3, no `on`.
    let old = Saved {
        schema_version: 3,
        revision: 2,
        report: mine.clone(),
        base: EditBase::default(),
    }
    .to_text()
    .replace(",\"on\":null", "");
    store.set(DATA_KEY, &old).unwrap();
    let next = next_edition(&build, "2026-03-31");
    let opened = open_with(&store, &build, site(&next.to_json()));
    assert_eq!(
        opened.saved.report.hubs[2].entries[0].themes,
        mine.hubs[2].entries[0].themes
    );
    assert!(opened.saved.report.hub("new-hub").is_some());
    assert!(matches!(
        opened.notice,
        Some(EditionNotice::New {
            edits: EditsOnNew::Merged { both_changed: 0 }
        })
    ));
}

#[test]
fn a_report_imported_in_its_place_is_kept_as_it_was() {
    let build = build();
    let store = MemoryStore::default();
    open_with(&store, &build, site(PUBLISHED));
    let mut other = build.clone();
    other.hubs.truncate(1);
    other.hubs[0].area = "読み込んだ別の報告".into();
    store_edits(&store, &other, MadeOn::Other);
    let opened = open_with(
        &store,
        &build,
        site(&next_edition(&build, "2026-03-31").to_json()),
    );
    assert_eq!(
        opened.saved.report, other,
        "nothing of the new edition is mixed in"
    );
    assert_eq!(
        opened.notice,
        Some(EditionNotice::New {
            edits: EditsOnNew::KeptAsTheyWere
        })
    );
    assert_eq!(
        opened.published.published.as_deref(),
        Some("2026-03-31"),
        "変更点 compares with the new edition"
    );
}

#[test]
fn a_bad_published_file_leaves_the_last_good_edition_and_storage_untouched() {
    let build = build();
    let good = next_edition(&build, "2026-03-31");
    let good_text = good.to_json();
    let mut older = build.clone();
    older.published = Some("2025-04-01".into());
    let cases: [(&str, String); 5] = [
        (
            "truncated",
            good_text
                .chars()
                .take(good_text.chars().count() / 2)
                .collect(),
        ),
        (
            "newer schema",
            good_text.replacen("\"schema_version\": 4", "\"schema_version\": 99", 1),
        ),
        (
            "foreign JSON",
            "{\"type\": \"FeatureCollection\", \"features\": []}".into(),
        ),
        (
            "an HTML page",
            "<!DOCTYPE html><html><body>404 Not Found</body></html>".into(),
        ),
        ("older edition", older.to_json()),
    ];
    for (what, text) in cases {
        let store = MemoryStore::default();
        open_with(&store, &build, site(&good_text));
        let mut mine = good.clone();
        mine.hubs[0].entries[0].paragraphs = vec!["① 編集".into()];
        store_edits(&store, &mine, MadeOn::Edition(Stamp::of(&good_text)));
        let before = store.snapshot();
        let opened = open_with(&store, &build, site(&text));
        assert_eq!(opened.published, good, "{what}: the last good edition");
        assert_eq!(opened.saved.report, mine, "{what}: the edits as they were");
        assert!(
            matches!(opened.notice, Some(EditionNotice::NotTaken(_))),
            "{what}: {:?}",
            opened.notice
        );
        assert_eq!(store.snapshot(), before, "{what}: storage byte-identical");
    }
    // A visitor who never saw a good one gets the build's own, with the server's answer named.
    let store = MemoryStore::default();
    let opened = open_with(&store, &build, SiteFile::Status(404));
    assert_eq!(opened.published, build);
    assert_eq!(
        opened.notice,
        Some(EditionNotice::NotTaken(SiteProblem::Status(404)))
    );
    assert_eq!(store.snapshot(), BTreeMap::new());
}

#[test]
fn offline_the_last_edition_seen_is_shown_and_says_so() {
    let build = build();
    let next = next_edition(&build, "2026-03-31").to_json();
    let store = MemoryStore::default();
    open_with(&store, &build, site(&next));
    let before = store.snapshot();
    let opened = open_with(&store, &build, SiteFile::Unreachable);
    assert_eq!(opened.published.published.as_deref(), Some("2026-03-31"));
    assert_eq!(opened.notice, Some(EditionNotice::Offline));
    let cached = open_with(
        &store,
        &build,
        SiteFile::Text {
            text: next,
            offline: true,
        },
    );
    assert_eq!(cached.notice, Some(EditionNotice::Offline));
    assert_eq!(store.snapshot(), before);
}

#[test]
fn merging_takes_only_what_the_new_edition_changed() {
    let base = build();
    let mut mine = base.clone();
    let mut theirs = base.clone();
    // Removed here, unchanged there: stays removed. Removed there, unchanged here: goes.
    let removed_here = mine.hubs[3].entries.remove(0);
    let removed_there = theirs.hubs[4].entries.remove(0);
    // Changed there only: taken. Themes changed here only (not the words): kept.
    theirs.hubs[2].entries[0].paragraphs = vec!["新しい版の文".into()];
    mine.hubs[2].entries[1].themes = vec!["acp".into()];
    // New there, after the first entry of a hub: placed after it.
    let mut added = theirs.hubs[1].entries[0].clone();
    added.id = "habikino-2024-result-99".into();
    theirs.hubs[1].entries.insert(1, added.clone());
    // Removed here but changed there: stays removed, named.
    let named = mine.hubs[5].entries.remove(0);
    theirs.hubs[5].entries[0].paragraphs = vec!["新しい版で直した".into()];

    let merged = merge_edition(&base, &mine, &theirs);
    let r = &merged.report;
    assert!(r.hubs[3].entries.iter().all(|e| e.id != removed_here.id));
    assert!(r.hubs[4].entries.iter().all(|e| e.id != removed_there.id));
    assert_eq!(r.hubs[2].entries[0].paragraphs, ["新しい版の文"]);
    assert_eq!(r.hubs[2].entries[1].themes, ["acp"]);
    assert_eq!(r.hubs[1].entries[1], added);
    assert!(r.hubs[5].entries.iter().all(|e| e.id != named.id));
    assert_eq!(merged.both_changed, vec![named.id]);
    // Nothing changed on either side: the same report.
    assert_eq!(merge_edition(&base, &base, &base).report, base);
}

#[test]
fn edits_made_after_opening_stand_on_the_edition_shown() {
    let build = build();
    let next = next_edition(&build, "2026-03-31").to_json();
    for (first, stamp) in [
        (PUBLISHED.to_string(), Stamp::of(PUBLISHED)),
        (next.clone(), Stamp::of(&next)),
    ] {
        let store = MemoryStore::default();
        let opened = open_with(&store, &build, site(&first));
        assert_eq!(opened.saved.base.on, MadeOn::Edition(stamp));
        // The first edit is saved with it, and read back so.
        save(&store, &opened.saved.report, &opened.saved.base, 0).unwrap();
        let stored = Saved::from_text(&store.get(DATA_KEY).unwrap().unwrap()).unwrap();
        assert_eq!(stored.base.on, MadeOn::Edition(stamp));
    }
}

/// A worker that cannot be reached (offline before it was ever fetched).
struct NoWorker;

impl renkei::model::publish::open::Helper for NoWorker {
    async fn build_report(&self) -> Option<Report> {
        None
    }
    async fn merge(
        &self,
        _: &Report,
        _: &Report,
        _: &Report,
    ) -> Option<renkei::model::publish::merge::Merged> {
        None
    }
}

fn open_without_worker(store: &MemoryStore, site: SiteFile) -> Opening {
    let opening = std::pin::pin!(renkei::model::publish::open::open(
        store,
        Stamp::of(PUBLISHED),
        site,
        &NoWorker
    ));
    let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    match std::future::Future::poll(opening, &mut context) {
        std::task::Poll::Ready(opened) => opened,
        std::task::Poll::Pending => panic!("NoWorker answers at once"),
    }
}

#[test]
fn without_the_worker_edits_stay_as_they_were_and_merge_on_a_later_visit() {
    let build = build();
    let store = MemoryStore::default();
    open_with(&store, &build, site(PUBLISHED));
    let mut mine = build.clone();
    mine.hubs[1].entries[0].paragraphs = vec!["① このブラウザーでの編集".into()];
    store_edits(&store, &mine, MadeOn::Edition(Stamp::of(PUBLISHED)));
    let next = next_edition(&build, "2026-03-31").to_json();
    let before = store.snapshot();
    let opened = open_without_worker(&store, site(&next));
    assert_eq!(opened.saved.report, mine);
    assert_eq!(
        opened.notice,
        Some(EditionNotice::New {
            edits: EditsOnNew::KeptAsTheyWere
        })
    );
    assert_eq!(
        store.snapshot(),
        before,
        "the edition they stand on is still stored"
    );
    // The next visit, with the worker: merged.
    let later = open_with(&store, &build, site(&next));
    assert!(later.saved.report.hub("new-hub").is_some());
    assert_eq!(
        later.saved.report.hubs[1].entries[0].paragraphs,
        ["① このブラウザーでの編集"]
    );
}

#[test]
fn with_no_edition_to_be_had_the_app_opens_empty_and_says_why() {
    let store = MemoryStore::default();
    let opened = open_without_worker(&store, site("<html>"));
    assert!(opened.published.hubs.is_empty());
    assert!(matches!(
        opened.notice,
        Some(EditionNotice::NotTaken(SiteProblem::Unreadable(_)))
    ));
    assert_eq!(store.snapshot(), BTreeMap::new());
}
