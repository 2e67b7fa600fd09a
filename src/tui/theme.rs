//! Named styles, in a dark and a light theme, and a plain one for `NO_COLOR`.
//!
//! Colour is never the only signal: marks carry ✓/✗/~ and words, the cursor carries `▶`
//! and reverse video.

use ratatui::style::{Color, Modifier, Style};

/// The styles the views use, by what they mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// `dark`, `light` or `plain`.
    pub name: &'static str,
    /// Whether colour is off (`NO_COLOR`): switching themes then does nothing.
    pub no_color: bool,
    /// The title bar.
    pub title: Style,
    /// Keys in the footer and the help.
    pub key: Style,
    /// Text that matters less (citations, hints, counts).
    pub muted: Style,
    /// Headings.
    pub heading: Style,
    /// The line or cell under the cursor.
    pub cursor: Style,
    /// The border of the focused pane.
    pub focus: Style,
    /// Other borders.
    pub border: Style,
    /// Right answers.
    pub right: Style,
    /// Partly right answers.
    pub partial: Style,
    /// Wrong answers.
    pub wrong: Style,
    /// The sentence being considered as evidence.
    pub sentence: Style,
    /// The sentence marked as evidence.
    pub marked: Style,
    /// The progress gauge.
    pub gauge: Style,
    /// Warnings.
    pub warning: Style,
}

impl Theme {
    /// Light text on a dark terminal.
    pub fn dark() -> Self {
        Theme {
            name: "dark",
            no_color: false,
            title: Style::new()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            key: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            muted: Style::new().fg(Color::Gray).add_modifier(Modifier::DIM),
            heading: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            cursor: Style::new().fg(Color::Black).bg(Color::LightCyan),
            focus: Style::new().fg(Color::LightCyan),
            border: Style::new().fg(Color::DarkGray),
            right: Style::new().fg(Color::LightGreen),
            partial: Style::new().fg(Color::LightYellow),
            wrong: Style::new().fg(Color::LightRed),
            sentence: Style::new().fg(Color::Black).bg(Color::Yellow),
            marked: Style::new().fg(Color::Black).bg(Color::LightGreen),
            gauge: Style::new().fg(Color::Cyan).bg(Color::DarkGray),
            warning: Style::new().fg(Color::LightYellow),
        }
    }

    /// Dark text on a light terminal.
    pub fn light() -> Self {
        Theme {
            name: "light",
            no_color: false,
            title: Style::new()
                .fg(Color::White)
                .bg(Color::Blue)
                .add_modifier(Modifier::BOLD),
            key: Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
            muted: Style::new().fg(Color::DarkGray),
            heading: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
            cursor: Style::new().fg(Color::White).bg(Color::Blue),
            focus: Style::new().fg(Color::Blue),
            border: Style::new().fg(Color::Gray),
            right: Style::new().fg(Color::Green),
            partial: Style::new().fg(Color::Rgb(150, 100, 0)),
            wrong: Style::new().fg(Color::Red),
            sentence: Style::new().fg(Color::Black).bg(Color::LightYellow),
            marked: Style::new().fg(Color::Black).bg(Color::LightGreen),
            gauge: Style::new().fg(Color::Blue).bg(Color::Gray),
            warning: Style::new().fg(Color::Red),
        }
    }

    /// No colour at all: only bold, underline and reverse video.
    pub fn plain() -> Self {
        let none = Style::new();
        Theme {
            name: "plain",
            no_color: true,
            title: none.add_modifier(Modifier::REVERSED | Modifier::BOLD),
            key: none.add_modifier(Modifier::BOLD),
            muted: none,
            heading: none.add_modifier(Modifier::BOLD),
            cursor: none.add_modifier(Modifier::REVERSED),
            focus: none.add_modifier(Modifier::BOLD),
            border: none,
            right: none,
            partial: none,
            wrong: none,
            sentence: none.add_modifier(Modifier::UNDERLINED),
            marked: none.add_modifier(Modifier::REVERSED),
            gauge: none,
            warning: none.add_modifier(Modifier::BOLD),
        }
    }

    /// The theme the environment asks for: plain under `NO_COLOR`, light when
    /// `CLASSWORK_THEME=light`, dark otherwise.
    pub fn from_env() -> Self {
        if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
            return Theme::plain();
        }
        match std::env::var("CLASSWORK_THEME").as_deref() {
            Ok("light") => Theme::light(),
            _ => Theme::dark(),
        }
    }

    /// The other theme (plain stays plain).
    pub fn toggled(&self) -> Self {
        match self.name {
            "dark" => Theme::light(),
            "light" => Theme::dark(),
            _ => *self,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_has_no_colour() {
        let t = Theme::plain();
        for s in [
            t.title, t.key, t.muted, t.cursor, t.right, t.wrong, t.sentence, t.gauge,
        ] {
            assert_eq!(s.fg, None);
            assert_eq!(s.bg, None);
        }
        assert_eq!(t.toggled(), t);
        assert_eq!(Theme::dark().toggled(), Theme::light());
    }
}
