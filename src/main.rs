//! Entry point: mounts the app and nothing else.

fn main() {
    // Panic messages in the console for development builds; release builds leave the hook
    // out (1.0 KB gzip of the first load, BENCHMARKS.md session 16) and a panic shows as a
    // wasm trap with its stack.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    // The site's published edition decides what is drawn (its request started in
    // `first-view.js`, alongside this wasm's).
    wasm_bindgen_futures::spawn_local(async {
        let opening = renkei::open_published().await;
        renkei::drop_first_view();
        leptos::mount::mount_to_body(move || leptos::view! { <renkei::AppOn opening/> });
    });
}
