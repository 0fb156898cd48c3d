use super::{use_lang, WageUnitSelect};
use crate::engine::dataset::Dataset;
use crate::engine::model::{Level, Settlement, WageUnit};
use crate::engine::profile::{Need, Profile, ProfileSkill, WageWish};
use crate::engine::text::index::Scratch;
use crate::engine::view::search_skills;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Clone, Properties)]
pub struct ProfileEditorProps {
    pub data: Rc<Dataset>,
    pub profile: Profile,
    pub on_change: Callback<Profile>,
}

impl PartialEq for ProfileEditorProps {
    fn eq(&self, other: &Self) -> bool {
        self.profile == other.profile && Rc::ptr_eq(&self.data, &other.data)
    }
}

/// How many autocomplete suggestions are offered.
const SUGGEST: usize = 6;

/// The worker's profile: skills with levels (autocomplete over hanzi, pinyin, initials,
/// English and aliases), brand certificates, home, wage wish, settlement and needs. Every
/// change is reported at once; the parent saves it.
#[function_component(ProfileEditor)]
pub fn profile_editor(props: &ProfileEditorProps) -> Html {
    let t = use_lang().texts();
    let cat = &props.data.catalog;
    let p = &props.profile;
    let typed = use_state(String::new);
    let scratch = use_mut_ref(Scratch::default);
    let emit = |edit: Rc<dyn Fn(&mut Profile)>| {
        let (cb, p) = (props.on_change.clone(), p.clone());
        move || {
            let mut next = p.clone();
            edit(&mut next);
            cb.emit(next);
        }
    };
    let skill_ix = |s: &ProfileSkill| {
        s.id.as_deref().and_then(|id| cat.skill_by_id(id)).or_else(|| s.name.as_deref().and_then(|n| cat.find_skill(n)))
    };
    let matches: Vec<u32> = if typed.trim().is_empty() {
        Vec::new()
    } else {
        let held: Vec<u32> = p.skills.iter().filter_map(skill_ix).collect();
        let found = search_skills(&props.data, &typed, SUGGEST + held.len(), &mut scratch.borrow_mut());
        found.into_iter().filter(|s| !held.contains(s)).take(SUGGEST).collect()
    };
    let on_type = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| typed.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    // Adding a skill clears the box; Enter adds the first suggestion.
    let adder = |ix: u32| -> Rc<dyn Fn()> {
        let id = cat.skills[ix as usize].id.clone();
        let typed = typed.clone();
        let add = emit(Rc::new(move |n: &mut Profile| {
            n.skills.push(ProfileSkill { id: Some(id.clone()), name: None, level: None })
        }));
        Rc::new(move || {
            add();
            typed.set(String::new());
        })
    };
    let add_skill = |ix: u32| {
        let f = adder(ix);
        Callback::from(move |_: MouseEvent| f())
    };
    let on_enter = {
        let first = matches.first().map(|ix| adder(*ix));
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
    let checkbox = |e: &Event| e.target_unchecked_into::<HtmlInputElement>().checked();
    let skill_rows = p.skills.iter().enumerate().map(|(i, s)| {
        let name = skill_ix(s).map_or_else(|| s.name.clone().or(s.id.clone()).unwrap_or_default(), |ix| cat.skills[ix as usize].name.clone());
        let set_level = {
            let (cb, p) = (props.on_change.clone(), p.clone());
            Callback::from(move |e: Event| {
                let mut next = p.clone();
                next.skills[i].level = value(&e).parse().ok();
                cb.emit(next);
            })
        };
        let remove = {
            let f = emit(Rc::new(move |n: &mut Profile| {
                n.skills.remove(i);
            }));
            Callback::from(move |_: MouseEvent| f())
        };
        html! {
            <li class="sm-skill-row" key={format!("{i}-{name}")}>
                <span class="sm-skill-name">{ &name }</span>
                <select aria-label={t.level_label(&name)} onchange={set_level}>
                    <option value="" selected={s.level.is_none()}>{ t.no_level() }</option>
                    { for (1..=5).rev().map(|l| {
                        let level = Level::new(l).unwrap_or(Level::MIN);
                        html! { <option value={l.to_string()} selected={s.level == Some(l as u8)}>{ t.level_name(level) }</option> }
                    }) }
                </select>
                <button type="button" class="sm-button sm-remove" aria-label={t.remove(&name)} onclick={remove}>{ "✕" }</button>
            </li>
        }
    });
    let brand_held = |id: &str| p.brands.iter().any(|b| b == id);
    let add_brand = {
        let (cb, p) = (props.on_change.clone(), p.clone());
        Callback::from(move |e: Event| {
            let id = value(&e);
            if !id.is_empty() && !p.brands.contains(&id) {
                let mut next = p.clone();
                next.brands.push(id);
                cb.emit(next);
            }
        })
    };
    let city = cat.city(&p.city);
    let on_city = {
        let (cb, p) = (props.on_change.clone(), p.clone());
        Callback::from(move |e: Event| cb.emit(Profile { city: value(&e), county: String::new(), ..p.clone() }))
    };
    let on_county = {
        let (cb, p) = (props.on_change.clone(), p.clone());
        Callback::from(move |e: Event| cb.emit(Profile { county: value(&e), ..p.clone() }))
    };
    let wage_unit = p.wage.map_or(WageUnit::Month, |w| w.unit.into());
    let on_wage = {
        let (cb, p) = (props.on_change.clone(), p.clone());
        Callback::from(move |e: Event| {
            let v: f64 = e.target_unchecked_into::<HtmlInputElement>().value().parse().unwrap_or(0.0);
            cb.emit(Profile { wage: (v > 0.0).then(|| WageWish { min: v, unit: wage_unit.into() }), ..p.clone() });
        })
    };
    let on_wage_unit = {
        let (cb, p) = (props.on_change.clone(), p.clone());
        Callback::from(move |unit: WageUnit| {
            cb.emit(Profile { wage: p.wage.map(|w| WageWish { min: w.min, unit: unit.into() }), ..p.clone() });
        })
    };
    let on_move = {
        let (cb, p) = (props.on_change.clone(), p.clone());
        Callback::from(move |e: Event| cb.emit(Profile { willing_to_move: checkbox(&e), ..p.clone() }))
    };
    html! {
        <section class="sm-profile" data-testid="profile-editor">
            <h2 class="sm-section-title">{ t.profile_title() }</h2>
            if p.is_empty() {
                <p class="sm-muted">{ t.profile_empty_hint() }</p>
            }
            <fieldset class="sm-group">
                <legend>{ t.my_skills() }</legend>
                <ul class="sm-skill-rows">{ for skill_rows }</ul>
                <label class="sm-field">{ t.add_skill() }
                    <input type="text" class="sm-search-input" role="combobox" aria-expanded={(!matches.is_empty()).to_string()}
                        aria-autocomplete="list" autocomplete="off" placeholder={t.add_skill_placeholder()}
                        value={(*typed).clone()} oninput={on_type} onkeydown={on_enter} />
                </label>
                if !matches.is_empty() {
                    <ul class="sm-suggest" role="listbox" data-testid="skill-suggestions">
                        { for matches.iter().map(|ix| {
                            let s = &cat.skills[*ix as usize];
                            html! {
                                <li role="option" aria-selected="false">
                                    <button type="button" class="sm-button sm-suggest-item" data-skill-id={s.id.clone()} onclick={add_skill(*ix)}>
                                        { &s.name }{ " " }<span class="sm-muted">{ &s.en }</span>
                                    </button>
                                </li>
                            }
                        }) }
                    </ul>
                } else if !typed.trim().is_empty() {
                    <p class="sm-muted">{ t.no_skill_found() }</p>
                }
            </fieldset>
            <fieldset class="sm-group">
                <legend>{ t.my_brands() }</legend>
                <ul class="sm-badges">
                    { for p.brands.iter().enumerate().map(|(i, id)| {
                        let name = cat.find_brand(id).map_or(id.clone(), |b| cat.brands[b as usize].name.clone());
                        let remove = {
                            let f = emit(Rc::new(move |n: &mut Profile| { n.brands.remove(i); }));
                            Callback::from(move |_: MouseEvent| f())
                        };
                        html! { <li class="sm-badge sm-brand-chip">{ &name }<button type="button" class="sm-remove-inline" aria-label={t.remove(&name)} onclick={remove}>{ "✕" }</button></li> }
                    }) }
                </ul>
                <label class="sm-field">{ t.add_brand() }
                    <select onchange={add_brand}>
                        <option value="" selected=true>{ t.choose() }</option>
                        { for cat.brands.iter().filter(|b| !brand_held(&b.id)).map(|b| html! {
                            <option value={b.id.clone()}>{ &b.name }{ if b.sample { t.sample_brand() } else { "" } }</option>
                        }) }
                    </select>
                </label>
            </fieldset>
            <fieldset class="sm-group">
                <legend>{ t.home() }</legend>
                <div class="sm-filter-grid">
                    <label class="sm-field">{ t.city() }
                        <select onchange={on_city}>
                            <option value="" selected={city.is_none()}>{ t.choose() }</option>
                            { for cat.places.iter().map(|c| html! { <option value={c.name.clone()} selected={city.is_some_and(|x| x.name == c.name)}>{ &c.name }</option> }) }
                        </select>
                    </label>
                    if let Some(c) = city {
                        <label class="sm-field">{ t.county() }
                            <select onchange={on_county}>
                                <option value="" selected={p.county.is_empty()}>{ t.choose() }</option>
                                { for c.counties.iter().map(|k| html! { <option value={k.name.clone()} selected={k.name == p.county}>{ &k.name }</option> }) }
                            </select>
                        </label>
                    }
                </div>
                <label class="sm-check"><input type="checkbox" checked={p.willing_to_move} onchange={on_move} />{ t.willing_to_move() }</label>
            </fieldset>
            <fieldset class="sm-group">
                <legend>{ t.wage_wish() }</legend>
                <div class="sm-wage-field">
                    <input type="number" inputmode="numeric" min="0" step="100" aria-label={t.wage_wish()}
                        value={p.wage.map(|w| crate::i18n::decimal(w.min)).unwrap_or_default()} onchange={on_wage} />
                    <WageUnitSelect value={wage_unit} label={t.wage_wish()} on_change={on_wage_unit} />
                </div>
            </fieldset>
            <fieldset class="sm-group">
                <legend>{ t.settlement_wish() }</legend>
                { for Settlement::ALL.iter().map(|s| {
                    let key = s.as_str().to_string();
                    let on = p.settlement.contains(&key);
                    let f = emit(Rc::new(move |n: &mut Profile| {
                        if on { n.settlement.retain(|x| *x != key) } else { n.settlement.push(key.clone()) }
                    }));
                    html! { <label class="sm-check"><input type="checkbox" checked={on} onchange={Callback::from(move |_: Event| f())} />{ t.settlement(*s) }</label> }
                }) }
            </fieldset>
            <fieldset class="sm-group">
                <legend>{ t.needs_heading() }</legend>
                { for Need::ALL.iter().map(|need| {
                    let need = *need;
                    let on = p.needs.contains(&need);
                    let f = emit(Rc::new(move |n: &mut Profile| {
                        if on { n.needs.retain(|x| *x != need) } else { n.needs.push(need) }
                    }));
                    html! { <label class="sm-check"><input type="checkbox" checked={on} onchange={Callback::from(move |_: Event| f())} />{ t.need(need) }</label> }
                }) }
            </fieldset>
        </section>
    }
}
