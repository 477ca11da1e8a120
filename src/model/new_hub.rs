//! A hub added by hand (a municipality joining next year's report): the form's text checked
//! field by field, so each field can say what is wrong with it.

use super::search::fold_char;
use super::{Hub, Report};

/// What the 「拠点を追加」 form holds, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HubDraft {
    /// The hub's id in links (`/hub/sakai`); empty means one is made up (`hub-1`).
    pub id: String,
    /// 対象地域, the hub's name in the report (required).
    pub area: String,
    /// 市町村, separated by 「・」, 「、」 or commas; empty means the area alone.
    pub municipalities: String,
    /// 拠点の運営主体.
    pub organisation: String,
    /// 委託先.
    pub contractors: String,
    /// The report's document number or title for the hub.
    pub document: String,
}

/// The form field a problem belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftField {
    /// The hub id.
    Id,
    /// 対象地域.
    Area,
}

/// Why a draft cannot be added yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftProblem {
    /// 対象地域 is empty.
    AreaMissing,
    /// Another hub already has this 対象地域 (workbooks find hubs by it).
    AreaTaken(String),
    /// The id has characters other than a–z, 0–9 and hyphens.
    IdNotAscii,
    /// Another hub already has this id.
    IdTaken(String),
}

impl DraftProblem {
    /// The field to mark and focus.
    pub fn field(&self) -> DraftField {
        match self {
            DraftProblem::AreaMissing | DraftProblem::AreaTaken(_) => DraftField::Area,
            DraftProblem::IdNotAscii | DraftProblem::IdTaken(_) => DraftField::Id,
        }
    }

    /// What is wrong and what to do, in Japanese or English.
    pub fn message(&self, japanese: bool) -> String {
        match (self, japanese) {
            (DraftProblem::AreaMissing, true) => "対象地域を入力してください（例：堺市）。".into(),
            (DraftProblem::AreaMissing, false) => "Enter the area (e.g. 堺市).".into(),
            (DraftProblem::AreaTaken(area), true) => {
                format!("「{area}」の拠点はすでにあります。別の対象地域にしてください。")
            }
            (DraftProblem::AreaTaken(area), false) => {
                format!("There is already a hub for {area}. Choose another area.")
            }
            (DraftProblem::IdNotAscii, true) => {
                "拠点IDは英小文字・数字・ハイフンだけにしてください。空欄なら自動で付けます。".into()
            }
            (DraftProblem::IdNotAscii, false) => {
                "Use only lowercase letters, digits and hyphens in the hub id, or leave it empty to have one made.".into()
            }
            (DraftProblem::IdTaken(id), true) => {
                format!("拠点ID「{id}」はすでに使われています。別のIDにするか、空欄にしてください。")
            }
            (DraftProblem::IdTaken(id), false) => {
                format!("The hub id {id} is taken. Choose another or leave it empty.")
            }
        }
    }
}

/// An id of the form `hub-N` used neither in `report` nor by `taken`.
pub fn unused_hub_id(report: &Report, taken: &[Hub]) -> String {
    (1..)
        .map(|n| format!("hub-{n}"))
        .find(|id| report.hub(id).is_none() && taken.iter().all(|h| &h.id != id))
        .unwrap_or_default()
}

/// Municipalities written one after another (松原市・羽曳野市), each trimmed, empty ones dropped.
pub fn split_municipalities(text: &str) -> Vec<String> {
    text.split(['・', '、', ',', '，'])
        .map(|m| m.trim().to_string())
        .filter(|m| !m.is_empty())
        .collect()
}

impl HubDraft {
    /// The hub to add, or every problem in the order of the form's fields (対象地域 first, the id last). A full-width or
    /// upper-case id (ＳＡＫＡＩ) is read as the plain id it means.
    pub fn to_hub(&self, report: &Report) -> Result<Hub, Vec<DraftProblem>> {
        let id: String = self.id.trim().chars().map(fold_char).collect();
        let area = self.area.trim();
        let mut problems = Vec::new();
        if area.is_empty() {
            problems.push(DraftProblem::AreaMissing);
        } else if report.hubs.iter().any(|h| h.area.trim() == area) {
            problems.push(DraftProblem::AreaTaken(area.to_string()));
        }
        if !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            problems.push(DraftProblem::IdNotAscii);
        } else if report.hub(&id).is_some() {
            problems.push(DraftProblem::IdTaken(id.clone()));
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let mut municipalities = split_municipalities(&self.municipalities);
        if municipalities.is_empty() {
            municipalities.push(area.to_string());
        }
        Ok(Hub {
            id: if id.is_empty() {
                unused_hub_id(report, &[])
            } else {
                id
            },
            document: self.document.trim().to_string(),
            area: area.to_string(),
            municipalities,
            organisation: self.organisation.trim().to_string(),
            contractors: self.contractors.trim().to_string(),
            sections: Vec::new(),
            entries: Vec::new(),
        })
    }
}
