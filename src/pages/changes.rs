//! What differs from the published edition, entry by entry, with revert and reset; what a new
//! edition changed that the edits had changed too is marked.

use leptos::prelude::*;

use crate::components::change_markup::published_change;
use crate::components::reset_all::ResetAll;
use crate::components::show_all::ShowAll;
use crate::components::status_banner::download_stored;
use crate::model::diff::{diff, is_untouched_draft, revert_entry};
use crate::model::persist::{KeyValueStore, BACKUP_KEY};
use crate::model::window::Drawn;
use crate::state::use_app;
use crate::storage::LocalStore;

/// The changes view.
#[component]
pub fn ChangesPage() -> impl IntoView {
    let app = use_app();
    let t = move || app.texts();
    let changes = Memo::new(move |_| {
        app.published
            .with_value(|b| app.report.with(|r| diff(b, r)))
    });
    let has_backup = LocalStore.get(BACKUP_KEY).ok().flatten().is_some();
    let both_changed = StoredValue::new(app.both_changed());

    // The row reverted goes: focus moves to the revert button now in its place (or the last).
    let revert = move |hub: String, id: String, position: usize| {
        let change = app
            .published
            .with_value(|b| app.report.with_untracked(|r| revert_entry(b, r, &hub, &id)));
        if let Some(change) = change {
            app.apply_announced(change);
        }
        request_animation_frame(move || {
            crate::focus::focus_nth_or(r#"[data-testid="revert"]"#, position, "changes-title");
        });
    };
    let hub_lists = move || {
        let d = changes.get();
        // Hubs by the area the report prints, as every other view names them.
        let areas = |ids: Vec<String>| -> Vec<String> {
            app.published.with_value(|b| {
                app.report.with_untracked(|r| {
                    ids.into_iter()
                        .map(|id| r.hub(&id).or(b.hub(&id)).map_or(id, |h| h.area.clone()))
                        .collect()
                })
            })
        };
        let list = |title: &'static str, ids: Vec<String>| {
            let names = areas(ids);
            (!names.is_empty()).then(|| view! { <p><strong>{title}</strong>{app.lang.get_untracked().colon()}{names.join(app.lang.get_untracked().list_separator())}</p> })
        };
        view! {
            {list(t().hub_added, d.hubs_added)}
            {list(t().hub_removed, d.hubs_removed)}
            {list(t().hub_modified, d.hubs_modified)}
        }
    };
    // Next year's drafts nobody has touched are counted, not listed, unless asked for: they
    // would bury the edits a reviewer is looking for.
    let list_drafts = RwSignal::new(false);
    let listed = Memo::new(move |_| {
        let all = list_drafts.get();
        changes.with(|d| {
            app.report.with(|r| {
                let (mut listed, mut drafts) = (Vec::new(), 0);
                for (i, e) in d.entries.iter().enumerate() {
                    let draft = is_untouched_draft(e, r);
                    drafts += usize::from(draft);
                    if all || !draft {
                        listed.push(i);
                    }
                }
                (listed, drafts)
            })
        })
    });
    let drafts_note = move || {
        let drafts = listed.with(|(_, n)| *n);
        (drafts > 0).then(|| view! {
            <p data-testid="drafts-untouched">{app.lang.get().entries(drafts)}{t().drafts_untouched}" "
                <label class="check"><input type="checkbox" data-testid="list-drafts" prop:checked=move || list_drafts.get()
                    on:change=move |ev| list_drafts.set(event_target_checked(&ev))/>{t().list_drafts}</label>
            </p>
        })
    };
    // Up to the list limit: a whole imported report differs from the published one in every entry.
    let drawn = RwSignal::new(Drawn::UpToLimit);
    let len = Signal::derive(move || listed.with(|(l, _)| l.len()));
    let row = move |position: usize| {
        let i = listed.with_untracked(|(l, _)| l.get(position).copied())?;
        let e = changes.with_untracked(|d| d.entries.get(i).copied())?;
        let (hub, id, markup) = app.published.with_value(|b| {
            app.report
                .with_untracked(|r| published_change(app.lang.get_untracked(), b, r, &e))
        });
        let entry_id = id.clone();
        let both = both_changed.with_value(|b| b.contains(&id));
        Some(view! {
            <li class="change" data-testid="change" data-entry-id=entry_id>
                {both.then(|| view! { <p class="badge both-changed" data-testid="both-changed">{t().both_changed_badge}</p> })}
                <div inner_html=markup></div>
                <button type="button" data-testid="revert" on:click=move |_| revert(hub.clone(), id.clone(), position)>{t().revert}</button>
            </li>
        })
    };

    view! {
        <section aria-labelledby="changes-title">
            <h2 id="changes-title" tabindex="-1">{move || t().changes_title}</h2>
            <p>{move || t().changes_intro}</p>
            {has_backup.then(|| view! {
                <p><button type="button" on:click=move |_| download_stored(BACKUP_KEY, "renkei-backup.json")>{move || t().backup_download}</button></p>
            })}
            {move || changes.with(|d| d.is_empty()).then(|| view! { <p data-testid="no-changes">{t().no_changes}</p> })}
            {hub_lists}
            {drafts_note}
            // Keyed by report build, language, drafts listed and position: drawing more keeps the rows drawn.
            <ul class="change-list">
                <For each=move || {
                        let (build, lang, all) = (app.index.with(|i| i.build_id()), app.lang.get(), list_drafts.get());
                        (0..drawn.get().count(len.get())).map(|i| (build, lang, all, i)).collect::<Vec<_>>()
                    }
                    key=|row| *row
                    children=move |(_, _, _, i)| row(i)/>
            </ul>
            <ShowAll drawn on_show_all=Callback::new(move |()| drawn.set(Drawn::All)) len
                unit=Signal::derive(move || t().entry_count_suffix)/>
            <ResetAll unchanged=Signal::derive(move || changes.with(|d| d.is_empty()))/>
        </section>
    }
}
