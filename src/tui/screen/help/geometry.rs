//! Where the help goes: its box, in one column or two, and its lines split between them.

use ratatui::layout::Rect;
use ratatui::text::Line;

use super::content::lines;
use crate::tui::app::App;

/// The help laid out in an area.
pub struct Geometry {
    /// The box, border included.
    pub popup: Rect,
    /// The width of a column.
    pub column: u16,
    /// Whether the lines are in two columns.
    pub two: bool,
    /// The lines of the left column (the only one when `two` is false).
    pub left: Vec<Line<'static>>,
    /// The lines of the right column.
    pub right: Vec<Line<'static>>,
}

/// The help's box in `area`: two columns when one does not fit and the window is wide
/// enough, split at the blank line between sections nearest after the middle (or before
/// it, when none follows).
pub fn geometry(app: &App, area: Rect) -> Geometry {
    let room = area.height.saturating_sub(4) as usize;
    let one = lines(app, 50);
    let two = one.len() > room && area.width >= 70;
    let w = if two { 76 } else { 52 }.min(area.width.saturating_sub(2));
    let column = if two {
        (w - 3) / 2
    } else {
        w.saturating_sub(2)
    };
    let all = lines(app, column as usize);
    let (left, right) = if two {
        // The blank line nearest after the middle, else nearest before it; none, the
        // middle itself. A blank line cut at is dropped, never a line of text.
        let mid = all.len().div_ceil(2);
        let blank = |k: &usize| all[*k].width() == 0;
        let cut = (mid..all.len())
            .find(blank)
            .or_else(|| (1..mid).rev().find(blank));
        match cut {
            Some(cut) => (all[..cut].to_vec(), all[cut + 1..].to_vec()),
            None => (all[..mid].to_vec(), all[mid..].to_vec()),
        }
    } else {
        (all, Vec::new())
    };
    let h = (left.len().max(right.len()) as u16 + 2).min(area.height.saturating_sub(2));
    let popup = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height.saturating_sub(h)) / 2,
        w,
        h,
    );
    Geometry {
        popup,
        column,
        two,
        left,
        right,
    }
}

impl Geometry {
    /// The furthest the help scrolls: its longest column's last line at the bottom.
    pub fn max_scroll(&self) -> u16 {
        let longest = self.left.len().max(self.right.len()) as u16;
        longest.saturating_sub(self.popup.height.saturating_sub(2))
    }
}
