//! The dataset's value types: what one entry, hub or fact is.

use serde::{Deserialize, Serialize};

/// Which of the report's four tables an entry comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Section {
    /// （１）令和6年度の実績: what was done.
    Result,
    /// （２）取り組みを通じた課題: the challenges found.
    Challenge,
    /// （３）令和7年度の実績計画 / 取組計画: what is planned.
    Plan,
    /// （４）令和7年度の進捗状況: progress so far.
    Progress,
}

impl Section {
    /// All sections in the report's order.
    pub const ALL: [Section; 4] = [
        Section::Result,
        Section::Challenge,
        Section::Plan,
        Section::Progress,
    ];

    /// The id used in URLs and JSON (`result`, `challenge`, `plan`, `progress`).
    pub fn id(self) -> &'static str {
        match self {
            Section::Result => "result",
            Section::Challenge => "challenge",
            Section::Plan => "plan",
            Section::Progress => "progress",
        }
    }

    /// Parses a URL / JSON id.
    pub fn from_id(id: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.id() == id)
    }

    /// Whether the report prints the section as one cell across the table, its entries in
    /// order (challenges and progress), rather than in five columns ①–⑤ (results and plans).
    pub fn prints_as_one_cell(self) -> bool {
        matches!(self, Section::Challenge | Section::Progress)
    }
}

/// One of the report's five activity categories, ① to ⑤.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Category(u8);

impl Category {
    /// All five categories in order.
    pub const ALL: [Category; 5] = [
        Category(1),
        Category(2),
        Category(3),
        Category(4),
        Category(5),
    ];

    /// Builds a category from its number, if it is 1–5.
    pub fn new(n: u8) -> Option<Category> {
        (1..=5).contains(&n).then_some(Category(n))
    }

    /// The number 1–5.
    pub fn number(self) -> u8 {
        self.0
    }

    /// The circled digit the report prints (①–⑤).
    pub fn circled(self) -> char {
        ['①', '②', '③', '④', '⑤'][usize::from(self.0 - 1)]
    }

    /// Reads the category from a printed sub-label such as `②-1`.
    pub fn from_label(label: &str) -> Option<Category> {
        let first = label.chars().next()?;
        Category::ALL.into_iter().find(|c| c.circled() == first)
    }
}

impl TryFrom<u8> for Category {
    type Error = String;
    fn try_from(n: u8) -> Result<Self, Self::Error> {
        Category::new(n).ok_or_else(|| format!("expected 1–5, got {n}"))
    }
}

impl From<Category> for u8 {
    fn from(c: Category) -> u8 {
        c.0
    }
}

/// A Japanese fiscal year, named by the calendar year it starts in (April → March).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct FiscalYear(pub u16);

impl FiscalYear {
    /// The Reiwa era year (令和6年度 is FY2024).
    pub fn reiwa(self) -> u16 {
        self.0 - 2018
    }

    /// The calendar year that a month (1–12) of this fiscal year falls in.
    pub fn calendar_year(self, month: u8) -> u16 {
        if month >= 4 {
            self.0
        } else {
            self.0 + 1
        }
    }

    /// Months in fiscal order: April first, March last.
    pub const MONTHS: [u8; 12] = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3];
}

/// Where an FY2025 progress entry stands, as its text says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// 実施済み / 実施した / 作成: finished.
    Done,
    /// 実施中 / 運用 / 継続している: running, or partly done with the rest scheduled.
    Ongoing,
    /// 予定: scheduled.
    Planned,
    /// 調整中: being arranged with partners.
    Coordinating,
    /// 検討中 / 検討している: under consideration.
    Considering,
}

impl Status {
    /// All statuses in display order.
    pub const ALL: [Status; 5] = [
        Status::Done,
        Status::Ongoing,
        Status::Planned,
        Status::Coordinating,
        Status::Considering,
    ];

    /// The id used in URLs and JSON.
    pub fn id(self) -> &'static str {
        match self {
            Status::Done => "done",
            Status::Ongoing => "ongoing",
            Status::Planned => "planned",
            Status::Coordinating => "coordinating",
            Status::Considering => "considering",
        }
    }

    /// Parses a URL / JSON id.
    pub fn from_id(id: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// Whether a dated event has happened (実施) or is scheduled (予定).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventStatus {
    /// 実施: it took place.
    Done,
    /// 予定: it is scheduled.
    Planned,
}

/// A dated event the text names (勉強会 on 11月8日, 研修会 in ２月 …).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// What happens, in the report's words.
    pub title: String,
    /// The fiscal year the month belongs to.
    pub fiscal_year: FiscalYear,
    /// Calendar month 1–12.
    pub month: u8,
    /// Day of month, where the text gives one.
    pub day: Option<u8>,
    /// Done or planned.
    pub status: EventStatus,
    /// Last month of a span such as （1～2月）.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_month: Option<u8>,
    /// Typed or corrected by a person (schema 3): kept whatever the words say, never
    /// replaced or dropped by reading them. Absent (false) on facts read from the words.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub typed: bool,
}

/// A meeting whose yearly frequency the text fixes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// The meeting's name as printed.
    pub name: String,
    /// Meetings per year (毎月 except August and December is 10).
    pub per_year: u32,
    /// The words the frequency was read from.
    pub basis: String,
    /// The most a year where the words give a range (月1～2回: 12 to 24; schema 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_year_max: Option<u32>,
    /// Typed or corrected by a person (schema 3): kept whatever the words say, never
    /// replaced or dropped by reading them. Absent (false) on facts read from the words.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub typed: bool,
}

/// A head count the text states (約170名).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemberCount {
    /// What is counted (a tool's registered members, a meeting's participants).
    pub of: String,
    /// The number.
    pub count: u32,
    /// True where the text says 約 (about).
    pub approximate: bool,
    /// Typed or corrected by a person (schema 3): kept whatever the words say, never
    /// replaced or dropped by reading them. Absent (false) on facts read from the words.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub typed: bool,
}

/// A figure the text states, such as a survey result (41.7%).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// What the figure measures.
    pub label: String,
    /// The value as printed.
    pub value: f64,
    /// Its unit (`%`, `回`, …).
    pub unit: String,
    /// Typed or corrected by a person (schema 3): kept whatever the words say, never
    /// replaced or dropped by reading them. Absent (false) on facts read from the words.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub typed: bool,
}

/// Structured facts read from an entry's text, so charts never parse text at run time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Facts {
    /// Dated events.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<Event>,
    /// Meetings with a yearly frequency.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub meetings: Vec<Meeting>,
    /// Member or participant counts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<MemberCount>,
    /// Other figures (survey results, counts).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
    /// Named tools and materials (MCS「まっねと」, はびナビ, HAPPY NOTE …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tools: Vec<String>,
}

impl Facts {
    /// True when no fact is recorded.
    pub fn is_empty(&self) -> bool {
        *self == Facts::default()
    }

    /// The facts as schema version 1 and 2 give them: no typed marks, no ranges.
    pub fn without_schema_3(&self) -> Facts {
        let mut f = self.clone();
        f.events.iter_mut().for_each(|e| e.typed = false);
        f.meetings.iter_mut().for_each(|m| {
            m.typed = false;
            m.per_year_max = None;
        });
        f.members.iter_mut().for_each(|m| m.typed = false);
        f.figures.iter_mut().for_each(|x| x.typed = false);
        f
    }

    /// The facts `text` still states, for an entry reworded: a meeting whose frequency's words,
    /// an event whose (last) month, a count or figure whose number is gone from it is dropped
    /// rather than left to contradict the words (毎月 beside 9 a year). A fact a person typed
    /// is kept. Tools are kept: their
    /// names are the reader's, not always the text's (MCS（メディカルケアステーション）).
    pub fn still_stated(&self, text: &str) -> Facts {
        // Compared as search compares, so １７０ in the text states 170.
        let text = crate::model::search::fold(text);
        let says = |words: &str| text.contains(&crate::model::search::fold(words));
        let number = |v: f64| format!("{v}");
        Facts {
            events: (self.events.iter())
                .filter(|e| e.typed || says(&format!("{}月", e.end_month.unwrap_or(e.month))))
                .cloned()
                .collect(),
            meetings: (self.meetings.iter())
                .filter(|m| m.typed || says(&m.basis))
                .cloned()
                .collect(),
            members: (self.members.iter())
                .filter(|m| m.typed || says(&m.count.to_string()))
                .cloned()
                .collect(),
            figures: (self.figures.iter())
                .filter(|f| f.typed || says(&number(f.value)))
                .cloned()
                .collect(),
            tools: self.tools.clone(),
        }
    }
}

/// One paragraph of the report (with any continuation paragraphs) and what it is about.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Stable id, `<hub>-<fiscal year>-<section>-<nn>`.
    pub id: String,
    /// The table the entry is in.
    pub section: Section,
    /// The fiscal year of that table.
    pub fiscal_year: FiscalYear,
    /// Activity category ①–⑤.
    pub category: Category,
    /// True where the report prints no label and the category was read from the content.
    pub category_inferred: bool,
    /// The sub-label as printed (`①`, `②-1`), or none where the report gives none.
    pub label: Option<String>,
    /// The paragraphs, verbatim; the first starts with the label.
    pub paragraphs: Vec<String>,
    /// Theme ids, decided by a reader of the text.
    pub themes: Vec<String>,
    /// Progress status, where the text says it.
    pub status: Option<Status>,
    /// Structured facts.
    #[serde(default, skip_serializing_if = "Facts::is_empty")]
    pub facts: Facts,
    /// Drafted by starting the next year's report, until edited or confirmed (schema 2).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub draft: bool,
}

impl Entry {
    /// The whole text, label included, paragraphs joined by newlines: as the editor, the
    /// changes view, the CSV and the workbook's 取組一覧 sheet give it (a workbook read back is
    /// compared with that sheet by this text).
    pub fn text(&self) -> String {
        self.paragraphs.join("\n")
    }

    /// The text without its leading sub-label, paragraphs joined by newlines.
    pub fn body(&self) -> String {
        let mut text = self.text();
        if let Some(label) = &self.label {
            if let Some(rest) = text.strip_prefix(label.as_str()) {
                text = rest.trim_start().to_string();
            }
        }
        text
    }

    /// The first `chars` characters of [`Entry::body`], with `…` where it goes on: enough to
    /// tell entries with the same label apart (a button's name, for instance).
    pub fn opening(&self, chars: usize) -> String {
        let body = self.body();
        let mut opening: String = body.chars().take(chars).collect();
        if opening.len() < body.len() {
            opening.push('…');
        }
        opening
    }

    /// True when the entry is tagged with the theme.
    pub fn has_theme(&self, theme: &str) -> bool {
        self.themes.iter().any(|t| t == theme)
    }
}

/// A section's heading as the hub's page prints it (the wording varies by hub).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionHeading {
    /// Which section.
    pub section: Section,
    /// Its fiscal year.
    pub fiscal_year: FiscalYear,
    /// The heading verbatim, e.g. `（３）令和７年度の取組計画`.
    pub heading: String,
}

/// A coordination hub (連携の拠点) and everything the report says about it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hub {
    /// Stable id (`matsubara`, `tondabayashi`, …).
    pub id: String,
    /// The report document it comes from (`資料 2 - 1 - 1`).
    pub document: String,
    /// 対象地域 as printed.
    pub area: String,
    /// The municipalities of the area.
    pub municipalities: Vec<String>,
    /// 連携の拠点: the organisation running the hub.
    pub organisation: String,
    /// 市町村医介連携事業（委託先） as printed.
    pub contractors: String,
    /// The section headings in the order printed.
    pub sections: Vec<SectionHeading>,
    /// The entries in the order printed.
    pub entries: Vec<Entry>,
}

impl Hub {
    /// The contractors as a list (the report separates them with 、 or /).
    pub fn contractor_list(&self) -> Vec<&str> {
        self.contractors
            .split(['、', '/'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect()
    }

    /// Where an entry of this hub can sit: each printed section with its year, in printed
    /// order, and `current` as well when the hub prints no heading for it (an imported
    /// entry), so an editor offering these places never moves an entry off the hub's page.
    pub fn places(&self, current: (Section, FiscalYear)) -> Vec<(Section, FiscalYear)> {
        let mut places: Vec<_> = self
            .sections
            .iter()
            .map(|s| (s.section, s.fiscal_year))
            .collect();
        if !places.contains(&current) {
            places.push(current);
        }
        places
    }

    /// The entries of one section and fiscal year, in printed order.
    pub fn entries_in(
        &self,
        section: Section,
        fiscal_year: FiscalYear,
    ) -> impl Iterator<Item = &Entry> {
        self.entries
            .iter()
            .filter(move |e| e.section == section && e.fiscal_year == fiscal_year)
    }

    /// Whether a section holds entries and every one is still a draft copied from last year's
    /// report (nobody has confirmed or edited any).
    pub fn is_still_drafted(&self, section: Section, fiscal_year: FiscalYear) -> bool {
        let mut entries = self.entries_in(section, fiscal_year).peekable();
        entries.peek().is_some() && entries.all(|e| e.draft)
    }
}

/// A category's printed heading and labels.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CategoryInfo {
    /// Which category.
    pub id: Category,
    /// The column heading as printed (`①会議の開催`).
    pub printed: String,
    /// Japanese label.
    pub ja: String,
    /// English label.
    pub en: String,
}

/// Where the dataset comes from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The heading each document carries.
    pub heading: String,
    /// The publishing body.
    pub publisher: String,
    /// The region (南河内).
    pub region: String,
    /// The publisher in English (Osaka Prefecture), for the English UI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher_en: Option<String>,
    /// The region in English (Minami-Kawachi), for the English UI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_en: Option<String>,
    /// The report's document numbers.
    pub documents: Vec<String>,
    /// The project's copy of the source text.
    pub file: String,
}

impl Source {
    /// The publisher and region as the report's title page gives them (大阪府・南河内).
    pub fn publisher_and_region(&self) -> String {
        format!("{}・{}", self.publisher, self.region)
    }

    /// The same in English (Osaka Prefecture, Minami-Kawachi), when the file gives both.
    pub fn publisher_and_region_en(&self) -> Option<String> {
        Some(format!(
            "{}, {}",
            self.publisher_en.as_ref()?,
            self.region_en.as_ref()?
        ))
    }
}
