//! Numbers written without core's float formatting must read as the float formatting would.

use renkei::model::decimal::decimal;

#[test]
fn rounds_to_the_places_asked_and_writes_them_all() {
    assert_eq!(decimal(2.345, 1).to_string(), "2.3");
    assert_eq!(decimal(101.0, 1).to_string(), "101.0");
    assert_eq!(decimal(3.0, 0).to_string(), "3");
    assert_eq!(decimal(0.5, 3).to_string(), "0.500");
    assert_eq!(decimal(33.333_333, 3).to_string(), "33.333");
    assert_eq!(decimal(99.9996, 3).to_string(), "100.000");
}

#[test]
fn negatives_keep_their_sign_and_a_rounded_zero_has_none() {
    assert_eq!(decimal(-0.25, 2).to_string(), "-0.25");
    assert_eq!(decimal(-12.5, 1).to_string(), "-12.5");
    assert_eq!(decimal(-0.0001, 2).to_string(), "0.00");
}

#[test]
fn is_within_half_a_last_place_of_the_value_over_chart_sized_values() {
    for i in 0..20_000 {
        let v = i as f64 * 0.137 - 500.0;
        let written = decimal(v, 2).to_string();
        let (_, fraction) = written.split_once('.').expect("two places are written");
        assert_eq!(fraction.len(), 2, "{written}");
        let back: f64 = written.parse().expect("it reads as a number");
        assert!((back - v).abs() <= 0.005 + 1e-9, "{v} written as {written}");
    }
}

#[test]
fn what_is_not_a_number_is_written_as_zero() {
    assert_eq!(decimal(f64::NAN, 1).to_string(), "0");
    assert_eq!(decimal(f64::INFINITY, 1).to_string(), "0");
}

#[test]
fn a_typed_decimal_is_read_without_the_float_parser() {
    use renkei::model::decimal::parse_decimal;
    assert_eq!(parse_decimal("41.7"), Some(41.7));
    assert_eq!(parse_decimal(" ３ "), Some(3.0));
    assert_eq!(parse_decimal("12"), Some(12.0));
    for bad in ["", ".5", "1.2.3", "abc", "-1", "1e3"] {
        assert_eq!(parse_decimal(bad), None, "{bad}");
    }
}

#[test]
fn a_figure_is_written_as_the_report_writes_it() {
    use renkei::model::decimal::figure;
    assert_eq!(figure(5.0).to_string(), "5");
    assert_eq!(figure(41.7).to_string(), "41.7");
}
