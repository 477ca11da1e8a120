//! Fuzzes the import path: any bytes must give either a report or a list of problems, never a
//! panic, and an accepted report must survive export → import unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use renkei::model::import::parse_import;

fuzz_target!(|data: &[u8]| {
    if let Ok(report) = parse_import(data) {
        let again = parse_import(report.to_json().as_bytes()).expect("an exported report imports");
        assert_eq!(again, report);
    }
});
