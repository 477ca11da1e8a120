//! Pure domain code: no Leptos, no browser. Everything here is tested natively with `cargo test`.

pub mod card_key;
pub mod changes;
pub mod compare;
pub mod decimal;
pub mod diff;
pub mod edit;
pub mod edition;
pub mod export;
pub mod facets;
pub mod facts_text;
pub mod filter;
pub mod import;
pub mod import_job;
pub mod import_problem;
pub mod index;
pub mod json_indent;
pub mod json_scan;
pub mod matches;
pub mod new_hub;
pub mod persist;
pub mod recent;
pub mod report;
pub mod results;
pub mod review;
pub mod rollover;
pub mod route;
pub mod search;
pub mod stats;
pub mod text_diff;
pub mod themes;
pub mod types;
pub mod url_query;
pub mod window;
pub mod workbook;

pub use report::{Report, ReportError, BUNDLED_JSON, SCHEMA_VERSION};
pub use types::*;
