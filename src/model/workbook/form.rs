//! What one hub's sheet of the form holds: the hub's details and, for each section shown,
//! its heading and the text of its cells. Written from the report, read back from a workbook.

use crate::model::edition::{is_shown, ShownEdition};
use crate::model::types::{Category, FiscalYear, Hub, Section};

use super::split::cell_text;

/// One section of a hub's sheet: its heading as printed and its cells' text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionForm {
    /// The heading as printed (`（１）令和6年度の実績`).
    pub heading: String,
    /// Which section the heading names.
    pub section: Section,
    /// Its fiscal year.
    pub fiscal_year: FiscalYear,
    /// The text of each category's cell, ① to ⑤; the challenges are one cell across all five,
    /// kept under ①.
    pub cells: Vec<(Category, String)>,
}

impl SectionForm {
    /// Whether the section is written as one cell across the five categories.
    pub fn is_one_cell(&self) -> bool {
        is_one_cell(self.section)
    }
}

/// Whether `section` is one cell across the five categories (the report prints its
/// challenges that way), kept under ①, rather than a cell a category.
pub fn is_one_cell(section: Section) -> bool {
    section == Section::Challenge
}

/// One hub's sheet: its details and its sections.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HubForm {
    /// The sheet's name (the 対象地域, shortened to Excel's limit).
    pub sheet: String,
    /// 対象地域.
    pub area: String,
    /// 連携の拠点.
    pub organisation: String,
    /// 市町村医介連携事業（委託先）.
    pub contractors: String,
    /// 資料 number.
    pub document: String,
    /// The sections in the order printed.
    pub sections: Vec<SectionForm>,
    /// The hub the sheet is, where its names no longer say so: the report's hub was renamed
    /// after the workbook was written (see `rebase::recognise_renamed_hubs`).
    pub hub: Option<String>,
}

/// The form for `hub`: the sections `edition` shows (all when `None`), each category's
/// entries as lines in its cell.
pub fn hub_form(hub: &Hub, edition: Option<ShownEdition>) -> HubForm {
    let sections = hub
        .sections
        .iter()
        .filter(|s| is_shown(edition, s.section, s.fiscal_year))
        .map(|s| {
            let text_of = |keep: &dyn Fn(Category) -> bool| {
                cell_text(
                    hub.entries_in(s.section, s.fiscal_year)
                        .filter(|e| keep(e.category)),
                )
            };
            let cells = if is_one_cell(s.section) {
                vec![(Category::ALL[0], text_of(&|_| true))]
            } else {
                Category::ALL
                    .into_iter()
                    .map(|c| (c, text_of(&|e| e == c)))
                    .collect()
            };
            SectionForm {
                heading: s.heading.clone(),
                section: s.section,
                fiscal_year: s.fiscal_year,
                cells,
            }
        })
        .collect();
    HubForm {
        sheet: hub.area.clone(),
        area: hub.area.clone(),
        organisation: hub.organisation.clone(),
        contractors: hub.contractors.clone(),
        document: hub.document.clone(),
        sections,
        hub: None,
    }
}

/// Which section and fiscal year a printed heading names: `（１）`…`（４）` and 令和N年度
/// (digits full- or half-width, spaces anywhere).
pub fn parse_heading(heading: &str) -> Option<(Section, FiscalYear)> {
    let plain: String = heading
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '(' => '（',
            ')' => '）',
            _ => c,
        })
        .collect();
    let number = plain.strip_prefix('（')?.chars().next()?;
    let section = *Section::ALL.get(number.to_digit(10)?.checked_sub(1)? as usize)?;
    let after_era = plain.split_once("令和")?.1;
    let digits: String = after_era.chars().take_while(char::is_ascii_digit).collect();
    let reiwa: u16 = digits.parse().ok()?;
    Some((section, FiscalYear(2018 + reiwa)))
}

/// Sheet names for `areas`: Excel allows 31 characters and no `[]:*?/\`, and names must differ
/// (compared without case); a clash gets a number.
pub fn sheet_names<'a>(areas: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut taken: Vec<String> = vec![super::GUIDE_SHEET.into(), super::LIST_SHEET.into()];
    let mut names = Vec::new();
    for area in areas {
        let clean: String = area
            .chars()
            .map(|c| if "[]:*?/\\".contains(c) { '・' } else { c })
            .collect();
        let clean = clean.trim_matches('\'');
        let base: String = clean.chars().take(31).collect();
        let base = if base.is_empty() {
            "拠点".to_string()
        } else {
            base
        };
        let mut name = base.clone();
        let mut n = 2;
        while taken
            .iter()
            .any(|t| t.to_lowercase() == name.to_lowercase())
        {
            let suffix = format!("({n})");
            let keep = 31 - suffix.chars().count();
            name = format!("{}{suffix}", base.chars().take(keep).collect::<String>());
            n += 1;
        }
        taken.push(name.clone());
        names.push(name);
    }
    names
}
