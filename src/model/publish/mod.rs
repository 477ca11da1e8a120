//! The edition published on the site: `data/report.json`, read at start-up, is the report
//! every visitor sees; replacing that one file publishes a new edition with no build. This
//! room decides what the app opens on ([`open`]), merges a new edition into a visitor's own
//! edits ([`merge`]) and names an edition's day ([`date`]).

pub mod date;
pub mod merge;
pub mod open;
mod stamp;

pub use stamp::Stamp;
