use crate::engine::dataset::Dataset;
use crate::i18n::{brand_name, job_wage, skill_name, Lang};
use crate::ui::state::Card;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Properties)]
pub struct JobCardProps {
    pub lang: Lang,
    pub data: Rc<Dataset>,
    pub card: Card,
    /// Without a profile there is no match to show.
    pub show_match: bool,
    /// Only the title (with the item's hooks and actions): a card below the fold in the
    /// first render, completed a task later (`State::full`).
    #[prop_or_default]
    pub brief: bool,
    pub on_open: Callback<usize>,
}

impl PartialEq for JobCardProps {
    fn eq(&self, other: &Self) -> bool {
        self.card == other.card
            && self.lang == other.lang
            && self.show_match == other.show_match
            && self.brief == other.brief
            && self.on_open == other.on_open
            && Rc::ptr_eq(&self.data, &other.data)
    }
}

/// One job in the list: what it is, where, what it pays, how it protects wages, and how
/// well it fits — all feed text rendered as text.
#[function_component(JobCard)]
pub fn job_card(props: &JobCardProps) -> Html {
    let lang = props.lang;
    let t = lang.texts();
    let card = props.card;
    let job = props.data.job(card.job);
    let reason = match (card.skills_asked, card.mentioned) {
        (0, Some((skill, in_title))) => {
            t.skill_mentioned(skill_name(lang, &props.data.catalog().skills[skill as usize]), in_title)
        }
        (0, None) => t.no_skills_listed().to_string(),
        (asked, _) => t.skills_met(card.skills_met, asked),
    };
    let brand = card.brand.map(|b| brand_name(lang, &props.data.catalog().brands[b as usize]).to_string());
    let onclick = {
        let (cb, ix) = (props.on_open.clone(), card.job);
        Callback::from(move |_: MouseEvent| cb.emit(ix))
    };
    let onkeydown = {
        let (cb, ix) = (props.on_open.clone(), card.job);
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                cb.emit(ix);
            }
        })
    };
    html! {
        // A list item that opens on click or Enter: it keeps its list semantics (a role on it
        // would take them away), and its name is its content, title first.
        <li class="sm-card" data-job-id={job.id.clone()} data-match={card.percent.to_string()} tabindex="0"
            {onclick} {onkeydown}>
            <h2 class="sm-card-title">{ &*job.title }</h2>
            if !props.brief {
                <p class="sm-card-employer">{ &*job.employer }</p>
                <p class="sm-card-place">{ job.place_line() }
                    if job.remote { { super::text(super::Tag::Span, "sm-chip", t.remote(&job.remote_area)) } }
                </p>
                <p class="sm-card-wage">
                    <strong>{ job_wage(lang, job) }</strong>
                    { for job.settlement.map(|s| super::text(super::Tag::Span, "sm-chip", t.settlement(s))) }
                </p>
                { super::safeguard_badges(t, job.safeguards) }
                if props.show_match {
                    <div class="sm-match">
                        <meter min="0" max="100" low="40" high="70" optimum="100" value={card.percent.to_string()}
                            aria-label={t.match_label(card.percent)}></meter>
                        <span class="sm-match-text">{ t.match_label(card.percent) }{ " · " }{ reason }
                            { for brand.map(|b| t.holds_brand(&b)) }
                        </span>
                    </div>
                } else if card.skills_asked == 0 {
                    <p class="sm-match-text">{ reason }</p>
                }
                if card.asks_fee {
                    <p class="sm-warning" role="note">{ t.fee_warning() }</p>
                }
            }
        </li>
    }
}
