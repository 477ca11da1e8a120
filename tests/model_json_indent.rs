//! Files people read are indented exactly as serde_json's pretty printer would.

use renkei::model::json_indent::indent;
use serde_json::json;

#[test]
fn indents_as_serde_json_does_including_strings_that_look_like_json() {
    let value = json!({
        "empty_list": [],
        "empty_map": {},
        "text": "a, b: {c} [d] \"quoted\" \\ back\nline 「全角」",
        "nested": [{"a": 1, "b": [1.5, -2, null, true]}, [], {"x": {}}],
        "number": 41.7
    });
    let compact = serde_json::to_string(&value).unwrap();
    assert_eq!(
        indent(&compact),
        serde_json::to_string_pretty(&value).unwrap()
    );
}

#[test]
fn scalars_stay_as_they_are() {
    assert_eq!(indent("\"x\""), "\"x\"");
    assert_eq!(indent("12"), "12");
}
