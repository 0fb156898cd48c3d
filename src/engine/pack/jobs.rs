//! A job shard's payload: the shard's distinct texts once, then its jobs, each field a
//! varint, a text index, a fixed byte or a little-endian `f64`. Written by hand rather
//! than with a serde format crate: the decoder is a few hundred bytes of wasm, and it
//! checks each value as the feed reader would (levels 1–5, real dates, only http(s) and
//! tel: links, indexes within bounds, no count larger than the bytes left).
//!
//! ```text
//! texts   count, then each: length, UTF-8 bytes
//! jobs    count, then each:
//!   id title employer category city county remoteArea wageText hours description  (text indexes)
//!   flags   varint: see the FLAG_ constants
//!   [geo]   lat f64, lon f64
//!   [wage]  min f64, max f64, unit byte (0 none, 1… WageUnit::ALL), currency (0, or 3 letters),
//!           monthly estimate (0, or 1 then f64)
//!   settlement byte (0 none, 1… Settlement::ALL), safeguards byte
//!   [headcount] varint   [posted] date   [validThrough] date   [apply] text index
//!   requires  count, then each: 0 + text index, or skill index + 1; level byte (0 none)
//!   prefersBrands  count, then each brand index
//! date = year (varint), month byte, day byte
//! ```

use crate::engine::catalog::Catalog;
use crate::engine::feed::FeedError;
use crate::engine::hash::FastSet;
use crate::engine::model::*;

pub(super) const FLAG_REMOTE: u64 = 1;
pub(super) const FLAG_HOUSING: u64 = 1 << 1;
pub(super) const FLAG_MEALS: u64 = 1 << 2;
pub(super) const FLAG_FLEXIBLE: u64 = 1 << 3;
pub(super) const FLAG_WOMEN: u64 = 1 << 4;
pub(super) const FLAG_GEO: u64 = 1 << 5;
pub(super) const FLAG_WAGE: u64 = 1 << 6;
pub(super) const FLAG_HEADCOUNT: u64 = 1 << 7;
pub(super) const FLAG_POSTED: u64 = 1 << 8;
pub(super) const FLAG_VALID: u64 = 1 << 9;
pub(super) const FLAG_APPLY: u64 = 1 << 10;

/// Reads a payload front to back; every read checks the bytes are there.
struct Cursor<'a> {
    b: &'a [u8],
}

type Read<T> = Result<T, FeedError>;

impl<'a> Cursor<'a> {
    fn byte(&mut self) -> Read<u8> {
        let (&first, rest) = self.b.split_first().ok_or(FeedError::Damaged)?;
        self.b = rest;
        Ok(first)
    }

    fn take(&mut self, n: usize) -> Read<&'a [u8]> {
        if n > self.b.len() {
            return Err(FeedError::Damaged);
        }
        let (head, rest) = self.b.split_at(n);
        self.b = rest;
        Ok(head)
    }

    fn varint(&mut self) -> Read<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(FeedError::Damaged)
    }

    /// A count of items that take at least `each` bytes: never more than the bytes left,
    /// so a damaged count cannot make the decoder reserve or loop past the shard's size.
    fn count(&mut self, each: usize) -> Read<usize> {
        let n = self.varint()?;
        if n > (self.b.len() / each.max(1)) as u64 {
            return Err(FeedError::Damaged);
        }
        Ok(n as usize)
    }

    fn index(&mut self, len: usize) -> Read<usize> {
        let i = self.varint()?;
        if i >= len as u64 {
            return Err(FeedError::Damaged);
        }
        Ok(i as usize)
    }

    fn f64(&mut self) -> Read<f64> {
        let bytes = self.take(8)?;
        let v = f64::from_le_bytes(bytes.try_into().map_err(|_| FeedError::Damaged)?);
        if v.is_finite() {
            Ok(v)
        } else {
            Err(FeedError::Damaged)
        }
    }

    fn date(&mut self) -> Read<Date> {
        let year = i32::try_from(self.varint()?).map_err(|_| FeedError::Damaged)?;
        let (month, day) = (self.byte()?, self.byte()?);
        Date::new(year, month, day).ok_or(FeedError::Damaged)
    }
}

/// Decodes a job shard against the pack's catalogue. Texts equal to one already in `pool`
/// share its allocation (the engine's invariant: equal job texts are one allocation).
pub fn decode_jobs(bytes: &[u8], cat: &Catalog, pool: &mut FastSet<SharedText>) -> Result<Vec<Job>, FeedError> {
    let mut c = Cursor { b: super::open(bytes, super::Kind::Jobs)? };
    let n = c.count(1)?;
    let mut texts: Vec<SharedText> = Vec::with_capacity(n);
    for _ in 0..n {
        let len = c.count(1)?;
        let s = std::str::from_utf8(c.take(len)?).map_err(|_| FeedError::Damaged)?;
        texts.push(match pool.get(s) {
            Some(t) => t.clone(),
            None => {
                let t: SharedText = s.into();
                pool.insert(t.clone());
                t
            }
        });
    }
    // A job takes at least 13 bytes (ten text indexes, flags, settlement, safeguards).
    let n = c.count(13)?;
    let mut jobs = Vec::with_capacity(n);
    for _ in 0..n {
        jobs.push(job(&mut c, &texts, cat)?);
    }
    if !c.b.is_empty() {
        return Err(FeedError::Damaged);
    }
    Ok(jobs)
}

fn job(c: &mut Cursor, texts: &[SharedText], cat: &Catalog) -> Read<Job> {
    let text = |c: &mut Cursor| c.index(texts.len()).map(|i| texts[i].clone());
    let mut job = Job {
        id: text(c)?,
        title: text(c)?,
        employer: text(c)?,
        category: text(c)?,
        city: text(c)?,
        county: text(c)?,
        remote_area: text(c)?,
        wage_text: text(c)?,
        hours: text(c)?,
        description: text(c)?,
        ..Job::default()
    };
    if job.id.is_empty() || job.title.is_empty() {
        return Err(FeedError::Damaged);
    }
    let flags = c.varint()?;
    let on = |f: u64| flags & f != 0;
    (job.remote, job.housing, job.meals) = (on(FLAG_REMOTE), on(FLAG_HOUSING), on(FLAG_MEALS));
    (job.flexible_hours, job.women_friendly) = (on(FLAG_FLEXIBLE), on(FLAG_WOMEN));
    if on(FLAG_GEO) {
        let (lat, lon) = (c.f64()?, c.f64()?);
        if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
            return Err(FeedError::Damaged);
        }
        job.geo = Some(Geo { lat, lon });
    }
    if on(FLAG_WAGE) {
        job.wage = Some(wage(c)?);
    }
    job.settlement = match c.byte()? {
        0 => None,
        i => Some(*Settlement::ALL.get(i as usize - 1).ok_or(FeedError::Damaged)?),
    };
    job.safeguards = Safeguards::from_bits(c.byte()?).ok_or(FeedError::Damaged)?;
    if on(FLAG_HEADCOUNT) {
        job.headcount = Some(c.varint()?.min(1_000_000) as u32);
    }
    if on(FLAG_POSTED) {
        job.posted = Some(c.date()?);
    }
    if on(FLAG_VALID) {
        job.valid_through = Some(c.date()?);
    }
    if on(FLAG_APPLY) {
        // Parsed again, not trusted: only http(s) and tel: links can exist.
        job.apply = Some(ApplyLink::parse(&text(c)?).ok_or(FeedError::Damaged)?);
    }
    let n = c.count(2)?;
    let mut requires = Vec::with_capacity(n);
    for _ in 0..n {
        let skill = match c.varint()? {
            0 => SkillRef::Text(text(c)?.to_string()),
            k if k <= cat.skills.len() as u64 => SkillRef::Known(k as u32 - 1),
            _ => return Err(FeedError::Damaged),
        };
        let level = match c.byte()? {
            0 => None,
            l => Some(Level::new(l as i64).ok_or(FeedError::Damaged)?),
        };
        requires.push(Requirement { skill, level });
    }
    job.requires = requires.into();
    let n = c.count(1)?;
    let mut brands = Vec::with_capacity(n);
    for _ in 0..n {
        brands.push(c.index(cat.brands.len())? as BrandIx);
    }
    job.prefers_brands = brands.into();
    Ok(job)
}

fn wage(c: &mut Cursor) -> Read<Wage> {
    let (min, max) = (c.f64()?, c.f64()?);
    if min < 0.0 || min > max {
        return Err(FeedError::Damaged);
    }
    let unit = match c.byte()? {
        0 => None,
        i => Some(*WageUnit::ALL.get(i as usize - 1).ok_or(FeedError::Damaged)?),
    };
    let currency = match c.byte()? {
        0 => None,
        first => {
            let rest = c.take(2)?;
            let code = [first, rest[0], rest[1]];
            Some(
                Currency::parse(std::str::from_utf8(&code).map_err(|_| FeedError::Damaged)?)
                    .ok_or(FeedError::Damaged)?,
            )
        }
    };
    let monthly_estimate = match c.byte()? {
        0 => None,
        1 => Some(c.f64()?).filter(|m| *m > 0.0),
        _ => return Err(FeedError::Damaged),
    };
    Ok(Wage { min, max, unit, currency, monthly_estimate })
}

/// Writes job shards: texts are numbered as first met, jobs appended as they come.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Default)]
pub struct JobsWriter {
    ids: crate::engine::hash::FastMap<SharedText, u32>,
    texts: Vec<u8>,
    text_count: u64,
    jobs: Vec<u8>,
    pub count: usize,
}

#[cfg(not(target_arch = "wasm32"))]
pub(super) fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

#[cfg(not(target_arch = "wasm32"))]
impl JobsWriter {
    fn text(&mut self, t: &SharedText) {
        let next = self.ids.len() as u32;
        let id = *self.ids.entry(t.clone()).or_insert_with(|| {
            put_varint(&mut self.texts, t.len() as u64);
            self.texts.extend_from_slice(t.as_bytes());
            next
        });
        self.text_count = self.ids.len() as u64;
        put_varint(&mut self.jobs, id as u64);
    }

    pub fn push(&mut self, job: &Job) {
        self.count += 1;
        for t in [
            &job.id,
            &job.title,
            &job.employer,
            &job.category,
            &job.city,
            &job.county,
            &job.remote_area,
            &job.wage_text,
            &job.hours,
            &job.description,
        ] {
            self.text(t);
        }
        let bit = |on: bool, f: u64| if on { f } else { 0 };
        let flags = bit(job.remote, FLAG_REMOTE)
            | bit(job.housing, FLAG_HOUSING)
            | bit(job.meals, FLAG_MEALS)
            | bit(job.flexible_hours, FLAG_FLEXIBLE)
            | bit(job.women_friendly, FLAG_WOMEN)
            | bit(job.geo.is_some(), FLAG_GEO)
            | bit(job.wage.is_some(), FLAG_WAGE)
            | bit(job.headcount.is_some(), FLAG_HEADCOUNT)
            | bit(job.posted.is_some(), FLAG_POSTED)
            | bit(job.valid_through.is_some(), FLAG_VALID)
            | bit(job.apply.is_some(), FLAG_APPLY);
        put_varint(&mut self.jobs, flags);
        let out = &mut self.jobs;
        if let Some(g) = job.geo {
            out.extend_from_slice(&g.lat.to_le_bytes());
            out.extend_from_slice(&g.lon.to_le_bytes());
        }
        if let Some(w) = job.wage {
            out.extend_from_slice(&w.min.to_le_bytes());
            out.extend_from_slice(&w.max.to_le_bytes());
            out.push(w.unit.and_then(|u| WageUnit::ALL.iter().position(|x| *x == u)).map_or(0, |i| i as u8 + 1));
            match w.currency {
                Some(c) => out.extend_from_slice(c.as_str().as_bytes()),
                None => out.push(0),
            }
            match w.monthly_estimate {
                Some(m) => {
                    out.push(1);
                    out.extend_from_slice(&m.to_le_bytes());
                }
                None => out.push(0),
            }
        }
        out.push(job.settlement.and_then(|s| Settlement::ALL.iter().position(|x| *x == s)).map_or(0, |i| i as u8 + 1));
        out.push(job.safeguards.bits());
        if let Some(h) = job.headcount {
            put_varint(out, h as u64);
        }
        for d in [job.posted, job.valid_through].into_iter().flatten() {
            put_varint(out, d.year.max(0) as u64);
            out.extend_from_slice(&[d.month, d.day]);
        }
        if let Some(a) = &job.apply {
            self.text(&a.href().into());
        }
        put_varint(&mut self.jobs, job.requires.len() as u64);
        for r in job.requires.iter() {
            match &r.skill {
                SkillRef::Known(k) => put_varint(&mut self.jobs, *k as u64 + 1),
                SkillRef::Text(t) => {
                    put_varint(&mut self.jobs, 0);
                    self.text(&t.as_str().into());
                }
            }
            self.jobs.push(r.level.map_or(0, Level::get));
        }
        put_varint(&mut self.jobs, job.prefers_brands.len() as u64);
        for b in job.prefers_brands.iter() {
            put_varint(&mut self.jobs, *b as u64);
        }
    }

    /// The finished shard, header and all.
    pub fn finish(self) -> Vec<u8> {
        let mut payload = Vec::with_capacity(self.texts.len() + self.jobs.len() + 20);
        put_varint(&mut payload, self.text_count);
        payload.extend_from_slice(&self.texts);
        put_varint(&mut payload, self.count as u64);
        payload.extend_from_slice(&self.jobs);
        super::write::shard(super::Kind::Jobs, &payload)
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }
}
