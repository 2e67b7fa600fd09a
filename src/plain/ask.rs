//! Reading answers line by line and writing prompts, for the plain dialogue.

use std::io::{BufRead, Write};

use super::limit;
use crate::activity::validate::MAX_ANSWER_CHARS;
use crate::text::clean;

/// A line-based conversation: prompts out, answers in.
pub struct Dialogue<R, W> {
    input: R,
    output: W,
    /// The width lines are wrapped to, at word boundaries; `None` leaves them whole.
    width: Option<usize>,
}

/// The line that ends a written answer of several lines.
pub const END_OF_TEXT: &str = ".";

/// The narrowest width worth wrapping to; a narrower terminal gets whole lines.
const MIN_WIDTH: usize = 20;

/// `text` broken into lines of at most `width` columns at word boundaries, each of its own
/// lines separately; a continued line is indented as far as the text of the line it
/// continues (past a list item's `-` or `1.`). A word longer than a line is broken.
fn wrap(text: &str, width: usize) -> Vec<String> {
    text.split('\n')
        .flat_map(|line| {
            let indent = " ".repeat(hanging_indent(line));
            let indent = if indent.len() <= width / 2 {
                indent
            } else {
                String::new()
            };
            let options = textwrap::Options::new(width).subsequent_indent(&indent);
            textwrap::wrap(line, options)
                .into_iter()
                .map(|part| part.trim_end().to_string())
                .collect::<Vec<_>>()
        })
        .collect()
}

/// How far the text of `line` is indented: its leading spaces, and a list marker's width
/// (`- `, `• `, `1. `, `2) `, `a) `) when it is a list item.
fn hanging_indent(line: &str) -> usize {
    let rest = line.trim_start();
    let lead = line.len() - rest.len();
    let marker = rest.split_once(' ').map_or(0, |(first, _)| {
        let numbered = first.len() <= 4
            && (first.ends_with('.') || first.ends_with(')'))
            && first[..first.len() - 1].chars().all(|c| c.is_ascii_digit());
        let lettered = first.len() == 2 && first.ends_with(')');
        let is_marker = matches!(first, "-" | "*" | "•") || numbered || lettered;
        if is_marker {
            first.chars().count() + 1
        } else {
            0
        }
    });
    lead + marker
}

impl<R: BufRead, W: Write> Dialogue<R, W> {
    /// A dialogue reading from `input` and writing to `output`.
    pub fn new(input: R, output: W) -> Self {
        Self {
            input,
            output,
            width: None,
        }
    }

    /// The same dialogue with what it says wrapped to `width` columns at word boundaries
    /// (a terminal's width), so no word is broken across two lines.
    #[must_use]
    pub fn wrapped(self, width: Option<usize>) -> Self {
        Self {
            width: width.filter(|&w| w >= MIN_WIDTH),
            ..self
        }
    }

    /// Writes one line (already cleaned of control characters by the caller where it came
    /// from a file; cleaned again here to be sure), wrapped to the dialogue's width.
    pub fn say(&mut self, line: &str) -> std::io::Result<()> {
        let line = clean(line);
        match self.width {
            Some(width) => {
                for part in wrap(&line, width) {
                    writeln!(self.output, "{part}")?;
                }
            }
            None => writeln!(self.output, "{line}")?,
        }
        self.output.flush()
    }

    /// Writes an empty line.
    pub fn blank(&mut self) -> std::io::Result<()> {
        writeln!(self.output)
    }

    /// Asks a question and reads one trimmed line; `None` when input has ended.
    pub fn ask(&mut self, prompt: &str) -> std::io::Result<Option<String>> {
        self.say(prompt)?;
        write!(self.output, "> ")?;
        self.output.flush()?;
        let mut line = String::new();
        if self.input.read_line(&mut line)? == 0 {
            writeln!(self.output)?;
            return Ok(None);
        }
        self.within_limit(line.trim().to_string()).map(Some)
    }

    /// `text` cut to the longest an answer may be, telling the student when it was cut.
    fn within_limit(&mut self, mut text: String) -> std::io::Result<String> {
        if let Some(chars) = limit::cut(&mut text) {
            self.say(&limit::cut_message(chars))?;
        }
        Ok(text)
    }

    /// Reads a one-line answer, ended by Enter; `None` when input has ended. The answer
    /// `kept` from before, when there is one, is shown first and Enter alone keeps it.
    pub fn ask_line(&mut self, kept: &str) -> std::io::Result<Option<String>> {
        let prompt = if kept.trim().is_empty() {
            "Type your answer, then press Enter.".to_string()
        } else {
            self.say(&format!("Saved answer: {}", kept.trim()))?;
            "Type a new answer, or press Enter to keep the saved one.".to_string()
        };
        let Some(line) = self.ask(&prompt)? else {
            return Ok(None);
        };
        Ok(Some(if line.is_empty() {
            kept.to_string()
        } else {
            line
        }))
    }

    /// Reads a written answer of one or more lines, ended by a line with only `.` (or the
    /// end of input); `None` when input had already ended. The answer `kept` from before,
    /// when there is one, is shown first and Enter on the first line keeps it.
    pub fn ask_text(&mut self, kept: &str) -> std::io::Result<Option<String>> {
        let keeps = !kept.trim().is_empty();
        if keeps {
            self.say("Saved answer:")?;
            for line in kept.trim().lines() {
                self.say(&format!("  {line}"))?;
            }
            self.say(&format!(
                "Press Enter to keep it, or type a new answer and end it with a line containing only {END_OF_TEXT}"
            ))?;
        } else {
            self.say(&format!(
                "Type your answer. End it with a line containing only {END_OF_TEXT}"
            ))?;
        }
        let mut lines: Vec<String> = Vec::new();
        // Lines once the answer is at the limit are read to its end, but only counted.
        let mut taken = 0usize;
        let mut left_out = 0usize;
        loop {
            write!(self.output, "| ")?;
            self.output.flush()?;
            let mut line = String::new();
            if self.input.read_line(&mut line)? == 0 {
                writeln!(self.output)?;
                if lines.is_empty() {
                    return Ok(None);
                }
                return self.typed(lines.join("\n"), left_out).map(Some);
            }
            let line = line.trim_end_matches(['\n', '\r']);
            if keeps && lines.is_empty() && line.trim().is_empty() {
                return Ok(Some(kept.to_string()));
            }
            if line.trim() == END_OF_TEXT {
                let text = lines.join("\n").trim().to_string();
                return self.typed(text, left_out).map(Some);
            }
            let chars = line.chars().count() + usize::from(!lines.is_empty());
            if taken < MAX_ANSWER_CHARS {
                lines.push(line.to_string());
                taken += chars;
            } else {
                left_out += chars;
            }
        }
    }

    /// A written answer as kept, `text`, with `left_out` characters typed after it: cut to
    /// the longest an answer may be, telling the student when it was over.
    fn typed(&mut self, mut text: String, left_out: usize) -> std::io::Result<String> {
        let chars = text.chars().count() + left_out;
        if chars > MAX_ANSWER_CHARS {
            limit::cut(&mut text);
            self.say(&limit::cut_message(chars))?;
        }
        Ok(text)
    }

    /// Asks for numbers from 1 to `max`, separated by spaces or commas, until the answer
    /// is well formed; `None` when input has ended.
    pub fn ask_numbers(&mut self, prompt: &str, max: usize) -> std::io::Result<Option<Vec<usize>>> {
        self.ask_numbers_keeping(prompt, max, &[], "")
    }

    /// As [`Dialogue::ask_numbers`], when numbers `kept` were saved before (`saved` says
    /// what they stand for): they are shown first, Enter alone keeps them and `0` clears
    /// them. With nothing kept it is the same question.
    pub fn ask_numbers_keeping(
        &mut self,
        prompt: &str,
        max: usize,
        kept: &[usize],
        saved: &str,
    ) -> std::io::Result<Option<Vec<usize>>> {
        let prompt = if kept.is_empty() {
            prompt.to_string()
        } else {
            self.say(&format!("Saved: {}.", saved.trim_end_matches('.')))?;
            format!("{prompt} Press Enter to keep the saved answer, or type 0 for none.")
        };
        loop {
            let Some(line) = self.ask(&prompt)? else {
                return Ok(None);
            };
            if !kept.is_empty() {
                match line.trim() {
                    "" => return Ok(Some(kept.to_vec())),
                    "0" => return Ok(Some(Vec::new())),
                    _ => {}
                }
            }
            match parse_numbers(&line, max) {
                Ok(numbers) => return Ok(Some(numbers)),
                Err(bad) => self.say(&format!(
                    "`{}` is not a number from 1 to {max}. Try again.",
                    clean(&bad)
                ))?,
            }
        }
    }
}

/// The numbers from 1 to `max` in `line`, separated by spaces or commas; the first word
/// that is not one, when there is one.
fn parse_numbers(line: &str, max: usize) -> Result<Vec<usize>, String> {
    line.split([' ', ','])
        .filter(|w| !w.is_empty())
        .map(|w| match w.parse::<usize>() {
            Ok(n) if (1..=max).contains(&n) => Ok(n),
            _ => Err(w.to_string()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_break_between_words_never_inside_one() {
        let text = "The USSR joined the League of Nations in 1934 to seek international \
                    collective security against Germany.";
        let lines = wrap(text, 30);
        assert!(lines.len() > 2, "{lines:?}");
        assert!(
            lines
                .iter()
                .all(|l| unicode_width::UnicodeWidthStr::width(l.as_str()) <= 30)
        );
        assert_eq!(
            lines.join(" "),
            text,
            "every word is kept whole and in order"
        );
    }

    #[test]
    fn a_list_item_continues_under_its_text() {
        let lines = wrap("  - appeasement, Munich and the guarantee to Poland", 24);
        assert_eq!(lines[0], "  - appeasement, Munich");
        assert!(
            lines[1..]
                .iter()
                .all(|l| l.starts_with("    ") && !l.starts_with("     "))
        );
        let numbered = wrap("12. a question long enough to need a second line", 20);
        assert!(numbered[1].starts_with("    "), "{numbered:?}");
        let initials = wrap("G. V. Chicherin (1872-1936): background and experience", 30);
        assert!(!initials[1].starts_with(' '), "{initials:?}");
    }

    #[test]
    fn short_lines_and_blank_lines_are_kept_as_they_are() {
        assert_eq!(
            wrap("Source 1\n\nA short line.", 40),
            ["Source 1", "", "A short line."]
        );
    }

    #[test]
    fn a_dialogue_wraps_only_when_given_a_width_it_can_use() {
        let long = "word ".repeat(30);
        let mut out = Vec::new();
        Dialogue::new(&b""[..], &mut out)
            .wrapped(Some(40))
            .say(&long)
            .unwrap();
        assert!(
            String::from_utf8(out)
                .unwrap()
                .lines()
                .all(|l| l.len() <= 40)
        );
        let mut out = Vec::new();
        Dialogue::new(&b""[..], &mut out)
            .wrapped(Some(5))
            .say(&long)
            .unwrap();
        assert_eq!(String::from_utf8(out).unwrap().lines().count(), 1);
    }
}
