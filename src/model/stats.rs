//! Aggregations behind the dashboard's charts. Each takes the entries the active filter lets
//! through, so every chart follows the filters; charts only draw what these return.

use super::changes::Wording;
use super::filter::{EntryRef, SearchIndex};
use super::report::Report;
use super::search::fold;
use super::types::{Entry, Event, EventStatus, FiscalYear, Hub, Section, Status};

/// The entries behind one chart cell or bar.
pub type Cell = Vec<EntryRef>;

/// Entries per hub (rows, report order) and category ①–⑤ (columns), counted: a cell's link
/// narrows the filter instead of naming its entries, and at all-Japan scale a list per cell
/// was ~9,000 small vectors to fill and free.
pub fn category_heatmap(report: &Report, shown: &[EntryRef]) -> Vec<[usize; 5]> {
    let mut grid = vec![[0; 5]; report.hubs.len()];
    for at in shown {
        let (_, e) = at.resolve(report);
        grid[at.hub][usize::from(e.category.number() - 1)] += 1;
    }
    grid
}

/// Entries per theme (rows, taxonomy order) and hub (columns), counted. Themes are read as
/// the index coded them (its first codes are the taxonomy's, in order): no theme id is
/// compared per entry.
pub fn theme_coverage(report: &Report, index: &SearchIndex, shown: &[EntryRef]) -> Vec<Vec<usize>> {
    let mut grid = vec![vec![0; report.hubs.len()]; report.themes.len()];
    for at in shown {
        let Some(n) = index.position(*at) else {
            continue;
        };
        for &t in index.themes_at(n as usize) {
            // Codes past the taxonomy are ids found only on entries: no row of their own.
            if let Some(row) = grid.get_mut(usize::from(t)) {
                row[at.hub] += 1;
            }
        }
    }
    grid
}

/// A hub's yearly meetings: the frequencies its results (for a past year) or plan (for the
/// coming year) fix for that fiscal year, summed, with the entries they come from.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MeetingCount {
    /// Meetings per year.
    pub per_year: u32,
    /// Entries whose facts give those meetings.
    pub entries: Cell,
}

/// Meetings per hub for each fiscal year in `years`: `[hub][year]`. A year is counted once:
/// where a hub's shown entries hold both its results and its plan (the results drafted beside
/// the plan they report on), the meetings come from the results.
pub fn meetings_per_year(
    report: &Report,
    shown: &[EntryRef],
    years: &[FiscalYear],
) -> Vec<Vec<MeetingCount>> {
    let mut reported = std::collections::HashSet::new();
    for at in shown {
        let (_, e) = at.resolve(report);
        if e.section == Section::Result {
            reported.insert((at.hub, e.fiscal_year));
        }
    }
    let mut out = vec![vec![MeetingCount::default(); years.len()]; report.hubs.len()];
    for at in shown {
        let (_, e) = at.resolve(report);
        if !matches!(e.section, Section::Result | Section::Plan) || e.facts.meetings.is_empty() {
            continue;
        }
        if e.section == Section::Plan && reported.contains(&(at.hub, e.fiscal_year)) {
            continue;
        }
        if let Some(y) = years.iter().position(|fy| *fy == e.fiscal_year) {
            let slot = &mut out[at.hub][y];
            slot.per_year += e.facts.meetings.iter().map(|m| m.per_year).sum::<u32>();
            slot.entries.push(*at);
        }
    }
    out
}

/// One dated event placed on the calendar.
#[derive(Clone, Debug, PartialEq)]
pub struct CalendarMark {
    /// The entry that states it.
    pub entry: EntryRef,
    /// What happens.
    pub title: String,
    /// Day of month, where given.
    pub day: Option<u8>,
    /// Done or planned.
    pub status: EventStatus,
}

/// Events of fiscal year `fy` per hub (rows) and month in fiscal order, April → March
/// (12 columns). A span such as （1～2月） is placed in each of its months. Each event is shown
/// once: where a hub's results name an event in a month and category, they stand for its
/// progress's and plan's there; where its progress does, for its plan's (松原市 11月: the
/// plan's 勉強会 and the progress's 11月8日の勉強会 are one). A plan's event the progress
/// reports as held ([`held_as_reported`]) is shown done.
pub fn calendar(
    report: &Report,
    shown: &[EntryRef],
    fy: FiscalYear,
) -> Vec<Vec<Vec<CalendarMark>>> {
    let mut grid = vec![vec![Vec::new(); 12]; report.hubs.len()];
    let column = |month: u8| FiscalYear::MONTHS.iter().position(|m| *m == month);
    let months = |ev: &Event| {
        let first = column(ev.month)?;
        let last = ev.end_month.and_then(column).unwrap_or(first).max(first);
        Some(first..=last)
    };
    let events = |at: &EntryRef| {
        let (_, e) = at.resolve(report);
        let of_year = e.facts.events.iter().filter(move |ev| ev.fiscal_year == fy);
        of_year.filter_map(move |ev| Some((e, ev, months(ev)?)))
    };
    // Which section speaks last of a hub's month and category: results, else progress.
    let rank = |section: Section| match section {
        Section::Result => 2,
        Section::Progress => 1,
        _ => 0,
    };
    let mut latest = std::collections::HashMap::new();
    for at in shown {
        for (e, _, span) in events(at) {
            for month in span {
                let slot = latest.entry((at.hub, month, e.category)).or_insert(0);
                *slot = rank(e.section).max(*slot);
            }
        }
    }
    for at in shown {
        let hub = &report.hubs[at.hub];
        for (e, ev, span) in events(at) {
            for month in span {
                if latest.get(&(at.hub, month, e.category)) > Some(&rank(e.section)) {
                    continue;
                }
                let held = e.section == Section::Plan && held_as_reported(hub, e, ev);
                grid[at.hub][month].push(CalendarMark {
                    entry: *at,
                    title: ev.title.clone(),
                    day: ev.day,
                    status: if held { EventStatus::Done } else { ev.status },
                });
            }
        }
    }
    grid
}

/// Whether `hub`'s progress of the same year reports `plan`'s event `event` as held, though it
/// names no month for it (河内長野市 ④ and ⑤): a progress entry of the plan's category whose
/// status is 実施済み, and which has the plan's label (a plan of one event) or names the event
/// (its title, or the title's 「」 part: the plan's ９月 研修会 of two).
pub fn held_as_reported(hub: &Hub, plan: &Entry, event: &Event) -> bool {
    let title = fold(&event.title);
    let quoted = title
        .split(['「', '」'])
        .nth(1)
        .filter(|q| q.chars().count() >= 4);
    hub.entries_in(Section::Progress, plan.fiscal_year)
        .filter(|p| p.category == plan.category && p.status == Some(Status::Done))
        .any(|p| {
            let text = fold(&p.text());
            let names = text.contains(&title) || quoted.is_some_and(|q| text.contains(q));
            let one_event = plan.facts.events.len() == 1;
            names || (one_event && plan.label.is_some() && p.label == plan.label)
        })
}

/// Progress entries of `year` per hub (rows) and status (columns, [`Status::ALL`] order),
/// counted.
pub fn status_by_hub(
    report: &Report,
    shown: &[EntryRef],
    year: FiscalYear,
) -> Vec<[usize; Status::ALL.len()]> {
    let mut grid = vec![[0; Status::ALL.len()]; report.hubs.len()];
    for at in shown {
        let (_, e) = at.resolve(report);
        if e.section != Section::Progress || e.fiscal_year != year {
            continue;
        }
        if let Some(s) = e.status {
            let col = Status::ALL.iter().position(|x| *x == s).unwrap_or(0);
            grid[at.hub][col] += 1;
        }
    }
    grid
}

/// Year-to-year change of one hub and category, as entries.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChangeCell {
    /// Later-year plan entries continuing an earlier result.
    pub continued: Cell,
    /// Later-year plan entries with no earlier counterpart.
    pub new: Cell,
    /// Earlier-year results no longer listed.
    pub dropped: Cell,
}

/// Which of each hub's entries are shown, by position: an array lookup per entry instead of
/// a hash. Cheap to build for every hub; judging wording ([`hub_changes`]) is not, so a view
/// builds this once and judges only the hubs it needs, or judges them a few at a time.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShownByHub(Vec<Vec<bool>>);

impl ShownByHub {
    /// Marks `shown` among `report`'s entries.
    pub fn new(report: &Report, shown: &[EntryRef]) -> ShownByHub {
        let mut masks: Vec<Vec<bool>> = report
            .hubs
            .iter()
            .map(|h| vec![false; h.entries.len()])
            .collect();
        for at in shown {
            if let Some(m) = masks.get_mut(at.hub).and_then(|m| m.get_mut(at.entry)) {
                *m = true;
            }
        }
        ShownByHub(masks)
    }

    /// Hub `hub`'s marks, one per entry (empty past the last hub).
    pub fn of(&self, hub: usize) -> &[bool] {
        self.0.get(hub).map_or(&[], Vec::as_slice)
    }
}

/// Which two tables a change compares: the earlier (section, year) and the later one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ChangeSpan {
    /// The earlier table.
    pub earlier: (Section, FiscalYear),
    /// The later table.
    pub later: (Section, FiscalYear),
}

impl ChangeSpan {
    /// FY`from` results → FY`from+1` plan: what one report says was done and is planned next.
    pub fn year_after(from: FiscalYear) -> ChangeSpan {
        ChangeSpan {
            earlier: (Section::Result, from),
            later: (Section::Plan, FiscalYear(from.0 + 1)),
        }
    }

    /// The change the report of `year` gives: the year before's results → its plan.
    pub fn own(year: FiscalYear) -> ChangeSpan {
        ChangeSpan::year_after(FiscalYear(year.0 - 1))
    }

    /// One year's plan → a later year's: what changed between two editions' plans.
    pub fn plans(earlier: FiscalYear, later: FiscalYear) -> ChangeSpan {
        ChangeSpan {
            earlier: (Section::Plan, earlier),
            later: (Section::Plan, later),
        }
    }
}

/// The change over `span` per hub (rows, those in `hubs`) and category (columns), among the
/// shown entries. Judging wording is the costliest aggregation, so a view asks only for the
/// hubs it draws.
pub fn change_matrix(
    report: &Report,
    shown: &[EntryRef],
    span: ChangeSpan,
    hubs: std::ops::Range<usize>,
) -> Vec<Vec<ChangeCell>> {
    let masks = ShownByHub::new(report, shown);
    hubs.filter(|&h| h < report.hubs.len())
        .map(|h| hub_changes(report, h, masks.of(h), span))
        .collect()
}

/// One hub's change per category ①–⑤, among its entries marked in `shown` (by position).
///
/// The report never links entries across years, so continuity is judged from the wording
/// ([`Wording`]).
pub fn hub_changes(
    report: &Report,
    hub: usize,
    shown: &[bool],
    span: ChangeSpan,
) -> Vec<ChangeCell> {
    let entries = &report.hubs[hub].entries;
    // One pass sorts the shown entries into the earlier and the later table per category.
    let mut earlier: [Vec<EntryRef>; 5] = Default::default();
    let mut later: [Vec<EntryRef>; 5] = Default::default();
    for (entry, e) in entries.iter().enumerate() {
        let c = usize::from(e.category.number()).saturating_sub(1);
        let table = (e.section, e.fiscal_year);
        let bucket = if table == span.earlier {
            &mut earlier
        } else if table == span.later {
            &mut later
        } else {
            continue;
        };
        if shown.get(entry).copied().unwrap_or(false) {
            if let Some(list) = bucket.get_mut(c) {
                list.push(EntryRef { hub, entry });
            }
        }
    }
    earlier
        .into_iter()
        .zip(later)
        .map(|(before, after)| {
            // Each entry's wording once, not once per pair compared; none at all when the
            // other year has nothing to compare with (every entry is then new or dropped).
            let compared = !before.is_empty() && !after.is_empty();
            let wording = |refs: &[EntryRef]| -> Vec<Wording> {
                refs.iter()
                    .map(|at| {
                        if compared {
                            Wording::of(&entries[at.entry])
                        } else {
                            Wording::default()
                        }
                    })
                    .collect()
            };
            let (before_words, after_words) = (wording(&before), wording(&after));
            let continues =
                |a: &Wording, others: &[Wording]| others.iter().any(|b| b.same_activity(a));
            let split = |refs: &[EntryRef], words: &[Wording], others: &[Wording], kept: bool| {
                refs.iter()
                    .zip(words)
                    .filter(|(_, w)| continues(w, others) == kept)
                    .map(|(at, _)| *at)
                    .collect()
            };
            ChangeCell {
                continued: split(&after, &after_words, &before_words, true),
                new: split(&after, &after_words, &before_words, false),
                dropped: split(&before, &before_words, &after_words, false),
            }
        })
        .collect()
}

/// A table (header row first, row headers first) turned on its side: columns become rows.
/// `corner` heads the new first column (what the old header row named). A chart with a
/// column per hub reads better, and draws far faster, with a row per hub once hubs number
/// in the hundreds.
pub fn transposed(rows: &[Vec<String>], corner: &str) -> Vec<Vec<String>> {
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut out: Vec<Vec<String>> = (0..width)
        .map(|col| {
            rows.iter()
                .map(|row| row.get(col).cloned().unwrap_or_default())
                .collect()
        })
        .collect();
    if let Some(first) = out.first_mut().and_then(|row| row.first_mut()) {
        *first = corner.to_string();
    }
    out
}
