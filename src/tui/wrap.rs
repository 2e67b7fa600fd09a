//! Word wrapping and truncation measured in terminal cells, for text from files.
//!
//! Every function here cleans its text first ([`crate::text::clean`]), so nothing an
//! activity file says can drive the terminal.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::text::clean;

/// Width of a text in terminal cells.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// The text on one line: cleaned, with line breaks and tabs turned into spaces.
pub fn one_line(s: &str) -> String {
    clean(s)
        .chars()
        .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
        .collect()
}

/// The text on one line, cut to `max` cells with `…` when it is longer.
pub fn truncate(s: &str, max: usize) -> String {
    let s = one_line(s);
    if width(&s) <= max {
        return s;
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if w + cw > max - 1 {
            break;
        }
        out.push(c);
        w += cw;
    }
    out.push('…');
    out
}

/// The text on one line, cut in the middle to `max` cells (`Strengthened…with Britain`),
/// keeping the end, where similar labels tend to differ.
pub fn truncate_middle(s: &str, max: usize) -> String {
    let s = one_line(s);
    if width(&s) <= max {
        return s;
    }
    let tail_w = max.saturating_sub(1) * 11 / 20;
    let head = truncate(&s, max.saturating_sub(tail_w));
    let mut tail: Vec<char> = Vec::new();
    let mut w = 0;
    for c in s.chars().rev() {
        let cw = c.width().unwrap_or(0);
        if w + cw > tail_w {
            break;
        }
        tail.push(c);
        w += cw;
    }
    let tail: String = tail.into_iter().rev().collect();
    format!("{head}{}", tail.trim_start())
}

/// The text padded with spaces (or cut) to exactly `cells` cells.
pub fn pad(s: &str, cells: usize) -> String {
    let mut out = truncate(s, cells);
    let w = width(&out);
    out.extend(std::iter::repeat_n(' ', cells.saturating_sub(w)));
    out
}

/// The words every one of `labels` begins with ("Source " of "Source 1" … "Source 10"),
/// with the space after them; empty when they share none.
pub fn shared_words<'a>(labels: impl IntoIterator<Item = &'a str>) -> String {
    let mut labels = labels.into_iter();
    let Some(first) = labels.next() else {
        return String::new();
    };
    let mut shared = first.len();
    for label in labels {
        shared = first
            .bytes()
            .zip(label.bytes())
            .take(shared)
            .take_while(|(a, b)| a == b)
            .count();
    }
    let prefix = &first[..shared];
    match prefix.rfind(' ') {
        Some(space) if first.is_char_boundary(space + 1) => first[..=space].to_string(),
        _ => String::new(),
    }
}

/// `label` padded or cut to `cells`; when it must be cut, the words it begins with as
/// another label of its list (`all`) does go first, so that what tells the rows apart
/// ("10" of "Source 10") stays in view.
pub fn pad_apart(label: &str, all: &[&str], cells: usize) -> String {
    if width(label) > cells {
        let shared = all
            .iter()
            .filter(|other| **other != label)
            .map(|other| shared_words([label, *other]))
            .max_by_key(String::len)
            .unwrap_or_default();
        if let Some(rest) = label
            .strip_prefix(shared.as_str())
            .filter(|r| !r.is_empty())
        {
            return pad(rest, cells);
        }
    }
    pad(label, cells)
}

/// Wraps plain text to `width` cells; line breaks in the text start new lines.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    wrap_styled(&[(text, Style::default())], width)
        .into_iter()
        .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
        .collect()
}

/// Wraps to at most `max_lines` lines: a word longer than a line is shortened with `…`, and
/// the last line ends with `…` when text is left over.
pub fn wrap_clipped(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    let words: Vec<String> = one_line(text)
        .split(' ')
        .map(|w| {
            if self::width(w) > width {
                truncate(w, width)
            } else {
                w.to_string()
            }
        })
        .collect();
    let mut lines = wrap(&words.join(" "), width);
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            *last = truncate(&format!("{last}…"), width);
            if !last.ends_with('…') {
                last.push('…');
            }
        }
    }
    lines
}

/// Number of lines `text` takes wrapped to `width`.
pub fn height(text: &str, width: usize) -> usize {
    wrap(text, width).len()
}

enum Token<'a> {
    Word(&'a str),
    Space(&'a str),
    Break,
}

fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut kind: Option<bool> = None; // Some(true) = inside a word, Some(false) = spaces
    for (i, c) in text.char_indices() {
        if c == '\n' {
            flush(&mut out, text, start, i, kind);
            out.push(Token::Break);
            start = i + 1;
            kind = None;
            continue;
        }
        let is_word = !c.is_whitespace();
        if kind != Some(is_word) {
            flush(&mut out, text, start, i, kind);
            start = i;
            kind = Some(is_word);
        }
    }
    flush(&mut out, text, start, text.len(), kind);
    out
}

fn flush<'a>(
    out: &mut Vec<Token<'a>>,
    text: &'a str,
    start: usize,
    end: usize,
    kind: Option<bool>,
) {
    if start < end {
        match kind {
            Some(true) => out.push(Token::Word(&text[start..end])),
            Some(false) => out.push(Token::Space(&text[start..end])),
            None => {}
        }
    }
}

struct Wrapper {
    width: usize,
    lines: Vec<Line<'static>>,
    spans: Vec<Span<'static>>,
    used: usize,
    soft: bool,
}

impl Wrapper {
    fn push(&mut self, s: &str, style: Style) {
        self.used += width(s);
        if let Some(last) = self.spans.last_mut()
            && last.style == style
        {
            last.content.to_mut().push_str(s);
            return;
        }
        self.spans.push(Span::styled(s.to_string(), style));
    }

    fn end_line(&mut self, soft: bool) {
        self.lines.push(Line::from(std::mem::take(&mut self.spans)));
        self.used = 0;
        self.soft = soft;
    }

    fn word(&mut self, w: &str, style: Style) {
        let ww = width(w);
        if self.used + ww <= self.width {
            self.push(w, style);
            return;
        }
        if ww <= self.width {
            self.end_line(true);
            self.push(w, style);
            return;
        }
        // A word longer than a line is cut where the line ends.
        let mut part = String::new();
        for c in w.chars() {
            let cw = c.width().unwrap_or(0);
            if self.used + width(&part) + cw > self.width {
                let p = std::mem::take(&mut part);
                self.push(&p, style);
                self.end_line(true);
            }
            part.push(c);
        }
        self.push(&part, style);
    }
}

/// Wraps styled pieces of text to `width` cells, keeping each piece's style.
pub fn wrap_styled(pieces: &[(&str, Style)], width: usize) -> Vec<Line<'static>> {
    let mut w = Wrapper {
        width: width.max(1),
        lines: Vec::new(),
        spans: Vec::new(),
        used: 0,
        soft: false,
    };
    for (text, style) in pieces {
        let text = clean(text).replace('\t', "    ");
        for token in tokens(&text) {
            match token {
                Token::Break => w.end_line(false),
                Token::Space(s) => {
                    if w.used == 0 && w.soft {
                        continue;
                    }
                    if w.used + width_of(s) <= w.width {
                        w.push(s, *style);
                    } else {
                        w.end_line(true);
                    }
                }
                Token::Word(s) => w.word(s, *style),
            }
        }
    }
    if !w.spans.is_empty() || w.lines.is_empty() {
        w.end_line(false);
    }
    w.lines
}

/// Wraps styled pieces under a hanging indent: the first line starts with `first`, the
/// others with as many spaces.
pub fn hang(first: Span<'static>, pieces: &[(&str, Style)], width: usize) -> Vec<Line<'static>> {
    let indent = self::width(&first.content);
    let mut first = Some(first);
    wrap_styled(pieces, width.saturating_sub(indent))
        .into_iter()
        .map(|l| {
            let lead = first
                .take()
                .unwrap_or_else(|| Span::raw(" ".repeat(indent)));
            let mut spans = vec![lead];
            spans.extend(l.spans);
            Line::from(spans)
        })
        .collect()
}

fn width_of(s: &str) -> usize {
    width(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_label_keeps_what_tells_it_apart() {
        let labels = ["Source 1", "Source 2", "Source 10", "Statement"];
        assert_eq!(shared_words(labels[..3].iter().copied()), "Source ");
        assert_eq!(pad_apart("Source 10", &labels, 5), "10   ");
        assert_eq!(pad_apart("Source 10", &labels, 12), "Source 10   ");
        assert_eq!(pad_apart("Statement", &labels, 5), "Stat…");
        assert_eq!(shared_words(["Sources", "Source 1"]), "");
        assert_eq!(pad_apart("Only one", &["Only one"], 4), "Onl…");
        assert_eq!(shared_words(Vec::<&str>::new()), "");
        assert_eq!(shared_words(["Éa b", "Éa c"]), "Éa ");
    }

    #[test]
    fn wraps_at_words_and_breaks() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(wrap("a\n\nb", 10), ["a", "", "b"]);
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(wrap("", 4), [""]);
    }

    #[test]
    fn truncates_with_an_ellipsis() {
        assert_eq!(truncate("Spreading revolution", 8), "Spreadi…");
        assert_eq!(truncate("short", 8), "short");
        assert_eq!(pad("ab", 4), "ab  ");
        assert_eq!(
            truncate_middle("Strengthened or maintained relations with Britain", 24),
            "Strengthene…with Britain"
        );
        assert_eq!(truncate("a\u{1b}[2Jb", 10), "a\u{FFFD}[2Jb");
    }
}
