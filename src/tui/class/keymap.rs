//! Keys of the class results: the one function that turns a key into a [`ClassAction`],
//! and the table of keys the footer and the help are both drawn from.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::{ClassAction, Tab};

/// What the keys currently act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A tab, with its keys.
    Tab(Tab),
    /// The key help.
    Help,
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
}

impl Scope {
    /// The heading of the scope in the help.
    pub fn heading(self) -> &'static str {
        match self {
            Scope::Global => "Everywhere",
            Scope::Tab(t) => t.title(),
            Scope::Help => "Help",
        }
    }
}

impl Mode {
    /// The scopes whose keys work in this mode, the most specific first.
    pub fn scopes(self) -> Vec<Scope> {
        match self {
            Mode::Tab(t) => vec![Scope::Tab(t), Scope::Global],
            Mode::Help => vec![Scope::Help],
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

use KeyCode::{
    BackTab, Backspace, Char, Delete, Down, Enter, Esc, Left, PageDown, PageUp, Right,
    Tab as TabKey, Up,
};

const UP_DOWN: &[KeySpec] = &[(Up, N), (Down, N), (Char('k'), N), (Char('j'), N)];
const LEFT_RIGHT: &[KeySpec] = &[(Left, N), (Right, N), (Char('h'), N), (Char('l'), N)];
const PAGES: &[KeySpec] = &[(PageUp, N), (PageDown, N)];
const BOOK: Scope = Scope::Tab(Tab::Gradebook);
const ITEMS: Scope = Scope::Tab(Tab::Items);
const HEAT: Scope = Scope::Tab(Tab::HeatMap);
const MARK: Scope = Scope::Tab(Tab::Marking);
const PROBLEMS: Scope = Scope::Tab(Tab::Problems);

/// Every key binding: the footer shows those marked for it, the help all of them.
#[rustfmt::skip]
pub static KEYS: &[KeyBinding] = &[
    kb("↑↓", UP_DOWN, "student", BOOK, true),
    kb("←→", LEFT_RIGHT, "activity", BOOK, true),
    kb("Enter", &[(Enter, N)], "mark", BOOK, true),
    kb("s", &[(Char('s'), N)], "sort by name/total", BOOK, true),
    kb("PgUp/PgDn", PAGES, "a page of students", BOOK, false),
    kb("←→", LEFT_RIGHT, "activity", ITEMS, true),
    kb("↑↓", UP_DOWN, "task", ITEMS, true),
    kb("PgUp/PgDn", PAGES, "a page of tasks", ITEMS, false),
    kb("←→", LEFT_RIGHT, "activity", HEAT, true),
    kb("↑↓", UP_DOWN, "scroll", HEAT, false),
    kb("PgUp/PgDn", PAGES, "scroll a page", HEAT, false),
    kb("↑↓", UP_DOWN, "criterion", MARK, true),
    kb("←→", LEFT_RIGHT, "level (saved at once)", MARK, true),
    kb("[ ]", &[(Char('['), N), (Char(']'), N)], "previous/next student", MARK, true),
    kb("Del", &[(Delete, N), (Backspace, N)], "take the mark back", MARK, false),
    kb("PgUp/PgDn", PAGES, "scroll the writing", MARK, false),
    kb("↑↓", UP_DOWN, "scroll", PROBLEMS, false),
    kb("PgUp/PgDn", PAGES, "scroll a page", PROBLEMS, false),
    kb("Tab", &[(TabKey, N), (BackTab, S)], "next/previous tab", Scope::Global, true),
    kb("1–5", &[(Char('1'), N), (Char('5'), N)], "go to a tab", Scope::Global, false),
    kb("Esc", &[(Esc, N)], "back to the gradebook", Scope::Global, false),
    kb("t", &[(Char('t'), N)], "light/dark theme", Scope::Global, false),
    kb("?", &[(Char('?'), N)], "help", Scope::Global, true),
    kb("q", &[(Char('q'), N), (Char('c'), C)], "quit", Scope::Global, true),
    kb("any key", &[(Esc, N), (Char('?'), N)], "closes the help", Scope::Help, true),
];

/// The bindings that work in `mode`, the most specific first.
pub fn bindings(mode: Mode) -> Vec<&'static KeyBinding> {
    mode.scopes()
        .into_iter()
        .flat_map(|s| KEYS.iter().filter(move |b| b.scope == s))
        .collect()
}

/// What a key means in a mode; `None` when it means nothing there.
pub fn action_for(key: KeyEvent, mode: Mode) -> Option<ClassAction> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && key.code == Char('c') {
        return Some(ClassAction::Quit);
    }
    let Mode::Tab(tab) = mode else {
        return Some(ClassAction::Help);
    };
    if ctrl {
        return None;
    }
    Some(match (key.code, tab) {
        (TabKey, _) => ClassAction::NextTab,
        (BackTab, _) => ClassAction::PrevTab,
        (Char(d @ '1'..='5'), _) => ClassAction::Show(Tab::ALL[d as usize - '1' as usize]),
        (Up | Char('k'), _) => ClassAction::Up,
        (Down | Char('j'), _) => ClassAction::Down,
        (Left | Char('h'), _) => ClassAction::Left,
        (Right | Char('l'), _) => ClassAction::Right,
        (PageUp, _) => ClassAction::PageUp,
        (PageDown, _) => ClassAction::PageDown,
        (Enter, Tab::Gradebook) => ClassAction::Open,
        (Char('s'), Tab::Gradebook) => ClassAction::Sort,
        (Char('['), Tab::Marking) => ClassAction::PrevStudent,
        (Char(']'), Tab::Marking) => ClassAction::NextStudent,
        (Delete | Backspace, Tab::Marking) => ClassAction::ClearMark,
        (Esc, _) => ClassAction::Back,
        (Char('q'), _) => ClassAction::Quit,
        (Char('?'), _) => ClassAction::Help,
        (Char('t'), _) => ClassAction::ToggleTheme,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, m: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, m)
    }

    fn all_modes() -> Vec<Mode> {
        let mut modes: Vec<Mode> = Tab::ALL.into_iter().map(Mode::Tab).collect();
        modes.push(Mode::Help);
        modes
    }

    #[test]
    fn every_listed_key_does_something_where_it_is_listed() {
        for mode in all_modes() {
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
    fn every_mode_has_footer_hints_and_help_and_quit() {
        for mode in all_modes() {
            let all = bindings(mode);
            assert!(all.iter().any(|b| b.footer), "{mode:?}");
            if mode != Mode::Help {
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
        assert_eq!(act(Char('6'), book), None);
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
        release.kind = KeyEventKind::Release;
        assert_eq!(action_for(release, book), None);
    }
}
