//! The report form as a workbook: what renkei writes reads back as the same report, edits to a
//! cell come back as exactly those entries, and bad files are refused with a reason.

use std::io::Write;

use renkei::model::diff::{diff, DiffKind};
use renkei::model::workbook::form::{hub_form, parse_heading, sheet_names, HubForm};
use renkei::model::workbook::problem::{WorkbookNote, WorkbookProblem};
use renkei::model::workbook::read::{misfiled_labels, read_workbook, ReadWorkbook};
use renkei::model::workbook::rebase::{read_onto, Rebased};
use renkei::model::workbook::reconcile::{reconcile, report_with};
use renkei::model::workbook::split::{leading_label, split_cell};
use renkei::model::workbook::write::{write_workbook, WorkbookOptions};
use renkei::model::{Category, Report, Section};

fn written(report: &Report) -> Vec<u8> {
    let options = WorkbookOptions {
        hubs: report.hubs.iter().collect(),
        edition: None,
        today: "2026-12-03",
        english: false,
    };
    write_workbook(report, &options).expect("the bundled report writes")
}

fn read_back(report: &Report) -> ReadWorkbook {
    read_workbook(&written(report)).expect("renkei's own workbook reads")
}

/// The report after applying the forms.
fn applied(report: &Report, forms: &[HubForm]) -> Report {
    report_with(report, forms)
}

#[test]
fn labels_are_read_as_printed() {
    assert_eq!(leading_label("① 地域医療").as_deref(), Some("①"));
    assert_eq!(leading_label("④-2 5月26日に").as_deref(), Some("④-2"));
    assert_eq!(leading_label("②地域").as_deref(), Some("②"));
    assert_eq!(leading_label("現在、医療"), None);
    // Typed in Excel with a Japanese input method: the same labels as the report prints.
    assert_eq!(leading_label("⑤－1 市民").as_deref(), Some("⑤-1"));
    assert_eq!(leading_label("④-１ 病院向け研修").as_deref(), Some("④-1"));
    assert_eq!(leading_label("②ー３ 入退院支援").as_deref(), Some("②-3"));
    assert_eq!(leading_label("②－１２ 地域").as_deref(), Some("②-12"));
    // A dash not followed by a number is not part of the label.
    assert_eq!(leading_label("③－ 急変時").as_deref(), Some("③"));
    // A sub-label typed with plain digits is the report's; a plain digit alone is a date.
    assert_eq!(
        leading_label("5-2 出前講座を随時開催").as_deref(),
        Some("⑤-2")
    );
    assert_eq!(leading_label("５－２ 出前講座").as_deref(), Some("⑤-2"));
    assert_eq!(leading_label("5月に研修会"), None);
    assert_eq!(leading_label("6-1 番外"), None);
    // Such an entry starts as the report prints it; one typed with a circled digit stays as typed.
    let typed = split_cell("5-2 出前講座\n⑤－１ 市民\n５－３ 講演会");
    let firsts: Vec<_> = typed.iter().map(|e| e.paragraphs[0].as_str()).collect();
    assert_eq!(firsts, ["⑤-2 出前講座", "⑤－１ 市民", "⑤-3 講演会"]);
    let cell = "② ICT\n現在、約170名\n\n③ 急変時\n\n番号のない課題";
    let entries = split_cell(cell);
    assert_eq!(entries.len(), 3);
    assert_eq!(entries[0].paragraphs, vec!["② ICT", "現在、約170名"]);
    assert_eq!(entries[1].label.as_deref(), Some("③"));
    assert_eq!(entries[2].label, None);
    assert_eq!(entries[2].paragraphs, vec!["番号のない課題"]);
}

#[test]
fn every_heading_of_the_report_names_its_section_and_year() {
    let r = Report::bundled();
    for hub in &r.hubs {
        for s in &hub.sections {
            assert_eq!(
                parse_heading(&s.heading),
                Some((s.section, s.fiscal_year)),
                "{}",
                s.heading
            );
        }
    }
}

#[test]
fn entries_without_labels_come_back_apart() {
    // A report whose challenges hold two unlabelled entries, as an imported report may.
    let mut r = Report::bundled();
    let hub = &mut r.hubs[3];
    let mut second = hub
        .entries
        .iter()
        .find(|e| e.section == Section::Challenge)
        .unwrap()
        .clone();
    second.id = format!("{}-2024-challenge-99", hub.id);
    second.paragraphs = vec!["もう一つの課題".into()];
    let at = hub
        .entries
        .iter()
        .rposition(|e| e.section == Section::Challenge)
        .unwrap()
        + 1;
    hub.entries.insert(at, second);
    let book = read_back(&r);
    assert!(diff(&r, &applied(&r, &book.forms)).is_empty());
}

#[test]
fn sheet_names_fit_excel_and_differ() {
    let long = "あ".repeat(40);
    let names = sheet_names([long.as_str(), long.as_str(), "a/b", "説明"]);
    assert!(names.iter().all(|n| n.chars().count() <= 31));
    assert_ne!(names[0], names[1]);
    assert_eq!(names[2], "a・b");
    assert_ne!(names[3], "説明");
}

#[test]
fn the_written_workbook_reads_back_as_the_same_report() {
    let r = Report::bundled();
    let book = read_back(&r);
    assert_eq!(book.forms.len(), r.hubs.len());
    assert!(book.notes.is_empty());
    for (form, hub) in book.forms.iter().zip(&r.hubs) {
        let mut expected = hub_form(hub, None);
        expected.sheet = form.sheet.clone();
        assert_eq!(form, &expected, "{}", hub.id);
    }
    assert!(diff(&r, &applied(&r, &book.forms)).is_empty());
}

#[test]
fn one_edited_paragraph_is_one_modified_entry() {
    let r = Report::bundled();
    let mut book = read_back(&r);
    let cell = &mut book.forms[0].sections[2].cells[1].1;
    *cell = cell.replacen("MCS「まっねと」", "MCS「まっねと」（更新）", 1);
    let after = applied(&r, &book.forms);
    let d = diff(&r, &after);
    assert_eq!(d.entries.len(), 1);
    assert_eq!(d.entries[0].kind, DiffKind::Modified);
    let e = d.entries[0].after(&after).unwrap();
    assert_eq!(e.id, "matsubara-2025-plan-02");
    assert_eq!(e.themes, d.entries[0].before(&r).unwrap().themes);
}

#[test]
fn a_labelled_line_is_one_new_entry_with_suggested_themes() {
    let r = Report::bundled();
    let mut book = read_back(&r);
    let progress = book.forms[1]
        .sections
        .iter_mut()
        .find(|s| s.section == Section::Progress)
        .unwrap();
    progress.cells[2]
        .1
        .push_str("\n③-9 災害時のBCP訓練を3月に実施予定。");
    let after = applied(&r, &book.forms);
    let d = diff(&r, &after);
    assert_eq!(d.entries.len(), 1);
    assert_eq!(d.entries[0].kind, DiffKind::Added);
    let e = d.entries[0].after(&after).unwrap();
    assert_eq!(e.label.as_deref(), Some("③-9"));
    assert_eq!(e.category, Category::new(3).unwrap());
    assert!(e.themes.iter().any(|t| t == "disaster"), "{:?}", e.themes);
    assert_eq!(e.status.map(|s| s.id()), Some("planned"));
    assert!(e.id.starts_with("habikino-2025-progress-"));
}

#[test]
fn a_label_typed_in_another_categorys_column_is_filed_by_its_number_and_noted() {
    let r = Report::bundled();
    let mut book = read_back(&r);
    assert!(book.notes.is_empty(), "renkei's own form: {:?}", book.notes);
    let progress = book.forms[1]
        .sections
        .iter_mut()
        .find(|s| s.section == Section::Progress)
        .unwrap();
    let heading = progress.heading.clone();
    // ⑤-9 typed in the ③ column.
    progress.cells[2]
        .1
        .push_str("\n⑤-9 市民向け講座を3月に開催予定。");
    let sheet = book.forms[1].sheet.clone();
    assert_eq!(
        misfiled_labels(&book.forms),
        vec![[sheet.clone(), heading, "③".to_string(), "⑤-9".to_string()]]
    );
    let after = applied(&r, &book.forms);
    let d = diff(&r, &after);
    let e = d.entries[0].after(&after).unwrap();
    assert_eq!(e.category, Category::new(5).unwrap());
    let note = WorkbookNote::Misfiled {
        labels: misfiled_labels(&book.forms),
    };
    assert!(
        note.message(true).contains("③の欄の「⑤-9」"),
        "{}",
        note.message(true)
    );
    assert!(note.message(false).contains("⑤-9 in column ③"));
}

#[test]
fn a_deleted_entry_is_one_removed_entry_and_other_sections_stay() {
    let r = Report::bundled();
    let mut book = read_back(&r);
    // Drop 松原市's FY2024 ④ result; leave out its progress section entirely.
    book.forms[0].sections[0].cells[3].1.clear();
    book.forms[0]
        .sections
        .retain(|s| s.section != Section::Progress);
    let after = applied(&r, &book.forms);
    let d = diff(&r, &after);
    assert_eq!(d.entries.len(), 1);
    assert_eq!(d.entries[0].kind, DiffKind::Removed);
    assert_eq!(
        d.entries[0].before(&r).unwrap().id,
        "matsubara-2024-result-03"
    );
}

/// `report` after the prefecture's corrections: 松原市's plan ② reworded, an entry added to
/// its plan ⑤ and its result ④ removed.
fn corrected(report: &Report) -> Report {
    let mut r = report.clone();
    let hub = &mut r.hubs[0];
    let e = hub
        .entries
        .iter_mut()
        .find(|e| e.id == "matsubara-2025-plan-02")
        .unwrap();
    e.paragraphs[0] = e.paragraphs[0].replacen("MCS", "MCS（府が訂正）", 1);
    let mut added = hub
        .entries
        .iter()
        .find(|e| e.id == "matsubara-2025-plan-01")
        .unwrap()
        .clone();
    added.id = "matsubara-2025-plan-99".into();
    added.label = None;
    added.paragraphs = vec!["府が足した取組".into()];
    hub.entries.push(added);
    hub.entries.retain(|e| e.id != "matsubara-2024-result-03");
    r
}

/// The workbook's forms applied to `report` now, keeping what changed since it was written.
fn rebased(report: &Report, book: &ReadWorkbook) -> (Report, Rebased) {
    assert!(book.written.is_some(), "the 取組一覧 sheet is read");
    read_onto(report, &mut book.clone())
}

#[test]
fn a_workbook_written_before_the_report_was_corrected_does_not_undo_the_corrections() {
    let before = Report::bundled();
    let book = read_back(&before);
    let now = corrected(&before);
    // Read naively, the old workbook sets all three back.
    assert_eq!(diff(&now, &applied(&now, &book.forms)).entries.len(), 3);
    let (incoming, rebased) = rebased(&now, &book);
    assert!(
        diff(&now, &incoming).is_empty(),
        "{:?}",
        diff(&now, &incoming).entries
    );
    // Named as the report has them now (the one removed since, as written).
    assert_eq!(rebased.kept.len(), 3, "{:?}", rebased.kept);
    assert_eq!(
        rebased.kept,
        [
            "松原市 （１）令和6年度の実績 ④ 医療関係者向け勉強会（5月,11…",
            "松原市 （３）令和7年度の実績計画 ② ICT活用による情報共有：MCS…",
            "松原市 （３）令和7年度の実績計画 ① 府が足した取組",
        ]
    );
    assert!(rebased.both.is_empty());
}

#[test]
fn what_the_hub_wrote_is_taken_and_an_entry_changed_on_both_sides_is_named() {
    let before = Report::bundled();
    let mut book = read_back(&before);
    let now = corrected(&before);
    // The hub rewords plan ① and plan ② (which the prefecture corrected meanwhile).
    let cell = &mut book.forms[0].sections[2].cells[0].1;
    *cell = cell.replacen("①", "① （拠点が更新）", 1);
    let cell = &mut book.forms[0].sections[2].cells[1].1;
    *cell = cell.replacen("MCS「まっねと」", "MCS「まっねと」（拠点が更新）", 1);
    let (incoming, rebased) = rebased(&now, &book);
    let d = diff(&now, &incoming);
    let changed: Vec<_> = d
        .entries
        .iter()
        .map(|e| (e.kind, e.after(&incoming).unwrap().id.clone()))
        .collect();
    assert_eq!(
        changed,
        [
            (DiffKind::Modified, "matsubara-2025-plan-01".to_string()),
            (DiffKind::Modified, "matsubara-2025-plan-02".to_string()),
        ]
    );
    assert_eq!(rebased.both.len(), 1);
    assert!(
        rebased.both[0].starts_with("松原市 （３）令和7年度の実績計画 ②"),
        "{}",
        rebased.both[0]
    );
}

#[test]
fn a_workbook_imported_again_after_it_was_applied_is_no_conflict_and_no_change() {
    let before = Report::bundled();
    let mut book = read_back(&before);
    let cell = &mut book.forms[0].sections[2].cells[0].1;
    *cell = cell.replacen("①", "① （拠点が更新）", 1);
    let (first, _) = rebased(&before, &book);
    assert_eq!(diff(&before, &first).entries.len(), 1);
    // Applied; the same file comes back (a second upload, or a colleague's copy).
    let (again, rebased) = rebased(&first, &book);
    assert!(rebased.both.is_empty(), "{:?}", rebased.both);
    assert!(diff(&first, &again).is_empty());
}

#[test]
fn a_workbook_written_before_a_hub_was_renamed_is_that_hub_not_a_second_one() {
    let before = Report::bundled();
    let mut book = read_back(&before);
    // After the forms went out, 松原市's form came back first with its 対象地域 reworded…
    let mut now = before.clone();
    now.hubs[0].area = "松原市（全域）".into();
    // …and then an older workbook of every hub, with one change of 羽曳野市's.
    let habikino = book
        .forms
        .iter_mut()
        .find(|f| f.area == "羽曳野市")
        .unwrap();
    let cell = &mut habikino.sections[0].cells[0].1;
    *cell = format!("{cell}（追記）");
    let (incoming, rebased) = rebased(&now, &book);
    assert_eq!(incoming.hubs.len(), now.hubs.len(), "no second 松原市");
    assert_eq!(
        incoming.hubs[0].area, "松原市（全域）",
        "the later name is kept"
    );
    let d = diff(&now, &incoming);
    assert_eq!(d.entries.len(), 1, "{:?}", d.entries);
    assert!(d.entries[0]
        .after(&incoming)
        .unwrap()
        .id
        .starts_with("habikino-"));
    assert!(rebased.both.is_empty(), "{:?}", rebased.both);
}

#[test]
fn emptying_the_last_section_of_a_sheet_removes_its_entries() {
    // The hub empties every cell of 松原市's (４), the sheet's last filled row.
    let r = Report::bundled();
    let mut emptied = r.clone();
    emptied.hubs[0]
        .entries
        .retain(|e| e.section != Section::Progress);
    let book = read_back(&emptied);
    assert!(
        book.notes.is_empty(),
        "the form's own headings are not 'unread': {:?}",
        book.notes
    );
    let progress = book.forms[0]
        .sections
        .iter()
        .find(|s| s.section == Section::Progress)
        .expect("the emptied section is read");
    assert!(progress.cells.iter().all(|(_, text)| text.is_empty()));
    let d = diff(&r, &applied(&r, &book.forms));
    let removed = r.hubs[0]
        .entries
        .iter()
        .filter(|e| e.section == Section::Progress)
        .count();
    assert_eq!(d.entries.len(), removed);
    assert!(d.entries.iter().all(|e| e.kind == DiffKind::Removed));
}

#[test]
fn a_plan_the_form_reports_held_is_done_and_its_other_fields_stay() {
    let r = Report::bundled();
    let mut book = read_back(&r);
    let progress = book.forms[0]
        .sections
        .iter_mut()
        .find(|s| s.section == Section::Progress)
        .unwrap();
    let cell = progress
        .cells
        .iter_mut()
        .map(|(_, t)| t)
        .find(|t| t.contains("勉強会を開催予定。"))
        .unwrap();
    *cell = cell.replacen("勉強会を開催予定。", "勉強会を開催した（参加者40名）。", 1);
    let after = applied(&r, &book.forms);
    let d = diff(&r, &after);
    assert_eq!(d.entries.len(), 1);
    let (before, now) = (
        d.entries[0].before(&r).unwrap(),
        d.entries[0].after(&after).unwrap(),
    );
    assert_eq!(now.id, "matsubara-2025-progress-03");
    assert_eq!(before.status, Some(renkei::model::Status::Planned));
    assert_eq!(now.status, Some(renkei::model::Status::Done));
    assert_eq!(now.themes, before.themes);
}

#[test]
fn text_typed_outside_the_forms_fields_is_named_not_dropped_silently() {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("羽曳野市").unwrap();
    let cells: [(u32, u16, &str); 8] = [
        (1, 0, "対象地域"),
        (1, 1, "羽曳野市"),
        (2, 0, "連携の拠点"),
        (2, 1, "羽曳野市医師会"),
        (6, 0, "（１）令和6年度の実績"),
        (7, 0, "①会議の開催"),
        (8, 0, "① 定例会議"),
        (21, 0, "⑤ 表の下に書いた取組"),
    ];
    for (row, col, text) in cells {
        sheet.write_string(row, col, text).unwrap();
    }
    sheet.write_string(9, 2, "表と次の区分の間の行").unwrap();
    let read = read_workbook(&book.save_to_buffer().unwrap()).expect("reads");
    assert_eq!(read.forms[0].sections[0].cells[0].1, "① 定例会議");
    let unread = read.notes.iter().find_map(|n| match n {
        WorkbookNote::Unread { cells } => Some(cells.clone()),
        _ => None,
    });
    assert_eq!(
        unread,
        Some(vec!["羽曳野市!C10".to_string(), "羽曳野市!A22".to_string()])
    );
    assert!(read.notes[0].message(true).contains("羽曳野市!A22"));
}

#[test]
fn a_sheet_for_an_unknown_area_is_a_new_hub() {
    let r = Report::bundled();
    let mut book = read_back(&r);
    let mut form = book.forms[0].clone();
    form.area = "堺市".into();
    form.sheet = "堺市".into();
    book.forms = vec![form];
    let hubs = reconcile(&r, &book.forms);
    assert_eq!(hubs.len(), 1);
    assert!(r.hub(&hubs[0].id).is_none());
    assert_eq!(hubs[0].area, "堺市");
    assert_eq!(hubs[0].entries.len(), r.hubs[0].entries.len());
}

fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, data) in files {
        out.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(data).unwrap();
    }
    out.finish().unwrap().into_inner()
}

#[test]
fn bad_files_are_refused_with_their_reason() {
    let r = Report::bundled();
    let book = written(&r);
    let problem = |bytes: &[u8]| read_workbook(bytes).expect_err("refused");
    assert!(matches!(
        problem(&book[..book.len() / 2]),
        WorkbookProblem::Damaged { .. }
    ));
    assert_eq!(problem(b"id,text\n1,a\n"), WorkbookProblem::NotWorkbook);
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.resize(2048, 0);
    assert_eq!(problem(&ole), WorkbookProblem::OldExcel);
    ole.extend("EncryptionInfo".encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(problem(&ole), WorkbookProblem::Encrypted);
    assert_eq!(
        problem(&zip_of(&[("a.txt", b"hello")])),
        WorkbookProblem::NotExcelZip
    );
    let zeros = vec![0u8; 250 * 1024 * 1024];
    assert!(matches!(
        problem(&zip_of(&[("xl/workbook.xml", &zeros)])),
        WorkbookProblem::Inflates { .. }
    ));
    let big = vec![b'P'; 21 * 1024 * 1024];
    assert!(matches!(problem(&big), WorkbookProblem::TooLarge { .. }));
    for p in [WorkbookProblem::NoHubSheet, WorkbookProblem::OldExcel] {
        assert_ne!(p.message(true), p.message(false));
    }
}

#[test]
fn a_rewording_that_no_longer_states_a_frequency_or_a_count_drops_them_and_says_so() {
    let before = Report::bundled();
    let mut book = read_back(&before);
    // 松原市 meets monthly now, and its MCS has 180 members.
    let plan = &mut book.forms[0].sections[2].cells[0].1;
    *plan = plan.replacen("（8月,12月,2月除く毎月）", "（毎月）", 1);
    let progress = &mut book.forms[0].sections[3].cells[1].1;
    *progress = progress.replacen("約170名", "約180名", 1);
    let (incoming, rebased) = rebased(&before, &book);
    let entry = |id: &str| {
        incoming.hubs[0]
            .entries
            .iter()
            .find(|e| e.id == id)
            .unwrap()
    };
    // The old figures go; what the new words say is read in their place.
    let meetings = &entry("matsubara-2025-plan-01").facts.meetings;
    assert_eq!(
        meetings
            .iter()
            .map(|m| (m.per_year, m.basis.as_str()))
            .collect::<Vec<_>>(),
        [(12, "毎月")]
    );
    let members = &entry("matsubara-2025-progress-02").facts.members;
    assert_eq!(
        members
            .iter()
            .map(|m| (m.count, m.approximate))
            .collect::<Vec<_>>(),
        [(180, true)]
    );
    // What the words still state stays: the tool's name, the other entries' figures.
    assert!(!entry("matsubara-2025-progress-02").facts.tools.is_empty());
    assert!(!entry("matsubara-2024-result-01").facts.meetings.is_empty());
    assert_eq!(rebased.unstated.len(), 2, "{:?}", rebased.unstated);
    assert!(rebased.unstated[0].starts_with("松原市 （３）令和7年度の実績計画 ①"));
}

#[test]
fn a_new_entry_naming_a_month_gets_its_event_read_from_its_words() {
    let before = Report::bundled();
    let mut book = read_back(&before);
    let cell = &mut book.forms[0].sections[2].cells[4].1;
    cell.push_str("\n⑤-3 市民向け講座（３月）\n⑤-4 パンフレットの作成");
    let (incoming, rebased) = rebased(&before, &book);
    let d = diff(&before, &incoming);
    assert_eq!(d.entries.len(), 2);
    let added = d.entries[0].after(&incoming).unwrap();
    let events: Vec<_> = (added.facts.events.iter())
        .map(|e| (e.fiscal_year.0, e.month, e.status))
        .collect();
    assert_eq!(events, [(2025, 3, renkei::model::EventStatus::Planned)]);
    assert!(rebased.undated.is_empty(), "{:?}", rebased.undated);
}

#[test]
fn a_new_entry_whose_month_cannot_be_placed_is_still_named() {
    let before = Report::bundled();
    let mut book = read_back(&before);
    let cell = &mut book.forms[0].sections[2].cells[4].1;
    cell.push_str("\n⑤-3 市民向け講座（13月）");
    let (_, rebased) = rebased(&before, &book);
    assert_eq!(rebased.undated.len(), 1, "{:?}", rebased.undated);
    assert!(rebased.undated[0].contains("⑤-3 市民向け講座"));
}

#[test]
fn a_fact_typed_for_an_entry_survives_a_reimport_of_its_reworded_form() {
    let mut before = Report::bundled();
    // Someone typed the 勉強会's day into the editor.
    let e = (before.hubs[0].entries.iter_mut())
        .find(|e| e.id == "matsubara-2025-plan-03")
        .unwrap();
    e.facts.events[0].day = Some(20);
    e.facts.events[0].title = "地域医療勉強会（講師調整中）".into();
    let typed = e.facts.events[0].clone();
    let mut book = read_back(&before);
    let cell = &mut book.forms[0].sections[2].cells[3].1;
    *cell = cell.replacen("地域医療勉強会（11月）", "地域医療勉強会（11月、2月）", 1);
    let (incoming, _) = rebased(&before, &book);
    let after = (incoming.hubs[0].entries.iter())
        .find(|e| e.id == "matsubara-2025-plan-03")
        .unwrap();
    assert_eq!(
        after.facts.events[0], typed,
        "the typed event is kept as typed"
    );
    assert_eq!(after.facts.events.len(), 2, "February read beside it");
    assert_eq!(after.facts.events[1].month, 2);
}

#[test]
fn every_fact_of_the_bundled_report_is_still_stated_by_its_own_words() {
    // The rule that drops facts from a reworded entry keeps every reading of the report as is.
    let r = Report::bundled();
    let mut lost = Vec::new();
    for e in r.hubs.iter().flat_map(|h| &h.entries) {
        let kept = e.facts.still_stated(&e.text());
        if kept != e.facts {
            lost.push(format!("{}: {:?} → {:?}", e.id, e.facts, kept));
        }
    }
    assert!(lost.is_empty(), "{lost:#?}");
}
