//! Compiles job feeds of any size into a pack (docs/PACKS.md): `DIR/manifest.json`, a
//! catalogue shard and job shards by city. `scripts/pack` runs it, then writes the
//! brotli/gzip copies.
//!
//!     cargo run -p skillmatch-tools --release --bin pack -- FEED... --out DIR [--part-jobs N]
//!
//! The work is the engine's (`skillmatch::engine::pack::build`): native feeds are streamed
//! a record at a time; schema.org JobPosting documents and web pages are read whole. Every
//! problem goes to `DIR/problems.json` (in English, with the JSON path) as it is found, a
//! summary and the progress to stderr. Files of an earlier pack in DIR that the new
//! manifest does not name are removed once the new manifest is written.

use skillmatch::engine::dataset::DEFAULT_FEED;
use skillmatch::engine::feed::{FeedError, Problem};
use skillmatch::engine::pack::build::{pack, Options, PackError, Progress, Sink, PART_JOBS};
use skillmatch::engine::pack::{kind_name, Manifest};
use skillmatch::i18n::Lang;
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let mut feeds = Vec::new();
    let (mut out, mut part_jobs) = (None, PART_JOBS);
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--out" => out = args.next().map(PathBuf::from),
            "--part-jobs" => match args.next().and_then(|n| n.parse().ok()) {
                Some(n) if n > 0 => part_jobs = n,
                _ => return usage(),
            },
            "-h" | "--help" => return usage(),
            _ => feeds.push(PathBuf::from(a)),
        }
    }
    let Some(out) = out.filter(|_| !feeds.is_empty()) else { return usage() };
    match run(&feeds, &out, part_jobs) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("pack: {e}");
            ExitCode::FAILURE
        }
    }
}

fn usage() -> ExitCode {
    eprintln!(
        "usage: scripts/pack FEED... --out DIR [--part-jobs N]   (N jobs per shard at most; default {PART_JOBS})"
    );
    ExitCode::from(2)
}

/// Writes shards into the output folder.
struct Folder(PathBuf);

impl Sink for Folder {
    fn write(&mut self, name: &str, bytes: &[u8]) -> io::Result<()> {
        std::fs::write(self.0.join(name), bytes)
    }
}

/// Streams problems into `problems.json`, counts them by kind, and reports progress.
struct Report<'a> {
    out: BufWriter<File>,
    first: bool,
    by_kind: BTreeMap<&'static str, usize>,
    feeds: &'a [PathBuf],
    started: Instant,
    next_progress: usize,
    error: Option<io::Error>,
}

impl Progress for Report<'_> {
    fn problem(&mut self, p: &Problem) {
        *self.by_kind.entry(kind_name(&p.kind)).or_default() += 1;
        let entry = serde_json::json!({
            "feed": p.feed.checked_sub(1).and_then(|f| self.feeds.get(f)).map(|f| f.display().to_string()),
            "list": p.list.key(),
            "record": p.record,
            "id": p.id,
            "path": p.path,
            "kind": kind_name(&p.kind),
            "problem": Lang::En.texts().problem(&p.kind),
            "skipped": p.skipped,
        });
        let sep = if std::mem::take(&mut self.first) { "\n" } else { ",\n" };
        if let Err(e) = write!(self.out, "{sep}{entry}") {
            self.error.get_or_insert(e);
        }
    }

    fn jobs(&mut self, done: usize) {
        if done >= self.next_progress {
            eprintln!("pack: {done} jobs packed ({:.1} s)", self.started.elapsed().as_secs_f64());
            self.next_progress = done + 100_000;
        }
    }
}

fn run(feeds: &[PathBuf], out: &Path, part_jobs: usize) -> io::Result<ExitCode> {
    std::fs::create_dir_all(out)?;
    for f in feeds {
        if !f.is_file() {
            return Err(io::Error::new(io::ErrorKind::NotFound, format!("{} is not a file", f.display())));
        }
    }
    let started = Instant::now();
    let mut problems = BufWriter::new(File::create(out.join("problems.json"))?);
    problems.write_all(b"[")?;
    let mut report = Report {
        out: problems,
        first: true,
        by_kind: BTreeMap::new(),
        feeds,
        started,
        next_progress: 100_000,
        error: None,
    };
    let open = |i: usize| -> io::Result<Box<dyn Read>> { Ok(Box::new(File::open(&feeds[i])?)) };
    let result =
        pack(DEFAULT_FEED.as_bytes(), feeds.len(), &open, Options { part_jobs }, &mut Folder(out.into()), &mut report);
    report.out.write_all(b"\n]\n")?;
    report.out.flush()?;
    if let Some(e) = report.error {
        return Err(e);
    }
    let why = |e: &FeedError| Lang::En.texts().feed_failed("", e);
    let summary = match result {
        Ok(s) => s,
        Err(PackError::Io(e)) => return Err(e),
        Err(PackError::NoJobs(failed)) => {
            for (f, e) in failed {
                eprintln!("pack: {}: {}", feeds[f].display(), why(&e));
            }
            eprintln!("pack: no feed gave any job; nothing was written but problems.json");
            return Ok(ExitCode::FAILURE);
        }
    };
    for (f, e) in &summary.failed {
        eprintln!("pack: warning: {} gave no jobs: {}", feeds[*f].display(), why(e));
    }
    eprintln!(
        "pack: {} jobs in {} shards, {:.1} s; {} problems ({} records skipped) in {}",
        summary.jobs,
        summary.shards,
        started.elapsed().as_secs_f64(),
        summary.problems.total(),
        summary.problems.skipped(),
        out.join("problems.json").display()
    );
    for (kind, n) in &report.by_kind {
        eprintln!("pack:   {n:>8} {kind}");
    }
    remove_stale(out)?;
    Ok(ExitCode::SUCCESS)
}

/// Removes shards (and their compressed copies) of an earlier pack in the same folder.
fn remove_stale(out: &Path) -> io::Result<()> {
    let manifest = Manifest::parse(&std::fs::read(out.join("manifest.json"))?)
        .map_err(|e| io::Error::other(format!("the manifest just written cannot be read: {e:?}")))?;
    let keep: Vec<&str> =
        manifest.shards.iter().map(|s| s.file.as_str()).chain([manifest.catalogue.file.as_str()]).collect();
    for entry in std::fs::read_dir(out)? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        let base = name.trim_end_matches(".br").trim_end_matches(".gz");
        if base.ends_with(".smpk") && !keep.contains(&base) {
            std::fs::remove_file(out.join(&name))?;
        }
    }
    Ok(())
}
