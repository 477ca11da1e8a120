//! The fact reader measured: recall and precision of months, days, frequencies and counts on
//! a corpus written for it (`tests/corpus/facts.json`, not the report's words) and on every
//! fact entered by hand for the bundled report. Each miss is printed, so a change to the
//! rules shows what it gains and loses.
#![cfg(not(target_arch = "wasm32"))]

use renkei::model::read_facts::{read_facts, Place, ReadFacts};
use renkei::model::search::fold;
use renkei::model::{Category, EventStatus, Facts, FiscalYear, Report, Section};

/// What is compared for one kind of fact: the expected and read keys of every sentence.
#[derive(Default)]
struct Tally {
    expected: usize,
    read: usize,
    right: usize,
    misses: Vec<String>,
}

impl Tally {
    /// Compares one sentence's keys as multisets.
    fn add(&mut self, text: &str, expected: Vec<String>, read: Vec<String>) {
        self.expected += expected.len();
        self.read += read.len();
        let mut left = read.clone();
        for e in &expected {
            match left.iter().position(|r| r == e) {
                Some(i) => {
                    left.remove(i);
                    self.right += 1;
                }
                None => self.misses.push(format!("missed {e} in {text}")),
            }
        }
        for r in left {
            self.misses.push(format!("wrongly read {r} in {text}"));
        }
    }

    fn recall(&self) -> f64 {
        if self.expected == 0 {
            1.0
        } else {
            self.right as f64 / self.expected as f64
        }
    }

    fn precision(&self) -> f64 {
        if self.read == 0 {
            1.0
        } else {
            self.right as f64 / self.read as f64
        }
    }

    /// Prints the figures and misses, and checks both figures reach `floor`.
    fn report(&self, name: &str, floor: f64) {
        println!(
            "{name}: recall {:.3} ({}/{}), precision {:.3} ({}/{})",
            self.recall(),
            self.right,
            self.expected,
            self.precision(),
            self.right,
            self.read
        );
        for m in &self.misses {
            println!("  {m}");
        }
        assert!(
            self.recall() >= floor && self.precision() >= floor,
            "{name} below {floor}"
        );
    }
}

/// The four kinds measured.
#[derive(Default)]
struct Tallies {
    months: Tally,
    statuses: Tally,
    days: Tally,
    frequencies: Tally,
    counts: Tally,
}

fn status(s: EventStatus) -> &'static str {
    match s {
        EventStatus::Done => "done",
        EventStatus::Planned => "planned",
    }
}

/// Each month of each event (a span gives each of its months).
fn months(facts: &Facts, with_status: bool) -> Vec<String> {
    let mut out = Vec::new();
    for e in &facts.events {
        let last = e.end_month.unwrap_or(e.month);
        let mut m = e.month;
        loop {
            out.push(if with_status {
                format!("{}/{} {}", e.fiscal_year.0, m, status(e.status))
            } else {
                format!("{}/{}", e.fiscal_year.0, m)
            });
            if m == last {
                break;
            }
            m = m % 12 + 1;
        }
    }
    out
}

fn days(facts: &Facts) -> Vec<String> {
    (facts.events.iter())
        .filter_map(|e| e.day.map(|d| format!("{}/{d}", e.month)))
        .collect()
}

fn frequencies(read: &ReadFacts) -> Vec<String> {
    (read.meetings.iter())
        .map(|m| format!("{}-{}", m.fact.per_year, m.fact.per_year_max))
        .collect()
}

fn counts(read: &ReadFacts, with_unit: bool) -> Vec<String> {
    (read.counts.iter())
        .map(|c| {
            let c = &c.fact;
            if with_unit {
                format!(
                    "{}{}{}",
                    if c.approximate { "約" } else { "" },
                    c.value,
                    fold(&c.unit)
                )
            } else {
                format!("{}", c.value)
            }
        })
        .collect()
}

fn section(id: &str) -> Section {
    Section::from_id(id).expect("a section id")
}

#[test]
fn on_the_corpus_each_kind_of_fact_is_read_with_recall_and_precision_of_at_least_0_9() {
    let corpus: serde_json::Value =
        serde_json::from_str(include_str!("corpus/facts.json")).expect("the corpus is JSON");
    let sentences = corpus["sentences"].as_array().expect("sentences");
    assert!(sentences.len() >= 60, "at least 60 sentences");
    let mut t = Tallies::default();
    let list = |v: &serde_json::Value| -> Vec<Vec<serde_json::Value>> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_array().unwrap().clone())
            .collect()
    };
    for s in sentences {
        let text = s["text"].as_str().unwrap();
        let place = Place {
            section: section(s["section"].as_str().unwrap()),
            fiscal_year: FiscalYear(s["fiscal_year"].as_u64().unwrap() as u16),
            category: Category::new(1).unwrap(),
        };
        let read = read_facts(text, place);
        let facts = read.to_facts(place);
        let expected_months = list(&s["months"]);
        t.months.add(
            text,
            expected_months
                .iter()
                .map(|m| format!("{}/{}", m[0], m[1]))
                .collect(),
            months(&facts, false),
        );
        t.statuses.add(
            text,
            expected_months
                .iter()
                .map(|m| format!("{}/{} {}", m[0], m[1], m[2].as_str().unwrap()))
                .collect(),
            months(&facts, true),
        );
        t.days.add(
            text,
            list(&s["days"])
                .iter()
                .map(|d| format!("{}/{}", d[0], d[1]))
                .collect(),
            days(&facts),
        );
        t.frequencies.add(
            text,
            list(&s["frequencies"])
                .iter()
                .map(|f| format!("{}-{}", f[0], f[1]))
                .collect(),
            frequencies(&read),
        );
        t.counts.add(
            text,
            list(&s["counts"])
                .iter()
                .map(|c| {
                    let approx = if c[2].as_bool().unwrap() { "約" } else { "" };
                    format!(
                        "{approx}{}{}",
                        c[0].as_f64().unwrap(),
                        fold(c[1].as_str().unwrap())
                    )
                })
                .collect(),
            counts(&read, true),
        );
    }
    t.months.report("corpus months", 0.9);
    t.statuses.report("corpus months with done/planned", 0.9);
    t.days.report("corpus days", 0.9);
    t.frequencies.report("corpus frequencies", 0.9);
    t.counts.report("corpus counts", 0.9);
}

#[test]
fn on_the_bundled_report_every_hand_entered_fact_is_read_back() {
    let r = Report::bundled();
    let mut t = Tallies::default();
    for hub in &r.hubs {
        for e in &hub.entries {
            let text = e.text();
            let place = Place::of(e);
            let read = read_facts(&text, place);
            let facts = read.to_facts(place);
            let name = format!("{} {}", e.id, text.chars().take(50).collect::<String>());
            t.months
                .add(&name, months(&e.facts, false), months(&facts, false));
            t.statuses
                .add(&name, months(&e.facts, true), months(&facts, true));
            t.days.add(&name, days(&e.facts), days(&facts));
            // As stored: the hand entry keeps a meeting in its ① entry of results and plans.
            let kept = |f: &Facts| -> Vec<String> {
                (f.meetings.iter())
                    .map(|m| format!("{}-{}", m.per_year, m.per_year))
                    .collect()
            };
            t.frequencies.add(&name, kept(&e.facts), kept(&facts));
            let hand: Vec<String> = (e.facts.members.iter().map(|m| format!("{}", m.count)))
                .chain(e.facts.figures.iter().map(|f| format!("{}", f.value)))
                .collect();
            t.counts.add(&name, hand, counts(&read, false));
        }
    }
    t.months.report("report months", 0.95);
    t.statuses.report("report months with done/planned", 0.95);
    t.days.report("report days", 0.95);
    t.frequencies.report("report frequencies", 0.95);
    t.counts.report("report counts", 0.95);
}

#[test]
fn each_fact_keeps_the_words_it_was_read_from() {
    let place = Place {
        section: Section::Progress,
        fiscal_year: FiscalYear(2026),
        category: Category::new(1).unwrap(),
    };
    let text = "① 連携会議（８月、１２月除く毎月）。11月8日に研修会を開催し、約170名が参加した。";
    let read = read_facts(text, place);
    let words = |r: &std::ops::Range<usize>| &text[r.clone()];
    assert_eq!(words(&read.meetings[0].words), "８月、１２月除く毎月");
    assert_eq!(read.meetings[0].fact.per_year, 10);
    assert_eq!(read.events.len(), 1, "the excluded months are no events");
    assert_eq!(words(&read.events[0].words), "11月8日");
    assert_eq!(read.events[0].fact.status, EventStatus::Done);
    assert_eq!(words(&read.counts[0].words), "約170名");
    // Nothing from words that are no such facts.
    for none in [
        "24時間体制を整えた。",
        "2025年問題に備える。",
        "第3期計画。",
        "平成24年から続く。",
        "４つのテーマで検討。",
        "第１回会議を開いた。",
    ] {
        assert!(read_facts(none, place).is_empty(), "{none}");
    }
}

#[test]
fn a_typed_fact_outlives_words_that_no_longer_state_it_and_a_range_is_kept() {
    use renkei::model::read_facts::add_read;
    let place = Place {
        section: Section::Plan,
        fiscal_year: FiscalYear(2026),
        category: Category::new(1).unwrap(),
    };
    let read = read_facts("① 訪問看護連絡会（月1～2回）", place).to_facts(place);
    assert_eq!(
        (read.meetings[0].per_year, read.meetings[0].per_year_max),
        (12, Some(24))
    );
    let mut typed = read.clone();
    typed.meetings[0].typed = true;
    typed.meetings[0].per_year = 18;
    // Reworded: the words no longer give the frequency; the typed one stays, read ones go.
    let kept = typed.still_stated("① 訪問看護連絡会（随時）");
    assert_eq!(kept.meetings, typed.meetings);
    assert!(read
        .still_stated("① 訪問看護連絡会（随時）")
        .meetings
        .is_empty());
    // Reading again never replaces it.
    assert_eq!(add_read(&typed, &read).meetings, typed.meetings);
    // Schema version 1 and 2 have neither mark nor range.
    let old = typed.without_schema_3();
    assert!(!old.meetings[0].typed && old.meetings[0].per_year_max.is_none());
}

#[test]
fn theme_suggestions_are_measured_on_the_report_and_the_corpus() {
    use renkei::model::themes::suggest_themes;
    // Against the themes a person tagged on the bundled report.
    let (mut right, mut suggested, mut tagged) = (0, 0, 0);
    for e in Report::bundled().hubs.iter().flat_map(|h| &h.entries) {
        let s = suggest_themes(&e.text());
        suggested += s.len();
        tagged += e.themes.len();
        right += s.iter().filter(|t| e.has_theme(t)).count();
    }
    let (recall, precision) = (
        right as f64 / tagged as f64,
        right as f64 / suggested as f64,
    );
    println!("theme suggestions on the report: recall {recall:.3} ({right}/{tagged}), precision {precision:.3} ({right}/{suggested})");
    assert!(
        precision >= 0.95,
        "a suggestion is a theme a person would tag"
    );
    // The corpus carries no theme tags: how many of its new lines get any suggestion at all.
    let corpus: serde_json::Value =
        serde_json::from_str(include_str!("corpus/facts.json")).unwrap();
    let texts: Vec<&str> = (corpus["sentences"].as_array().unwrap().iter())
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    let with = texts
        .iter()
        .filter(|t| !suggest_themes(t).is_empty())
        .count();
    println!(
        "theme suggestions on the corpus: {with} of {} sentences get one",
        texts.len()
    );
}

#[test]
fn any_text_is_read_without_a_panic_and_every_span_lies_in_it() {
    // Pieces the rules look at, shuffled by a fixed generator: a hub may type anything.
    const PIECES: [&str; 32] = [
        "月", "年", "日", "回", "名", "約", "第", "令和", "元", "年度", "除く", "毎月", "隔月",
        "（", "）", "、", "。", "～", "から", "予定", "開催", "会議", "1", "12", "３", "十一",
        "2026", ".", ",", "ー", "「", "%",
    ];
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for section in Section::ALL {
        for _ in 0..2_000 {
            let len = (next() % 24) as usize;
            let text: String = (0..len).map(|_| PIECES[(next() % 32) as usize]).collect();
            let place = Place {
                section,
                fiscal_year: FiscalYear(2026),
                category: Category::new(1).unwrap(),
            };
            let read = read_facts(&text, place);
            let spans = (read.events.iter().map(|e| e.words.clone()))
                .chain(read.meetings.iter().map(|m| m.words.clone()))
                .chain(read.counts.iter().map(|c| c.words.clone()));
            for s in spans {
                assert!(text.get(s.clone()).is_some(), "{s:?} in {text}");
            }
            for e in &read.to_facts(place).events {
                assert!((1..=12).contains(&e.month), "{text}");
            }
        }
    }
}
