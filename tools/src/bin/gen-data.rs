//! Writes `data/default-feed.json`, SkillMatch's embedded demo feed.
//!
//!     cargo run -p skillmatch-tools --release --bin gen-data            # write the file
//!     cargo run -p skillmatch-tools --release --bin gen-data -- --check # exit 1 if stale
//!     cargo run -p skillmatch-tools --release --bin gen-data -- --stdout
//!
//! The output is deterministic: a fixed-seed SplitMix64 stream, ordered tables, no clock.
//! Before writing, the feed is re-read and validated (`gen_data::check`); any problem aborts
//! the run (`GEN_DATA_LENIENT=1` downgrades that to a warning while editing the tables).

#[path = "../gen_data/mod.rs"]
mod gen_data;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let out = gen_data::build();
    let report = gen_data::check::validate(&out.text);
    let planted: Vec<&str> = out.jobs.iter().filter(|j| j.scam).map(|j| &*j.id).collect();
    assert_eq!(planted, report.scam_ids, "scam-pattern postings and scam wording disagree");

    if args.iter().any(|a| a == "--stdout") {
        print!("{}", out.text);
        return ExitCode::SUCCESS;
    }
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data/default-feed.json");
    if args.iter().any(|a| a == "--check") {
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        if current == out.text {
            eprintln!("{} is up to date", path.display());
            return ExitCode::SUCCESS;
        }
        eprintln!("{} is stale: run `cargo run -p skillmatch-tools --release --bin gen-data`", path.display());
        return ExitCode::FAILURE;
    }
    std::fs::create_dir_all(path.parent().unwrap()).expect("create data/");
    std::fs::write(&path, &out.text).expect("write feed");
    eprintln!("{}", report.summary);
    eprintln!("wrote {} ({} bytes)", path.display(), out.text.len());
    ExitCode::SUCCESS
}
