//! Writes the report form as an `.xlsx` workbook: a 説明 sheet, one sheet a hub laid out like
//! the report's table, and a protected 取組一覧 sheet with one row an entry.

use rust_xlsxwriter::{
    Format, FormatAlign, FormatBorder, ProtectionOptions, Workbook, Worksheet, XlsxError,
};

use crate::i18n::{
    category_heading, fiscal_year_label, section_label, status_label, theme_label, Lang,
};
use crate::model::edition::{is_shown, ShownEdition};
use crate::model::report::Report;
use crate::model::types::{Category, Hub};

use super::form::{hub_form, sheet_names, HubForm};
use super::{DETAIL_LABELS, GUIDE_SHEET, LIST_SHEET};

/// What to write.
pub struct WorkbookOptions<'a> {
    /// The hubs whose forms are written, in order.
    pub hubs: Vec<&'a Hub>,
    /// The edition written (every section when `None`).
    pub edition: Option<ShownEdition>,
    /// Today's date, shown on the 説明 sheet.
    pub today: &'a str,
    /// Whether the 説明 sheet speaks English (the UI's language; the hubs' sheets keep the
    /// report's Japanese).
    pub english: bool,
}

/// Width of a category column, in Excel's character units (a Japanese character is two): the
/// five fit a laptop's screen, and a page's width printed at about the font's size (at 34 they
/// printed at 6–7 pt).
const COLUMN_WIDTH: f64 = 26.0;
/// Points a wrapped line takes at the form's font size.
const LINE_POINTS: f64 = 15.0;
/// Empty lines each text row has room for beyond its text: a row's height is set (merged cells
/// never fit theirs), so what a hub adds would otherwise be hidden.
const SPARE_LINES: usize = 2;

/// How the sheets' cells look.
struct Looks {
    title: Format,
    label: Format,
    value: Format,
    heading: Format,
    category: Format,
    text: Format,
}

impl Looks {
    fn new() -> Looks {
        let base = Format::new()
            .set_font_name("Yu Gothic")
            .set_font_size(10.5)
            .set_text_wrap()
            .set_align(FormatAlign::Top);
        let boxed = base.clone().set_border(FormatBorder::Thin);
        Looks {
            title: base.clone().set_bold().set_font_size(13),
            label: boxed.clone().set_bold().set_background_color(0xE8EEF7),
            value: boxed.clone(),
            heading: boxed.clone().set_bold().set_background_color(0xD9E2F0),
            category: boxed
                .clone()
                .set_bold()
                .set_background_color(0xF2F2F2)
                .set_align(FormatAlign::Center),
            text: boxed,
        }
    }
}

/// Lines a cell's text wraps to in a column `width` units wide (full-width characters count two).
fn wrapped_lines(text: &str, width: f64) -> usize {
    text.lines()
        .map(|line| {
            let units: usize = line.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum();
            (units as f64 / width).ceil().max(1.0) as usize
        })
        .sum::<usize>()
        .max(1)
}

/// Writes one hub's sheet. Rows are sized from the text: neither Excel nor LibreOffice fits
/// a merged cell's height to its text.
fn write_hub_sheet(
    sheet: &mut Worksheet,
    form: &HubForm,
    report: &Report,
    looks: &Looks,
) -> Result<(), XlsxError> {
    sheet.set_name(&form.sheet)?;
    for col in 0..5 {
        sheet.set_column_width(col, COLUMN_WIDTH)?;
    }
    sheet.merge_range(0, 0, 0, 4, &report.source.heading, &looks.title)?;
    sheet.set_row_height(0, 22)?;
    let details = [
        &form.area,
        &form.organisation,
        &form.contractors,
        &form.document,
    ];
    for (i, (label, value)) in DETAIL_LABELS.iter().zip(details).enumerate() {
        let row = 1 + i as u32;
        sheet.write_string_with_format(row, 0, *label, &looks.label)?;
        sheet.merge_range(row, 1, row, 4, value, &looks.value)?;
    }
    let mut row = 6;
    for section in &form.sections {
        sheet.merge_range(row, 0, row, 4, &section.heading, &looks.heading)?;
        sheet.set_row_height(row, 20)?;
        let mut head_lines = 1;
        for (col, category) in Category::ALL.iter().enumerate() {
            let printed = category_heading(Lang::Ja, report, *category);
            head_lines = head_lines.max(wrapped_lines(&printed, COLUMN_WIDTH));
            sheet.write_string_with_format(row + 1, col as u16, &printed, &looks.category)?;
        }
        // Set, as Excel may not fit a row to wrapped text by itself.
        sheet.set_row_height(row + 1, head_lines as f64 * LINE_POINTS + 6.0)?;
        let text_row = row + 2;
        let lines = if section.is_one_cell() {
            let text = section.cells.first().map(|(_, t)| t.as_str()).unwrap_or("");
            sheet.merge_range(text_row, 0, text_row, 4, text, &looks.text)?;
            wrapped_lines(text, COLUMN_WIDTH * 5.0)
        } else {
            let mut most = 1;
            for (category, text) in &section.cells {
                let col = u16::from(category.number() - 1);
                sheet.write_string_with_format(text_row, col, text, &looks.text)?;
                most = most.max(wrapped_lines(text, COLUMN_WIDTH));
            }
            most
        };
        let height = ((lines + SPARE_LINES) as f64 * LINE_POINTS + 6.0).min(409.0);
        sheet.set_row_height(text_row, height)?;
        row += 4;
    }
    sheet.set_landscape();
    sheet.set_paper_size(9);
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(0, 1)?;
    sheet.set_header("&L&A&R&D");
    sheet.set_footer("&C&P / &N");
    Ok(())
}

/// The 説明 sheet: how to fill in the form, one paragraph a line.
fn write_guide(
    sheet: &mut Worksheet,
    report: &Report,
    options: &WorkbookOptions,
    looks: &Looks,
) -> Result<(), XlsxError> {
    sheet.set_name(GUIDE_SHEET)?;
    sheet.set_column_width(0, 120)?;
    let today = options.today;
    let lines = if options.english {
        guide_in_english(report, today)
    } else {
        guide_in_japanese(report, today)
    };
    for (i, line) in lines.iter().enumerate() {
        let format = if i == 0 || i == 2 {
            &looks.title
        } else {
            &looks.value
        };
        sheet.write_string_with_format(i as u32, 0, line, format)?;
    }
    // Printed, the long lines shrink to the page's width instead of being cut at its edge.
    sheet.set_paper_size(9);
    sheet.set_print_fit_to_pages(1, 0);
    Ok(())
}

/// The 説明 sheet's lines in English: the same steps, naming the Japanese the sheets show.
fn guide_in_english(report: &Report, today: &str) -> [String; 11] {
    let title = report
        .title_en
        .clone()
        .unwrap_or_else(|| report.title.clone());
    let region = report
        .source
        .publisher_and_region_en()
        .unwrap_or_else(|| report.source.publisher_and_region());
    [
        format!("{title}: report form"),
        format!("{region}, written {today}"),
        "How to fill it in".to_string(),
        "1. On each hub's sheet, write the activities under sections (1) to (4), in the columns ① to ⑤, in Japanese as the report prints them.".into(),
        "2. Write one paragraph a line. A line break inside a cell is Alt+Enter (⌘+Option+Enter on a Mac).".into(),
        "3. Start a new activity with its number, as the report does (for example \"① \" or \"②-1 \"). A line that starts without a number continues the activity before it.".into(),
        "4. Separate an activity without a number from the one before it by one empty line. To drop an activity, delete all of its lines.".into(),
        "5. Do not rename, add or delete sheets. Change the fields at the top (such as 対象地域, the area) only when they have changed.".into(),
        format!("6. The {LIST_SHEET} sheet (the list of activities) is for filtering and is protected: write on the hubs' sheets."),
        "7. When added text is hidden, drag the border under its row to make the row taller.".into(),
        "8. When you are done, save it as an Excel workbook (.xlsx) and send it back.".into(),
    ]
}

/// The 説明 sheet's lines in Japanese.
fn guide_in_japanese(report: &Report, today: &str) -> [String; 11] {
    [
        format!("{}　報告様式", report.title),
        format!("{}（{}）　作成日 {today}", report.source.publisher, report.source.region),
        "記入のしかた".to_string(),
        "1. 拠点ごとのシートに、（１）〜（４）の区分ごとに、①〜⑤の欄へ取組を記入してください。".into(),
        "2. 一つの段落を一行に書きます。セルの中の改行は Alt+Enter（Mac は ⌘+Option+Enter）です。".into(),
        "3. 新しい取組は、報告書のとおり番号で書き始めます（例：「① 」「②-1 」）。番号で始まらない行は、前の取組の続きになります。".into(),
        "4. 番号のない取組は、前の取組との間に空行を一行入れて区切ります。取組をやめるときは、その取組の行をすべて消してください。".into(),
        "5. シートの名前を変えたり、シートを足したり消したりしないでください。上の「対象地域」などの欄は、変わったときだけ直してください。".into(),
        format!("6. 「{LIST_SHEET}」シートは絞り込み用の一覧です（保護されています）。記入は拠点のシートで行ってください。"),
        "7. 書き足して文字が隠れるときは、その行の下の境界線をドラッグして高さを広げてください。".into(),
        "8. 記入が終わったら、Excel ブック（.xlsx）のまま保存して返送してください。".into(),
    ]
}

/// The 取組一覧 sheet: one row an entry, filterable, protected.
fn write_list(
    sheet: &mut Worksheet,
    report: &Report,
    options: &WorkbookOptions,
    looks: &Looks,
) -> Result<(), XlsxError> {
    sheet.set_name(LIST_SHEET)?;
    let columns = [
        "id",
        "拠点",
        "年度",
        "区分",
        "分類",
        "番号",
        "本文",
        "テーマ",
        "進捗",
    ];
    let widths = [26.0, 16.0, 11.0, 9.0, 20.0, 7.0, 70.0, 24.0, 10.0];
    for (col, (name, width)) in columns.iter().zip(widths).enumerate() {
        sheet.set_column_width(col as u16, width)?;
        sheet.write_string_with_format(0, col as u16, *name, &looks.category)?;
    }
    let mut row = 1;
    for hub in &options.hubs {
        for e in hub
            .entries
            .iter()
            .filter(|e| is_shown(options.edition, e.section, e.fiscal_year))
        {
            let cells = [
                e.id.clone(),
                hub.area.clone(),
                fiscal_year_label(Lang::Ja, e.fiscal_year),
                section_label(Lang::Ja, e.section).into(),
                category_heading(Lang::Ja, report, e.category),
                e.label.clone().unwrap_or_default(),
                e.text(),
                e.themes
                    .iter()
                    .map(|t| theme_label(Lang::Ja, report, t))
                    .collect::<Vec<_>>()
                    .join("、"),
                e.status
                    .map(|s| status_label(Lang::Ja, s))
                    .unwrap_or_default()
                    .into(),
            ];
            for (col, text) in cells.iter().enumerate() {
                sheet.write_string_with_format(row, col as u16, text, &looks.value)?;
            }
            row += 1;
        }
    }
    sheet.autofilter(0, 0, row.saturating_sub(1).max(1), columns.len() as u16 - 1)?;
    sheet.set_freeze_panes(1, 0)?;
    sheet.set_landscape();
    sheet.set_paper_size(9);
    sheet.set_print_fit_to_pages(1, 0);
    sheet.protect_with_options(&ProtectionOptions {
        use_autofilter: true,
        sort: true,
        ..ProtectionOptions::default()
    });
    Ok(())
}

/// The workbook's bytes: 説明, the hubs' sheets, 取組一覧.
pub fn write_workbook(report: &Report, options: &WorkbookOptions) -> Result<Vec<u8>, XlsxError> {
    let looks = Looks::new();
    let mut book = Workbook::new();
    write_guide(book.add_worksheet(), report, options, &looks)?;
    let names = sheet_names(options.hubs.iter().map(|h| h.area.as_str()));
    for (hub, name) in options.hubs.iter().zip(names) {
        let mut form = hub_form(hub, options.edition);
        form.sheet = name;
        write_hub_sheet(book.add_worksheet(), &form, report, &looks)?;
    }
    write_list(book.add_worksheet(), report, options, &looks)?;
    book.save_to_buffer()
}
