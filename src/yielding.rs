//! Long work in the browser done in slices, giving the page a turn (input, drawing) between
//! them, so no task freezes it.

use wasm_bindgen::JsValue;

/// How long one slice may run before the page gets a turn, in milliseconds: well under the
/// 50 ms that counts as a long task on a fast machine, and under 200 ms at 4× slower.
pub const SLICE_MS: f64 = 40.0;

/// Milliseconds since some fixed point (for measuring slices).
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Resolves on a later turn of the event loop, after the browser had a chance to draw.
pub async fn next_turn() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .map(|w| w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0));
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .unwrap_or(JsValue::UNDEFINED);
}
