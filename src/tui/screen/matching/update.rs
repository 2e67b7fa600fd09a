//! A match's keys: move through the items, choose each one's option.

use crate::activity::Body;
use crate::activity::shuffle::option_order;
use crate::answer::Response;
use crate::tui::action::Action;
use crate::tui::app::{App, TaskState};
use crate::tui::task::vertical;

/// Applies an action to the task on screen, whose state is `st`.
pub fn update(app: &mut App, st: &mut TaskState, action: Action) -> Option<Action> {
    let Body::Match(m) = &app.unit.activities[st.activity].body else {
        return None;
    };
    let w = &mut app.work[st.activity];
    let n = m.options.len();
    // Positions are counted as the options are shown (they may be shuffled).
    let shown = option_order(&w.options, 0, n);
    let item = w.order.get(st.row).map(|&r| &m.items[r])?;
    let Response::Match(chosen) = &mut w.answer.response else {
        return None;
    };
    let now = chosen.get(&*item.id).and_then(|o| {
        shown
            .iter()
            .position(|&k| m.options.get(k).is_some_and(|x| &x.id == o))
    });
    let pick = match action {
        Action::Up | Action::Down | Action::PageUp | Action::PageDown => {
            vertical(st, action, m.items.len());
            return None;
        }
        Action::Right | Action::Toggle | Action::Activate => Some(now.map_or(0, |p| (p + 1) % n)),
        Action::Left => Some(now.map_or(n.saturating_sub(1), |p| (p + n - 1) % n)),
        Action::Pick(k) if k >= 1 && k <= n => Some(k - 1),
        Action::ReturnToPool => {
            chosen.remove(&*item.id);
            return None;
        }
        _ => None,
    }?;
    let option = &m.options.get(*shown.get(pick)?)?.id;
    if m.option_use == crate::activity::OptionUse::Once {
        chosen.retain(|_, o| o != option);
    }
    chosen.insert(item.id.to_string(), option.clone());
    None
}
