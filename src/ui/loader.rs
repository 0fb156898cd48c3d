//! Fetching the `data=` feeds. Network and HTTP failures become messages the UI shows
//! with a retry; the feeds' own problems come from the engine.

use crate::engine::dataset::Dataset;
use crate::engine::feed::LoadOptions;
use std::rc::Rc;

/// One feed that could not be fetched.
#[derive(Clone, Debug, PartialEq)]
pub struct FetchError {
    pub url: String,
    pub detail: String,
}

/// Where the default feed sits, relative to the page (Trunk copies it into `dist/data/`).
pub const DEFAULT_FEED_URL: &str = "data/default-feed.json";

/// Fetches the default feed and every `data=` feed, in order, then loads them.
/// What a load produced: the data, and whether any of it came from the offline cache.
pub struct Loaded {
    pub data: Rc<Dataset>,
    pub stale: bool,
}

/// `inline` feeds (texts) come after the fetched ones.
pub async fn load(default_url: String, urls: Vec<String>, inline: Vec<String>) -> Result<Loaded, Vec<FetchError>> {
    let mut errors = Vec::new();
    let mut stale = false;
    let default = match fetch(&default_url).await {
        Ok((bytes, cached)) => {
            stale |= cached;
            bytes
        }
        Err(detail) => {
            errors.push(FetchError { url: default_url, detail });
            Vec::new()
        }
    };
    let mut bodies = Vec::with_capacity(urls.len());
    for url in urls {
        match fetch(&url).await {
            Ok((bytes, cached)) => {
                stale |= cached;
                bodies.push(bytes)
            }
            Err(detail) => errors.push(FetchError { url, detail }),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut slices: Vec<&[u8]> = bodies.iter().map(Vec::as_slice).collect();
    slices.extend(inline.iter().map(|t| t.as_bytes()));
    Ok(Loaded { data: Rc::new(Dataset::load_over(&default, &slices, LoadOptions::default())), stale })
}

/// The body, and whether the service worker answered from its offline copy.
async fn fetch(url: &str) -> Result<(Vec<u8>, bool), String> {
    let response = gloo::net::http::Request::get(url).send().await.map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let stale = response.headers().get("x-skillmatch-stale").is_some();
    Ok((response.binary().await.map_err(|e| e.to_string())?, stale))
}
