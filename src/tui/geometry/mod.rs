//! Where the student UI's parts are and how far they scroll: one pure function of the
//! state and the screen size (the regions, what a click lands on), which each screen's own
//! `geometry` (in `crate::tui::screen`) fills in. Both `update` (clicks, scroll limits) and
//! the views use it; it uses neither.

use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::widgets::Block;

use crate::tui::app::{App, Overlay, Screen, TaskState};

pub mod banner;
pub mod sources;

/// The smallest screen the UI draws on.
pub const MIN_WIDTH: u16 = 60;
/// The smallest screen the UI draws on.
pub const MIN_HEIGHT: u16 = 16;

/// Something on screen a click can land on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// An activity of the home list.
    Activity(usize),
    /// The home screen's line of tasks due for review.
    Review,
    /// The task pane, outside anything in it.
    TaskPane,
    /// The source viewer.
    ViewerPane,
    /// A cell of a sort table (row position, column).
    SortCell {
        /// Row position.
        row: usize,
        /// Column.
        col: usize,
    },
    /// A row, card or item of a list (the value the cursor takes).
    Row(usize),
    /// A bucket of a categorize.
    Bucket(usize),
    /// The pool of cards not yet placed.
    Pool,
    /// An option of a match.
    MatchOption(usize),
    /// A position of a rank or timeline (or its justification box).
    OrderRow(usize),
    /// A cell of a grid.
    GridCell {
        /// Row.
        row: usize,
        /// Column.
        col: usize,
    },
    /// A place a questions screen's cursor can stop.
    Stop(usize),
    /// The text box being edited.
    Editor,
    /// "Yes" of a question.
    Yes,
    /// "No" of a question.
    No,
}

/// The parts of the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Regions {
    /// The title bar.
    pub title: Rect,
    /// The banner saying the progress database cannot be used, while it cannot.
    pub banner: Option<Rect>,
    /// Everything between the title bar and the footer.
    pub body: Rect,
    /// The task (or the whole body on screens without a viewer).
    pub task: Rect,
    /// The source viewer, on task screens.
    pub viewer: Option<Rect>,
    /// The key hints.
    pub footer: Rect,
}

/// Whether the screen is too small to draw on.
pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// The parts of the screen for the state and size in `app`.
pub fn regions(app: &App) -> Regions {
    let banner = banner::height(app, app.area.width);
    let [title, banner, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(banner),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(app.area);
    let (task, viewer) = match &app.screen {
        Screen::Task(st) => {
            // A grid needs the width for its columns more than the side panel does.
            let keys = crate::tui::screen::task_keys(&app.unit.activities[st.activity], st.part);
            let v = if keys == crate::tui::keymap::TaskKeys::Grid {
                (body.width * 3 / 10).clamp(24, 72)
            } else {
                (body.width * 2 / 5).clamp(26, 72)
            };
            let [t, v] =
                Layout::horizontal([Constraint::Min(1), Constraint::Length(v)]).areas(body);
            (t, Some(v))
        }
        _ => (body, None),
    };
    Regions {
        title,
        banner: (banner.height > 0).then_some(banner),
        body,
        task,
        viewer,
        footer,
    }
}

/// Everything clickable, outermost first.
pub fn targets(app: &App) -> Vec<(Rect, Target)> {
    let mut out = Vec::new();
    if too_small(app.area) {
        return out;
    }
    let r = regions(app);
    match &app.screen {
        Screen::Home => crate::tui::screen::home::geometry::targets(app, r.task, &mut out),
        Screen::Task(st) => {
            out.push((r.task, Target::TaskPane));
            if let Some(v) = r.viewer {
                out.push((v, Target::ViewerPane));
            }
            task_targets(app, st, r.task, &mut out);
            if let Some(rect) = editor_area(app, st, r.task) {
                out.push((rect, Target::Editor));
            }
        }
        Screen::Writer(st) => {
            crate::tui::screen::writer::geometry::targets(app, st, r.body, &mut out)
        }
        Screen::Feedback { .. }
        | Screen::Mark(_)
        | Screen::Profile(_)
        | Screen::Compare { .. }
        | Screen::Returned(_) => {}
    }
    if matches!(
        app.overlay,
        Some(Overlay::ConfirmQuit | Overlay::ConfirmSubmit | Overlay::ConfirmRevisit(_))
    ) {
        let (_, yes, no) = confirm_areas(app.area);
        out.push((yes, Target::Yes));
        out.push((no, Target::No));
    }
    out
}

/// What a click at (col, row) lands on: the innermost target there.
pub fn hit(app: &App, col: u16, row: u16) -> Option<Target> {
    let p = Position::new(col, row);
    targets(app)
        .into_iter()
        .rev()
        .find(|(r, _)| r.contains(p))
        .map(|(_, t)| t)
}

/// The first line to show of a list of `len` lines in `height` so `cursor` is visible.
pub fn scroll_to(cursor: usize, height: usize, len: usize) -> usize {
    if height == 0 || len <= height {
        return 0;
    }
    let half = height / 2;
    cursor.saturating_sub(half).min(len - height)
}

/// The inside of a bordered pane.
pub fn inner(area: Rect) -> Rect {
    Block::bordered().inner(area)
}

/// The clickable parts of the task pane.
pub fn task_targets(app: &App, st: &TaskState, area: Rect, out: &mut Vec<(Rect, Target)>) {
    let a = &app.unit.activities[st.activity];
    let keys = crate::tui::screen::task_keys(a, st.part);
    crate::tui::screen::of(keys).targets(app, st, inner(area), out);
}

/// Where the open text box is drawn: over the task, at the thing being written.
pub fn editor_area(app: &App, st: &TaskState, task: Rect) -> Option<Rect> {
    app.editor.as_ref()?;
    let a = &app.unit.activities[st.activity];
    let keys = crate::tui::screen::task_keys(a, st.part);
    let anchor = crate::tui::screen::of(keys).anchor(app, st, inner(task));
    editor_over(app, task, anchor)
}

/// Where the open text box is drawn over the task pane `task`, at `anchor` (the thing
/// being written, as its screen laid it out), or over the whole task when there is none.
pub fn editor_over(app: &App, task: Rect, anchor: Option<Rect>) -> Option<Rect> {
    let editor = app.editor.as_ref()?;
    let anchor = anchor.unwrap_or(inner(task));
    let long = matches!(
        editor.target,
        crate::tui::form::TextTarget::Essay | crate::tui::form::TextTarget::Section(_)
    );
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
