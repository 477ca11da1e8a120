//! The one place that touches browser storage: localStorage through gloo-storage, behind the
//! model's [`KeyValueStore`] so that faults (full, disabled) are handled by tested model code.

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;

use crate::model::persist::{KeyValueStore, StoreError};

/// localStorage, or an error value when the browser refuses it.
pub struct LocalStore;

/// Describes a thrown DOM exception, telling a full store from an unavailable one.
fn store_error(err: wasm_bindgen::JsValue) -> StoreError {
    let name = err
        .dyn_ref::<web_sys::DomException>()
        .map(|e| (e.name(), e.message()));
    match name {
        Some((name, message)) if name == "QuotaExceededError" => StoreError::QuotaExceeded(message),
        Some((name, message)) => StoreError::Unavailable(format!("{name}: {message}")),
        None => StoreError::Unavailable(format!("{err:?}")),
    }
}

/// Whether localStorage can be reached at all (it throws in some private modes).
fn available() -> Result<(), StoreError> {
    match web_sys::window().map(|w| w.local_storage()) {
        Some(Ok(Some(_))) => Ok(()),
        Some(Err(e)) => Err(store_error(e)),
        _ => Err(StoreError::Unavailable(
            "localStorage is not available".into(),
        )),
    }
}

impl KeyValueStore for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        available()?;
        LocalStorage::raw().get_item(key).map_err(store_error)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        available()?;
        LocalStorage::raw()
            .set_item(key, value)
            .map_err(store_error)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        available()?;
        LocalStorage::raw().remove_item(key).map_err(store_error)
    }
}

/// Where the chosen UI language is remembered. `public/first-view.js` reads it by this name too.
const LANG_KEY: &str = "renkei:lang";

/// The remembered UI language tag, if any.
pub fn load_lang() -> Option<String> {
    LocalStore.get(LANG_KEY).ok().flatten()
}

/// Remembers the UI language (best effort: the app works the same without it).
pub fn save_lang(tag: &str) {
    let _ = LocalStore.set(LANG_KEY, tag);
}

/// Where the entry editor keeps a form not yet saved (see `components::unsaved_edit`): this
/// tab's session storage, so a reload or Back brings it back and a new tab does not open it.
const UNSAVED_EDIT_KEY: &str = "renkei:unsaved-edit";

/// This tab's session storage, when the browser allows it.
fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// The editor's stored unsaved form, as text.
pub fn load_unsaved_edit() -> Option<String> {
    session()?.get_item(UNSAVED_EDIT_KEY).ok()?
}

/// Stores the editor's unsaved form (best effort: a full store keeps the previous copy).
pub fn save_unsaved_edit(text: &str) {
    if let Some(s) = session() {
        let _ = s.set_item(UNSAVED_EDIT_KEY, text);
    }
}

/// Forgets the editor's unsaved form.
pub fn clear_unsaved_edit() {
    if let Some(s) = session() {
        let _ = s.remove_item(UNSAVED_EDIT_KEY);
    }
}
