use crate::ui::env;
use crate::ui::state::{Action, State};
use crate::ui::url;
use std::rc::Rc;
use yew::prelude::*;

/// Kiosk idle time before it resets, and the countdown shown before that.
pub const KIOSK_IDLE_SECONDS: u32 = 90;
pub const KIOSK_COUNTDOWN: u32 = 10;

/// Seconds without a touch or key press.
#[derive(Clone, Copy, Default, PartialEq)]
struct Idle(u32);

enum IdleAction {
    Tick,
    Active,
}

impl Reducible for Idle {
    type Action = IdleAction;
    fn reduce(self: Rc<Self>, action: IdleAction) -> Rc<Self> {
        match action {
            IdleAction::Tick => Rc::new(Idle(self.0 + 1)),
            IdleAction::Active if self.0 == 0 => self,
            IdleAction::Active => Rc::new(Idle(0)),
        }
    }
}

/// What the kiosk's idle timer gives the layout: the seconds left while the countdown shows,
/// and the callback every touch, key and input reports to.
pub struct KioskIdle {
    pub countdown: Option<u32>,
    pub on_activity: Callback<()>,
}

/// Owns the kiosk's idle timer. Only in kiosk mode, a one-second interval counts seconds
/// without a touch, key or input; `idle_seconds` after the last one (90 by default, at least
/// the countdown plus one) it resets the state for the next visitor — and, when the widget
/// keeps the address bar, the address too (no job, query or `#profile=` of the last
/// visitor). The interval stops when the widget unmounts or kiosk mode ends.
#[hook]
pub fn use_kiosk_idle(
    kiosk: bool,
    idle_seconds: Option<u32>,
    sync_url: bool,
    dispatch: UseReducerDispatcher<State>,
) -> KioskIdle {
    let idle = use_reducer(Idle::default);
    let limit = idle_seconds.unwrap_or(KIOSK_IDLE_SECONDS).max(KIOSK_COUNTDOWN + 1);
    {
        let tick = idle.dispatcher();
        use_effect_with(kiosk, move |kiosk| {
            let timer =
                kiosk.then(|| gloo::timers::callback::Interval::new(1000, move || tick.dispatch(IdleAction::Tick)));
            move || drop(timer)
        });
    }
    {
        let active = idle.dispatcher();
        use_effect_with(idle.0, move |secs| {
            if kiosk && *secs >= limit {
                dispatch.dispatch(Action::Reset { today: env::today() });
                active.dispatch(IdleAction::Active);
                if sync_url {
                    url::reset_kiosk();
                }
            }
        });
    }
    let active = idle.dispatcher();
    let remaining = limit.saturating_sub(idle.0);
    KioskIdle {
        countdown: (kiosk && remaining <= KIOSK_COUNTDOWN).then_some(remaining),
        on_activity: Callback::from(move |_: ()| active.dispatch(IdleAction::Active)),
    }
}
