//! Native benchmarks of the model at 6, 600 and 1,741 hubs (about 100k entries):
//! loading, folding and search, facet counting, chart aggregation. `cargo bench`.
//! The synthetic reports come from the same generator as `cargo run --bin synth`.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::process::Command;

    use criterion::{black_box, BenchmarkId, Criterion};
    use renkei::model::filter::{
        apply_facets, apply_filter, count_facets, facet_counts, filter_and_count, Filter,
        SearchIndex, SearchMatches,
    };
    use renkei::model::stats::{
        calendar, category_heatmap, change_matrix, theme_coverage, ChangeSpan,
    };
    use renkei::model::{FiscalYear, Report};

    /// The synthetic report's JSON for `hubs` hubs (6 means the bundled report).
    fn dataset(hubs: usize) -> String {
        if hubs == 6 {
            return renkei::model::BUNDLED_JSON.to_string();
        }
        let out = Command::new(env!("CARGO"))
            .args([
                "run",
                "--quiet",
                "--release",
                "--bin",
                "synth",
                "--",
                "--hubs",
                &hubs.to_string(),
                "--seed",
                "1",
            ])
            .output()
            .expect("the synth generator runs");
        String::from_utf8(out.stdout).expect("synth writes UTF-8")
    }

    pub fn benches(c: &mut Criterion) {
        for hubs in [6usize, 600, 1741] {
            let json = dataset(hubs);
            let report = Report::from_json(&json).expect("synthetic data is valid");
            let index = SearchIndex::build(&report);
            let all = apply_filter(&report, &index, &Filter::default());
            let mut group =
                c.benchmark_group(format!("{hubs} hubs ({} entries)", report.entry_count()));
            group.sample_size(10);
            group.bench_function(BenchmarkId::new("load", hubs), |b| {
                b.iter(|| Report::from_json(black_box(&json)).unwrap())
            });
            group.bench_function(BenchmarkId::new("fold index", hubs), |b| {
                b.iter(|| SearchIndex::build(black_box(&report)))
            });
            let search = Filter {
                query: "ぶるーかーど 急変".into(),
                ..Filter::default()
            };
            group.bench_function(BenchmarkId::new("search", hubs), |b| {
                b.iter(|| apply_filter(&report, &index, black_box(&search)))
            });
            // The first key typed: one character, found in many entries, every text scanned.
            let one_char = Filter {
                query: "急".into(),
                ..Filter::default()
            };
            group.bench_function(BenchmarkId::new("search one character", hubs), |b| {
                b.iter(|| apply_filter(&report, &index, black_box(&one_char)))
            });
            // The next key: the previous matches are narrowed, as typing on does.
            let first = SearchMatches::find(&report, &index, "急", &Default::default(), None);
            group.bench_function(BenchmarkId::new("search, next character", hubs), |b| {
                b.iter(|| {
                    SearchMatches::find(
                        &report,
                        &index,
                        black_box("急変"),
                        &Default::default(),
                        Some(&first),
                    )
                })
            });
            let themed = Filter {
                themes: ["disaster".to_string()].into(),
                ..Filter::default()
            };
            group.bench_function(BenchmarkId::new("facet counts", hubs), |b| {
                b.iter(|| facet_counts(&report, &index, black_box(&themed)))
            });
            // What a facet click costs once the text search is kept: results and counts.
            let everything = SearchMatches::find(&report, &index, "", &Default::default(), None);
            group.bench_function(BenchmarkId::new("facets on kept matches", hubs), |b| {
                b.iter(|| {
                    (
                        apply_facets(&report, &index, &everything, black_box(&themed)),
                        count_facets(&report, &index, &everything, &themed),
                    )
                })
            });
            // What the entries view runs on every input: shown entries and counts in one pass,
            // with no facet chosen (typing) and with one (a click).
            group.bench_function(BenchmarkId::new("filter and count, no facet", hubs), |b| {
                b.iter(|| {
                    filter_and_count(&report, &index, &everything, black_box(&Filter::default()))
                })
            });
            group.bench_function(BenchmarkId::new("filter and count, one theme", hubs), |b| {
                b.iter(|| filter_and_count(&report, &index, &everything, black_box(&themed)))
            });
            // The fact reader over every entry's text: what reading a whole returned workbook
            // of every hub costs (divide by the entries for the cost of one).
            group.bench_function(BenchmarkId::new("read facts of every entry", hubs), |b| {
                b.iter(|| {
                    let mut read = 0;
                    for e in report.hubs.iter().flat_map(|h| &h.entries) {
                        let place = renkei::model::read_facts::Place::of(e);
                        read += renkei::model::read_facts::read_facts(black_box(&e.text()), place)
                            .events
                            .len();
                    }
                    read
                })
            });
            group.bench_function(BenchmarkId::new("year change, 40 hubs drawn", hubs), |b| {
                b.iter(|| {
                    change_matrix(
                        &report,
                        black_box(&all),
                        ChangeSpan::year_after(FiscalYear(2024)),
                        0..hubs.min(40),
                    )
                })
            });
            group.bench_function(BenchmarkId::new("charts", hubs), |b| {
                b.iter(|| {
                    (
                        category_heatmap(&report, black_box(&all)),
                        theme_coverage(&report, &index, &all),
                        calendar(&report, &all, FiscalYear(2025)),
                    )
                })
            });
            group.finish();
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_group!(benches, native::benches);
#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
