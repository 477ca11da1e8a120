//! Components in a real browser (headless Chromium through wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the whole app into a fresh element and returns that element.
fn mount_app() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let root: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    std::mem::forget(leptos::mount::mount_to(root.clone(), renkei::App));
    root
}

#[wasm_bindgen_test]
fn the_app_lists_each_hub_of_the_bundled_report_by_name() {
    let root = mount_app();
    let report = renkei::model::Report::bundled();
    let items = root.query_selector_all("[data-testid=hub]").unwrap();
    assert_eq!(items.length() as usize, report.hubs.len());
    let text = root.text_content().unwrap_or_default();
    for hub in &report.hubs {
        assert!(text.contains(&hub.area), "{} is shown", hub.area);
    }
    assert!(text.contains(&report.title), "the header names the report");
}
