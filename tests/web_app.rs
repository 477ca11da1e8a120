//! The app and its markup in a real browser (headless Chromium through wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use renkei::components::entry_card::body_markup;
use renkei::model::search::SearchQuery;

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

#[wasm_bindgen_test]
async fn the_app_counts_every_entry_of_the_bundled_report_and_draws_the_first_few() {
    // The test runner's page is not the app's root route; show the entries view as `/` would.
    let window = web_sys::window().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/"))
        .unwrap();
    let root = fresh_root();
    std::mem::forget(leptos::mount::mount_to(root.clone(), renkei::App));
    next_tick().await;
    let report = renkei::model::Report::bundled();
    let entries = root.query_selector_all("[data-testid=entry]").unwrap();
    // The rest are drawn as the list's end nears the screen (e2e tests scroll for them).
    let first = renkei::model::window::STEP.min(report.entry_count());
    assert_eq!(entries.length() as usize, first);
    let count = root
        .query_selector("[data-testid=result-count]")
        .unwrap()
        .unwrap();
    assert_eq!(
        count.text_content().unwrap(),
        report.entry_count().to_string()
    );
    let text = root.text_content().unwrap_or_default();
    for hub in &report.hubs {
        assert!(text.contains(&hub.area), "{} is shown", hub.area);
    }
    assert!(text.contains(&report.title), "the header names the report");
}

#[wasm_bindgen_test]
fn body_markup_marks_matches_and_never_renders_html() {
    let root = fresh_root();
    let text = "<img src=x onerror=alert(1)> とブルーカード\n二段落目のブルーカード";
    let query = SearchQuery::parse("ぶるーかーど");
    root.set_inner_html(&body_markup(text, &query));
    assert!(
        root.query_selector("img").unwrap().is_none(),
        "no element is created from the text"
    );
    let paragraphs = root.query_selector_all("p").unwrap();
    assert_eq!(paragraphs.length(), 2, "a paragraph a line");
    assert_eq!(
        paragraphs.get(0).unwrap().text_content().unwrap(),
        "<img src=x onerror=alert(1)> とブルーカード"
    );
    let marks = root.query_selector_all("mark").unwrap();
    assert_eq!(marks.length(), 2);
    for i in 0..2 {
        assert_eq!(
            marks.get(i).unwrap().text_content().unwrap(),
            "ブルーカード"
        );
    }
}
