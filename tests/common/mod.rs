//! Helpers shared by the native test files.

use serde_json::Value;

/// Rewrites a current report's JSON the way the first drafts (schema version 0) wrote it: one
/// `text` per entry instead of `paragraphs`, and no `category_inferred`, nor `label` or
/// `status` when they were empty.
pub fn to_version_0(v: &mut Value) {
    v["schema_version"] = 0.into();
    for hub in v["hubs"].as_array_mut().unwrap() {
        for e in hub["entries"].as_array_mut().unwrap() {
            let o = e.as_object_mut().unwrap();
            let text = o
                .remove("paragraphs")
                .unwrap()
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p.as_str().unwrap().to_string())
                .collect::<Vec<_>>()
                .join("\n");
            o.insert("text".into(), text.into());
            if o["status"].is_null() {
                o.remove("status");
            }
            if o["label"].is_null() {
                o.remove("label");
            }
            o.remove("category_inferred");
        }
    }
}
