//! Edits to a worker's profile, as data: the profile editor says what the worker did
//! (`ProfileEdit`), and `Profile::apply` decides what that means — one place for the rules
//! (a skill is held once, changing the city forgets the county, a wage amount keeps its
//! unit), tested on the host, instead of a second reducer inside a component.

use crate::engine::catalog::Catalog;
use crate::engine::model::{Settlement, SkillIx, WageUnit};
use crate::engine::profile::{Need, Profile, ProfileSkill, WageWish};

/// One thing the worker changed.
#[derive(Clone, Debug, PartialEq)]
pub enum ProfileEdit {
    /// Add a catalogue skill (from the autocomplete); nothing if it is held already.
    AddSkill(SkillIx),
    /// Set the level of the skill with this key ([`ProfileSkill::key`]); `None`: no level.
    SetLevel {
        skill: String,
        level: Option<u8>,
    },
    RemoveSkill(String),
    AddBrand(String),
    RemoveBrand(String),
    /// A new home city; the county goes with the old one.
    SetCity(String),
    SetCounty(String),
    /// The wage wish: an amount (`None` or 0: no wish) in the unit the worker sees.
    SetWage {
        amount: Option<f64>,
        unit: WageUnit,
    },
    /// The wage wish's unit, keeping its amount.
    SetWageUnit(WageUnit),
    ToggleSettlement(Settlement),
    ToggleNeed(Need),
    SetWillingToMove(bool),
    SetMaxKm(Option<f64>),
}

impl Profile {
    /// Applies `edit`; returns whether the profile changed.
    pub fn apply(&mut self, edit: &ProfileEdit, cat: &Catalog) -> bool {
        let before = self.clone();
        match edit {
            ProfileEdit::AddSkill(ix) => {
                let held = self.skills.iter().any(|s| cat.profile_skill(s) == Some(*ix));
                if let (false, Some(skill)) = (held, cat.skills.get(*ix as usize)) {
                    self.skills.push(ProfileSkill { id: Some(skill.id.clone()), name: None, level: None });
                }
            }
            ProfileEdit::SetLevel { skill, level } => {
                let level = level.filter(|l| (1..=5).contains(l));
                if let Some(s) = self.skills.iter_mut().find(|s| s.key() == skill) {
                    s.level = level;
                }
            }
            ProfileEdit::RemoveSkill(skill) => self.skills.retain(|s| s.key() != skill),
            ProfileEdit::AddBrand(id) => {
                if !id.is_empty() && !self.brands.contains(id) {
                    self.brands.push(id.clone());
                }
            }
            ProfileEdit::RemoveBrand(id) => self.brands.retain(|b| b != id),
            ProfileEdit::SetCity(city) => {
                if *city != self.city {
                    self.city = city.clone();
                    self.county.clear();
                }
            }
            ProfileEdit::SetCounty(county) => self.county = county.clone(),
            ProfileEdit::SetWage { amount, unit } => {
                let unit = (*unit).into();
                self.wage = amount.filter(|a| *a > 0.0 && a.is_finite()).map(|min| WageWish { min, unit });
            }
            ProfileEdit::SetWageUnit(unit) => {
                if let Some(w) = &mut self.wage {
                    w.unit = (*unit).into();
                }
            }
            ProfileEdit::ToggleSettlement(s) => toggle(&mut self.settlement, *s),
            ProfileEdit::ToggleNeed(n) => toggle(&mut self.needs, *n),
            ProfileEdit::SetWillingToMove(b) => self.willing_to_move = *b,
            ProfileEdit::SetMaxKm(km) => self.max_km = km.filter(|k| *k > 0.0 && k.is_finite()),
        }
        *self != before
    }
}

fn toggle<T: PartialEq>(list: &mut Vec<T>, item: T) {
    match list.iter().position(|x| *x == item) {
        Some(i) => {
            list.remove(i);
        }
        None => list.push(item),
    }
}
