//! UI strings in one place. Each language is a value of [`Texts`], so a key missing in either
//! language is a compile error. Data stays in its source language; labels of sections,
//! statuses and (from the dataset) categories and themes are translated.

use crate::model::{FiscalYear, Section, Status};

/// The UI language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
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

    /// Parses `ja` / `en`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        match tag {
            "ja" => Some(Lang::Ja),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Between a label and what follows it: `：` / `: `.
    pub fn colon(self) -> &'static str {
        match self {
            Lang::Ja => "：",
            Lang::En => ": ",
        }
    }

    /// Between the parts of a description whose items hold `・` themselves: `／` / `; `.
    pub fn clause_separator(self) -> &'static str {
        match self {
            Lang::Ja => "／",
            Lang::En => "; ",
        }
    }

    /// Between the items of a list in running text: `、` / `, `.
    pub fn list_separator(self) -> &'static str {
        match self {
            Lang::Ja => "、",
            Lang::En => ", ",
        }
    }

    /// Between two parts of one name (year and section): `・` / ` · `.
    pub fn middle_dot(self) -> &'static str {
        match self {
            Lang::Ja => "・",
            Lang::En => " · ",
        }
    }

    /// `main（aside）` in Japanese, `main (aside)` in English.
    pub fn paren(self, main: &str, aside: &str) -> String {
        match self {
            Lang::Ja => format!("{main}（{aside}）"),
            Lang::En => format!("{main} ({aside})"),
        }
    }

    /// Two names of one thing side by side: `令和7年度の報告・全区分`, `FY2025 report, all sections`.
    pub fn pair(self, first: &str, second: &str) -> String {
        match self {
            Lang::Ja => format!("{first}・{second}"),
            Lang::En => format!("{first}, {second}"),
        }
    }

    /// A count of entries: `3件`, `1 entry`, `3 entries`.
    pub fn entries(self, n: usize) -> String {
        match (self, n) {
            (Lang::Ja, _) => format!("{n}件"),
            (Lang::En, 1) => "1 entry".into(),
            (Lang::En, _) => format!("{n} entries"),
        }
    }

    /// The drafts of the report being drafted still to check: `（未確認の下書き 3件）`.
    pub fn drafts_left(self, n: usize) -> String {
        match (self, n) {
            (Lang::Ja, _) => format!("（未確認の下書き {n}件）"),
            (Lang::En, 1) => " (1 draft to check)".into(),
            (Lang::En, _) => format!(" ({n} drafts to check)"),
        }
    }

    /// What follows the number of results: `件の取組`, ` entry`, ` entries`.
    pub fn results_suffix(self, n: usize) -> &'static str {
        match (self, n) {
            (Lang::Ja, _) => "件の取組",
            (Lang::En, 1) => " entry",
            (Lang::En, _) => " entries",
        }
    }

    /// This language's half of a `[ja, en]` pair (messages worded in both, to follow the toggle).
    pub fn pick<T>(self, pair: &[T; 2]) -> &T {
        match self {
            Lang::Ja => &pair[0],
            Lang::En => &pair[1],
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
    pub no_results: &'static str,
    pub ignored_note: &'static str,
    pub entry_count_suffix: &'static str,
    /// After a number of hubs ("拠点", " hubs").
    pub hub_count_suffix: &'static str,
    /// After a number of table rows ("行", " rows").
    pub row_count_suffix: &'static str,
    pub no_label: &'static str,
    pub inferred: &'static str,
    pub organisation: &'static str,
    pub contractors: &'static str,
    pub area: &'static str,
    pub document: &'static str,
    pub hub_not_found: &'static str,
    pub page_not_found: &'static str,
    pub back_to_entries: &'static str,
    pub change_intro: &'static str,
    pub change_compare: &'static str,
    pub continued: &'static str,
    pub new: &'static str,
    pub dropped: &'static str,
    pub nothing: &'static str,
    /// What a screen reader says for [`Texts::nothing`].
    pub nothing_label: &'static str,
    pub compare_title: &'static str,
    pub compare_hubs: &'static str,
    pub compare_section: &'static str,
    pub compare_theme_note: &'static str,
    pub compare_pick_two: &'static str,
    /// Said when the last compared hub is unticked (it stays ticked).
    pub compare_keep_one: &'static str,
    pub hub_filter: &'static str,
    /// After the number of hubs the compare chooser leaves out.
    pub compare_hidden_hubs: &'static str,
    pub challenges_title: &'static str,
    pub challenges_intro: &'static str,
    pub themes_label: &'static str,
    pub status_label: &'static str,
    pub category_label: &'static str,
    pub show_entries_of_hub: &'static str,
    pub nav_dashboard: &'static str,
    /// The button that draws every item of a list past its limit.
    pub show_all: &'static str,
    /// An edit made to an entry that another tab changed or removed since it was opened.
    pub edit_stale: &'static str,
    /// Button under a long facet: show every value.
    pub facet_show_all: &'static str,
    /// Button under an expanded facet: back to the first values.
    pub facet_show_fewer: &'static str,
    pub rows_capped: &'static str,
    pub switch_lang: &'static str,
    pub switch_lang_tag: &'static str,
    pub nav_accessibility: &'static str,
    pub undone: &'static str,
    pub redone: &'static str,
    pub storage_refused: &'static str,
    /// Why a report is not saved when it holds more text than any browser keeps
    /// (`persist::MAX_STORABLE_CHARS`, 5,242,880 characters).
    pub too_large_to_store: &'static str,
    pub updated_from_other_tab: &'static str,
    pub nav_changes: &'static str,
    /// After a done note: the link to the changes view.
    pub see_changes: &'static str,
    pub nav_import: &'static str,
    pub nav_report: &'static str,
    pub next_year_title: &'static str,
    pub next_year_intro: &'static str,
    pub next_year_button: &'static str,
    pub next_year_confirm: &'static str,
    pub next_year_started: &'static str,
    pub drafting_year: &'static str,
    pub draft: &'static str,
    pub edition_label: &'static str,
    pub edition_suffix: &'static str,
    pub confirm_draft: &'static str,
    pub report_contents: &'static str,
    pub undo: &'static str,
    pub redo: &'static str,
    pub saved: &'static str,
    pub not_saving: &'static str,
    pub conflict: &'static str,
    pub keep_mine: &'static str,
    pub take_theirs: &'static str,
    pub held: &'static str,
    pub recovered: &'static str,
    pub export_json: &'static str,
    pub export_csv: &'static str,
    pub export_csv_shown: &'static str,
    pub edit: &'static str,
    pub edited: &'static str,
    pub delete: &'static str,
    pub cancel: &'static str,
    /// Closes what has nothing to apply (a review finding no change).
    pub close: &'static str,
    pub save: &'static str,
    pub confirm_delete: &'static str,
    /// Asked before the editor's unsaved changes are thrown away.
    pub confirm_discard: &'static str,
    /// Atop the editor when it opens again on a form left unsaved.
    pub editor_restored: &'static str,
    pub deleted: &'static str,
    pub edit_entry: &'static str,
    pub new_entry: &'static str,
    pub field_text: &'static str,
    pub field_label: &'static str,
    pub field_fy: &'static str,
    /// The editor's one choice of section and year.
    pub field_place: &'static str,
    pub field_facts: &'static str,
    pub facts_title: &'static str,
    pub facts_hint: &'static str,
    pub facts_json_broken: &'static str,
    pub facts_events: &'static str,
    pub facts_what: &'static str,
    pub facts_month: &'static str,
    pub facts_day: &'static str,
    pub facts_remove: &'static str,
    pub facts_add_event: &'static str,
    pub facts_add_meeting: &'static str,
    pub facts_add_member: &'static str,
    pub facts_add_figure: &'static str,
    pub facts_figures: &'static str,
    pub facts_value: &'static str,
    pub facts_unit: &'static str,
    pub facts_at_most: &'static str,
    pub facts_meetings: &'static str,
    pub times_a_year_label: &'static str,
    pub facts_members: &'static str,
    pub facts_count: &'static str,
    pub facts_json: &'static str,
    pub facts_read: &'static str,
    pub facts_present: &'static str,
    pub facts_found: &'static str,
    pub facts_nothing_new: &'static str,
    pub facts_take: &'static str,
    pub text_required: &'static str,
    pub no_status: &'static str,
    pub add_entry: &'static str,
    pub add_section: &'static str,
    pub field_heading: &'static str,
    pub add: &'static str,
    pub add_hub: &'static str,
    pub field_hub_id: &'static str,
    /// Under the hub id: it may be left empty.
    pub hub_id_hint: &'static str,
    /// After a required field's label, in parentheses.
    pub required_mark: &'static str,
    /// The link to a hub just added.
    pub open_hub_page: &'static str,
    pub field_municipalities: &'static str,
    pub changes_title: &'static str,
    pub changes_intro: &'static str,
    /// After the number of next year's drafts not yet confirmed or edited.
    pub drafts_untouched: &'static str,
    /// Under a hub's year-change table while a table it compares is still drafts.
    pub change_of_drafts: &'static str,
    /// The choice to list those drafts too.
    pub list_drafts: &'static str,
    pub no_changes: &'static str,
    pub revert: &'static str,
    pub kind_added: &'static str,
    pub kind_removed: &'static str,
    pub kind_modified: &'static str,
    pub hub_added: &'static str,
    pub hub_removed: &'static str,
    pub hub_modified: &'static str,
    pub before: &'static str,
    pub after: &'static str,
    /// Over an entry's text in a change that left it as it was.
    pub text_unchanged: &'static str,
    /// An entry's printed label (②-1), named in a change.
    pub number_word: &'static str,
    /// Themes ticked in a change.
    pub themes_added: &'static str,
    /// Themes unticked in a change.
    pub themes_removed: &'static str,
    /// A change of an entry's structured data.
    pub facts_changed: &'static str,
    /// A drafted entry confirmed.
    pub draft_confirmed: &'static str,
    /// An entry made a draft again.
    pub draft_again: &'static str,
    pub reset_all: &'static str,
    pub reset_confirm: &'static str,
    pub reset_now: &'static str,
    pub reset_done: &'static str,
    pub backup_download: &'static str,
    pub conflict_download: &'static str,
    pub import_title: &'static str,
    pub import_intro: &'static str,
    pub import_file: &'static str,
    pub drop_here: &'static str,
    pub import_errors: &'static str,
    pub import_ok: &'static str,
    pub import_summary_hubs: &'static str,
    pub import_summary_entries: &'static str,
    pub import_replace: &'static str,
    pub import_merge: &'static str,
    pub import_apply: &'static str,
    pub import_confirm: &'static str,
    pub import_done: &'static str,
    pub import_changes: &'static str,
    pub reading: &'static str,
    pub export_title: &'static str,
    pub export_intro: &'static str,
    pub export_xlsx: &'static str,
    /// 新しい版が公開されました
    pub edition_new: &'static str,
    /// このブラウザーでの編集は、新しい版の上にすべて残しています。
    pub edition_merged: &'static str,
    /// 件は新しい版でも変わっていたため、こちらの編集を残しました。変更点で確かめてください。
    pub edition_both_changed: &'static str,
    /// このブラウザーで読み込んだ報告（または編集の元の版が分からない報告）は、そのまま表示しています。公開版を見るには、変更点の「すべて元に戻す」を使います。
    pub edition_kept_other: &'static str,
    /// オフラインのため、このブラウザーで最後に見た版を表示しています
    pub edition_offline: &'static str,
    /// サイトの data/report.json を使えなかったため、前の版を表示しています
    pub edition_not_taken: &'static str,
    /// サイトの data/report.json は、このブラウザーで前に見た版より古い版です
    pub edition_older: &'static str,
    /// サイトが data/report.json を返しませんでした
    pub edition_status: &'static str,
    /// 公開日の記載なし
    pub edition_no_date: &'static str,
    /// 表示中の版：
    pub footer_edition: &'static str,
    /// 公開
    pub footer_published: &'static str,
    /// ・
    pub list_sep_drafts: &'static str,
    /// 件の未確認の下書きを含む
    pub print_drafts: &'static str,
    /// 公開する
    pub publish_title: &'static str,
    /// 「公開用に書き出す」は、今日を公開日とした report.json を書き出します。公開の方法は二つです。
    pub publish_intro: &'static str,
    /// サイトの data/report.json を、このファイルで置き換える（アップロードだけで、訪問者は次に開いたときに新しい版を見ます。ビルドは不要です）。
    pub publish_upload: &'static str,
    /// リポジトリの public/data/report.json にコミットする（Pages のワークフローがサイトを作り直します）。
    pub publish_commit: &'static str,
    /// 公開用に書き出す
    pub publish_export: &'static str,
    /// 新しい版でも変更
    pub both_changed_badge: &'static str,
    pub export_xlsx_hub: &'static str,
    pub xlsx_working: &'static str,
    pub xlsx_made: &'static str,
    pub workbook_failed: &'static str,
    /// A workbook's review applied after the report changed in another tab.
    pub review_stale: &'static str,
    pub review_title: &'static str,
    pub review_select_all: &'static str,
    pub review_select_none: &'static str,
    pub review_apply: &'static str,
    pub review_applied: &'static str,
    pub dashboard_title: &'static str,
    pub dashboard_intro: &'static str,
    /// On phones: charts scroll sideways, and tables hold the same numbers.
    pub chart_scroll_hint: &'static str,
    pub all_sections: &'static str,
    /// Entries picked one by one (a chart cell's), in a filter's description.
    pub chosen_entries: &'static str,
    /// The entries view's link to the dashboard with its filter.
    pub dashboard_with_filter: &'static str,
    /// Before the dashboard's active filter.
    pub filtered_by: &'static str,
    /// The link that clears the dashboard's filter.
    pub dashboard_unfilter: &'static str,
    /// Under the dashboard's 区分 choice: which charts it narrows.
    pub dashboard_section_hint: &'static str,
    /// The municipality choice's first option: no municipality, every hub.
    pub all_municipalities: &'static str,
    /// The municipality choice while hubs are ticked that are no one municipality.
    pub by_hub: &'static str,
    /// Names a chart's cells for a screen reader, and how to move among them.
    pub chart_cells: &'static str,
    pub chart_table: &'static str,
    /// Shown while a chart's complete table is being computed.
    pub table_computing: &'static str,
    pub chart_show_table: &'static str,
    pub chart_show_chart: &'static str,
    pub chart_csv: &'static str,
    pub chart_copy: &'static str,
    pub chart_png: &'static str,
    pub chart_svg: &'static str,
    pub table_copied: &'static str,
    pub table_not_copied: &'static str,
    pub picture_failed: &'static str,
    pub chart_legend: &'static str,
    pub legend_few: &'static str,
    pub legend_many: &'static str,
    pub chart_heatmap: &'static str,
    pub chart_heatmap_summary: &'static str,
    pub chart_coverage: &'static str,
    pub chart_coverage_summary: &'static str,
    pub chart_meetings: &'static str,
    pub chart_meetings_summary: &'static str,
    pub times_per_year: &'static str,
    pub chart_calendar: &'static str,
    pub chart_calendar_summary: &'static str,
    pub event_done: &'static str,
    pub event_planned: &'static str,
    pub no_events: &'static str,
    pub chart_status_summary: &'static str,
    pub chart_change_summary: &'static str,
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
    search_hint: "全角・半角、ひらがな・カタカナ、長音「ー」の有無を区別しません。数字は数として探します（2月で12月は出ません）。スペースで区切ると全ての語を含む取組を表示します。",
    facet_theme: "テーマ",
    facets_summary: "条件で絞り込む（テーマ・分類・区分・年度・拠点・進捗）",
    facet_category: "取組の分類",
    facet_section: "区分",
    facet_year: "年度",
    facet_hub: "拠点・市町村",
    facet_status: "令和7年度の進捗",
    municipalities: "市町村",
    clear_all: "すべての条件を解除",
    no_results: "条件に合う取組はありません。条件を減らしてください。",
    ignored_note: "URL の次の値は認識できないため無視しました：",
    entry_count_suffix: "件",
    hub_count_suffix: "拠点",
    row_count_suffix: "行",
    no_label: "番号なし",
    inferred: "分類は内容から推定",
    organisation: "連携の拠点",
    contractors: "市町村医介連携事業（委託先）",
    area: "対象地域",
    document: "資料",
    hub_not_found: "この拠点は見つかりません。",
    page_not_found: "ページが見つかりません。",
    back_to_entries: "取組一覧へ戻る",
    change_intro: "前年度の実績とその年度の計画を、分類ごとに比べています（文面の重なりから判定）。",
    change_compare: "変化を比べる表",
    continued: "継続",
    new: "新規",
    dropped: "記載なし",
    nothing: "—",
    nothing_label: "なし",
    compare_title: "拠点の比較",
    compare_hubs: "比べる拠点（2〜6）",
    compare_section: "区分",
    compare_theme_note: "テーマで絞り込み中：",
    compare_pick_two: "比べる拠点を2つ以上選んでください。",
    compare_keep_one: "最後の1拠点は外せません。ほかの拠点を選んでから外してください。",
    hub_filter: "拠点・市町村名で絞り込む",
    compare_hidden_hubs: "拠点は表示していません。名前で絞り込んでください。",
    challenges_title: "取組を通じた課題",
    challenges_intro: "各拠点が令和6年度の取組を通じて挙げた課題です。",
    themes_label: "テーマ",
    status_label: "進捗",
    category_label: "分類",
    show_entries_of_hub: "この拠点の取組を一覧で見る",
    nav_dashboard: "ダッシュボード",
    show_all: "すべて表示",
    edit_stale: "この取組は、別のタブで変更または削除されました。編集を閉じて、開き直してください。",
    facet_show_all: "すべて表示",
    facet_show_fewer: "少なく表示",
    rows_capped: "拠点が多いため、図には先頭の拠点のみを表示しています。全拠点の数値は表とCSVにあります。表示拠点数：",
    switch_lang: "English",
    switch_lang_tag: "en",
    nav_accessibility: "アクセシビリティ方針",
    undone: "元に戻しました。",
    redone: "やり直しました。",
    storage_refused: "ブラウザの保存領域に書き込めません。",
    too_large_to_store: "報告書が大きすぎて、ブラウザに保存できません（ブラウザが保存できる文字数、約524万字を超えています）。",
    updated_from_other_tab: "別のタブでの編集を読み込みました。",
    nav_changes: "変更点",
    see_changes: "変更点を見る",
    nav_import: "インポート",
    nav_report: "報告書",
    next_year_title: "次年度の報告",
    next_year_intro: "今年度の進捗状況を実績の、計画を次年度の計画の下書きにします（課題と次年度の進捗状況は空欄）。元に戻すで取り消せます。",
    next_year_button: "の報告を始める",
    next_year_confirm: "の報告を始めますか。すべての拠点に4つの区分と下書きを加えます。",
    next_year_started: "次年度の報告を始めました。各拠点の下書きを確認してください。",
    drafting_year: "の報告を作成中",
    draft: "下書き",
    edition_label: "表示する報告",
    edition_suffix: "の報告",
    confirm_draft: "確認済みにする",
    report_contents: "目次",
    undo: "元に戻す",
    redo: "やり直す",
    saved: "編集はこのブラウザに保存されています",
    not_saving: "変更は保存されていません。このタブを閉じると失われます。JSONを書き出して保管してください。",
    conflict: "別のタブで新しい編集が保存されました。このタブの版は上書きせずに保管しています。どちらを使うか選んでください。",
    keep_mine: "このタブの版を使う",
    take_theirs: "別のタブの版を読み込む",
    held: "保存されていたデータを読み込めず、退避もできなかったため、保存を止めています。",
    recovered: "保存されていたデータを読み込めなかったため、公開版から始めました。元のデータは退避しました（変更点の画面からダウンロードできます）。",
    export_json: "JSONを書き出す",
    export_csv: "CSVを書き出す",
    export_csv_shown: "表示中の取組をCSVで書き出す",
    edit: "編集",
    edited: "編集済み",
    delete: "削除",
    cancel: "キャンセル",
    close: "閉じる",
    save: "保存",
    confirm_delete: "この取組を削除しますか？（元に戻すで取り消せます）",
    confirm_discard: "保存していない変更があります。変更を破棄して閉じますか？",
    editor_restored: "保存していなかった編集を開き直しました。保存するか、「キャンセル」で破棄してください。",
    deleted: "取組を削除しました。",
    edit_entry: "取組の編集",
    new_entry: "取組の追加",
    field_text: "本文（段落ごとに改行）",
    field_label: "番号（例：②-1、なければ空欄）",
    field_fy: "年度（西暦の開始年）",
    field_place: "区分・年度",
    field_facts: "構造化データ（JSON：events, meetings, members, figures, tools）",
    facts_title: "構造化データ（カレンダーとグラフに使う日付・回数・人数）",
    facts_hint: "本文の言葉から読み取った、または入力した事実です。本文を直したら「本文から読み取る」で確かめられます。",
    facts_json_broken: "下の JSON が読めないため、項目の欄を表示できません。JSON を直してください。",
    facts_events: "日付のある行事",
    facts_what: "名称",
    facts_month: "月",
    facts_day: "日",
    facts_remove: "この行を削除",
    facts_add_event: "行事を追加",
    facts_add_meeting: "会議を追加",
    facts_add_member: "人数を追加",
    facts_add_figure: "数値を追加",
    facts_figures: "その他の数値（回答率・件数など）",
    facts_value: "値",
    facts_unit: "単位",
    facts_at_most: "最大（幅がある場合）",
    facts_meetings: "会議の開催回数",
    times_a_year_label: "年間回数",
    facts_members: "人数",
    facts_count: "人数",
    facts_json: "JSON で編集する（上級者向け）",
    facts_read: "本文から読み取る",
    facts_present: "今の内容",
    facts_found: "本文から新たに読み取った内容",
    facts_nothing_new: "今の内容にないものは読み取れませんでした。",
    facts_take: "読み取った内容を加える",
    text_required: "本文を入力してください。",
    no_status: "（なし）",
    add_entry: "取組を追加",
    add_section: "年度の区分を追加",
    field_heading: "見出し（例：（３）令和8年度の取組計画）",
    add: "追加",
    add_hub: "拠点を追加",
    field_hub_id: "拠点ID（任意）",
    hub_id_hint: "ページのアドレスに使います（例：sakai → /hub/sakai）。英小文字・数字・ハイフン。空欄なら hub-1 のように自動で付けます。",
    required_mark: "必須",
    open_hub_page: "この拠点のページを開く",
    field_municipalities: "市町村（「・」区切り）",
    changes_title: "変更点",
    changes_intro: "公開版（同梱の報告）との違いです。",
    change_of_drafts: "比べている区分がまだ下書き（前年度の報告からの写し）のため、この表は年度の変化をまだ表していません。拠点が記入または確認すると変わります。",
    drafts_untouched: "は、次年度の報告を始めたときに作られた下書きのままです（まだ確認も編集もされていません）。",
    list_drafts: "下書きのままの取組も一覧に表示する",
    no_changes: "変更はありません。",
    revert: "この変更を取り消す",
    kind_added: "追加",
    kind_removed: "削除",
    kind_modified: "変更",
    hub_added: "追加された拠点",
    hub_removed: "削除された拠点",
    hub_modified: "情報または区分が変わった拠点",
    before: "変更前",
    after: "変更後",
    text_unchanged: "本文（変更なし）",
    number_word: "番号",
    themes_added: "テーマに追加",
    themes_removed: "テーマから外した",
    facts_changed: "構造化データ（日付・回数など）を変更",
    draft_confirmed: "下書きを確認済みにした",
    draft_again: "下書きに戻した",
    reset_all: "すべての編集を取り消して公開版に戻す",
    reset_confirm: "すべての編集を取り消して公開版に戻します。先にJSONを書き出して保管できます。",
    reset_now: "公開版に戻す",
    reset_done: "公開版に戻しました。",
    backup_download: "退避したデータをダウンロード",
    conflict_download: "保管したこのタブの版をダウンロード",
    import_title: "インポート・エクスポート",
    import_intro: "JSONファイルか、書き出した様式に記入したExcelブック（.xlsx）を選ぶか、ここにドラッグ＆ドロップしてください。内容を確認してから反映します。ファイルはこのブラウザの外には送られません。",
    import_file: "ファイルを選ぶ（JSON・Excel）",
    drop_here: "ここにファイルをドロップ",
    import_errors: "このファイルは読み込めません。現在のデータは変更していません。",
    import_ok: "ファイルを確認しました。",
    import_summary_hubs: "拠点",
    import_summary_entries: "取組",
    import_replace: "置き換える（現在のデータをファイルの内容にする）",
    import_merge: "拠点ごとに統合する（同じIDの拠点を置き換え、新しい拠点を追加）",
    import_apply: "反映する",
    import_confirm: "この内容で反映しますか？（元に戻すで取り消せません。必要なら先に書き出してください）",
    import_done: "インポートしました。",
    import_changes: "変わる取組",
    reading: "読み込み中…",
    export_title: "書き出し",
    export_intro: "編集後のデータ全体を、このサイトが公開している data/report.json と同じ形式で書き出します（控えや受け渡し用）。公開するときは、下の「公開用に書き出す」を使います。",
    export_xlsx: "Excel（.xlsx）で書き出す",
    edition_new: "新しい版が公開されました",
    edition_merged: "このブラウザーでの編集は、新しい版の上にすべて残しています。",
    edition_both_changed: "件は新しい版でも変わっていたため、こちらの編集を残しました。変更点で確かめてください。",
    edition_kept_other: "このブラウザーで読み込んだ報告（または編集の元の版が分からない報告）は、そのまま表示しています。公開版を見るには、変更点の「すべて元に戻す」を使います。",
    edition_offline: "オフラインのため、このブラウザーで最後に見た版を表示しています",
    edition_not_taken: "サイトの data/report.json を使えなかったため、前の版を表示しています",
    edition_older: "サイトの data/report.json は、このブラウザーで前に見た版より古い版です",
    edition_status: "サイトが data/report.json を返しませんでした",
    edition_no_date: "公開日の記載なし",
    footer_edition: "表示中の版：",
    footer_published: "公開",
    list_sep_drafts: "・",
    print_drafts: "件の未確認の下書きを含む",
    publish_title: "公開する",
    publish_intro: "「公開用に書き出す」は、今日を公開日とした report.json を書き出します。公開の方法は二つです。",
    publish_upload: "サイトの data/report.json を、このファイルで置き換える（アップロードだけで、訪問者は次に開いたときに新しい版を見ます。ビルドは不要です）。",
    publish_commit: "リポジトリの public/data/report.json にコミットする（Pages のワークフローがサイトを作り直します）。",
    publish_export: "公開用に書き出す",
    both_changed_badge: "新しい版でも変更",
    export_xlsx_hub: "この拠点の様式をExcel（.xlsx）で書き出す",
    xlsx_working: "ブックを作成・確認しています…",
    xlsx_made: "ブックを書き出しました。",
    workbook_failed: "ブックを扱う部分を読み込めませんでした。ネットワークにつないで、もう一度お試しください。",
    review_stale: "ブックを読み込んだ後に、別のタブで報告が変更されました。何も反映していません。ブックをもう一度読み込んでください。",
    review_title: "ブックの変更点の確認",
    review_select_all: "すべて選ぶ",
    review_select_none: "すべて外す",
    review_apply: "選んだ変更を反映する",
    review_applied: "ブックの変更を反映しました。「元に戻す」で取り消せます。",
    dashboard_title: "ダッシュボード",
    dashboard_intro: "絞り込み条件に合う取組を集計しています。マス目や棒を押すと、その取組の一覧を開きます。",
    chart_scroll_hint: "スマートフォンでは、グラフを横にスクロールして全体を見られます。「表で見る」でも同じ数値を読めます。",
    all_sections: "すべての区分",
    chosen_entries: "選んだ取組",
    dashboard_with_filter: "この条件でグラフを見る",
    filtered_by: "絞り込み中",
    dashboard_unfilter: "絞り込みを解除してすべての取組を集計",
    dashboard_section_hint: "区分の選択は、上の2つの件数のグラフに効きます。会議・カレンダー・進捗状況・変化のグラフは、それぞれの区分を集計します。",
    all_municipalities: "すべての市町村",
    by_hub: "（拠点で絞り込み中）",
    chart_table: "表",
    chart_cells: "セル：矢印キーで移動、Enterでその取組を表示",
    table_computing: "表を計算しています…",
    chart_show_table: "表で見る",
    chart_show_chart: "グラフで見る",
    chart_csv: "CSVをダウンロード",
    chart_copy: "表をコピー",
    chart_png: "PNG画像",
    chart_svg: "SVG画像",
    table_copied: "表をコピーしました。表計算ソフトに貼り付けられます。",
    table_not_copied: "表をコピーできませんでした。ブラウザがクリップボードへの書き込みを許可していません。",
    picture_failed: "画像を作れませんでした。",
    chart_legend: "凡例",
    legend_few: "少ない",
    legend_many: "多い",
    chart_heatmap: "拠点×取組の分類（件数）",
    chart_heatmap_summary: "各拠点の取組件数を分類①〜⑤ごとに示します。色が濃いほど件数が多く、数値を各マスに記載しています。",
    chart_coverage: "テーマ×拠点（件数）",
    chart_coverage_summary: "どの拠点がどのテーマに取り組んでいるかを件数で示します。",
    chart_meetings: "会議の年間開催回数",
    chart_meetings_summary: "報告に開催頻度が書かれた会議の年間回数の合計を、表示する報告の年度（前年度の実績・今年度の計画）で比べます。実績と計画のある年度は実績で数えます。",
    times_per_year: "回／年",
    chart_calendar: "予定・実施の月別カレンダー",
    chart_calendar_summary: "日付のある取組を4月から3月の月ごとに置いています。●は実施、○は予定です。実績や進捗状況に書かれた行事は、同じ月・分類の計画の行事に代えて一度だけ示します。進捗状況が実施済みと報告した計画の行事は●です。",
    event_done: "実施",
    event_planned: "予定",
    no_events: "なし",
    chart_status_summary: "表示している報告の年度の進捗状況の記載を、実施済み・実施中・予定・調整中・検討中に分けて数えています。",
    chart_change_summary: "分類ごとに、前年度の実績からその年度の計画へ継続（=）、新規（+）、記載なし（−）の件数を示します。色の濃さは3つの合計です。",
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
    search_hint: "Full- and half-width forms, hiragana/katakana and long-vowel marks match each other. Numbers match whole numbers (2 does not find 12). Several words must all occur.",
    facet_theme: "Theme",
    facets_summary: "Filter by theme, category, section, year, hub, progress",
    facet_category: "Category",
    facet_section: "Section",
    facet_year: "Fiscal year",
    facet_hub: "Hub / municipality",
    facet_status: "FY2025 progress",
    municipalities: "Municipalities",
    clear_all: "Clear all filters",
    no_results: "No entry matches. Remove some filters.",
    ignored_note: "These URL values were not recognised and are ignored: ",
    entry_count_suffix: " entries",
    hub_count_suffix: " hubs",
    row_count_suffix: " rows",
    no_label: "no label",
    inferred: "category inferred from content",
    organisation: "Hub organisation",
    contractors: "Contractors",
    area: "Area",
    document: "Document",
    hub_not_found: "This hub does not exist.",
    page_not_found: "Page not found.",
    back_to_entries: "Back to entries",
    change_intro: "The year before's results compared with the year's plan, per category (judged from overlapping wording).",
    change_compare: "Change to compare",
    continued: "Continued",
    new: "New",
    dropped: "No longer listed",
    nothing: "—",
    nothing_label: "None",
    compare_title: "Compare hubs",
    compare_hubs: "Hubs to compare (2–6)",
    compare_section: "Section",
    compare_theme_note: "Filtered by theme: ",
    compare_pick_two: "Pick at least two hubs to compare.",
    compare_keep_one: "The last hub cannot be unticked. Tick another hub first.",
    hub_filter: "Filter hubs by name or municipality",
    compare_hidden_hubs: " more hubs are not listed: filter by name.",
    challenges_title: "Challenges",
    challenges_intro: "The challenges each hub found through its FY2024 work.",
    themes_label: "Themes",
    status_label: "Progress",
    category_label: "Category",
    show_entries_of_hub: "List this hub's entries",
    nav_dashboard: "Dashboard",
    show_all: "Show all",
    edit_stale: "This entry was changed or deleted in another tab. Close the editor and open it again.",
    facet_show_all: "Show all",
    facet_show_fewer: "Show fewer",
    rows_capped: "There are many hubs, so the charts draw only the first ones; the table and CSV hold every hub. Hubs drawn: ",
    switch_lang: "日本語",
    switch_lang_tag: "ja",
    nav_accessibility: "Accessibility",
    undone: "Undone.",
    redone: "Redone.",
    storage_refused: "The browser refused to store the data.",
    too_large_to_store: "The report is too large for browser storage (more than the 5.2 million characters of text browsers keep).",
    updated_from_other_tab: "Loaded edits made in another tab.",
    nav_changes: "Changes",
    see_changes: "See the changes",
    nav_import: "Import",
    nav_report: "Report",
    next_year_title: "Next year's report",
    next_year_intro: "Drafts the results from this year's progress and next year's plan from this year's plan (challenges and progress start empty). Undo takes it back.",
    next_year_button: ": start the report",
    next_year_confirm: ": start the report? Every hub gets four sections and drafts.",
    next_year_started: "Next year's report started. Check each hub's drafts.",
    drafting_year: " report in progress",
    draft: "Draft",
    edition_label: "Report shown",
    edition_suffix: " report",
    confirm_draft: "Confirm",
    report_contents: "Contents",
    undo: "Undo",
    redo: "Redo",
    saved: "Edits are saved in this browser",
    not_saving: "Changes are NOT being saved; they will be lost when this tab closes. Export the JSON to keep them.",
    conflict: "Another tab saved newer edits. This tab's version was kept aside, not overwritten. Choose which to use.",
    keep_mine: "Use this tab's version",
    take_theirs: "Load the other tab's version",
    held: "Stored data could not be read or set aside, so saving is paused to keep it.",
    recovered: "Stored data could not be read, so the published report was loaded; the stored text was set aside (download it from Changes).",
    export_json: "Export JSON",
    export_csv: "Export CSV",
    export_csv_shown: "Export shown entries as CSV",
    edit: "Edit",
    edited: "Edited",
    delete: "Delete",
    cancel: "Cancel",
    close: "Close",
    save: "Save",
    confirm_delete: "Delete this entry? (Undo can bring it back.)",
    confirm_discard: "This entry has unsaved changes. Discard them and close?",
    editor_restored: "Your unsaved edit is open again. Save it, or Cancel to discard it.",
    deleted: "Entry deleted.",
    edit_entry: "Edit entry",
    new_entry: "New entry",
    field_text: "Text (one paragraph per line)",
    field_label: "Sub-label (e.g. ②-1; empty if none)",
    field_fy: "Fiscal year (starting year)",
    field_place: "Section and year",
    field_facts: "Structured facts (JSON: events, meetings, members, figures, tools)",
    facts_title: "Structured data (dates, frequencies and counts the calendar and charts use)",
    facts_hint: "Facts read from the text's words or typed in. After changing the text, 'Read from the text' shows what it states.",
    facts_json_broken: "The JSON below cannot be read, so its fields cannot be shown. Correct the JSON.",
    facts_events: "Dated events",
    facts_what: "Name",
    facts_month: "Month",
    facts_day: "Day",
    facts_remove: "Remove this row",
    facts_add_event: "Add an event",
    facts_add_meeting: "Add a meeting",
    facts_add_member: "Add a head count",
    facts_add_figure: "Add a figure",
    facts_figures: "Other figures (rates, counts…)",
    facts_value: "Value",
    facts_unit: "Unit",
    facts_at_most: "At most (for a range)",
    facts_meetings: "Meetings a year",
    times_a_year_label: "Times a year",
    facts_members: "Head counts",
    facts_count: "Count",
    facts_json: "Edit as JSON (for experts)",
    facts_read: "Read from the text",
    facts_present: "Present",
    facts_found: "Newly read from the text",
    facts_nothing_new: "Nothing was read that is not already there.",
    facts_take: "Add what was read",
    text_required: "Enter the text.",
    no_status: "(none)",
    add_entry: "Add entry",
    add_section: "Add a fiscal year's section",
    field_heading: "Heading, as the report prints it in Japanese",
    add: "Add",
    add_hub: "Add a hub",
    field_hub_id: "Hub id (optional)",
    hub_id_hint: "Used in the page's address (e.g. sakai → /hub/sakai): lowercase letters, digits and hyphens. Left empty, one like hub-1 is made.",
    required_mark: "required",
    open_hub_page: "Open this hub's page",
    field_municipalities: "Municipalities (separated by ・)",
    changes_title: "Changes",
    changes_intro: "Differences from the published (bundled) report.",
    change_of_drafts: "A table compared here is still drafts copied from last year's report, so this does not show the year's change yet; it will once the hub fills them in or confirms them.",
    drafts_untouched: " are still the drafts made when next year's report was started (not yet confirmed or edited).",
    list_drafts: "List the entries still drafts too",
    no_changes: "No changes.",
    revert: "Revert this change",
    kind_added: "Added",
    kind_removed: "Removed",
    kind_modified: "Modified",
    hub_added: "Hubs added",
    hub_removed: "Hubs removed",
    hub_modified: "Hubs whose details or sections changed",
    before: "Before",
    after: "After",
    text_unchanged: "Text (unchanged)",
    number_word: "Number",
    themes_added: "Themes added",
    themes_removed: "Themes removed",
    facts_changed: "Structured data (dates, counts…) changed",
    draft_confirmed: "Draft confirmed",
    draft_again: "Made a draft again",
    reset_all: "Discard every edit and return to the published report",
    reset_confirm: "This discards every edit and returns to the published report. You can export the JSON first.",
    reset_now: "Return to the published report",
    reset_done: "Returned to the published report.",
    backup_download: "Download the set-aside data",
    conflict_download: "Download this tab's kept version",
    import_title: "Import and export",
    import_intro: "Choose a JSON file, or an Excel workbook (.xlsx) of the exported form filled in, or drop it here. It is checked before anything changes, and never leaves this browser.",
    import_file: "Choose a file (JSON or Excel)",
    drop_here: "Drop a file here",
    import_errors: "This file cannot be imported. Nothing was changed.",
    import_ok: "The file was checked.",
    import_summary_hubs: "Hubs",
    import_summary_entries: "Entries",
    import_replace: "Replace (the current data becomes the file's)",
    import_merge: "Merge by hub (replace hubs with the same id, add new ones)",
    import_apply: "Apply",
    import_confirm: "Apply this import? (It cannot be undone; export first if needed.)",
    import_done: "Imported.",
    import_changes: "Entries that would change",
    reading: "Reading…",
    export_title: "Export",
    export_intro: "Exports the whole edited dataset in the format of the data/report.json this site publishes (a copy to keep or pass on). To publish, use “Export for publishing” below.",
    export_xlsx: "Export as Excel (.xlsx)",
    edition_new: "A new edition has been published",
    edition_merged: "Your edits in this browser are all kept, on top of the new edition.",
    edition_both_changed: " were changed in the new edition too: your edits were kept. Check them under Changes.",
    edition_kept_other: "The report imported in this browser (or edits whose original edition is unknown) is shown as it was. To see the published edition, use “Reset all” under Changes.",
    edition_offline: "Offline: showing the last edition this browser saw",
    edition_not_taken: "The site's data/report.json could not be used, so the previous edition is shown",
    edition_older: "The site's data/report.json is an older edition than the one this browser saw",
    edition_status: "The site did not return data/report.json",
    edition_no_date: "no publication date given",
    footer_edition: "Edition shown: ",
    footer_published: "published",
    list_sep_drafts: ", ",
    print_drafts: " unconfirmed drafts included",
    publish_title: "Publish",
    publish_intro: "“Export for publishing” writes report.json with today as its publication date. There are two ways to publish it:",
    publish_upload: "Upload it in place of the site's data/report.json: visitors see the new edition the next time they open the site, with no build.",
    publish_commit: "Commit it to public/data/report.json in the repository, where the Pages workflow builds the site.",
    publish_export: "Export for publishing",
    both_changed_badge: "Also changed in the new edition",
    export_xlsx_hub: "Export this hub's form as Excel (.xlsx)",
    xlsx_working: "Working on the workbook…",
    xlsx_made: "The workbook was exported.",
    workbook_failed: "The workbook part of the app could not be loaded. Connect to the network and try again.",
    review_stale: "The report was changed in another tab after the workbook was read. Nothing was applied: read the workbook again.",
    review_title: "Review the workbook's changes",
    review_select_all: "Select all",
    review_select_none: "Clear all",
    review_apply: "Apply the selected changes",
    review_applied: "The workbook's changes were applied. Undo takes them back.",
    dashboard_title: "Dashboard",
    dashboard_intro: "Charts count the entries that match the active filters. Click a cell or bar to list its entries.",
    chart_scroll_hint: "On a phone, scroll a chart sideways to see all of it, or use “Show as table” for the same numbers.",
    all_sections: "All sections",
    chosen_entries: "Chosen entries",
    dashboard_with_filter: "Chart this selection",
    filtered_by: "Filtered",
    dashboard_unfilter: "Clear the filter and count every entry",
    dashboard_section_hint: "The section chosen narrows the two entry-count charts at the top. The meetings, calendar, status and change charts count their own sections.",
    all_municipalities: "All municipalities",
    by_hub: "(filtered by hub)",
    chart_table: "table",
    chart_cells: "cells: arrow keys move, Enter shows their entries",
    table_computing: "Computing the table…",
    chart_show_table: "Show as table",
    chart_show_chart: "Show as chart",
    chart_csv: "Download CSV",
    chart_copy: "Copy table",
    chart_png: "PNG image",
    chart_svg: "SVG image",
    table_copied: "Table copied. It pastes into a spreadsheet as cells.",
    table_not_copied: "The table could not be copied: the browser did not allow writing to the clipboard.",
    picture_failed: "The picture could not be made.",
    chart_legend: "Legend",
    legend_few: "Few",
    legend_many: "Many",
    chart_heatmap: "Entries by hub and category",
    chart_heatmap_summary: "Entries per hub and category ①–⑤; darker cells hold more entries, and each cell states its number.",
    chart_coverage: "Entries by theme and hub",
    chart_coverage_summary: "Which hub works on which theme, and how much, in entries.",
    chart_meetings: "Meetings per year",
    chart_meetings_summary: "Meetings a year, counted where the report states how often they are held, for the years of the report shown (last year's results, this year's plan). A year with results is counted from its results.",
    times_per_year: " per year",
    chart_calendar: "Calendar of dated events",
    chart_calendar_summary: "Dated events placed in their month, April to March; ● done, ○ planned. An event the results or progress report replaces the plan's event of the same month and category, so each shows once; a plan's event the progress reports done is ●.",
    event_done: "done",
    event_planned: "planned",
    no_events: "none",
    chart_status_summary: "Progress entries of the year shown, by status: done, ongoing, planned, in coordination, under consideration.",
    chart_change_summary: "For each category, how many of the previous year's results continue in this year's plan (=), are new (+) or are no longer listed (−). Shading shows their total.",
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

/// One difference of an entry besides its text, for a person: `進捗：予定 → 実施済み`.
pub fn field_change_text(
    lang: Lang,
    report: &crate::model::Report,
    change: &crate::model::diff::FieldChange,
) -> String {
    use crate::model::diff::FieldChange;
    let t = lang.texts();
    let colon = lang.colon();
    let from_to = |name: &str, before: Option<String>, after: Option<String>| {
        let none = || t.no_status.to_string();
        format!(
            "{name}{colon}{} → {}",
            before.unwrap_or_else(none),
            after.unwrap_or_else(none)
        )
    };
    let themes = |name: &str, ids: &[String]| {
        let names: Vec<String> = ids.iter().map(|id| theme_label(lang, report, id)).collect();
        format!("{name}{colon}{}", names.join(lang.list_separator()))
    };
    match change {
        FieldChange::Category(a, b) => from_to(
            t.category_label,
            Some(category_heading(lang, report, *a)),
            Some(category_heading(lang, report, *b)),
        ),
        FieldChange::Label(a, b) => from_to(t.number_word, a.clone(), b.clone()),
        FieldChange::ThemesAdded(ids) => themes(t.themes_added, ids),
        FieldChange::ThemesRemoved(ids) => themes(t.themes_removed, ids),
        FieldChange::Status(a, b) => from_to(
            t.status_label,
            a.map(|s| status_label(lang, s).to_string()),
            b.map(|s| status_label(lang, s).to_string()),
        ),
        FieldChange::Facts => t.facts_changed.to_string(),
        FieldChange::Confirmed(true) => t.draft_confirmed.to_string(),
        FieldChange::Confirmed(false) => t.draft_again.to_string(),
    }
}

/// What differs between two versions of an entry besides its text and place, a line each;
/// nothing for an entry added or removed (`None` on one side).
pub fn field_change_lines(
    lang: Lang,
    report: &crate::model::Report,
    before: Option<&crate::model::Entry>,
    after: Option<&crate::model::Entry>,
) -> Vec<String> {
    match (before, after) {
        (Some(x), Some(y)) => crate::model::diff::field_changes(x, y)
            .iter()
            .map(|c| field_change_text(lang, report, c))
            .collect(),
        _ => Vec::new(),
    }
}

/// A name of the report's structure in the UI's language, or in the report's Japanese when the
/// file gives no English (then marked `lang="ja"`).
pub struct Named {
    /// The words shown.
    pub text: String,
    /// The `lang` attribute they need inside the page: `Some("ja")` for the report's Japanese,
    /// `None` for the UI's own language.
    pub lang: Option<&'static str>,
}

/// `english` in the English UI when the file gives it, else `japanese`.
fn named(lang: Lang, japanese: String, english: Option<String>) -> Named {
    match (lang, english) {
        (Lang::En, Some(text)) => Named { text, lang: None },
        _ => Named {
            text: japanese,
            lang: Some("ja"),
        },
    }
}

/// The report's title (在宅医療に必要な連携を担う拠点の取組について / its English title).
pub fn report_title(lang: Lang, report: &crate::model::Report) -> Named {
    named(lang, report.title.clone(), report.title_en.clone())
}

/// The publisher and region (大阪府・南河内 / Osaka Prefecture, Minami-Kawachi).
pub fn publisher_and_region(lang: Lang, report: &crate::model::Report) -> Named {
    let source = &report.source;
    named(
        lang,
        source.publisher_and_region(),
        source.publisher_and_region_en(),
    )
}

/// A section's heading: as the report prints it in the Japanese UI (its words, typos
/// included), from its section and year in the English one: (1) FY2024 results.
pub fn section_heading(lang: Lang, heading: &crate::model::SectionHeading) -> Named {
    use crate::model::Section;
    let fy = heading.fiscal_year.0;
    let english = match heading.section {
        Section::Result => format!("(1) FY{fy} results"),
        Section::Challenge => format!("(2) Challenges found through FY{fy}"),
        Section::Plan => format!("(3) FY{fy} plan"),
        Section::Progress => format!("(4) FY{fy} progress"),
    };
    named(lang, heading.heading.clone(), Some(english))
}

/// An edition of the report as the UI names it: 令和7年度の報告 / FY2025 report.
pub fn edition_name(lang: Lang, year: crate::model::FiscalYear) -> String {
    format!(
        "{}{}",
        fiscal_year_label(lang, year),
        lang.texts().edition_suffix
    )
}

/// The edition shown with its publication day: 令和7年度の報告（公開 令和8年3月31日）, and
/// that it holds drafts nobody has confirmed yet when it does.
pub fn edition_dated(
    lang: Lang,
    report: &crate::model::Report,
    published: Option<&str>,
    shown: Option<crate::model::edition::ShownEdition>,
) -> String {
    let t = lang.texts();
    let year = crate::model::edition::edition_year(report, shown);
    let day = published_label(lang, published);
    let day = match published {
        Some(_) => format!("{} {day}", t.footer_published),
        None => day,
    };
    let mut name = lang.paren(&edition_name(lang, year), &day);
    if let Some(d) = crate::model::edition::drafting(report).filter(|d| d.year == year) {
        name = format!("{name}{}{}{}", t.list_sep_drafts, d.drafts, t.print_drafts);
    }
    name
}

/// An edition's publication day: 令和8年3月31日 / 31 March 2026, or that the file gives none.
pub fn published_label(lang: Lang, published: Option<&str>) -> String {
    use crate::model::publish::date::PublishedDate;
    match (published.and_then(PublishedDate::parse), lang) {
        (Some(d), Lang::Ja) => d.japanese(),
        (Some(d), Lang::En) => d.english(),
        (None, _) => lang.texts().edition_no_date.to_string(),
    }
}

/// A fiscal year as the UI writes it: 令和6年度 / FY2024.
pub fn fiscal_year_label(lang: Lang, fy: crate::model::FiscalYear) -> String {
    match lang {
        Lang::Ja => format!("令和{}年度", fy.reiwa()),
        Lang::En => format!("FY{}", fy.0),
    }
}

/// A dated event in a few words: `令和7年度 11月8日 · 予定`, `FY2025 Nov 8 · planned`.
pub fn event_words(lang: Lang, ev: &crate::model::Event) -> String {
    let t = lang.texts();
    let month = month_label(lang, ev.month);
    let span = (ev.end_month)
        .map(|m| format!("〜{}", month_label(lang, m)))
        .unwrap_or_default();
    let day = match (lang, ev.day) {
        (Lang::Ja, Some(d)) => format!("{d}日"),
        (Lang::En, Some(d)) => format!(" {d}"),
        (_, None) => String::new(),
    };
    let status = match ev.status {
        crate::model::EventStatus::Done => t.event_done,
        crate::model::EventStatus::Planned => t.event_planned,
    };
    let year = fiscal_year_label(lang, ev.fiscal_year);
    format!("{year} {month}{day}{span} · {status}")
}

/// A meeting's frequency: `年6回`, `年12〜24回`, `6 a year`.
pub fn times_a_year(lang: Lang, lo: u32, hi: u32) -> String {
    match (lang, lo == hi) {
        (Lang::Ja, true) => format!("年{lo}回"),
        (Lang::Ja, false) => format!("年{lo}〜{hi}回"),
        (Lang::En, true) => format!("{lo} a year"),
        (Lang::En, false) => format!("{lo}–{hi} a year"),
    }
}

/// A fiscal year and a section as one name: `令和6年度・実績`, `FY2024 · Results`.
pub fn year_section_label(lang: Lang, fy: FiscalYear, section: Section) -> String {
    format!(
        "{}{}{}",
        fiscal_year_label(lang, fy),
        lang.middle_dot(),
        section_label(lang, section)
    )
}

/// A theme's label in the UI language (the dataset carries both); its id if it is unknown.
pub fn theme_label(lang: Lang, report: &crate::model::Report, id: &str) -> String {
    report
        .theme(id)
        .map(|t| {
            if lang == Lang::En {
                t.en.clone()
            } else {
                t.ja.clone()
            }
        })
        .unwrap_or_else(|| id.to_string())
}

/// The source line every page and file carries: 出典：大阪府「…」（資料…）.
pub fn source_line(lang: Lang, report: &crate::model::Report) -> String {
    format!(
        "{}{}",
        lang.texts().source_prefix,
        source_cited(lang, report)
    )
}

/// The language of `text` shown in the UI language `ui`: `ja` where it holds Japanese (kana or
/// kanji), as data such as a hub's name does in the English UI, so a screen reader reads it
/// with a Japanese voice (WCAG 3.1.2).
pub fn lang_of_data(text: &str, ui: Lang) -> &'static str {
    let japanese = |c: char| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}');
    if text.chars().any(japanese) {
        "ja"
    } else {
        ui.tag()
    }
}

/// The source as cited, in its own Japanese words (大阪府「…」（資料 2-1-1…）): the part of
/// [`source_line`] after its prefix, marked `lang="ja"` in the English UI.
pub fn source_cited(lang: Lang, report: &crate::model::Report) -> String {
    let cited = format!("{}「{}」", report.source.publisher, report.title);
    let documents = report.source.documents.join(lang.list_separator());
    lang.paren(&cited, &documents)
}

/// A category's short name in the UI language (会議の開催 / Meetings).
pub fn category_name(
    lang: Lang,
    report: &crate::model::Report,
    cat: crate::model::Category,
) -> String {
    report
        .categories
        .iter()
        .find(|c| c.id == cat)
        .map(|c| {
            if lang == Lang::En {
                c.en.clone()
            } else {
                c.ja.clone()
            }
        })
        .unwrap_or_default()
}

/// A category's heading: as the report prints it (①会議の開催), or `① Meetings` in English.
pub fn category_heading(
    lang: Lang,
    report: &crate::model::Report,
    cat: crate::model::Category,
) -> String {
    match (lang, report.categories.iter().find(|c| c.id == cat)) {
        (Lang::Ja, Some(c)) => c.printed.clone(),
        (Lang::En, Some(c)) => format!("{} {}", cat.circled(), c.en),
        (_, None) => cat.circled().to_string(),
    }
}

/// How many items of a list are drawn: 「1,741件のうち300件を表示しています。」.
pub fn drawn_of(lang: Lang, shown: usize, len: usize, unit: &str) -> String {
    match lang {
        Lang::Ja => format!("{len}{unit}のうち{shown}{unit}を表示しています。"),
        Lang::En => format!("Showing {shown} of {len}{unit}."),
    }
}

/// A month's short name: 4月 / Apr.
pub fn month_label(lang: Lang, month: u8) -> String {
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match lang {
        Lang::Ja => format!("{month}月"),
        Lang::En => EN[usize::from(month.clamp(1, 12) - 1)].to_string(),
    }
}

/// The first of several names standing for all of them: 富田林市ほか / 富田林市 et al.
pub fn and_others(lang: Lang, first: &str) -> String {
    match lang {
        Lang::Ja => format!("{first}ほか"),
        Lang::En => format!("{first} et al."),
    }
}

/// Where an entry is, for a person: hub, year and section, label (`松原市・令和7年度 計画・②-1`).
pub fn entry_place(lang: Lang, area: &str, entry: &crate::model::Entry) -> String {
    let label = entry
        .label
        .clone()
        .unwrap_or_else(|| entry.category.circled().to_string());
    let section = section_label(lang, entry.section);
    match lang {
        Lang::Ja => format!(
            "{area}・令和{}年度 {section}・{label}",
            entry.fiscal_year.reiwa()
        ),
        Lang::En => format!("{area} · FY{} {section} · {label}", entry.fiscal_year.0),
    }
}

/// The change chart's title: what it compares (`令和6年度の実績から令和7年度の計画への変化`).
pub fn change_title(lang: Lang, span: crate::model::stats::ChangeSpan) -> String {
    let table = |(section, year): (Section, FiscalYear)| match lang {
        Lang::Ja => format!(
            "{}の{}",
            fiscal_year_label(lang, year),
            section_label(lang, section)
        ),
        Lang::En => format!(
            "{} {}",
            fiscal_year_label(lang, year),
            section_label(lang, section)
        ),
    };
    match lang {
        Lang::Ja => format!("{}から{}への変化", table(span.earlier), table(span.later)),
        Lang::En => format!(
            "Change from {} to {}",
            table(span.earlier),
            table(span.later)
        ),
    }
}

/// The progress chart's title for `year`.
pub fn status_title(lang: Lang, year: FiscalYear) -> String {
    match lang {
        Lang::Ja => format!("{}の進捗状況（拠点別）", fiscal_year_label(lang, year)),
        Lang::En => format!("{} progress by hub", fiscal_year_label(lang, year)),
    }
}

/// The button exporting one edition as JSON in schema version 1's shape.
pub fn edition_json_label(lang: Lang, year: FiscalYear) -> String {
    match lang {
        Lang::Ja => format!(
            "{}の報告だけをJSONで書き出す（スキーマ版1）",
            fiscal_year_label(lang, year)
        ),
        Lang::En => format!(
            "Export the {} report alone as JSON (schema version 1)",
            fiscal_year_label(lang, year)
        ),
    }
}

/// The browser tab's title for a view: what the view is, then the app (WCAG 2.4.2, so tabs,
/// history and bookmarks tell views apart). `hub_area` names a hub's page.
pub fn page_title(
    lang: Lang,
    route: &crate::model::route::Route,
    hub_area: Option<&str>,
) -> String {
    use crate::model::route::Route;
    let t = lang.texts();
    let view = match route {
        Route::Entries => t.nav_entries,
        Route::Hubs => t.nav_hubs,
        Route::Hub(_) => hub_area.unwrap_or(t.hub_not_found),
        Route::Compare => t.nav_compare,
        Route::Challenges => t.nav_challenges,
        Route::Dashboard => t.nav_dashboard,
        Route::Changes => t.nav_changes,
        Route::Report => t.nav_report,
        Route::Import => t.nav_import,
        Route::Accessibility => t.nav_accessibility,
        Route::NotFound => t.page_not_found,
    };
    let app = match lang {
        Lang::Ja => "renkei 連携 — 在宅医療に必要な連携を担う拠点の取組",
        Lang::En => "renkei — home-medical-care coordination hubs",
    };
    format!("{view} | {app}")
}

/// A date (`2026-12-03`) as a printed page gives it: `令和8年12月3日` in Japanese, as public
/// documents date themselves, and unchanged in English. Anything else is returned as it is.
pub fn date_label(lang: Lang, iso: &str) -> String {
    let mut parts = iso.splitn(3, '-').map(str::parse::<u16>);
    let (Some(Ok(year)), Some(Ok(month)), Some(Ok(day))) =
        (parts.next(), parts.next(), parts.next())
    else {
        return iso.to_string();
    };
    match lang {
        Lang::Ja if year >= 2019 => {
            let era = match year - 2018 {
                1 => "元".to_string(),
                n => n.to_string(),
            };
            format!("令和{era}年{month}月{day}日")
        }
        _ => iso.to_string(),
    }
}

/// The entries view's filter in words, its sections too (`区分：計画`), said above the results
/// so that a printed or shared list states what it holds; `None` when nothing narrows it.
pub fn entries_filter_description(
    lang: Lang,
    report: &crate::model::Report,
    filter: &crate::model::filter::Filter,
) -> Option<String> {
    let sections: Vec<&str> = filter
        .sections
        .iter()
        .map(|s| section_label(lang, *s))
        .collect();
    let sections = (!sections.is_empty()).then(|| {
        let t = lang.texts();
        format!(
            "{}{}{}",
            t.facet_section,
            lang.colon(),
            sections.join(lang.list_separator())
        )
    });
    let parts: Vec<String> = [filter_description(lang, report, filter), sections]
        .into_iter()
        .flatten()
        .collect();
    (!parts.is_empty()).then(|| parts.join(lang.clause_separator()))
}

/// The active filter in words, sections left out (the dashboard chooses them itself):
/// `テーマ：ACP、災害・拠点・市町村：松原市`, or `None` when nothing else narrows the entries.
/// Printed above the charts and in their titles, so a picture on a slide says what it counts.
pub fn filter_description(
    lang: Lang,
    report: &crate::model::Report,
    filter: &crate::model::filter::Filter,
) -> Option<String> {
    let t = lang.texts();
    let joined = |items: Vec<String>| items.join(lang.list_separator());
    let hub_name = |id: &String| {
        report
            .hub(id)
            .map_or_else(|| id.clone(), |h| h.area.clone())
    };
    let parts: [(&str, String); 7] = [
        (t.search_label, filter.query.trim().to_string()),
        (
            t.facet_theme,
            joined(
                filter
                    .themes
                    .iter()
                    .map(|id| theme_label(lang, report, id))
                    .collect(),
            ),
        ),
        (
            t.facet_category,
            joined(
                filter
                    .categories
                    .iter()
                    .map(|c| c.circled().to_string())
                    .collect(),
            ),
        ),
        (
            t.facet_year,
            joined(
                filter
                    .years
                    .iter()
                    .map(|y| fiscal_year_label(lang, *y))
                    .collect(),
            ),
        ),
        (
            t.facet_hub,
            joined(filter.hubs.iter().map(hub_name).collect()),
        ),
        (
            t.facet_status,
            joined(
                filter
                    .statuses
                    .iter()
                    .map(|s| status_label(lang, *s).to_string())
                    .collect(),
            ),
        ),
        (
            t.chosen_entries,
            if filter.ids.is_empty() {
                String::new()
            } else {
                lang.entries(filter.ids.len())
            },
        ),
    ];
    let said: Vec<String> = parts
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(label, v)| format!("{label}{}{v}", lang.colon()))
        .collect();
    (!said.is_empty()).then(|| said.join(lang.clause_separator()))
}
