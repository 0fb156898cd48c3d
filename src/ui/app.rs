//! The root component: owns the state, provides the language, lays out the screen.

use crate::engine::dataset::Dataset;
use crate::engine::feed::LoadOptions;
use crate::engine::profile::Profile;
use crate::i18n::Lang;
use crate::ui::components::{FeedProblems, Header, JobList, ResultCount, SearchBox};
use crate::ui::env;
use crate::ui::state::{Action, State};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Debug, Default, PartialEq, Properties)]
pub struct AppProps {
    #[prop_or_default]
    pub lang: Lang,
    /// Initial search text (the `q` URL parameter).
    #[prop_or_default]
    pub query: String,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = {
        let props = props.clone();
        use_reducer(move || {
            let data = Rc::new(Dataset::load(&[], LoadOptions::default()));
            State::new(props.lang, data, props.query, Profile::default(), env::today())
        })
    };
    let t = state.lang.texts();
    let on_query = {
        let state = state.dispatcher();
        Callback::from(move |q: String| state.dispatch(Action::SetQuery(q)))
    };
    let on_lang = {
        let state = state.dispatcher();
        Callback::from(move |lang: Lang| state.dispatch(Action::SetLang(lang)))
    };
    let on_more = {
        let state = state.dispatcher();
        Callback::from(move |_| state.dispatch(Action::ShowMore))
    };
    html! {
        <ContextProvider<Lang> context={state.lang}>
            <div class="sm-app" lang={state.lang.tag()}>
                <Header lang={state.lang} {on_lang} />
                <main class="sm-main">
                    <SearchBox value={state.query_text.clone()} {on_query} />
                    <ResultCount total={state.view.total} />
                    <FeedProblems problems={Rc::new(state.data.problems.clone())} />
                    <JobList data={state.data.clone()} worker={state.worker.clone()} view={state.view.clone()} today={state.request.today} {on_more} />
                </main>
                <footer class="sm-footer"><p>{ t.privacy_note() }</p></footer>
            </div>
        </ContextProvider<Lang>>
    }
}
