//! Questions: choice (radio buttons or checkboxes) and written answers (a text box each).
//! Also draws essays, reports and every activity's follow-up questions.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::status_line;
use crate::tui::app::{App, TaskState};
use crate::tui::form::{self, Part};
use crate::tui::geometry::questions::{geometry, visible};

/// Draws the questions.
pub fn render(app: &App, st: &TaskState, area: Rect, buf: &mut Buffer) {
    let g = geometry(app, st, area);
    for (r, l) in visible(&g) {
        buf.set_line(r.x, r.y, &l.line, r.width);
    }
    let a = &app.unit.activities[st.activity];
    let status = match st.part {
        Part::Main => status_line(app, st.activity),
        Part::FollowUp => {
            let fields = form::fields(a, Part::FollowUp);
            let answer = &app.work[st.activity].answer;
            let done = fields.iter().filter(|f| form::answered(answer, f)).count();
            format!("{done} of {} follow-up questions answered.", fields.len())
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
}
