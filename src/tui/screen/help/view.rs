//! The help overlay: the keys of the screen underneath, from the same table as the footer.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget};

use crate::tui::app::App;
use crate::tui::keymap::{Scope, bindings};
use crate::tui::keys::help_lines;
use crate::tui::wrap::wrap;

/// The help's lines for the screen underneath.
pub fn lines(app: &App, width: usize) -> Vec<Line<'static>> {
    let t = &app.theme;
    let mut out = help_lines(&bindings(&app.base_mode()), Scope::heading, t, width);
    out.push(Line::default());
    out.push(Line::styled("How answers are marked", t.heading));
    for text in [MARKING, WRITING] {
        for line in wrap(text, width.saturating_sub(2)) {
            out.push(Line::raw(format!("  {line}")));
        }
    }
    out
}

/// What a student should know about marking, under the keys.
const MARKING: &str = "Guessing earns nothing: a shuffled or reversed order, every option \
     ticked or every card in one bucket scores about 0, while one slip keeps most marks. \
     Well under the word minimum your points count for less, and words past the maximum \
     are not read.";

/// How a written answer earns its points, under the marking paragraph.
const WRITING: &str = "Written answers earn a point only in a sentence of your own: lists \
     of keywords, points you deny (\"not\", \"never\"), copied words and repeated sentences \
     earn nothing; small misspellings are forgiven. Your marks underline the words that \
     earned each point (✓) and say why others (✗) did not.";

/// Draws the help over the screen, in two columns when one does not fit.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let room = area.height.saturating_sub(4) as usize;
    let one = lines(app, 50);
    let two = one.len() > room && area.width >= 70;
    let w = if two { 76 } else { 52 }.min(area.width.saturating_sub(2));
    let col_w = if two { (w - 3) / 2 } else { w - 2 };
    let all = lines(app, col_w as usize);
    // Split between sections, as near the middle as the blank lines allow.
    let (left, right) = if two {
        let mid = all.len().div_ceil(2);
        let cut = (mid..all.len())
            .find(|&k| all[k].width() == 0)
            .unwrap_or(mid);
        let (l, r) = all.split_at(cut);
        (l.to_vec(), r.iter().skip(1).cloned().collect())
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
    Clear.render(popup, buf);
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(t.focus)
        .title(Span::styled(" Keys ", t.heading))
        .title_bottom(Line::styled(" any key closes ", t.muted).right_aligned());
    let inner = block.inner(popup);
    block.render(popup, buf);
    Paragraph::new(left).render(
        Rect {
            width: col_w,
            ..inner
        },
        buf,
    );
    if two {
        let x = inner.x + col_w + 1;
        Paragraph::new(right).render(Rect::new(x, inner.y, inner.right() - x, inner.height), buf);
    }
}
