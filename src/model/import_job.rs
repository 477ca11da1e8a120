//! Importing a large file in small steps, so the page can draw (and show progress) between
//! them: find the hubs (see [`super::json_scan`]), check and parse the rest of the file, then
//! each hub, then build the search index. Every check is the one [`parse_import`] makes, hub
//! by hub; at the first sign of any problem the job parses the whole file at once with
//! [`parse_import`], so a faulty file gets exactly the same messages either way.

use serde_json::Value;

use super::import::{
    check_head, check_hub, migrate, migrate_hub_from_v0, parse_import, ImportProblem, Problems,
    SeenIds, MAX_IMPORT_BYTES,
};
use super::index::{IndexBuilder, SearchIndex};
use super::json_scan::{HubLayout, HubScan};
use super::report::Report;
use super::types::Hub;

/// Bytes scanned in one step.
const SCAN_STEP: usize = 1 << 20;
/// Bytes of hubs parsed in one step (at least one hub).
const PARSE_STEP: usize = 256 << 10;
/// Hubs indexed in one step.
const INDEX_STEP: usize = 24;

/// A file read as a report, with its search index.
pub type Imported = Result<(Report, SearchIndex), Vec<ImportProblem>>;

/// Where a job is.
pub enum Progress {
    /// Still working; how far, from 0 to 1.
    Working(f64),
    /// Finished (the job has nothing more to do).
    Done(Box<Imported>),
}

enum Stage {
    Scan(HubScan),
    Head(HubLayout),
    Hubs {
        layout: HubLayout,
        head: Report,
        from_v0: bool,
        seen: SeenIds,
        next: usize,
    },
    Index {
        report: Report,
        builder: Box<IndexBuilder>,
        next: usize,
    },
    Finished,
}

/// An import of one file, done by repeated calls to [`ImportJob::step`].
pub struct ImportJob {
    bytes: Vec<u8>,
    /// Where the JSON starts (after a byte-order mark).
    start: usize,
    stage: Stage,
}

impl ImportJob {
    /// A job for a file's bytes.
    pub fn new(bytes: Vec<u8>) -> ImportJob {
        let start = if bytes.starts_with(b"\xEF\xBB\xBF") {
            3
        } else {
            0
        };
        ImportJob {
            bytes,
            start,
            stage: Stage::Scan(HubScan::default()),
        }
    }

    /// The JSON text's bytes (hub positions count from its start).
    fn body(&self) -> &[u8] {
        &self.bytes[self.start..]
    }

    /// Does a step of a few milliseconds' work. After [`Progress::Done`], the next call starts
    /// over with the whole file at once.
    pub fn step(&mut self) -> Progress {
        if self.bytes.len() > MAX_IMPORT_BYTES {
            return self.whole_file();
        }
        let stage = std::mem::replace(&mut self.stage, Stage::Finished);
        let (stage, progress) = match stage {
            Stage::Scan(mut scan) => {
                let body = self.body();
                scan.scan(body, scan.position() + SCAN_STEP);
                let len = body.len();
                if scan.gave_up() {
                    return self.whole_file();
                }
                if scan.position() < len {
                    let done = scan.position() as f64 / len as f64;
                    (Stage::Scan(scan), 0.2 * done)
                } else {
                    match scan.finish(body) {
                        Some(layout) => (Stage::Head(layout), 0.2),
                        None => return self.whole_file(),
                    }
                }
            }
            Stage::Head(layout) => match self.head(&layout) {
                Some((head, from_v0, seen)) => (
                    Stage::Hubs {
                        layout,
                        head,
                        from_v0,
                        seen,
                        next: 0,
                    },
                    0.2,
                ),
                None => return self.whole_file(),
            },
            Stage::Hubs {
                layout,
                mut head,
                from_v0,
                mut seen,
                mut next,
            } => {
                let mut parsed = 0;
                while next < layout.hubs.len() && parsed < PARSE_STEP {
                    let (s, e) = layout.hubs[next];
                    let Some(hub) = self.hub(s, e, next, from_v0, &mut seen) else {
                        return self.whole_file();
                    };
                    head.hubs.push(hub);
                    parsed += e - s;
                    next += 1;
                }
                let share = next as f64 / layout.hubs.len().max(1) as f64;
                if next < layout.hubs.len() {
                    let stage = Stage::Hubs {
                        layout,
                        head,
                        from_v0,
                        seen,
                        next,
                    };
                    (stage, 0.2 + 0.6 * share)
                } else {
                    let builder = Box::new(IndexBuilder::new(&head));
                    let stage = Stage::Index {
                        report: head,
                        builder,
                        next: 0,
                    };
                    (stage, 0.8)
                }
            }
            Stage::Index {
                report,
                mut builder,
                mut next,
            } => {
                let end = (next + INDEX_STEP).min(report.hubs.len());
                for hub in &report.hubs[next..end] {
                    builder.add(hub);
                }
                next = end;
                if next < report.hubs.len() {
                    let share = next as f64 / report.hubs.len() as f64;
                    let stage = Stage::Index {
                        report,
                        builder,
                        next,
                    };
                    (stage, 0.8 + 0.2 * share)
                } else {
                    return Progress::Done(Box::new(Ok((report, builder.finish()))));
                }
            }
            Stage::Finished => return self.whole_file(),
        };
        self.stage = stage;
        Progress::Working(progress)
    }

    /// Everything but the hubs' contents, checked and parsed: the report without hubs,
    /// whether its hubs need migrating from version 0, and the ids seen.
    fn head(&self, layout: &HubLayout) -> Option<(Report, bool, SeenIds)> {
        let (open, close) = layout.array;
        let body = self.body();
        let mut shell = Vec::with_capacity(open + 1 + body.len() - close);
        shell.extend_from_slice(&body[..=open]);
        shell.extend_from_slice(&body[close..]);
        let value: Value = serde_json::from_slice(&shell).ok()?;
        let from_v0 = value.get("schema_version").and_then(Value::as_u64) == Some(0);
        let value = migrate(value).ok()?;
        let mut seen = SeenIds::default();
        let mut problems = Problems::default();
        check_head(&value, &mut seen, &mut problems)?;
        if !problems.is_empty() {
            return None;
        }
        let head: Report = serde_json::from_value(value).ok()?;
        Some((head, from_v0, seen))
    }

    /// Hub number `n`, at `start..end`, checked and parsed.
    fn hub(
        &self,
        start: usize,
        end: usize,
        n: usize,
        from_v0: bool,
        seen: &mut SeenIds,
    ) -> Option<Hub> {
        let mut value: Value = serde_json::from_slice(&self.body()[start..end]).ok()?;
        if from_v0 {
            migrate_hub_from_v0(&mut value);
        }
        let mut problems = Problems::default();
        check_hub(&value, n, seen, &mut problems);
        if !problems.is_empty() {
            return None;
        }
        serde_json::from_value(value).ok()
    }

    /// The whole file at once: for files with problems (exact messages) or shapes the
    /// step-by-step path does not take.
    fn whole_file(&mut self) -> Progress {
        self.stage = Stage::Finished;
        Progress::Done(Box::new(parse_import(&self.bytes).map(|report| {
            let index = SearchIndex::build(&report);
            (report, index)
        })))
    }
}
