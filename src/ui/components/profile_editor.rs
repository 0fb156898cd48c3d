use super::{checkbox, option, text, wage_unit_select, Tag};
use crate::engine::dataset::Dataset;
use crate::engine::model::{parse_amount, Level, Settlement, SkillIx, WageUnit};
use crate::engine::profile::{Need, Profile};
use crate::engine::profile_edit::ProfileEdit;
use crate::i18n::{brand_name, place_name, skill_name, Lang};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Clone, Properties)]
pub struct ProfileEditorProps {
    pub lang: Lang,
    pub data: Rc<Dataset>,
    pub profile: Profile,
    /// What is typed in the skill box, and the skills the state found for it.
    pub skill_query: String,
    pub skill_suggestions: Rc<Vec<SkillIx>>,
    pub on_edit: Callback<ProfileEdit>,
    pub on_skill_query: Callback<String>,
}

impl PartialEq for ProfileEditorProps {
    fn eq(&self, other: &Self) -> bool {
        self.profile == other.profile
            && self.lang == other.lang
            && self.skill_query == other.skill_query
            && Rc::ptr_eq(&self.skill_suggestions, &other.skill_suggestions)
            && Rc::ptr_eq(&self.data, &other.data)
    }
}

/// The worker's profile: skills with levels (autocomplete over hanzi, pinyin, initials,
/// English and aliases), brand certificates, home, wage wish, settlement and needs. Each
/// change is reported as a `ProfileEdit`; what it means is the engine's business
/// (`Profile::apply`).
#[function_component(ProfileEditor)]
pub fn profile_editor(props: &ProfileEditorProps) -> Html {
    let lang = props.lang;
    let t = lang.texts();
    let cat = props.data.catalog();
    let p = &props.profile;
    // The unit shown beside an empty wage box: the worker may pick it before the amount.
    let shown_unit = use_state(|| WageUnit::Month);
    let wage_unit = p.wage.map_or(*shown_unit, |w| w.unit.into());
    let on_click = |e: ProfileEdit| {
        let cb = props.on_edit.clone();
        Callback::from(move |_: MouseEvent| cb.emit(e.clone()))
    };
    let on_toggle = |e: ProfileEdit| {
        let cb = props.on_edit.clone();
        Callback::from(move |_: Event| cb.emit(e.clone()))
    };
    let choose = t.choose();
    let matches = &props.skill_suggestions;
    let on_type = {
        let cb = props.on_skill_query.clone();
        Callback::from(move |e: InputEvent| cb.emit(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    // Adding a skill clears the box; Enter adds the first suggestion.
    let add_skill = |ix: SkillIx| {
        let (on_edit, on_query) = (props.on_edit.clone(), props.on_skill_query.clone());
        move || {
            on_edit.emit(ProfileEdit::AddSkill(ix));
            on_query.emit(String::new());
        }
    };
    let on_enter = {
        let first = matches.first().map(|ix| add_skill(*ix));
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                if let Some(add) = &first {
                    add();
                }
            }
        })
    };
    let value = |e: &Event| e.target_unchecked_into::<HtmlSelectElement>().value();
    let is_checked = |e: &Event| e.target_unchecked_into::<HtmlInputElement>().checked();
    let skill_rows = p.skills.iter().map(|s| {
        let key = s.key().to_string();
        let name = cat.profile_skill(s).map_or_else(|| key.clone(), |ix| skill_name(lang, &cat.skills[ix as usize]).to_string());
        let set_level = {
            let (cb, key) = (props.on_edit.clone(), key.clone());
            Callback::from(move |e: Event| {
                cb.emit(ProfileEdit::SetLevel { skill: key.clone(), level: value(&e).parse().ok() })
            })
        };
        html! {
            <li class="sm-skill-row" key={key.clone()} data-skill={key.clone()}>
                { text(Tag::Span, "sm-skill-name", name.clone()) }
                <select aria-label={t.level_label(&name)} data-action="level" onchange={set_level}>
                    { option("", s.level.is_none(), t.no_level()) }
                    { for (1..=5u8).rev().map(|l| {
                        let level = Level::new(l.into()).unwrap_or(Level::MIN);
                        option(&l.to_string(), s.level == Some(l), t.level_name(level))
                    }) }
                </select>
                <button type="button" class="sm-button sm-remove" aria-label={t.remove(&name)} onclick={on_click(ProfileEdit::RemoveSkill(key))}>{ "✕" }</button>
            </li>
        }
    });
    let add_brand = {
        let cb = props.on_edit.clone();
        Callback::from(move |e: Event| cb.emit(ProfileEdit::AddBrand(value(&e))))
    };
    let city = cat.city(&p.city);
    let on_city = {
        let cb = props.on_edit.clone();
        Callback::from(move |e: Event| cb.emit(ProfileEdit::SetCity(value(&e))))
    };
    let on_county = {
        let cb = props.on_edit.clone();
        Callback::from(move |e: Event| cb.emit(ProfileEdit::SetCounty(value(&e))))
    };
    let on_wage = {
        let cb = props.on_edit.clone();
        Callback::from(move |e: Event| {
            let amount = parse_amount(&e.target_unchecked_into::<HtmlInputElement>().value());
            cb.emit(ProfileEdit::SetWage { amount, unit: wage_unit });
        })
    };
    let on_wage_unit = {
        let (cb, shown_unit) = (props.on_edit.clone(), shown_unit.clone());
        Callback::from(move |unit: WageUnit| {
            shown_unit.set(unit);
            cb.emit(ProfileEdit::SetWageUnit(unit));
        })
    };
    let on_move = {
        let cb = props.on_edit.clone();
        Callback::from(move |e: Event| cb.emit(ProfileEdit::SetWillingToMove(is_checked(&e))))
    };
    html! {
        <section class="sm-profile" data-testid="profile-editor">
            <h2 class="sm-section-title">{ t.profile_title() }</h2>
            if p.is_empty() {
                { text(Tag::P, "sm-muted", t.profile_empty_hint()) }
            }
            <fieldset class="sm-group">
                <legend>{ t.my_skills() }</legend>
                <ul class="sm-skill-rows">{ for skill_rows }</ul>
                <label class="sm-field">{ t.add_skill() }
                    <input type="text" class="sm-search-input" role="combobox" aria-expanded={(!matches.is_empty()).to_string()}
                        aria-autocomplete="list" autocomplete="off" placeholder={t.add_skill_placeholder()}
                        value={props.skill_query.clone()} oninput={on_type} onkeydown={on_enter} />
                </label>
                if !matches.is_empty() {
                    <ul class="sm-suggest" role="listbox" data-testid="skill-suggestions">
                        { for matches.iter().map(|ix| {
                            let s = &cat.skills[*ix as usize];
                            let add = add_skill(*ix);
                            html! {
                                <li role="option" aria-selected="false">
                                    <button type="button" class="sm-button sm-suggest-item" data-skill-id={s.id.clone()}
                                        onclick={Callback::from(move |_: MouseEvent| add())}>
                                        { &s.name }{ " " }<span class="sm-muted">{ &s.en }</span>
                                    </button>
                                </li>
                            }
                        }) }
                    </ul>
                } else if !props.skill_query.trim().is_empty() {
                    { text(Tag::P, "sm-muted", t.no_skill_found()) }
                }
            </fieldset>
            <fieldset class="sm-group">
                <legend>{ t.my_brands() }</legend>
                <ul class="sm-badges">
                    { for p.brands.iter().map(|id| {
                        let name = cat.find_brand(id).map_or(id.as_str(), |b| brand_name(lang, &cat.brands[b as usize]));
                        html! {
                            <li class="sm-badge sm-brand-chip" key={id.clone()}>{ name }
                                <button type="button" class="sm-remove-inline" aria-label={t.remove(name)} onclick={on_click(ProfileEdit::RemoveBrand(id.clone()))}>{ "✕" }</button>
                            </li>
                        }
                    }) }
                </ul>
                <label class="sm-field">{ t.add_brand() }
                    <select onchange={add_brand}>
                        { option("", true, choose) }
                        { for cat.brands.iter().filter(|b| !p.brands.contains(&b.id)).map(|b| {
                            let name = brand_name(lang, b);
                            match b.sample {
                                true => option(&b.id, false, &format!("{name}{}", t.sample_brand())),
                                false => option(&b.id, false, name),
                            }
                        }) }
                    </select>
                </label>
            </fieldset>
            <fieldset class="sm-group">
                <legend>{ t.home() }</legend>
                <div class="sm-filter-grid">
                    <label class="sm-field">{ t.city() }
                        <select onchange={on_city}>
                            { option("", city.is_none(), choose) }
                            { for cat.places.iter().map(|c| option(&c.name, city.is_some_and(|x| x.name == c.name), place_name(lang, &c.name, &c.en))) }
                        </select>
                    </label>
                    if let Some(c) = city {
                        <label class="sm-field">{ t.county() }
                            <select onchange={on_county}>
                                { option("", p.county.is_empty(), choose) }
                                { for c.counties.iter().map(|k| option(&k.name, k.name == p.county, place_name(lang, &k.name, &k.en))) }
                            </select>
                        </label>
                    }
                </div>
                { checkbox(p.willing_to_move, on_move, t.willing_to_move()) }
            </fieldset>
            <fieldset class="sm-group">
                <legend>{ t.wage_wish() }</legend>
                <div class="sm-wage-field">
                    <input type="number" inputmode="numeric" min="0" step="100" aria-label={t.wage_wish()}
                        value={p.wage.map(|w| crate::i18n::decimal(w.min)).unwrap_or_default()} onchange={on_wage} />
                    { wage_unit_select(t, wage_unit, t.wage_wish(), &on_wage_unit) }
                </div>
            </fieldset>
            <fieldset class="sm-group">
                <legend>{ t.settlement_wish() }</legend>
                { for Settlement::ALL.iter().map(|s| checkbox(p.settlement.contains(s), on_toggle(ProfileEdit::ToggleSettlement(*s)), t.settlement(*s))) }
            </fieldset>
            <fieldset class="sm-group">
                <legend>{ t.needs_heading() }</legend>
                { for Need::ALL.iter().map(|need| checkbox(p.needs.contains(need), on_toggle(ProfileEdit::ToggleNeed(*need)), t.need(*need))) }
            </fieldset>
        </section>
    }
}
