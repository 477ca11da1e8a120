//! A key for a drawn entry card that changes exactly when what the card shows changes.
//!
//! Lists key their cards by it, not by the build of the search index: every edit makes a new
//! build, and only the edited entry's card should be drawn again.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use super::index::EntryRef;
use super::report::Report;
use super::types::{Entry, Facts, Hub};

/// Where a card's entry is, and a digest of everything the card shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CardKey {
    /// The entry's position in the report.
    pub at: EntryRef,
    /// Digest of the hub's id and area, the whole entry, and the category and theme names.
    digest: u64,
}

impl CardKey {
    /// The key of the card for the entry at `at`.
    pub fn of(report: &Report, at: EntryRef) -> CardKey {
        let (hub, entry) = at.resolve(report);
        let mut h = DefaultHasher::new();
        hash_hub_label(hub, &mut h);
        hash_entry(entry, &mut h);
        // Cards print category and theme names; they change only with a whole new report,
        // but a key must not rely on that.
        for c in &report.categories {
            (c.id, &c.printed, &c.ja, &c.en).hash(&mut h);
        }
        for t in &report.themes {
            (&t.id, &t.ja, &t.en).hash(&mut h);
        }
        CardKey {
            at,
            digest: h.finish(),
        }
    }
}

fn hash_hub_label(hub: &Hub, h: &mut DefaultHasher) {
    (&hub.id, &hub.area).hash(h);
}

/// Every field, facts included: the card's "edited" mark compares the whole entry. The
/// destructuring makes a field added to `Entry` or `Facts` a compile error here.
fn hash_entry(e: &Entry, h: &mut DefaultHasher) {
    let Entry {
        id,
        section,
        fiscal_year,
        category,
        category_inferred,
        label,
        paragraphs,
        themes,
        status,
        facts,
        draft,
    } = e;
    (id, section, fiscal_year, category, category_inferred).hash(h);
    (label, paragraphs, themes, status, draft).hash(h);
    let Facts {
        events,
        meetings,
        members,
        figures,
        tools,
    } = facts;
    events.len().hash(h);
    for e in events {
        (
            &e.title,
            e.fiscal_year,
            e.month,
            e.day,
            e.status,
            e.end_month,
        )
            .hash(h);
    }
    meetings.len().hash(h);
    for m in meetings {
        (&m.name, m.per_year, &m.basis).hash(h);
    }
    members.len().hash(h);
    for m in members {
        (&m.of, m.count, m.approximate).hash(h);
    }
    figures.len().hash(h);
    for x in figures {
        (&x.label, x.value.to_bits(), &x.unit).hash(h);
    }
    tools.hash(h);
}
