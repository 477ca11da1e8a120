//! How often a meeting meets, as times a year: 毎月 12, 隔月 6, 月1回 12, 月1～2回 12–24,
//! 年N回, 四半期ごと 4, 週1回 52, and 毎月 less the months it excludes (8月,12月除く毎月 10).

use super::text::{Folded, Number};
use super::words::{names_a_meeting, phrase_before, MEETING_WORDS};
use super::{Read, ReadMeeting};

/// The frequencies of a text and what they used up.
#[derive(Default)]
pub struct Frequencies {
    /// Meetings with their frequency.
    pub meetings: Vec<Read<ReadMeeting>>,
    /// Where the months a frequency excludes start: they are no events.
    pub excluded: Vec<usize>,
    /// Where the numbers of frequencies start: they are no counts.
    pub used: Vec<usize>,
}

/// Words that say how often, with times a year.
const FIXED: [(&str, u32); 6] = [
    ("毎月", 12),
    ("隔月", 6),
    ("四半期", 4),
    ("毎週", 52),
    ("隔週", 26),
    ("毎年", 1),
];

/// Marks that join the two ends of a range of times.
const RANGE: [char; 4] = ['~', '〜', '-', 'ー'];

/// `N回` or `N～M回` starting at folded character `at`: (N, M, where it ends).
fn times_at(t: &Folded, numbers: &[Number], at: usize) -> Option<(u32, u32, usize, Vec<usize>)> {
    let n = numbers.iter().find(|n| n.start == at)?;
    let mut used = vec![n.start];
    let (max, end) = match t.at(n.end) {
        Some('回') => (n.value, n.end + 1),
        Some(c) if RANGE.contains(&c) => {
            let m = numbers.iter().find(|m| m.start == n.end + 1)?;
            used.push(m.start);
            (t.at(m.end) == Some('回')).then_some((m.value, m.end + 1))?
        }
        _ => return None,
    };
    Some((n.value as u32, max as u32, end, used))
}

/// The months listed right before `at` (8月,12月 before 除く): where each starts.
fn months_listed_before(t: &Folded, numbers: &[Number], mut at: usize) -> Vec<usize> {
    let mut out = Vec::new();
    loop {
        while at > 0 && matches!(t.chars[at - 1], '、' | ',' | '・' | 'と' | 'を' | ' ') {
            at -= 1;
        }
        match numbers
            .iter()
            .find(|n| n.end + 1 == at && t.at(n.end) == Some('月'))
        {
            Some(n) => {
                out.push(n.start);
                at = n.start;
            }
            None => return out,
        }
    }
}

/// The months 毎月 at `at` leaves out, before it (8月,12月除く毎月) or after it in the same
/// parenthesis (毎月、８月除く), with the span of words that says so.
fn exclusions(t: &Folded, numbers: &[Number], at: usize) -> (Vec<usize>, usize, usize) {
    for lead in ["を除く", "を除き", "除く", "除き"] {
        if t.has_before(at, lead) {
            let months = months_listed_before(t, numbers, at - lead.chars().count());
            if let Some(&first) = months.last() {
                return (months, first, at + 2);
            }
        }
    }
    let close = (at..t.chars.len())
        .take_while(|&i| !matches!(t.chars[i], '。' | '\n'))
        .find(|&i| t.chars[i] == ')');
    if let Some(close) = close {
        for tail in ["を除く", "除く", "を除き", "除き"] {
            if let Some(w) = t.find(tail, at, close) {
                let months = months_listed_before(t, numbers, w);
                if !months.is_empty() {
                    return (months, at, w + tail.chars().count());
                }
            }
        }
    }
    (Vec::new(), at, at + 2)
}

/// The meeting a frequency at `at` belongs to: in a parenthesis, what the parenthesis follows
/// (会議（年２回）, but not 研修（年２回）); else the nearest meeting named before it in its
/// sentence, or after it. `None` where no meeting is named (年に1回、情報を更新).
fn meeting_name(t: &Folded, at: usize) -> Option<String> {
    let (start, end) = (t.sentence_start(at), t.sentence_end(at));
    let open = (start..at)
        .rev()
        .take_while(|&i| t.chars[i] != ')')
        .find(|&i| t.chars[i] == '(');
    if let Some(name) = open.map(|open| phrase_before(t, open)) {
        if names_a_meeting(&name) {
            return Some(name);
        }
    }
    let word_end = |i: usize| {
        MEETING_WORDS
            .iter()
            .find(|w| t.has(i, w))
            .map(|w| i + w.chars().count())
            // Not 人生会議 (ACP): the two characters before the word are read with it.
            .filter(|&e| names_a_meeting(t.words(start.max(i.saturating_sub(2))..e)))
    };
    let before = (start..at).rev().find_map(word_end);
    // After it only where no parenthesis ties it to what comes before.
    let after = || {
        (at..end)
            .take_while(|&i| open.is_none() && t.chars[i] != ')')
            .find_map(word_end)
    };
    let name = phrase_before(t, before.or_else(after)?);
    names_a_meeting(&name).then_some(name)
}

/// Every frequency of `t`.
pub fn read(t: &Folded, numbers: &[Number]) -> Frequencies {
    let mut out = Frequencies::default();
    let mut i = 0;
    while i < t.chars.len() {
        let mut found: Option<(u32, u32, usize, usize)> = None;
        if let Some(&(word, per_year)) = FIXED.iter().find(|(w, _)| t.has(i, w)) {
            let mut start = i;
            let mut end = i + word.chars().count();
            let mut per_year = per_year;
            if word == "毎月" {
                let (months, from, to) = exclusions(t, numbers, i);
                per_year -= months.len().min(11) as u32;
                out.excluded.extend(months);
                (start, end) = (from, to.max(end));
            }
            found = Some((per_year, per_year, start, end));
        } else if let Some(&(_, per_year)) = [("月", 12), ("年", 1), ("週", 52)]
            .iter()
            .find(|(u, _)| t.has(i, u))
        {
            // 月1回, 月に1回, 年２回, 週に1回: the unit not itself a date (5月, 2025年).
            let after_number = i > 0 && t.chars[i - 1].is_ascii_digit();
            let at = if t.at(i + 1) == Some('に') {
                i + 2
            } else {
                i + 1
            };
            if !after_number {
                if let Some((lo, hi, end, used)) = times_at(t, numbers, at) {
                    out.used.extend(used);
                    found = Some((lo * per_year, hi * per_year, i, end));
                }
            }
        }
        match found {
            Some((lo, hi, start, end)) => {
                if let Some(name) = meeting_name(t, start) {
                    out.meetings.push(Read {
                        fact: ReadMeeting {
                            name,
                            per_year: lo,
                            per_year_max: hi,
                            basis: t.words(start..end).to_string(),
                        },
                        words: t.bytes(start..end),
                    });
                }
                i = end.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}
