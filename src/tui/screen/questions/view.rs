//! Questions: choice (radio buttons or checkboxes) and written answers (a text box each).
//! Also draws essays, reports and every activity's follow-up questions.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::geometry::{box_at, geometry, visible};
use crate::tui::app::{App, TaskState};
use crate::tui::form::{self, Part};
use crate::tui::query::follow_ups_answered;
use crate::tui::view::status_line;

/// Draws the questions; returns where the text box at the cursor is.
pub fn render(app: &App, st: &TaskState, area: Rect, buf: &mut Buffer) -> Option<Rect> {
    let g = geometry(app, st, area);
    for (r, l) in visible(&g) {
        buf.set_line(r.x, r.y, &l.line, r.width);
    }
    let a = &app.unit.activities[st.activity];
    let status = match st.part {
        Part::Main => status_line(app, st.activity),
        Part::FollowUp => {
            let (done, n) = follow_ups_answered(a, &app.work[st.activity].answer);
            format!("{done} of {n} follow-up questions answered.")
        }
    };
    let more = if g.first + (g.list.height as usize) < g.lines.len() {
        "  ↓ more"
    } else {
        ""
    };
    buf.set_string(
        g.status.x,
        g.status.y,
        format!("{status}{more}"),
        app.theme.muted,
    );
    box_at(&g, st.row)
}

/// "3 of 5 answered": how many of the main part's questions have an answer.
pub fn status(app: &App, i: usize) -> String {
    let (a, w) = (&app.unit.activities[i], &app.work[i]);
    let fields = form::fields(a, Part::Main);
    let asked: Vec<_> = fields
        .iter()
        .filter(|f| !matches!(f.input, form::Input::Fixed(_)))
        .collect();
    let done = asked
        .iter()
        .filter(|f| form::answered(&w.answer, f))
        .count();
    format!("{done} of {} answered.", asked.len())
}
