//! The keys of text: typing and editing in a text box, and moving about a report's parts.

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use crate::tui::action::{Action, Edit};
use KeyCode::{Backspace, Char, Delete, Down, End, Enter, Esc, Home, Left, PageDown, PageUp};
use KeyCode::{Right, Tab, Up};

/// Keys of the writer while moving between its parts; `None` to fall through to the
/// global keys.
pub(super) fn writer_key(code: KeyCode, m: KeyModifiers) -> Option<Action> {
    if let Some(a) = between_sections(code, m) {
        return Some(a);
    }
    if m.contains(KeyModifiers::CONTROL) {
        return (code == Char('s')).then_some(Action::SubmitNow);
    }
    match code {
        Char(c @ '1'..='9') => c.to_digit(10).map(|d| Action::Pick(d as usize)),
        Char('n') => Some(Action::Notes),
        Char('i') => Some(Action::Instructions),
        Char('x') => Some(Action::Export),
        Char('s') => Some(Action::Submit),
        Char(']') => Some(Action::NextPart),
        _ => None,
    }
}

/// Keys that move between the parts of a report, and open its notes, even while typing.
pub(super) fn between_sections(code: KeyCode, m: KeyModifiers) -> Option<Action> {
    let ctrl = m.contains(KeyModifiers::CONTROL);
    let alt = m.contains(KeyModifiers::ALT);
    match code {
        Up if alt => Some(Action::PrevSection),
        Down if alt => Some(Action::NextSection),
        PageUp if ctrl => Some(Action::PrevSection),
        PageDown if ctrl => Some(Action::NextSection),
        Char('n') if ctrl => Some(Action::Notes),
        _ => None,
    }
}

/// Keys while typing: everything printable is text.
pub(super) fn editing(code: KeyCode, m: KeyModifiers) -> Option<Action> {
    let ctrl = m.contains(KeyModifiers::CONTROL);
    let alt = m.contains(KeyModifiers::ALT);
    let shift = m.contains(KeyModifiers::SHIFT);
    let edit = |e| Some(Action::Edit(e));
    if ctrl {
        return match code {
            Char('z') => Some(Action::Undo),
            Char('y') => Some(Action::Redo),
            Char('s') => Some(Action::SubmitNow),
            Left if shift => edit(Edit::SelectWordLeft),
            Right if shift => edit(Edit::SelectWordRight),
            Left => edit(Edit::WordLeft),
            Right => edit(Edit::WordRight),
            Home => edit(Edit::Top),
            End => edit(Edit::Bottom),
            Char('a') => edit(Edit::SelectAll),
            Char('x') => edit(Edit::Cut),
            Char('v') => edit(Edit::Paste),
            Char('w') | Char('h') | Backspace => edit(Edit::DeleteWordBack),
            Delete => edit(Edit::DeleteWordForward),
            _ => None,
        };
    }
    if alt {
        return match code {
            Char('c') => edit(Edit::Copy),
            Backspace => edit(Edit::DeleteWordBack),
            Char('d') | Delete => edit(Edit::DeleteWordForward),
            Left | Char('b') => edit(Edit::WordLeft),
            Right | Char('f') => edit(Edit::WordRight),
            _ => None,
        };
    }
    Some(match code {
        Left if shift => Action::Edit(Edit::SelectLeft),
        Right if shift => Action::Edit(Edit::SelectRight),
        Up if shift => Action::Edit(Edit::SelectUp),
        Down if shift => Action::Edit(Edit::SelectDown),
        Esc => Action::Back,
        Enter => Action::Newline,
        Backspace => Action::Backspace,
        Delete => Action::Delete,
        Left => Action::Left,
        Right => Action::Right,
        Up => Action::Up,
        Down => Action::Down,
        Home => Action::Home,
        End => Action::End,
        PageUp => Action::PageUp,
        PageDown => Action::PageDown,
        Tab => Action::Char(' '),
        Char(c) => Action::Char(c),
        _ => return None,
    })
}

/// Keys of the profile screen: letters are the name typed, arrows choose a profile.
pub(super) fn name_key(code: KeyCode, ctrl: bool) -> Option<Action> {
    Some(match code {
        Up => Action::Up,
        Down => Action::Down,
        Enter => Action::Activate,
        Esc => Action::Back,
        Backspace => Action::Backspace,
        Char(c) if !ctrl => Action::Char(c),
        _ => return None,
    })
}
