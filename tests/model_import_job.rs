//! The step-by-step import gives exactly what the one-piece import gives, for good files and
//! bad ones (same report, same messages), and does a large file in many small steps.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use renkei::model::filter::{apply_filter, facet_counts, Filter};
use renkei::model::import::{parse_import, ImportProblem};
use renkei::model::import_job::{ImportJob, Imported, Progress};
use renkei::model::json_scan::HubScan;
use renkei::model::{Report, BUNDLED_JSON};
use serde_json::{json, Value};

/// Runs a job to the end: its result and the progress it reported on the way.
fn run(bytes: &[u8]) -> (Imported, Vec<f64>) {
    let mut job = ImportJob::new(bytes.to_vec());
    let mut seen = Vec::new();
    loop {
        match job.step() {
            Progress::Working(p) => seen.push(p),
            Progress::Done(result) => return (*result, seen),
        }
        assert!(seen.len() < 100_000, "the job ends");
    }
}

/// The job's result against `parse_import`'s: equal reports (and an index that finds the
/// same), or equal problems.
fn same_as_whole_file(bytes: &[u8]) -> Result<Report, Vec<ImportProblem>> {
    let (result, _) = run(bytes);
    let whole = parse_import(bytes);
    match (result, whole) {
        (Ok((report, index)), Ok(expected)) => {
            assert_eq!(report, expected);
            let fresh = renkei::model::filter::SearchIndex::build(&report);
            for query in ["", "急変", "ACP 訓練", "ぶるーかーど"] {
                let f = Filter {
                    query: query.into(),
                    ..Filter::default()
                };
                assert_eq!(
                    apply_filter(&report, &index, &f),
                    apply_filter(&report, &fresh, &f)
                );
                assert_eq!(
                    facet_counts(&report, &index, &f),
                    facet_counts(&report, &fresh, &f)
                );
            }
            Ok(report)
        }
        (Err(got), Err(expected)) => {
            assert_eq!(got, expected);
            Err(got)
        }
        (got, expected) => panic!(
            "step by step: {:?}, whole file: {:?}",
            got.map(|_| "a report"),
            expected.map(|_| "a report")
        ),
    }
}

/// The bundled report with `n` more hubs, copies of the real ones under new ids.
fn bigger(n: usize) -> Value {
    let mut v: Value = serde_json::from_str(BUNDLED_JSON).unwrap();
    let hubs = v["hubs"].as_array().unwrap().clone();
    for i in 0..n {
        let mut hub = hubs[i % hubs.len()].clone();
        hub["id"] = json!(format!("copy-{i}"));
        for e in hub["entries"].as_array_mut().unwrap() {
            e["id"] = json!(format!("copy-{i}-{}", e["id"].as_str().unwrap()));
        }
        v["hubs"].as_array_mut().unwrap().push(hub);
    }
    v
}

#[test]
fn good_files_give_the_same_report_and_index() {
    let r = same_as_whole_file(BUNDLED_JSON.as_bytes()).unwrap();
    assert_eq!(r, Report::bundled());
    same_as_whole_file(format!("\u{FEFF}{BUNDLED_JSON}").as_bytes()).unwrap();
    same_as_whole_file(bigger(0).to_string().as_bytes()).unwrap();
    // Strings that look like structure do not fool the scan.
    let mut v = bigger(2);
    v["title"] = json!("hubs\": [ {\"x\": ] } \\\" \\\\");
    v["hubs"][1]["area"] = json!("]}{[\\\"hubs\\\":");
    v["hubs"][1]["entries"][0]["paragraphs"] = json!(["\"}], \"hubs\": [", "\\"]);
    let r = same_as_whole_file(serde_json::to_string_pretty(&v).unwrap().as_bytes()).unwrap();
    assert_eq!(r.hubs.len(), 8);
    assert_eq!(r.hubs[1].area, "]}{[\\\"hubs\\\":");
    // "hubs" before the other keys, and version 0 files (migrated hub by hub).
    let reordered = format!(
        "{{\"hubs\": {}, {}",
        v["hubs"],
        &v.to_string()[1..].replacen(&format!("\"hubs\":{},", v["hubs"]), "", 1)
    );
    same_as_whole_file(reordered.as_bytes()).unwrap();
    let mut old = bigger(1);
    common::to_version_0(&mut old);
    let migrated = same_as_whole_file(old.to_string().as_bytes()).unwrap();
    assert_eq!(migrated.schema_version, 4);
}

#[test]
fn bad_files_get_the_same_messages() {
    let v = bigger(3);
    let mut cases: Vec<Vec<u8>> = vec![
        b"".to_vec(),
        b"[]".to_vec(),
        b"{\"a\": \"\xFF\"}".to_vec(),
        BUNDLED_JSON.as_bytes()[..BUNDLED_JSON.len() / 2].to_vec(),
        format!("{BUNDLED_JSON} trailing").into_bytes(),
        br#"{"schema_version": 99, "hubs": []}"#.to_vec(),
        br#"{"schema_version": 1, "hubs": [1, 2]}"#.to_vec(),
        br#"{"schema_version": 1, "hubs": {"a": 1}}"#.to_vec(),
        br#"{"schema_version": 1, "hubs": [], "hubs": []}"#.to_vec(),
        br#"{"schema_version": 1, "hubs": [{]}"#.to_vec(),
    ];
    let mut edit = |change: &dyn Fn(&mut Value)| {
        let mut w = v.clone();
        change(&mut w);
        cases.push(w.to_string().into_bytes());
    };
    edit(&|w| w["hubs"][7]["entries"][3]["section"] = json!("later"));
    edit(&|w| w["hubs"][8]["entries"][0]["id"] = w["hubs"][2]["entries"][5]["id"].clone());
    edit(&|w| w["hubs"][5]["id"] = json!("matsubara"));
    edit(&|w| w["hubs"][4]["entries"][1]["themes"] = json!(["no-such-theme"]));
    edit(&|w| w["hubs"][6]["extra"] = json!(1));
    edit(&|w| w["title"] = json!(5));
    edit(&|w| w["themes"][0]["id"] = w["themes"][1]["id"].clone());
    let text = v.to_string();
    let at = text.rfind("\"paragraphs\"").unwrap();
    cases.push(format!("{}{}", &text[..at], &text[at + 1..]).into_bytes());
    for bytes in &cases {
        assert!(
            same_as_whole_file(bytes).is_err(),
            "{}",
            String::from_utf8_lossy(&bytes[..bytes.len().min(80)])
        );
    }
}

#[test]
fn a_large_file_is_done_in_many_small_steps_with_rising_progress() {
    let text = serde_json::to_string_pretty(&bigger(120)).unwrap();
    let (result, progress) = run(text.as_bytes());
    assert_eq!(result.unwrap().0.hubs.len(), 126);
    assert!(
        progress.len() > 10,
        "{} steps for {} bytes",
        progress.len(),
        text.len()
    );
    assert!(progress.windows(2).all(|w| w[0] <= w[1]));
    assert!(progress.iter().all(|p| (0.0..=1.0).contains(p)));
}

#[test]
fn the_scan_can_stop_anywhere_and_go_on() {
    let text = bigger(2).to_string();
    let bytes = text.as_bytes();
    let mut whole = HubScan::default();
    whole.scan(bytes, bytes.len());
    let expected = whole.finish(bytes).expect("a report the scan understands");
    assert_eq!(expected.hubs.len(), 8);
    for step in [1, 7, 4096] {
        let mut scan = HubScan::default();
        while scan.position() < bytes.len() {
            scan.scan(bytes, scan.position() + step);
        }
        assert_eq!(scan.finish(bytes).as_ref(), Some(&expected), "step {step}");
    }
    for (s, e) in &expected.hubs {
        let hub: Value = serde_json::from_slice(&bytes[*s..*e]).unwrap();
        assert!(hub["id"].is_string());
    }
}
