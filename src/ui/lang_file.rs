//! Fetching the English file (`i18n::file`) in the default build: once per page, however
//! many widgets ask (one wasm instance serves them all), and again only after a failure.

use crate::i18n::{file, Lang};
use crate::ui::loader;
use std::cell::{Cell, RefCell};

/// The file is about 9 KB; anything far larger is not it.
const MAX_BYTES: usize = 256 * 1024;

/// Told whether the fetch made English ready.
type Waiter = Box<dyn FnOnce(bool)>;

thread_local! {
    /// Who waits for the fetch under way (`None`: none is).
    static WAITING: RefCell<Option<Vec<Waiter>>> = const { RefCell::new(None) };
    /// The last fetch failed (and none is under way).
    static FAILED: Cell<bool> = const { Cell::new(false) };
}

/// Where the file is: `i18n/` beside the default feed's folder (Trunk copies `data/` and
/// `i18n/` into `dist/`; an embed's default feed is relative to embed.js, and so is this).
/// Split at '/' only, like `loader::map_url`: a text pattern would bring a substring
/// searcher into the download.
pub fn url(default_feed: &str) -> String {
    let folder = default_feed.rsplit_once('/').map_or("", |(folder, _)| folder);
    let mut url = String::from(folder.rsplit_once('/').map_or("", |(base, _)| base));
    if !url.is_empty() {
        url.push('/');
    }
    url.push_str("i18n/");
    url.push_str(file::EN_FILE_NAME);
    url
}

/// Makes English ready, then calls `done` with whether it is: at once when it already is,
/// else when the page's one fetch of `url` (started now unless one is under way) ends.
pub fn request(url: String, done: impl FnOnce(bool) + 'static) {
    if Lang::En.ready() {
        done(true);
        return;
    }
    let first = WAITING.with(|w| {
        let mut w = w.borrow_mut();
        let first = w.is_none();
        w.get_or_insert_with(Vec::new).push(Box::new(done));
        first
    });
    if first {
        yew::platform::spawn_local(async move {
            let ok = match loader::fetch(&url, MAX_BYTES).await {
                Ok((bytes, _)) => std::str::from_utf8(&bytes).is_ok_and(|text| file::load_english(text).is_ok()),
                Err(_) => false,
            };
            FAILED.set(!ok);
            for done in WAITING.take().into_iter().flatten() {
                done(ok);
            }
        });
    }
}

/// The page's last fetch of the file failed (a widget starting now shows that, with a
/// retry, rather than fetching again by itself).
pub fn failed() -> bool {
    FAILED.get() && WAITING.with(|w| w.borrow().is_none())
}
