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
    // The promise only ever resolves; there is no error to handle.
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Resolves once the browser has drawn the next frame (a frame callback, then a later turn).
pub async fn after_paint() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window().map(|w| w.request_animation_frame(&resolve));
    });
    // As above: the promise only ever resolves.
    let _ = wasm_bindgen_futures::JsFuture::from(frame).await;
    next_turn().await;
}

/// Calls `step` until it returns a value, giving the page a turn whenever a slice has run
/// [`SLICE_MS`]. Before each turn `before_turn` may show progress (false: stop, the view is
/// gone); after it `still_wanted` says whether to go on (the data may have changed, another
/// file may have been chosen). `None` when either says no.
pub async fn in_slices<T>(
    mut step: impl FnMut() -> Option<T>,
    mut before_turn: impl FnMut() -> bool,
    still_wanted: impl Fn() -> bool,
) -> Option<T> {
    let mut slice_start = now_ms();
    loop {
        if let Some(done) = step() {
            return Some(done);
        }
        if now_ms() - slice_start > SLICE_MS {
            if !before_turn() {
                return None;
            }
            next_turn().await;
            if !still_wanted() {
                return None;
            }
            slice_start = now_ms();
        }
    }
}

/// Bytes read from a file at a time: reading a whole large file at once is one long task.
const READ_SLICE: f64 = 8_388_608.0;

/// Reads a (large) file into the app's memory a slice at a time, the page getting a turn
/// between slices.
pub async fn read_in_slices(file: &web_sys::File) -> Result<Vec<u8>, JsValue> {
    let len = file.size();
    let mut bytes = Vec::with_capacity(len as usize);
    let mut at = 0.0;
    while at < len {
        let end = (at + READ_SLICE).min(len);
        let slice = file.slice_with_f64_and_f64(at, end)?;
        let buffer = wasm_bindgen_futures::JsFuture::from(slice.array_buffer()).await?;
        let array = js_sys::Uint8Array::new(&buffer);
        let start = bytes.len();
        bytes.resize(start + array.length() as usize, 0);
        array.copy_to(&mut bytes[start..]);
        at = end;
    }
    Ok(bytes)
}
