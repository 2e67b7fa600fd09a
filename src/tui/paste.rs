//! Pasted text (bracketed paste): typed into the box it was made in as one insertion,
//! however long, so that a long paste takes no longer than a short one to land.

use super::action::Action;
use super::app::{App, update};
use super::editor;
use super::keymap::Mode;
use super::screen::profile::MAX_NAME;
use super::screen::returned;
use super::screen::writer::update as writer;

/// Puts pasted text where the student is typing: in a text box or a report's section it
/// goes in whole, line breaks kept and tabs typed as spaces (as the keys would); in a
/// one-line cover field each line break moves on to the next part, as Enter does; on the
/// profile screen it is the name, on one line; on the home screen and the marked-work screen
/// it is a dropped file (a terminal pastes its path), opened as marked work the teacher
/// returned; anywhere else it does nothing, so a paste is never taken for a string of
/// commands.
pub fn paste(app: &mut App, text: &str) {
    let text = typed(text);
    match app.mode() {
        Mode::Editing => editor::insert(app, &text),
        Mode::Writing => into_writer(app, &text),
        Mode::Home | Mode::ServedHome | Mode::Returned | Mode::OpenPath => {
            returned::paste(app, &text)
        }
        Mode::Profile => {
            let name = text.chars().map(|c| if c == '\n' { ' ' } else { c });
            for c in name.take(MAX_NAME) {
                update(app, Action::Char(c));
            }
        }
        _ => {}
    }
}

/// The text as typing it would give: line breaks of every kind as `\n`, tabs as spaces,
/// other control characters left out.
fn typed(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    text.chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

/// Pastes into the writer: whole into a section; line by line through the cover fields,
/// the rest whole into the first part that takes several lines. Should a line break close
/// the editor, the rest of the paste is not taken as keys of whatever comes next.
fn into_writer(app: &mut App, text: &str) {
    let mut rest = text;
    while writer::on_one_line(app) {
        let Some((line, after)) = rest.split_once('\n') else {
            break;
        };
        editor::insert(app, line);
        update(app, Action::Newline);
        if app.mode() != Mode::Writing {
            return;
        }
        rest = after;
    }
    editor::insert(app, rest);
}
