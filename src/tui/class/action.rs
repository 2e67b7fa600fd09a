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
}

impl Tab {
    /// Every tab, in the order shown (and numbered from 1).
    pub const ALL: [Tab; 5] = [
        Tab::Gradebook,
        Tab::Items,
        Tab::HeatMap,
        Tab::Marking,
        Tab::Problems,
    ];

    /// The tab's name.
    pub fn title(self) -> &'static str {
        match self {
            Tab::Gradebook => "Gradebook",
            Tab::Items => "Items",
            Tab::HeatMap => "Heat map",
            Tab::Marking => "Marking",
            Tab::Problems => "Problems",
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
}
