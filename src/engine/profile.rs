//! The worker's profile: the contract's JSON format (skills with levels, brand certificates,
//! home place, wage wish) plus needs, and its resolution against a catalogue.

use crate::engine::catalog::Catalog;
use crate::engine::model::*;
use crate::engine::score::place_key;
use serde_json::{json, Map, Value};

/// A skill as the worker states it: by id or by name (resolved like feed text).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProfileSkill {
    pub id: Option<String>,
    pub name: Option<String>,
    /// 1 = 五级/初级工 … 5 = 一级/高级技师; absent for 专项职业能力 or self-declared.
    pub level: Option<u8>,
}

impl ProfileSkill {
    /// What names this skill in the profile: its id, else its name. Edits address a skill by
    /// this key (the editor's rows are keyed by it).
    pub fn key(&self) -> &str {
        self.id.as_deref().or(self.name.as_deref()).unwrap_or_default()
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WageWish {
    pub min: f64,
    pub unit: WageUnitName,
}

/// The wage unit as written in profiles (`"month"`), kept separate from the engine enum so
/// the profile's JSON stays the documented strings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WageUnitName {
    Hour,
    Day,
    Week,
    Month,
    Year,
    Piece,
}

impl From<WageUnitName> for WageUnit {
    fn from(u: WageUnitName) -> Self {
        match u {
            WageUnitName::Hour => WageUnit::Hour,
            WageUnitName::Day => WageUnit::Day,
            WageUnitName::Week => WageUnit::Week,
            WageUnitName::Month => WageUnit::Month,
            WageUnitName::Year => WageUnit::Year,
            WageUnitName::Piece => WageUnit::Piece,
        }
    }
}

impl From<WageUnit> for WageUnitName {
    fn from(u: WageUnit) -> Self {
        match u {
            WageUnit::Hour => WageUnitName::Hour,
            WageUnit::Day => WageUnitName::Day,
            WageUnit::Week => WageUnitName::Week,
            WageUnit::Month => WageUnitName::Month,
            WageUnit::Year => WageUnitName::Year,
            WageUnit::Piece => WageUnitName::Piece,
        }
    }
}

/// What the worker needs from a job or a course.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Need {
    Housing,
    FlexibleHours,
    /// Returning to work after childbirth: women-friendly jobs and 产后再就业 courses.
    WomenReturner,
    /// Rural youth: e-commerce training (农村青年电商培育).
    RuralYouth,
}

impl Need {
    pub const ALL: [Need; 4] = [Need::Housing, Need::FlexibleHours, Need::WomenReturner, Need::RuralYouth];

    /// The profile JSON's name of the need.
    pub fn as_str(self) -> &'static str {
        match self {
            Need::Housing => "housing",
            Need::FlexibleHours => "flexibleHours",
            Need::WomenReturner => "womenReturner",
            Need::RuralYouth => "ruralYouth",
        }
    }

    pub fn parse(s: &str) -> Option<Need> {
        Need::ALL.into_iter().find(|n| n.as_str() == s)
    }
}

/// The worker's profile in the contract's JSON format. Fields this version does not know
/// (written by a newer version, or by a portal) are kept in `extra` and written back, so
/// saving never loses them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Profile {
    pub skills: Vec<ProfileSkill>,
    pub brands: Vec<String>,
    pub city: String,
    pub county: String,
    pub wage: Option<WageWish>,
    pub settlement: Vec<Settlement>,
    pub needs: Vec<Need>,
    /// How far from home the worker will travel daily (km).
    pub max_km: Option<f64>,
    /// Willing to move for work: place then matters little.
    pub willing_to_move: bool,
    /// Fields this version does not read, as they were.
    pub extra: Map<String, Value>,
}

/// The fields [`Profile::from_json`] reads; every other one goes to `extra`.
const KNOWN_FIELDS: [&str; 9] =
    ["skills", "brands", "city", "county", "wage", "settlement", "needs", "maxKm", "willingToMove"];

/// Something in a profile that could not be used; the rest of the profile still applies.
#[derive(Clone, Debug, PartialEq)]
pub enum ProfileProblem {
    NotJson,
    /// The saved value was damaged (cut short, or junk after it): what came before the damage
    /// was read, the rest lost.
    Damaged,
    /// A field with a value it cannot have (path, e.g. `skills[2].level`).
    Invalid {
        path: String,
    },
    UnknownSkill {
        reference: String,
    },
    UnknownBrand {
        reference: String,
    },
    UnknownPlace {
        name: String,
    },
}

impl Profile {
    pub fn is_empty(&self) -> bool {
        self.skills.is_empty() && self.brands.is_empty() && self.city.is_empty() && self.wage.is_none()
    }

    /// Reads a profile leniently: unknown fields are ignored, each invalid value is
    /// reported and left out, never failing the whole profile unless it is not JSON.
    /// Like [`Profile::from_json`], but a value cut short or followed by junk is read up to
    /// its last complete element (reported as `Damaged`): for a saved profile, where losing
    /// the readable skills, brands and place would be worse than keeping them.
    pub fn salvage(text: &str) -> (Profile, Vec<ProfileProblem>) {
        let (profile, problems) = Profile::from_json(text);
        if problems != [ProfileProblem::NotJson] {
            return (profile, problems);
        }
        match crate::engine::salvage::close_truncated_json(text) {
            Some(repaired) => {
                let (profile, mut problems) = Profile::from_json(&repaired);
                problems.insert(0, ProfileProblem::Damaged);
                (profile, problems)
            }
            None => (profile, problems),
        }
    }

    pub fn from_json(text: &str) -> (Profile, Vec<ProfileProblem>) {
        let mut problems = Vec::new();
        let Ok(v) = serde_json::from_str::<Value>(text) else {
            return (Profile::default(), vec![ProfileProblem::NotJson]);
        };
        let Some(o) = v.as_object() else {
            return (Profile::default(), vec![ProfileProblem::Invalid { path: "$".into() }]);
        };
        let mut p = Profile::default();
        let mut invalid = |path: String| problems.push(ProfileProblem::Invalid { path });
        let text_of = |v: &Value| v.as_str().map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        if let Some(list) = o.get("skills") {
            for (i, s) in list.as_array().map(Vec::as_slice).unwrap_or_default().iter().enumerate() {
                let (id, name) = match s {
                    Value::String(_) => (None, text_of(s)),
                    Value::Object(m) => (m.get("id").and_then(text_of), m.get("name").and_then(text_of)),
                    _ => (None, None),
                };
                if id.is_none() && name.is_none() {
                    invalid(format!("skills[{i}]"));
                    continue;
                }
                let level = match s.get("level") {
                    None | Some(Value::Null) => None,
                    Some(l) => match l.as_f64().or_else(|| l.as_str().and_then(crate::engine::text::parse_decimal)) {
                        Some(n) if n.fract() == 0.0 && (1.0..=5.0).contains(&n) => Some(n as u8),
                        _ => {
                            invalid(format!("skills[{i}].level"));
                            None
                        }
                    },
                };
                p.skills.push(ProfileSkill { id, name, level });
            }
            if !list.is_array() {
                invalid("skills".into());
            }
        }
        if let Some(list) = o.get("brands") {
            match list.as_array() {
                Some(items) => p.brands = items.iter().filter_map(text_of).collect(),
                None => invalid("brands".into()),
            }
        }
        p.city = o.get("city").and_then(text_of).unwrap_or_default();
        p.county = o.get("county").and_then(text_of).unwrap_or_default();
        if let Some(w) = o.get("wage") {
            let min = w
                .get("min")
                .and_then(|m| m.as_f64().or_else(|| m.as_str().and_then(crate::engine::text::parse_decimal)));
            let unit = w.get("unit").and_then(Value::as_str).map(WageUnit::parse);
            match (min, unit) {
                (Some(min), Some(Some(unit))) if min >= 0.0 && min.is_finite() => {
                    p.wage = Some(WageWish { min, unit: unit.into() })
                }
                (Some(min), None) if min >= 0.0 && min.is_finite() => {
                    p.wage = Some(WageWish { min, unit: WageUnitName::Month })
                }
                _ => invalid("wage".into()),
            }
        }
        for s in o.get("settlement").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default() {
            match s.as_str().and_then(Settlement::parse) {
                Some(x) if !p.settlement.contains(&x) => p.settlement.push(x),
                Some(_) => {}
                None => invalid("settlement".into()),
            }
        }
        for n in o.get("needs").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default() {
            match n.as_str().and_then(Need::parse) {
                Some(need) if !p.needs.contains(&need) => p.needs.push(need),
                Some(_) => {}
                None => invalid("needs".into()),
            }
        }
        match o.get("maxKm") {
            None | Some(Value::Null) => {}
            Some(v) => match v.as_f64() {
                Some(km) if km > 0.0 && km.is_finite() => p.max_km = Some(km),
                _ => invalid("maxKm".into()),
            },
        }
        match o.get("willingToMove") {
            None | Some(Value::Null) => {}
            Some(Value::Bool(b)) => p.willing_to_move = *b,
            Some(_) => invalid("willingToMove".into()),
        }
        p.extra = o
            .iter()
            .filter(|(k, _)| !KNOWN_FIELDS.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        (p, problems)
    }

    /// The contract's JSON: only what is set, plus the fields this version did not read.
    pub fn to_json(&self) -> String {
        let mut o = self.extra.clone();
        let mut set = |key: &str, value: Value| {
            o.insert(key.into(), value);
        };
        if !self.skills.is_empty() {
            let skills = self.skills.iter().map(|s| {
                let mut skill = Map::new();
                for (k, v) in [("id", &s.id), ("name", &s.name)] {
                    if let Some(v) = v {
                        skill.insert(k.into(), json!(v));
                    }
                }
                if let Some(l) = s.level {
                    skill.insert("level".into(), json!(l));
                }
                Value::Object(skill)
            });
            set("skills", Value::Array(skills.collect()));
        }
        if !self.brands.is_empty() {
            set("brands", json!(self.brands));
        }
        for (key, place) in [("city", &self.city), ("county", &self.county)] {
            if !place.is_empty() {
                set(key, json!(place));
            }
        }
        if let Some(w) = self.wage {
            set("wage", json!({"min": w.min, "unit": WageUnit::from(w.unit).as_str()}));
        }
        if !self.settlement.is_empty() {
            set("settlement", Value::Array(self.settlement.iter().map(|x| json!(x.as_str())).collect()));
        }
        if !self.needs.is_empty() {
            set("needs", Value::Array(self.needs.iter().map(|n| json!(n.as_str())).collect()));
        }
        if let Some(km) = self.max_km {
            set("maxKm", json!(km));
        }
        if self.willing_to_move {
            set("willingToMove", json!(true));
        }
        Value::Object(o).to_string()
    }

    /// Resolves names against `cat`; what does not resolve is reported and ignored.
    pub fn resolve(&self, cat: &Catalog) -> (Resolved, Vec<ProfileProblem>) {
        let mut problems = Vec::new();
        let mut held = HeldSkills(vec![None; cat.skills.len()]);
        for s in &self.skills {
            match cat.profile_skill(s) {
                Some(ix) => held.raise(ix, s.level.and_then(|l| Level::new(l as i64))),
                None => problems.push(ProfileProblem::UnknownSkill { reference: s.key().to_string() }),
            }
        }
        let mut brands = Vec::new();
        for b in &self.brands {
            match cat.find_brand(b) {
                Some(ix) => {
                    if !brands.contains(&ix) {
                        brands.push(ix);
                    }
                    // A brand certificate attests its skills (at its level, if it names one).
                    for a in &cat.brands[ix as usize].attests {
                        held.raise(a.skill, a.level);
                    }
                }
                None => problems.push(ProfileProblem::UnknownBrand { reference: b.clone() }),
            }
        }
        let (mut city, mut county, mut geo) = (None, None, None);
        if let Some((p, c)) = cat
            .county(&self.county)
            .filter(|(p, _)| self.city.is_empty() || cat.city(&self.city).is_some_and(|x| x.name == p.name))
        {
            city = Some(p.name.clone());
            county = Some(c.name.clone());
            geo = c.geo.or(p.geo);
        } else if !self.county.is_empty() {
            problems.push(ProfileProblem::UnknownPlace { name: self.county.clone() });
        }
        if city.is_none() {
            match cat.city(&self.city) {
                Some(p) => {
                    city = Some(p.name.clone());
                    geo = p.geo;
                }
                None if !self.city.is_empty() => {
                    problems.push(ProfileProblem::UnknownPlace { name: self.city.clone() })
                }
                None => {}
            }
        }
        let wage_monthly = self.wage.and_then(|w| WageUnit::from(w.unit).per_month().map(|f| w.min * f));
        let resolved = Resolved {
            held,
            brands,
            city_key: city.as_deref().map_or(0, place_key),
            county_key: county.as_deref().map_or(0, place_key),
            geo_cos: geo.map_or(1.0, Geo::cos_lat),
            city,
            county,
            geo,
            wage_monthly,
            settlement: self.settlement.clone(),
            needs: self.needs.clone(),
            max_km: self.max_km,
            willing_to_move: self.willing_to_move,
        };
        (resolved, problems)
    }
}

/// How much of each catalogue skill a worker holds, by skill index: `None` not held,
/// `Some(level)` held (`Some(None)`: held without a level).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HeldSkills(Vec<Option<Held>>);

impl HeldSkills {
    pub fn get(&self, ix: SkillIx) -> Option<Held> {
        self.0.get(ix as usize).copied().flatten()
    }

    /// Records `level` of skill `ix`, keeping the higher when it is held already.
    fn raise(&mut self, ix: SkillIx, level: Held) {
        if let Some(slot) = self.0.get_mut(ix as usize) {
            *slot = Some(slot.map_or(level, |h| h.max(level)));
        }
    }
}

/// A profile in catalogue terms, ready for scoring.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Resolved {
    pub held: HeldSkills,
    pub brands: Vec<BrandIx>,
    pub city: Option<String>,
    pub county: Option<String>,
    pub geo: Option<Geo>,
    /// `place_key` of `city` and `county` (0: none) and `cos` of the home latitude,
    /// precomputed for scoring.
    pub city_key: u64,
    pub county_key: u64,
    pub geo_cos: f64,
    pub wage_monthly: Option<f64>,
    pub settlement: Vec<Settlement>,
    pub needs: Vec<Need>,
    pub max_km: Option<f64>,
    pub willing_to_move: bool,
}

impl Resolved {
    pub fn held(&self, ix: SkillIx) -> Option<Held> {
        self.held.get(ix)
    }
    /// The worker named at least one skill the catalogue knows.
    pub fn has_skills(&self) -> bool {
        self.held.0.iter().any(Option::is_some)
    }
    pub fn needs(&self, n: Need) -> bool {
        self.needs.contains(&n)
    }
    /// Nothing to match on: no skill, brand, home, wage wish or need. Then there is no match
    /// to show, and the list follows its default order.
    pub fn is_empty(&self) -> bool {
        self.held.0.iter().all(Option::is_none)
            && self.brands.is_empty()
            && self.city.is_none()
            && self.wage_monthly.is_none()
            && self.needs.is_empty()
    }
}
