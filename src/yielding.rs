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

/// Bytes copied from the browser's memory into the app's in one slice.
const COPY_SLICE: u32 = 8 << 20;

/// Copies a (large) file's bytes into the app's memory, a slice per turn.
pub async fn copy_in_slices(buffer: &js_sys::ArrayBuffer) -> Vec<u8> {
    let len = buffer.byte_length();
    let mut bytes = vec![0; len as usize];
    let mut at = 0;
    while at < len {
        let n = COPY_SLICE.min(len - at);
        js_sys::Uint8Array::new_with_byte_offset_and_length(buffer, at, n)
            .copy_to(&mut bytes[at as usize..(at + n) as usize]);
        at += n;
        if at < len {
            next_turn().await;
        }
    }
    bytes
}
