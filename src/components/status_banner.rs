//! Plain warnings when edits are not being saved, and the page's `aria-live` announcements.

use leptos::prelude::*;

use crate::components::download::{download, today};
use crate::model::export::{report_json, ExportFile};
use crate::model::persist::{KeyValueStore, BACKUP_KEY, CONFLICT_KEY};
use crate::state::{use_app, LoadNotice, NotSaved, SaveState};
use crate::storage::LocalStore;

/// Offers a stored key's raw text as a download.
pub fn download_stored(key: &str, name: &str) {
    if let Ok(Some(text)) = LocalStore.get(key) {
        download(&ExportFile {
            name: name.into(),
            mime: "application/json",
            text,
        });
    }
}

/// Banners about saving, with the way out each one needs.
#[component]
pub fn StatusBanner() -> impl IntoView {
    let app = use_app();
    let t = move || app.texts();
    let export = move |_| {
        app.report
            .with_untracked(|r| download(&report_json(r, &today())))
    };
    view! {
        <div class="banners">
            {move || match app.save_state.get() {
                SaveState::Saved => None,
                SaveState::NotSaving(reason) => Some(view! {
                    <div class="banner warning" role="alert" data-testid="not-saving">
                        <p><strong>{t().not_saving}</strong>" "<span class="sub">{move || match &reason {
                            NotSaved::TooLarge => t().too_large_to_store.to_string(),
                            NotSaved::Refused(why) => why.clone(),
                        }}</span></p>
                        <button type="button" on:click=export>{t().export_json}</button>
                    </div>
                }.into_any()),
                SaveState::Conflict => Some(view! {
                    <div class="banner warning" role="alert" data-testid="conflict">
                        <p><strong>{t().conflict}</strong></p>
                        <button type="button" on:click=move |_| app.take_theirs()>{t().take_theirs}</button>
                        <button type="button" on:click=move |_| app.keep_mine()>{t().keep_mine}</button>
                        <button type="button" on:click=move |_| download_stored(CONFLICT_KEY, "renkei-this-tab.json")>{t().conflict_download}</button>
                    </div>
                }.into_any()),
                SaveState::Held(reason) => Some(view! {
                    <div class="banner warning" role="alert" data-testid="held">
                        <p><strong>{t().held}</strong>" "<span class="sub">{reason}</span></p>
                        <button type="button" on:click=export>{t().export_json}</button>
                    </div>
                }.into_any()),
            }}
            {move || app.load_notice.get().map(|LoadNotice::Recovered(reason)| view! {
                <div class="banner notice" role="status" data-testid="recovered">
                    <p>{t().recovered}" "<span class="sub">{reason}</span></p>
                    <button type="button" on:click=move |_| download_stored(BACKUP_KEY, "renkei-backup.json")>{t().backup_download}</button>
                </div>
            })}
            <crate::components::edition_notice::EditionNoticeBanner/>
            <p class="visually-hidden" role="status" aria-live="polite" data-testid="announcer">{move || app.announcement.get()}</p>
        </div>
    }
}
