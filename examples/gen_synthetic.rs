//! Writes one synthetic native feed of `n` jobs over Sichuan's 21 cities and prefectures
//! (the benchmarks' generator, `benches/synthetic.rs`: the default feed's jobs with their
//! skills, levels, wages and dates, titles and employers varied, cities spread evenly),
//! streamed to the file a job at a time, so a million jobs (about 270 MB) need no more
//! memory than ten. `scripts/gen-synthetic N OUT` runs it; the pack benchmark and
//! `tests/e2e/packs.test.mjs` use it.

use std::io::{BufWriter, Write};

#[path = "../benches/synthetic.rs"]
mod synthetic;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(n), Some(out)) = (args.next().and_then(|n| n.parse::<usize>().ok()), args.next()) else {
        eprintln!("usage: gen_synthetic <n> <out.json>");
        std::process::exit(2);
    };
    let file = std::fs::File::create(&out).unwrap_or_else(|e| panic!("cannot write {out}: {e}"));
    let mut w = BufWriter::with_capacity(1 << 20, file);
    let mut result = w.write_all(br#"{"skillmatch":1,"jobs":["#);
    let mut first = true;
    synthetic::each_job(n, false, false, |job| {
        if result.is_ok() {
            let sep: &[u8] = if std::mem::take(&mut first) { b"\n" } else { b",\n" };
            result = w.write_all(sep).and_then(|_| serde_json::to_writer(&mut w, &job).map_err(Into::into));
        }
    });
    result = result.and_then(|_| w.write_all(b"\n]}\n")).and_then(|_| w.flush());
    if let Err(e) = result {
        eprintln!("gen_synthetic: cannot write {out}: {e}");
        std::process::exit(1);
    }
}
