//! Entry point: mounts the app and nothing else.

fn main() {
    console_error_panic_hook::set_once();
    renkei::drop_first_view();
    leptos::mount::mount_to_body(renkei::App);
}
