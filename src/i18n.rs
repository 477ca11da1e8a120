//! UI strings in one place. Each language is a value of [`Texts`], so a key missing in either
//! language is a compile error. Data stays in its source language; labels of sections,
//! statuses and (from the dataset) categories and themes are translated.

use crate::model::{Section, Status};

/// The UI language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    /// 日本語 (default).
    #[default]
    Ja,
    /// English.
    En,
}

impl Lang {
    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    /// The strings of this language.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Ja => &JA,
            Lang::En => &EN,
        }
    }
}

/// Every UI string.
pub struct Texts {
    pub skip_to_main: &'static str,
    pub app_name: &'static str,
    pub nav_label: &'static str,
    pub nav_entries: &'static str,
    pub nav_hubs: &'static str,
    pub nav_compare: &'static str,
    pub nav_challenges: &'static str,
    pub footer_private: &'static str,
    pub source_prefix: &'static str,
    pub hubs_title: &'static str,
    pub entries_title: &'static str,
    pub filters_title: &'static str,
    pub search_label: &'static str,
    pub search_hint: &'static str,
    pub facet_theme: &'static str,
    pub facets_summary: &'static str,
    pub facet_category: &'static str,
    pub facet_section: &'static str,
    pub facet_year: &'static str,
    pub facet_hub: &'static str,
    pub facet_status: &'static str,
    pub municipalities: &'static str,
    pub clear_all: &'static str,
    pub results_suffix: &'static str,
    pub no_results: &'static str,
    pub ignored_note: &'static str,
    pub entry_count_suffix: &'static str,
    pub fy_prefix: &'static str,
    pub fy_suffix: &'static str,
    pub no_label: &'static str,
    pub inferred: &'static str,
    pub organisation: &'static str,
    pub contractors: &'static str,
    pub area: &'static str,
    pub document: &'static str,
    pub open_hub: &'static str,
    pub hub_not_found: &'static str,
    pub page_not_found: &'static str,
    pub back_to_entries: &'static str,
    pub change_title: &'static str,
    pub change_intro: &'static str,
    pub continued: &'static str,
    pub new: &'static str,
    pub dropped: &'static str,
    pub nothing: &'static str,
    pub compare_title: &'static str,
    pub compare_hubs: &'static str,
    pub compare_section: &'static str,
    pub compare_theme_note: &'static str,
    pub compare_pick_two: &'static str,
    pub challenges_title: &'static str,
    pub challenges_intro: &'static str,
    pub themes_label: &'static str,
    pub status_label: &'static str,
    pub category_label: &'static str,
    pub show_entries_of_hub: &'static str,
}

/// 日本語.
pub const JA: Texts = Texts {
    skip_to_main: "本文へ移動",
    app_name: "renkei 連携",
    nav_label: "メインメニュー",
    nav_entries: "取組一覧",
    nav_hubs: "拠点",
    nav_compare: "比較",
    nav_challenges: "課題",
    footer_private: "データはこのブラウザの中だけで扱われ、外部へ送信されません。",
    source_prefix: "出典：",
    hubs_title: "連携の拠点",
    entries_title: "取組一覧",
    filters_title: "絞り込み",
    search_label: "キーワード検索",
    search_hint: "全角・半角、ひらがな・カタカナを区別しません。スペースで区切ると全ての語を含む取組を表示します。",
    facet_theme: "テーマ",
    facets_summary: "条件で絞り込む（テーマ・分類・区分・年度・拠点・進捗）",
    facet_category: "取組の分類",
    facet_section: "区分",
    facet_year: "年度",
    facet_hub: "拠点・市町村",
    facet_status: "令和7年度の進捗",
    municipalities: "市町村",
    clear_all: "すべての条件を解除",
    results_suffix: "件の取組",
    no_results: "条件に合う取組はありません。条件を減らしてください。",
    ignored_note: "URL の次の値は認識できないため無視しました：",
    entry_count_suffix: "件",
    fy_prefix: "令和",
    fy_suffix: "年度",
    no_label: "番号なし",
    inferred: "分類は内容から推定",
    organisation: "連携の拠点",
    contractors: "市町村医介連携事業（委託先）",
    area: "対象地域",
    document: "資料",
    open_hub: "拠点のページ",
    hub_not_found: "この拠点は見つかりません。",
    page_not_found: "ページが見つかりません。",
    back_to_entries: "取組一覧へ戻る",
    change_title: "令和6年度から令和7年度への変化",
    change_intro: "令和6年度の実績と令和7年度の計画を分類ごとに比べています（文面の重なりから判定）。",
    continued: "継続",
    new: "新規",
    dropped: "記載なし",
    nothing: "—",
    compare_title: "拠点の比較",
    compare_hubs: "比べる拠点（2〜6）",
    compare_section: "区分",
    compare_theme_note: "テーマで絞り込み中：",
    compare_pick_two: "比べる拠点を2つ以上選んでください。",
    challenges_title: "取組を通じた課題",
    challenges_intro: "各拠点が令和6年度の取組を通じて挙げた課題です。",
    themes_label: "テーマ",
    status_label: "進捗",
    category_label: "分類",
    show_entries_of_hub: "この拠点の取組を一覧で見る",
};

/// English.
pub const EN: Texts = Texts {
    skip_to_main: "Skip to main content",
    app_name: "renkei",
    nav_label: "Main menu",
    nav_entries: "Entries",
    nav_hubs: "Hubs",
    nav_compare: "Compare",
    nav_challenges: "Challenges",
    footer_private: "Data is handled only inside this browser and never sent anywhere.",
    source_prefix: "Source: ",
    hubs_title: "Coordination hubs",
    entries_title: "Entries",
    filters_title: "Filters",
    search_label: "Search",
    search_hint: "Full- and half-width forms and hiragana/katakana match each other. Several words must all occur.",
    facet_theme: "Theme",
    facets_summary: "Filter by theme, category, section, year, hub, progress",
    facet_category: "Category",
    facet_section: "Section",
    facet_year: "Fiscal year",
    facet_hub: "Hub / municipality",
    facet_status: "FY2025 progress",
    municipalities: "Municipalities",
    clear_all: "Clear all filters",
    results_suffix: " entries",
    no_results: "No entry matches. Remove some filters.",
    ignored_note: "These URL values were not recognised and are ignored: ",
    entry_count_suffix: " entries",
    fy_prefix: "FY",
    fy_suffix: "",
    no_label: "no label",
    inferred: "category inferred from content",
    organisation: "Hub organisation",
    contractors: "Contractors",
    area: "Area",
    document: "Document",
    open_hub: "Hub page",
    hub_not_found: "This hub does not exist.",
    page_not_found: "Page not found.",
    back_to_entries: "Back to entries",
    change_title: "From FY2024 to FY2025",
    change_intro: "FY2024 results compared with the FY2025 plan, per category (judged from overlapping wording).",
    continued: "Continued",
    new: "New",
    dropped: "No longer listed",
    nothing: "—",
    compare_title: "Compare hubs",
    compare_hubs: "Hubs to compare (2–6)",
    compare_section: "Section",
    compare_theme_note: "Filtered by theme: ",
    compare_pick_two: "Pick at least two hubs to compare.",
    challenges_title: "Challenges",
    challenges_intro: "The challenges each hub found through its FY2024 work.",
    themes_label: "Themes",
    status_label: "Progress",
    category_label: "Category",
    show_entries_of_hub: "List this hub's entries",
};

/// The label of a section.
pub fn section_label(lang: Lang, section: Section) -> &'static str {
    match (lang, section) {
        (Lang::Ja, Section::Result) => "実績",
        (Lang::Ja, Section::Challenge) => "課題",
        (Lang::Ja, Section::Plan) => "計画",
        (Lang::Ja, Section::Progress) => "進捗状況",
        (Lang::En, Section::Result) => "Results",
        (Lang::En, Section::Challenge) => "Challenges",
        (Lang::En, Section::Plan) => "Plan",
        (Lang::En, Section::Progress) => "Progress",
    }
}

/// The label of a progress status.
pub fn status_label(lang: Lang, status: Status) -> &'static str {
    match (lang, status) {
        (Lang::Ja, Status::Done) => "実施済み",
        (Lang::Ja, Status::Ongoing) => "実施中",
        (Lang::Ja, Status::Planned) => "予定",
        (Lang::Ja, Status::Coordinating) => "調整中",
        (Lang::Ja, Status::Considering) => "検討中",
        (Lang::En, Status::Done) => "Done",
        (Lang::En, Status::Ongoing) => "Ongoing",
        (Lang::En, Status::Planned) => "Planned",
        (Lang::En, Status::Coordinating) => "In coordination",
        (Lang::En, Status::Considering) => "Under consideration",
    }
}

/// A fiscal year as the UI writes it: 令和6年度 / FY2024.
pub fn fiscal_year_label(lang: Lang, fy: crate::model::FiscalYear) -> String {
    match lang {
        Lang::Ja => format!("令和{}年度", fy.reiwa()),
        Lang::En => format!("FY{}", fy.0),
    }
}
