//! Character-by-character difference of two texts, for marking what a change inserted and
//! deleted (the review of a workbook, the changes view).

/// A run of characters and what happened to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextPiece {
    /// In both texts.
    Same(String),
    /// Only in the new text.
    Inserted(String),
    /// Only in the old text.
    Deleted(String),
}

/// Above this many character pairs the middle is shown as deleted then inserted whole: a
/// longest-common-subsequence table of two paragraphs is small, of two whole reports not.
const MAX_CELLS: usize = 4_000_000;

/// Appends `c` to the last piece if it is of the same kind, else starts a piece.
fn push(pieces: &mut Vec<TextPiece>, c: char, kind: fn(String) -> TextPiece) {
    let same_kind = matches!(
        (pieces.last(), kind(String::new())),
        (Some(TextPiece::Same(_)), TextPiece::Same(_))
            | (Some(TextPiece::Inserted(_)), TextPiece::Inserted(_))
            | (Some(TextPiece::Deleted(_)), TextPiece::Deleted(_))
    );
    match pieces.last_mut() {
        Some(TextPiece::Same(s) | TextPiece::Inserted(s) | TextPiece::Deleted(s)) if same_kind => {
            s.push(c)
        }
        _ => pieces.push(kind(c.to_string())),
    }
}

/// The pieces that turn `before` into `after`: the common prefix and suffix as they are, the
/// middle by a longest common subsequence of characters.
pub fn text_diff(before: &str, after: &str) -> Vec<TextPiece> {
    let a: Vec<char> = before.chars().collect();
    let b: Vec<char> = after.chars().collect();
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (mid_a, mid_b) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    let mut pieces = Vec::new();
    a[..prefix]
        .iter()
        .for_each(|&c| push(&mut pieces, c, TextPiece::Same));
    if mid_a.len().saturating_mul(mid_b.len()) > MAX_CELLS {
        mid_a
            .iter()
            .for_each(|&c| push(&mut pieces, c, TextPiece::Deleted));
        mid_b
            .iter()
            .for_each(|&c| push(&mut pieces, c, TextPiece::Inserted));
    } else {
        // lengths[i][j]: longest common subsequence of mid_a[i..] and mid_b[j..].
        let (n, m) = (mid_a.len(), mid_b.len());
        let mut lengths = vec![0u32; (n + 1) * (m + 1)];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                lengths[i * (m + 1) + j] = if mid_a[i] == mid_b[j] {
                    lengths[(i + 1) * (m + 1) + j + 1] + 1
                } else {
                    lengths[(i + 1) * (m + 1) + j].max(lengths[i * (m + 1) + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && mid_a[i] == mid_b[j] {
                push(&mut pieces, mid_a[i], TextPiece::Same);
                (i, j) = (i + 1, j + 1);
            } else if i < n
                && (j == m || lengths[(i + 1) * (m + 1) + j] >= lengths[i * (m + 1) + j + 1])
            {
                push(&mut pieces, mid_a[i], TextPiece::Deleted);
                i += 1;
            } else {
                push(&mut pieces, mid_b[j], TextPiece::Inserted);
                j += 1;
            }
        }
    }
    a[a.len() - suffix..]
        .iter()
        .for_each(|&c| push(&mut pieces, c, TextPiece::Same));
    pieces
}
