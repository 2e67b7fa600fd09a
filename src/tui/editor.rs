//! The text box a student types into (a grid cell, a written answer, a justification).

use ratatui::style::Style;
use ratatui_textarea::{CursorMove, Input, Key, TextArea, WrapMode};

use super::action::Action;
use super::app::{App, Screen};
use super::form::{self, TextTarget};
use super::theme::Theme;

/// A text being edited, and where it goes in the answer.
#[derive(Debug, Clone)]
pub struct Editor {
    /// Where the text is kept.
    pub target: TextTarget,
    /// What the box is for (its title).
    pub title: String,
    /// The editing widget.
    pub area: TextArea<'static>,
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
        }
    }

    /// The text written.
    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }
}

fn key(k: Key) -> Input {
    Input {
        key: k,
        ..Input::default()
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
        Action::Undo => ed.area.undo(),
        Action::Redo => ed.area.redo(),
        _ => false,
    };
    if changed {
        let text = ed.text();
        let target = ed.target.clone();
        if let Screen::Task(st) = &app.screen {
            let w = &mut app.work[st.activity];
            form::set_text(&mut w.answer, &target, text);
            w.dirty = true;
        }
    }
    None
}
