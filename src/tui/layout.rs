//! Where things are on screen: one pure function of the state and the screen size, used by
//! the views to draw and by [`crate::tui::app::update`] to place clicks.

use ratatui::layout::{Constraint, Layout, Position, Rect};

use super::app::{App, Overlay, Screen};

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
    let banner = super::geometry::banner::height(app, app.area.width);
    let [title, banner, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(banner),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(app.area);
    let (task, viewer) = match app.screen {
        Screen::Task(_) => {
            let v = (body.width * 2 / 5).clamp(26, 72);
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
        Screen::Home => super::geometry::home::targets(app, r.task, &mut out),
        Screen::Task(st) => {
            out.push((r.task, Target::TaskPane));
            if let Some(v) = r.viewer {
                out.push((v, Target::ViewerPane));
            }
            super::geometry::task_targets(app, st, r.task, &mut out);
            if let Some(rect) = super::geometry::editor_area(app, st, r.task) {
                out.push((rect, Target::Editor));
            }
        }
        Screen::Writer(st) => super::geometry::writer::targets(app, st, r.body, &mut out),
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
        let (_, yes, no) = super::geometry::confirm_areas(app.area);
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
