//! The app and its markup in a real browser (headless Chromium through wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element in the test page's body.
fn fresh_root() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let root: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

/// Lets the router and effects run.
async fn next_tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Mounts the app at `url` (the test runner's page is not the app's root route).
async fn mount_at(url: &str) -> web_sys::HtmlElement {
    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url))
        .unwrap();
    let root = fresh_root();
    std::mem::forget(leptos::mount::mount_to(root.clone(), renkei::App));
    next_tick().await;
    root
}

#[wasm_bindgen_test]
async fn the_app_draws_every_entry_of_the_bundled_report() {
    let root = mount_at("/").await;
    let report = renkei::model::Report::bundled();
    let entries = root.query_selector_all("[data-testid=entry]").unwrap();
    assert_eq!(entries.length() as usize, report.entry_count());
    let count = root
        .query_selector("[data-testid=result-count]")
        .unwrap()
        .unwrap();
    assert_eq!(
        count.text_content().unwrap(),
        report.entry_count().to_string()
    );
    assert!(root
        .query_selector("[data-testid=show-all]")
        .unwrap()
        .is_none());
    let text = root.text_content().unwrap_or_default();
    for hub in &report.hubs {
        assert!(text.contains(&hub.area), "{} is shown", hub.area);
    }
    assert!(text.contains(&report.title), "the header names the report");
    root.remove();
}

#[wasm_bindgen_test]
async fn a_search_marks_its_matches_in_every_card_it_finds() {
    let root = mount_at("/?q=%E3%81%B6%E3%82%8B%E3%83%BC%E3%81%8B%E3%83%BC%E3%81%A9").await;
    let count: usize = root
        .query_selector("[data-testid=result-count]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
        .parse()
        .unwrap();
    let entries = root.query_selector_all("[data-testid=entry]").unwrap();
    assert!(count > 0);
    assert_eq!(entries.length() as usize, count, "every result is drawn");
    for i in 0..entries.length() {
        let card: web_sys::Element = entries.get(i).unwrap().unchecked_into();
        let mark = card.query_selector(".entry-body mark").unwrap();
        let mark = mark.expect("each card found by the search marks its match");
        assert_eq!(mark.text_content().unwrap(), "ブルーカード");
    }
    root.remove();
}
