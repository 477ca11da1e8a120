//! Saving and restoring the edited report through a key-value store (localStorage in the
//! browser, a map in tests), so that nothing typed is lost and nothing stored is overwritten
//! by mistake: corrupt or unknown data is kept aside, and a save never silently replaces a
//! newer save from another tab.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::import::migrate;
use super::publish::Stamp;
use super::report::{Report, SCHEMA_VERSION};

/// Where the edited report is stored. `public/first-view.js` reads it by this name too.
pub const DATA_KEY: &str = "renkei:data";
/// Where unreadable stored data is kept aside.
pub const BACKUP_KEY: &str = "renkei:backup";
/// Where this tab's version goes when another tab saved first.
pub const CONFLICT_KEY: &str = "renkei:conflict";

/// Why the store could not do what was asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// Storage is disabled or absent (private mode, policy).
    Unavailable(String),
    /// Storage is full.
    QuotaExceeded(String),
    /// The report holds more text than any browser keeps ([`MAX_STORABLE_CHARS`]).
    TooLarge,
}

/// A string key-value store (localStorage's shape).
pub trait KeyValueStore {
    /// Reads a key.
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Writes a key.
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    /// Deletes a key.
    fn remove(&self, key: &str) -> Result<(), StoreError>;
}

/// Which published edition stored edits were made on (see `model::publish`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum MadeOn {
    /// The published file with this stamp: a new edition is merged into the edits.
    Edition(Stamp),
    /// A report imported in place of the published one: a new edition leaves it as it is.
    Other,
    /// Stored before schema 4 said (the edits were made on the build's own report, the only
    /// one published then, unless a report was imported).
    #[default]
    Unknown,
}

/// What stored edits stand on: the edition they were made on, and what the last new edition
/// changed that the edits had changed too (named in 変更点 until the next edition).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EditBase {
    /// The edition the edits were made on.
    pub on: MadeOn,
    /// Ids of entries (or hubs) changed on both sides, the edits' version kept.
    pub both_changed: Vec<String>,
}

/// What is stored: the report with the revision that orders saves across tabs (written
/// through [`SavedRef`], so the report need not be owned to be saved), and what it stands on.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Saved {
    /// The envelope's schema version (the report's own).
    pub schema_version: u32,
    /// Increases by one with every save from any tab.
    pub revision: u64,
    /// The edited report.
    pub report: Report,
    /// The edition the edits stand on (`on`, `both_changed` in the stored text).
    #[serde(skip)]
    pub base: EditBase,
}

/// [`Saved`] borrowing its report, so a save serialises without copying the report first.
#[derive(Serialize)]
struct SavedRef<'a> {
    schema_version: u32,
    revision: u64,
    report: &'a Report,
    /// The stamp of the edition the edits were made on; `null` for an imported report.
    on: Option<String>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    both_changed: &'a [String],
}

impl<'a> SavedRef<'a> {
    fn new(revision: u64, report: &'a Report, base: &'a EditBase) -> SavedRef<'a> {
        SavedRef {
            schema_version: SCHEMA_VERSION,
            revision,
            report,
            on: match base.on {
                MadeOn::Edition(stamp) => Some(stamp.hex()),
                MadeOn::Other | MadeOn::Unknown => None,
            },
            both_changed: &base.both_changed,
        }
    }
}

impl SavedRef<'_> {
    fn to_text(&self) -> String {
        serde_json::to_string(self).expect("a saved report always serialises")
    }
}

/// The most characters any major browser keeps in localStorage for a site (Chromium's 10 MiB
/// of UTF-16; Firefox and Safari keep less). A report whose text alone is longer cannot be
/// stored anywhere, so it is refused before spending time on serialising it.
pub const MAX_STORABLE_CHARS: usize = 5 * 1024 * 1024;

/// True when `report` certainly does not fit in browser storage.
pub fn too_large_to_store(report: &Report) -> bool {
    let paragraphs = || {
        report
            .hubs
            .iter()
            .flat_map(|h| &h.entries)
            .flat_map(|e| &e.paragraphs)
    };
    // A character is at most four bytes of UTF-8, so a quarter of the bytes is a floor on the
    // characters: it settles an all-Japan report without reading its text. Counting is left
    // for reports near the limit, and stops at it.
    let bytes: usize = paragraphs().map(String::len).sum();
    let mut chars = 0;
    bytes / 4 > MAX_STORABLE_CHARS
        || (bytes > MAX_STORABLE_CHARS
            && paragraphs().any(|p| {
                chars += p.chars().count();
                chars > MAX_STORABLE_CHARS
            }))
}

impl Saved {
    /// The stored text.
    pub fn to_text(&self) -> String {
        SavedRef {
            schema_version: self.schema_version,
            ..SavedRef::new(self.revision, &self.report, &self.base)
        }
        .to_text()
    }

    /// Reads stored text, migrating older schema versions.
    pub fn from_text(text: &str) -> Result<Saved, String> {
        let mut value: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let version = value
            .get("schema_version")
            .and_then(Value::as_u64)
            .ok_or("no schema_version")?;
        if version > u64::from(SCHEMA_VERSION) {
            return Err(format!("unknown schema_version {version}"));
        }
        if let Some(report) = value.get_mut("report") {
            let migrated = migrate(report.take()).map_err(|p| {
                p.iter()
                    .map(|x| x.message(false))
                    .collect::<Vec<_>>()
                    .join("; ")
            })?;
            *report = migrated;
        }
        value["schema_version"] = Value::from(SCHEMA_VERSION);
        let base = match value.as_object_mut() {
            Some(fields) => EditBase {
                on: match fields.remove("on") {
                    None => MadeOn::Unknown,
                    Some(Value::String(hex)) => Stamp::from_hex(&hex)
                        .map(MadeOn::Edition)
                        .ok_or(format!("on: {hex}"))?,
                    Some(_) => MadeOn::Other,
                },
                both_changed: match fields.remove("both_changed") {
                    Some(list) => serde_json::from_value(list).map_err(|e| e.to_string())?,
                    None => Vec::new(),
                },
            },
            None => EditBase::default(),
        };
        let saved: Saved = serde_json::from_value(value).map_err(|e| e.to_string())?;
        Ok(Saved { base, ..saved })
    }
}

/// How loading went, for a message to the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadOutcome {
    /// Nothing was stored: the bundled report.
    Fresh,
    /// The stored edits were restored.
    Restored,
    /// Stored data was unreadable: it was kept under [`BACKUP_KEY`] (if `kept`) and the
    /// bundled report is used.
    Recovered {
        /// Why it was unreadable.
        reason: String,
        /// Whether the raw text is in the backup key (if not, saving stays off so it survives).
        kept: bool,
    },
    /// Storage cannot be used at all.
    Unavailable(String),
}

/// The report to start from (the stored edits, else `published`), its revision and what it
/// stands on, and what happened.
pub fn load(store: &dyn KeyValueStore, published: &Report) -> (Saved, LoadOutcome) {
    let fresh = |revision| Saved {
        schema_version: SCHEMA_VERSION,
        revision,
        report: published.clone(),
        base: EditBase::default(),
    };
    match store.get(DATA_KEY) {
        Err(StoreError::Unavailable(e) | StoreError::QuotaExceeded(e)) => {
            (fresh(0), LoadOutcome::Unavailable(e))
        }
        // Reading never judges the size; kept for the match to be whole.
        Err(StoreError::TooLarge) => (fresh(0), LoadOutcome::Fresh),
        Ok(None) => (fresh(0), LoadOutcome::Fresh),
        Ok(Some(raw)) => match Saved::from_text(&raw) {
            Ok(saved) => (saved, LoadOutcome::Restored),
            Err(reason) => {
                let kept = store.set(BACKUP_KEY, &raw).is_ok();
                // The unreadable text stays under DATA_KEY too until the first save succeeds
                // past this point, which only happens when it is safe in the backup.
                let revision = serde_json::from_str::<Value>(&raw)
                    .ok()
                    .and_then(|v| v.get("revision").and_then(Value::as_u64))
                    .unwrap_or(0);
                (fresh(revision), LoadOutcome::Recovered { reason, kept })
            }
        },
    }
}

/// Why a save did not happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// Another tab saved a newer revision; this tab's version went to [`CONFLICT_KEY`] if it fit.
    Conflict {
        /// The stored (newer) revision.
        theirs: u64,
    },
    /// The store refused.
    Store(StoreError),
}

/// The stored revision, if the stored text has one.
pub fn stored_revision(store: &dyn KeyValueStore) -> Result<u64, StoreError> {
    Ok(store
        .get(DATA_KEY)?
        .and_then(|raw| serde_json::from_str::<Value>(&raw).ok())
        .and_then(|v| v.get("revision").and_then(Value::as_u64))
        .unwrap_or(0))
}

/// Saves `report`, standing on `base`, if the store still holds revision `known` (the one
/// this tab last read or wrote); returns the new revision.
pub fn save(
    store: &dyn KeyValueStore,
    report: &Report,
    base: &EditBase,
    known: u64,
) -> Result<u64, SaveError> {
    if too_large_to_store(report) {
        return Err(SaveError::Store(StoreError::TooLarge));
    }
    let theirs = stored_revision(store).map_err(SaveError::Store)?;
    let saved = SavedRef::new(known.max(theirs) + 1, report, base);
    if theirs > known {
        let _ = store.set(CONFLICT_KEY, &saved.to_text());
        return Err(SaveError::Conflict { theirs });
    }
    store
        .set(DATA_KEY, &saved.to_text())
        .map_err(SaveError::Store)?;
    Ok(saved.revision)
}

/// Saves `report` over whatever is stored (the user chose to keep this tab's version).
pub fn save_over(
    store: &dyn KeyValueStore,
    report: &Report,
    base: &EditBase,
) -> Result<u64, SaveError> {
    let theirs = stored_revision(store).map_err(SaveError::Store)?;
    save(store, report, base, theirs)
}
