//! The facts a review of a workbook read from an entry's new words, shown beside them: the
//! entry's text with each fact's words marked, and what was read from them, each with a box
//! that leaves it out (ticked, it is taken with the entry).

use std::ops::Range;

use crate::components::markup::Markup;
use crate::i18n::{event_words, times_a_year, Lang};
use crate::model::read_facts::{read_facts, Place};
use crate::model::review::FactAt;
use crate::model::Entry;

/// The line's own words (the worker writes them: none of this is in the page's wasm).
fn words(lang: Lang) -> [&'static str; 2] {
    match lang {
        Lang::Ja => ["本文から読み取った日付・回数・数（チェックを外すと取り込みません。直すときは反映の後に編集の「構造化データ」で）", "取り込む"],
        Lang::En => ["Read from the text (dates, frequencies, counts; clear a box to leave one out; correct them after applying, under the editor's structured data)", "Take"],
    }
}

/// Each fact `after` holds that was read from its words and `before` did not hold: its words
/// in the text, what it means in `lang`, and where it is in `after`'s facts.
fn read_here(
    lang: Lang,
    before: Option<&Entry>,
    after: &Entry,
) -> Vec<(Range<usize>, String, FactAt)> {
    let place = Place::of(after);
    let read = read_facts(&after.text(), place);
    let (had, now) = (
        |f: &dyn Fn(&Entry) -> bool| before.is_some_and(f),
        &after.facts,
    );
    let mut out = Vec::new();
    for e in &read.events {
        let at = now.events.iter().position(|x| *x == e.fact);
        if let Some(n) = at.filter(|_| !had(&|b| b.facts.events.contains(&e.fact))) {
            out.push((
                e.words.clone(),
                event_words(lang, &e.fact),
                FactAt::Event(n),
            ));
        }
    }
    for m in read.meetings.iter().filter(|_| place.keeps_meetings()) {
        let same = |x: &crate::model::Meeting| x.basis == m.fact.basis;
        if let Some(n) = now
            .meetings
            .iter()
            .position(same)
            .filter(|_| !had(&|b| b.facts.meetings.iter().any(same)))
        {
            let times = times_a_year(lang, m.fact.per_year, m.fact.per_year_max);
            out.push((
                m.words.clone(),
                format!("{}{}{times}", m.fact.name, lang.colon()),
                FactAt::Meeting(n),
            ));
        }
    }
    for c in &read.counts {
        let v = c.fact.value;
        let member = |e: &Entry| e.facts.members.iter().position(|x| f64::from(x.count) == v);
        let figure = |e: &Entry| e.facts.figures.iter().position(|x| x.value == v);
        let at = (member(after).map(FactAt::Member))
            .filter(|_| !had(&|b| member(b).is_some()))
            .or_else(|| {
                figure(after)
                    .map(FactAt::Figure)
                    .filter(|_| !had(&|b| figure(b).is_some()))
            });
        if let Some(at) = at {
            let about = if c.fact.approximate {
                *lang.pick(&["約", "about "])
            } else {
                ""
            };
            out.push((
                c.words.clone(),
                format!("{about}{}{}", c.fact.value, c.fact.unit),
                at,
            ));
        }
    }
    out.sort_by_key(|(words, ..)| words.start);
    out
}

/// The facts read from `after`'s new words, with the text marked, as a paragraph and a list
/// of boxes keyed `<key>.<fact>` under `hub`; nothing when there are none.
pub fn read_facts_markup(
    m: &mut Markup,
    lang: Lang,
    before: Option<&Entry>,
    after: &Entry,
    (key, hub): (&str, &str),
) {
    let shown = read_here(lang, before, after);
    if shown.is_empty() {
        return;
    }
    let text = after.text();
    let [heading, take] = words(lang);
    m.open(
        "div",
        &[("class", &"read-facts"), ("data-testid", &"read-facts")],
    );
    m.text("p", &[("class", &"read-heading")], heading);
    // The text with each fact's words marked, in the order they are written.
    m.open("p", &[("class", &"read-text"), ("lang", &"ja")]);
    let mut at = 0;
    for (words, ..) in &shown {
        if words.start < at {
            continue;
        }
        m.plain(&text[at..words.start]);
        m.text("mark", &[], &text[words.clone()]);
        at = words.end;
    }
    m.plain(&text[at..]);
    m.close("p");
    m.open("ul", &[("class", &"read-list")]);
    for (words, meaning, fact) in &shown {
        m.open("li", &[("data-testid", &"read-fact")]);
        m.open("label", &[("class", &"check")]);
        let take_key = format!("{key}.{}", fact.key());
        let name = format!("{take}{}{} → {meaning}", lang.colon(), &text[words.clone()]);
        m.empty(
            "input",
            &[
                ("type", &"checkbox"),
                ("checked", &""),
                ("data-take", &take_key),
                ("data-hub", &hub),
                ("data-testid", &"read-fact-take"),
                ("aria-label", &name),
            ],
        );
        m.text("mark", &[("lang", &"ja")], &text[words.clone()]);
        m.plain(&format!(" → {meaning}"));
        m.close("label");
        m.close("li");
    }
    m.close("ul");
    m.close("div");
}
