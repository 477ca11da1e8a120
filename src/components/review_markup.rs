//! The review of a filled-in workbook, as markup written in the workbook worker: per hub and
//! entry what is changed, new or removed (the changes view's rows), each with a checkbox.
//! The page shows it and keeps the boxes; only the hubs' and entries' checkboxes carry state
//! (`data-take`), so the review code stays out of the page's first load (BENCHMARKS.md).

use std::collections::HashMap;

use crate::components::change_markup::{change_body, ChangeText};
use crate::components::markup::Markup;
use crate::components::review_facts::read_facts_markup;
use crate::i18n::{entry_place, field_change_lines, status_label, theme_label, Lang};
use crate::model::diff::{DiffKind, ReportDiff};
use crate::model::review::{kind_counts, Accepted};
use crate::model::workbook::DETAIL_LABELS;
use crate::model::{Entry, Hub, Report};

/// The review's own words (only the worker writes them, so they stay out of the page's wasm).
struct Words {
    review_intro: &'static str,
    review_none: &'static str,
    review_hub: &'static str,
    review_details: &'static str,
    review_new_hub: &'static str,
    review_suggested: &'static str,
    review_suggested_none: &'static str,
    review_take: &'static str,
    count_details: &'static str,
    count_new_hubs: &'static str,
}

const JA: Words = Words {
    review_intro: "反映する変更を選んでください。「反映する」を押すまで、保存されている報告は変わりません。このページを開いている間は、反映を「元に戻す」一回で取り消せます（再読み込みの後は「変更点」で取り消します）。",
    review_none: "このブックには、今の報告との違いはありません。",
    review_hub: "この拠点の変更をすべて選ぶ",
    review_details: "拠点の情報（対象地域・連携の拠点・委託先・資料・見出し）",
    review_new_hub: "新しい拠点として追加する",
    review_suggested: "テーマ・進捗（本文からの提案）",
    review_suggested_none: "本文からは提案できません。反映の後に編集で選んでください",
    review_take: "反映する",
    count_details: "拠点の情報の変更",
    count_new_hubs: "新しい拠点",
};

const EN: Words = Words {
    review_intro: "Choose the changes to apply. Nothing stored changes until you apply them; while this page stays open, one undo takes them all back (after a reload, revert them under Changes).",
    review_none: "This workbook does not differ from the current report.",
    review_hub: "Select all changes of this hub",
    review_details: "Hub details (area, organisation, contractors, document, headings)",
    review_new_hub: "Add as a new hub",
    review_suggested: "Themes and status (suggested from the text)",
    review_suggested_none: "none can be suggested from the text; choose them in the editor after applying",
    review_take: "Apply",
    count_details: "Hub details changed",
    count_new_hubs: "New hubs",
};

/// The review's words in `lang`.
fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
    }
}

/// A hub's details as lines, to compare before and after.
fn details_text(hub: Option<&Hub>) -> String {
    let Some(h) = hub else { return String::new() };
    let values = [&h.area, &h.organisation, &h.contractors, &h.document];
    let lines = DETAIL_LABELS
        .iter()
        .zip(values)
        .map(|(l, v)| format!("{l}：{v}"));
    lines
        .chain(h.sections.iter().map(|s| s.heading.clone()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The suggested themes and status of a new entry.
fn suggested(lang: Lang, report: &Report, e: &Entry) -> String {
    let mut tags: Vec<String> = e
        .themes
        .iter()
        .map(|id| theme_label(lang, report, id))
        .collect();
    tags.extend(e.status.map(|s| status_label(lang, s).to_string()));
    let (label, colon) = (words(lang).review_suggested, lang.colon());
    if tags.is_empty() {
        return format!("{label}{colon}{}", words(lang).review_suggested_none);
    }
    format!("{label}{colon}{}", tags.join(lang.list_separator()))
}

/// A row's checkbox: `key` is what the page reports back when it is cleared.
fn take_box(m: &mut Markup, lang: Lang, key: &str, hub: &str, place: &str) {
    m.open("label", &[("class", &"check")]);
    m.empty(
        "input",
        &[
            ("type", &"checkbox"),
            ("checked", &""),
            ("data-testid", &"review-take"),
            ("data-take", &key),
            ("data-hub", &hub),
        ],
    );
    m.plain(words(lang).review_take);
    m.text(
        "span",
        &[("class", &"visually-hidden")],
        &format!("{}{place}", lang.colon()),
    );
    m.close("label");
}

/// One hub's rows: its details (or the whole hub, when new), then its entries (`rows`, their
/// positions in the diff).
fn hub_group(
    m: &mut Markup,
    lang: Lang,
    (current, incoming, d): (&Report, &Report, &ReportDiff),
    hub: &Hub,
    rows: &[usize],
) {
    let (t, w) = (lang.texts(), words(lang));
    let old = current.hub(&hub.id);
    let details = old.is_none() || d.hubs_modified.contains(&hub.id);
    if rows.is_empty() && !details {
        return;
    }
    m.open(
        "fieldset",
        &[
            ("class", &"review-hub"),
            ("data-testid", &"review-hub"),
            ("data-hub", &hub.id),
        ],
    );
    m.text("legend", &[], &hub.area);
    m.open("label", &[("class", &"check")]);
    m.empty(
        "input",
        &[
            ("type", &"checkbox"),
            ("checked", &""),
            ("data-hub-all", &hub.id),
        ],
    );
    m.plain(w.review_hub);
    m.close("label");
    m.open("ul", &[("class", &"change-list")]);
    if details {
        let (kind, place) = if old.is_none() {
            (DiffKind::Added, w.review_new_hub)
        } else {
            (DiffKind::Modified, w.review_details)
        };
        let (before, after) = (details_text(old), details_text(Some(hub)));
        m.open("li", &[("class", &"change"), ("data-testid", &"change")]);
        change_body(
            m,
            t,
            &ChangeText {
                kind,
                place,
                before: &before,
                after: &after,
                details: &[],
                heading: "h4",
            },
        );
        take_box(
            m,
            lang,
            &format!("h{}", hub.id),
            &hub.id,
            &format!("{} {place}", hub.area),
        );
        m.close("li");
    }
    for &i in rows {
        let e = d.entries[i];
        let text = |x: Option<&Entry>| x.map(Entry::text).unwrap_or_default();
        let Some(shown) = e.after(incoming).or(e.before(current)) else {
            continue;
        };
        let place = entry_place(lang, &hub.area, shown);
        let (before, after) = (text(e.before(current)), text(e.after(incoming)));
        let details = field_change_lines(lang, incoming, e.before(current), e.after(incoming));
        m.open(
            "li",
            &[
                ("class", &"change"),
                ("data-testid", &"change"),
                ("data-entry-id", &shown.id),
            ],
        );
        change_body(
            m,
            t,
            &ChangeText {
                kind: e.kind,
                place: &place,
                before: &before,
                after: &after,
                details: &details,
                heading: "h4",
            },
        );
        if e.kind == DiffKind::Added {
            m.text("p", &[("class", &"sub")], &suggested(lang, incoming, shown));
        }
        if let Some(after) = e.after(incoming) {
            read_facts_markup(
                m,
                lang,
                e.before(current),
                after,
                (&format!("f{i}"), &hub.id),
            );
        }
        take_box(m, lang, &format!("e{i}"), &hub.id, &place);
        m.close("li");
    }
    m.close("ul");
    m.close("fieldset");
}

/// The review of `incoming` against `current` in `lang`.
pub fn review_markup(current: &Report, incoming: &Report, d: &ReportDiff, lang: Lang) -> String {
    let (t, w) = (lang.texts(), words(lang));
    let mut m = Markup::default();
    if d.is_empty() {
        m.text("p", &[("data-testid", &"review-none")], w.review_none);
        return m.finish();
    }
    let kinds = [t.kind_modified, t.kind_added, t.kind_removed];
    let hubs = [
        (w.count_details, d.hubs_modified.len()),
        (w.count_new_hubs, d.hubs_added.len()),
    ];
    // Hubs' changes are counted where there are any (a changed 対象地域 alone said 0, 0, 0).
    let counts: Vec<String> = kinds
        .into_iter()
        .zip(kind_counts(d))
        .chain(hubs.into_iter().filter(|&(_, n)| n > 0))
        .map(|(kind, n)| match lang {
            Lang::Ja => format!("{kind} {n}件"),
            Lang::En => format!("{kind}: {n}"),
        })
        .collect();
    m.text("p", &[], w.review_intro);
    m.open("p", &[("data-testid", &"review-counts")]);
    let separator = if lang == Lang::Ja { "・" } else { " · " };
    m.text("strong", &[], &counts.join(separator));
    m.close("p");
    // Each difference under its hub, found once (not once per hub: an all-Japan report has 1,741).
    let mut rows: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, e) in d.entries.iter().enumerate() {
        rows.entry(e.ids(current, incoming).0).or_default().push(i);
    }
    for hub in &incoming.hubs {
        let of_hub = rows.get(hub.id.as_str()).map_or(&[][..], Vec::as_slice);
        hub_group(&mut m, lang, (current, incoming, d), hub, of_hub);
    }
    m.finish()
}

/// What is accepted when the page cleared the boxes `refused` (their `data-take` keys).
pub fn accepted_except(d: &ReportDiff, refused: &[String]) -> Accepted {
    let mut all = Accepted::all(d);
    for key in refused {
        // A fact read from an entry's words, left out: `f<entry>.<fact>` (`f3.e0`).
        if let Some((i, fact)) = key.strip_prefix('f').and_then(|k| k.split_once('.')) {
            if let (Ok(i), Some(fact)) = (i.parse(), crate::model::review::FactAt::from_key(fact)) {
                all.facts_left_out.push((i, fact));
            }
        } else if let Some(i) = key.strip_prefix('e').and_then(|i| i.parse::<usize>().ok()) {
            if let Some(flag) = all.entries.get_mut(i) {
                *flag = false;
            }
        } else if let Some(hub) = key.strip_prefix('h') {
            all.hubs.retain(|h| h != hub);
        }
    }
    all
}
