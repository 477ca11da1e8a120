//! The report form as an Excel workbook: what a hub's sheet holds ([`form`]), writing it
//! ([`write`]), reading a filled-in one back ([`read`]), splitting its cells into entries
//! ([`split`]) and matching them to the report's ([`reconcile`]). Only the workbook worker
//! (`src/bin/workbook.rs`) calls the writer and the reader, so their crates stay out of the
//! page's first load.

pub mod form;
pub mod job;
pub mod problem;
pub mod read;
pub mod rebase;
pub mod reconcile;
pub mod split;
pub mod write;

/// The sheet that explains how to fill in the form.
pub const GUIDE_SHEET: &str = "説明";
/// The protected sheet listing one entry a row, for filtering in Excel.
pub const LIST_SHEET: &str = "取組一覧";
/// The labels of a hub sheet's details, in column A from the second row.
pub const DETAIL_LABELS: [&str; 4] = [
    "対象地域",
    "連携の拠点",
    "市町村医介連携事業（委託先）",
    "資料",
];
