//! Months and days: 5月, ５月, 十一月, 11月8日, lists, spans (1～2月, 1月から3月), 令和N年M月
//! and 20XX年M月 placed in their fiscal year, and whether each event was held or is planned.

use super::text::{Folded, Number};
use super::words::{names_a_meeting, phrase_after, phrase_before};
use super::{Place, Read, ReadMeeting};
use crate::model::types::{Event, EventStatus, FiscalYear, Section};

/// An event read, with the numbers it used up (not counts).
pub struct Found {
    /// The event.
    pub event: Read<Event>,
    /// Where its numbers start (folded characters).
    pub used: Vec<usize>,
    /// Its month's position in the folded text.
    at: usize,
}

/// Marks between the two ends of a span.
const SPAN: [&str; 5] = ["~", "〜", "-", "から", "ー"];

/// True when a span mark starts at `i`, and where it ends.
fn span_mark(t: &Folded, i: usize) -> Option<usize> {
    SPAN.iter()
        .find(|m| t.has(i, m))
        .map(|m| i + m.chars().count())
}

/// The month a number names, if it does: 1–12 written right before 月.
fn month_of(t: &Folded, n: &Number) -> Option<u8> {
    let whole = n.value.fract() == 0.0 && (1.0..=12.0).contains(&n.value);
    (whole && t.at(n.end) == Some('月')).then_some(n.value as u8)
}

/// The calendar year written right before the month at `n` (令和8年1月, 2026年2月).
fn year_before(t: &Folded, numbers: &[Number], n: &Number) -> Option<(u16, usize)> {
    if t.at(n.start.checked_sub(1)?) != Some('年') {
        return None;
    }
    if t.has_before(n.start - 1, "令和元") {
        return Some((2019, n.start - 4));
    }
    let y = numbers.iter().find(|y| y.end + 1 == n.start)?;
    let year = if t.has_before(y.start, "令和") {
        2018 + y.value as u16
    } else if (2000.0..2100.0).contains(&y.value) {
        y.value as u16
    } else {
        return None;
    };
    Some((year, y.start))
}

/// The fiscal year a sentence names before `at` (令和7年度は9月に…), if any.
fn year_named_before(t: &Folded, numbers: &[Number], at: usize) -> Option<FiscalYear> {
    let start = t.sentence_start(at);
    numbers
        .iter()
        .rev()
        .filter(|y| y.start >= start && y.end < at && t.has(y.end, "年度"))
        .find_map(|y| {
            if t.has_before(y.start, "令和") {
                Some(FiscalYear(2018 + y.value as u16))
            } else {
                (2000.0..2100.0)
                    .contains(&y.value)
                    .then_some(FiscalYear(y.value as u16))
            }
        })
}

/// Verbs whose tense tells a held event from a planned one (folded). 行 only as a verb.
const VERBS: [&str; 16] = [
    "開催", "実施", "行っ", "行い", "行う", "行わ", "作成", "発行", "配布", "予定", "計画", "検討",
    "調整", "準備", "延期", "設置",
];

/// Words that make the verb they follow or hold a plan (folded).
const FUTURE: [&str; 11] = [
    "予定",
    "計画",
    "検討",
    "調整",
    "準備",
    "向け",
    "する",
    "します",
    "したい",
    "行う",
    "延期",
];

/// Whether the event named at `after` was held or is planned: a plan's events are planned;
/// elsewhere the first verb after the month in its sentence decides (5月に開催、11月に開催予定).
fn status(t: &Folded, after: usize, section: Section) -> EventStatus {
    if section == Section::Plan {
        return EventStatus::Planned;
    }
    let end = t.sentence_end(after);
    let verb = (after..end).find(|&i| VERBS.iter().any(|v| t.has(i, v)));
    let planned = match verb {
        Some(v) => (v..(v + 7).min(t.chars.len())).any(|i| FUTURE.iter().any(|f| t.has(i, f))),
        None => section == Section::Progress,
    };
    if planned {
        EventStatus::Planned
    } else {
        EventStatus::Done
    }
}

/// A day written right after a month (11月8日): its number and where it ends.
fn day_after(t: &Folded, numbers: &[Number], month_end: usize) -> Option<(u8, usize)> {
    let d = numbers.iter().find(|d| d.start == month_end + 1)?;
    let whole = d.value.fract() == 0.0 && (1.0..=31.0).contains(&d.value);
    (whole && t.at(d.end) == Some('日')).then_some((d.value as u8, d.end + 1))
}

/// What the event is: the phrase before the parenthesis it sits in (研修会（２月）), else the
/// words after the month (11月8日に…勉強会を開催), else those before it.
fn title(t: &Folded, start: usize, end: usize) -> String {
    let open = (0..start)
        .rev()
        .take_while(|&i| t.chars[i] != ')')
        .find(|&i| t.chars[i] == '(');
    if let Some(open) = open {
        let before = phrase_before(t, open);
        if !before.is_empty() {
            return before;
        }
    }
    let mut from = end;
    for skip in [
        "上旬",
        "中旬",
        "下旬",
        "頃",
        "ごろ",
        "まで",
        "にかけて",
        "に",
        "の",
        ")",
        "、",
    ] {
        if t.has(from, skip) {
            from += skip.chars().count();
        }
    }
    let after = phrase_after(t, from);
    if after.chars().count() >= 2 {
        after
    } else {
        phrase_before(t, start)
    }
}

/// The months of `t` as events, except those in `excluded` (the months a frequency leaves
/// out: 8月,12月除く毎月).
pub fn read(t: &Folded, numbers: &[Number], excluded: &[usize], place: Place) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    let mut skip_until = 0;
    for (k, n) in numbers.iter().enumerate() {
        if n.start < skip_until || excluded.contains(&n.start) {
            continue;
        }
        let mut used = vec![n.start];
        // 1～2月: the first number has no 月 of its own.
        let (first, last, month_at) = match month_of(t, n) {
            Some(m) => (m, None, n),
            None => {
                let Some(mark_end) = span_mark(t, n.end) else {
                    continue;
                };
                let Some(second) = numbers.get(k + 1).filter(|s| s.start == mark_end) else {
                    continue;
                };
                let (Some(end_month), true) =
                    (month_of(t, second), (1.0..=12.0).contains(&n.value))
                else {
                    continue;
                };
                used.push(second.start);
                (n.value as u8, Some(end_month), second)
            }
        };
        let mut end = month_at.end + 1;
        let mut last = last;
        // 1月から3月, 1月～3月: one span.
        if last.is_none() {
            if let Some(mark_end) = span_mark(t, end) {
                if let Some(second) = numbers.get(k + 1).filter(|s| s.start == mark_end) {
                    if let Some(m) = month_of(t, second) {
                        last = Some(m);
                        used.push(second.start);
                        end = second.end + 1;
                    }
                }
            }
        }
        skip_until = end;
        let (day, after) = match day_after(t, numbers, month_at.end) {
            Some((d, after)) if last.is_none() => {
                used.push(month_at.end + 1);
                (Some(d), after)
            }
            _ => (None, end),
        };
        let (fiscal_year, start) = match year_before(t, numbers, n) {
            Some((year, start)) => {
                used.push(start);
                let fy = if first >= 4 { year } else { year - 1 };
                (FiscalYear(fy), start)
            }
            None => (
                year_named_before(t, numbers, n.start).unwrap_or(place.fiscal_year),
                n.start,
            ),
        };
        let event = Event {
            title: title(t, start, after),
            fiscal_year,
            month: first,
            day,
            status: status(t, after, place.section),
            end_month: last.filter(|&m| m != first),
            typed: false,
        };
        found.push(Found {
            event: Read {
                fact: event,
                words: t.bytes(start..after),
            },
            used,
            at: n.start,
        });
    }
    found
}

/// A meeting whose months are listed in one parenthesis after its name (医療と介護の連携会議
/// （５月、７月、１０月、１２月、３月）): it meets as many times a year.
pub fn listed_meeting(t: &Folded, events: &[Found]) -> Option<Read<ReadMeeting>> {
    let first = events.first()?;
    let open = (0..first.at).rev().find(|&i| t.chars[i] == '(')?;
    let close = (open..t.chars.len()).find(|&i| t.chars[i] == ')')?;
    let listed: Vec<&Found> = events
        .iter()
        .filter(|e| e.at > open && e.at < close)
        .collect();
    let name = phrase_before(t, open);
    (listed.len() >= 2 && names_a_meeting(&name)).then(|| Read {
        fact: ReadMeeting {
            name,
            per_year: listed.len() as u32,
            per_year_max: listed.len() as u32,
            basis: t.words(open + 1..close).to_string(),
        },
        words: t.bytes(open + 1..close),
    })
}
