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
