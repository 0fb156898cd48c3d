//! The worker's profile: the contract's JSON format (skills with levels, brand certificates,
//! home place, wage wish) plus needs, and its resolution against a catalogue.

use crate::engine::catalog::Catalog;
use crate::engine::model::*;
use crate::engine::score::place_key;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A skill as the worker states it: by id or by name (resolved like feed text).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ProfileSkill {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 1 = 五级/初级工 … 5 = 一级/高级技师; absent for 专项职业能力 or self-declared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct WageWish {
    pub min: f64,
    pub unit: WageUnitName,
}

/// The wage unit as written in profiles (`"month"`), kept separate from the engine enum so
/// the profile's JSON stays the documented strings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
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
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<ProfileSkill>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub brands: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub city: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub county: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wage: Option<WageWish>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub settlement: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<Need>,
    /// How far from home the worker will travel daily (km).
    #[serde(default, rename = "maxKm", skip_serializing_if = "Option::is_none")]
    pub max_km: Option<f64>,
    /// Willing to move for work: place then matters little.
    #[serde(default, rename = "willingToMove", skip_serializing_if = "std::ops::Not::not")]
    pub willing_to_move: bool,
}

/// Something in a profile that could not be used; the rest of the profile still applies.
#[derive(Clone, Debug, PartialEq)]
pub enum ProfileProblem {
    NotJson,
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
                    Some(l) => match l.as_f64().or_else(|| l.as_str().and_then(|t| t.parse().ok())) {
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
            let min = w.get("min").and_then(|m| m.as_f64().or_else(|| m.as_str().and_then(|t| t.parse().ok())));
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
                Some(x) => p.settlement.push(x.as_str().to_string()),
                None => invalid("settlement".into()),
            }
        }
        for n in o.get("needs").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default() {
            match serde_json::from_value::<Need>(n.clone()) {
                Ok(need) if !p.needs.contains(&need) => p.needs.push(need),
                Ok(_) => {}
                Err(_) => invalid("needs".into()),
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
        (p, problems)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".into())
    }

    /// Resolves names against `cat`; what does not resolve is reported and ignored.
    pub fn resolve(&self, cat: &Catalog) -> (Resolved, Vec<ProfileProblem>) {
        let mut problems = Vec::new();
        let mut held: Vec<Option<Held>> = vec![None; cat.skills.len()];
        let mut raise = |ix: SkillIx, level: Held| {
            let slot = &mut held[ix as usize];
            *slot = Some(slot.map_or(level, |h| h.max(level)));
        };
        for s in &self.skills {
            let ix =
                s.id.as_deref()
                    .and_then(|id| cat.skill_by_id(id))
                    .or_else(|| s.id.as_deref().or(s.name.as_deref()).and_then(|n| cat.find_skill(n)));
            match ix {
                Some(ix) => raise(ix, s.level.and_then(|l| Level::new(l as i64))),
                None => problems.push(ProfileProblem::UnknownSkill {
                    reference: s.name.clone().or_else(|| s.id.clone()).unwrap_or_default(),
                }),
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
                        raise(a.skill, a.level);
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
            geo_cos: geo.map_or(1.0, |g| g.lat.to_radians().cos()),
            city,
            county,
            geo,
            wage_monthly,
            settlement: self.settlement.iter().filter_map(|s| Settlement::parse(s)).collect(),
            needs: self.needs.clone(),
            max_km: self.max_km,
            willing_to_move: self.willing_to_move,
        };
        (resolved, problems)
    }
}

/// A profile in catalogue terms, ready for scoring.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Resolved {
    /// Per skill index: `None` not held, `Some(level)` held (level `None` = no level).
    pub held: Vec<Option<Held>>,
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
        self.held.get(ix as usize).copied().flatten()
    }
    pub fn needs(&self, n: Need) -> bool {
        self.needs.contains(&n)
    }
}
