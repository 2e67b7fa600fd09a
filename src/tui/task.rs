//! What each action does to an activity's answer and cursor, kind by kind.

use super::query::{card_groups, evidence_text, order_rows, sentences};

use super::action::Action;
use super::app::{App, Focus, Overlay, Screen, TaskState};
use super::editor::Editor;
use super::form::{self, Input, Part, TextTarget};
use super::layout::Target;
use super::shuffle::{option_order, shown_fields};
use crate::activity::Body;
use crate::answer::Response;

/// Applies an action to the activity on screen.
pub fn update(app: &mut App, action: Action) -> Option<Action> {
    let Screen::Task(st) = &app.screen else {
        return None;
    };
    let mut st = st.clone();
    let i = st.activity;
    let before = app.work[i].answer.clone();
    let next = step(app, &mut st, action);
    if let Screen::Task(cur) = &mut app.screen
        && cur.activity == i
    {
        *cur = st;
    }
    if app.work[i].answer != before {
        app.touch(i);
    }
    next
}

fn moved(st: &mut TaskState, row: usize) {
    if row != st.row {
        st.row = row;
        st.instructions = false;
        st.scroll = 0;
        st.sentence = None;
    }
}

fn step(app: &mut App, st: &mut TaskState, action: Action) -> Option<Action> {
    let a = &app.unit.activities[st.activity];
    match action {
        Action::Back => {
            if st.focus == Focus::Viewer {
                st.focus = Focus::Task;
            } else {
                app.home_cursor = st.activity;
                app.screen = Screen::Home;
            }
            return None;
        }
        Action::NextPane => {
            st.focus = match st.focus {
                Focus::Task => Focus::Viewer,
                Focus::Viewer => Focus::Task,
            };
            return None;
        }
        Action::Submit => {
            app.overlay = Some(Overlay::ConfirmSubmit);
            return None;
        }
        Action::SubmitNow => return Some(Action::Score),
        Action::Instructions => {
            st.instructions = !st.instructions;
            st.scroll = 0;
            return None;
        }
        Action::NextPart | Action::PrevPart => {
            let part = if action == Action::NextPart && !a.follow_up.is_empty() {
                Part::FollowUp
            } else {
                Part::Main
            };
            if part == Part::Main
                && let Some(writer) = super::writer::screen_for(app, st.activity)
            {
                app.screen = writer;
                return None;
            }
            if part != st.part {
                st.part = part;
                st.row = 0;
                st.col = 0;
                st.focus = Focus::Task;
            }
            return None;
        }
        _ => {}
    }
    let evidence = matches!(&a.body, Body::Sort(s) if s.require_evidence) && st.part == Part::Main;
    if evidence
        && matches!(
            action,
            Action::NextSentence | Action::PrevSentence | Action::MarkEvidence
        )
    {
        mark_evidence(app, st, action);
        return None;
    }
    if st.focus == Focus::Viewer {
        let max = super::geometry::sources::max_scroll(app, st);
        match action {
            Action::Up => st.scroll = st.scroll.saturating_sub(1),
            Action::Down => st.scroll = st.scroll.saturating_add(1).min(max),
            Action::PageUp => st.scroll = st.scroll.saturating_sub(10),
            Action::PageDown => st.scroll = st.scroll.saturating_add(10).min(max),
            _ => {}
        }
        return None;
    }
    if st.part == Part::FollowUp {
        return questions(app, st, action);
    }
    match &a.body {
        Body::Sort(_) => sort(app, st, action),
        Body::Categorize(_) => categorize(app, st, action),
        Body::Match(_) => matching(app, st, action),
        Body::Rank(_) | Body::Timeline(_) => order(app, st, action),
        Body::Grid(_) => grid(app, st, action),
        Body::Choice(_) | Body::Short(_) | Body::Essay(_) | Body::Report(_) => {
            questions(app, st, action)
        }
    }
}

/// Moves a cursor up or down a list of `n`.
fn vertical(st: &mut TaskState, action: Action, n: usize) {
    let last = n.saturating_sub(1);
    let row = match action {
        Action::Up => st.row.saturating_sub(1),
        Action::Down => (st.row + 1).min(last),
        Action::PageUp => st.row.saturating_sub(5),
        Action::PageDown => (st.row + 5).min(last),
        _ => st.row,
    };
    moved(st, row);
}

fn sort(app: &mut App, st: &mut TaskState, action: Action) -> Option<Action> {
    let Body::Sort(s) = &app.unit.activities[st.activity].body else {
        return None;
    };
    let w = &mut app.work[st.activity];
    match action {
        Action::Up | Action::Down | Action::PageUp | Action::PageDown => {
            vertical(st, action, s.rows.len())
        }
        Action::Left => st.col = st.col.saturating_sub(1),
        Action::Right => st.col = (st.col + 1).min(s.columns.len().saturating_sub(1)),
        Action::Toggle | Action::Activate => {
            let (Some(&r), Some(c)) = (w.order.get(st.row), s.columns.get(st.col)) else {
                return None;
            };
            if let Response::Sort { ticks, .. } = &mut w.answer.response {
                let row = &s.rows[r].id;
                let set = ticks.entry(row.clone()).or_default();
                if !set.remove(&c.id) {
                    set.insert(c.id.clone());
                }
                if set.is_empty() {
                    ticks.remove(row);
                }
            }
        }
        _ => {}
    }
    None
}

fn mark_evidence(app: &mut App, st: &mut TaskState, action: Action) {
    let a = &app.unit.activities[st.activity];
    let w = &mut app.work[st.activity];
    let Some(text) = evidence_text(&app.unit, a, w, st.row) else {
        return;
    };
    let spans = sentences(text);
    if spans.is_empty() {
        return;
    }
    let n = spans.len();
    st.instructions = false;
    match (action, st.sentence) {
        (Action::NextSentence | Action::MarkEvidence, None) => st.sentence = Some(0),
        (Action::PrevSentence, None) => st.sentence = Some(n - 1),
        (Action::NextSentence, Some(k)) => st.sentence = Some((k + 1) % n),
        (Action::PrevSentence, Some(k)) => st.sentence = Some((k + n - 1) % n),
        (Action::MarkEvidence, Some(k)) => {
            let quote = text[spans[k.min(n - 1)].clone()].to_string();
            let Body::Sort(s) = &a.body else { return };
            let Some(&r) = w.order.get(st.row) else {
                return;
            };
            if let Response::Sort { evidence, .. } = &mut w.answer.response {
                let row = s.rows[r].id.clone();
                if evidence.get(&row) == Some(&quote) {
                    evidence.remove(&row);
                } else {
                    evidence.insert(row, quote);
                }
            }
        }
        _ => {}
    }
    if action != Action::MarkEvidence {
        st.scroll = super::geometry::sources::sentence_scroll(app, st);
    }
}

fn categorize(app: &mut App, st: &mut TaskState, action: Action) -> Option<Action> {
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
            m.remove(&card.id);
        } else {
            m.insert(card.id.clone(), c.buckets[target - 1].id.clone());
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

fn matching(app: &mut App, st: &mut TaskState, action: Action) -> Option<Action> {
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
    let now = chosen.get(&item.id).and_then(|o| {
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
            chosen.remove(&item.id);
            return None;
        }
        _ => None,
    }?;
    let option = &m.options.get(*shown.get(pick)?)?.id;
    if m.option_use == crate::activity::OptionUse::Once {
        chosen.retain(|_, o| o != option);
    }
    chosen.insert(item.id.clone(), option.clone());
    None
}

fn order(app: &mut App, st: &mut TaskState, action: Action) -> Option<Action> {
    let a = &app.unit.activities[st.activity];
    let w = &mut app.work[st.activity];
    let rows = order_rows(a);
    let Response::Order { order, .. } = &mut w.answer.response else {
        return None;
    };
    let n = order.len();
    match action {
        Action::Up | Action::Down | Action::PageUp | Action::PageDown => vertical(st, action, rows),
        Action::MoveItemUp if st.row > 0 && st.row < n => {
            order.swap(st.row, st.row - 1);
            st.row -= 1;
        }
        Action::MoveItemDown if st.row + 1 < n => {
            order.swap(st.row, st.row + 1);
            st.row += 1;
        }
        Action::Activate | Action::Toggle if st.row >= n => {
            let prompt = match &a.body {
                Body::Rank(r) => r.justification.as_ref().and_then(|j| j.prompt.clone()),
                _ => None,
            };
            let text = form::text(&w.answer, &TextTarget::Justification);
            app.editor = Some(Editor::open(
                TextTarget::Justification,
                prompt.unwrap_or_else(|| "Why this order?".into()),
                text,
                &app.theme,
            ));
        }
        _ => {}
    }
    None
}

fn grid(app: &mut App, st: &mut TaskState, action: Action) -> Option<Action> {
    let Body::Grid(g) = &app.unit.activities[st.activity].body else {
        return None;
    };
    match action {
        Action::Up | Action::Down | Action::PageUp | Action::PageDown => {
            let col = st.col;
            vertical(st, action, g.rows.len());
            st.col = col;
        }
        Action::Left => st.col = st.col.saturating_sub(1),
        Action::Right => st.col = (st.col + 1).min(g.columns.len().saturating_sub(1)),
        Action::Activate | Action::Toggle => {
            let (Some(r), Some(c)) = (g.rows.get(st.row), g.columns.get(st.col)) else {
                return None;
            };
            if g.cell(&r.id, &c.id).is_some_and(|c| c.given.is_some()) {
                return None;
            }
            let target = TextTarget::Cell(format!("{}.{}", r.id, c.id));
            let text = form::text(&app.work[st.activity].answer, &target);
            let title = format!("{} — {}", r.label, c.label);
            app.editor = Some(Editor::open(target, title, text, &app.theme));
        }
        _ => {}
    }
    None
}

fn questions(app: &mut App, st: &mut TaskState, action: Action) -> Option<Action> {
    let a = &app.unit.activities[st.activity];
    let fields = shown_fields(a, st.part, &app.work[st.activity].options);
    let stops = form::stops(&fields);
    match action {
        Action::Up | Action::Down | Action::PageUp | Action::PageDown => {
            vertical(st, action, stops.len())
        }
        Action::Left | Action::Right => {
            let f = stops.get(st.row).map_or(0, |s| s.0);
            let next = if action == Action::Right {
                stops.iter().position(|s| s.0 > f)
            } else {
                stops.iter().position(|s| f > 0 && s.0 == f - 1)
            };
            if let Some(p) = next {
                moved(st, p);
            }
        }
        Action::Toggle | Action::Activate => {
            let &(f, opt) = stops.get(st.row)?;
            match (&fields[f].input, opt) {
                (
                    Input::Choice {
                        target,
                        multiple,
                        options,
                    },
                    Some(o),
                ) => {
                    let id = &options[o].0;
                    form::choose(&mut app.work[st.activity].answer, target, id, *multiple);
                }
                (Input::Text(t), _) => {
                    let text = form::text(&app.work[st.activity].answer, t);
                    let title = super::wrap::truncate(&fields[f].prompt, 60);
                    app.editor = Some(Editor::open(t.clone(), title, text, &app.theme));
                }
                _ => {}
            }
        }
        _ => {}
    }
    None
}

/// What a click on a part of a task does.
pub fn click(app: &mut App, target: Target, drag: bool) -> Option<Action> {
    let Screen::Task(st) = &mut app.screen else {
        return None;
    };
    if target == Target::ViewerPane {
        st.focus = Focus::Viewer;
        return None;
    }
    st.focus = Focus::Task;
    let act = (!drag).then_some(Action::Activate);
    match target {
        Target::SortCell { row, col } => {
            moved(st, row);
            st.col = col;
            act
        }
        Target::Row(row) => {
            moved(st, row);
            None
        }
        Target::Bucket(b) => (!drag).then_some(Action::Pick(b + 1)),
        Target::Pool => (!drag).then_some(Action::ReturnToPool),
        Target::MatchOption(o) => (!drag).then_some(Action::Pick(o + 1)),
        Target::OrderRow(p) => {
            if drag && p != st.row {
                let a = &app.unit.activities[st.activity];
                let items = order_rows(a)
                    - usize::from(matches!(&a.body, Body::Rank(r) if r.justification.is_some()));
                if p < items && st.row < items {
                    return Some(if p < st.row {
                        Action::MoveItemUp
                    } else {
                        Action::MoveItemDown
                    });
                }
                return None;
            }
            moved(st, p);
            act
        }
        Target::GridCell { row, col } => {
            moved(st, row);
            st.col = col;
            act
        }
        Target::Stop(s) => {
            moved(st, s);
            act
        }
        _ => None,
    }
}
