//! Numbers written with a fixed count of decimals through integer formatting only: core's
//! float formatting is ~12 KB of wasm (BENCHMARKS.md, session 16), and the app never needs
//! more than a few places (chart coordinates, percentages, megabytes).

use std::fmt;

/// `value` rounded to `places` decimals and written with exactly that many: `decimal(2.345, 1)`
/// is `2.3`, `decimal(101.0, 1)` is `101.0`, `decimal(3.0, 0)` is `3`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Decimal {
    value: f64,
    places: u32,
}

/// Most decimals [`Decimal`] writes: beyond this the scaled value would lose integer precision
/// for the sizes the app writes, and no reader needs them.
pub const MAX_PLACES: u32 = 6;

/// `value` with `places` decimals (at most [`MAX_PLACES`]).
pub fn decimal(value: f64, places: u32) -> Decimal {
    Decimal {
        value,
        places: places.min(MAX_PLACES),
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.value.is_finite() {
            // Not a number a chart or a message can show; never reached with real data.
            return f.write_str("0");
        }
        let scale = 10_i64.pow(self.places);
        let scaled = (self.value * scale as f64).round() as i64;
        let (whole, fraction) = (
            scaled.unsigned_abs() / scale as u64,
            scaled.unsigned_abs() % scale as u64,
        );
        if scaled < 0 {
            f.write_str("-")?;
        }
        write!(f, "{whole}")?;
        if self.places > 0 {
            write!(f, ".{fraction:0width$}", width = self.places as usize)?;
        }
        Ok(())
    }
}

/// `value` as a figure of the report is written: whole without decimals (`5`), else with one
/// (`41.7`).
pub fn figure(value: f64) -> Decimal {
    decimal(value, if value.fract() == 0.0 { 0 } else { 1 })
}

/// A number typed as digits with at most one decimal point (`41.7`, `３`), read without core's
/// float parser (kilobytes of page wasm for a form field): `None` for anything else.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let text: String = crate::model::search::fold(text.trim());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit()) && s.len() <= 12;
    if whole.is_empty() || !digits(whole) || !digits(fraction) {
        return None;
    }
    let value = |s: &str| s.bytes().fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
    let scale = 10u64.pow(fraction.len() as u32);
    Some(value(whole) as f64 + value(fraction) as f64 / scale as f64)
}
