//! Naming what a fact is about from the words around it: the phrase before a parenthesis or
//! a number, without the entry's label; and which names are meetings.

use super::text::Folded;

/// Characters that end a phrase when reading backwards or forwards.
fn is_break(c: char) -> bool {
    matches!(c, '、' | '。' | '\n' | ',' | ':' | '(' | ')' | 'を')
}

/// The phrase that ends just before folded character `end`, back to the previous break, in
/// the original's words, without a leading label (①, ②-1) or spaces.
pub fn phrase_before(t: &Folded, end: usize) -> String {
    let start = (0..end)
        .rev()
        .find(|&i| is_break(t.chars[i]) && !inside_brackets(t, i, end))
        .map_or(0, |i| i + 1);
    clean(t.words(start..end))
}

/// The phrase that starts at folded character `start`, up to the next break.
pub fn phrase_after(t: &Folded, start: usize) -> String {
    let end = (start..t.chars.len())
        .find(|&i| is_break(t.chars[i]) && !inside_brackets(t, start, i))
        .unwrap_or(t.chars.len());
    clean(t.words(start..end))
}

/// True when `i` lies inside 「…」 opened after `from` (or before `to` and closed after).
fn inside_brackets(t: &Folded, a: usize, b: usize) -> bool {
    let (from, to) = (a.min(b), a.max(b));
    let opens = (from..to).filter(|&i| t.chars[i] == '「').count();
    let closes = (from..to).filter(|&i| t.chars[i] == '」').count();
    opens != closes
}

/// `words` without a leading label, spaces or a trailing particle.
fn clean(words: &str) -> String {
    let words = words.trim();
    let words = words.trim_start_matches(|c: char| ('①'..='⑳').contains(&c));
    let words = words.trim_start_matches(|c: char| {
        c == '-' || c == '－' || c.is_ascii_digit() || ('０'..='９').contains(&c)
    });
    let words = words.trim().trim_end_matches(['の', 'を', 'で', 'と']);
    // A bracket the phrase cut in two goes: 「河内長野市域在宅医療推進検討会」を… gives the name.
    let words = if words.matches('「').count() == words.matches('」').count() {
        words
    } else {
        words.trim_matches(['「', '」'])
    };
    words.chars().take(60).collect()
}

/// Words that name a meeting (folded), for listed months to count as its frequency.
pub const MEETING_WORDS: [&str; 13] = [
    "会議",
    "委員会",
    "連絡会",
    "定例会",
    "検討会",
    "部会",
    "協議会",
    "交流会",
    "交換会",
    "かんふぁれんす",
    "会合",
    "懇談会",
    "連携会",
];

/// True when `name` names a meeting: it holds a meeting word, and not as 人生会議 (ACP).
pub fn names_a_meeting(name: &str) -> bool {
    let name = crate::model::search::fold(name).replace("人生会議", "");
    MEETING_WORDS.iter().any(|w| name.contains(w))
}
