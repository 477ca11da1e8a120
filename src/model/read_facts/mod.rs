//! Reading an entry's facts from its Japanese words: the months and days of its events and
//! whether each was held or is planned, how often its meetings meet, and the counts and
//! figures it states. Every fact keeps the words it was read from, so the review and the
//! editor can mark them. Rules, not a dictionary: see `tests/model_read_facts.rs` for how well
//! they do on a corpus and on the report's hand-entered facts.

mod counts;
mod frequency;
mod months;
mod text;
mod words;

use std::ops::Range;

use super::types::{
    Category, Entry, Event, Facts, Figure, FiscalYear, Meeting, MemberCount, Section,
};
use text::Folded;

/// A fact and the bytes of the entry's text it was read from.
#[derive(Clone, Debug, PartialEq)]
pub struct Read<T> {
    /// What was read.
    pub fact: T,
    /// Where in the text (byte offsets of the original).
    pub words: Range<usize>,
}

/// A meeting's frequency as read: a range where the text gives one (月1～2回 is 12–24).
#[derive(Clone, Debug, PartialEq)]
pub struct ReadMeeting {
    /// The meeting's name, as near the frequency as the text gives it.
    pub name: String,
    /// Times a year, at least.
    pub per_year: u32,
    /// Times a year, at most (the same where no range is given).
    pub per_year_max: u32,
    /// The words of the frequency.
    pub basis: String,
}

/// A count or figure as read (約170名, 5病院, 41.7%).
#[derive(Clone, Debug, PartialEq)]
pub struct Count {
    /// What it counts, from the words before it.
    pub of: String,
    /// The number.
    pub value: f64,
    /// Its unit as written, folded (`名`, `病院`, `%`).
    pub unit: String,
    /// True where the text says 約.
    pub approximate: bool,
}

/// Everything read from one entry's text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReadFacts {
    /// Dated events, in the order written (a span such as 1～2月 is one event).
    pub events: Vec<Read<Event>>,
    /// Meetings with a frequency.
    pub meetings: Vec<Read<ReadMeeting>>,
    /// Counts and figures.
    pub counts: Vec<Read<Count>>,
}

/// Where an entry's text stands: its section (a plan's events are planned), fiscal year (a
/// month without a year is in it) and category (meetings are kept in ①'s).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    /// The entry's section.
    pub section: Section,
    /// The entry's fiscal year.
    pub fiscal_year: FiscalYear,
    /// The entry's category.
    pub category: Category,
}

impl Place {
    /// Where `entry` stands.
    pub fn of(entry: &Entry) -> Place {
        Place {
            section: entry.section,
            fiscal_year: entry.fiscal_year,
            category: entry.category,
        }
    }

    /// Whether a meeting read here is kept, as the report's own facts keep them: in the ①
    /// (会議の開催) entry of results and plans, which the meetings chart counts. A ② entry
    /// naming the same conference, or the progress reporting on it, would count it twice.
    pub fn keeps_meetings(self) -> bool {
        self.category.number() == 1 && matches!(self.section, Section::Result | Section::Plan)
    }
}

/// Reads the facts of `text`, an entry's whole text, at `place`.
pub fn read_facts(text: &str, place: Place) -> ReadFacts {
    let folded = Folded::new(text);
    let numbers = folded.numbers();
    let freq = frequency::read(&folded, &numbers);
    let events = months::read(&folded, &numbers, &freq.excluded, place);
    let mut meetings = freq.meetings;
    // A meeting whose months are listed (（５月、７月、１０月）) meets as often as it lists.
    if meetings.is_empty() {
        meetings.extend(months::listed_meeting(&folded, &events));
    }
    let mut used = freq.used;
    used.extend(events.iter().flat_map(|e| e.used.clone()));
    let counts = counts::read(&folded, &numbers, &used);
    ReadFacts {
        events: events.into_iter().map(|e| e.event).collect(),
        meetings,
        counts,
    }
}

impl ReadFacts {
    /// The facts as the report stores them for an entry at `place`: meetings where it keeps
    /// them ([`Place::keeps_meetings`]), at their lowest frequency; head counts (名, 人) as
    /// members and other counts as figures.
    pub fn to_facts(&self, place: Place) -> Facts {
        let mut facts = Facts {
            events: self.events.iter().map(|e| e.fact.clone()).collect(),
            meetings: (self.meetings.iter())
                .filter(|_| place.keeps_meetings())
                .map(|m| Meeting {
                    name: m.fact.name.clone(),
                    per_year: m.fact.per_year,
                    basis: m.fact.basis.clone(),
                    per_year_max: (m.fact.per_year_max != m.fact.per_year)
                        .then_some(m.fact.per_year_max),
                    typed: false,
                })
                .collect(),
            ..Facts::default()
        };
        for c in &self.counts {
            let c = &c.fact;
            if matches!(c.unit.as_str(), "名" | "人") {
                facts.members.push(MemberCount {
                    of: c.of.clone(),
                    count: c.value as u32,
                    approximate: c.approximate,
                    typed: false,
                });
            } else {
                facts.figures.push(Figure {
                    label: c.of.clone(),
                    value: c.value,
                    unit: c.unit.clone(),
                    typed: false,
                });
            }
        }
        facts
    }

    /// True when nothing was read.
    pub fn is_empty(&self) -> bool {
        self.events.is_empty() && self.meetings.is_empty() && self.counts.is_empty()
    }
}

/// `kept` with what `read` adds to it: facts a person typed or corrected (or that the report
/// had) stay as they are, and a read fact is added only where none of them says the same (an
/// event of that month, a meeting where none is kept, a count of that number).
pub fn add_read(kept: &Facts, read: &Facts) -> Facts {
    let mut facts = kept.clone();
    let month = |e: &Event| (e.fiscal_year, e.month);
    for e in &read.events {
        if !kept.events.iter().any(|k| month(k) == month(e)) {
            facts.events.push(e.clone());
        }
    }
    if kept.meetings.is_empty() {
        facts.meetings = read.meetings.clone();
    }
    for m in &read.members {
        if !kept.members.iter().any(|k| k.count == m.count) {
            facts.members.push(m.clone());
        }
    }
    for f in &read.figures {
        if !kept.figures.iter().any(|k| k.value == f.value) {
            facts.figures.push(f.clone());
        }
    }
    facts
}

/// The facts of `entry`'s text, added to `kept` ([`add_read`]).
pub fn with_facts_read(entry: &Entry, kept: &Facts) -> Facts {
    let place = Place::of(entry);
    add_read(kept, &read_facts(&entry.text(), place).to_facts(place))
}
