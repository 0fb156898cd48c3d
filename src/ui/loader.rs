//! Fetching feeds: the default feed, the `data=` feeds and a host page's JSON-LD, each with a
//! size limit (refused by `Content-Length`, or as soon as the body passes it) and a time
//! limit (no answer, or a body that stalls). A feed that cannot be fetched becomes a
//! [`FeedError`] like one that cannot be read; the others still load.

use crate::engine::dataset::{Assembly, Dataset, Indexing, Source};
use crate::engine::feed::{self, FeedError, LoadOptions, Origin, DEFAULT_MAX_BYTES};
use crate::engine::pack::Manifest;
use crate::ui::pack::{self, PackRef};
use js_sys::Uint8Array;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Where the default feed sits, relative to the page (Trunk copies it into `dist/data/`).
pub const DEFAULT_FEED_URL: &str = "data/default-feed.json";

/// The work map's outlines sit beside the default feed (Trunk copies both into `dist/data/`;
/// an embed's default feed is relative to embed.js, and so is this).
pub fn map_url(default_feed: &str) -> String {
    match default_feed.rsplit_once('/') {
        Some((dir, _)) => format!("{dir}/sichuan-map.json"),
        None => "sichuan-map.json".to_string(),
    }
}

/// How long a feed may take to answer, and how long its body may stall between chunks.
const STALL_MS: u32 = 30_000;

/// A feed as the user knows it: its address, or the page the widget is embedded in.
#[derive(Clone, Debug, PartialEq)]
pub enum FeedName {
    Url(String),
    HostPage,
    /// A pack's job shard, by its city (already in the interface's language).
    Shard(String),
}

/// What a load produced: the data, whether any of it came from the offline cache, and the
/// feeds that gave nothing (with why).
#[derive(Clone)]
pub struct Loaded {
    pub data: Rc<Dataset>,
    pub stale: bool,
    pub failures: Rc<Vec<(FeedName, FeedError)>>,
    /// The pack, when the feed was a pack's manifest: its job shards are still to come.
    pub pack: Option<PackRef>,
}

/// Fetches the default feed and every `data=` feed, then loads them with `inline` feeds
/// (the host page's JSON-LD texts, published at `page`) after the fetched ones. `current`
/// says whether this load is still wanted: a newer one (a retry, the embed's new `data`)
/// stops it between slices, so two loads never share the main thread for long. `None`:
/// stopped.
pub async fn load(
    default_url: String,
    urls: Vec<String>,
    inline: Vec<String>,
    page: Option<String>,
    current: impl Fn() -> bool,
) -> Option<Loaded> {
    mark("skillmatch:load");
    let mut stale = false;
    let mut failures = Vec::new();
    // A pack's manifest as the first feed: the pack is loaded alone and with no default
    // feed (its catalogue shard carries the places, skills, brands and courses).
    let mut first = None;
    if let Some(url) = urls.first() {
        let body = fetch(url, DEFAULT_MAX_BYTES).await;
        if let Ok((bytes, cached)) = &body {
            if Manifest::is_manifest(bytes) {
                // Whatever else was named is said not to be read, not silently dropped. (A
                // host page's JSON-LD is never beside a pack: the embed reads it only when
                // no `data` is given.)
                let beside = urls[1..].iter().map(|u| (FeedName::Url(u.clone()), FeedError::BesidePack)).collect();
                return Some(pack::load(url, bytes, *cached, beside).await);
            }
        }
        first = Some(body);
    }
    let default = match fetch(&default_url, DEFAULT_MAX_BYTES).await {
        Ok((bytes, cached)) => {
            stale |= cached;
            bytes
        }
        Err(e) => {
            failures.push((FeedName::Url(default_url), e));
            Vec::new()
        }
    };
    let mut names = Vec::with_capacity(urls.len() + inline.len());
    let mut bodies = Vec::with_capacity(urls.len());
    for url in urls {
        let body = match first.take() {
            Some(body) => body,
            None => fetch(&url, DEFAULT_MAX_BYTES).await,
        };
        let body = body.map(|(bytes, cached)| {
            stale |= cached;
            bytes
        });
        bodies.push(body);
        names.push(FeedName::Url(url));
    }
    let origin = Origin { page: page.as_deref() };
    let mut sources: Vec<Source> = bodies
        .iter()
        .map(|b| Source { bytes: b.as_ref().map(Vec::as_slice).map_err(Clone::clone), origin: Origin::default() })
        .collect();
    for text in &inline {
        sources.push(Source { bytes: Ok(text.as_bytes()), origin });
        names.push(FeedName::HostPage);
    }
    // Reading is sliced, indexing takes a task per part and the first render one of its own,
    // with the browser free to paint and take input between them: no task of the start-up
    // should block input for long (Lighthouse counts any over 50 ms at 4× CPU).
    mark("skillmatch:fetched");
    yield_to_browser().await;
    let mut assembly = Assembly::new(&default, &sources, load_options());
    let mut slices = Slicer::default();
    while !slices.run(|bytes| assembly.step(bytes)) {
        yield_to_browser().await;
        if !current() {
            return None;
        }
    }
    // Merging the feeds into one catalogue is a task of its own too.
    yield_to_browser().await;
    let indexing = assembly.finish().indexing();
    mark("skillmatch:read");
    let data = index_in_tasks(indexing).await;
    mark("skillmatch:indexed");
    failures.extend(data.failed_feeds().map(|(i, e)| (names[i].clone(), e.clone())));
    // (The widget's starting state and first render follow, each a task: ui::app.)
    Some(Loaded { data: Rc::new(data), stale, failures: Rc::new(failures), pack: None })
}

/// How feeds are read: JobPosting data in full, or, in the default build (feature
/// `jobposting` off), only recognised, to be handed over to the full build (ui::app). Only
/// naming the reader here links it into the wasm.
fn load_options() -> LoadOptions {
    #[cfg(feature = "jobposting")]
    let postings = feed::read_postings;
    #[cfg(not(feature = "jobposting"))]
    let postings = feed::recognise_postings;
    LoadOptions { max_bytes: DEFAULT_MAX_BYTES, postings }
}

/// A load that gave nothing: `url` failed with `error`, and `beside` (the feeds named with
/// a pack) were not read.
pub fn failed(url: &str, error: FeedError, stale: bool, beside: Vec<(FeedName, FeedError)>) -> Loaded {
    let failures = std::iter::once((FeedName::Url(url.to_string()), error)).chain(beside).collect();
    Loaded { data: Rc::default(), stale, failures: Rc::new(failures), pack: None }
}

/// Derives a dataset a part per task ([`Indexing`]), yielding to the browser before each.
pub async fn index_in_tasks(mut indexing: Indexing) -> Dataset {
    loop {
        yield_to_browser().await;
        if indexing.step() {
            return indexing.finish();
        }
    }
}

/// How long one slice of a sliced piece of work should take, in milliseconds of this
/// device's time: well under the 50 ms at which a task counts as blocking input, with room
/// for a phone to be slower than the last slice suggested.
const SLICE_MS: f64 = 8.0;

/// Sizes the slices of a long piece of work (reading feeds, in bytes) so that each takes
/// about [`SLICE_MS`]: the first is small, each next one scaled by how long the last took.
struct Slicer {
    units: usize,
}

impl Default for Slicer {
    fn default() -> Self {
        // A first guess, a few milliseconds of reading at 4× CPU on this project's machines;
        // the slices after it are sized by measurement.
        Slicer { units: 16 * 1024 }
    }
}

impl Slicer {
    /// Runs one slice of `work` (given how many units it may do); true when it is all done.
    fn run(&mut self, work: impl FnOnce(usize) -> bool) -> bool {
        let start = now_ms();
        let done = work(self.units);
        let took = now_ms() - start;
        // A slice that ended early (at the end of a feed or of its top level) says little:
        // grow at most 2× a step (4× made a slice after two such ends 30 ms at 4× CPU).
        let scaled = self.units as f64 * SLICE_MS / took.max(SLICE_MS / 2.0);
        self.units = (scaled as usize).clamp(1024, 64 << 20);
        done
    }
}

fn now_ms() -> f64 {
    gloo::utils::window().performance().map_or(0.0, |p| p.now())
}

/// A user-timing mark: where a load's steps end, in DevTools' Performance panel and in the
/// traces `bench/trace.mjs` reads.
pub fn mark(name: &str) {
    if let Some(p) = gloo::utils::window().performance() {
        let _ = p.mark(name);
    }
}

/// Ends the current task; the rest runs in a new one (after any pending input and paint).
/// `scheduler.yield()` where the browser has it: a chain of zero timeouts is clamped to 4 ms
/// each after the fifth, which a feed read in a few hundred slices would pay every time.
pub async fn yield_to_browser() {
    match scheduler_yield() {
        Some(promise) => {
            let _ = JsFuture::from(promise).await;
        }
        None => yew::platform::time::sleep(std::time::Duration::ZERO).await,
    }
}

fn scheduler_yield() -> Option<js_sys::Promise> {
    let scheduler = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("scheduler")).ok()?;
    let yield_fn = js_sys::Reflect::get(&scheduler, &JsValue::from_str("yield")).ok()?;
    let yield_fn: &js_sys::Function = yield_fn.dyn_ref()?;
    yield_fn.call0(&scheduler).ok()?.dyn_into().ok()
}

/// Resolves after the browser has painted the next frame (a task after the frame's
/// animation callbacks): what follows cannot delay what was rendered before from showing.
pub async fn after_next_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let then_task = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = gloo::utils::window().set_timeout_with_callback(&resolve);
        });
        let _ = gloo::utils::window().request_animation_frame(then_task.unchecked_ref());
    });
    let _ = JsFuture::from(promise).await;
}

/// The body (at most `limit` bytes), and whether the service worker answered from its
/// offline copy.
pub async fn fetch(url: &str, limit: usize) -> Result<(Vec<u8>, bool), FeedError> {
    let controller = web_sys::AbortController::new().map_err(|_| FeedError::Network)?;
    let init = web_sys::RequestInit::new();
    init.set_signal(Some(&controller.signal()));
    let timed_out = Rc::new(std::cell::Cell::new(false));
    // Aborts the request once nothing has arrived for STALL_MS (up to a quarter more): one
    // timer for the whole fetch, looking four times a period at a count that the answer and
    // each chunk of the body bump (a timer set and cleared per chunk was 0.3 KB more of the
    // download, brotli).
    let arrived = Rc::new(std::cell::Cell::new(0u32));
    let _watch = {
        let (controller, timed_out, arrived) = (controller.clone(), timed_out.clone(), arrived.clone());
        let (mut seen, mut quiet) = (0, 0);
        gloo::timers::callback::Interval::new(STALL_MS / 4, move || {
            quiet = if arrived.get() == seen { quiet + 1 } else { 0 };
            seen = arrived.get();
            if quiet == 4 {
                timed_out.set(true);
                controller.abort();
            }
        })
    };
    let fail =
        |timed_out: &std::cell::Cell<bool>| if timed_out.get() { FeedError::Timeout } else { FeedError::Network };
    let promise = gloo::utils::window().fetch_with_str_and_init(url, &init);
    let response: web_sys::Response =
        JsFuture::from(promise).await.map_err(|_| fail(&timed_out))?.dyn_into().map_err(|_| FeedError::Network)?;
    arrived.set(arrived.get().wrapping_add(1));
    if !response.ok() {
        return Err(FeedError::Http { status: response.status() });
    }
    let header = |name: &str| response.headers().get(name).ok().flatten();
    let stale = header("x-skillmatch-stale").is_some();
    if let Some(len) = header("content-length").and_then(|l| l.trim().parse::<usize>().ok()) {
        if len > limit {
            controller.abort();
            return Err(FeedError::TooLarge { bytes: len, limit });
        }
    }
    let Some(body) = response.body() else { return Ok((Vec::new(), stale)) };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(|_| fail(&timed_out))?;
        if js_sys::Reflect::get(&chunk, &JsValue::from_str("done")).is_ok_and(|d| d.is_truthy()) {
            break;
        }
        let value = js_sys::Reflect::get(&chunk, &JsValue::from_str("value")).map_err(|_| FeedError::Network)?;
        let array: Uint8Array = value.dyn_into().map_err(|_| FeedError::Network)?;
        let at = bytes.len();
        if at + array.length() as usize > limit {
            controller.abort();
            return Err(FeedError::TooLarge { bytes: at + array.length() as usize, limit });
        }
        bytes.resize(at + array.length() as usize, 0);
        array.copy_to(&mut bytes[at..]);
        arrived.set(arrived.get().wrapping_add(1));
    }
    Ok((bytes, stale))
}
