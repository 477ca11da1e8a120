//! Embeds the bundled report without its indentation: the wasm carries the report, and every
//! byte of it is in the first load (BENCHMARKS.md, session 16). `public/data/report.json`
//! stays indented for people and diffs.

use std::path::Path;

// The same stamp the app computes for the site's file (one rule, one file).
#[allow(dead_code)]
#[path = "src/model/publish/stamp.rs"]
mod stamp;

fn main() {
    let source = "public/data/report.json";
    println!("cargo:rerun-if-changed={source}");
    let text = std::fs::read_to_string(source).expect("public/data/report.json is readable");
    let value: serde_json::Value = serde_json::from_str(&text).expect("the bundled report is JSON");
    let compact = serde_json::to_string(&value).expect("JSON serialises");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join("report.json"), compact).expect("OUT_DIR is writable");
    // The stamp of the file as published (indented), which the app compares the site's with.
    let stamp = stamp::Stamp::of(&text).hex();
    std::fs::write(Path::new(&out).join("report.stamp"), stamp).expect("OUT_DIR is writable");
}
