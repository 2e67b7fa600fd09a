//! A categorize's keys: move through the cards, put one into a bucket or back into the pool.

use crate::activity::Body;
use crate::answer::Response;
use crate::tui::action::Action;
use crate::tui::app::{App, TaskState};
use crate::tui::query::card_groups;
use crate::tui::task::moved;

/// Applies an action to the task on screen, whose state is `st`.
pub fn update(app: &mut App, st: &mut TaskState, action: Action) -> Option<Action> {
    let Body::Categorize(c) = &app.unit.activities[st.activity].body else {
        return None;
    };
    let w = &mut app.work[st.activity];
    let groups = card_groups(c, w);
    let flat: Vec<usize> = groups.iter().flatten().copied().collect();
    let pos = flat.iter().position(|&x| x == st.row).unwrap_or(0);
    let group = groups.iter().position(|g| g.contains(&st.row)).unwrap_or(0);
    let nb = c.buckets.len();
    let target = match action {
        Action::Up => {
            moved(st, flat.get(pos.saturating_sub(1)).copied().unwrap_or(0));
            return None;
        }
        Action::Down => {
            moved(st, flat.get(pos + 1).or(flat.last()).copied().unwrap_or(0));
            return None;
        }
        Action::Pick(n) if n >= 1 && n <= nb => Some(n),
        Action::Right | Action::Toggle | Action::Activate => {
            Some(if group >= nb { 0 } else { group + 1 })
        }
        Action::Left => Some(group.saturating_sub(1)),
        Action::ReturnToPool => Some(0),
        _ => None,
    }?;
    let card = c.cards.get(st.row)?;
    if let Response::Categorize(m) = &mut w.answer.response {
        if target == 0 {
            m.remove(&*card.id);
        } else {
            m.insert(card.id.to_string(), c.buckets[target - 1].id.to_string());
        }
    }
    // Placing a card from the pool moves on to the next card of the pool.
    if group == 0 && target != 0 {
        let pool = &groups[0];
        let at = pool.iter().position(|&x| x == st.row).unwrap_or(0);
        let next = pool
            .get(at + 1)
            .or_else(|| at.checked_sub(1).and_then(|p| pool.get(p)));
        if let Some(&next) = next {
            moved(st, next);
        }
    }
    None
}
