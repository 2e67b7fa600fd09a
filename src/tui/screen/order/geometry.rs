//! Where a rank's or a timeline's list, earlier order and justification go, and what a click lands on.

use ratatui::layout::Rect;

use crate::activity::Body;
use crate::answer::Response;
use crate::tui::app::{App, TaskState, Work};
use crate::tui::geometry::{Target, scroll_to};
use crate::tui::query::order_items;

/// Where a rank's or a timeline's parts go.
pub struct Geometry {
    /// The line of key hints.
    pub hint: Rect,
    /// The list being put in order.
    pub list: Rect,
    /// The order given last time, for a rank asked again.
    pub earlier: Option<Rect>,
    /// The justification box, for a rank that asks for one.
    pub justification: Option<Rect>,
    /// The selected item's description.
    pub info: Rect,
    /// The progress line.
    pub status: Rect,
}

/// The order last submitted, if there is one.
pub fn last_order(w: &Work) -> Option<&Vec<String>> {
    match w.last.as_ref().map(|a| &a.response) {
        Some(Response::Order { order, .. }) => Some(order),
        _ => None,
    }
}

/// The parts in `area`.
pub fn geometry(app: &App, st: &TaskState, area: Rect) -> Geometry {
    let a = &app.unit.activities[st.activity];
    let (asks, revisit) = match &a.body {
        Body::Rank(r) => (r.justification.is_some(), r.revisit),
        _ => (false, false),
    };
    let hint = Rect { height: 1, ..area };
    let status = Rect::new(area.x, area.bottom().saturating_sub(1), area.width, 1);
    let info = Rect::new(
        area.x,
        area.bottom().saturating_sub(3),
        area.width,
        2.min(area.height),
    );
    let body = area.height.saturating_sub(5);
    let just_h = if asks {
        7.min(body.saturating_sub(3))
    } else {
        0
    };
    let list_h = body.saturating_sub(just_h);
    let list = Rect::new(area.x, area.y + 2, area.width, list_h);
    let justification = asks.then(|| Rect::new(area.x, list.bottom(), area.width, just_h));
    let earlier = last_order(&app.work[st.activity]).filter(|_| revisit);
    let (list, earlier) = match earlier {
        Some(_) => {
            let ew = area.width * 2 / 5;
            (
                Rect {
                    width: area.width - ew,
                    ..list
                },
                Some(Rect::new(area.right() - ew, list.y, ew, list.height)),
            )
        }
        None => (list, None),
    };
    Geometry {
        hint,
        list,
        earlier,
        justification,
        info,
        status,
    }
}

/// The positions shown: (line rect, position).
pub fn visible(app: &App, st: &TaskState, g: &Geometry) -> Vec<(Rect, usize)> {
    let a = &app.unit.activities[st.activity];
    let n = order_items(a).len();
    let first = scroll_to(st.row.min(n.saturating_sub(1)), g.list.height as usize, n);
    (first..n)
        .take(g.list.height as usize)
        .enumerate()
        .map(|(y, p)| (Rect::new(g.list.x, g.list.y + y as u16, g.list.width, 1), p))
        .collect()
}

/// Where the justification box is, for the text box to open over it.
pub fn anchor(app: &App, st: &TaskState, area: Rect) -> Option<Rect> {
    geometry(app, st, area).justification
}

/// The clickable positions and the justification box.
pub fn targets(app: &App, st: &TaskState, area: Rect, out: &mut Vec<(Rect, Target)>) {
    let g = geometry(app, st, area);
    out.extend(
        visible(app, st, &g)
            .into_iter()
            .map(|(r, p)| (r, Target::OrderRow(p))),
    );
    if let Some(j) = g.justification {
        out.push((
            j,
            Target::OrderRow(order_items(&app.unit.activities[st.activity]).len()),
        ));
    }
}
