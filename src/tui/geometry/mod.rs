//! Where the student UI's parts are and how far they scroll, screen by screen. Both `update`
//! (clicks, scroll limits) and the views use it; it uses neither.

use ratatui::layout::Rect;
use ratatui::widgets::Block;

pub mod banner;
pub mod categorize;
pub mod feedback;
pub mod grid;
pub mod home;
pub mod matching;
pub mod order;
pub mod questions;
pub mod sort;
pub mod sources;
pub mod writer;

/// The inside of a bordered pane.
pub fn inner(area: Rect) -> Rect {
    Block::bordered().inner(area)
}
