//! Counts and figures: 約170名 (approximate), 60名, 5病院, 12か所, 41.7%, N件, N回 so far. A
//! number with no such unit (24時間, ４つのテーマ, 2025年問題) or an ordinal (第１回, 2回目)
//! is none.

use super::text::{Folded, Number};
use super::words::phrase_before;
use super::{Count, Read};

/// Units of counts (folded: ヶ所 is ゖ所, カ所 か所), longest first where one starts another.
const UNITS: [&str; 16] = [
    "医療機関",
    "事業所",
    "病院",
    "施設",
    "団体",
    "機関",
    "か所",
    "ゖ所",
    "ゕ所",
    "箇所",
    "名",
    "人",
    "件",
    "回",
    "%",
    "部",
];

/// Every count of `t`, except numbers in `used` (months, days, frequencies).
pub fn read(t: &Folded, numbers: &[Number], used: &[usize]) -> Vec<Read<Count>> {
    let mut out = Vec::new();
    for n in numbers {
        if used.contains(&n.start) || (n.start > 0 && t.chars[n.start - 1] == '第') {
            continue;
        }
        let Some(unit) = UNITS.iter().find(|u| t.has(n.end, u)) else {
            continue;
        };
        let end = n.end + unit.chars().count();
        if t.at(end) == Some('目') {
            continue;
        }
        let approximate = n.start > 0 && t.chars[n.start - 1] == '約';
        let start = if approximate { n.start - 1 } else { n.start };
        out.push(Read {
            fact: Count {
                of: phrase_before(t, start),
                value: n.value,
                unit: t.words(n.end..end).to_string(),
                approximate,
            },
            words: t.bytes(start..end),
        });
    }
    out
}
