//! Japanese-aware search: folding, AND matching and highlighting. Pure functions.
//!
//! Folding makes width and kana variants equal: full-width ASCII (ＡＣＰ, １１月) becomes
//! ASCII, half-width katakana (ｶﾞ) becomes full-width, katakana becomes hiragana
//! (ブルーカード ↔ ぶるかど), and Latin letters are lower-cased. A long-vowel mark after kana
//! is dropped, so ケアマネージャー and ケアマネジャー, コーディネーター and コーディネータ are one
//! word. A number in a query matches whole numbers only: 2月 finds ２月, not 12月. It is a
//! small hand-written table rather than full Unicode NFKC (the `unicode-normalization` crate): these are the only
//! variants the report's readers type, and the crate's tables would cost far more wasm.

/// Half-width katakana U+FF66..=U+FF9D mapped to full-width, in code point order.
const HALF_KANA: &str = "ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";

/// Folds one character, ignoring half-width voicing marks (handled by [`fold_with_map`]).
pub(crate) fn fold_char(c: char) -> char {
    let c = match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        '\u{FF61}' => '。',
        '\u{FF62}' => '「',
        '\u{FF63}' => '」',
        '\u{FF64}' => '、',
        '\u{FF65}' => '・',
        '\u{FF66}'..='\u{FF9D}' => HALF_KANA
            .chars()
            .nth((c as u32 - 0xFF66) as usize)
            .unwrap_or(c),
        _ => c,
    };
    match c {
        // Katakana ァ..ヶ → hiragana ぁ..ゖ.
        '\u{30A1}'..='\u{30F6}' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
        _ => c.to_ascii_lowercase(),
    }
}

/// Applies a half-width voicing mark (ﾞ U+FF9E, ﾟ U+FF9F) to the folded kana before it.
fn voice(base: char, mark: char) -> Option<char> {
    let offset = match mark {
        '\u{FF9E}' => 1,
        '\u{FF9F}' => 2,
        _ => return None,
    };
    let voiceable = match offset {
        1 => matches!(
            base,
            'か' | 'き'
                | 'く'
                | 'け'
                | 'こ'
                | 'さ'
                | 'し'
                | 'す'
                | 'せ'
                | 'そ'
                | 'た'
                | 'ち'
                | 'つ'
                | 'て'
                | 'と'
                | 'は'
                | 'ひ'
                | 'ふ'
                | 'へ'
                | 'ほ'
        ),
        _ => matches!(base, 'は' | 'ひ' | 'ふ' | 'へ' | 'ほ'),
    };
    if base == 'う' && offset == 1 {
        return Some('ゔ');
    }
    voiceable
        .then(|| char::from_u32(base as u32 + offset))
        .flatten()
}

/// Folds text and records, for each folded char, the byte range of the original it came from.
pub fn fold_with_map(text: &str) -> (Vec<char>, Vec<(usize, usize)>) {
    let mut chars: Vec<char> = Vec::with_capacity(text.len() / 2);
    let mut spans: Vec<(usize, usize)> = Vec::with_capacity(text.len() / 2);
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        if let (Some(last), Some(span)) = (chars.last_mut(), spans.last_mut()) {
            // A voicing mark or a long vowel belongs to the kana before it: highlighted with it.
            if let Some(voiced) = voice(*last, c) {
                *last = voiced;
                span.1 = end;
                continue;
            }
            if is_long_vowel_after(*last, fold_char(c)) {
                span.1 = end;
                continue;
            }
        }
        chars.push(fold_char(c));
        spans.push((i, end));
    }
    (chars, spans)
}

/// True when `c` (folded) is a long-vowel mark lengthening the folded kana `last`, which
/// folding drops (ケアマネージャー is ケアマネジャー); a ー after anything else is kept (②ー3).
fn is_long_vowel_after(last: char, c: char) -> bool {
    c == 'ー' && matches!(last, '\u{3041}'..='\u{3096}')
}

/// The folded characters of `text`, without recording where each came from: what indexing
/// and comparing read (see [`fold_with_map`] for highlighting).
pub fn folded_chars(text: &str) -> impl Iterator<Item = char> + '_ {
    let mut chars = text.chars().peekable();
    std::iter::from_fn(move || {
        let c = fold_char(chars.next()?);
        let c = match chars.peek().and_then(|&mark| voice(c, mark)) {
            Some(voiced) => {
                chars.next();
                voiced
            }
            None => c,
        };
        while chars
            .next_if(|&n| is_long_vowel_after(c, fold_char(n)))
            .is_some()
        {}
        Some(c)
    })
}

/// True when a term matched between `before` and `after` (the folded characters around the
/// match) is whole where it is a number: a term starting with a digit is not the tail of a
/// longer number (2月 is not in 12月), one ending with a digit not the head of one. The one
/// rule of the search, the index's scan and the highlight.
pub fn whole_at(term: &str, before: Option<char>, after: Option<char>) -> bool {
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    !(digit(term.chars().next()) && digit(before) || digit(term.chars().last()) && digit(after))
}

/// Where `finder` (of `term`) first finds it in `hay` (folded text) as a whole number
/// ([`whole_at`]), from byte `from` on.
pub fn find_whole(
    finder: &memchr::memmem::Finder,
    term: &str,
    hay: &str,
    mut from: usize,
) -> Option<usize> {
    while let Some(hit) = finder.find(&hay.as_bytes()[from..]) {
        let start = from + hit;
        let end = start + term.len();
        if whole_at(
            term,
            hay[..start].chars().next_back(),
            hay[end..].chars().next(),
        ) {
            return Some(start);
        }
        from = start + hay[start..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// Folds text for comparison (see the module documentation).
pub fn fold(text: &str) -> String {
    folded_chars(text).collect()
}

/// A search box's content: folded terms, all of which must match.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchQuery {
    terms: Vec<String>,
}

impl SearchQuery {
    /// Splits the typed text on spaces (full- or half-width) into folded terms.
    pub fn parse(text: &str) -> SearchQuery {
        let mut terms: Vec<String> = fold(text).split_whitespace().map(str::to_string).collect();
        terms.dedup();
        SearchQuery { terms }
    }

    /// The folded terms, in the order typed.
    pub fn terms(&self) -> &[String] {
        &self.terms
    }

    /// True when nothing was typed.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// True when every entry this query matches is also matched by `broader`: each of
    /// `broader`'s terms lies inside one of ours, whole where it is a number (typing on
    /// narrows; deleting does not; 12 does not narrow 1).
    pub fn narrows(&self, broader: &SearchQuery) -> bool {
        broader.terms.iter().all(|b| {
            let finder = memchr::memmem::Finder::new(b.as_bytes());
            self.terms
                .iter()
                .any(|t| find_whole(&finder, b, t, 0).is_some())
        })
    }

    /// True when every term occurs in the already folded text.
    pub fn matches_folded(&self, folded: &str) -> bool {
        self.matcher().matches(folded)
    }

    /// A tester for many texts: each term's searcher is prepared once, not once per text.
    pub fn matcher(&self) -> FoldedMatcher {
        FoldedMatcher::new(&self.terms)
    }

    /// A tester for every term but the first: for texts already found to contain the first.
    pub fn matcher_after_first(&self) -> FoldedMatcher {
        FoldedMatcher::new(self.terms.get(1..).unwrap_or_default())
    }

    /// Splits original text into `(segment, is_match)` pieces for highlighting as text.
    pub fn highlight<'a>(&self, text: &'a str) -> Vec<(&'a str, bool)> {
        if self.terms.is_empty() {
            return vec![(text, false)];
        }
        let (chars, spans) = fold_with_map(text);
        let mut marked = vec![false; chars.len()];
        for term in &self.terms {
            let needle: Vec<char> = term.chars().collect();
            if needle.is_empty() || needle.len() > chars.len() {
                continue;
            }
            for start in 0..=chars.len() - needle.len() {
                let end = start + needle.len();
                let (before, after) = (start.checked_sub(1), chars.get(end));
                if chars[start..end] == needle[..]
                    && whole_at(term, before.map(|b| chars[b]), after.copied())
                {
                    marked[start..start + needle.len()]
                        .iter_mut()
                        .for_each(|m| *m = true);
                }
            }
        }
        let mut out = Vec::new();
        let mut seg_start = 0;
        for i in 1..=chars.len() {
            if i == chars.len() || marked[i] != marked[seg_start] {
                let (from, to) = (spans[seg_start].0, spans[i - 1].1);
                out.push((&text[from..to], marked[seg_start]));
                seg_start = i;
            }
        }
        out
    }
}

/// Tests folded texts against every term of a [`SearchQuery`] (see [`SearchQuery::matcher`]).
pub struct FoldedMatcher(Vec<(String, memchr::memmem::Finder<'static>)>);

impl FoldedMatcher {
    fn new(terms: &[String]) -> FoldedMatcher {
        FoldedMatcher(
            terms
                .iter()
                .map(|t| {
                    let finder = memchr::memmem::Finder::new(t.as_bytes()).into_owned();
                    (t.clone(), finder)
                })
                .collect(),
        )
    }

    /// True when there is no term to test (every text matches).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// True when every term occurs in the already folded text (whole, where a number).
    pub fn matches(&self, folded: &str) -> bool {
        self.0
            .iter()
            .all(|(term, f)| find_whole(f, term, folded, 0).is_some())
    }
}
