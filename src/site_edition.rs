//! The site's answer for its published edition, `data/report.json`: the request
//! `public/first-view.js` made before the page was drawn (one request serves its check and
//! the app). Without that script (tests), the build's own edition.

use js_sys::{Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::model::publish::open::SiteFile;

/// The site's answer, as `first-view.js` describes it: `{text, offline}`, `{status}` or
/// `{offline}` (no answer at all).
pub async fn site_file() -> SiteFile {
    let Some(window) = web_sys::window() else {
        return SiteFile::BuildOwn;
    };
    let promise = Reflect::get(&window, &"renkeiSite".into())
        .ok()
        .and_then(|p| p.dyn_into::<Promise>().ok());
    let Some(promise) = promise else {
        return SiteFile::BuildOwn;
    };
    let Ok(answer) = JsFuture::from(promise).await else {
        return SiteFile::Unreachable;
    };
    let field = |name: &str| Reflect::get(&answer, &JsValue::from_str(name)).ok();
    let offline = field("offline").is_some_and(|v| v.is_truthy());
    if let Some(text) = field("text").and_then(|v| v.as_string()) {
        return SiteFile::Text { text, offline };
    }
    match field("status").and_then(|v| v.as_f64()) {
        Some(status) => SiteFile::Status(status as u16),
        None => SiteFile::Unreachable,
    }
}
