//! The router's pure half: which view a path names, and query strings both ways.

use renkei::model::route::Route;
use renkei::model::url_query::{decode_component, encode_component, parse_query, query_string};

#[test]
fn every_view_has_its_path() {
    assert_eq!(Route::from_path("/"), Route::Entries);
    assert_eq!(Route::from_path(""), Route::Entries);
    assert_eq!(Route::from_path("/hubs"), Route::Hubs);
    assert_eq!(Route::from_path("/hubs/"), Route::Hubs);
    assert_eq!(
        Route::from_path("/hub/tondabayashi"),
        Route::Hub("tondabayashi".into())
    );
    assert_eq!(Route::from_path("/dashboard"), Route::Dashboard);
    assert_eq!(Route::from_path("/accessibility"), Route::Accessibility);
}

#[test]
fn unknown_paths_are_not_found() {
    assert_eq!(Route::from_path("/hub/"), Route::NotFound);
    assert_eq!(Route::from_path("/hub/a/b"), Route::NotFound);
    assert_eq!(Route::from_path("/hubsx"), Route::NotFound);
    assert_eq!(Route::from_path("/data/report.json"), Route::NotFound);
}

#[test]
fn query_pairs_are_decoded_in_order() {
    let pairs = parse_query("?q=%E7%81%BD%E5%AE%B3+BCP&theme=acp,ict&lang=en&empty=&flag");
    let want = [
        ("q", "災害 BCP"),
        ("theme", "acp,ict"),
        ("lang", "en"),
        ("empty", ""),
        ("flag", ""),
    ];
    let got: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn malformed_escapes_stay_as_written() {
    assert_eq!(decode_component("100%"), "100%");
    assert_eq!(decode_component("%zz%4"), "%zz%4");
    assert_eq!(decode_component("%FF"), "\u{FFFD}");
}

#[test]
fn query_strings_round_trip() {
    let pairs = vec![
        ("q".to_string(), "看取り & ACP=人生会議+".to_string()),
        ("lang".to_string(), "en".to_string()),
    ];
    let text = query_string(pairs.clone());
    assert!(!text.contains(' ') && !text.contains('+'));
    assert_eq!(parse_query(&text), pairs);
    assert_eq!(decode_component(&encode_component("a b")), "a b");
}
