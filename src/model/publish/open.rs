//! What the app opens on: the site's `data/report.json` checked by the import's checks, else
//! the last good edition this browser saw, else the build's own; the visitor's stored edits on
//! top, with a new edition merged into them. Nothing is written when the site's file is bad.

use crate::model::import::{parse_import, ImportProblem};
use crate::model::persist::{self, EditBase, KeyValueStore, LoadOutcome, MadeOn, Saved};
use std::future::Future;

use crate::model::report::Report;

use super::date::PublishedDate;
use super::merge::{merge_edition, Merged};
use super::Stamp;

/// Where the text of the last good published edition this browser saw is kept.
/// `public/first-view.js` reads it by this name too.
pub const EDITION_KEY: &str = "renkei:edition";

/// What asking the site for `data/report.json` gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SiteFile {
    /// A text; `offline` when the service worker answered from its copy.
    Text {
        /// The file's text.
        text: String,
        /// Served from the service worker's copy because the network failed.
        offline: bool,
    },
    /// The server answered with an error status (404 when the file is missing).
    Status(u16),
    /// No answer: offline with no copy.
    Unreachable,
    /// No site was asked (a test, a page without `first-view.js`): the build's own file.
    BuildOwn,
}

/// What opening asks of code and data most visits never need, kept off the first load: the
/// build's own report (the fallback) and merging a new edition into edits. In the browser the
/// workbook worker answers ([`InProcess`] in tests and tools); `None` when it cannot.
pub trait Helper {
    /// The report built into the app.
    fn build_report(&self) -> impl Future<Output = Option<Report>>;
    /// [`merge_edition`] of the three.
    fn merge(
        &self,
        base: &Report,
        mine: &Report,
        theirs: &Report,
    ) -> impl Future<Output = Option<Merged>>;
}

/// [`open`] with [`InProcess`], which never waits: for tests and a page that asks no site.
pub fn open_now(store: &dyn KeyValueStore, build: (&Report, Stamp), site: SiteFile) -> Opening {
    let helper = InProcess(build.0);
    let mut opening = std::pin::pin!(open(store, build.1, site, &helper));
    let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    match opening.as_mut().poll(&mut context) {
        std::task::Poll::Ready(opened) => opened,
        std::task::Poll::Pending => unreachable!("InProcess answers at once"),
    }
}

/// [`Helper`] by plain calls, with the build's report at hand.
pub struct InProcess<'a>(pub &'a Report);

impl Helper for InProcess<'_> {
    async fn build_report(&self) -> Option<Report> {
        Some(self.0.clone())
    }

    async fn merge(&self, base: &Report, mine: &Report, theirs: &Report) -> Option<Merged> {
        Some(merge_edition(base, mine, theirs))
    }
}

/// Why the site's file was not taken.
#[derive(Clone, Debug, PartialEq)]
pub enum SiteProblem {
    /// Its text fails the import's checks (the first problem).
    Unreadable(ImportProblem),
    /// The server answered with this status.
    Status(u16),
    /// Its edition's date is before the one this browser has shown.
    Older {
        /// The site's date (`None`: the file gives none).
        site: Option<String>,
    },
}

/// A plain notice about the edition shown.
#[derive(Clone, Debug, PartialEq)]
pub enum EditionNotice {
    /// A new edition was published since this browser's last visit.
    New {
        /// How the visitor's own edits went.
        edits: EditsOnNew,
    },
    /// Offline: the last edition seen is shown.
    Offline,
    /// The site's file could not be taken: the last good edition is shown.
    NotTaken(SiteProblem),
}

/// What became of a visitor's edits when a new edition came.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditsOnNew {
    /// No edits: the new edition is shown as published.
    None,
    /// Merged: every edit kept; this many items changed on both sides (named in 変更点).
    Merged {
        /// Entries or hubs both changed.
        both_changed: usize,
    },
    /// A report imported in place of the published one (or edits whose edition this browser
    /// no longer has) is shown as it was; 変更点 compares it with the new edition.
    KeptAsTheyWere,
}

/// What the app opens on.
pub struct Opening {
    /// The published edition: what 変更点 compares with and 「すべて元に戻す」 returns to.
    pub published: Report,
    /// Its stamp, which new edits are saved as standing on.
    pub published_stamp: Stamp,
    /// The report shown, its revision and what it stands on.
    pub saved: Saved,
    /// How the stored edits were loaded.
    pub load: LoadOutcome,
    /// A notice about the edition, if any.
    pub notice: Option<EditionNotice>,
    /// Whether merging could not be saved (edits then live in this tab; the banner says so).
    pub merge_unsaved: Option<persist::SaveError>,
}

/// True when `site` is dated before `seen`: a file without a date is older than any dated one.
fn is_older(site: &Report, seen: &Report) -> bool {
    let day = |r: &Report| r.published.as_deref().and_then(PublishedDate::parse);
    day(site) < day(seen)
}

/// Reads a published text: the build's own (known by its stamp) as it is, any other by the
/// import's checks.
fn read(text: &str, build: Stamp) -> Result<(Report, Stamp), SiteProblem> {
    let stamp = Stamp::of(text);
    let trusted = (stamp == build)
        .then(|| Report::from_json(text).ok())
        .flatten();
    match trusted {
        Some(report) => Ok((report, stamp)),
        None => parse_import(text.as_bytes())
            .map(|r| (r, stamp))
            .map_err(|mut problems| SiteProblem::Unreadable(problems.swap_remove(0))),
    }
}

/// A report with nothing in it: shown only when no edition at all can be had (the site's file
/// bad, none seen before, and the build's own out of reach), with the notice saying why.
fn nothing() -> Report {
    Report {
        schema_version: crate::model::SCHEMA_VERSION,
        title: String::new(),
        title_en: None,
        published: None,
        source: Default::default(),
        categories: Vec::new(),
        themes: Vec::new(),
        hubs: Vec::new(),
    }
}

/// Decides the edition and the report to open on (the site's file, else the last good edition
/// seen, else the build's own, `build` its stamp), merging a new edition into stored edits and
/// saving what changed: the edits first, then the edition, so a failed second write leaves the
/// edits standing on the edition they name. Nothing is written when the site's file is bad.
pub async fn open(
    store: &dyn KeyValueStore,
    build: Stamp,
    site: SiteFile,
    helper: &impl Helper,
) -> Opening {
    let last = store
        .get(EDITION_KEY)
        .ok()
        .flatten()
        .and_then(|text| read(&text, build).ok());
    let seen_stamp = last.as_ref().map_or(build, |(_, s)| *s);
    let (site, offline) = match site {
        SiteFile::Text { text, offline } => (read(&text, build).map(|r| (r, Some(text))), offline),
        SiteFile::BuildOwn => match helper.build_report().await {
            Some(r) => (Ok(((r, build), None)), false),
            None => (Err(SiteProblem::Status(0)), false),
        },
        SiteFile::Status(code) => (Err(SiteProblem::Status(code)), false),
        SiteFile::Unreachable => (Err(SiteProblem::Status(0)), true),
    };
    let site = match site {
        Ok(((r, _), _)) if last.as_ref().is_some_and(|(seen, _)| is_older(&r, seen)) => {
            Err(SiteProblem::Older {
                site: r.published.clone(),
            })
        }
        site => site,
    };
    let (published, published_stamp, text, notice) = match site {
        Ok(((r, stamp), text)) => (r, stamp, text, offline.then_some(EditionNotice::Offline)),
        Err(problem) => {
            let notice = match problem {
                _ if offline => EditionNotice::Offline,
                problem => EditionNotice::NotTaken(problem),
            };
            let seen = match &last {
                Some((r, _)) => Some(r.clone()),
                None => helper.build_report().await,
            };
            (seen.unwrap_or_else(nothing), seen_stamp, None, Some(notice))
        }
    };
    let (mut saved, load) = persist::load(store, &published);
    let returning = last.is_some() || load == LoadOutcome::Restored;
    let is_new = returning
        && published_stamp != seen_stamp
        && last.as_ref().is_none_or(|(seen, _)| *seen != published);
    let mut edits = EditsOnNew::None;
    let mut merge_unsaved = None;
    let mut merge_failed = false;
    if load != LoadOutcome::Restored {
        // Edits from here on are made on the edition shown.
        saved.base.on = MadeOn::Edition(published_stamp);
    } else {
        let on = match saved.base.on {
            MadeOn::Unknown => MadeOn::Edition(build),
            on => on,
        };
        saved.base.on = on;
        let base = match on {
            MadeOn::Edition(s) if s == published_stamp => None,
            MadeOn::Edition(s) if s == seen_stamp && last.is_some() => {
                last.as_ref().map(|(r, _)| r.clone())
            }
            MadeOn::Edition(s) if s == build => helper.build_report().await,
            _ => None,
        };
        let merged = match &base {
            Some(base) => helper.merge(base, &saved.report, &published).await,
            None => None,
        };
        match merged {
            Some(merged) => {
                edits = EditsOnNew::Merged {
                    both_changed: merged.both_changed.len(),
                };
                saved.base = EditBase {
                    on: MadeOn::Edition(published_stamp),
                    both_changed: merged.both_changed,
                };
                saved.report = merged.report;
                match persist::save(store, &saved.report, &saved.base, saved.revision) {
                    Ok(revision) => saved.revision = revision,
                    Err(e) => merge_unsaved = Some(e),
                }
            }
            None if on != MadeOn::Edition(published_stamp) => {
                // Left as they were: the edition they stand on is kept as the one seen, so a
                // later visit can still merge.
                merge_failed = base.is_some();
                if is_new {
                    edits = EditsOnNew::KeptAsTheyWere;
                }
            }
            None => {}
        }
    }
    if let Some(text) = text.filter(|_| published_stamp != seen_stamp || last.is_none()) {
        if merge_unsaved.is_none() && !merge_failed {
            // Best effort: without it, the next visit falls back to the build's own edition.
            let _ = store.set(EDITION_KEY, &text);
        }
    }
    let notice = match notice {
        None if is_new => Some(EditionNotice::New { edits }),
        notice => notice,
    };
    Opening {
        published,
        published_stamp,
        saved,
        load,
        notice,
        merge_unsaved,
    }
}
