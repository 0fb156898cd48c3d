//! The widget's one state: what the user asked for, and the views derived from it. Every
//! change goes through an [`Action`]; the reducer decides, and recomputes what depends on
//! the change once — scores when the profile, filters or day change; the ranking and the
//! visible cards when the query or paging changes; the open job's explanation when it opens
//! — so components only render what is here. Side effects (storage, history, timers) are
//! the named hooks' business (`ui::hooks`), never the reducer's.

use crate::engine::dataset::Dataset;
use crate::engine::feed::FeedError;
use crate::engine::map_outline::MapOutlines;
use crate::engine::model::{BrandIx, SkillIx};
use crate::engine::profile::{Profile, ProfileProblem, Resolved};
use crate::engine::profile_edit::ProfileEdit;
use crate::engine::score::{explain, Explanation, SkillFit};
use crate::engine::suggest::{courses_for, suggest_with, CourseFilters, Suggestion};
use crate::engine::text::index::Scratch;
use crate::engine::text::query::Query;
use crate::engine::view::{rank_scored, score_all, search_skills, Filters, Request, Scores, Sort, View};
use crate::engine::wage_picture::{wage_picture, WagePicture};
use crate::engine::work_map::{work_map, WorkMap};
use crate::i18n::Lang;
use crate::ui::storage::{Settings, StoreError};
use crate::ui::url::Screen;
use std::cell::RefCell;
use std::rc::Rc;
use yew::Reducible;

/// What the count and the alert say about a pack (`State::pack`; always `None` in the
/// default build, which loads no packs).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PackStatus {
    /// Jobs in the widget's dataset, and in the whole pack.
    pub loaded: usize,
    pub all: usize,
    /// Shards are still coming in the background.
    pub loading: bool,
    /// Only the home city is in: the worker will not move; the rest load when asked.
    pub home_only: Option<String>,
    /// Shards that failed: their city (gazetteer name) and why.
    pub failed: Vec<(String, FeedError)>,
}

/// How many results are rendered per page; "show more" adds another page.
pub const PAGE: usize = 30;
/// The first render puts this many cards in the page (the twenty the contract promises), the
/// first [`FIRST_FULL`] of them in full and the others brief (their title and hooks): the
/// rest of each card, the rest of the page and the course suggestions follow after paints,
/// [`SETTLE_STEP`] cards a task, so that starting up is short tasks rather than one long one.
pub const FIRST_PAGE: usize = 20;
/// The cards the first render shows in full: what a phone (one or two) or a desktop (two
/// rows of three at 1280 × 900) shows of the list above the fold.
const FIRST_FULL: usize = 6;
/// At start, the cards completed per task after the first render.
const SETTLE_STEP: usize = 8;
/// After a keystroke, the cards rendered at once (more than a phone or desktop shows above
/// the fold); the rest of the page follows after the next paint, so that typing stays quick.
pub const TYPING_PAGE: usize = 8;
/// Course suggestions kept (the home screen shows the first few).
pub const SUGGESTIONS: usize = 20;
/// Skill suggestions the profile editor's autocomplete offers.
pub const SKILL_SUGGESTIONS: usize = 6;
/// Courses offered per gap in a job's detail.
const GAP_COURSES: usize = 3;
/// Feed problems listed per page of the expanded list (a hostile feed has millions; the
/// engine keeps the first few hundred and counts the rest).
pub const PROBLEMS_PAGE: usize = 50;

/// Where the profile in use came from, when the user should know.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfileNotice {
    /// `#profile=` in the link (or an embedding page's): used for this view, not saved.
    FromLink,
    /// The saved profile could not be read whole: what could be read is in use, and the
    /// original text is kept as a backup until the worker clears it.
    Damaged,
}

/// Whose profile is in use, and so what may happen to the one saved on the device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfileSource {
    /// The worker's own: saved on this device after each edit.
    Own,
    /// Opened from a link or given by an embedding page: a view. The first edit asks whether
    /// to make it the worker's own; until they say so, nothing is saved.
    Link,
    /// A kiosk: nothing is read or saved.
    Kiosk,
}

/// Where "clear my data" stands: it asks once, and can be undone for a few seconds.
#[derive(Clone, Debug, PartialEq)]
pub enum ClearStep {
    Idle,
    Confirming,
    /// Cleared; what was there, for an undo.
    Undoable(Rc<(Profile, Settings, ProfileSource)>),
}

/// The profile a widget starts with, as the storage hook found it.
pub struct StartProfile {
    pub profile: Profile,
    pub source: ProfileSource,
    pub notice: Option<ProfileNotice>,
    /// The profile saved on the device (when the one in use came from a link).
    pub saved: Option<Profile>,
    /// What could not be read or used of the profile's JSON.
    pub problems: Vec<ProfileProblem>,
    /// The original text of a damaged saved profile, to keep as a backup.
    pub backup: Option<String>,
}

/// What a job card shows about the fit, computed once per ranking, not per render.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Card {
    pub job: usize,
    /// The match as a percentage (what `data-match` says).
    pub percent: u8,
    pub skills_met: usize,
    /// Requirements naming a skill we know; 0: "no skills listed".
    pub skills_asked: usize,
    /// When it lists none: a skill of the worker's its title (or description) names.
    pub mentioned: Option<(SkillIx, bool)>,
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
    /// Where its pay sits among comparable jobs (`None`: nothing to compare by).
    pub pay: Option<WagePicture>,
}

/// The map's outlines, fetched by `use_map_file` when the map first shows and kept for the
/// session (a kiosk's reset keeps them too: they are not the visitor's).
#[derive(Clone, Debug, Default, PartialEq)]
pub enum MapFile {
    #[default]
    NotFetched,
    Fetching,
    Ready(Rc<MapOutlines>),
    /// Could not be fetched or read: a notice with a retry; the table still shows.
    Failed,
}

/// A language asked for whose messages are not here yet (English in the default build:
/// `ui::lang_file` fetches it). The page stays in the language it shows until they are.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum LangLoad {
    #[default]
    Idle,
    Loading(Lang),
    /// Could not be fetched or read: said in both languages, with a retry.
    Failed(Lang),
}

#[derive(Clone, Debug)]
pub struct State {
    /// The language shown: only ever one whose messages are here (`Lang::ready`).
    pub lang: Lang,
    pub lang_load: LangLoad,
    pub data: Rc<Dataset>,
    pub query_text: String,
    pub request: Request,
    pub profile: Profile,
    pub source: ProfileSource,
    /// The device's saved profile while a link's is in view: what "keep mine" goes back to.
    pub saved: Option<Rc<Profile>>,
    /// A link's profile was edited: ask whether to save it as the worker's own.
    pub ask_save: bool,
    /// What could not be read of the profile's JSON (kept until the profile changes).
    read_problems: Rc<Vec<ProfileProblem>>,
    /// What of the profile could not be read or used (unknown skills, places…), shown.
    pub profile_problems: Rc<Vec<ProfileProblem>>,
    pub notice: Option<ProfileNotice>,
    /// The original text of a damaged saved profile, kept as a backup until cleared.
    pub backup: Option<Rc<str>>,
    /// The last write to the device that failed (storage full or refused), until dismissed.
    pub store_error: Option<StoreError>,
    pub clear_step: ClearStep,
    pub worker: Rc<Resolved>,
    /// Whether there is anything to match on; without it no match percentage is shown and
    /// the list follows its default order (newest first).
    pub has_profile: bool,
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
    /// The courses screen's choice: only free, only online (among every course).
    pub course_filters: CourseFilters,
    /// The first render is done and the course suggestions are in.
    pub settled: bool,
    /// How many of `cards` are rendered now: fewer just after starting or typing (the rest
    /// follow after the next paint, when [`Action::Settle`] comes).
    pub shown: usize,
    /// How many of those are rendered in full; the others are brief (only in the first
    /// render and until it is completed, see [`FIRST_FULL`]).
    pub full: usize,
    /// Counts the times more work waits for the next paint (`shown` cut short, suggestions
    /// still to come): each one asks for an [`Action::Settle`].
    pub partial_renders: u32,
    /// How many feed problems the expanded list shows.
    pub problems_shown: usize,
    /// The filter bar is open: its controls are rendered only then.
    pub filters_open: bool,
    /// The work map's figures, computed only while the map shows (see `refigure`) and
    /// dropped when what they depend on changes.
    pub work_map: Option<Rc<WorkMap>>,
    pub map_file: MapFile,
    /// The profile editor's skill box and what it suggests.
    pub skill_query: String,
    pub skill_suggestions: Rc<Vec<SkillIx>>,
    /// What the storage hook acts on (`ui::hooks::use_storage`), each bumped by one kind of
    /// request: save the profile (an edit of the worker's own), save the display settings,
    /// forget the backup, clear everything, or write back what a clear removed (undo).
    pub profile_saves: u32,
    pub settings_saves: u32,
    pub backup_clears: u32,
    pub data_clears: u32,
    pub restores: u32,
    scratch: Rc<RefCell<Scratch>>,
    /// A pack's loading: what is in, what is coming, what failed (`None`: not a pack).
    pub pack: Option<Rc<PackStatus>>,
    /// The job the page was opened on (`job=ID`) while it is not loaded yet: a pack's job
    /// in a city still to come. It opens when its shard arrives, unless the worker has
    /// moved on; the address keeps it meanwhile.
    pub waiting_job: Option<String>,
}

pub enum Action {
    SetQuery(String),
    /// The language asked for: shown at once when its messages are here, else once they are
    /// loaded (`LangLoad`).
    SetLang(Lang),
    /// What became of loading a language's messages.
    LangLoaded(Lang, bool),
    /// The report of a language that could not be loaded, closed.
    DismissLang,
    ShowMore,
    /// The next page of the feed problems.
    MoreProblems,
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
    UseProfile(Profile, Vec<ProfileProblem>),
    /// The worker changed their profile.
    EditProfile(ProfileEdit),
    /// Answers to "save as my profile?" after editing a link's profile.
    SaveAsMine,
    KeepMine,
    /// Another tab saved a profile (or cleared it): this one follows rather than overwrite it.
    SavedElsewhere(Option<Profile>),
    /// Another tab changed the display settings.
    SettingsElsewhere(Settings),
    /// The profile editor's skill box.
    SetSkillQuery(String),
    /// Forget the backup of a damaged saved profile.
    ClearBackup,
    /// "Clear my data": ask, then clear (profile, settings, backup), then allow an undo.
    AskClear,
    CancelClear,
    ConfirmClear,
    UndoClear,
    /// The undo's few seconds are over.
    ClearDone,
    /// A write to the device failed; or the worker dismissed the report.
    StoreFailed(StoreError),
    DismissStoreError,
    SetFilters(Filters),
    /// A place chosen on the map or its table: the city filter, then the list.
    ChooseCity(String),
    /// What became of the map file's fetch; `NotFetched` again is a retry.
    MapFile(MapFile),
    /// The filter bar was opened or closed.
    OpenFilters(bool),
    SetCourseFilters(CourseFilters),
    /// After a render was cut short (starting up, a keystroke), once it is painted: the rest
    /// of the page; at start, after that is painted too, the course suggestions.
    Settle,
    SetSort(Sort),
    SetSettings(Settings),
    /// Back to a clean start (a kiosk after its idle time): no profile, query or filters;
    /// the day is read again (a kiosk may run for days).
    Reset {
        today: i64,
    },
    /// More of a pack is in: a dataset with every job loaded so far (the earlier jobs keep
    /// their positions), and the pack's status.
    PackGrew(Rc<Dataset>, PackStatus),
    /// The pack's status changed (a shard failed, loading finished or paused).
    PackStatus(PackStatus),
}

/// What the state starts from.
pub struct Start {
    /// The language asked for; `lang_failed`: its messages could not be loaded (the page
    /// starts in Chinese and says so).
    pub lang: Lang,
    pub lang_failed: bool,
    pub data: Rc<Dataset>,
    pub query: String,
    pub profile: StartProfile,
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
        let (lang, lang_load) = match start.lang {
            lang if lang.ready() => (lang, LangLoad::Idle),
            lang if start.lang_failed => (Lang::Zh, LangLoad::Failed(lang)),
            lang => (Lang::Zh, LangLoad::Loading(lang)),
        };
        let mut s = State {
            lang,
            lang_load,
            request: Request {
                query: Query::parse(&start.query),
                filters: start.filters.canonical(start.data.catalog()),
                sort: start.sort,
                today: start.today,
                limit: PAGE,
            },
            query_text: start.query,
            data: start.data,
            profile: start.profile.profile,
            source: start.profile.source,
            saved: start.profile.saved.map(Rc::new),
            ask_save: false,
            read_problems: Rc::new(start.profile.problems),
            profile_problems: Rc::default(),
            notice: start.profile.notice,
            backup: start.profile.backup.map(Rc::from),
            store_error: None,
            clear_step: ClearStep::Idle,
            worker: Rc::default(),
            has_profile: false,
            screen: start.screen,
            settings: start.settings,
            open_job,
            job_pushed: false,
            scores: Rc::default(),
            view: Rc::default(),
            cards: Rc::default(),
            detail: None,
            suggestions: Rc::default(),
            course_filters: CourseFilters::default(),
            settled: false,
            shown: FIRST_PAGE,
            full: 0,
            partial_renders: 1,
            problems_shown: PROBLEMS_PAGE,
            filters_open: false,
            work_map: None,
            map_file: MapFile::NotFetched,
            skill_query: String::new(),
            skill_suggestions: Rc::default(),
            profile_saves: 0,
            settings_saves: 0,
            backup_clears: 0,
            data_clears: 0,
            restores: 0,
            scratch: Rc::default(),
            pack: None,
            waiting_job: start.job.clone().filter(|_| open_job.is_none()),
        };
        // A place alone does not open the filter bar: a kiosk's map sets it, and the bar
        // would push the jobs off the screen.
        let f = &s.request.filters;
        s.filters_open = Filters { city: None, county: None, ..f.clone() }.active_count() > 0;
        s.resolve();
        s.refigure();
        s.full = FIRST_FULL;
        s
    }

    /// Whether the work map shows: its own screen, or a kiosk's home (beside the list).
    pub fn map_shown(&self) -> bool {
        self.open_job.is_none()
            && (self.screen == Screen::Map || (self.screen == Screen::Jobs && self.source == ProfileSource::Kiosk))
    }

    /// The map's figures, when it shows and they are not there: once per change of what they
    /// depend on, not per keystroke while the map is hidden, nor per render.
    fn refigure(&mut self) {
        if !self.map_shown() || self.work_map.is_some() {
            return;
        }
        let mut scratch = self.scratch.borrow_mut();
        let r = &self.request;
        let filters = self.map_filters();
        self.work_map = Some(Rc::new(work_map(&self.data, &self.worker, &filters, &r.query, r.today, &mut scratch)));
    }

    /// What the map counts: the list's filters, and — for a worker who has named skills —
    /// only the jobs that use one of them. Choosing a place carries the same into the list,
    /// so a place's count is the list's count after choosing it.
    pub fn map_filters(&self) -> Filters {
        Filters { fits: self.request.filters.fits || self.worker.has_skills(), ..self.request.filters.clone() }
    }

    /// After a profile change: resolve it, then everything that depends on the worker.
    fn resolve(&mut self) {
        let (worker, unused) = self.profile.resolve(self.data.catalog());
        self.has_profile = !worker.is_empty();
        self.worker = Rc::new(worker);
        self.profile_problems = Rc::new(self.read_problems.iter().cloned().chain(unused).collect());
        self.skill_suggestions = Rc::new(self.find_skills());
        self.rescore();
    }

    /// After a profile, filter or date change: every score, the suggestions, then the view.
    fn rescore(&mut self) {
        let r = &self.request;
        self.scores = Rc::new(score_all(&self.data, &self.worker, &r.filters, r.today));
        self.work_map = None;
        self.suggest();
        self.rerank();
        self.explain_open_job();
    }

    /// The course suggestions for the worker, the filters and the courses screen's choice
    /// (none before the state has settled).
    fn suggest(&mut self) {
        if !self.settled {
            return;
        }
        let r = &self.request;
        let (ds, w) = (&self.data, &self.worker);
        self.suggestions = Rc::new(suggest_with(ds, w, &r.filters, r.today, SUGGESTIONS, self.course_filters));
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
        // Brief cards are the first render's alone: a page ranked again (a filter chosen while
        // the first one is still being completed) shows every card it shows in full.
        self.full = self.shown;
    }

    /// Renders only the first `n` cards for now (if there are more) and asks for the rest.
    fn show_first(&mut self, n: usize) {
        if self.cards.len() > n {
            (self.shown, self.full) = (n, n);
            self.partial_renders += 1;
        }
    }

    fn card(&self, ix: usize, score: f32) -> Card {
        let why = explain(self.data.job(ix), self.data.facts(ix), &self.worker, self.request.today);
        Card {
            job: ix,
            percent: crate::engine::score::percent(score as f64),
            skills_met: why.met_count(),
            skills_asked: why.judged_count(),
            mentioned: why.mentioned(),
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
                    SkillFit::Missing { skill, required } => Some((*skill, *required)),
                    _ => None,
                })
                .map(|(skill, level)| {
                    let mut courses = courses_for(&self.data, skill, level);
                    courses.truncate(GAP_COURSES);
                    (skill, courses)
                })
                .filter(|(_, courses)| !courses.is_empty())
                .collect();
            let pay = wage_picture(&self.data, ix, self.request.today);
            Rc::new(Detail { job: ix, why, gaps, pay })
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
        self.waiting_job = None;
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
                next.work_map = None;
                next.rerank();
                next.show_first(TYPING_PAGE);
            }
            Action::SetLang(lang) if lang.ready() => (next.lang, next.lang_load) = (lang, LangLoad::Idle),
            Action::SetLang(lang) => next.lang_load = LangLoad::Loading(lang),
            // Only the language still asked for (not one the worker has since turned from).
            Action::LangLoaded(lang, ok) if next.lang_load == LangLoad::Loading(lang) => {
                (next.lang, next.lang_load) = match ok && lang.ready() {
                    true => (lang, LangLoad::Idle),
                    false => (next.lang, LangLoad::Failed(lang)),
                };
            }
            Action::LangLoaded(..) => return self,
            Action::DismissLang => next.lang_load = LangLoad::Idle,
            Action::ShowMore => {
                next.request.limit += PAGE;
                next.rerank();
            }
            Action::MoreProblems => next.problems_shown += PROBLEMS_PAGE,
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
                next.work_map = None;
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
            Action::UseProfile(profile, problems) => {
                next.profile = profile;
                next.read_problems = Rc::new(problems);
                if next.source != ProfileSource::Kiosk {
                    next.source = ProfileSource::Link;
                    next.notice = Some(ProfileNotice::FromLink);
                }
                next.resolve();
            }
            Action::EditProfile(edit) => {
                if !next.profile.apply(&edit, next.data.catalog()) {
                    return self;
                }
                match next.source {
                    // The worker's own: saved as they go.
                    ProfileSource::Own => next.profile_saves += 1,
                    // Someone else's link: never saved over the worker's own without asking.
                    ProfileSource::Link => next.ask_save = true,
                    ProfileSource::Kiosk => {}
                }
                next.read_problems = Rc::default();
                next.resolve();
            }
            Action::SaveAsMine => {
                next.source = ProfileSource::Own;
                next.ask_save = false;
                next.notice = None;
                next.saved = Some(Rc::new(next.profile.clone()));
                next.profile_saves += 1;
            }
            Action::KeepMine => {
                next.profile = next.saved.as_deref().cloned().unwrap_or_default();
                next.source = ProfileSource::Own;
                next.ask_save = false;
                next.notice = None;
                next.read_problems = Rc::default();
                next.resolve();
            }
            Action::SavedElsewhere(profile) => {
                if next.source == ProfileSource::Kiosk {
                    return self;
                }
                next.saved = profile.clone().map(Rc::new);
                if next.source == ProfileSource::Own {
                    next.profile = profile.unwrap_or_default();
                    next.read_problems = Rc::default();
                    next.resolve();
                }
            }
            Action::SettingsElsewhere(settings) => next.settings = settings,
            Action::SetSkillQuery(text) => {
                next.skill_query = text;
                next.skill_suggestions = Rc::new(next.find_skills());
            }
            Action::ClearBackup => {
                next.backup = None;
                next.notice = None;
                next.backup_clears += 1;
            }
            Action::AskClear => next.clear_step = ClearStep::Confirming,
            Action::CancelClear => next.clear_step = ClearStep::Idle,
            Action::ConfirmClear => {
                let before = (next.profile.clone(), next.settings, next.source);
                next.clear_step = ClearStep::Undoable(Rc::new(before));
                next.profile = Profile::default();
                next.settings = Settings::default();
                if next.source == ProfileSource::Link {
                    next.source = ProfileSource::Own;
                }
                next.saved = None;
                next.notice = None;
                next.ask_save = false;
                next.read_problems = Rc::default();
                next.data_clears += 1;
                next.resolve();
            }
            Action::UndoClear => {
                let ClearStep::Undoable(before) = &next.clear_step else { return self };
                let (profile, settings, source) = (**before).clone();
                next.profile = profile;
                next.settings = settings;
                next.source = source;
                if source == ProfileSource::Own {
                    next.saved = Some(Rc::new(next.profile.clone()));
                }
                next.clear_step = ClearStep::Idle;
                next.restores += 1;
                next.resolve();
            }
            Action::ClearDone => {
                if !matches!(next.clear_step, ClearStep::Undoable(_)) {
                    return self;
                }
                next.clear_step = ClearStep::Idle;
                next.backup = None;
            }
            Action::StoreFailed(e) => next.store_error = Some(e),
            Action::DismissStoreError => next.store_error = None,
            Action::SetFilters(filters) => {
                next.request.filters = filters.canonical(next.data.catalog());
                next.request.limit = PAGE;
                next.rescore();
            }
            Action::ChooseCity(city) => {
                // Beside the list (a kiosk's home), choosing the chosen place again clears it.
                let again = next.screen == Screen::Jobs && next.request.filters.city.as_deref() == Some(&*city);
                let city = (!again).then_some(city);
                next.request.filters = next.map_filters().with_city(city).canonical(next.data.catalog());
                next.request.limit = PAGE;
                next.screen = Screen::Jobs;
                next.open(None, false);
                next.rescore();
            }
            Action::MapFile(file) => next.map_file = file,
            Action::OpenFilters(open) => next.filters_open = open,
            Action::Settle => {
                if next.full < next.cards.len() {
                    // At start a few cards a task (each one new); after typing all the rest
                    // at once (a page of cards then most often keeps many of its cards).
                    next.full = match next.settled {
                        false => next.full + SETTLE_STEP,
                        true => usize::MAX,
                    };
                    // Once every card is in, every card of any later page is too ("show
                    // more" adds a page the render shows at once).
                    if next.full >= next.cards.len() {
                        next.full = usize::MAX;
                    }
                    next.shown = next.shown.max(next.full);
                    if next.full < next.cards.len() || !next.settled {
                        // More cards, or the course suggestions, after this is painted.
                        next.partial_renders += 1;
                    }
                } else if !next.settled {
                    next.settled = true;
                    next.suggest();
                } else {
                    return self;
                }
            }
            Action::PackGrew(data, status) => {
                next.data = data;
                next.pack = Some(Rc::new(status));
                // The same catalogue: the profile resolves as before; every job is scored
                // again (the new ones need scores) and ranked. The course suggestions and
                // the rest of the page wait for the `Settle` that follows in the next task
                // (at a million jobs each half takes long enough to be felt).
                next.settled = false;
                next.resolve();
                if let Some(ix) = next.waiting_job.as_deref().and_then(|id| next.data.job_by_id(id)) {
                    next.open(Some(ix), false);
                }
            }
            Action::PackStatus(status) => {
                if next.pack.as_deref() == Some(&status) {
                    return self;
                }
                next.pack = Some(Rc::new(status));
            }
            Action::SetCourseFilters(f) => {
                next.course_filters = f;
                next.suggest();
            }
            Action::SetSort(sort) => {
                next.request.sort = sort;
                next.request.limit = PAGE;
                next.rerank();
            }
            Action::SetSettings(settings) => {
                next.settings = settings;
                next.settings_saves += 1;
            }
            Action::Reset { today } => {
                next.profile = Profile::default();
                next.notice = None;
                next.ask_save = false;
                next.read_problems = Rc::default();
                next.query_text.clear();
                next.skill_query.clear();
                next.request = Request { today, limit: PAGE, ..Request::default() };
                next.screen = Screen::Jobs;
                next.settings = Settings::default();
                next.problems_shown = PROBLEMS_PAGE;
                next.open(None, false);
                next.resolve();
            }
        }
        next.refigure();
        Rc::new(next)
    }
}
