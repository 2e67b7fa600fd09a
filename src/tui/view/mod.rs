//! Drawing: `impl Widget for &App`, no side effects. What every screen shares is here
//! (the title bar, the banner, the task pane and its source viewer, the footer, the yes/no
//! question); each screen's own drawing is its `view` in [`crate::tui::screen`].

pub mod banner;
pub mod footer;
pub mod sources;
pub mod too_small;

pub use super::content::{marker, sel};

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget, Wrap};

use super::app::{App, Focus, Overlay, Screen, TaskState};
use super::editor::Editor;
use super::form::Part;
use super::geometry::{self, confirm_areas, editor_over, inner};
use super::query::follow_ups_answered;
use super::screen;

use super::theme::Theme;
use super::wrap::{truncate, width};
use crate::text::{word_count, word_target};

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if geometry::too_small(area) {
            too_small::render(self, area, buf);
            return;
        }
        let r = geometry::regions(self);
        title_bar(self, r.title, buf);
        if let Some(b) = r.banner {
            banner::render(self, b, buf);
        }
        match &self.screen {
            Screen::Home => screen::home::view::render(self, r.task, buf),
            Screen::Profile(st) => screen::profile::view::render(self, st, r.body, buf),
            Screen::Compare { activity } => {
                screen::compare::view::render(self, *activity, r.body, buf)
            }
            Screen::Task(st) => {
                let anchor = task(self, st, r.task, buf);
                if let Some(v) = r.viewer {
                    sources::render(self, st, v, buf);
                }
                if let (Some(ed), Some(rect)) = (&self.editor, editor_over(self, r.task, anchor)) {
                    Clear.render(rect, buf);
                    let block = Block::bordered()
                        .border_type(BorderType::Thick)
                        .border_style(self.theme.focus)
                        .title(Span::styled(
                            format!(
                                " {} ",
                                truncate(&ed.title, rect.width.saturating_sub(4) as usize)
                            ),
                            self.theme.heading,
                        ))
                        .title_bottom(
                            Line::from(done_line(ed, rect.width)).alignment(Alignment::Right),
                        );
                    let inner = block.inner(rect);
                    block.render(rect, buf);
                    ed.area.render(inner, buf);
                }
            }
            &Screen::Feedback {
                activity,
                scroll,
                missed_only,
            } => screen::feedback::view::render(self, activity, (scroll, missed_only), r.body, buf),
            Screen::Writer(st) => screen::writer::view::render(self, st, r.body, buf),
            Screen::Mark(st) => screen::marking::view::render(self, st, r.body, buf),
            Screen::Returned(st) => screen::returned::view::render(self, st, r.body, buf),
        }
        footer::render(self, r.footer, buf);
        match self.overlay {
            Some(Overlay::Help(scroll)) => screen::help::view::render(self, scroll, area, buf),
            Some(Overlay::About(scroll)) => screen::home::about::render(self, scroll, area, buf),
            Some(Overlay::ConfirmQuit) => confirm(self, "Quit?", banner::UNSAVED, area, buf),
            Some(Overlay::ConfirmRevisit(i)) => {
                let title = self.unit.activities.get(i).map_or("", |a| a.title.as_str());
                let what = format!(
                    "Revisit your ranking of “{title}”? Now you have done the unit, see whether your view has changed."
                );
                confirm(self, "Revisit?", &what, area, buf)
            }
            Some(Overlay::ConfirmSubmit) => {
                let what = self
                    .current()
                    .map(|(i, a)| {
                        format!(
                            "Submit “{}” for marking? {}",
                            a.title,
                            submit_status(self, i)
                        )
                    })
                    .unwrap_or_default();
                confirm(self, "Submit?", &what, area, buf)
            }
            None => {}
        }
    }
}

/// The open text box's bottom line: its words against the least it asks for, if any, and
/// how to leave it (dropped first when a box `room` wide has no room for both).
fn done_line(editor: &Editor, room: u16) -> String {
    let done = " Esc: done ";
    if editor.least == 0 {
        return done.into();
    }
    let count = editor.area.lines().iter().map(|l| word_count(l)).sum();
    let target = word_target(count, editor.least);
    let both = format!(" {target} ·{done}");
    if room as usize >= width(&both) + 2 {
        both
    } else {
        format!(" {target} ")
    }
}

fn title_bar(app: &App, area: Rect, buf: &mut Buffer) {
    buf.set_style(area, app.theme.title);
    let mut title = format!(" classwork │ {}", app.unit.title);
    if let Some((i, a)) = app.current() {
        title = format!(" {} › {}", app.unit.title, a.title);
        let right = format!(" {} of {} ", i + 1, app.unit.activities.len());
        let rw = width(&right) as u16;
        if area.width > rw + 10 {
            buf.set_string(area.right() - rw, area.y, &right, app.theme.title);
        }
        let room = area.width.saturating_sub(rw + 1) as usize;
        // Keep the activity's title: shorten the unit's first.
        if width(&title) > room {
            let keep = width(&a.title) + 4;
            let unit = truncate(&app.unit.title, room.saturating_sub(keep).max(8));
            title = format!(" {unit} › {}", a.title);
        }
        buf.set_string(area.x, area.y, truncate(&title, room), app.theme.title);
    } else {
        // On the home screen, whose work it is.
        let who = app
            .progress
            .student
            .as_ref()
            .map_or_else(String::new, |s| format!(" {} ", truncate(s, 24)));
        let rw = width(&who) as u16;
        let rw = if area.width > rw + 30 { rw } else { 0 };
        if rw > 0 {
            buf.set_string(area.right() - rw, area.y, &who, app.theme.title);
        }
        buf.set_string(
            area.x,
            area.y,
            truncate(&title, area.width.saturating_sub(rw) as usize),
            app.theme.title,
        );
    }
}

/// A bordered pane, highlighted when it has the keys.
pub fn pane<'a>(title: impl Into<Line<'a>>, focused: bool, theme: &Theme) -> Block<'a> {
    let block = Block::bordered().title(title);
    if focused {
        block
            .border_type(BorderType::Thick)
            .border_style(theme.focus)
    } else {
        block.border_style(theme.border)
    }
}

/// "7 of 10 rows answered.": how much of the activity's main task has an answer, as its
/// screen counts (a report or essay as its sections list does).
pub fn status_line(app: &App, i: usize) -> String {
    let a = &app.unit.activities[i];
    if screen::writer::page::is_written(a) {
        screen::writer::page::written_status(a, &app.work[i].answer)
    } else {
        screen::of(screen::task_keys(a, Part::Main)).status(app, i)
    }
}

/// What submitting would hand in: [`status_line`], then the follow-up questions answered.
pub fn submit_status(app: &App, i: usize) -> String {
    let main = status_line(app, i);
    match follow_ups_answered(&app.unit.activities[i], &app.work[i].answer) {
        (_, 0) => main,
        (done, n) => format!("{main} {done} of {n} follow-up {} answered.", plural(n)),
    }
}

/// Draws `lines` from the one at `first` down `area`, as many as fit: for lines already
/// wrapped to the area's width.
pub fn draw_lines(lines: &[Line], first: usize, area: Rect, buf: &mut Buffer) {
    for (y, line) in (area.y..area.bottom()).zip(lines.iter().skip(first)) {
        buf.set_line(area.x, y, line, area.width);
    }
}

/// Draws the task pane; returns where a text box opened in it is drawn over.
fn task(app: &App, st: &TaskState, area: Rect, buf: &mut Buffer) -> Option<Rect> {
    let a = &app.unit.activities[st.activity];
    let focused = st.focus == Focus::Task && app.editor.is_none();
    let mut title = vec![Span::styled(
        match st.part {
            Part::Main => format!(" {} ", a.kind().name()),
            Part::FollowUp => " follow-up questions ".to_string(),
        },
        app.theme.heading,
    )];
    if !a.follow_up.is_empty() {
        let (done, n) = follow_ups_answered(a, &app.work[st.activity].answer);
        let hint = match st.part {
            Part::Main => format!("· ] follow-ups: {done} of {n} answered "),
            Part::FollowUp => "· [ back to the task ".to_string(),
        };
        title.push(Span::styled(hint, app.theme.warning));
    }
    let block = pane(Line::from(title), focused, &app.theme);
    let inner = block.inner(area);
    block.render(area, buf);
    let keys = screen::task_keys(a, st.part);
    screen::of(keys).render(app, st, inner, buf)
}

fn confirm(app: &App, title: &str, text: &str, area: Rect, buf: &mut Buffer) {
    let (popup, yes, no) = confirm_areas(area);
    Clear.render(popup, buf);
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(app.theme.focus)
        .title(Span::styled(format!(" {title} "), app.theme.heading))
        .padding(ratatui::widgets::Padding::horizontal(1));
    let inner = block.inner(popup);
    block.render(popup, buf);
    Paragraph::new(super::wrap::one_line(text))
        .wrap(Wrap { trim: true })
        .alignment(Alignment::Center)
        .render(
            Rect {
                height: inner.height.saturating_sub(2),
                ..inner
            },
            buf,
        );
    buf.set_string(yes.x, yes.y, "[ y  Yes ]", app.theme.key);
    buf.set_string(no.x, no.y, "[ n  No ]", app.theme.key);
}

/// "question" or "questions".
fn plural(n: usize) -> &'static str {
    if n == 1 { "question" } else { "questions" }
}
