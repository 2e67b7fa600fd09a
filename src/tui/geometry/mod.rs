//! Where the student UI's parts are and how far they scroll, screen by screen. Both `update`
//! (clicks, scroll limits) and the views use it; it uses neither.

use ratatui::layout::Rect;
use ratatui::widgets::Block;

use crate::activity::Body;
use crate::tui::app::{App, TaskState};
use crate::tui::form::Part;
use crate::tui::layout::Target;

pub mod banner;
pub mod categorize;
pub mod feedback;
pub mod grid;
pub mod home;
pub mod matching;
pub mod order;
pub mod questions;
pub mod sort;
pub mod sources;
pub mod writer;

/// The inside of a bordered pane.
pub fn inner(area: Rect) -> Rect {
    Block::bordered().inner(area)
}

/// The clickable parts of the task pane.
pub fn task_targets(app: &App, st: &TaskState, area: Rect, out: &mut Vec<(Rect, Target)>) {
    let a = &app.unit.activities[st.activity];
    let area = inner(area);
    if st.part == Part::FollowUp {
        return questions::targets(app, st, area, out);
    }
    match &a.body {
        Body::Sort(_) => sort::targets(app, st, area, out),
        Body::Categorize(_) => categorize::targets(app, st, area, out),
        Body::Match(_) => matching::targets(app, st, area, out),
        Body::Rank(_) | Body::Timeline(_) => order::targets(app, st, area, out),
        Body::Grid(_) => grid::targets(app, st, area, out),
        Body::Choice(_) | Body::Short(_) | Body::Essay(_) | Body::Report(_) => {
            questions::targets(app, st, area, out)
        }
    }
}

/// Where the open text box is drawn: over the task, at the thing being written.
pub fn editor_area(app: &App, st: &TaskState, task: Rect) -> Option<Rect> {
    app.editor.as_ref()?;
    let a = &app.unit.activities[st.activity];
    let inner = inner(task);
    let anchor = match (&a.body, st.part) {
        (_, Part::FollowUp) => questions::anchor(app, st, inner),
        (Body::Grid(_), _) => grid::anchor(app, st, inner),
        (Body::Rank(_), _) => order::anchor(app, st, inner),
        (
            Body::Sort(_)
            | Body::Categorize(_)
            | Body::Match(_)
            | Body::Timeline(_)
            | Body::Choice(_)
            | Body::Short(_)
            | Body::Essay(_)
            | Body::Report(_),
            _,
        ) => questions::anchor(app, st, inner),
    }
    .unwrap_or(inner);
    let long = app.editor.as_ref().is_some_and(|e| {
        matches!(
            e.target,
            crate::tui::form::TextTarget::Essay | crate::tui::form::TextTarget::Section(_)
        )
    });
    let height = if long {
        task.height.saturating_sub(2).max(8)
    } else {
        8
    }
    .min(task.height);
    let y = anchor
        .y
        .saturating_sub(1)
        .min(task.bottom().saturating_sub(height))
        .max(task.y);
    Some(Rect::new(task.x, y, task.width, height))
}

/// The question box and its yes and no buttons.
pub fn confirm_areas(area: Rect) -> (Rect, Rect, Rect) {
    let w = 56.min(area.width.saturating_sub(4));
    let h = 7;
    let popup = Rect::new(
        area.x + (area.width.saturating_sub(w)) / 2,
        area.y + (area.height.saturating_sub(h)) / 2,
        w,
        h,
    );
    let y = popup.bottom().saturating_sub(2);
    let mid = popup.x + popup.width / 2;
    let yes = Rect::new(mid.saturating_sub(13), y, 11, 1);
    let no = Rect::new(mid + 2, y, 10, 1);
    (popup, yes, no)
}
