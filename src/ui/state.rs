//! The widget's one state: what the user asked for, and the ranked view derived from it.
//! Every change goes through an [`Action`]; the view is recomputed once per action, never
//! per render.

use crate::engine::dataset::Dataset;
use crate::engine::profile::{Profile, Resolved};
use crate::engine::text::index::Scratch;
use crate::engine::text::query::Query;
use crate::engine::view::{rank_scored, score_all, Request, Scores, View};
use crate::i18n::Lang;
use std::cell::RefCell;
use std::rc::Rc;
use yew::Reducible;

/// How many results are rendered per page; "show more" adds another page.
pub const PAGE: usize = 30;

#[derive(Clone, Debug)]
pub struct State {
    pub lang: Lang,
    pub data: Rc<Dataset>,
    pub query_text: String,
    pub request: Request,
    pub profile: Profile,
    pub worker: Rc<Resolved>,
    /// Profile scores under the filters: recomputed when those change, not per keystroke.
    scores: Rc<Scores>,
    pub view: Rc<View>,
    scratch: Rc<RefCell<Scratch>>,
}

pub enum Action {
    SetQuery(String),
    SetLang(Lang),
    ShowMore,
}

impl State {
    pub fn new(lang: Lang, data: Rc<Dataset>, query_text: String, profile: Profile, today: i64) -> State {
        let (worker, _) = profile.resolve(&data.catalog);
        let mut s = State {
            lang,
            data,
            request: Request { query: Query::parse(&query_text), today, limit: PAGE, ..Request::default() },
            query_text,
            profile,
            worker: Rc::new(worker),
            scores: Rc::default(),
            view: Rc::default(),
            scratch: Rc::default(),
        };
        s.rescore();
        s
    }

    /// After a profile, filter or date change: every score, then the view.
    fn rescore(&mut self) {
        self.scores = Rc::new(score_all(&self.data, &self.worker, &self.request.filters, self.request.today));
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
        }
        Rc::new(next)
    }
}
