//! Where the student is inside an activity: the part, the cursor, and the pane with the
//! keys.

use super::app::App;
use super::form::{self, ChoiceTarget, Field, Input, Part, TextTarget};
use super::query::card_groups;
use super::screen::{self, task_keys};
use super::shuffle::shown_fields;
use crate::activity::Body;

/// Which pane of a task has the keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The task.
    Task,
    /// The source viewer.
    Viewer,
}

/// Where the student is inside an activity.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskState {
    /// Position of the activity in the unit.
    pub activity: usize,
    /// The main task or the follow-up questions.
    pub part: Part,
    /// The cursor's row (for cards: the selected card's position in the activity).
    pub row: usize,
    /// The cursor's column.
    pub col: usize,
    /// The pane with the keys.
    pub focus: Focus,
    /// Whether the viewer shows the instructions rather than the current source.
    pub instructions: bool,
    /// How far the viewer is scrolled, in lines.
    pub scroll: u16,
    /// The sentence of the source highlighted as possible evidence.
    pub sentence: Option<usize>,
    /// A position being typed, to move the selected item of an order to.
    pub typed: Option<usize>,
}

impl TaskState {
    /// The start of an activity.
    pub fn new(activity: usize) -> Self {
        TaskState {
            activity,
            part: Part::Main,
            row: 0,
            col: 0,
            focus: Focus::Task,
            instructions: true,
            scroll: 0,
            sentence: None,
            typed: None,
        }
    }
}

impl TaskState {
    /// Activity `i` opened where the student left it, the cursor on the first thing shown:
    /// for a categorize, the first card listed (the pool is shuffled, so it is seldom the
    /// activity's first card).
    pub fn opened(app: &App, i: usize) -> Self {
        let mut st = TaskState::new(i);
        if let Body::Categorize(c) = &app.unit.activities[i].body
            && let Some(&first) = card_groups(c, &app.work[i]).iter().flatten().next()
        {
            st.row = first;
        }
        st
    }

    /// Activity `i` opened with the cursor on its task `task` (a row, card, item, cell,
    /// question or follow-up question), as a review of that one task opens it; the start
    /// of the activity for a task the cursor does not stop on (a whole order, an essay).
    pub fn on_task(app: &App, i: usize, task: &str) -> Self {
        let mut st = TaskState::new(i);
        if let Some(row) = question_stop(app, i, Part::FollowUp, task) {
            st.part = Part::FollowUp;
            st.row = row;
            return st;
        }
        screen::of(task_keys(&app.unit.activities[i], Part::Main)).go_to(app, &mut st, task);
        st
    }
}

/// The stop of the cursor at the question or follow-up question `task` of activity `i`'s
/// part `part`, if it asks one.
pub fn question_stop(app: &App, i: usize, part: Part, task: &str) -> Option<usize> {
    let fields = shown_fields(&app.unit.activities[i], part, &app.work[i].options);
    let field = fields.iter().position(|f| asks(f, task))?;
    form::stops(&fields).iter().position(|&(f, _)| f == field)
}

/// Whether `field` is where the question or follow-up question `task` is answered.
fn asks(field: &Field, task: &str) -> bool {
    match &field.input {
        Input::Choice { target, .. } => match target {
            ChoiceTarget::Question(id) | ChoiceTarget::FollowUp(id) => id == task,
            ChoiceTarget::Decision => false,
        },
        Input::Text(target) => match target {
            TextTarget::Written(id) | TextTarget::FollowUp(id) => id == task,
            TextTarget::Cell(_)
            | TextTarget::Justification
            | TextTarget::Essay
            | TextTarget::Cover(_)
            | TextTarget::Section(_) => false,
        },
        Input::Fixed(_) => false,
    }
}
