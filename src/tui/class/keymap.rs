//! Keys of the class results: the one function that turns a key into a [`ClassAction`],
//! and the table of keys the footer and the help are both drawn from.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{ClassAction, Tab};

/// What the keys currently act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A tab, with its keys.
    Tab(Tab),
    /// The key help.
    Help,
    /// A line being typed.
    Prompt,
    /// A regrade preview waiting for the teacher's word.
    Preview,
}

/// Where a key binding applies (a heading in the help).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Every tab.
    Global,
    /// The keys of one tab.
    Tab(Tab),
    /// The help.
    Help,
    /// A line being typed.
    Prompt,
    /// A regrade preview.
    Preview,
}

impl Scope {
    /// The heading of the scope in the help.
    pub fn heading(self) -> &'static str {
        match self {
            Scope::Global => "Everywhere",
            Scope::Tab(t) => t.title(),
            Scope::Help => "Help",
            Scope::Prompt => "Typing",
            Scope::Preview => "Regrade preview",
        }
    }
}

impl Mode {
    /// The scopes whose keys work in this mode, the most specific first.
    pub fn scopes(self) -> Vec<Scope> {
        match self {
            Mode::Tab(t) => vec![Scope::Tab(t), Scope::Global],
            Mode::Help => vec![Scope::Help],
            Mode::Prompt => vec![Scope::Prompt],
            Mode::Preview => vec![Scope::Preview],
        }
    }
}

use crate::tui::keys::Key::{Any, Digit, Is, Typed};
use crate::tui::keys::{Key, action_of, kb};

/// One line of the key table.
pub type KeyBinding = crate::tui::keys::KeyBinding<Scope, ClassAction>;

const N: KeyModifiers = KeyModifiers::NONE;
const S: KeyModifiers = KeyModifiers::SHIFT;
const C: KeyModifiers = KeyModifiers::CONTROL;

use ClassAction as Do;
use KeyCode::{
    BackTab, Backspace, Char, Delete, Down, Enter, Esc, Left, PageDown, PageUp, Right,
    Tab as TabKey, Up,
};

#[rustfmt::skip]
const UP_DOWN: &[Key<ClassAction>] = &[Is(Up, N, Do::Up), Is(Down, N, Do::Down), Is(Char('k'), N, Do::Up), Is(Char('j'), N, Do::Down)];
#[rustfmt::skip]
const LEFT_RIGHT: &[Key<ClassAction>] = &[Is(Left, N, Do::Left), Is(Right, N, Do::Right), Is(Char('h'), N, Do::Left), Is(Char('l'), N, Do::Right)];
const PAGES: &[Key<ClassAction>] = &[Is(PageUp, N, Do::PageUp), Is(PageDown, N, Do::PageDown)];
const BOOK: Scope = Scope::Tab(Tab::Gradebook);
const ITEMS: Scope = Scope::Tab(Tab::Items);
const HEAT: Scope = Scope::Tab(Tab::HeatMap);
const MARK: Scope = Scope::Tab(Tab::Marking);
const PROBLEMS: Scope = Scope::Tab(Tab::Problems);
const QUEUE: Scope = Scope::Tab(Tab::Queue);

/// The tab a digit names, counting from 1.
fn tab(d: usize) -> ClassAction {
    ClassAction::Show(Tab::ALL[d.saturating_sub(1) % Tab::ALL.len()])
}

/// Every key binding, and what each key asks for: the key handler, the footer (those marked
/// for it) and the help (all of them) are all drawn from it. Within a mode the first
/// binding that knows a key decides.
#[rustfmt::skip]
pub static KEYS: &[KeyBinding] = &[
    kb("↑↓", UP_DOWN, "student", BOOK, true),
    kb("←→", LEFT_RIGHT, "activity", BOOK, true),
    kb("Enter", &[Is(Enter, N, Do::Open)], "mark", BOOK, true),
    kb("s", &[Is(Char('s'), N, Do::Sort)], "sort by name/total", BOOK, true),
    kb("PgUp/PgDn", PAGES, "a page of students", BOOK, false),
    kb("←→", LEFT_RIGHT, "activity", ITEMS, true),
    kb("↑↓", UP_DOWN, "task", ITEMS, true),
    kb("PgUp/PgDn", PAGES, "a page of tasks", ITEMS, false),
    kb("←→", LEFT_RIGHT, "activity", HEAT, true),
    kb("↑↓", UP_DOWN, "scroll", HEAT, false),
    kb("PgUp/PgDn", PAGES, "scroll a page", HEAT, false),
    kb("↑↓", UP_DOWN, "criterion", MARK, true),
    kb("←→", LEFT_RIGHT, "level (saved at once)", MARK, true),
    kb("[ ]", &[Is(Char('['), N, Do::PrevStudent), Is(Char(']'), N, Do::NextStudent)], "previous/next student", MARK, true),
    kb("Del", &[Is(Delete, N, Do::ClearMark), Is(Backspace, N, Do::ClearMark)], "take the mark back", MARK, false),
    kb("PgUp/PgDn", PAGES, "scroll the writing", MARK, false),
    kb("↑↓", UP_DOWN, "scroll", PROBLEMS, false),
    kb("PgUp/PgDn", PAGES, "scroll a page", PROBLEMS, false),
    kb("Tab", &[Is(TabKey, N, Do::NextTab), Is(BackTab, S, Do::PrevTab)], "next/previous tab", Scope::Global, true),
    kb("↑↓", UP_DOWN, "point", QUEUE, true),
    kb("a", &[Is(Char('a'), N, Do::Accept)], "accept", QUEUE, true),
    kb("r", &[Is(Char('r'), N, Do::Reject)], "reject", QUEUE, true),
    kb("o", &[Is(Char('o'), N, Do::Override)], "override", QUEUE, true),
    kb("c", &[Is(Char('c'), N, Do::Comment)], "comment", QUEUE, false),
    kb("e", &[Is(Char('e'), N, Do::AcceptForAll)], "accept for all", QUEUE, true),
    kb("Del", &[Is(Delete, N, Do::TakeBack), Is(Backspace, N, Do::TakeBack)], "take the override back", QUEUE, false),
    kb("PgUp/PgDn", PAGES, "a page of points", QUEUE, false),
    kb("Enter", &[Is(Enter, N, Do::Confirm)], "done", Scope::Prompt, true),
    kb("Esc", &[Is(Esc, N, Do::Cancel)], "cancel", Scope::Prompt, true),
    kb("Backspace", &[Is(Backspace, N, Do::Erase)], "erase", Scope::Prompt, false),
    kb("Ctrl+C", &[Is(Char('c'), C, Do::Quit)], "quit", Scope::Prompt, false),
    kb("text", &[Typed(Do::Type)], "type", Scope::Prompt, false),
    kb("y", &[Is(Char('y'), N, Do::Confirm), Is(Enter, N, Do::Confirm)], "write the change", Scope::Preview, true),
    kb("n", &[Is(Char('n'), N, Do::Cancel), Is(Esc, N, Do::Cancel)], "write nothing", Scope::Preview, true),
    kb("Ctrl+C", &[Is(Char('c'), C, Do::Quit)], "quit", Scope::Preview, false),
    kb("1–6", &[Digit('1', '6', tab)], "go to a tab", Scope::Global, false),
    kb("Esc", &[Is(Esc, N, Do::Back)], "back to the gradebook", Scope::Global, false),
    kb("t", &[Is(Char('t'), N, Do::ToggleTheme)], "light/dark theme", Scope::Global, false),
    kb("?", &[Is(Char('?'), N, Do::Help)], "help", Scope::Global, true),
    kb("q", &[Is(Char('q'), N, Do::Quit), Is(Char('c'), C, Do::Quit)], "quit", Scope::Global, true),
    kb("↑↓", UP_DOWN, "scroll", Scope::Help, true),
    kb("PgUp/PgDn", PAGES, "scroll a page", Scope::Help, false),
    kb("any key", &[Is(Char('c'), C, Do::Quit), Any(Do::Help)], "closes the help", Scope::Help, true),
];

/// The bindings that work in `mode`, the most specific first.
pub fn bindings(mode: Mode) -> Vec<&'static KeyBinding> {
    mode.scopes()
        .into_iter()
        .flat_map(|s| KEYS.iter().filter(move |b| b.scope == s))
        .collect()
}

/// What a key means in a mode, from [`KEYS`]; `None` when it means nothing there. Shift
/// and Alt that mean nothing more are let go.
pub fn action_for(key: KeyEvent, mode: Mode) -> Option<ClassAction> {
    action_of(
        &bindings(mode),
        key,
        KeyModifiers::SHIFT | KeyModifiers::ALT,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, m: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, m)
    }

    fn all_modes() -> Vec<Mode> {
        let mut modes: Vec<Mode> = Tab::ALL.into_iter().map(Mode::Tab).collect();
        modes.extend([Mode::Help, Mode::Prompt, Mode::Preview]);
        modes
    }

    #[test]
    fn every_key_in_the_table_asks_for_its_action_and_is_in_the_help() {
        crate::tui::keys::assert_table_holds(&all_modes(), bindings, Scope::heading);
    }

    #[test]
    fn every_mode_has_footer_hints_and_help_and_quit() {
        for mode in all_modes() {
            let all = bindings(mode);
            assert!(all.iter().any(|b| b.footer), "{mode:?}");
            if let Mode::Tab(_) = mode {
                for k in ["?", "q", "Tab"] {
                    assert!(
                        all.iter().any(|b| b.keys == k && b.footer),
                        "{k} in {mode:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn keys_mean_what_the_tab_needs() {
        let book = Mode::Tab(Tab::Gradebook);
        let marking = Mode::Tab(Tab::Marking);
        let act = |code, mode| action_for(key(code, N), mode);
        assert_eq!(act(Char('s'), book), Some(ClassAction::Sort));
        assert_eq!(act(Enter, book), Some(ClassAction::Open));
        assert_eq!(act(Char('s'), marking), None);
        assert_eq!(act(Enter, marking), None);
        assert_eq!(act(Right, marking), Some(ClassAction::Right));
        assert_eq!(act(Char('h'), marking), Some(ClassAction::Left));
        assert_eq!(act(Char(']'), marking), Some(ClassAction::NextStudent));
        assert_eq!(act(Char('['), book), None);
        assert_eq!(act(Char('3'), book), Some(ClassAction::Show(Tab::HeatMap)));
        assert_eq!(
            act(Char('5'), marking),
            Some(ClassAction::Show(Tab::Problems))
        );
        assert_eq!(act(Char('6'), book), Some(ClassAction::Show(Tab::Queue)));
        assert_eq!(act(Char('7'), book), None);
        let queue = Mode::Tab(Tab::Queue);
        assert_eq!(act(Char('a'), queue), Some(ClassAction::Accept));
        assert_eq!(act(Char('e'), queue), Some(ClassAction::AcceptForAll));
        assert_eq!(act(Char('a'), book), None);
        assert_eq!(act(Char('q'), Mode::Prompt), Some(ClassAction::Type('q')));
        assert_eq!(act(Enter, Mode::Prompt), Some(ClassAction::Confirm));
        assert_eq!(act(Char('y'), Mode::Preview), Some(ClassAction::Confirm));
        assert_eq!(act(Char('q'), Mode::Preview), None);
        assert_eq!(act(TabKey, book), Some(ClassAction::NextTab));
        assert_eq!(
            action_for(key(BackTab, S), book),
            Some(ClassAction::PrevTab)
        );
        assert_eq!(
            action_for(key(Char('c'), C), Mode::Help),
            Some(ClassAction::Quit)
        );
        assert_eq!(act(Char('x'), Mode::Help), Some(ClassAction::Help));
        let mut release = key(Char('q'), N);
        release.kind = ratatui::crossterm::event::KeyEventKind::Release;
        assert_eq!(action_for(release, book), None);
    }
}
