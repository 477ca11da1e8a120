//! One entry's difference as markup: what kind, where in the report, and the text before and
//! after with the changed characters marked (`<del>`, `<ins>`). Written by the changes view and,
//! in the workbook worker, by the review of a workbook, so both show changes the same way.

use crate::components::markup::Markup;
use crate::i18n::{entry_place, field_change_lines, Lang, Texts};
use crate::model::diff::{DiffKind, EntryDiff};
use crate::model::text_diff::{text_diff, TextPiece};
use crate::model::{Entry, Report};

/// The words for a kind of difference.
pub fn kind_text(t: &Texts, kind: DiffKind) -> &'static str {
    match kind {
        DiffKind::Added => t.kind_added,
        DiffKind::Removed => t.kind_removed,
        DiffKind::Modified => t.kind_modified,
    }
}

/// What changed, for a person.
pub struct ChangeText<'a> {
    /// Added, removed or modified.
    pub kind: DiffKind,
    /// Where the entry is (`松原市・令和7年度 計画・②-1`).
    pub place: &'a str,
    /// The text before (empty when added).
    pub before: &'a str,
    /// The text after (empty when removed).
    pub after: &'a str,
    /// What else changed, one line each (themes, status, category…; see
    /// [`crate::i18n::field_change_text`]).
    pub details: &'a [String],
    /// The heading level of the place (`h3` in the changes view, `h4` in a workbook's
    /// review, under its own `h3`), so a screen reader's list of headings names each change.
    pub heading: &'static str,
}

/// Writes the kind, the place, and the before and after texts with their changes marked.
pub fn change_body(m: &mut Markup, t: &Texts, change: &ChangeText) {
    m.open(change.heading, &[("class", &"change-place")]);
    m.text("span", &[("class", &"badge")], kind_text(t, change.kind));
    m.plain(" ");
    m.text("strong", &[], change.place);
    m.close(change.heading);
    if !change.details.is_empty() {
        m.open("ul", &[("class", &"field-changes")]);
        for line in change.details {
            m.text("li", &[], line);
        }
        m.close("ul");
    }
    let pieces = text_diff(change.before, change.after);
    // An addition has no before and a removal no after: only the side with text is shown; a
    // text left as it was shows once, said to be unchanged.
    let unchanged = change.kind == DiffKind::Modified && change.before == change.after;
    let sides = [(t.before, true), (t.after, false)]
        .into_iter()
        .filter(|&(_, before)| match change.kind {
            DiffKind::Added => !before,
            DiffKind::Removed => before,
            DiffKind::Modified => !(unchanged && before),
        })
        .map(|(title, before)| (if unchanged { t.text_unchanged } else { title }, before));
    let class = if change.kind == DiffKind::Modified && !unchanged {
        "before-after"
    } else {
        "before-after single"
    };
    m.open("div", &[("class", &class)]);
    for (title, shows_deleted) in sides {
        m.open("div", &[]);
        // Not headings: a page of changes would list 変更前／変更後 twice a change.
        m.text("p", &[("class", &"ba-title")], title);
        // The report's words, as on its cards (WCAG 3.1.2 in the English UI).
        m.open("p", &[("class", &"pre"), ("lang", &"ja")]);
        for piece in &pieces {
            match (piece, shows_deleted) {
                (TextPiece::Same(s), _) => m.plain(s),
                (TextPiece::Deleted(s), true) => m.text("del", &[], s),
                (TextPiece::Inserted(s), false) => m.text("ins", &[], s),
                _ => {}
            }
        }
        m.close("p");
        m.close("div");
    }
    m.close("div");
}

/// One difference of the report `edited` from the `published` one, for the changes view: the
/// entry's hub id and id, and its markup (a move to another section or year names both places).
pub fn published_change(
    lang: Lang,
    published: &Report,
    edited: &Report,
    change: &EntryDiff,
) -> (String, String, String) {
    let text = |x: Option<&Entry>| x.map(Entry::text).unwrap_or_default();
    let (hub, id) = change.ids(published, edited);
    let area = edited
        .hub(hub)
        .or(published.hub(hub))
        .map_or("", |h| h.area.as_str());
    let place = |x: &Entry| entry_place(lang, area, x);
    let (before, after) = (change.before(published), change.after(edited));
    let place = match (before.map(place), after.map(place)) {
        (Some(b), Some(a)) if b != a => format!("{b} → {a}"),
        (b, a) => a.or(b).unwrap_or_default(),
    };
    let details = field_change_lines(lang, edited, before, after);
    let mut body = Markup::default();
    let shown = ChangeText {
        kind: change.kind,
        place: &place,
        before: &text(before),
        after: &text(after),
        details: &details,
        heading: "h3",
    };
    change_body(&mut body, lang.texts(), &shown);
    (hub.to_string(), id.to_string(), body.finish())
}
