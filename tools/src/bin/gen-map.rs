//! Writes `data/sichuan-map.json`, the outlines of Sichuan's 21 prefectures for the work map.
//!
//!     cargo run -p skillmatch-tools --release --bin gen-map            # write the file
//!     cargo run -p skillmatch-tools --release --bin gen-map -- --check # exit 1 if stale
//!     cargo run -p skillmatch-tools --release --bin gen-map -- --stdout
//!
//! Reads the boundary package from node_modules (`npm ci` installs it) and the gazetteer from
//! `data/default-feed.json`. The output is deterministic; it is validated before writing.

#[path = "../gen_map/mod.rs"]
mod gen_map;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let repo = gen_map::repo_root();
    let out = match gen_map::build(&repo) {
        Ok(out) => out,
        Err(e) => {
            eprintln!("gen-map: {e}");
            return ExitCode::FAILURE;
        }
    };
    let feed = std::fs::read_to_string(repo.join("data/default-feed.json")).unwrap_or_default();
    let report = match gen_map::check::validate(&out, &feed) {
        Ok(report) => report,
        Err(errors) => {
            eprintln!("gen-map: the generated map fails its checks:\n{}", errors.join("\n"));
            return ExitCode::FAILURE;
        }
    };
    if args.iter().any(|a| a == "--stdout") {
        print!("{}", out);
        return ExitCode::SUCCESS;
    }
    let path = repo.join("data/sichuan-map.json");
    if args.iter().any(|a| a == "--check") {
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        if current == out {
            eprintln!("{} is up to date", path.display());
            return ExitCode::SUCCESS;
        }
        eprintln!("{} is stale: run `cargo run -p skillmatch-tools --release --bin gen-map`", path.display());
        return ExitCode::FAILURE;
    }
    if let Err(e) = std::fs::write(&path, &out) {
        eprintln!("gen-map: {}: {e}", path.display());
        return ExitCode::FAILURE;
    }
    eprintln!(
        "wrote {} ({} bytes; {} prefectures, {} points)",
        path.display(),
        out.len(),
        report.prefectures,
        report.points
    );
    ExitCode::SUCCESS
}
