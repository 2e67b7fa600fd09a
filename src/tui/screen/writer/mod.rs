//! The writer: the screen for long written answers, `report` and `essay`.
//!
//! The cover fields run along the top; the sections are listed at the side with their word
//! counts; the current section's text is edited beside its guidance, or beside the notes
//! of the earlier activities it links. The decision is chosen here too. Every change goes
//! into the activity's answer at once (and marks it changed, [`App::touch`]), so leaving a
//! section, the screen or the activity loses nothing.
//!
//! Its state ([`WriterState`]), its bindings in the key table ([`KEYS`]), what its keys do
//! ([`update`](mod@update)), where its parts are ([`geometry`](mod@geometry)), the lines
//! both measure ([`content`]) and how it is drawn ([`view`]); what a report or essay is
//! made of, page by page ([`page`]), and the notes of the activities it links ([`notes`]).

pub mod content;
pub mod geometry;
pub mod notes;
pub mod page;
pub mod update;
pub mod view;

use ratatui::crossterm::event::KeyCode::{Char, Left, Right};

use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::form::{self, TextTarget};
use crate::tui::keymap::{
    C, KeyBinding, N, PAGES, PICK, SECTIONS, SUBMIT_NOW, Scope, TOGGLE, UP_DOWN,
};
use crate::tui::keys::Key::Is;
use crate::tui::keys::kb;
use Action as Do;
use page::Entry;

/// Its bindings in the key table: each key with the action it asks for.
#[rustfmt::skip]
pub static KEYS: &[KeyBinding] = &[
    kb("Enter", TOGGLE, "write/choose", Scope::Writer, true),
    kb("↑↓", UP_DOWN, "part of the report", Scope::Writer, false),
    kb("Alt+↑↓", SECTIONS, "previous/next section", Scope::Writer, false),
    kb("←→/1–9", &[Is(Left, N, Do::Left), Is(Right, N, Do::Right), Is(Char('h'), N, Do::Left), Is(Char('l'), N, Do::Right), PICK], "choose the decision", Scope::Writer, false),
    kb("n", &[Is(Char('n'), N, Do::Notes), Is(Char('n'), C, Do::Notes)], "notes", Scope::Writer, true),
    kb("i", &[Is(Char('i'), N, Do::Instructions)], "instructions and sources", Scope::Writer, false),
    kb("x", &[Is(Char('x'), N, Do::Export)], "export Markdown", Scope::Writer, true),
    kb("s", &[Is(Char('s'), N, Do::Submit)], "submit", Scope::Writer, true),
    kb("Ctrl+S", SUBMIT_NOW, "submit now", Scope::Writer, false),
    kb("PgUp/PgDn", PAGES, "scroll the side pane", Scope::Writer, false),
    kb("]", &[Is(Char(']'), N, Do::NextPart)], "follow-up questions", Scope::Writer, false),
    kb("Alt+↑↓", SECTIONS, "previous/next section", Scope::Writing, true),
    kb("Ctrl+N", &[Is(Char('n'), C, Do::Notes)], "notes", Scope::Writing, true),
];

/// What the pane beside the editor shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SidePane {
    /// The current section's questions and hints.
    Guidance,
    /// The student's answers to the earlier activities the section links.
    Notes,
    /// The activity's instructions, hints and sources.
    Instructions,
}

/// Where the student is in the writer.
#[derive(Debug, Clone, PartialEq)]
pub struct WriterState {
    /// Position of the activity in the unit.
    pub activity: usize,
    /// Position of the cursor among [`page::entries`].
    pub entry: usize,
    /// What the side pane shows.
    pub pane: SidePane,
    /// How far the side pane is scrolled, in lines.
    pub scroll: u16,
    /// Whether the decision is made and argued in its section, as the scoring decides
    /// ([`page::decision_argued`]): found again whenever the answer changes
    /// ([`App::touch`]), never while drawing.
    pub argued: Option<bool>,
}

impl WriterState {
    /// The writer on activity `activity`, where the student left off: at the last section
    /// with writing in it, or at the first section of a report not begun.
    pub fn new(app: &App, activity: usize) -> Self {
        let first = app.unit.activities.get(activity).map_or(0, |a| {
            let entries = page::entries(a);
            let written = |e: &Entry| match *e {
                Entry::Section(k) => page::page(a, k).is_some_and(|p| {
                    app.work
                        .get(activity)
                        .is_some_and(|w| !form::text(&w.answer, &p.target).trim().is_empty())
                }),
                _ => false,
            };
            entries
                .iter()
                .rposition(written)
                .or_else(|| entries.iter().position(|e| matches!(e, Entry::Section(_))))
                .unwrap_or(0)
        });
        WriterState {
            activity,
            entry: first,
            pane: SidePane::Guidance,
            scroll: 0,
            argued: app
                .unit
                .activities
                .get(activity)
                .zip(app.work.get(activity))
                .and_then(|(a, w)| page::decision_argued(a, &w.answer)),
        }
    }

    /// The writer opened on the part a review checks: the section (or essay) or the
    /// decision `task` names; where the student left off for any other task.
    pub fn on_task(app: &App, activity: usize, task: &str) -> Self {
        let mut st = Self::new(app, activity);
        if let Some(a) = app.unit.activities.get(activity) {
            let names = |e: &Entry| match *e {
                Entry::Section(k) => page::page(a, k).is_some_and(|p| match &p.target {
                    TextTarget::Section(id) => id == task,
                    TextTarget::Essay => task == "essay",
                    _ => false,
                }),
                Entry::Decision => task == "decision",
                Entry::Cover(_) => false,
            };
            if let Some(at) = page::entries(a).iter().position(names) {
                st.entry = at;
            }
        }
        st
    }

    /// The entry under the cursor.
    pub fn current(&self, app: &App) -> Option<Entry> {
        let a = app.unit.activities.get(self.activity)?;
        page::entries(a).get(self.entry).copied()
    }
}
