//! A match's options as shown: which is chosen, where each is, and their lines.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::activity::Match;
use crate::activity::shuffle::option_order;
use crate::answer::Response;
use crate::tui::app::{App, TaskState};
use crate::tui::content::sel;
use crate::tui::wrap::hang;

/// The option chosen for `item`.
pub fn chosen<'a>(app: &'a App, st: &TaskState, item: &str) -> Option<&'a String> {
    match &app.work[st.activity].answer.response {
        Response::Match(x) => x.get(item),
        _ => None,
    }
}

/// The options' positions in the activity, in the order they are shown.
pub fn option_positions(app: &App, m: &Match, st: &TaskState) -> Vec<usize> {
    option_order(&app.work[st.activity].options, 0, m.options.len())
}

/// Where option `id` is shown among the options.
pub fn shown_at(m: &Match, shown: &[usize], id: &str) -> Option<usize> {
    shown
        .iter()
        .position(|&k| m.options.get(k).is_some_and(|o| o.id == id))
}

/// Each option's lines, wrapped with its description, with its place as shown.
pub fn option_lines(
    app: &App,
    m: &Match,
    st: &TaskState,
    width: usize,
) -> Vec<(Line<'static>, usize)> {
    let t = &app.theme;
    let w = &app.work[st.activity];
    let current = w
        .order
        .get(st.row)
        .and_then(|&r| chosen(app, st, &m.items[r].id));
    let mut out = Vec::new();
    let options = option_positions(app, m, st)
        .into_iter()
        .filter_map(|k| m.options.get(k));
    for (k, o) in options.enumerate() {
        let here = current == Some(&o.id);
        let style = sel(t, here, t.key);
        let mark = if here { "●" } else { " " };
        let lead = Span::styled(format!("{mark}{:<2}", k + 1), style);
        let mut pieces = vec![(o.label.clone(), style)];
        if let Some(d) = &o.description {
            pieces.push((format!(" — {d}"), t.muted));
        }
        let refs: Vec<(&str, Style)> = pieces.iter().map(|(s, st)| (s.as_str(), *st)).collect();
        out.extend(hang(lead, &refs, width).into_iter().map(|l| (l, k)));
    }
    out
}
