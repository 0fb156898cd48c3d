//! 哪里有活 / Where the work is: per-city figures for the map view, so a worker weighing
//! home against Chengdu, Zigong or going out of province sees how many jobs each place has for
//! them and what they pay.
//!
//! The contract: a city's `jobs` is exactly the result count the job list shows with the city
//! filter set to that city ([`Filters::with_city`], which also clears the county) and the same
//! other filters, query, profile and day. The figures therefore use the list's own rules —
//! [`Filters::admits_anywhere`] for every filter but the place, [`filter_city`] for the city
//! rule, [`for_each_match`] for the search — rather than a copy of them. One consequence:
//! remote jobs pass every city filter, so they count in every city (and `remote` says how
//! many of each city's jobs they are). The current city and county filters themselves are
//! ignored: the map is where the worker chooses a city.

use crate::engine::dataset::Dataset;
use crate::engine::hash::{position, FastMap, NumMap, NO_POSITION};
use crate::engine::profile::Resolved;
use crate::engine::stats::median;
use crate::engine::text::index::Scratch;
use crate::engine::text::query::Query;
use crate::engine::view::{filter_city, for_each_match, FilterCity, Filters};

/// One gazetteer city's figures.
#[derive(Clone, Debug, PartialEq)]
pub struct CityFigures {
    /// The city: an index into `ds.catalog().places` (its `code` joins the map's outline).
    pub place: u32,
    /// The job list's count with the city filter set here, remote jobs included.
    pub jobs: usize,
    /// How many of those jobs have a comparable monthly wage (in `Dataset::currency`).
    pub with_wage: usize,
    /// The median monthly midpoint of those, in `Dataset::currency`; `None` without any.
    pub median_wage: Option<f64>,
}

/// The work map's figures under one profile, filters, query and day.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WorkMap {
    /// Per gazetteer city, in `ds.catalog().places` order.
    pub cities: Vec<CityFigures>,
    /// Remote jobs: counted in every city's figures.
    pub remote: usize,
    /// Jobs (not remote) in no gazetteer city: out of province, or a place the gazetteer does
    /// not know or none. No city filter shows them, but the list without one does.
    pub elsewhere: usize,
    pub elsewhere_with_wage: usize,
    pub elsewhere_median_wage: Option<f64>,
}

impl WorkMap {
    /// The figures of the city with this GB/T 2260 code (the map file's key).
    pub fn by_code(&self, ds: &Dataset, code: &str) -> Option<&CityFigures> {
        self.cities.iter().find(|c| ds.catalog().places.get(c.place as usize).is_some_and(|p| p.code == code))
    }

    /// A city's jobs that are there rather than remote (for shading cities apart).
    pub fn local(&self, city: &CityFigures) -> usize {
        // Saturating: figures from another map must not panic, only read wrong.
        city.jobs.saturating_sub(self.remote)
    }

    /// The job list's count with no city filter: every city's own jobs, the remote ones once,
    /// and those elsewhere.
    pub fn total(&self) -> usize {
        self.cities.iter().map(|c| self.local(c)).sum::<usize>() + self.remote + self.elsewhere
    }

    /// How strongly to shade `city`, 0 (no jobs there) to [`SHADES`], by its own jobs
    /// against the busiest city's: remote jobs count everywhere alike, so they would only
    /// wash every city towards the same colour.
    pub fn shade(&self, city: &CityFigures) -> u8 {
        let max = self.cities.iter().map(|c| self.local(c)).max().unwrap_or(0);
        shade(self.local(city), max)
    }

    /// The cities in the table's order: most jobs first, ties in gazetteer order.
    pub fn by_jobs(&self) -> Vec<&CityFigures> {
        let mut out: Vec<&CityFigures> = self.cities.iter().collect();
        crate::engine::order::sort_by(&mut out, |a, b| b.jobs.cmp(&a.jobs).then(a.place.cmp(&b.place)));
        out
    }
}

/// Shades of the map: few, so that each step can be told apart (also in dark mode).
pub const SHADES: u8 = 5;

/// `n` jobs against a maximum of `max`, quantised to 1..=[`SHADES`] on a square-root scale
/// (rounding up, so one job is never shaded as none); 0 for none. Square root, not linear:
/// Chengdu alone has several times the jobs of any other city, and a linear scale would
/// shade all the others alike; the order of shades still follows the order of counts.
pub fn shade(n: usize, max: usize) -> u8 {
    if n == 0 || max == 0 {
        return 0;
    }
    let s = (SHADES as f64 * (n.min(max) as f64 / max as f64).sqrt()).ceil();
    (s as u8).clamp(1, SHADES)
}

/// The figures, in one pass over the jobs the query matches (one search). Recompute when the
/// profile, filters, query or day change, not per render.
pub fn work_map(
    ds: &Dataset,
    worker: &Resolved,
    filters: &Filters,
    query: &Query,
    today: i64,
    scratch: &mut Scratch,
) -> WorkMap {
    let places = &ds.catalog().places;
    // Place names are unique in a catalogue (places merge by name); the first would win.
    let mut by_name: FastMap<&str, u32> = FastMap::default();
    for (i, p) in places.iter().enumerate() {
        by_name.entry(p.name.as_str()).or_insert(i as u32);
    }
    // Equal job texts are one allocation: each distinct city text is looked up once, then
    // found by its address (hashing a pointer, not the name, for every job).
    // `NO_POSITION`: a city outside the gazetteer.
    let mut city_of = NumMap::default();
    let mut jobs = vec![0usize; places.len()];
    let mut local_wages: Vec<(u32, f64)> = Vec::new();
    let mut remote_wages: Vec<f64> = Vec::new();
    let mut elsewhere_wages: Vec<f64> = Vec::new();
    let (mut remote, mut elsewhere) = (0, 0);
    for_each_match(ds, query, scratch, |job, _| {
        let ix = job as usize;
        if !filters.admits_anywhere(ds, ix, worker, today) {
            return;
        }
        let wage = ds.facts(ix).monthly_mid();
        match filter_city(ds, ix) {
            FilterCity::Every => {
                remote += 1;
                remote_wages.extend(wage);
            }
            FilterCity::Only(city) => {
                let found = city_of
                    .entry(city.as_ptr() as usize)
                    .or_insert_with(|| by_name.get(city).copied().unwrap_or(NO_POSITION));
                match position(*found) {
                    Some(p) => {
                        jobs[p as usize] += 1;
                        local_wages.extend(wage.map(|w| (p, w)));
                    }
                    None => {
                        elsewhere += 1;
                        elsewhere_wages.extend(wage);
                    }
                }
            }
        }
    });
    // Wages grouped by city (a counting sort: one pass to size the groups, one to fill).
    let mut start = vec![0usize; places.len() + 1];
    for (p, _) in &local_wages {
        start[*p as usize + 1] += 1;
    }
    for p in 0..places.len() {
        start[p + 1] += start[p];
    }
    let mut grouped = vec![0.0; local_wages.len()];
    let mut next = start.clone();
    for (p, w) in &local_wages {
        grouped[next[*p as usize]] = *w;
        next[*p as usize] += 1;
    }
    // A city's median takes the remote jobs' wages along, as its list shows them too.
    let mut scratch_wages: Vec<f64> = Vec::new();
    let cities = jobs
        .iter()
        .enumerate()
        .map(|(p, &n)| {
            let own = &grouped[start[p]..start[p + 1]];
            scratch_wages.clear();
            scratch_wages.extend_from_slice(own);
            scratch_wages.extend_from_slice(&remote_wages);
            CityFigures {
                place: p as u32,
                jobs: n + remote,
                with_wage: scratch_wages.len(),
                median_wage: median(&scratch_wages),
            }
        })
        .collect();
    WorkMap {
        cities,
        remote,
        elsewhere,
        elsewhere_with_wage: elsewhere_wages.len(),
        elsewhere_median_wage: median(&elsewhere_wages),
    }
}
