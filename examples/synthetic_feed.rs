//! Writes the engine benchmarks' synthetic feed (`benches/synthetic.rs`: the default feed's
//! jobs multiplied to `n`, titles varied) as JSON files, so the in-app keystroke benchmark
//! (`scripts/bench-keystroke`) measures the app on the very feed criterion and
//! `scripts/bench-browser` measure the engine on.
//!
//! Run: `cargo run --example synthetic_feed -- <n> <dir>`. Writes
//! `<dir>/synthetic-<n>-<part>.json`, parts of at most 20,000 jobs: the app refuses a feed
//! over 16 MiB (about 27,000 of these jobs), and takes several `data=` feeds, merged in
//! order. Ids run on across parts, so the merged feed is the benchmarks' feed exactly.

use serde_json::{json, Value};
use std::path::PathBuf;

#[path = "../benches/synthetic.rs"]
mod synthetic;

const PART: usize = 20_000;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(n), Some(dir)) = (args.next().and_then(|n| n.parse::<usize>().ok()), args.next()) else {
        eprintln!("usage: synthetic_feed <n> <dir>");
        std::process::exit(2);
    };
    let dir = PathBuf::from(dir);
    std::fs::create_dir_all(&dir).expect("create the output folder");
    let feed: Value = serde_json::from_str(&synthetic::feed(n, false)).expect("the synthetic feed is JSON");
    let jobs = feed["jobs"].as_array().expect("jobs");
    for (part, chunk) in jobs.chunks(PART).enumerate() {
        let path = dir.join(format!("synthetic-{n}-{}.json", part + 1));
        let text = json!({ "skillmatch": 1, "jobs": chunk }).to_string();
        std::fs::write(&path, text).expect("write a feed part");
        println!("{}", path.display());
    }
}
