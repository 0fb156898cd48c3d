//! The widget's one state: what the user asked for, and the views derived from it. Every
//! change goes through an [`Action`]; the reducer decides, and recomputes what depends on
//! the change once — scores when the profile, filters or day change; the ranking and the
//! visible cards when the query or paging changes; the open job's explanation when it opens
//! — so components only render what is here. Side effects (storage, history, timers) are
//! the named hooks' business (`ui::hooks`), never the reducer's.

use crate::engine::dataset::Dataset;
use crate::engine::model::{BrandIx, SkillIx, SkillRef};
use crate::engine::profile::{Profile, ProfileProblem, Resolved};
use crate::engine::profile_edit::ProfileEdit;
use crate::engine::score::{explain, Explanation, SkillFit};
use crate::engine::suggest::{courses_for, suggest, Suggestion};
use crate::engine::text::index::Scratch;
use crate::engine::text::query::Query;
use crate::engine::view::{rank_scored, score_all, search_skills, Filters, Request, Scores, Sort, View};
use crate::i18n::Lang;
use crate::ui::storage::Settings;
use crate::ui::url::Screen;
use std::cell::RefCell;
use std::rc::Rc;
use yew::Reducible;

/// How many results are rendered per page; "show more" adds another page.
pub const PAGE: usize = 30;
/// Course suggestions kept (the home screen shows the first few).
pub const SUGGESTIONS: usize = 20;
/// Skill suggestions the profile editor's autocomplete offers.
pub const SKILL_SUGGESTIONS: usize = 6;
/// Courses offered per gap in a job's detail.
const GAP_COURSES: usize = 3;

/// Where the profile in use came from, when the user should know.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfileNotice {
    /// `#profile=` in the link: used for this view, not saved.
    FromLink,
    /// The saved profile could not be read; it is kept until reset.
    Corrupt,
}

/// What a job card shows about the fit, computed once per ranking, not per render.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Card {
    pub job: usize,
    /// The match as a percentage (what `data-match` says).
    pub percent: u8,
    pub skills_met: usize,
    pub skills_asked: usize,
    /// A brand certificate the worker holds and the employer prefers.
    pub brand: Option<BrandIx>,
    pub asks_fee: bool,
}

/// The open job's explanation and, for each skill gap a course can close, the courses.
#[derive(Clone, Debug, PartialEq)]
pub struct Detail {
    pub job: usize,
    pub why: Explanation,
    pub gaps: Vec<(SkillIx, Vec<u32>)>,
}

#[derive(Clone, Debug)]
pub struct State {
    pub lang: Lang,
    pub data: Rc<Dataset>,
    pub query_text: String,
    pub request: Request,
    pub profile: Profile,
    /// What of the profile could not be used (unknown skills, places…), shown to the worker.
    pub profile_problems: Rc<Vec<ProfileProblem>>,
    pub notice: Option<ProfileNotice>,
    pub worker: Rc<Resolved>,
    pub screen: Screen,
    pub settings: Settings,
    /// The job whose detail is open, and whether opening it added a history entry (then
    /// closing goes back instead of adding another).
    pub open_job: Option<usize>,
    pub job_pushed: bool,
    scores: Rc<Scores>,
    pub view: Rc<View>,
    /// The visible cards, in rank order.
    pub cards: Rc<Vec<Card>>,
    pub detail: Option<Rc<Detail>>,
    pub suggestions: Rc<Vec<Suggestion>>,
    /// The profile editor's skill box and what it suggests.
    pub skill_query: String,
    pub skill_suggestions: Rc<Vec<SkillIx>>,
    /// What the storage hook acts on (`ui::hooks::use_storage`), each bumped by one kind of
    /// request: the worker edited the profile (it is theirs from then on, saved), changed
    /// the display settings, reset an unreadable saved profile, or cleared their data. A
    /// profile from a link is not saved until the worker edits it.
    pub profile_edits: u32,
    pub settings_edits: u32,
    pub profile_resets: u32,
    pub data_clears: u32,
    scratch: Rc<RefCell<Scratch>>,
}

pub enum Action {
    SetQuery(String),
    SetLang(Lang),
    ShowMore,
    OpenJob(Option<usize>),
    /// A job opened from the list with a new history entry.
    OpenPushed(usize),
    /// Back or forward: the view the URL describes.
    FromUrl {
        screen: Screen,
        job: Option<usize>,
        query: String,
        filters: Filters,
        sort: Sort,
    },
    Show(Screen),
    /// A profile given from outside (a link, an embed's attribute), used for this view.
    UseProfile(Profile, Option<ProfileNotice>),
    /// The worker changed their profile.
    EditProfile(ProfileEdit),
    /// The profile editor's skill box.
    SetSkillQuery(String),
    /// Forget the saved profile (after an unreadable one was reported).
    ResetProfile,
    /// "Clear my data": the profile and the display settings, here and in storage.
    ClearData,
    SetFilters(Filters),
    SetSort(Sort),
    SetSettings(Settings),
    /// Back to a clean start (a kiosk after its idle time): no profile, query or filters;
    /// the day is read again (a kiosk may run for days).
    Reset {
        today: i64,
    },
}

/// What the state starts from.
pub struct Start {
    pub lang: Lang,
    pub data: Rc<Dataset>,
    pub query: String,
    pub profile: Profile,
    pub notice: Option<ProfileNotice>,
    pub screen: Screen,
    pub job: Option<String>,
    pub filters: Filters,
    pub sort: Sort,
    pub settings: Settings,
    pub today: i64,
}

impl State {
    pub fn new(start: Start) -> State {
        let open_job = start.job.as_deref().and_then(|id| start.data.job_by_id(id));
        let mut s = State {
            lang: start.lang,
            request: Request {
                query: Query::parse(&start.query),
                filters: start.filters.canonical(start.data.catalog()),
                sort: start.sort,
                today: start.today,
                limit: PAGE,
            },
            query_text: start.query,
            data: start.data,
            profile: start.profile,
            profile_problems: Rc::default(),
            notice: start.notice,
            worker: Rc::default(),
            screen: start.screen,
            settings: start.settings,
            open_job,
            job_pushed: false,
            scores: Rc::default(),
            view: Rc::default(),
            cards: Rc::default(),
            detail: None,
            suggestions: Rc::default(),
            skill_query: String::new(),
            skill_suggestions: Rc::default(),
            profile_edits: 0,
            settings_edits: 0,
            profile_resets: 0,
            data_clears: 0,
            scratch: Rc::default(),
        };
        s.resolve();
        s
    }

    /// After a profile change: resolve it, then everything that depends on the worker.
    fn resolve(&mut self) {
        let (worker, problems) = self.profile.resolve(self.data.catalog());
        self.worker = Rc::new(worker);
        self.profile_problems = Rc::new(problems);
        self.skill_suggestions = Rc::new(self.find_skills());
        self.rescore();
    }

    /// After a profile, filter or date change: every score, the suggestions, then the view.
    fn rescore(&mut self) {
        let r = &self.request;
        self.scores = Rc::new(score_all(&self.data, &self.worker, &r.filters, r.today));
        self.suggestions = Rc::new(suggest(&self.data, &self.worker, &r.filters, r.today, SUGGESTIONS));
        self.rerank();
        self.explain_open_job();
    }

    /// After a query, sort or paging change: only search, ordering and the visible cards.
    fn rerank(&mut self) {
        let view = {
            let mut scratch = self.scratch.borrow_mut();
            let r = &self.request;
            rank_scored(&self.data, &self.worker, &self.scores, &r.query, r.sort, r.limit, &mut scratch)
        };
        self.cards = Rc::new(view.items.iter().map(|r| self.card(r.job as usize, r.score)).collect());
        self.view = Rc::new(view);
    }

    fn card(&self, ix: usize, score: f32) -> Card {
        let why = explain(self.data.job(ix), self.data.facts(ix), &self.worker, self.request.today);
        Card {
            job: ix,
            percent: crate::engine::score::percent(score as f64),
            skills_met: why.met_count(),
            skills_asked: why.skills.len(),
            brand: why.brand,
            asks_fee: why.asks_fee,
        }
    }

    /// The open job's explanation and the courses for each gap it shows.
    fn explain_open_job(&mut self) {
        self.detail = self.open_job.map(|ix| {
            let why = explain(self.data.job(ix), self.data.facts(ix), &self.worker, self.request.today);
            let gaps = why
                .skills
                .iter()
                .filter_map(|f| match f {
                    SkillFit::Below { skill, required, .. } => Some((*skill, Some(*required))),
                    SkillFit::Missing { skill: SkillRef::Known(skill), required } => Some((*skill, *required)),
                    _ => None,
                })
                .map(|(skill, level)| {
                    let mut courses = courses_for(&self.data, skill, level);
                    courses.truncate(GAP_COURSES);
                    (skill, courses)
                })
                .filter(|(_, courses)| !courses.is_empty())
                .collect();
            Rc::new(Detail { job: ix, why, gaps })
        });
    }

    /// The autocomplete's suggestions for the skill box: matches not held already.
    fn find_skills(&self) -> Vec<SkillIx> {
        if self.skill_query.trim().is_empty() {
            return Vec::new();
        }
        let held: Vec<SkillIx> =
            self.profile.skills.iter().filter_map(|s| self.data.catalog().profile_skill(s)).collect();
        let mut scratch = self.scratch.borrow_mut();
        let found = search_skills(&self.data, &self.skill_query, SKILL_SUGGESTIONS + held.len(), &mut scratch);
        found.into_iter().filter(|s| !held.contains(s)).take(SKILL_SUGGESTIONS).collect()
    }

    fn open(&mut self, job: Option<usize>, pushed: bool) {
        self.open_job = job;
        self.job_pushed = pushed;
        self.explain_open_job();
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetQuery(q) => {
                if q == next.query_text {
                    return self;
                }
                next.request.query = Query::parse(&q);
                next.query_text = q;
                next.request.limit = PAGE;
                next.rerank();
            }
            Action::SetLang(lang) => next.lang = lang,
            Action::ShowMore => {
                next.request.limit += PAGE;
                next.rerank();
            }
            Action::OpenJob(job) => next.open(job, false),
            Action::OpenPushed(job) => next.open(Some(job), true),
            Action::FromUrl { screen, job, query, filters, sort } => {
                let filters = filters.canonical(next.data.catalog());
                let rescore = filters != next.request.filters;
                next.screen = screen;
                next.request.query = Query::parse(&query);
                next.query_text = query;
                next.request.filters = filters;
                next.request.sort = sort;
                next.request.limit = PAGE;
                if rescore {
                    next.rescore();
                } else {
                    next.rerank();
                }
                next.open(job, false);
            }
            Action::Show(screen) => {
                next.screen = screen;
                next.open(None, false);
            }
            Action::UseProfile(profile, notice) => {
                next.profile = profile;
                next.notice = notice;
                next.resolve();
            }
            Action::EditProfile(edit) => {
                if !next.profile.apply(&edit, next.data.catalog()) {
                    return self;
                }
                // Editing makes the profile the worker's own.
                next.notice = None;
                next.profile_edits += 1;
                next.resolve();
            }
            Action::SetSkillQuery(text) => {
                next.skill_query = text;
                next.skill_suggestions = Rc::new(next.find_skills());
            }
            Action::ResetProfile => {
                next.profile = Profile::default();
                next.notice = None;
                next.profile_resets += 1;
                next.resolve();
            }
            Action::ClearData => {
                next.profile = Profile::default();
                next.notice = None;
                next.settings = Settings::default();
                next.data_clears += 1;
                next.resolve();
            }
            Action::SetFilters(filters) => {
                next.request.filters = filters.canonical(next.data.catalog());
                next.request.limit = PAGE;
                next.rescore();
            }
            Action::SetSort(sort) => {
                next.request.sort = sort;
                next.request.limit = PAGE;
                next.rerank();
            }
            Action::SetSettings(settings) => {
                next.settings = settings;
                next.settings_edits += 1;
            }
            Action::Reset { today } => {
                next.profile = Profile::default();
                next.notice = None;
                next.query_text.clear();
                next.skill_query.clear();
                next.request = Request { today, limit: PAGE, ..Request::default() };
                next.screen = Screen::Jobs;
                next.settings = Settings::default();
                next.open(None, false);
                next.resolve();
            }
        }
        Rc::new(next)
    }
}
