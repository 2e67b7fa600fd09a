//! The words of the banner shown while the progress database cannot be used: what is wrong
//! (the store's own message, with its way out), and that the work is kept meanwhile.

use crate::text::clean;
use crate::tui::app::App;

/// The banner's text, when there is a problem.
pub fn text(app: &App) -> Option<String> {
    app.progress.problem.as_ref().map(|p| {
        if app.progress.unread {
            format!(
                "⚠ Your saved work cannot be read yet: {}. classwork keeps trying; what you do \
                 meanwhile is kept and joined with it.",
                clean(p)
            )
        } else {
            format!(
                "⚠ Your work is kept here but not saved: {}. classwork keeps trying.",
                clean(p)
            )
        }
    })
}
