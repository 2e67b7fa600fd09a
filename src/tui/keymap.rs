//! Keys: the one function that turns a key into an [`Action`], and the table of keys the
//! footer and the help overlay are both drawn from.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;
use text::{between_sections, editing, name_key, writer_key};

mod text;

/// What the keys currently act on, which decides what a key means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The unit's list of activities.
    Home,
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
    /// The key help overlay.
    Help,
    /// A yes/no question.
    Confirm,
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
    /// A yes/no question.
    Confirm,
    /// This help.
    Help,
}

impl Scope {
    /// The heading of the scope in the help overlay.
    pub fn heading(self) -> &'static str {
        match self {
            Scope::Global => "Everywhere",
            Scope::Home => "Activities",
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
            Scope::Confirm => "Question",
            Scope::Help => "Help",
        }
    }
}

impl Mode {
    /// The scopes whose keys work in this mode, the most specific first.
    pub fn scopes(&self) -> Vec<Scope> {
        match self {
            Mode::Home => vec![Scope::Home, Scope::Global],
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
            Mode::Help => vec![Scope::Help],
            Mode::Confirm => vec![Scope::Confirm],
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

pub use crate::tui::keys::KeySpec;
use crate::tui::keys::kb;

/// One line of the key table.
pub type KeyBinding = crate::tui::keys::KeyBinding<Scope>;

const N: KeyModifiers = KeyModifiers::NONE;
const S: KeyModifiers = KeyModifiers::SHIFT;
const C: KeyModifiers = KeyModifiers::CONTROL;
const A: KeyModifiers = KeyModifiers::ALT;

use KeyCode::{BackTab, Backspace, Char, Delete, Down, End, Enter, Esc, Home, Left, PageDown};
use KeyCode::{PageUp, Right, Tab, Up};

/// Every key binding: the footer shows those marked for it, the help overlay all of them.
#[rustfmt::skip]
pub static KEYS: &[KeyBinding] = &[
    kb("Enter", &[(Enter, N), (Right, N), (Char('l'), N)], "open", Scope::Home, true),
    kb("v", &[(Char('v'), N)], "review due tasks", Scope::Home, true),
    kb("p", &[(Char('p'), N)], "switch profile", Scope::Home, true),
    kb("m", &[(Char('m'), N)], "see the last marks", Scope::Home, false),
    kb("r", &[(Char('r'), N)], "revisit a ranking", Scope::Home, false),
    kb("↑↓", &[(Up, N), (Down, N)], "choose", Scope::Profile, true),
    kb("Enter", &[(Enter, N)], "open", Scope::Profile, true),
    kb("a–z", &[(Char('a'), N), (Char('Z'), S)], "type a new name", Scope::Profile, true),
    kb("⌫", &[(Backspace, N)], "delete a letter", Scope::Profile, false),
    kb("Esc", &[(Esc, N)], "back", Scope::Profile, true),
    kb("Ctrl+C", &[(Char('c'), C)], "quit", Scope::Profile, true),
    kb("Enter", &[(Enter, N)], "see the marks", Scope::Compare, true),
    kb("Space", &[(Char(' '), N), (Enter, N)], "tick/untick", Scope::Sort, true),
    kb("←→", &[(Left, N), (Right, N), (Char('h'), N), (Char('l'), N)], "column", Scope::Sort, false),
    kb("e/E", &[(Char('e'), N), (Char('E'), S)], "pick sentence", Scope::Evidence, false),
    kb("m", &[(Char('m'), N)], "mark evidence", Scope::Evidence, false),
    kb("1–9", &[(Char('1'), N), (Char('9'), N)], "into bucket N", Scope::Categorize, true),
    kb("←→", &[(Left, N), (Right, N)], "previous/next bucket", Scope::Categorize, false),
    kb("⌫/0", &[(Backspace, N), (Char('0'), N)], "back to pool", Scope::Categorize, true),
    kb("Space", &[(Char(' '), N), (Enter, N)], "next bucket", Scope::Categorize, false),
    kb("←→", &[(Left, N), (Right, N), (Char('h'), N), (Char('l'), N)], "change option", Scope::Match, true),
    kb("1–9", &[(Char('1'), N), (Char('9'), N)], "choose option N", Scope::Match, false),
    kb("⌫", &[(Backspace, N), (Char('0'), N)], "clear the option", Scope::Match, false),
    kb("J/K", &[(Char('J'), S), (Char('K'), S), (Down, S), (Up, S)], "move item", Scope::Order, true),
    kb("Shift+↑↓", &[(Up, S), (Down, S)], "move item up/down", Scope::Order, false),
    kb("Enter", &[(Enter, N)], "write justification", Scope::Order, false),
    kb("←→", &[(Left, N), (Right, N), (Char('h'), N), (Char('l'), N)], "column", Scope::Grid, false),
    kb("Enter", &[(Enter, N)], "write in cell", Scope::Grid, true),
    kb("Space", &[(Char(' '), N)], "choose", Scope::Questions, true),
    kb("Enter", &[(Enter, N)], "write/choose", Scope::Questions, true),
    kb("↑↓", &[(Up, N), (Down, N), (Char('k'), N), (Char('j'), N)], "scroll", Scope::Viewer, false),
    kb("Tab", &[(Tab, N), (BackTab, S)], "back to task", Scope::Viewer, true),
    kb("s", &[(Char('s'), N)], "submit", Scope::Task, true),
    kb("Ctrl+S", &[(Char('s'), C)], "submit now", Scope::Task, false),
    kb("Tab", &[(Tab, N), (BackTab, S)], "task ↔ source", Scope::Task, true),
    kb("i", &[(Char('i'), N)], "instructions", Scope::Task, false),
    kb("]/[", &[(Char(']'), N), (Char('['), N)], "follow-up questions", Scope::Task, false),
    kb("r", &[(Char('r'), N)], "retry", Scope::Feedback, true),
    kb("w", &[(Char('w'), N)], "retry what was wrong", Scope::Feedback, true),
    kb("m", &[(Char('m'), N)], "mark the rubric (teacher)", Scope::Feedback, false),
    kb("Enter", &[(Enter, N)], "write/choose", Scope::Writer, true),
    kb("↑↓", &[(Up, N), (Down, N), (Char('k'), N), (Char('j'), N)], "part of the report", Scope::Writer, false),
    kb("←→/1–9", &[(Left, N), (Right, N), (Char('1'), N), (Char('9'), N)], "choose the decision", Scope::Writer, false),
    kb("n", &[(Char('n'), N)], "notes", Scope::Writer, true),
    kb("i", &[(Char('i'), N)], "instructions and sources", Scope::Writer, false),
    kb("x", &[(Char('x'), N)], "export Markdown", Scope::Writer, true),
    kb("s", &[(Char('s'), N)], "submit", Scope::Writer, true),
    kb("Ctrl+S", &[(Char('s'), C)], "submit now", Scope::Writer, false),
    kb("PgUp/PgDn", &[(PageUp, N), (PageDown, N)], "scroll the side pane", Scope::Writer, false),
    kb("]", &[(Char(']'), N)], "follow-up questions", Scope::Writer, false),
    kb("Alt+↑↓", &[(Up, A), (Down, A), (PageUp, C), (PageDown, C)], "previous/next section", Scope::Writing, true),
    kb("Ctrl+N", &[(Char('n'), C)], "notes", Scope::Writing, true),
    kb("↑↓", &[(Up, N), (Down, N)], "criterion", Scope::Marking, true),
    kb("←→", &[(Left, N), (Right, N)], "level", Scope::Marking, true),
    kb("⌫", &[(Backspace, N)], "clear the mark", Scope::Marking, false),
    kb("Esc", &[(Esc, N), (Enter, N)], "done", Scope::Marking, true),
    kb("↑/k", &[(Up, N), (Char('k'), N)], "up", Scope::Global, false),
    kb("↓/j", &[(Down, N), (Char('j'), N)], "down", Scope::Global, false),
    kb("PgUp/PgDn", &[(PageUp, N), (PageDown, N)], "scroll a page", Scope::Global, false),
    kb("t", &[(Char('t'), N)], "light/dark theme", Scope::Global, false),
    kb("Esc", &[(Esc, N)], "back", Scope::Global, true),
    kb("?", &[(Char('?'), N)], "help", Scope::Global, true),
    kb("q", &[(Char('q'), N), (Char('c'), C)], "quit", Scope::Global, true),
    kb("Esc", &[(Esc, N)], "stop writing", Scope::Editing, true),
    kb("Enter", &[(Enter, N)], "new line", Scope::Editing, false),
    kb("Ctrl+Z/Y", &[(Char('z'), C), (Char('y'), C)], "undo/redo", Scope::Editing, true),
    kb("Ctrl+S", &[(Char('s'), C)], "submit now", Scope::Editing, true),
    kb("Ctrl+←→", &[(Left, C), (Right, C)], "word left/right", Scope::Editing, false),
    kb("Shift+arrows", &[(Left, S), (Right, S), (Up, S), (Down, S)], "select", Scope::Editing, false),
    kb("Ctrl+A", &[(Char('a'), C)], "select all", Scope::Editing, false),
    kb("Ctrl+X", &[(Char('x'), C)], "cut", Scope::Editing, false),
    kb("Alt+C", &[(Char('c'), A)], "copy", Scope::Editing, false),
    kb("Ctrl+V", &[(Char('v'), C)], "paste", Scope::Editing, false),
    kb("Ctrl+W", &[(Char('w'), C), (Backspace, A)], "delete a word", Scope::Editing, false),
    kb("Ctrl+Home/End", &[(Home, C), (End, C)], "start/end of the text", Scope::Editing, false),
    kb("PgUp/PgDn", &[(PageUp, N), (PageDown, N)], "scroll", Scope::Editing, false),
    kb("y", &[(Char('y'), N), (Enter, N)], "yes", Scope::Confirm, true),
    kb("n/Esc", &[(Char('n'), N), (Esc, N)], "no", Scope::Confirm, true),
    kb("any key", &[(Esc, N), (Char('?'), N)], "closes the help", Scope::Help, true),
];

/// The bindings that work in `mode`, the most specific first.
pub fn bindings(mode: &Mode) -> Vec<&'static KeyBinding> {
    mode.scopes()
        .into_iter()
        .flat_map(|s| KEYS.iter().filter(move |b| b.scope == s))
        .collect()
}

/// What a key means in a mode; `None` when it means nothing there.
pub fn action_for(key: KeyEvent, mode: &Mode) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let shift = key.modifiers.contains(KeyModifiers::SHIFT);
    if ctrl && key.code == Char('c') {
        return Some(Action::Quit);
    }
    match mode {
        Mode::Help => return Some(Action::Help),
        Mode::Confirm => {
            return match key.code {
                Char('y' | 'Y') | Enter => Some(Action::Yes),
                Char('n' | 'N') | Esc => Some(Action::No),
                _ => None,
            };
        }
        Mode::Editing => return editing(key.code, key.modifiers),
        Mode::Writing => {
            return between_sections(key.code, key.modifiers)
                .or_else(|| editing(key.code, key.modifiers));
        }
        Mode::Writer => {
            if let Some(a) = writer_key(key.code, key.modifiers) {
                return Some(a);
            }
        }
        Mode::Marking if key.code == Backspace => return Some(Action::Backspace),
        Mode::Profile => return name_key(key.code, ctrl),
        _ => {}
    }
    let task = match mode {
        Mode::Task(k) | Mode::Viewer(k) => Some(*k),
        _ => None,
    };
    let in_viewer = matches!(mode, Mode::Viewer(_));
    if let Some(k) = task
        && let Some(a) = task_key(key.code, ctrl, shift, k, in_viewer)
    {
        return Some(a);
    }
    if ctrl {
        return None;
    }
    let action = match (key.code, mode) {
        (Enter | Right | Char('l'), Mode::Home) => Action::Activate,
        (Char('v'), Mode::Home) => Action::Review,
        (Char('p'), Mode::Home) => Action::SwitchProfile,
        (Char('m'), Mode::Home) => Action::ShowMarks,
        (Char('r'), Mode::Home) => Action::Revisit,
        (Char('r'), Mode::Feedback) => Action::Retry,
        (Char('w'), Mode::Feedback) => Action::RetryWrong,
        (Char('m'), Mode::Feedback) => Action::MarkMode,
        (Up | Char('k'), _) => Action::Up,
        (Down | Char('j'), _) => Action::Down,
        (Left | Char('h'), _) => Action::Left,
        (Right | Char('l'), _) => Action::Right,
        (PageUp, _) => Action::PageUp,
        (PageDown, _) => Action::PageDown,
        (Enter, _) => Action::Activate,
        (Char(' '), _) => Action::Toggle,
        (Esc, _) => Action::Back,
        (Char('q'), _) => Action::Quit,
        (Char('?'), _) => Action::Help,
        (Char('t'), _) => Action::ToggleTheme,
        _ => return None,
    };
    Some(action)
}

/// Keys of a task and its viewer; `None` to fall through to the global keys.
fn task_key(
    code: KeyCode,
    ctrl: bool,
    shift: bool,
    k: TaskKeys,
    in_viewer: bool,
) -> Option<Action> {
    if ctrl {
        return (code == Char('s')).then_some(Action::SubmitNow);
    }
    let common = match code {
        Char('s') => Some(Action::Submit),
        Tab | BackTab => Some(Action::NextPane),
        Char('i') => Some(Action::Instructions),
        Char(']') => Some(Action::NextPart),
        Char('[') => Some(Action::PrevPart),
        _ => None,
    };
    if common.is_some() {
        return common;
    }
    if let TaskKeys::Sort { evidence: true } = k {
        match code {
            Char('e') => return Some(Action::NextSentence),
            Char('E') => return Some(Action::PrevSentence),
            Char('m') => return Some(Action::MarkEvidence),
            _ => {}
        }
    }
    if in_viewer {
        return None;
    }
    let digit = match code {
        Char(c @ '1'..='9') => c.to_digit(10).map(|d| d as usize),
        _ => None,
    };
    match k {
        TaskKeys::Categorize | TaskKeys::Match => match code {
            _ if digit.is_some() => digit.map(Action::Pick),
            Backspace | Delete | Char('0') => Some(Action::ReturnToPool),
            _ => None,
        },
        TaskKeys::Order => match code {
            Up if shift => Some(Action::MoveItemUp),
            Down if shift => Some(Action::MoveItemDown),
            Char('K') => Some(Action::MoveItemUp),
            Char('J') => Some(Action::MoveItemDown),
            _ => None,
        },
        TaskKeys::Sort { .. } | TaskKeys::Grid | TaskKeys::Questions => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, m: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, m)
    }

    const ALL_MODES: &[Mode] = &[
        Mode::Home,
        Mode::Profile,
        Mode::Compare,
        Mode::Task(TaskKeys::Sort { evidence: true }),
        Mode::Task(TaskKeys::Categorize),
        Mode::Task(TaskKeys::Match),
        Mode::Task(TaskKeys::Order),
        Mode::Task(TaskKeys::Grid),
        Mode::Task(TaskKeys::Questions),
        Mode::Viewer(TaskKeys::Sort { evidence: true }),
        Mode::Editing,
        Mode::Writer,
        Mode::Writing,
        Mode::Marking,
        Mode::Feedback,
        Mode::Help,
        Mode::Confirm,
    ];

    #[test]
    fn every_listed_key_does_something_where_it_is_listed() {
        for mode in ALL_MODES {
            for b in bindings(mode) {
                for &(code, m) in b.codes {
                    assert!(
                        action_for(key(code, m), mode).is_some(),
                        "{} ({code:?}) listed for {:?} does nothing in {mode:?}",
                        b.keys,
                        b.scope
                    );
                }
            }
        }
    }

    #[test]
    fn every_mode_has_footer_hints() {
        for mode in ALL_MODES {
            assert!(bindings(mode).iter().any(|b| b.footer), "{mode:?}");
        }
    }
}
