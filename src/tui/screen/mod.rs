//! The screens of the student UI, one module each: a screen owns its bindings in the key
//! table, what its keys do (`update`), where its parts are (`geometry`, which names neither
//! the view nor `update`) and how it is drawn (`view`, which takes nothing from `update`).
//!
//! The task kinds' screens sit in the frame every task shares (the panes, the parts,
//! submitting: [`crate::tui::task`]); [`task_keys`] is the one place that says which
//! screen a kind has, and [`of`] finds it.

pub mod categorize;
pub mod compare;
pub mod feedback;
pub mod grid;
pub mod help;
pub mod home;
pub mod marking;
pub mod matching;
pub mod order;
pub mod profile;
pub mod questions;
pub mod returned;
pub mod sort;
pub mod writer;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use std::borrow::Cow;

use crate::activity::{Activity, Body};
use crate::tui::action::Action;
use crate::tui::app::{App, TaskState};
use crate::tui::form::Part;
use crate::tui::geometry::Target;
use crate::tui::keymap::TaskKeys;

/// What a task kind's screen does inside the task pane.
pub trait TaskScreen: Sync {
    /// Applies an action (one of its keys, or a click turned into one) to the task.
    fn update(&self, app: &mut App, st: &mut TaskState, action: Action) -> Option<Action>;
    /// Draws the task inside the task pane's border, and returns where a text box it
    /// opens is drawn over (what [`anchor`](Self::anchor) says, from the layout just drawn).
    fn render(&self, app: &App, st: &TaskState, area: Rect, buf: &mut Buffer) -> Option<Rect>;
    /// The clickable parts inside the task pane's border.
    fn targets(&self, app: &App, st: &TaskState, area: Rect, out: &mut Vec<(Rect, Target)>);
    /// "7 of 10 rows answered": how much of the activity at `i` has an answer.
    fn status(&self, app: &App, i: usize) -> String;
    /// Where a text box it opens is drawn over (none where it opens none).
    fn anchor(&self, _app: &App, _st: &TaskState, _area: Rect) -> Option<Rect> {
        None
    }
    /// What the row at the cursor stands for, shown in full beside the task (nothing
    /// where the rows are questions).
    fn row_shown<'a>(&self, _app: &'a App, _st: &TaskState) -> Option<RowShown<'a>> {
        None
    }
    /// Puts the cursor on the main task's task `task` (a row, card, item, cell or
    /// question), as a review of that one task opens it; leaves it at the start where the
    /// cursor does not stop on one task (a whole order, an essay).
    fn go_to(&self, _app: &App, _st: &mut TaskState, _task: &str) {}
}

/// What a row of a task stands for, shown in full beside the task.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowShown<'a> {
    /// The source it quotes, by id.
    Source(&'a str),
    /// Its label, then its description or what is written in it, if any.
    Statement(Cow<'a, str>, Option<Cow<'a, str>>),
}

impl<'a> RowShown<'a> {
    /// A row that stands for its source when it has one, else shows its label and text.
    pub fn of(source: &'a Option<String>, label: &'a str, text: Option<&'a str>) -> Self {
        match source {
            Some(id) => RowShown::Source(id),
            None => RowShown::Statement(label.into(), text.map(Cow::from)),
        }
    }
}

/// The keys, and so the screen, of a part of an activity: follow-up questions are
/// questions whatever the kind.
pub fn task_keys(a: &Activity, part: Part) -> TaskKeys {
    if part == Part::FollowUp {
        return TaskKeys::Questions;
    }
    match &a.body {
        Body::Sort(s) => TaskKeys::Sort {
            evidence: s.require_evidence,
        },
        Body::Categorize(_) => TaskKeys::Categorize,
        Body::Match(_) => TaskKeys::Match,
        Body::Rank(_) | Body::Timeline(_) => TaskKeys::Order,
        Body::Grid(_) => TaskKeys::Grid,
        Body::Choice(_) | Body::Short(_) | Body::Essay(_) | Body::Report(_) => TaskKeys::Questions,
    }
}

/// The screen of a task with these keys.
pub fn of(keys: TaskKeys) -> &'static dyn TaskScreen {
    match keys {
        TaskKeys::Sort { .. } => &sort::SortScreen,
        TaskKeys::Categorize => &categorize::CategorizeScreen,
        TaskKeys::Match => &matching::MatchScreen,
        TaskKeys::Order => &order::OrderScreen,
        TaskKeys::Grid => &grid::GridScreen,
        TaskKeys::Questions => &questions::QuestionsScreen,
    }
}
