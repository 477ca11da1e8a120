//! What can be wrong with a workbook someone brings back, worded for the person who chose it.

/// The largest workbook read (a filled-in form of the whole report is well under 1 MB).
pub const MAX_WORKBOOK_BYTES: usize = 20 * 1024 * 1024;
/// The most a workbook's parts may inflate to: more is a zip bomb, not a form.
pub const MAX_INFLATED_BYTES: u64 = 200 * 1024 * 1024;

/// Why a workbook cannot be read. Nothing stored changes in any of these cases.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkbookProblem {
    /// Larger than [`MAX_WORKBOOK_BYTES`].
    TooLarge {
        /// The file's size.
        bytes: usize,
    },
    /// An Excel 97–2003 `.xls` file.
    OldExcel,
    /// A password-protected (encrypted) workbook.
    Encrypted,
    /// Not a workbook at all (a CSV or text file renamed `.xlsx`).
    NotWorkbook,
    /// A zip file that is not an Excel workbook.
    NotExcelZip,
    /// Cut short or damaged: the zip cannot be read.
    Damaged {
        /// What the reader said, for whoever fixes it.
        detail: String,
    },
    /// Its parts would inflate beyond [`MAX_INFLATED_BYTES`].
    Inflates {
        /// The size they declare.
        bytes: u64,
    },
    /// No sheet laid out like a hub's form.
    NoHubSheet,
    /// The workbook could not be written.
    Unwritable {
        /// What the writer said.
        detail: String,
    },
}

impl WorkbookProblem {
    /// The message in Japanese (`ja`) or English.
    pub fn message(&self, ja: bool) -> String {
        let mb = |b: u64| format!("{:.1}", b as f64 / 1_048_576.0);
        let limit = mb(MAX_WORKBOOK_BYTES as u64);
        match (self, ja) {
            (Self::TooLarge { bytes }, true) => format!(
                "ファイルが大きすぎます（{} MB）。読み込めるのは {limit} MB までです。",
                mb(*bytes as u64)
            ),
            (Self::TooLarge { bytes }, false) => format!(
                "The file is too large ({} MB); the limit is {limit} MB.",
                mb(*bytes as u64)
            ),
            (Self::OldExcel, true) => "古い形式の Excel ファイル（.xls）は読み込めません。Excel または LibreOffice で「Excel ブック（.xlsx）」として保存し直してください。".into(),
            (Self::OldExcel, false) => "Old Excel files (.xls) cannot be read. Save it again as an Excel workbook (.xlsx) in Excel or LibreOffice.".into(),
            (Self::Encrypted, true) => "パスワードで保護されたブックは読み込めません。パスワードを解除して保存し直してください。".into(),
            (Self::Encrypted, false) => "Password-protected workbooks cannot be read. Remove the password and save it again.".into(),
            (Self::NotWorkbook, true) => "Excel ブック（.xlsx）でも renkei の JSON でもありません。名前を .xlsx に変えただけの CSV などは読み込めません。".into(),
            (Self::NotWorkbook, false) => "This is neither an Excel workbook (.xlsx) nor a renkei JSON file. A CSV or text file renamed to .xlsx cannot be read.".into(),
            (Self::NotExcelZip, true) => "ZIP ファイルですが、Excel ブック（.xlsx）ではありません。".into(),
            (Self::NotExcelZip, false) => "This is a ZIP file but not an Excel workbook (.xlsx).".into(),
            (Self::Damaged { detail }, true) => format!("ブックが壊れているか、途中で切れています（{detail}）。もう一度保存し直すか、送り直してもらってください。"),
            (Self::Damaged { detail }, false) => format!("The workbook is damaged or cut short ({detail}). Save it again, or ask for it to be sent again."),
            (Self::Inflates { bytes }, true) => format!("ブックの中身が展開すると {} MB を超えます（上限 {} MB）。報告様式ではないため読み込みません。", mb(*bytes), mb(MAX_INFLATED_BYTES)),
            (Self::Inflates { bytes }, false) => format!("The workbook's contents would inflate to over {} MB (limit {} MB); it is not a report form and was not read.", mb(*bytes), mb(MAX_INFLATED_BYTES)),
            (Self::NoHubSheet, true) => "拠点のシートが見つかりません。A列に「対象地域」「連携の拠点」と書かれたシートがある、renkei から書き出した様式を使ってください。".into(),
            (Self::Unwritable { detail }, true) => format!("ブックを書き出せませんでした（{detail}）。"),
            (Self::Unwritable { detail }, false) => format!("The workbook could not be written ({detail})."),
            (Self::NoHubSheet, false) => "No hub sheet was found. Use the form written by renkei: a hub's sheet has 対象地域 and 連携の拠点 in column A.".into(),
        }
    }
}

/// Something the reader did that the person should know, though the workbook was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkbookNote {
    /// Formula cells were read by the value Excel last calculated.
    Formulas {
        /// Where they are (`松原市!B9`).
        cells: Vec<String>,
    },
    /// Entries whose printed number names another category than the column they were typed
    /// in were filed by their number.
    Misfiled {
        /// Each one: sheet, section heading, the column's category mark and the label
        /// (`松原市`, `（２）令和7年度の取組計画`, `③`, `⑤-2`).
        labels: Vec<[String; 4]>,
    },
    /// Cells with text outside the form's fields (`羽曳野市!A22`): not read.
    Unread {
        /// Sheet and cell of each.
        cells: Vec<String>,
    },
    /// Entries the report changed, added or removed after the workbook was written, which the
    /// workbook leaves as written: kept as the report has them now.
    KeptLater {
        /// Hub area, section heading, label and opening of each.
        entries: Vec<String>,
    },
    /// Entries changed in the report after the workbook was written, and in the workbook too.
    ChangedOnBothSides {
        /// Hub area, section heading, label and opening of each.
        entries: Vec<String>,
    },
    /// Entries reworded so that some facts read from them (dates, counts) are no longer
    /// stated: those were dropped, for the charts not to contradict the words.
    FactsUnstated {
        /// Hub area, section heading, label and opening of each.
        entries: Vec<String>,
    },
    /// New entries that name a month: their dates are not read from the words, so the calendar
    /// shows them only once entered.
    DatesUnread {
        /// Hub area, section heading, label and opening of each.
        entries: Vec<String>,
    },
}

impl WorkbookNote {
    /// The note in Japanese (`ja`) or English.
    pub fn message(&self, ja: bool) -> String {
        match (self, ja) {
            (Self::Formulas { cells }, true) => format!(
                "数式のセルは、最後に計算された値を読みました：{}",
                cells.join("、")
            ),
            (Self::Formulas { cells }, false) => format!(
                "Formula cells were read by their last calculated value: {}",
                cells.join(", ")
            ),
            (Self::Misfiled { labels }, true) => format!(
                "番号と欄の分類が違う取組は、番号の分類で読みました：{}",
                labels
                    .iter()
                    .map(|[sheet, heading, cell, label]| format!("{sheet} {heading} {cell}の欄の「{label}」"))
                    .collect::<Vec<_>>()
                    .join("、")
            ),
            (Self::Misfiled { labels }, false) => format!(
                "Entries numbered for another category than their column were filed by their number: {}",
                labels
                    .iter()
                    .map(|[sheet, heading, cell, label]| format!("{label} in column {cell} of {sheet} {heading}"))
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            (Self::Unread { cells }, true) => format!(
                "様式の欄の外に書かれたセルは読み込んでいません：{}。取組は、拠点のシートの①〜⑤の欄（課題と進捗は一つの欄）に書いてください。",
                cells.join("、")
            ),
            (Self::Unread { cells }, false) => format!(
                "Cells outside the form's fields were not read: {}. Write entries in the ①–⑤ cells of the hub's sheet (one cell for challenges and progress).",
                cells.join(", ")
            ),
            (Self::KeptLater { entries }, true) => format!(
                "このブックを書き出した後にこのアプリで変わった取組{}件は、ブックでは書き出したときのままなので、今の内容のままにしました（古い内容には戻しません）：{}",
                entries.len(),
                entries.join("、")
            ),
            (Self::KeptLater { entries }, false) => format!(
                "{} entries changed in this app after the workbook was written are left as they are now (the workbook still has them as written, and they are not set back): {}",
                entries.len(),
                entries.join("; ")
            ),
            (Self::ChangedOnBothSides { entries }, true) => format!(
                "次の取組は、ブックを書き出した後にこのアプリでも変更されています。反映すると、アプリでの変更はブックの内容に置き換わります：{}",
                entries.join("、")
            ),
            (Self::FactsUnstated { entries }, true) => format!(
                "次の取組は文面が変わり、読み取っていた開催回数・月・人数などの一部が文面にないため、それを外しました（グラフに古い数字が残らないように）。必要なら編集画面の「構造化データ」に入れ直してください：{}",
                entries.join("、")
            ),
            (Self::FactsUnstated { entries }, false) => format!(
                "These entries were reworded, and some figures read from them (a frequency, a month, a count) are no longer in their words: those were dropped, so the charts do not show old numbers. Enter them again under the editor's structured facts if needed: {}",
                entries.join("; ")
            ),
            (Self::DatesUnread { entries }, true) => format!(
                "次の新しい取組は月を書いていますが、その日付を文面から読み取れませんでした。月別カレンダーに載せるには、反映した後に編集画面の「構造化データ」に入れてください：{}",
                entries.join("、")
            ),
            (Self::DatesUnread { entries }, false) => format!(
                "These new entries name months, but their dates could not be read from their words. To show them in the monthly calendar, enter them under the editor's structured facts after applying: {}",
                entries.join("; ")
            ),
            (Self::ChangedOnBothSides { entries }, false) => format!(
                "These entries were also changed in this app after the workbook was written; applying them replaces those changes with the workbook's: {}",
                entries.join("; ")
            ),
        }
    }
}
