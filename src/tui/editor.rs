//! The text box a student types into (a grid cell, a written answer, a justification).

use ratatui::style::Style;
use ratatui_textarea::{CursorMove, Input, Key, TextArea, WrapMode};

use super::action::{Action, Edit};
use super::app::App;
use super::form::{self, TextTarget};
use super::theme::Theme;
use crate::activity::validate::MAX_ANSWER_CHARS;

/// What the student is told when text would take an answer past [`MAX_ANSWER_CHARS`].
pub fn at_the_limit() -> String {
    let thousands = MAX_ANSWER_CHARS / 1000;
    let rest = MAX_ANSWER_CHARS % 1000;
    format!(
        "This answer is at the limit of {thousands},{rest:03} characters; the rest was not added."
    )
}

/// A text being edited, and where it goes in the answer.
#[derive(Debug, Clone)]
pub struct Editor {
    /// Where the text is kept.
    pub target: TextTarget,
    /// What the box is for (its title).
    pub title: String,
    /// The editing widget.
    pub area: TextArea<'static>,
    /// The fewest words the text asks for (0 when it asks for none): the box counts its
    /// words against it.
    pub least: u32,
}

impl Editor {
    /// Opens a box on a text, with the cursor at its end.
    pub fn open(target: TextTarget, title: impl Into<String>, text: &str, theme: &Theme) -> Self {
        let lines: Vec<String> = text.split('\n').map(String::from).collect();
        let mut area = TextArea::new(lines);
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.set_cursor_line_style(Style::default());
        area.set_cursor_style(theme.cursor);
        area.set_placeholder_text("Type your answer…");
        area.set_placeholder_style(theme.muted);
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        Editor {
            target,
            title: title.into(),
            area,
            least: 0,
        }
    }

    /// The text written.
    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    /// How many characters the text has, line breaks counted.
    pub fn chars(&self) -> usize {
        let lines = self.area.lines();
        lines.iter().map(|l| l.chars().count()).sum::<usize>() + lines.len().saturating_sub(1)
    }
}

/// Inserts `text` at the cursor as one edit (one undo step, the answer updated once), as
/// much of it as keeps the answer within [`MAX_ANSWER_CHARS`]; the student is told when
/// some of it was left out.
pub fn insert(app: &mut App, text: &str) {
    let Some(ed) = app.editor.as_mut() else {
        return;
    };
    let room = MAX_ANSWER_CHARS.saturating_sub(ed.chars());
    let fits = match text.char_indices().nth(room) {
        Some((end, _)) => &text[..end],
        None => text,
    };
    let changed = !fits.is_empty() && ed.area.insert_str(fits);
    if fits.len() < text.len() {
        app.notice = Some(at_the_limit());
    }
    if changed {
        changed_text(app);
    }
}

/// Keeps the text of the open box in the answer it belongs to.
fn changed_text(app: &mut App) {
    let Some(ed) = &app.editor else {
        return;
    };
    let text = ed.text();
    let target = ed.target.clone();
    if let Some((i, _)) = app.current() {
        form::set_text(&mut app.work[i].answer, &target, text);
        app.touch(i);
    }
}

fn key(k: Key) -> Input {
    Input {
        key: k,
        ..Input::default()
    }
}

/// A key with its modifiers, as the text box reads it.
fn chord(k: Key, ctrl: bool, alt: bool, shift: bool) -> Input {
    Input {
        key: k,
        ctrl,
        alt,
        shift,
    }
}

/// Applies an editing command; whether the text changed.
fn edit(area: &mut TextArea<'static>, e: Edit) -> bool {
    match e {
        Edit::WordLeft => area.input(chord(Key::Left, true, false, false)),
        Edit::WordRight => area.input(chord(Key::Right, true, false, false)),
        Edit::SelectLeft => area.input(chord(Key::Left, false, false, true)),
        Edit::SelectRight => area.input(chord(Key::Right, false, false, true)),
        Edit::SelectUp => area.input(chord(Key::Up, false, false, true)),
        Edit::SelectDown => area.input(chord(Key::Down, false, false, true)),
        Edit::SelectWordLeft => area.input(chord(Key::Left, true, false, true)),
        Edit::SelectWordRight => area.input(chord(Key::Right, true, false, true)),
        Edit::Top => area.input(chord(Key::Up, true, true, false)),
        Edit::Bottom => area.input(chord(Key::Down, true, true, false)),
        Edit::SelectAll => {
            area.select_all();
            false
        }
        Edit::DeleteWordBack => area.delete_word(),
        Edit::DeleteWordForward => area.delete_next_word(),
        Edit::Cut => area.cut(),
        Edit::Copy => {
            area.copy();
            false
        }
        // `update` pastes what was cut or copied, within the answer's limit.
        Edit::Paste => false,
    }
}

/// Applies an action while a text box is open.
pub fn update(app: &mut App, action: Action) -> Option<Action> {
    let ed = app.editor.as_mut()?;
    let changed = match action {
        Action::Back => {
            app.editor = None;
            return None;
        }
        Action::SubmitNow => {
            app.editor = None;
            return Some(Action::SubmitNow);
        }
        Action::Char(_) | Action::Newline if ed.chars() >= MAX_ANSWER_CHARS => {
            app.notice = Some(at_the_limit());
            return None;
        }
        Action::Char(c) => ed.area.input(key(Key::Char(c))),
        Action::Backspace => ed.area.input(key(Key::Backspace)),
        Action::Delete => ed.area.input(key(Key::Delete)),
        Action::Newline => ed.area.input(key(Key::Enter)),
        Action::Left => ed.area.input(key(Key::Left)),
        Action::Right => ed.area.input(key(Key::Right)),
        Action::Up => ed.area.input(key(Key::Up)),
        Action::Down => ed.area.input(key(Key::Down)),
        Action::Home => ed.area.input(key(Key::Home)),
        Action::End => ed.area.input(key(Key::End)),
        Action::PageUp => ed.area.input(key(Key::PageUp)),
        Action::PageDown => ed.area.input(key(Key::PageDown)),
        Action::Undo => ed.area.undo(),
        Action::Redo => ed.area.redo(),
        // What was cut or copied goes in as a paste does, within the limit.
        Action::Edit(Edit::Paste) => {
            let yanked = ed.area.yank_text();
            insert(app, &yanked);
            return None;
        }
        Action::Edit(e) => edit(&mut ed.area, e),
        _ => false,
    };
    if changed {
        changed_text(app);
    }
    None
}
