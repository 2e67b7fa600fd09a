//! The state of the class results and [`update`], the only place it changes.
//!
//! `update` does no I/O: a mark to write is queued in [`ClassApp::effects`] for the
//! runner ([`super::save::perform`]).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use ratatui::layout::Rect;

use super::action::{ClassAction, Effect, Tab};
use super::geometry;
use super::keymap::Mode;
use super::marking::{self, Marking};
use super::queue::{self, Preview, Prompt};
use crate::activity::Unit;
use crate::teacher::gradebook::Gradebook;
use crate::teacher::{
    Class, ItemStats, Positions, SortHeatMap, gradebook, item_analysis, order_positions,
    sort_heat_maps,
};
use crate::tui::theme::Theme;

/// How many rows a page key moves.
const PAGE: usize = 10;

/// The order of the gradebook's students.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortBy {
    /// By name, A to Z.
    Name,
    /// By total, highest first (then by name).
    Total,
}

/// What the heat map tab shows for one activity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Chart<'a> {
    /// How the class ticked a sort.
    Sort(&'a SortHeatMap),
    /// The class's average place of each item of a rank or timeline.
    Order(&'a Positions),
}

/// The class read again now and then while it is shown: a served class filling in.
pub struct Live {
    /// How often.
    every: Duration,
    /// When next.
    pub next: Instant,
    /// Reads the class again; `None` when it cannot be read just now (the last one stays).
    fetch: Box<dyn FnMut() -> Option<Class>>,
}

impl Live {
    /// Reads the class with `fetch` every `every`, the first time `every` from now.
    pub fn every(every: Duration, fetch: impl FnMut() -> Option<Class> + 'static) -> Self {
        Live {
            every,
            next: Instant::now() + every,
            fetch: Box::new(fetch),
        }
    }
}

/// Everything the class results know.
pub struct ClassApp {
    /// The unit the work is for.
    pub unit: Unit,
    /// The class folder (paths are shown from it).
    pub folder: PathBuf,
    /// The hand-ins read, scored, and the problems met.
    pub class: Class,
    /// Students × activities, worked out from `class`.
    pub book: Gradebook,
    /// Item analysis of every task, worked out from `class`.
    pub items: Vec<ItemStats>,
    /// What the class ticked in each sort.
    pub maps: Vec<SortHeatMap>,
    /// The class's average places in each rank and timeline.
    pub orders: Vec<Positions>,
    /// The tab shown.
    pub tab: Tab,
    /// The gradebook's order.
    pub sort: SortBy,
    /// The selected student: a position in `book.rows` (and `class.hand_ins`).
    pub student: usize,
    /// The selected activity of the gradebook: a position in the unit.
    pub column: usize,
    /// The activity shown under Items: a position in the unit.
    pub item_activity: usize,
    /// The selected task of that activity.
    pub item: usize,
    /// The chart shown under Heat map: a position in [`ClassApp::charts`].
    pub chart: usize,
    /// How far the heat map or the problems are scrolled, in lines.
    pub scroll: u16,
    /// The work being marked, if any.
    pub marking: Option<Marking>,
    /// The selected row of the moderation queue.
    pub queue: usize,
    /// The line the teacher is typing, if any.
    pub prompt: Option<Prompt>,
    /// A change of key waiting for the teacher's word, if any.
    pub preview: Option<Preview>,
    /// The unit's folder, whose activity files a change of key is written into; `None`
    /// for the bundled unit, which is not changed.
    pub unit_dir: Option<PathBuf>,
    /// The key help, when it is shown: how far it is scrolled, in lines.
    pub help: Option<u16>,
    /// The styles.
    pub theme: Theme,
    /// The size of the screen (clicks are placed against it).
    pub area: Rect,
    /// A message for the teacher (a mark that could not be saved), until the next key.
    pub notice: Option<String>,
    /// Work for the runner, oldest first.
    pub effects: Vec<Effect>,
    /// Whether the class results should close.
    pub quit: bool,
    /// With `--live`: how the class is read again, and when.
    pub live: Option<Live>,
}

impl ClassApp {
    /// The class results of `class`, read from `folder` against `unit`, on the gradebook.
    pub fn new(unit: Unit, folder: PathBuf, class: Class) -> Self {
        ClassApp {
            book: gradebook(&class, &unit),
            items: item_analysis(&class, &unit),
            maps: sort_heat_maps(&class, &unit),
            orders: order_positions(&class, &unit),
            unit,
            folder,
            class,
            tab: Tab::Gradebook,
            sort: SortBy::Name,
            student: 0,
            column: 0,
            item_activity: 0,
            item: 0,
            chart: 0,
            scroll: 0,
            marking: None,
            queue: 0,
            prompt: None,
            preview: None,
            unit_dir: None,
            help: None,
            theme: Theme::from_env(),
            area: Rect::new(0, 0, 80, 24),
            notice: None,
            effects: Vec::new(),
            quit: false,
            live: None,
        }
    }

    /// With `--live`, at `now`: the class read again if it is time, and taken in, the
    /// selected student kept. Not while the teacher is marking or answering a question
    /// (those hold a hand-in by its place, which a new hand-in can move): then at the
    /// next look.
    pub fn bring_up_to_date(&mut self, now: Instant) {
        let busy = self.marking.is_some() || self.prompt.is_some() || self.preview.is_some();
        let Some(live) = &mut self.live else { return };
        if now < live.next {
            return;
        }
        live.next = now + live.every;
        if busy {
            return;
        }
        let Some(class) = (live.fetch)() else { return };
        let selected = self.book.rows.get(self.student).map(|r| r.student.clone());
        self.class = class;
        self.refresh();
        self.student = selected
            .and_then(|name| self.book.rows.iter().position(|r| r.student == name))
            .unwrap_or(0);
    }

    /// Works the gradebook, item analysis and charts out again from the class.
    pub fn refresh(&mut self) {
        self.book = gradebook(&self.class, &self.unit);
        self.items = item_analysis(&self.class, &self.unit);
        self.maps = sort_heat_maps(&self.class, &self.unit);
        self.orders = order_positions(&self.class, &self.unit);
    }

    /// The students (positions in `book.rows`) in the gradebook's order.
    pub fn order(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.book.rows.len()).collect();
        if self.sort == SortBy::Total {
            let rows = &self.book.rows;
            order.sort_by(|&a, &b| rows[b].total.total_cmp(&rows[a].total).then(a.cmp(&b)));
        }
        order
    }

    /// The item analysis of the activity at position `activity` of the unit.
    pub fn items_of(&self, activity: usize) -> Vec<&ItemStats> {
        let Some(a) = self.unit.activities.get(activity) else {
            return Vec::new();
        };
        self.items.iter().filter(|i| i.activity == a.id).collect()
    }

    /// The heat maps and average places, in the unit's order.
    pub fn charts(&self) -> Vec<Chart<'_>> {
        let at = |id: &str| self.unit.activities.iter().position(|a| a.id == id);
        let mut out: Vec<(Option<usize>, Chart<'_>)> = self
            .maps
            .iter()
            .map(|m| (at(&m.activity), Chart::Sort(m)))
            .chain(
                self.orders
                    .iter()
                    .map(|p| (at(&p.activity), Chart::Order(p))),
            )
            .collect();
        out.sort_by_key(|(i, _)| *i);
        out.into_iter().map(|(_, c)| c).collect()
    }

    /// How far the heat map or the problems can scroll: to their last row or problem.
    fn scroll_end(&self) -> usize {
        match self.tab {
            Tab::HeatMap => match self.charts().get(self.chart) {
                Some(Chart::Sort(m)) => m.rows.len(),
                Some(Chart::Order(p)) => p.items.len(),
                None => 0,
            },
            _ => self.class.diagnostics.len(),
        }
    }

    /// What the keys act on now.
    pub fn mode(&self) -> Mode {
        if self.preview.is_some() {
            Mode::Preview
        } else if self.prompt.is_some() {
            Mode::Prompt
        } else if self.help.is_some() {
            Mode::Help
        } else {
            Mode::Tab(self.tab)
        }
    }

    /// The name of the student at position `i` of the class.
    pub fn name(&self, i: usize) -> &str {
        self.book.rows.get(i).map_or("", |r| r.student.as_str())
    }
}

/// Applies one action to the state.
pub fn update(app: &mut ClassApp, action: ClassAction) {
    if let ClassAction::Resize { width, height } = action {
        app.area = Rect::new(0, 0, width, height);
        return;
    }
    app.notice = None;
    if action == ClassAction::Quit {
        app.quit = true;
        return;
    }
    if app.preview.is_some() {
        return queue::preview(app, action);
    }
    if app.prompt.is_some() {
        return queue::prompt(app, action);
    }
    if let Some(scroll) = app.help {
        // The arrows and pages scroll a help longer than the window; any other key closes it.
        let lines = usize::from(geometry::help_max_scroll(app)) + 1;
        app.help = (action.moves(PAGE))
            .map(|by| u16::try_from(step(scroll.into(), by, lines)).unwrap_or(u16::MAX));
        return;
    }
    match action {
        ClassAction::Help => app.help = Some(0),
        ClassAction::ToggleTheme => app.theme = app.theme.toggled(),
        ClassAction::NextTab => show(app, Tab::ALL[(app.tab.index() + 1) % Tab::ALL.len()]),
        ClassAction::PrevTab => {
            let n = Tab::ALL.len();
            show(app, Tab::ALL[(app.tab.index() + n - 1) % n]);
        }
        ClassAction::Show(tab) => show(app, tab),
        ClassAction::Click { col, row } => {
            if let Some(tab) = geometry::tab_at(app, col, row) {
                show(app, tab);
            }
        }
        ClassAction::Back => show(app, Tab::Gradebook),
        _ => match app.tab {
            Tab::Gradebook => gradebook_keys(app, action),
            Tab::Items => items_keys(app, action),
            Tab::HeatMap | Tab::Problems => scroll_keys(app, action),
            Tab::Marking => marking::update(app, action),
            Tab::Queue => queue::update(app, action),
        },
    }
}

/// Goes to a tab; marking follows the gradebook's selected student.
fn show(app: &mut ClassApp, tab: Tab) {
    if tab == Tab::Marking
        && app
            .marking
            .as_ref()
            .is_none_or(|m| m.hand_in != app.student)
    {
        app.marking = marking::open(app, None).ok();
    }
    if tab != app.tab {
        app.scroll = 0;
    }
    app.tab = tab;
}

/// Moves `pos` by `by` places within `0..len`.
fn step(pos: usize, by: isize, len: usize) -> usize {
    pos.saturating_add_signed(by).min(len.saturating_sub(1))
}

fn gradebook_keys(app: &mut ClassApp, action: ClassAction) {
    let order = app.order();
    let at = order.iter().position(|&i| i == app.student).unwrap_or(0);
    let by = match action {
        ClassAction::Up => -1,
        ClassAction::Down => 1,
        ClassAction::PageUp => -(PAGE as isize),
        ClassAction::PageDown => PAGE as isize,
        ClassAction::Left | ClassAction::Right => {
            let by = if action == ClassAction::Left { -1 } else { 1 };
            app.column = step(app.column, by, app.unit.activities.len());
            return;
        }
        ClassAction::Sort => {
            app.sort = match app.sort {
                SortBy::Name => SortBy::Total,
                SortBy::Total => SortBy::Name,
            };
            return;
        }
        ClassAction::Open => {
            match marking::open(app, Some(app.column)) {
                Ok(m) => {
                    app.marking = Some(m);
                    app.tab = Tab::Marking;
                }
                Err(why) => app.notice = Some(why),
            }
            return;
        }
        _ => return,
    };
    if let Some(&i) = order.get(step(at, by, order.len())) {
        app.student = i;
    }
}

fn items_keys(app: &mut ClassApp, action: ClassAction) {
    let tasks = app.items_of(app.item_activity).len();
    match action {
        ClassAction::Left | ClassAction::Right => {
            let by = if action == ClassAction::Left { -1 } else { 1 };
            app.item_activity = step(app.item_activity, by, app.unit.activities.len());
            app.item = 0;
        }
        ClassAction::Up => app.item = step(app.item, -1, tasks),
        ClassAction::Down => app.item = step(app.item, 1, tasks),
        ClassAction::PageUp => app.item = step(app.item, -(PAGE as isize), tasks),
        ClassAction::PageDown => app.item = step(app.item, PAGE as isize, tasks),
        _ => {}
    }
}

fn scroll_keys(app: &mut ClassApp, action: ClassAction) {
    let end = app.scroll_end();
    let scroll = usize::from(app.scroll);
    let to = match action {
        ClassAction::Left | ClassAction::Right if app.tab == Tab::HeatMap => {
            let by = if action == ClassAction::Left { -1 } else { 1 };
            app.chart = step(app.chart, by, app.charts().len());
            0
        }
        _ => action
            .moves(PAGE)
            .map_or(scroll, |by| step(scroll, by, end)),
    };
    app.scroll = u16::try_from(to).unwrap_or(u16::MAX);
}
