//! Generates a synthetic report in the bundled schema, for benchmarks at scale:
//! `cargo run --bin synth -- --hubs 1741 --seed 1 > all-japan.json`.
//!
//! Each hub is built from the real report's entries (text, themes, facts), recombined so that
//! text lengths, theme mix and dated events look like the real thing; about 57 entries a hub
//! gives roughly 100k entries for every municipality in Japan (1,741).

use renkei::model::{Entry, Hub, Report};

/// A small deterministic generator (xorshift64*), so a seed always gives the same file.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Options from the command line.
struct Options {
    hubs: usize,
    seed: u64,
}

fn options() -> Result<Options, String> {
    let mut opts = Options { hubs: 600, seed: 1 };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next().ok_or(format!("{arg} needs a value"))?;
        match arg.as_str() {
            "--hubs" => {
                opts.hubs = value
                    .parse()
                    .map_err(|_| format!("--hubs: not a number: {value}"))?
            }
            "--seed" => {
                opts.seed = value
                    .parse()
                    .map_err(|_| format!("--seed: not a number: {value}"))?
            }
            _ => return Err(format!("unknown option {arg} (use --hubs N --seed S)")),
        }
    }
    Ok(opts)
}

/// One synthetic hub, numbered `n`, from the real hubs' entries.
fn hub(n: usize, real: &[Hub], pool: &[&Entry], rng: &mut Rng) -> Hub {
    let template = &real[rng.below(real.len())];
    let id = format!("synth-{n:04}");
    let area = format!("合成市{n}");
    let mut entries = Vec::new();
    let target = 45 + rng.below(25);
    for i in 0..target {
        let mut e = pool[rng.below(pool.len())].clone();
        e.id = format!("{id}-{}-{}-{:03}", e.fiscal_year.0, e.section.id(), i + 1);
        // Vary the text a little so entries are not byte-identical across hubs.
        if let Some(first) = e.paragraphs.first_mut() {
            first.push_str(&format!("（{area}）"));
        }
        entries.push(e);
    }
    Hub {
        id,
        document: template.document.clone(),
        area: area.clone(),
        municipalities: vec![area],
        organisation: format!("合成市{n}医師会"),
        contractors: template.contractors.clone(),
        sections: template.sections.clone(),
        entries,
    }
}

fn main() {
    let opts = match options() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("synth: {e}");
            std::process::exit(2);
        }
    };
    let real = Report::bundled();
    let pool: Vec<&Entry> = real.hubs.iter().flat_map(|h| &h.entries).collect();
    let mut rng = Rng(opts.seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut report = real.clone();
    report.title = format!("{}（合成データ {} 拠点）", real.title, opts.hubs);
    report.hubs = (1..=opts.hubs)
        .map(|n| hub(n, &real.hubs, &pool, &mut rng))
        .collect();
    print!("{}", report.to_json());
}
