//! The facts a review of a workbook read from an entry's new words, shown beside them: the
//! entry's text with each fact's words marked, and what was read from them.

use crate::components::markup::Markup;
use crate::i18n::{event_words, times_a_year, Lang};
use crate::model::read_facts::{read_facts, Place, ReadFacts};
use crate::model::Entry;

/// The line's own words (the worker writes them: none of this is in the page's wasm).
fn heading(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "本文から読み取った日付・回数・数（カレンダーとグラフに入ります。直すときは反映の後に編集の「構造化データ」で）",
        Lang::En => "Read from the text (dates, frequencies, counts; they go into the calendar and charts; correct them after applying, under the editor's structured data)",
    }
}

/// What one read fact means, in `lang`.
fn meanings(
    lang: Lang,
    read: &ReadFacts,
    wanted: &dyn Fn(usize, usize) -> bool,
) -> Vec<(std::ops::Range<usize>, String)> {
    let mut out = Vec::new();
    for (i, e) in read.events.iter().enumerate() {
        if !wanted(0, i) {
            continue;
        }
        out.push((e.words.clone(), event_words(lang, &e.fact)));
    }
    for (i, m) in read.meetings.iter().enumerate() {
        if !wanted(1, i) {
            continue;
        }
        let times = times_a_year(lang, m.fact.per_year, m.fact.per_year_max);
        out.push((
            m.words.clone(),
            format!("{}{}{times}", m.fact.name, lang.colon()),
        ));
    }
    for (i, c) in read.counts.iter().enumerate() {
        if wanted(2, i) {
            let about = if c.fact.approximate {
                lang.pick(&["約", "about "])
            } else {
                &""
            };
            out.push((
                c.words.clone(),
                format!("{about}{}{}", c.fact.value, c.fact.unit),
            ));
        }
    }
    out
}

/// The facts `after` holds that were read from its words and that `before` did not hold,
/// with the text marked, as a paragraph and a list; nothing when there are none.
pub fn read_facts_markup(m: &mut Markup, lang: Lang, before: Option<&Entry>, after: &Entry) {
    let place = Place::of(after);
    let text = after.text();
    let read = read_facts(&text, place);
    let had = |f: &dyn Fn(&Entry) -> bool| before.is_some_and(f);
    let kept = &after.facts;
    let wanted = |kind: usize, i: usize| match kind {
        0 => {
            let e = &read.events[i].fact;
            kept.events.contains(e) && !had(&|b| b.facts.events.contains(e))
        }
        1 => {
            let same = |x: &crate::model::Meeting| x.basis == read.meetings[i].fact.basis;
            place.keeps_meetings()
                && kept.meetings.iter().any(same)
                && !had(&|b| b.facts.meetings.iter().any(same))
        }
        _ => {
            let v = read.counts[i].fact.value;
            let holds = |e: &Entry| {
                e.facts.members.iter().any(|x| f64::from(x.count) == v)
                    || e.facts.figures.iter().any(|x| x.value == v)
            };
            holds(after) && !had(&holds)
        }
    };
    let mut shown = meanings(lang, &read, &wanted);
    if shown.is_empty() {
        return;
    }
    m.open(
        "div",
        &[("class", &"read-facts"), ("data-testid", &"read-facts")],
    );
    m.text("p", &[("class", &"read-heading")], heading(lang));
    // The text with each fact's words marked, in the order they are written.
    shown.sort_by_key(|(words, _)| words.start);
    m.open("p", &[("class", &"read-text"), ("lang", &"ja")]);
    let mut at = 0;
    for (words, _) in &shown {
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
    for (words, meaning) in &shown {
        m.open("li", &[("data-testid", &"read-fact")]);
        m.text("mark", &[("lang", &"ja")], &text[words.clone()]);
        m.plain(&format!(" → {meaning}"));
        m.close("li");
    }
    m.close("ul");
    m.close("div");
}
