//! Structured facts, one test per kind, checked against the source's own words.
#![cfg(not(target_arch = "wasm32"))]

use renkei::model::{Entry, EventStatus, Report, Status};

fn entry<'a>(report: &'a Report, id: &str) -> &'a Entry {
    report
        .hubs
        .iter()
        .flat_map(|h| &h.entries)
        .find(|e| e.id == id)
        .unwrap_or_else(|| panic!("{id} exists"))
}

#[test]
fn meeting_frequency_is_read_from_the_text() {
    let r = Report::bundled();
    // （8月,12月除く毎月） = 10, （8月,12月,2月除く毎月） = 9.
    let m24 = &entry(&r, "matsubara-2024-result-01").facts.meetings[0];
    assert!(entry(&r, "matsubara-2024-result-01").paragraphs[0].contains(&m24.basis));
    assert_eq!(
        (m24.name.as_str(), m24.per_year),
        ("地域医療介護連携推進委員会", 10)
    );
    assert_eq!(
        entry(&r, "matsubara-2025-plan-01").facts.meetings[0].per_year,
        9
    );
    // Five months listed: ５月、７月、１０月、１２月、３月.
    assert_eq!(
        entry(&r, "habikino-2024-result-01").facts.meetings[0].per_year,
        5
    );
    assert_eq!(
        entry(&r, "habikino-2025-plan-01").facts.meetings[0].per_year,
        5
    );
    // 毎月 = 12; 月1回 = 12 and 年6回 = 6.
    assert_eq!(
        entry(&r, "fujiidera-2024-result-01").facts.meetings[0].per_year,
        12
    );
    let tonda: Vec<u32> = entry(&r, "tondabayashi-2024-result-01")
        .facts
        .meetings
        .iter()
        .map(|m| m.per_year)
        .collect();
    assert_eq!(tonda, [12, 6]);
    // Every basis is the text's own words.
    for e in r.hubs.iter().flat_map(|h| &h.entries) {
        for m in &e.facts.meetings {
            assert!(
                e.paragraphs.iter().any(|p| p.contains(&m.basis)),
                "{}: basis {} is in the text",
                e.id,
                m.basis
            );
            assert!(
                e.paragraphs.iter().any(|p| p.contains(&m.name)),
                "{}: meeting {} is named in the text",
                e.id,
                m.name
            );
        }
    }
}

#[test]
fn member_counts_are_read_from_the_text() {
    let r = Report::bundled();
    let fuji = &entry(&r, "fujiidera-2025-progress-02").facts.members[0];
    assert_eq!((fuji.count, fuji.approximate), (200, true));
    assert!(entry(&r, "fujiidera-2025-progress-02").paragraphs[0].contains("約200名"));
    let matsu = &entry(&r, "matsubara-2025-progress-02").facts.members[0];
    assert_eq!((matsu.count, matsu.approximate), (170, true));
    assert!(entry(&r, "matsubara-2025-progress-02")
        .paragraphs
        .iter()
        .any(|p| p.contains("約170名")));
    assert_eq!(
        entry(&r, "fujiidera-2025-progress-01").facts.members[0].count,
        60
    );
}

#[test]
fn survey_figures_are_read_from_the_text() {
    let r = Report::bundled();
    let e = entry(&r, "osakasayama-2024-challenge-01");
    let values: Vec<f64> = e.facts.figures.iter().map(|f| f.value).collect();
    assert_eq!(values, [41.7, 16.7]);
    for f in &e.facts.figures {
        assert!(e.paragraphs[0].contains(&format!("{}{}", f.value, f.unit)));
    }
}

#[test]
fn dated_events_carry_fiscal_year_month_day_and_status() {
    let r = Report::bundled();
    let e = entry(&r, "matsubara-2025-progress-05");
    assert!(e.paragraphs[0].contains("2月14日に認知症をテーマに市民公開講座を開催予定"));
    let ev = &e.facts.events[0];
    assert_eq!(
        (ev.fiscal_year.0, ev.month, ev.day, ev.status),
        (2025, 2, Some(14), EventStatus::Planned)
    );
    // February of FY2025 is February 2026.
    assert_eq!(ev.fiscal_year.calendar_year(ev.month), 2026);

    let e = entry(&r, "matsubara-2025-progress-04");
    let done: Vec<(u8, Option<u8>)> = e
        .facts
        .events
        .iter()
        .filter(|v| v.status == EventStatus::Done)
        .map(|v| (v.month, v.day))
        .collect();
    assert_eq!(
        done,
        [(5, Some(26)), (9, Some(22)), (10, Some(27))],
        "開催 (done) in the first paragraph"
    );
    let planned = e
        .facts
        .events
        .iter()
        .filter(|v| v.status == EventStatus::Planned)
        .count();
    assert_eq!(planned, 2, "開催予定 in the continuation paragraph");

    // Every dated event's day and month are written in its entry.
    for e in r.hubs.iter().flat_map(|h| &h.entries) {
        let text = e.paragraphs.concat();
        for v in &e.facts.events {
            if let Some(day) = v.day {
                assert!(
                    text.contains(&format!("{}月{}日", v.month, day)),
                    "{}: {}月{}日",
                    e.id,
                    v.month,
                    day
                );
            }
        }
    }
}

#[test]
fn named_tools_are_read_from_the_text() {
    let r = Report::bundled();
    assert_eq!(
        entry(&r, "matsubara-2024-result-02").facts.tools,
        ["MCS「まっねと」"]
    );
    assert_eq!(
        entry(&r, "habikino-2025-plan-03").facts.tools,
        ["はびナビ（医療・介護・地域資源情報）"]
    );
    for e in r.hubs.iter().flat_map(|h| &h.entries) {
        let text = e.paragraphs.concat();
        for tool in &e.facts.tools {
            let core = tool
                .split(['「', '（'])
                .find(|s| !s.is_empty() && *s != "MCS")
                .unwrap_or(tool);
            let core = core.trim_end_matches(['」', '）']);
            assert!(
                text.contains(core),
                "{}: tool {tool} is named in the text",
                e.id
            );
        }
    }
}

#[test]
fn progress_status_follows_the_text() {
    let r = Report::bundled();
    let expect = [
        (
            "kawachinagano-2025-progress-02",
            Status::Coordinating,
            "調整中",
        ),
        ("fujiidera-2025-progress-04", Status::Considering, "検討中"),
        ("matsubara-2025-progress-05", Status::Planned, "予定"),
        ("kawachinagano-2025-progress-05", Status::Done, "実施"),
    ];
    for (id, status, word) in expect {
        let e = entry(&r, id);
        assert_eq!(e.status, Some(status), "{id}");
        assert!(e.paragraphs.concat().contains(word), "{id} says {word}");
    }
    for e in r.hubs.iter().flat_map(|h| &h.entries) {
        let text = e.paragraphs.concat();
        match e.status {
            Some(Status::Coordinating) => assert!(text.contains("調整中"), "{}", e.id),
            Some(Status::Considering) => assert!(text.contains("検討"), "{}", e.id),
            Some(Status::Planned) => assert!(text.contains("予定"), "{}", e.id),
            _ => {}
        }
        assert_eq!(
            e.status.is_some(),
            e.section == renkei::model::Section::Progress,
            "{}: status only on FY2025 progress, and on each of them",
            e.id
        );
    }
}
