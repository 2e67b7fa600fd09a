//! Marking from the class results: a student's report, essay or unkeyed answers beside
//! the criteria the teacher marks, a level chosen for each with ←→ (or the mark taken back
//! with Delete) and saved at once (the runner writes it into the class's marks file
//! through [`crate::teacher::mark::mark_answer`]).

use std::collections::BTreeMap;

use super::action::{ClassAction, Effect};
use super::app::ClassApp;
use super::geometry;
use crate::tui::screen::marking::steps;

/// The work being marked and where the teacher is in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Marking {
    /// Position of the hand-in in the class.
    pub hand_in: usize,
    /// Position of the activity in the unit.
    pub activity: usize,
    /// The criterion under the cursor.
    pub criterion: usize,
    /// The teacher's marks so far, by key (those in the marks file, and those just given).
    pub marks: BTreeMap<String, f64>,
    /// How far the writing is scrolled, in lines.
    pub scroll: u16,
}

/// The activities of hand-in `h` that a teacher marks and the student handed in, as
/// positions in the unit.
pub fn markable_sheets(app: &ClassApp, h: usize) -> Vec<usize> {
    let Some(hand_in) = app.class.hand_ins.get(h) else {
        return Vec::new();
    };
    app.unit
        .activities
        .iter()
        .enumerate()
        .filter(|(_, a)| hand_in.sheet(&a.id).is_some() && !a.markable().is_empty())
        .map(|(i, _)| i)
        .collect()
}

/// Marking of hand-in `h`'s answer to the activity at position `activity`, the marks
/// as the marks file has them; `None` when it was not handed in.
pub fn at(app: &ClassApp, h: usize, activity: usize) -> Option<Marking> {
    let a = app.unit.activities.get(activity)?;
    let sheet = app.class.hand_ins.get(h)?.sheet(&a.id)?;
    Some(Marking {
        hand_in: h,
        activity,
        criterion: 0,
        marks: sheet.sheet.answer.teacher.clone(),
        scroll: 0,
    })
}

/// Marking of the selected student's work: the activity at `prefer` when it is theirs
/// to mark, else the first whose mark waits for the teacher, else the first with
/// anything to mark. Says why when there is nothing.
pub fn open(app: &ClassApp, prefer: Option<usize>) -> Result<Marking, String> {
    let h = app.student;
    let sheets = markable_sheets(app, h);
    let waiting = |a: &usize| {
        app.book.rows.get(h).is_some_and(|r| {
            r.cells
                .get(*a)
                .is_some_and(|c| c.is_some_and(|c| c.is_provisional()))
        })
    };
    prefer
        .filter(|a| sheets.contains(a))
        .or_else(|| sheets.iter().copied().find(waiting))
        .or_else(|| sheets.first().copied())
        .and_then(|a| at(app, h, a))
        .ok_or_else(|| {
            format!(
                "Nothing {} handed in is marked by the teacher.",
                app.name(h)
            )
        })
}

/// Applies an action to the marking tab.
pub fn update(app: &mut ClassApp, action: ClassAction) {
    let Some(m) = app.marking.as_mut() else {
        return;
    };
    let all = app.unit.activities[m.activity].markable();
    match action {
        ClassAction::Up => m.criterion = m.criterion.saturating_sub(1),
        ClassAction::Down => m.criterion = (m.criterion + 1).min(all.len().saturating_sub(1)),
        ClassAction::Left | ClassAction::Right => {
            let Some(c) = all.get(m.criterion) else {
                return;
            };
            let steps = steps(c);
            let now = m
                .marks
                .get(&c.key)
                .and_then(|v| steps.iter().position(|s| s == v));
            let last = steps.len().saturating_sub(1);
            let to = match (now, action == ClassAction::Right) {
                (None, true) => 0,
                (None, false) => last,
                (Some(k), true) => (k + 1).min(last),
                (Some(k), false) => k.saturating_sub(1),
            };
            if let Some(&v) = steps.get(to)
                && m.marks.get(&c.key) != Some(&v)
            {
                m.marks.insert(c.key.clone(), v);
                app.effects.push(Effect::SaveMark {
                    hand_in: m.hand_in,
                    activity: m.activity,
                    key: c.key.clone(),
                    mark: Some(v),
                });
            }
        }
        ClassAction::ClearMark => {
            if let Some(c) = all.get(m.criterion)
                && m.marks.remove(&c.key).is_some()
            {
                app.effects.push(Effect::SaveMark {
                    hand_in: m.hand_in,
                    activity: m.activity,
                    key: c.key.clone(),
                    mark: None,
                });
            }
        }
        ClassAction::PageUp | ClassAction::PageDown => {
            let (lines, height) = geometry::writing_size(app);
            let Some(m) = app.marking.as_mut() else {
                return;
            };
            let page = height.saturating_sub(1).max(1);
            let end = lines.saturating_sub(height);
            let to = if action == ClassAction::PageUp {
                usize::from(m.scroll).saturating_sub(page)
            } else {
                (usize::from(m.scroll) + page).min(end)
            };
            m.scroll = u16::try_from(to).unwrap_or(u16::MAX);
        }
        ClassAction::PrevStudent | ClassAction::NextStudent => {
            other_student(app, action == ClassAction::NextStudent)
        }
        _ => {}
    }
}

/// Moves marking to the same activity of the next (or previous) student in the
/// gradebook's order who handed it in.
fn other_student(app: &mut ClassApp, forward: bool) {
    let Some(m) = &app.marking else {
        return;
    };
    let (h, activity) = (m.hand_in, m.activity);
    let id = &app.unit.activities[activity].id;
    let order = app.order();
    let pos = order.iter().position(|&i| i == h).unwrap_or(0);
    let candidates: Vec<usize> = if forward {
        order.iter().skip(pos + 1).copied().collect()
    } else {
        order[..pos].iter().rev().copied().collect()
    };
    let next = candidates
        .into_iter()
        .find(|&i| app.class.hand_ins[i].sheet(id).is_some());
    match next.and_then(|i| at(app, i, activity)) {
        Some(m) => {
            app.student = m.hand_in;
            app.marking = Some(m);
        }
        None => {
            let which = if forward { "after" } else { "before" };
            app.notice = Some(format!(
                "No student {which} {} handed in “{}”.",
                app.name(h),
                app.unit.activities[activity].title
            ));
        }
    }
}
