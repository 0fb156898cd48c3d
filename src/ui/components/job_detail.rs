use crate::engine::dataset::Dataset;
use crate::engine::model::{ApplyLink, Level};
use crate::engine::score::SkillFit;
use crate::engine::text::phone_numbers;
use crate::i18n::{brand_name, job_wage, skill_name, Lang, Texts};
use crate::ui::app::Host;
use crate::ui::components::{button, pay_strip, qr_code, text, Tag};
use crate::ui::state::Detail;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Properties)]
pub struct JobDetailProps {
    pub lang: Lang,
    pub data: Rc<Dataset>,
    /// The job, its explanation and the courses for its gaps, derived by the state.
    pub detail: Rc<Detail>,
    pub on_close: Callback<()>,
    pub on_rights: Callback<()>,
    #[prop_or_default]
    pub host: Option<Host>,
    /// Kiosk hand-off: the job's link, and the profile's (shown only after consent).
    #[prop_or_default]
    pub kiosk: Option<KioskLinks>,
    /// The job's own link (no profile, no other state) for "copy link".
    pub share_url: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct KioskLinks {
    pub job: String,
    pub profile: Option<String>,
}

impl PartialEq for JobDetailProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.detail, &other.detail)
            && self.lang == other.lang
            && self.kiosk == other.kiosk
            && self.host == other.host
            && self.share_url == other.share_url
            && Rc::ptr_eq(&self.data, &other.data)
    }
}

/// What the worker has done on this detail: asked how to apply (a posting without a link),
/// copied its link (and whether that worked), agreed to hand the profile over. One reducer
/// for the three: each hook is code of its own in the download.
#[derive(Clone, Copy, Default, PartialEq)]
struct Asked {
    how_to_apply: bool,
    copied: Option<bool>,
    consent: bool,
}

enum Did {
    HowToApply,
    Copied(bool),
    Consent,
}

impl Reducible for Asked {
    type Action = Did;
    fn reduce(self: Rc<Self>, did: Did) -> Rc<Self> {
        let mut next = *self;
        match did {
            Did::HowToApply => next.how_to_apply = true,
            Did::Copied(done) => next.copied = Some(done),
            Did::Consent => next.consent = true,
        }
        Rc::new(next)
    }
}

fn level_text(t: &Texts, level: Option<Level>) -> &'static str {
    level.map_or(t.no_level(), |l| t.level_name(l))
}

/// Everything about one job, the full match explanation, the courses that close each gap,
/// and how to apply. Feed text is rendered as text; only http(s) and tel: links exist.
#[function_component(JobDetail)]
pub fn job_detail(props: &JobDetailProps) -> Html {
    let lang = props.lang;
    let t = lang.texts();
    let cat = props.data.catalog();
    let job = props.data.job(props.detail.job);
    let why = &props.detail.why;
    let name = |skill: &u32| skill_name(lang, &cat.skills[*skill as usize]);
    let close = super::clicked(&props.on_close);
    let rights = {
        let cb = props.on_rights.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            cb.emit(())
        })
    };
    // The link is real (it works without scripts and for assistive technology), but a click
    // first asks the host page through `skillmatch:apply` — also for a posting with no link,
    // which then shows how to apply from what it does give.
    let asked = use_reducer(Asked::default);
    let how_to_apply = asked.how_to_apply;
    let on_apply = {
        let (host, id, href) = (props.host.clone(), job.id.clone(), job.apply.as_ref().map(|l| l.href().to_string()));
        let d = asked.dispatcher();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            if crate::ui::events::apply(&host, &id, href.as_deref()) && href.is_none() {
                d.dispatch(Did::HowToApply);
            }
        })
    };
    let apply = match &job.apply {
        Some(ApplyLink::Web(href)) => html! {
            <a class="sm-button sm-primary" data-action="apply" href={href.to_string()} target="_blank" rel="noopener noreferrer" onclick={on_apply}>{ t.apply_online() }</a>
        },
        Some(ApplyLink::Tel(href)) => html! {
            <a class="sm-button sm-primary" data-action="apply" href={href.to_string()} onclick={on_apply}>{ t.apply_phone(href.trim_start_matches("tel:")) }</a>
        },
        None => html! {
            <button type="button" class="sm-button sm-primary" data-action="apply" aria-expanded={how_to_apply.to_string()} onclick={on_apply}>{ t.apply_button() }</button>
        },
    };
    let phones = if how_to_apply { phone_numbers(&job.description) } else { Vec::new() };
    let share = {
        let (d, href) = (asked.dispatcher(), props.share_url.clone());
        Callback::from(move |_: MouseEvent| {
            let (d, href) = (d.clone(), href.clone());
            let clipboard = gloo::utils::window().navigator().clipboard();
            yew::platform::spawn_local(async move {
                let done = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&href)).await.is_ok();
                d.dispatch(Did::Copied(done));
            });
        })
    };
    let wage = job_wage(lang, job);
    let place = job.place_line();
    let remote = job.remote.then(|| t.remote(&job.remote_area));
    let facts: Vec<String> = [
        job.settlement.map(|s| t.settlement(s).to_string()),
        (!job.hours.is_empty()).then(|| t.hours(&job.hours)),
        t.housing_meals(job.housing, job.meals).map(str::to_string),
        job.headcount.map(|n| t.headcount(n)),
        job.posted.map(|d| t.posted(&d.to_string())),
        job.valid_through.map(|d| t.valid_through(&d.to_string())),
    ]
    .into_iter()
    .flatten()
    .collect();
    html! {
        <article class="sm-detail" data-testid="job-detail" data-job-id={job.id.clone()} aria-labelledby="sm-detail-title">
            <button type="button" class="sm-button sm-close" data-action="close" onclick={close}>{ "← " }{ t.back_to_jobs() }</button>
            <h2 id="sm-detail-title" class="sm-detail-title">{ &*job.title }</h2>
            <p class="sm-card-employer">{ &*job.employer }</p>
            <p class="sm-card-place">{ place }{ for remote.map(|r| text(Tag::Span, "sm-chip", r)) }</p>
            <p class="sm-card-wage"><strong>{ wage }</strong></p>
            if why.asks_fee {
                <p class="sm-warning" role="note">{ t.fee_warning() }</p>
            }
            { super::safeguard_badges(t, job.safeguards) }
            <div class="sm-apply">
                { apply }
                { button("sm-button", Some("share"), t.copy_link(), share) }
            </div>
            { for props.detail.pay.as_ref().map(|pic| pay_strip(lang, &props.data, pic)) }
            if how_to_apply {
                <section class="sm-how-to-apply" data-testid="how-to-apply" aria-live="polite">
                    <h3>{ t.how_to_apply() }</h3>
                    if !job.employer.is_empty() {
                        { text(Tag::P, "", t.apply_contact_employer(&job.employer)) }
                    }
                    { for phones.iter().map(|tel| html! {
                        <p><a class="sm-button" href={tel.clone()}>{ t.apply_call(tel.trim_start_matches("tel:")) }</a></p>
                    }) }
                    if !job.description.is_empty() {
                        { text(Tag::P, "", t.apply_see_description()) }
                    }
                </section>
            }
            { match asked.copied {
                Some(true) => html! { <p class="sm-muted" aria-live="polite">{ t.link_copied() }</p> },
                Some(false) => html! {
                    <p class="sm-muted" aria-live="polite">{ t.copy_by_hand() }<br/>
                        <input type="url" readonly=true class="sm-search-input" aria-label={t.copy_link()}
                            value={props.share_url.clone()} />
                    </p>
                },
                None => html! {},
            } }
            if let Some(k) = &props.kiosk {
                <section class="sm-handoff">
                    { qr_code(t, &k.job, t.qr_job(), "job") }
                    if let Some(profile) = &k.profile {
                        if asked.consent {
                            { qr_code(t, profile, t.qr_profile(), "profile") }
                        } else {
                            <div class="sm-consent">
                                { text(Tag::H3, "", t.qr_profile_offer()) }
                                { text(Tag::P, "", t.qr_profile_consent()) }
                                { button("sm-button sm-primary", Some("consent"), t.qr_profile_agree(),
                                    { let d = asked.dispatcher(); Callback::from(move |_: MouseEvent| d.dispatch(Did::Consent)) }) }
                            </div>
                        }
                    }
                </section>
            }
            <section class="sm-why" aria-labelledby="sm-why-title">
                <h3 id="sm-why-title">{ t.why_heading() }{ " · " }{ t.match_label(why.percent()) }</h3>
                <ul class="sm-why-list" data-testid="why">
                    if why.judged_count() == 0 && why.mentioned().is_none() {
                        { text(Tag::Li, "", t.no_skills_listed()) }
                    }
                    { for why.skills.iter().map(|f| {
                        let (class, line) = match f {
                            SkillFit::Met { skill, held, required } => ("sm-met", t.skill_met(name(skill), level_text(t, *held), required.map(|l| t.level_name(l)))),
                            SkillFit::Below { skill, held, required } => ("sm-below", t.skill_below(name(skill), level_text(t, *held), t.level_name(*required))),
                            SkillFit::Missing { skill, required } => ("sm-missing", t.skill_missing(name(skill), required.map(|l| t.level_name(l)))),
                            SkillFit::Listed { text } => ("sm-listed", t.skill_listed(text)),
                            SkillFit::Mentioned { skill, in_title } => ("sm-met", t.skill_mentioned(name(skill), *in_title)),
                        };
                        text(Tag::Li, class, line)
                    }) }
                    { for why.brand.map(|b| text(Tag::Li, "sm-met", t.brand_bonus(brand_name(lang, &cat.brands[b as usize])))) }
                    { for why.needs.iter().map(|(n, met)| {
                        let (class, mark) = if *met { ("sm-met", "✓ ") } else { ("sm-missing", "✗ ") };
                        text(Tag::Li, class, format!("{mark}{}", t.need(*n)))
                    }) }
                    { text(Tag::Li, "", t.place_fit(why.place, why.km)) }
                    { text(Tag::Li, "", t.wage_fit(why.wage)) }
                </ul>
            </section>
            { for props.detail.gaps.iter().map(|(skill, courses)| html! {
                <section class="sm-gap">
                    { text(Tag::H3, "", t.gap_courses(skill_name(lang, &cat.skills[*skill as usize]))) }
                    <ul class="sm-gap-courses">
                        { for courses.iter().map(|c| {
                            let course = &cat.courses[*c as usize];
                            html! { <li data-course-id={course.id.clone()}>{ &course.title }{ " · " }{ &course.provider }</li> }
                        }) }
                    </ul>
                </section>
            }) }
            <section class="sm-facts">
                { text(Tag::H3, "", t.job_details()) }
                <ul>{ for facts.into_iter().map(|f| text(Tag::Li, "", f)) }</ul>
                if !job.description.is_empty() {
                    { text(Tag::P, "sm-description", job.description.clone()) }
                }
            </section>
            <p><a href="?view=rights" class="sm-link" onclick={rights}>{ t.rights_link() }</a></p>
        </article>
    }
}
