//! What the teacher asks for in the class results (a [`ClassAction`]), the tabs it moves
//! between, and what the runner must do outside the state (an [`Effect`]).

/// A tab of the class results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    /// Students × activities, with totals and what needs marking.
    Gradebook,
    /// Facility and discrimination of each task of an activity.
    Items,
    /// What the class ticked in a sort, or the average place of each item of an order.
    HeatMap,
    /// A student's report or essay, and its rubric marked.
    Marking,
    /// Files and folders that could not be read as they are.
    Problems,
    /// What the marker flagged first, then every other automatically marked point or
    /// task, for the teacher to accept, reject or override.
    Queue,
}

impl Tab {
    /// Every tab, in the order shown (and numbered from 1).
    pub const ALL: [Tab; 6] = [
        Tab::Gradebook,
        Tab::Items,
        Tab::HeatMap,
        Tab::Marking,
        Tab::Problems,
        Tab::Queue,
    ];

    /// The tab's name.
    pub fn title(self) -> &'static str {
        match self {
            Tab::Gradebook => "Gradebook",
            Tab::Items => "Items",
            Tab::HeatMap => "Heat map",
            Tab::Marking => "Marking",
            Tab::Problems => "Problems",
            Tab::Queue => "Queue",
        }
    }

    /// Its name where the tab bar is short of room.
    pub fn short(self) -> &'static str {
        match self {
            Tab::Gradebook => "Book",
            Tab::Items => "Items",
            Tab::HeatMap => "Heat",
            Tab::Marking => "Mark",
            Tab::Problems => "Probs",
            Tab::Queue => "Queue",
        }
    }

    /// Its position in [`Tab::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// One thing the teacher asked for, already freed of the key or click that said it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClassAction {
    /// The previous student, task or criterion; or scroll up.
    Up,
    /// The next student, task or criterion; or scroll down.
    Down,
    /// The previous activity; in marking, the level below.
    Left,
    /// The next activity; in marking, the level above.
    Right,
    /// A page up.
    PageUp,
    /// A page down.
    PageDown,
    /// The next tab.
    NextTab,
    /// The previous tab.
    PrevTab,
    /// Go to this tab.
    Show(Tab),
    /// Sort the gradebook by the other key (name, total).
    Sort,
    /// Mark the selected student's work.
    Open,
    /// Back to the gradebook.
    Back,
    /// Mark the same activity of the previous student who handed it in.
    PrevStudent,
    /// Mark the same activity of the next student who handed it in.
    NextStudent,
    /// Take back the mark of the criterion under the cursor.
    ClearMark,
    /// Give the selected point or task all its marks.
    Accept,
    /// Give the selected point or task no marks.
    Reject,
    /// Give the selected point or task a mark typed, then a comment.
    Override,
    /// Comment on the selected point or task.
    Comment,
    /// Take the teacher's override of the selected point or task back.
    TakeBack,
    /// Accept a phrasing for the selected point for everyone, after a regrade preview.
    AcceptForAll,
    /// A character typed into a prompt.
    Type(char),
    /// The last character of a prompt taken back.
    Erase,
    /// The prompt or the preview confirmed.
    Confirm,
    /// The prompt or the preview put away, nothing done.
    Cancel,
    /// Show or hide the keys.
    Help,
    /// Switch between the dark and the light theme.
    ToggleTheme,
    /// Close the class results.
    Quit,
    /// A mouse click at a cell of the screen.
    Click {
        /// Column, from 0 at the left.
        col: u16,
        /// Row, from 0 at the top.
        row: u16,
    },
    /// The terminal changed size.
    Resize {
        /// New width in cells.
        width: u16,
        /// New height in cells.
        height: u16,
    },
}

impl ClassAction {
    /// How many places this action moves a list or a text up (negative) or down, `page`
    /// being a page; `None` for an action that does not move one.
    pub fn moves(self, page: usize) -> Option<isize> {
        let page = isize::try_from(page).unwrap_or(isize::MAX);
        match self {
            ClassAction::Up => Some(-1),
            ClassAction::Down => Some(1),
            ClassAction::PageUp => Some(-page),
            ClassAction::PageDown => Some(page),
            _ => None,
        }
    }

    /// Whether this action scrolls a text (the key help, the writing being marked).
    pub fn scrolls(self) -> bool {
        self.moves(1).is_some()
    }
}

use crate::teacher::marks::write::Edit;
use crate::teacher::rekey::KeyChange;

/// Work outside the state that [`super::update`] asks the runner to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Write a teacher's mark of a student's answer into the class's marks file, or take it
    /// back out.
    SaveMark {
        /// Position of the hand-in in the class.
        hand_in: usize,
        /// Position of the activity in the unit.
        activity: usize,
        /// The criterion or question marked (its key in the marks file).
        key: String,
        /// The mark; `None` takes it back, so the criterion waits for the teacher again.
        mark: Option<f64>,
    },
    /// Write the teacher's overrides and comments of a student's answer into the class's
    /// marks file.
    Moderate {
        /// Position of the hand-in in the class.
        hand_in: usize,
        /// Position of the activity in the unit.
        activity: usize,
        /// The overrides and comments.
        edits: Vec<Edit>,
    },
    /// Work out what a change of an activity's key would do to the class's marks.
    Preview {
        /// Position of the activity in the unit.
        activity: usize,
        /// The change.
        change: KeyChange,
    },
    /// Write the previewed change of key into the activity file, and mark the class again.
    WriteKey,
}
