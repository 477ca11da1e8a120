//! The whole dataset and how it is loaded.

use serde::{Deserialize, Serialize};

use super::themes::Theme;
use super::types::{CategoryInfo, Hub, Source};

/// The schema version this build writes; it reads this and every older one (`import::migrate`).
/// Version 2 added entries' `draft` mark (starting the next year's report); version 3 facts'
/// `typed` mark (a fact a person entered, never replaced by reading the words) and meetings'
/// `per_year_max` (a range such as 月1～2回); version 4 the edition's `published` date.
pub const SCHEMA_VERSION: u32 = 4;

/// The bundled report, compiled into the app without its indentation (`build.rs`).
pub const BUNDLED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/report.json"));

/// The stamp of the bundled report's published file (`model::publish::Stamp`, by `build.rs`).
pub const BUNDLED_STAMP: &str = include_str!(concat!(env!("OUT_DIR"), "/report.stamp"));

/// The report: hubs with their entries, the categories and the theme taxonomy.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// Version of the schema the file follows.
    pub schema_version: u32,
    /// The report's title.
    pub title: String,
    /// Its title in English, for the English UI (`None`: the Japanese title is shown there).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    /// The day this edition was published (`2026-03-31`), set by 「公開用に書き出す」; `None`
    /// when the file does not say (the bundled report's source gives no date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// Where it comes from.
    pub source: Source,
    /// The five categories' printed headings.
    pub categories: Vec<CategoryInfo>,
    /// The theme taxonomy.
    pub themes: Vec<Theme>,
    /// The hubs in the report's order.
    pub hubs: Vec<Hub>,
}

/// Why a JSON text could not be read as a report.
#[derive(Debug, Clone, PartialEq)]
pub enum ReportError {
    /// Not JSON, or not the schema; serde's message with line and column.
    Parse(String),
    /// A schema version this build cannot read.
    UnknownVersion(u64),
}

impl std::fmt::Display for ReportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReportError::Parse(msg) => write!(f, "{msg}"),
            ReportError::UnknownVersion(v) => write!(f, "unknown schema_version {v}"),
        }
    }
}

impl Report {
    /// Reads a report from JSON text; unknown fields are rejected.
    pub fn from_json(text: &str) -> Result<Report, ReportError> {
        // Through a `Value`, as imports and storage read reports: one deserialiser of the
        // report types in the wasm, not two (BENCHMARKS.md, session 16).
        let report: Report = serde_json::from_str::<serde_json::Value>(text)
            .and_then(serde_json::from_value)
            .map_err(|e| ReportError::Parse(e.to_string()))?;
        if report.schema_version != SCHEMA_VERSION {
            return Err(ReportError::UnknownVersion(report.schema_version.into()));
        }
        Ok(report)
    }

    /// The report compiled into the app.
    pub fn bundled() -> Report {
        Report::from_json(BUNDLED_JSON).expect("the bundled report is valid (tested natively)")
    }

    /// The stamp of the bundled report's published file (the page carries this, not the
    /// report: the report is in the workbook worker, off the first load).
    pub fn bundled_stamp() -> super::publish::Stamp {
        super::publish::Stamp::from_hex(BUNDLED_STAMP).expect("build.rs writes a stamp")
    }

    /// Pretty-printed JSON with the schema's key order, ending in a newline.
    pub fn to_json(&self) -> String {
        let compact = serde_json::to_string(self).expect("a report always serialises");
        let mut text = super::json_indent::indent(&compact);
        text.push('\n');
        text
    }

    /// Looks a hub up by id.
    pub fn hub(&self, id: &str) -> Option<&Hub> {
        self.hubs.iter().find(|h| h.id == id)
    }

    /// Looks a theme up by id.
    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }

    /// All municipalities, in report order, each once.
    pub fn municipalities(&self) -> Vec<&str> {
        // A set beside the list: an all-Japan report names ~1,741, and a scan of the list for
        // each would be quadratic.
        let mut seen = std::collections::HashSet::new();
        self.hubs
            .iter()
            .flat_map(|h| &h.municipalities)
            .map(String::as_str)
            .filter(|m| seen.insert(*m))
            .collect()
    }

    /// The hub serving `municipality` (the first, should an imported report name it twice).
    pub fn hub_serving(&self, municipality: &str) -> Option<&Hub> {
        self.hubs
            .iter()
            .find(|h| h.municipalities.iter().any(|m| m == municipality))
    }

    /// The municipality a hub filter stands for: `picked` while the filter is exactly the hub
    /// serving it, else the only municipality of the one hub ticked, else none (a hub serving
    /// several, or several hubs, is no one municipality).
    pub fn municipality_of<'a>(
        &'a self,
        hubs: &std::collections::BTreeSet<String>,
        picked: Option<&'a str>,
    ) -> Option<&'a str> {
        let [only] = hubs.iter().collect::<Vec<_>>()[..] else {
            return None;
        };
        if let Some(name) = picked.filter(|m| self.hub_serving(m).is_some_and(|h| h.id == *only)) {
            return Some(name);
        }
        match &self.hub(only)?.municipalities[..] {
            [one] => Some(one),
            _ => None,
        }
    }

    /// Number of entries across all hubs.
    pub fn entry_count(&self) -> usize {
        self.hubs.iter().map(|h| h.entries.len()).sum()
    }
}
