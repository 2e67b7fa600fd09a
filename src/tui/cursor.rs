//! Where the student is inside an activity: the part, the cursor, and the pane with the
//! keys.

use super::form::Part;

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
