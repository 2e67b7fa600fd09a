//! What the help says: the keys of the screen underneath, from the same table as the
//! footer, then how answers are marked.

use ratatui::text::Line;

use crate::tui::app::App;
use crate::tui::keymap::{Scope, bindings};
use crate::tui::keys::help_lines;
use crate::tui::wrap::wrap;

/// The help's lines for the screen underneath.
pub fn lines(app: &App, width: usize) -> Vec<Line<'static>> {
    let t = &app.theme;
    let mut out = help_lines(&bindings(&app.base_mode()), Scope::heading, t, width);
    out.push(Line::default());
    out.push(Line::styled("How answers are marked", t.heading));
    for text in [MARKING, WRITING] {
        for line in wrap(text, width.saturating_sub(2)) {
            out.push(Line::raw(format!("  {line}")));
        }
    }
    out
}

/// What a student should know about marking, under the keys.
const MARKING: &str = "Guessing earns nothing: a shuffled or reversed order, every option \
     ticked or every card in one bucket scores about 0, while one slip keeps most marks. \
     Well under the word minimum your points count for less, and words past the maximum \
     are not read.";

/// How a written answer earns its points, under the marking paragraph.
const WRITING: &str = "Written answers earn a point only in a sentence of your own that says \
     something about it: lists of keywords (with commas, full stops or one to a line; \
     a few names are fine where names are asked for), \
     points you only name (\"X was important\", \"consider X\"), points you deny \
     (\"not\", \"never\") or turn round (\"hated\" what he backed), take back (\"Actually, no.\") or say both ways, points only \
     supposed (\"if X had …\"), questions, \
     guesses (\"maybe X or Y, not sure\"), copied words, the question said back, sentences repeated or rewritten \
     with other keywords, and an answer about something else earn nothing (and repeated sentences do not count \
     towards the length); small misspellings are forgiven. \
     Your marks underline the words that earned each point (✓) and say why others (✗) did \
     not.";
