//! Keys: the one function that turns a key into an [`Action`], and the table of keys the
//! footer and the help overlay are both drawn from.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;

/// What the keys currently act on, which decides what a key means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The unit's list of activities.
    Home,
    /// The list of activities of a student served over SSH, whose connection is theirs
    /// alone: no other profile to switch to.
    ServedHome,
    /// Choosing a profile or typing a new name.
    Profile,
    /// Two rankings side by side.
    Compare,
    /// An activity's task, with the keys of its kind.
    Task(TaskKeys),
    /// The source viewer beside a task of this kind.
    Viewer(TaskKeys),
    /// Typing into a text box.
    Editing,
    /// The writer of a report or essay, moving between its parts.
    Writer,
    /// Typing into a section of a report or essay.
    Writing,
    /// A teacher choosing a level for each criterion.
    Marking,
    /// The marks of a submitted activity.
    Feedback,
    /// Marked work the teacher returned.
    Returned,
    /// Typing the path of a file of marked work.
    OpenPath,
    /// The key help overlay.
    Help,
    /// About this unit, over the home screen.
    About,
    /// A yes/no question.
    Confirm,
    /// The window is too small to draw the UI: only quitting is left.
    TooSmall,
}

/// The kind-specific keys of a task.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskKeys {
    /// A sort; `evidence` when rows must quote a sentence of their source.
    Sort {
        /// Whether the evidence keys apply.
        evidence: bool,
    },
    /// Cards into buckets.
    Categorize,
    /// Items to options.
    Match,
    /// A rank or a timeline.
    Order,
    /// A grid of written cells.
    Grid,
    /// Choice and written questions (also essays, reports and follow-up questions).
    Questions,
}

/// Where a key binding applies (a heading in the help overlay).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Every screen except text editing and questions.
    Global,
    /// The list of activities.
    Home,
    /// Switching to another profile, on a computer of one's own.
    Switching,
    /// The profile screen.
    Profile,
    /// A ranking compared with the one before.
    Compare,
    /// Any task.
    Task,
    /// Sort tables.
    Sort,
    /// Sort tables that ask for evidence.
    Evidence,
    /// Cards and buckets.
    Categorize,
    /// Matching.
    Match,
    /// Ranks and timelines.
    Order,
    /// Grids.
    Grid,
    /// Questions.
    Questions,
    /// The source viewer.
    Viewer,
    /// Editing text.
    Editing,
    /// The writer of a report or essay.
    Writer,
    /// Writing a section of a report or essay.
    Writing,
    /// A teacher marking the rubric.
    Marking,
    /// Marks and feedback.
    Feedback,
    /// Marked work the teacher returned.
    Returned,
    /// Typing the path of a file of marked work.
    OpenPath,
    /// A yes/no question.
    Confirm,
    /// A window too small to draw the UI in.
    TooSmall,
    /// This help.
    Help,
    /// About this unit.
    About,
}

impl Scope {
    /// The heading of the scope in the help overlay.
    pub fn heading(self) -> &'static str {
        match self {
            Scope::Global => "Everywhere",
            Scope::Home => "Activities",
            Scope::Switching => "Profiles on this computer",
            Scope::Profile => "Profiles",
            Scope::Compare => "Rankings compared",
            Scope::Task => "Any task",
            Scope::Sort => "Sort table",
            Scope::Evidence => "Evidence",
            Scope::Categorize => "Cards and buckets",
            Scope::Match => "Matching",
            Scope::Order => "Putting in order",
            Scope::Grid => "Grid",
            Scope::Questions => "Questions",
            Scope::Viewer => "Source viewer",
            Scope::Editing => "Writing",
            Scope::Writer => "Report or essay",
            Scope::Writing => "Between sections",
            Scope::Marking => "Marking (teacher)",
            Scope::Feedback => "Marks",
            Scope::Returned => "Marked work",
            Scope::OpenPath => "Opening marked work",
            Scope::Confirm => "Question",
            Scope::TooSmall => "Window too small",
            Scope::Help => "Help",
            Scope::About => "About this unit",
        }
    }
}

impl Mode {
    /// The scopes whose keys work in this mode, the most specific first.
    pub fn scopes(&self) -> Vec<Scope> {
        match self {
            Mode::Home => vec![Scope::Home, Scope::Switching, Scope::Global],
            Mode::ServedHome => vec![Scope::Home, Scope::Global],
            Mode::Profile => vec![Scope::Profile],
            Mode::Compare => vec![Scope::Compare, Scope::Global],
            Mode::Task(k) => {
                let mut s = k.scopes();
                s.extend([Scope::Task, Scope::Global]);
                s
            }
            Mode::Viewer(k) => {
                let mut s = vec![Scope::Viewer];
                if matches!(k, TaskKeys::Sort { evidence: true }) {
                    s.push(Scope::Evidence);
                }
                s.extend([Scope::Task, Scope::Global]);
                s
            }
            Mode::Editing => vec![Scope::Editing],
            Mode::Writer => vec![Scope::Writer, Scope::Global],
            Mode::Writing => vec![Scope::Writing, Scope::Editing],
            Mode::Marking => vec![Scope::Marking, Scope::Global],
            Mode::Feedback => vec![Scope::Feedback, Scope::Global],
            Mode::Returned => vec![Scope::Returned, Scope::Global],
            Mode::OpenPath => vec![Scope::OpenPath],
            Mode::Help => vec![Scope::Help],
            Mode::About => vec![Scope::About],
            Mode::Confirm => vec![Scope::Confirm],
            Mode::TooSmall => vec![Scope::TooSmall],
        }
    }
}

impl TaskKeys {
    fn scopes(self) -> Vec<Scope> {
        match self {
            TaskKeys::Sort { evidence: true } => vec![Scope::Sort, Scope::Evidence],
            TaskKeys::Sort { evidence: false } => vec![Scope::Sort],
            TaskKeys::Categorize => vec![Scope::Categorize],
            TaskKeys::Match => vec![Scope::Match],
            TaskKeys::Order => vec![Scope::Order],
            TaskKeys::Grid => vec![Scope::Grid],
            TaskKeys::Questions => vec![Scope::Questions],
        }
    }
}

use crate::tui::action::Edit;
use crate::tui::keys::{Key, action_of, kb};
use crate::tui::screen;

/// One line of the key table.
pub type KeyBinding = crate::tui::keys::KeyBinding<Scope, Action>;

/// A modifier, short for the table.
pub(crate) const N: KeyModifiers = KeyModifiers::NONE;
/// A modifier, short for the table.
pub(crate) const S: KeyModifiers = KeyModifiers::SHIFT;
/// A modifier, short for the table.
pub(crate) const C: KeyModifiers = KeyModifiers::CONTROL;
/// A modifier, short for the table.
pub(crate) const A: KeyModifiers = KeyModifiers::ALT;

use crate::tui::keys::Key::{Digit, Is, Typed};
use Action as Do;
use KeyCode::{BackTab, Backspace, Char, Delete, Down, End, Enter, Esc, Home, Left, PageDown};
use KeyCode::{PageUp, Right, Tab, Up};

const fn edit(e: Edit) -> Action {
    Action::Edit(e)
}

/// Keys the table uses more than once.
pub(crate) const UP_DOWN: &[Key<Action>] = &[
    Is(Up, N, Do::Up),
    Is(Down, N, Do::Down),
    Is(Char('k'), N, Do::Up),
    Is(Char('j'), N, Do::Down),
];
/// Keys the table uses more than once.
pub(crate) const LEFT_RIGHT: &[Key<Action>] = &[
    Is(Left, N, Do::Left),
    Is(Right, N, Do::Right),
    Is(Char('h'), N, Do::Left),
    Is(Char('l'), N, Do::Right),
];
/// Keys the table uses more than once.
pub(crate) const PAGES: &[Key<Action>] =
    &[Is(PageUp, N, Do::PageUp), Is(PageDown, N, Do::PageDown)];
/// Keys the table uses more than once.
pub(crate) const TOGGLE: &[Key<Action>] =
    &[Is(Char(' '), N, Do::Toggle), Is(Enter, N, Do::Activate)];
/// Keys the table uses more than once.
pub(crate) const SUBMIT_NOW: &[Key<Action>] = &[Is(Char('s'), C, Do::SubmitNow)];
/// Keys the table uses more than once.
pub(crate) const SECTIONS: &[Key<Action>] = &[
    Is(Up, A, Do::PrevSection),
    Is(Down, A, Do::NextSection),
    Is(PageUp, C, Do::PrevSection),
    Is(PageDown, C, Do::NextSection),
];
/// The digits, picking the Nth.
pub(crate) const PICK: Key<Action> = Digit('1', '9', Do::Pick);
/// Keys the table uses more than once.
pub(crate) const QUIT: &[Key<Action>] = &[Is(Char('c'), C, Do::Quit)];

/// The key table: every key binding, and what each key asks for. The key handler, the
/// footer (those marked for it) and the help overlay (all of them) are all drawn from it.
/// Within a mode the first binding that knows a key decides. Each screen with a module of its
/// own (`tui::screen`) holds its bindings; the rest are in [`SHARED`].
pub static KEYS: &[&[KeyBinding]] = &[
    screen::home::KEYS,
    screen::profile::KEYS,
    screen::compare::KEYS,
    screen::returned::KEYS,
    SHARED,
    screen::sort::KEYS,
    screen::categorize::KEYS,
    screen::matching::KEYS,
    screen::order::KEYS,
    screen::grid::KEYS,
    screen::questions::KEYS,
    screen::writer::KEYS,
    screen::feedback::KEYS,
    screen::marking::KEYS,
    screen::help::KEYS,
    screen::home::about::KEYS,
];

/// The bindings of any task and its source viewer, text editing, the yes/no question and
/// everywhere.
#[rustfmt::skip]
pub static SHARED: &[KeyBinding] = &[
    kb("↑↓", UP_DOWN, "scroll", Scope::Viewer, false),
    kb("Tab", &[Is(Tab, N, Do::NextPane), Is(BackTab, S, Do::NextPane)], "back to task", Scope::Viewer, true),
    kb("Esc", &[Is(Esc, N, Do::Back)], "back", Scope::Viewer, true),
    kb("s", &[Is(Char('s'), N, Do::Submit)], "submit", Scope::Task, true),
    kb("Ctrl+S", SUBMIT_NOW, "submit now", Scope::Task, false),
    kb("i", &[Is(Char('i'), N, Do::Instructions)], "instructions", Scope::Task, true),
    kb("Tab", &[Is(Tab, N, Do::NextPane), Is(BackTab, S, Do::NextPane)], "task ↔ panel", Scope::Task, true),
    kb("]/[", &[Is(Char(']'), N, Do::NextPart), Is(Char('['), N, Do::PrevPart)], "follow-up questions", Scope::Task, false),
    kb("Esc", &[Is(Esc, N, Do::Back)], "back", Scope::Task, true),
    kb("↑/k", &[Is(Up, N, Do::Up), Is(Char('k'), N, Do::Up)], "up", Scope::Global, false),
    kb("↓/j", &[Is(Down, N, Do::Down), Is(Char('j'), N, Do::Down)], "down", Scope::Global, false),
    kb("PgUp/PgDn", PAGES, "scroll a page", Scope::Global, false),
    kb("t", &[Is(Char('t'), N, Do::ToggleTheme)], "light/dark theme", Scope::Global, false),
    kb("Esc", &[Is(Esc, N, Do::Back)], "back", Scope::Global, false),
    kb("?", &[Is(Char('?'), N, Do::Help)], "help", Scope::Global, true),
    kb("q", &[Is(Char('q'), N, Do::Quit), Is(Char('c'), C, Do::Quit)], "quit", Scope::Global, true),
    kb("Esc", &[Is(Esc, N, Do::Back)], "stop writing", Scope::Editing, true),
    kb("Enter", &[Is(Enter, N, Do::Newline)], "new line", Scope::Editing, false),
    kb("Ctrl+Z/Y", &[Is(Char('z'), C, Do::Undo), Is(Char('y'), C, Do::Redo)], "undo/redo", Scope::Editing, true),
    kb("Ctrl+S", SUBMIT_NOW, "submit now", Scope::Editing, true),
    kb("Ctrl+←→", &[
        Is(Left, C, edit(Edit::WordLeft)), Is(Right, C, edit(Edit::WordRight)),
        Is(Left, A, edit(Edit::WordLeft)), Is(Right, A, edit(Edit::WordRight)),
        Is(Char('b'), A, edit(Edit::WordLeft)), Is(Char('f'), A, edit(Edit::WordRight)),
    ], "word left/right", Scope::Editing, false),
    kb("Shift+arrows", &[
        Is(Left, S, edit(Edit::SelectLeft)), Is(Right, S, edit(Edit::SelectRight)),
        Is(Up, S, edit(Edit::SelectUp)), Is(Down, S, edit(Edit::SelectDown)),
        Is(Left, C.union(S), edit(Edit::SelectWordLeft)), Is(Right, C.union(S), edit(Edit::SelectWordRight)),
    ], "select", Scope::Editing, false),
    kb("Ctrl+A", &[Is(Char('a'), C, edit(Edit::SelectAll))], "select all", Scope::Editing, false),
    kb("Ctrl+X", &[Is(Char('x'), C, edit(Edit::Cut))], "cut", Scope::Editing, false),
    kb("Alt+C", &[Is(Char('c'), A, edit(Edit::Copy))], "copy", Scope::Editing, false),
    kb("Ctrl+V", &[Is(Char('v'), C, edit(Edit::Paste))], "paste", Scope::Editing, false),
    kb("Ctrl+W", &[
        Is(Char('w'), C, edit(Edit::DeleteWordBack)), Is(Char('h'), C, edit(Edit::DeleteWordBack)),
        Is(Backspace, C, edit(Edit::DeleteWordBack)), Is(Backspace, A, edit(Edit::DeleteWordBack)),
    ], "delete a word", Scope::Editing, false),
    kb("Ctrl+Del", &[
        Is(Delete, C, edit(Edit::DeleteWordForward)), Is(Delete, A, edit(Edit::DeleteWordForward)),
        Is(Char('d'), A, edit(Edit::DeleteWordForward)),
    ], "delete the next word", Scope::Editing, false),
    kb("Ctrl+Home/End", &[Is(Home, C, edit(Edit::Top)), Is(End, C, edit(Edit::Bottom))], "start/end of the text", Scope::Editing, false),
    kb("PgUp/PgDn", PAGES, "scroll", Scope::Editing, false),
    kb("arrows", &[Is(Left, N, Do::Left), Is(Right, N, Do::Right), Is(Up, N, Do::Up), Is(Down, N, Do::Down)], "move", Scope::Editing, false),
    kb("Home/End", &[Is(Home, N, Do::Home), Is(End, N, Do::End)], "start/end of the line", Scope::Editing, false),
    kb("⌫/Del", &[Is(Backspace, N, Do::Backspace), Is(Delete, N, Do::Delete)], "delete a letter", Scope::Editing, false),
    kb("Ctrl+C", QUIT, "quit", Scope::Editing, false),
    kb("Tab", &[Is(Tab, N, Do::Char(' '))], "a space", Scope::Editing, false),
    kb("a–z", &[Typed(Do::Char)], "type", Scope::Editing, false),
    kb("y", &[Is(Char('y'), N, Do::Yes), Is(Char('Y'), S, Do::Yes), Is(Enter, N, Do::Yes)], "yes", Scope::Confirm, true),
    kb("n/Esc", &[Is(Char('n'), N, Do::No), Is(Char('N'), S, Do::No), Is(Esc, N, Do::No)], "no", Scope::Confirm, true),
    kb("Ctrl+C", QUIT, "quit", Scope::Confirm, false),
    kb("q", &[Is(Char('q'), N, Do::Quit)], "quit", Scope::TooSmall, true),
    kb("Ctrl+C", QUIT, "quit", Scope::TooSmall, false),
];

/// The bindings that work in `mode`, the most specific first.
pub fn bindings(mode: &Mode) -> Vec<&'static KeyBinding> {
    mode.scopes()
        .into_iter()
        .flat_map(|s| KEYS.iter().copied().flatten().filter(move |b| b.scope == s))
        .collect()
}

/// What a key means in a mode, from [`KEYS`]; `None` when it means nothing there. Shift
/// and Alt that mean nothing more are let go, except Alt while typing, where it makes
/// words of the keys it is held with.
pub fn action_for(key: KeyEvent, mode: &Mode) -> Option<Action> {
    let loose = match mode {
        Mode::Editing | Mode::Writing => KeyModifiers::SHIFT,
        _ => KeyModifiers::SHIFT | KeyModifiers::ALT,
    };
    action_of(&bindings(mode), key, loose)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, m: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, m)
    }

    const ALL_MODES: &[Mode] = &[
        Mode::Home,
        Mode::ServedHome,
        Mode::Profile,
        Mode::Compare,
        Mode::Task(TaskKeys::Sort { evidence: true }),
        Mode::Task(TaskKeys::Categorize),
        Mode::Task(TaskKeys::Match),
        Mode::Task(TaskKeys::Order),
        Mode::Task(TaskKeys::Grid),
        Mode::Task(TaskKeys::Questions),
        Mode::Task(TaskKeys::Sort { evidence: false }),
        Mode::Viewer(TaskKeys::Sort { evidence: true }),
        Mode::Viewer(TaskKeys::Categorize),
        Mode::Editing,
        Mode::Writer,
        Mode::Writing,
        Mode::Marking,
        Mode::Feedback,
        Mode::Returned,
        Mode::OpenPath,
        Mode::Help,
        Mode::About,
        Mode::Confirm,
        Mode::TooSmall,
    ];

    #[test]
    fn every_key_in_the_table_asks_for_its_action_and_is_in_the_help() {
        crate::tui::keys::assert_table_holds(ALL_MODES, |m| bindings(&m), Scope::heading);
    }

    #[test]
    fn keys_outside_the_table_mean_nothing() {
        let home = Mode::Home;
        assert_eq!(action_for(key(Char('3'), N), &home), None);
        assert_eq!(action_for(key(Char('j'), C), &home), None);
        assert_eq!(
            action_for(key(Char('e'), N), &Mode::Task(TaskKeys::Grid)),
            None
        );
        assert_eq!(
            action_for(key(Char('1'), N), &Mode::Viewer(TaskKeys::Categorize)),
            None
        );
        assert_eq!(action_for(key(Char('x'), A), &Mode::Editing), None);
        assert_eq!(action_for(key(Char('x'), N), &Mode::Confirm), None);
        // A window too small to draw in takes no key but the ones that quit.
        assert_eq!(action_for(key(Enter, N), &Mode::TooSmall), None);
        assert_eq!(action_for(key(Char('?'), N), &Mode::TooSmall), None);
        assert_eq!(
            action_for(key(Char('q'), N), &Mode::TooSmall),
            Some(Action::Quit)
        );
        assert_eq!(
            action_for(
                key(Char('E'), S),
                &Mode::Task(TaskKeys::Sort { evidence: true })
            ),
            Some(Action::PrevSentence),
        );
        assert_eq!(
            action_for(
                key(Char('E'), N),
                &Mode::Task(TaskKeys::Sort { evidence: true })
            ),
            Some(Action::PrevSentence),
            "a capital is the same key with or without Shift reported"
        );
    }

    #[test]
    fn every_mode_has_footer_hints() {
        for mode in ALL_MODES {
            assert!(bindings(mode).iter().any(|b| b.footer), "{mode:?}");
        }
    }
}
