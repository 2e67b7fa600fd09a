//! What every key table has in common: a binding's shape (its keys, each with the action it
//! asks for), finding the action of a key, and the footer and help drawn from the bindings.
//!
//! The student UI and the class results each have one key table (their `keymap` modules);
//! both turn keys into actions and draw their footer and their help from it through these
//! pieces.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::tui::theme::Theme;
use crate::tui::wrap::{pad, truncate, width, wrap};

/// A key and what it asks for, as a table lists them.
#[derive(Debug)]
pub enum Key<A: 'static> {
    /// This key with exactly these modifiers (Shift aside for a character, whose case says
    /// it).
    Is(KeyCode, KeyModifiers, A),
    /// A digit from the first to the second, asking for what the function makes of it.
    Digit(char, char, fn(usize) -> A),
    /// Any character typed without Ctrl or Alt, asking for what the function makes of it.
    Typed(fn(char) -> A),
    /// Any key at all.
    Any(A),
}

/// Shift is part of a character (`E`, `?`) and of Shift+Tab's own code: only elsewhere does
/// it tell one key from another.
fn significant(code: KeyCode, m: KeyModifiers) -> KeyModifiers {
    match code {
        KeyCode::Char(_) | KeyCode::BackTab => m - KeyModifiers::SHIFT,
        _ => m,
    }
}

impl<A: Copy> Key<A> {
    /// What this key asks for when `code` with `m` is pressed; `None` when it is another
    /// key.
    pub fn action(&self, code: KeyCode, m: KeyModifiers) -> Option<A> {
        let m = significant(code, m);
        match *self {
            Key::Is(c, mods, a) => (c == code && significant(c, mods) == m).then_some(a),
            Key::Digit(lo, hi, f) => match code {
                KeyCode::Char(d) if (lo..=hi).contains(&d) && m.is_empty() => {
                    d.to_digit(10).map(|n| f(n as usize))
                }
                _ => None,
            },
            Key::Typed(f) => match code {
                KeyCode::Char(c) if !m.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) => {
                    Some(f(c))
                }
                _ => None,
            },
            Key::Any(a) => Some(a),
        }
    }

    /// Keys that stand for this one in tests: each end of a range, a few letters for
    /// typing.
    pub fn examples(&self) -> Vec<(KeyCode, KeyModifiers)> {
        let n = KeyModifiers::NONE;
        match *self {
            Key::Is(c, m, _) => vec![(c, m)],
            Key::Digit(lo, hi, _) => vec![(KeyCode::Char(lo), n), (KeyCode::Char(hi), n)],
            Key::Typed(_) => vec![(KeyCode::Char('a'), n), (KeyCode::Char('Z'), n)],
            Key::Any(_) => vec![(KeyCode::Char('x'), n), (KeyCode::Esc, n)],
        }
    }
}

/// One line of a key table, for bindings that apply in a scope `S` and ask for an `A`.
#[derive(Debug)]
pub struct KeyBinding<S: 'static, A: 'static> {
    /// The keys as shown: `↑/k`.
    pub keys: &'static str,
    /// The keys as events, each with what it asks for.
    pub on: &'static [Key<A>],
    /// What the keys do, in a few words.
    pub does: &'static str,
    /// Where the binding applies.
    pub scope: S,
    /// Whether the footer shows it.
    pub footer: bool,
}

impl<S, A: Copy> KeyBinding<S, A> {
    /// Whether every key of the binding asks for an action `asks` says yes to ("only
    /// scrolls"); a key that makes its action of what is typed never does.
    pub fn only(&self, asks: impl Fn(A) -> bool) -> bool {
        self.on.iter().all(|key| match key {
            Key::Is(_, _, action) => asks(*action),
            Key::Digit(..) | Key::Typed(_) | Key::Any(_) => false,
        })
    }
}

/// A binding, written compactly in a table.
pub const fn kb<S, A>(
    keys: &'static str,
    on: &'static [Key<A>],
    does: &'static str,
    scope: S,
    footer: bool,
) -> KeyBinding<S, A> {
    KeyBinding {
        keys,
        on,
        does,
        scope,
        footer,
    }
}

/// What a key asks for under some bindings: the first that knows it, the most specific
/// first. A key let go asks for nothing. When no binding knows the key as pressed, the
/// modifiers in `loose` are let go and it is looked for again (Shift+↓ is ↓ where Shift
/// means nothing more).
pub fn action_of<S, A: Copy>(
    bindings: &[&KeyBinding<S, A>],
    key: KeyEvent,
    loose: KeyModifiers,
) -> Option<A> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let find = |m: KeyModifiers| {
        bindings
            .iter()
            .flat_map(|b| b.on)
            .find_map(|k| k.action(key.code, m))
    };
    find(key.modifiers).or_else(|| find(key.modifiers - loose))
}

/// The help's lines for some bindings, `width` cells wide: each scope under its heading
/// (`heading`), each binding's keys and what they do.
pub fn help_lines<S: Copy + PartialEq, A>(
    bindings: &[&KeyBinding<S, A>],
    heading: fn(S) -> &'static str,
    theme: &Theme,
    width: usize,
) -> Vec<Line<'static>> {
    let mut out: Vec<Line> = Vec::new();
    let mut scope = None;
    for b in bindings {
        if scope != Some(b.scope) {
            if scope.is_some() {
                out.push(Line::default());
            }
            out.push(Line::styled(heading(b.scope), theme.heading));
            scope = Some(b.scope);
        }
        // What a key does is wrapped under itself, never cut.
        let does = wrap(b.does, width.saturating_sub(13).max(1));
        for (k, line) in does.into_iter().enumerate() {
            let keys = if k == 0 { b.keys } else { "" };
            out.push(Line::from(vec![
                Span::styled(format!("  {}", pad(keys, 11)), theme.key),
                Span::raw(line),
            ]));
        }
    }
    out
}

/// The footer hints of some bindings, most specific first: (keys, what they do), each keys
/// shown once, as the first binding of those keys (the one that decides) has it.
pub fn hints<S, A>(bindings: &[&KeyBinding<S, A>]) -> Vec<(&'static str, &'static str)> {
    let mut seen: Vec<&str> = Vec::new();
    bindings
        .iter()
        .filter(|b| {
            let new = !seen.contains(&b.keys);
            seen.push(b.keys);
            new
        })
        .filter(|b| b.footer)
        .map(|b| (b.keys, b.does))
        .collect()
}

fn cells((keys, does): (&str, &str)) -> usize {
    width(keys) + 1 + width(does) + 2
}

/// Draws a notice, or as many hints as fit on the line; help and quit always have a place.
pub fn draw_footer(
    hints: &[(&'static str, &'static str)],
    notice: Option<&str>,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    if let Some(n) = notice {
        let text = truncate(n, (area.width as usize).saturating_sub(1));
        buf.set_string(area.x + 1, area.y, text, theme.warning);
        return;
    }
    let pinned = |(k, _): (&str, &str)| k == "?" || k == "q";
    let mut room = (area.width as usize).saturating_sub(
        1 + hints
            .iter()
            .filter(|h| pinned(**h))
            .map(|&h| cells(h))
            .sum::<usize>(),
    );
    let mut spans = vec![Span::raw(" ")];
    for &h in hints {
        if !pinned(h) {
            if cells(h) > room {
                continue;
            }
            room -= cells(h);
        }
        spans.push(Span::styled(h.0, theme.key));
        spans.push(Span::styled(format!(" {}  ", h.1), theme.muted));
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}

/// Checks a key table in each of `modes`: every key of every binding asks, in that mode,
/// for what its binding says (no binding before it takes the key), and the help of the
/// mode shows the binding.
#[cfg(test)]
pub fn assert_table_holds<M, S, A>(
    modes: &[M],
    bindings: impl Fn(M) -> Vec<&'static KeyBinding<S, A>>,
    heading: fn(S) -> &'static str,
) where
    M: Copy + std::fmt::Debug,
    S: Copy + PartialEq + std::fmt::Debug + 'static,
    A: Copy + PartialEq + std::fmt::Debug + 'static,
{
    let theme = Theme::dark();
    for &mode in modes {
        let all = bindings(mode);
        let help: Vec<String> = help_lines(&all, heading, &theme, 200)
            .iter()
            .map(|l| l.to_string())
            .collect();
        for b in &all {
            for k in b.on {
                for (code, m) in k.examples() {
                    let event = KeyEvent::new(code, m);
                    assert_eq!(
                        action_of(&all, event, KeyModifiers::NONE),
                        k.action(code, m),
                        "{} ({code:?} {m:?}) of {:?} in {mode:?}",
                        b.keys,
                        b.scope
                    );
                    assert!(
                        k.action(code, m).is_some(),
                        "{code:?} is an example of itself"
                    );
                }
            }
            assert!(
                help.iter()
                    .any(|l| l.contains(pad(b.keys, 11).trim_end()) && l.contains(b.does)),
                "{} ({}) of {:?} not in the help of {mode:?}",
                b.keys,
                b.does,
                b.scope
            );
        }
    }
}
