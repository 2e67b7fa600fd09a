//! `classwork list`: the activities of a unit, in order.

use std::path::Path;
use std::process::ExitCode;

use crate::console::out;
use crate::console::stdout_style;
use crate::diagnostic::render_all;
use crate::teacher::doc::plain::pad;
use crate::text::clean;
use crate::text::fmt_marks;

/// A title on one line, cleaned of anything that could drive the terminal.
fn one_line(title: &str) -> String {
    clean(title).replace(['\n', '\t'], " ")
}

/// A title on one line, padded to 48 columns of the terminal (wide characters take two).
fn title(title: &str) -> String {
    pad(&one_line(title), 48)
}

/// Prints the unit's title and its activities with their kinds and marks.
pub fn run(path: Option<&Path>) -> ExitCode {
    let loaded = match crate::console::open(path) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    out::print(&render_all(&loaded.diagnostics, stdout_style()));
    for unit in &loaded.units {
        out::println(&one_line(&unit.title));
        for (n, a) in unit.activities.iter().enumerate() {
            out::println(&format!(
                "{:>3}. {} {:<10} {:>3} marks",
                n + 1,
                title(&a.title),
                a.kind().name(),
                fmt_marks(a.points)
            ));
        }
    }
    for a in &loaded.activities {
        out::println(&format!(
            "  -  {} {:<10} {:>3} marks",
            title(&a.title),
            a.kind().name(),
            fmt_marks(a.points)
        ));
    }
    if loaded.has_errors() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

#[cfg(test)]
mod tests {
    use super::title;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn titles_fill_48_columns_whatever_their_script() {
        for t in [
            "Aims",
            "李 Ada 漢字",
            "e\u{301}te\u{301}",
            "two\nlines\u{1b}[2J",
        ] {
            let shown = title(t);
            assert_eq!(shown.width(), 48, "{shown:?}");
            assert!(!shown.contains(['\n', '\u{1b}']), "{shown:?}");
        }
    }
}
