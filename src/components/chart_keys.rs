//! Arrow keys among a chart's cells. A chart is one tab stop (its cells would be up to 200
//! each, a dashboard ~280): Tab enters it at the cell last visited and the arrows move on,
//! as the ARIA grid pattern does.

use crate::components::chart_layout::ChartHit;

/// Where a key moves focus among a chart's cells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HitStep {
    /// The cell before, in reading order (←).
    Previous,
    /// The cell after, in reading order (→).
    Next,
    /// The nearest cell of the row above (↑).
    Up,
    /// The nearest cell of the row below (↓).
    Down,
    /// The first cell (Home).
    First,
    /// The last cell (End).
    Last,
}

impl HitStep {
    /// The step a `KeyboardEvent.key` asks for, if any.
    pub fn from_key(key: &str) -> Option<HitStep> {
        Some(match key {
            "ArrowLeft" => HitStep::Previous,
            "ArrowRight" => HitStep::Next,
            "ArrowUp" => HitStep::Up,
            "ArrowDown" => HitStep::Down,
            "Home" => HitStep::First,
            "End" => HitStep::Last,
            _ => return None,
        })
    }
}

/// The cell `step` moves to from cell `from` of `hits` (which are in reading order), or
/// `None` at an edge. Up and down go to the next row's cell nearest in x: a bar chart's rows
/// hold different numbers of bars.
pub fn step_hit(hits: &[ChartHit], from: usize, step: HitStep) -> Option<usize> {
    let last = hits.len().checked_sub(1)?;
    let from = from.min(last);
    let (x, y, w, _) = hits[from].rect;
    let centre = |h: &ChartHit| h.rect.0 + h.rect.2 / 2.0;
    let row_beyond = |below: bool| {
        let ys = hits.iter().map(|h| h.rect.1);
        if below {
            ys.filter(|&hy| hy > y).reduce(f64::min)
        } else {
            ys.filter(|&hy| hy < y).reduce(f64::max)
        }
    };
    let nearest_in = |row_y: f64| {
        let here = x + w / 2.0;
        (0..hits.len())
            .filter(|&i| hits[i].rect.1 == row_y)
            .min_by(|&a, &b| {
                let (da, db) = (
                    (centre(&hits[a]) - here).abs(),
                    (centre(&hits[b]) - here).abs(),
                );
                da.total_cmp(&db)
            })
    };
    match step {
        HitStep::Previous => from.checked_sub(1),
        HitStep::Next => (from < last).then_some(from + 1),
        HitStep::Up => row_beyond(false).and_then(nearest_in),
        HitStep::Down => row_beyond(true).and_then(nearest_in),
        HitStep::First => Some(0),
        HitStep::Last => Some(last),
    }
}
