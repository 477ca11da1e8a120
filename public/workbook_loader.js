// The workbook worker's entry (src/workbook_worker.rs starts it): wasm-bindgen's glue, then its
// wasm. Ours rather than Trunk's loader shim, which passes the path in the deprecated form and
// so left a warning in the console on every first workbook.
importScripts('./workbook.js');
wasm_bindgen({ module_or_path: './workbook_bg.wasm' });
