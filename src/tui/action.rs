//! What the student asks for (an [`Action`]) and what the runner must do outside the
//! state (an [`Effect`]).

use std::time::Instant;

/// One thing the student asked for, already freed of the key or click that said it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Move the cursor up (or scroll up in the source viewer).
    Up,
    /// Move the cursor down (or scroll down in the source viewer).
    Down,
    /// Move left: the previous column, option or bucket.
    Left,
    /// Move right: the next column, option or bucket.
    Right,
    /// Switch between the task and the source viewer.
    NextPane,
    /// Open, edit or choose what the cursor is on.
    Activate,
    /// Tick, untick or choose what the cursor is on.
    Toggle,
    /// Leave editing, close the overlay, or go back a screen.
    Back,
    /// Quit, saving every draft first (asks only when the work could not be saved).
    Quit,
    /// Show or hide the key help.
    Help,
    /// Ask to submit the activity for marking.
    Submit,
    /// Submit at once, without asking.
    SubmitNow,
    /// Answer "yes" to the question shown.
    Yes,
    /// Answer "no" to the question shown.
    No,
    /// Move the selected item one place up the list.
    MoveItemUp,
    /// Move the selected item one place down the list.
    MoveItemDown,
    /// Start the activity again from nothing.
    Retry,
    /// Start again, keeping the tasks that were right.
    RetryWrong,
    /// A number key: bucket or option N (1-based).
    Pick(usize),
    /// Put the selected card back in the pool, or clear the chosen option.
    ReturnToPool,
    /// Highlight the next sentence of the source (evidence).
    NextSentence,
    /// Highlight the previous sentence of the source (evidence).
    PrevSentence,
    /// Mark (or unmark) the highlighted sentence as the row's evidence.
    MarkEvidence,
    /// Show the instructions and hints in the viewer.
    Instructions,
    /// Show the unit's title and description in full, and the selected activity's title.
    About,
    /// Go to the next part of the activity (the follow-up questions).
    NextPart,
    /// Go back to the previous part of the activity.
    PrevPart,
    /// Switch between the dark and the light theme.
    ToggleTheme,
    /// Scroll a page up.
    PageUp,
    /// Scroll a page down.
    PageDown,
    /// Type a character into the text being edited.
    Char(char),
    /// Delete the character before the text cursor.
    Backspace,
    /// Delete the character under the text cursor.
    Delete,
    /// Start a new line in the text being edited.
    Newline,
    /// Move the text cursor to the start of the line.
    Home,
    /// Move the text cursor to the end of the line.
    End,
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// A mouse click at a cell of the screen.
    Click {
        /// Column, from 0 at the left.
        col: u16,
        /// Row, from 0 at the top.
        row: u16,
    },
    /// The mouse dragged (button held) over a cell of the screen.
    Drag {
        /// Column, from 0 at the left.
        col: u16,
        /// Row, from 0 at the top.
        row: u16,
    },
    /// The mouse wheel turned up over a cell.
    WheelUp {
        /// Column, from 0 at the left.
        col: u16,
        /// Row, from 0 at the top.
        row: u16,
    },
    /// The mouse wheel turned down over a cell.
    WheelDown {
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
    /// Open the activity at this position of the unit.
    Open(usize),
    /// Score the current activity (after the student confirmed).
    Score,
    /// A text-editing command beyond typing a character.
    Edit(Edit),
    /// Go to the previous part of a report (a cover field, a section, the decision).
    PrevSection,
    /// Go to the next part of a report.
    NextSection,
    /// Show or hide the notes from earlier activities beside the writing.
    Notes,
    /// Write the report or essay out as Markdown.
    Export,
    /// Mark the rubric criteria of the submitted work (for a teacher).
    MarkMode,
    /// The time is now this (from the runner): drafts that waited long enough are saved.
    Tick(Instant),
    /// See the marks of the selected activity's last submission.
    ShowMarks,
    /// Redo the tasks due for review.
    Review,
    /// Rank again a ranking the unit asks to revisit.
    Revisit,
    /// Choose another profile, or start a new one.
    SwitchProfile,
    /// Rename the profile chosen on the profile screen.
    Rename,
    /// The teacher called "pens down": hand in every activity in progress as it is.
    PensDown,
    /// The teacher closed or opened activities (`App::closed` holds which are closed now):
    /// a student inside one just closed is taken out of it, the work kept.
    ClosedChanged,
    /// Open marked work the teacher returned (its path is asked for).
    OpenMarked,
}

impl Action {
    /// Where a text scrolled down `scroll` lines, at most `max`, goes for this action (a
    /// line, a `page` of lines, the top or the end); `None` for an action that does not
    /// scroll.
    pub fn scrolled(self, scroll: u16, max: u16, page: u16) -> Option<u16> {
        Some(match self {
            Action::Up => scroll.saturating_sub(1),
            Action::Down => scroll.saturating_add(1).min(max),
            Action::PageUp => scroll.saturating_sub(page),
            Action::PageDown => scroll.saturating_add(page).min(max),
            Action::Home => 0,
            Action::End => max,
            _ => return None,
        })
    }

    /// Whether this action scrolls a text (one [`Action::scrolled`] moves).
    pub fn scrolls(self) -> bool {
        self.scrolled(0, 0, 0).is_some()
    }
}

/// Editing commands of a text box, besides typing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    /// Move to the start of the previous word.
    WordLeft,
    /// Move to the end of the next word.
    WordRight,
    /// Extend the selection one character left.
    SelectLeft,
    /// Extend the selection one character right.
    SelectRight,
    /// Extend the selection one line up.
    SelectUp,
    /// Extend the selection one line down.
    SelectDown,
    /// Extend the selection a word left.
    SelectWordLeft,
    /// Extend the selection a word right.
    SelectWordRight,
    /// Select the whole text.
    SelectAll,
    /// Delete the word before the cursor.
    DeleteWordBack,
    /// Delete the word after the cursor.
    DeleteWordForward,
    /// Cut the selection.
    Cut,
    /// Copy the selection.
    Copy,
    /// Paste what was last cut or copied.
    Paste,
    /// Move to the start of the text.
    Top,
    /// Move to the end of the text.
    Bottom,
}

/// Work outside the state that [`crate::tui::app::update`] asks the runner to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Record the answer (and its latest score) of the activity at this position of the
    /// unit in the progress database: a new attempt, or the same one scored again.
    SaveAnswer {
        /// Position of the activity in the unit.
        activity: usize,
    },
    /// Save the answer in progress of the activity at this position as its draft.
    SaveDraft {
        /// Position of the activity in the unit.
        activity: usize,
    },
    /// Open (creating if need be) the profile of this name and load its work.
    ChooseProfile(String),
    /// Rename the profile `from` to `to`, its work going with it.
    RenameProfile {
        /// Its name now.
        from: String,
        /// Its new name.
        to: String,
    },
    /// Delete a profile with its work.
    DeleteProfile {
        /// The profile's name.
        name: String,
        /// Whether a copy of its work is written to a folder first.
        keep: bool,
    },
    /// Read the marked work the teacher returned in this file and show it.
    OpenReturned(std::path::PathBuf),
    /// Write the report or essay at this position of the unit as Markdown into the data
    /// folder, and tell the student where.
    ExportReport {
        /// Position of the activity in the unit.
        activity: usize,
    },
}
