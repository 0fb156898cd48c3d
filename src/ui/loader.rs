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

/// Fetches every feed, in order, then loads them over the embedded default.
pub async fn load(urls: Vec<String>) -> Result<Rc<Dataset>, Vec<FetchError>> {
    let mut bodies = Vec::with_capacity(urls.len());
    let mut errors = Vec::new();
    for url in urls {
        match fetch(&url).await {
            Ok(bytes) => bodies.push(bytes),
            Err(detail) => errors.push(FetchError { url, detail }),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let slices: Vec<&[u8]> = bodies.iter().map(Vec::as_slice).collect();
    Ok(Rc::new(Dataset::load(&slices, LoadOptions::default())))
}

async fn fetch(url: &str) -> Result<Vec<u8>, String> {
    let response = gloo::net::http::Request::get(url).send().await.map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    response.binary().await.map_err(|e| e.to_string())
}
