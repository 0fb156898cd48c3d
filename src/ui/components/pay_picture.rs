use crate::engine::dataset::Dataset;
use crate::engine::suggest::CourseWages;
use crate::engine::wage_picture::{Peers, WagePicture};
use crate::i18n::{decimal, place_name, skill_name, Lang, Texts};
use yew::prelude::*;

/// Strip width in its own units (the view box, 300 × 40); the dots sit between the margins. Whole numbers: the
/// positions are written as integers (formatting a float would add the float formatter to
/// the download).
const STRIP: i64 = 300;
const MARGIN: i64 = 12;

/// A job's pay among comparable jobs: a strip of dots (one per other job, this one marked)
/// from the lowest to the highest monthly wage, and the sentence that says the same
/// ("高于自贡市 13 个电工职位中的 7 个"). Nothing when there is no other job to compare with.
pub fn pay_strip(lang: Lang, data: &Dataset, pic: &WagePicture) -> Html {
    if pic.others == 0 {
        return html! {};
    }
    let t = lang.texts();
    let cat = data.catalog();
    let city =
        cat.places.iter().find(|p| *p.name == *pic.city).map_or(&*pic.city, |p| place_name(lang, &p.name, &p.en));
    let trade = match &pic.peers {
        Peers::Skill(s) => skill_name(lang, &cat.skills[*s as usize]),
        Peers::Category(c) => c,
    };
    let this = pic.standing.map(|s| s.wage);
    let (lo, hi) =
        pic.dots.iter().copied().chain(this).fold((f64::MAX, f64::MIN), |(lo, hi), w| (lo.min(w), hi.max(w)));
    let x = |w: f64| {
        let at = if hi > lo {
            MARGIN as f64 + (STRIP - 2 * MARGIN) as f64 * (w - lo) / (hi - lo)
        } else {
            STRIP as f64 / 2.0
        };
        (at.round() as i64).to_string()
    };
    let line = match pic.standing {
        Some(s) => t.pay_rank(city, trade, s.above, pic.others),
        None => t.pay_others(city, trade, pic.others),
    };
    html! {
        <section class="sm-pay" data-testid="pay-picture" data-others={pic.others.to_string()}
            data-above={pic.standing.map(|s| s.above.to_string())}>
            <h3>{ t.pay_heading() }</h3>
            <svg class="sm-pay-strip" viewBox="0 0 300 40" aria-hidden="true">
                <line class="sm-pay-axis" x1="12" x2="288" y1="20" y2="20" />
                { for pic.dots.iter().map(|w| html! { <circle class="sm-pay-dot" cx={x(*w)} cy="20" r="5" /> }) }
                { for this.map(|w| html! { <circle class="sm-pay-this" cx={x(w)} cy="20" r="9" /> }) }
            </svg>
            <p class="sm-pay-range sm-muted" aria-hidden="true"><span>{ t.map_wage(lo) }</span><span>{ t.map_wage(hi) }</span></p>
            <p data-testid="pay-line">{ line }</p>
        </section>
    }
}

/// A course's two bars: the median monthly wage of the jobs the worker can do now, and after
/// the course, with the sentence that says the same. Nothing when neither is known.
pub fn course_bars(t: &Texts, w: &CourseWages) -> Html {
    let max = w.before.unwrap_or(0.0).max(w.after.unwrap_or(0.0));
    if max <= 0.0 {
        return html! {};
    }
    let bar = |y: u32, class: &'static str, v: Option<f64>| {
        let width = ((v.unwrap_or(0.0) / max * 200.0).round() as i64).max(1);
        html! { <rect {class} x="0" y={y.to_string()} height="14" width={width.to_string()} /> }
    };
    let amount = |v: Option<f64>| v.map_or_else(|| t.no_median().to_string(), |v| t.map_wage(v));
    html! {
        <div class="sm-course-bars" data-testid="course-bars"
            data-before={w.before.map(decimal)} data-after={w.after.map(decimal)}>
            <svg viewBox="0 0 200 34" aria-hidden="true">
                { bar(0, "sm-bar-now", w.before) }
                { bar(20, "sm-bar-after", w.after) }
            </svg>
            <p class="sm-muted">{ t.course_wages(&amount(w.before), &amount(w.after)) }</p>
        </div>
    }
}
