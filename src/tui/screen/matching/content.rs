//! A match's options as shown: which is chosen, where each is, and their lines.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::activity::Match;
use crate::activity::shuffle::option_order;
use crate::answer::Response;
use crate::tui::app::{App, TaskState};
use crate::tui::content::sel;
use crate::tui::wrap::{self, hang, truncate};

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
    (width, height): (usize, usize),
) -> Vec<(Line<'static>, usize)> {
    let t = &app.theme;
    let w = &app.work[st.activity];
    let current = w
        .order
        .get(st.row)
        .and_then(|&r| chosen(app, st, &m.items[r].id));
    let options: Vec<_> = option_positions(app, m, st)
        .into_iter()
        .filter_map(|k| m.options.get(k))
        .collect();
    let lead = |k: usize, here: bool| {
        let style = sel(t, here, t.key);
        let mark = if here { "●" } else { " " };
        (Span::styled(format!("{mark}{:<2}", k + 1), style), style)
    };
    let wrapped: Vec<Vec<Line<'static>>> = options
        .iter()
        .enumerate()
        .map(|(k, o)| {
            let (lead, style) = lead(k, current == Some(&o.id));
            let mut pieces = vec![(o.label.clone(), style)];
            if let Some(d) = &o.description {
                pieces.push((format!(" — {d}"), t.muted));
            }
            let refs: Vec<(&str, Style)> = pieces.iter().map(|(s, st)| (s.as_str(), *st)).collect();
            hang(lead, &refs, width)
        })
        .collect();
    // When not all of them fit in full, each gets an equal share of the lines, so that
    // every option is in view (the side panel shows the chosen one in full).
    let total: usize = wrapped.iter().map(Vec::len).sum();
    let per = if total <= height {
        usize::MAX
    } else {
        (height / options.len().max(1)).max(1)
    };
    let mut out = Vec::new();
    for (k, lines) in wrapped.into_iter().enumerate() {
        let cut = lines.len() > per;
        let mut kept: Vec<Line<'static>> = lines.into_iter().take(per).collect();
        if cut && let Some(last) = kept.last_mut() {
            mark_cut(last, width);
        }
        out.extend(kept.into_iter().map(|l| (l, k)));
    }
    out
}

/// Ends `line` with "…", within `width`, to say that more of it was left out.
fn mark_cut(line: &mut Line<'static>, width: usize) {
    if line.width() >= width
        && let Some(span) = line.spans.last_mut()
    {
        // Its last character gives way to the mark.
        let text = span.content.to_string();
        span.content = truncate(&format!("{text}…"), wrap::width(&text)).into();
    } else {
        let style = line.spans.last().map(|s| s.style).unwrap_or_default();
        line.spans.push(Span::styled("…", style));
    }
}
