//! The lines of marked work returned by the teacher: the marked-work screen draws them and
//! its scroll limit counts them.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::teacher::returned::{LineKind, MarkedWork, lines as said};
use crate::tui::theme::Theme;
use crate::tui::wrap::{hang, wrap_styled};

/// The marked work as lines `width` cells wide: each activity's final mark, then what the
/// teacher changed, the teacher's comments and the explanation, indented under it.
pub fn lines(work: &MarkedWork, t: &Theme, width: usize) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for (kind, text) in said(work) {
        let (style, indent) = match kind {
            LineKind::Title => (t.muted, false),
            LineKind::Comment => (t.heading, false),
            LineKind::Activity => (t.heading, false),
            LineKind::Change => (t.partial, true),
            LineKind::TaskComment => (t.heading, true),
            LineKind::Explanation => (Style::new(), true),
            LineKind::Gap => {
                out.push(Line::default());
                continue;
            }
        };
        if indent {
            out.extend(hang(Span::raw("  "), &[(&text, style)], width));
        } else {
            out.extend(wrap_styled(&[(&text, style)], width));
        }
    }
    out
}
