//! The widget's one state: what the user asked for, and the views derived from it. Every
//! change goes through an [`Action`]; derived views are recomputed once per action, never
//! per render — scores only when the profile, filters or day change, the ranking when the
//! query or paging changes.

use crate::engine::dataset::Dataset;
use crate::engine::profile::{Profile, Resolved};
use crate::engine::suggest::{suggest, Suggestion};
use crate::engine::text::index::Scratch;
use crate::engine::text::query::Query;
use crate::engine::view::{rank_scored, score_all, Filters, Request, Scores, Sort, View};
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

/// Where the profile in use came from, when the user should know.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfileNotice {
    /// `#profile=` in the link: used for this view, not saved.
    FromLink,
    /// The saved profile could not be read; it is kept until reset.
    Corrupt,
}

#[derive(Clone, Debug)]
pub struct State {
    pub lang: Lang,
    pub data: Rc<Dataset>,
    pub query_text: String,
    pub request: Request,
    pub profile: Profile,
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
    pub suggestions: Rc<Vec<Suggestion>>,
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
    /// The profile was edited, reset or cleared.
    SetProfile(Profile, Option<ProfileNotice>),
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
        let (worker, _) = start.profile.resolve(&start.data.catalog);
        let open_job = start.job.as_deref().and_then(|id| start.data.job_by_id(id));
        let mut s = State {
            lang: start.lang,
            request: Request {
                query: Query::parse(&start.query),
                filters: start.filters.canonical(&start.data.catalog),
                sort: start.sort,
                today: start.today,
                limit: PAGE,
            },
            query_text: start.query,
            data: start.data,
            profile: start.profile,
            notice: start.notice,
            worker: Rc::new(worker),
            screen: start.screen,
            settings: start.settings,
            open_job,
            job_pushed: false,
            scores: Rc::default(),
            view: Rc::default(),
            suggestions: Rc::default(),
            scratch: Rc::default(),
        };
        s.rescore();
        s
    }

    /// After a profile, filter or date change: every score, the suggestions, then the view.
    fn rescore(&mut self) {
        let r = &self.request;
        self.scores = Rc::new(score_all(&self.data, &self.worker, &r.filters, r.today));
        self.suggestions = Rc::new(suggest(&self.data, &self.worker, &r.filters, r.today, SUGGESTIONS));
        self.rerank();
    }

    /// After a query, sort or paging change: only search and ordering.
    fn rerank(&mut self) {
        let mut scratch = self.scratch.borrow_mut();
        let r = &self.request;
        self.view =
            Rc::new(rank_scored(&self.data, &self.worker, &self.scores, &r.query, r.sort, r.limit, &mut scratch));
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
            Action::OpenJob(job) => {
                next.open_job = job;
                next.job_pushed = false;
            }
            Action::OpenPushed(job) => {
                next.open_job = Some(job);
                next.job_pushed = true;
            }
            Action::FromUrl { screen, job, query, filters, sort } => {
                let filters = filters.canonical(&next.data.catalog);
                let rescore = filters != next.request.filters;
                next.screen = screen;
                next.open_job = job;
                next.job_pushed = false;
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
            }
            Action::Show(screen) => {
                next.screen = screen;
                next.open_job = None;
            }
            Action::SetProfile(profile, notice) => {
                next.worker = Rc::new(profile.resolve(&next.data.catalog).0);
                next.profile = profile;
                next.notice = notice;
                next.rescore();
            }
            Action::SetFilters(filters) => {
                next.request.filters = filters.canonical(&next.data.catalog);
                next.request.limit = PAGE;
                next.rescore();
            }
            Action::SetSort(sort) => {
                next.request.sort = sort;
                next.request.limit = PAGE;
                next.rerank();
            }
            Action::SetSettings(settings) => next.settings = settings,
            Action::Reset { today } => {
                next.profile = Profile::default();
                next.worker = Rc::new(next.profile.resolve(&next.data.catalog).0);
                next.notice = None;
                next.query_text.clear();
                next.request = Request { today, limit: PAGE, ..Request::default() };
                next.screen = Screen::Jobs;
                next.open_job = None;
                next.job_pushed = false;
                next.settings = Settings::default();
                next.rescore();
            }
        }
        Rc::new(next)
    }
}
