//! Offers what the browser made: a file as a download, text on the clipboard. Nothing is
//! sent anywhere.

use leptos::prelude::Set;
use wasm_bindgen::JsCast;

use crate::model::export::ExportFile;
use crate::state::AppState;

/// Today's date as YYYY-MM-DD (local time), for file names.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// Today as a printed page or a picture dates itself in `lang` (`令和8年12月3日`, ISO in
/// English); file names keep [`today`], which sorts.
pub fn today_label(lang: crate::i18n::Lang) -> String {
    crate::i18n::date_label(lang, &today())
}

/// `text` as a blob of type `mime`, for a download or an image source.
pub fn text_blob(text: &str, mime: &str) -> Result<web_sys::Blob, wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
}

/// Downloads `file` through a blob URL and a link clicked in script.
pub fn download(file: &ExportFile) {
    if let Ok(blob) = text_blob(&file.text, file.mime) {
        download_blob(&blob, &file.name);
    }
}

/// Downloads `blob` as `name`.
pub fn download_blob(blob: &web_sys::Blob, name: &str) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    download_href(&url, name);
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Downloads what `href` (a blob or data URL made in the browser) holds, as `name`.
pub fn download_href(href: &str, name: &str) {
    if let Ok(a) = leptos::prelude::document().create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(href);
        a.set_download(name);
        a.click();
    }
}

/// Copies `text` (a table as tab-separated cells) to the clipboard and says whether it worked.
pub fn copy_text(app: AppState, text: String) {
    let promise = leptos::prelude::window()
        .navigator()
        .clipboard()
        .write_text(&text);
    leptos::task::spawn_local(async move {
        let done = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        let t = app.texts_untracked();
        let said = if done {
            t.table_copied
        } else {
            t.table_not_copied
        };
        app.announcement.set(said.to_string());
    });
}
