//! What the keys do in the writer: move between the cover fields, the sections and the
//! decision; write; show the guidance, the notes or the instructions beside; export; submit.

use super::page::{self, Entry};
use super::{SidePane, WriterState};
use crate::tui::action::{Action, Effect};
use crate::tui::app::{App, Overlay, Screen, TaskState};
use crate::tui::editor::{self, Editor};
use crate::tui::form::{self, ChoiceTarget, Part, TextTarget};
use crate::tui::geometry::{self, Target};

/// The screen that opens activity `i`: the writer for reports and essays.
pub fn screen_for(app: &App, i: usize) -> Option<Screen> {
    let a = app.unit.activities.get(i)?;
    page::is_written(a).then(|| Screen::Writer(WriterState::new(app, i)))
}

/// Where the text of an entry is kept, with the editor's title.
fn text_target(app: &App, st: &WriterState, entry: Entry) -> Option<(TextTarget, String)> {
    let a = &app.unit.activities[st.activity];
    match entry {
        Entry::Cover(k) => {
            let field = page::cover_field(a, k)?;
            Some((TextTarget::Cover(field.id.clone()), field.label.clone()))
        }
        Entry::Section(k) => {
            let p = page::page(a, k)?;
            Some((p.target.clone(), p.heading.to_string()))
        }
        Entry::Decision => None,
    }
}

/// Opens the editor on the entry under the cursor, if it is written.
fn start_writing(app: &mut App, st: &WriterState) {
    let Some((target, title)) = st.current(app).and_then(|e| text_target(app, st, e)) else {
        return;
    };
    let text = form::text(&app.work[st.activity].answer, &target);
    app.editor = Some(Editor::open(target, title, text, &app.theme));
}

/// Moves the cursor to entry `to` (kept in range), closing the editor on the old one and
/// opening it on the new one when `keep_writing`.
fn go_to(app: &mut App, st: &mut WriterState, to: usize, keep_writing: bool) {
    let n = page::entries(&app.unit.activities[st.activity]).len();
    let to = to.min(n.saturating_sub(1));
    if to == st.entry {
        return;
    }
    st.entry = to;
    st.scroll = 0;
    app.editor = None;
    if keep_writing {
        start_writing(app, st);
    }
}

/// Chooses decision option `k` (0-based), if there is one.
fn decide(app: &mut App, st: &WriterState, k: usize) {
    let i = st.activity;
    let Some(asked) = page::report(&app.unit.activities[i]).and_then(|r| r.decision.as_ref())
    else {
        return;
    };
    let Some(option) = asked.options.get(k) else {
        return;
    };
    let id = option.id.clone();
    form::choose(&mut app.work[i].answer, &ChoiceTarget::Decision, &id, false);
    app.touch(i);
}

/// Steps the decision to the next (or previous) option.
fn step_decision(app: &mut App, st: &WriterState, forward: bool) {
    let a = &app.unit.activities[st.activity];
    let Some((asked, chosen)) = page::decision(a, &app.work[st.activity].answer) else {
        return;
    };
    let n = asked.options.len();
    let k = match (chosen, forward) {
        (None, true) => 0,
        (None, false) => n.saturating_sub(1),
        (Some(c), true) => (c + 1) % n,
        (Some(c), false) => (c + n - 1) % n,
    };
    decide(app, st, k);
}

/// Applies an action to the writer on screen.
pub fn update(app: &mut App, action: Action) -> Option<Action> {
    let Screen::Writer(st) = &app.screen else {
        return None;
    };
    let mut st = st.clone();
    let next = if app.editor.is_some() {
        writing(app, &mut st, action)
    } else {
        browsing(app, &mut st, action)
    };
    if let Screen::Writer(cur) = &mut app.screen
        && cur.activity == st.activity
    {
        // What `App::touch` found of the decision meanwhile is newer than the copy's.
        *cur = WriterState {
            argued: cur.argued,
            ..st
        };
    }
    next
}

/// Keys that act on the writer itself, whether or not the editor is open.
fn common(app: &mut App, st: &mut WriterState, action: Action) -> Option<Option<Action>> {
    let keep = app.editor.is_some();
    match action {
        Action::PrevSection => go_to(app, st, st.entry.saturating_sub(1), keep),
        Action::NextSection => go_to(app, st, st.entry + 1, keep),
        Action::Notes => toggle_pane(st, SidePane::Notes),
        Action::Instructions => toggle_pane(st, SidePane::Instructions),
        Action::SubmitNow => {
            app.editor = None;
            return Some(Some(Action::Score));
        }
        _ => return None,
    }
    Some(None)
}

fn toggle_pane(st: &mut WriterState, pane: SidePane) {
    st.pane = if st.pane == pane {
        SidePane::Guidance
    } else {
        pane
    };
    st.scroll = 0;
}

/// Whether the writer is on a one-line part (a cover field), where Enter moves on to the
/// next part instead of starting a new line.
pub fn on_one_line(app: &App) -> bool {
    match &app.screen {
        Screen::Writer(st) => matches!(st.current(app), Some(Entry::Cover(_))),
        _ => false,
    }
}

/// Actions while the editor is open: text goes to the editor.
fn writing(app: &mut App, st: &mut WriterState, action: Action) -> Option<Action> {
    if let Some(next) = common(app, st, action) {
        return next;
    }
    let one_line = on_one_line(app);
    match action {
        Action::Back => app.editor = None,
        Action::Newline if one_line => go_to(app, st, st.entry + 1, true),
        _ => return editor::update(app, action),
    }
    None
}

/// Actions while moving between entries.
fn browsing(app: &mut App, st: &mut WriterState, action: Action) -> Option<Action> {
    if let Some(next) = common(app, st, action) {
        return next;
    }
    let on_decision = st.current(app) == Some(Entry::Decision);
    match action {
        Action::Up => go_to(app, st, st.entry.saturating_sub(1), false),
        Action::Down => go_to(app, st, st.entry + 1, false),
        Action::PageUp => st.scroll = st.scroll.saturating_sub(5),
        Action::PageDown => {
            let body = geometry::regions(app).body;
            let max = super::geometry::max_side_scroll(app, st, body);
            st.scroll = st.scroll.saturating_add(5).min(max);
        }
        Action::Left if on_decision => step_decision(app, st, false),
        Action::Right | Action::Toggle | Action::Activate if on_decision => {
            step_decision(app, st, true)
        }
        Action::Pick(k) if k >= 1 => decide(app, st, k - 1),
        Action::Activate | Action::Toggle => start_writing(app, st),
        Action::Export => app.effects.push(Effect::ExportReport {
            activity: st.activity,
        }),
        Action::Submit => app.overlay = Some(Overlay::ConfirmSubmit),
        Action::NextPart if !app.unit.activities[st.activity].follow_up.is_empty() => {
            let mut task = TaskState::new(st.activity);
            task.part = Part::FollowUp;
            app.screen = Screen::Task(task);
        }
        Action::Back => {
            app.go_home(st.activity);
        }
        _ => {}
    }
    None
}

/// What a click on the writer does.
pub fn click(app: &mut App, target: Target, drag: bool) -> Option<Action> {
    let Screen::Writer(st) = &app.screen else {
        return None;
    };
    let mut st = st.clone();
    match target {
        Target::Row(entry) if !drag => {
            let writing = st.entry == entry;
            go_to(app, &mut st, entry, false);
            if writing {
                start_writing(app, &st);
            }
        }
        Target::Editor if !drag => start_writing(app, &st),
        Target::MatchOption(k) if !drag => decide(app, &st, k),
        _ => {}
    }
    if let Screen::Writer(cur) = &mut app.screen {
        *cur = st;
    }
    None
}
