//! The text a reader works on: folded as the search folds (１２月 is 12月, ヶ所 is ゖ所), each
//! character keeping the bytes of the original it came from, and the numbers in it.

use std::ops::Range;

use crate::model::search::fold_with_map;

/// An entry's text, folded, with each folded character's byte range in the original.
pub struct Folded<'a> {
    /// The original text.
    pub original: &'a str,
    /// The folded characters.
    pub chars: Vec<char>,
    spans: Vec<(usize, usize)>,
}

/// A number written in the text: digits (with a thousands comma or a decimal point) or, before
/// 月, kanji numerals (十一月).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Number {
    /// Its value.
    pub value: f64,
    /// Its first character.
    pub start: usize,
    /// The character after it.
    pub end: usize,
}

impl<'a> Folded<'a> {
    /// Folds `original`.
    pub fn new(original: &'a str) -> Folded<'a> {
        let (chars, spans) = fold_with_map(original);
        Folded {
            original,
            chars,
            spans,
        }
    }

    /// The original bytes of folded characters `at`.
    pub fn bytes(&self, at: Range<usize>) -> Range<usize> {
        let end = at.end.min(self.chars.len());
        let start = at.start.min(end);
        if start == end {
            let byte = self.spans.get(start).map_or(self.original.len(), |s| s.0);
            return byte..byte;
        }
        self.spans[start].0..self.spans[end - 1].1
    }

    /// The original words of folded characters `at`.
    pub fn words(&self, at: Range<usize>) -> &'a str {
        &self.original[self.bytes(at)]
    }

    /// The folded character at `i`, if any.
    pub fn at(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }

    /// True when the folded characters from `i` spell `word` (given folded).
    pub fn has(&self, i: usize, word: &str) -> bool {
        (i..)
            .zip(word.chars())
            .all(|(at, w)| self.at(at) == Some(w))
    }

    /// True when the folded characters ending just before `i` spell `word`.
    pub fn has_before(&self, i: usize, word: &str) -> bool {
        let n = word.chars().count();
        i >= n && self.has(i - n, word)
    }

    /// Where `word` (folded) next occurs in `from..to`, if it does.
    pub fn find(&self, word: &str, from: usize, to: usize) -> Option<usize> {
        (from..to.min(self.chars.len())).find(|&i| self.has(i, word))
    }

    /// The end of the sentence holding `i`: the next 。, line break or end of text.
    pub fn sentence_end(&self, i: usize) -> usize {
        (i..self.chars.len())
            .find(|&j| matches!(self.chars[j], '。' | '\n'))
            .unwrap_or(self.chars.len())
    }

    /// The start of the sentence holding `i`.
    pub fn sentence_start(&self, i: usize) -> usize {
        (0..i.min(self.chars.len()))
            .rev()
            .find(|&j| matches!(self.chars[j], '。' | '\n'))
            .map_or(0, |j| j + 1)
    }

    /// Every number of the text, in order.
    pub fn numbers(&self) -> Vec<Number> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.chars.len() {
            if let Some(n) = self.digits_at(i).or_else(|| self.kanji_month_at(i)) {
                i = n.end;
                out.push(n);
            } else {
                i += 1;
            }
        }
        out
    }

    /// A number in digits starting at `i` (`3,000`, `41.7`).
    fn digits_at(&self, i: usize) -> Option<Number> {
        if !self.at(i)?.is_ascii_digit()
            || self
                .at(i.wrapping_sub(1))
                .is_some_and(|c| c.is_ascii_digit())
        {
            return None;
        }
        // Digits summed by hand, not `str::parse::<f64>`: its float parser would add kilobytes
        // to the page for numbers of a few digits.
        let (mut whole, mut fraction, mut scale, mut in_fraction) = (0u64, 0u64, 1u64, false);
        let mut j = i;
        while let Some(c) = self.at(j) {
            let next_is_digit = self.at(j + 1).is_some_and(|n| n.is_ascii_digit());
            match c {
                '0'..='9' if in_fraction => {
                    fraction = fraction.saturating_mul(10) + u64::from(c as u8 - b'0');
                    scale = scale.saturating_mul(10);
                }
                '0'..='9' => whole = whole.saturating_mul(10) + u64::from(c as u8 - b'0'),
                ',' if next_is_digit && !in_fraction => {}
                '.' if next_is_digit && !in_fraction => in_fraction = true,
                _ => break,
            }
            j += 1;
        }
        Some(Number {
            value: whole as f64 + fraction as f64 / scale as f64,
            start: i,
            end: j,
        })
    }

    /// A month in kanji numerals starting at `i` (十一月, 五月): read only before 月, where
    /// 一 … 十二 cannot be anything else.
    fn kanji_month_at(&self, i: usize) -> Option<Number> {
        const DIGITS: &str = "〇一二三四五六七八九";
        let digit = |c: char| DIGITS.chars().position(|d| d == c).map(|d| d as u32);
        let mut j = i;
        let (mut value, mut unit) = (0, 0);
        while let Some(c) = self.at(j) {
            if c == '十' {
                value += if unit == 0 { 10 } else { unit * 10 };
                unit = 0;
            } else if let Some(d) = digit(c) {
                unit = d;
            } else {
                break;
            }
            j += 1;
        }
        let value = value + unit;
        (j > i && self.at(j) == Some('月') && (1..=12).contains(&value)).then_some(Number {
            value: f64::from(value),
            start: i,
            end: j,
        })
    }
}
