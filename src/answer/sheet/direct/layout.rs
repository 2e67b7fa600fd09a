//! The layout classwork writes a sheet in, read line by line without a TOML lexer.
//!
//! `write_sheet` puts one thing on each line: a `[table]` header, or `key = value`, where a
//! key is bare or a quoted string, and a value is a string, a list of strings on one line,
//! or a number. This reader takes exactly that, and only that: a header of one or two bare
//! keys, a key with a single space either side of `=`, a basic string with no escape (or a
//! multi-line one, as essays are written, with no escape and no carriage return), a list of
//! such strings separated by `, `, a decimal integer, or a float with digits either side of
//! its point, each ending its line. Anything else, even valid TOML (a comment, other
//! spacing, an escape, a literal string), makes it give up (`None`) so that the event
//! reader reads the sheet. What it reads goes into the same [`Sheet`] as the event
//! reader's, which checks keys, types and repeats.

use std::ops::Range;

use memchr::{memchr, memchr2, memmem};

use super::sheet::{Sheet, Within};
use super::{Value, is_bare_key, plain_basic_string};
use crate::activity::raw::{Spanned, Text};
use crate::answer::sheet::raw::RawSheet;

/// The sheet in `text` when it is laid out as classwork writes sheets.
pub(super) fn read(text: &str) -> Option<RawSheet> {
    let mut sheet = Sheet::default();
    let mut within = Within::Root;
    let mut at = 0;
    while at < text.len() {
        let line_end = memchr(b'\n', &text.as_bytes()[at..]).map_or(text.len(), |i| at + i);
        let line = &text[at..line_end];
        if line.is_empty() {
            at = line_end + 1;
            continue;
        }
        if line.starts_with('[') {
            within = sheet.start(&header(line, at)?, at..line_end)?;
            at = line_end + 1;
            continue;
        }
        let key = key(line, at)?;
        let value_at = key.span().end + " = ".len();
        if text.get(key.span().end..value_at) != Some(" = ") {
            return None;
        }
        let (value, end) = value(text, value_at)?;
        // The value ends its line.
        if !matches!(text.as_bytes().get(end), None | Some(b'\n')) {
            return None;
        }
        sheet.put(within, key, value)?;
        at = end + 1;
    }
    sheet.finish()
}

/// The keys of a `[table]` header starting at byte `at`: one or two bare keys.
fn header(line: &str, at: usize) -> Option<Vec<Text>> {
    let inside = line.strip_prefix('[')?.strip_suffix(']')?;
    let mut keys = Vec::with_capacity(2);
    let mut start = at + 1;
    for name in inside.splitn(3, '.') {
        if !is_bare_key(name) || keys.len() == 2 {
            return None;
        }
        keys.push(Spanned::new(start..start + name.len(), name.to_string()));
        start += name.len() + 1;
    }
    Some(keys)
}

/// The key a `key = value` line starting at byte `at` begins with: bare, or a basic string
/// with nothing to decode.
fn key(line: &str, at: usize) -> Option<Text> {
    if let Some(quoted) = line.strip_prefix('"') {
        let close = quoted.find('"')? + 1;
        let name = plain_basic_string(&line[..=close])?;
        return Some(Spanned::new(at..at + close + 1, name.to_string()));
    }
    let end = line.find(' ')?;
    let name = &line[..end];
    is_bare_key(name).then(|| Spanned::new(at..at + end, name.to_string()))
}

/// The value starting at byte `at` of `text`, and the byte just after it.
fn value(text: &str, at: usize) -> Option<(Value, usize)> {
    let rest = &text[at..];
    if rest.starts_with("\"\"\"") {
        let (string, end) = multi_line_string(text, at)?;
        return Some((Value::Text(string), end));
    }
    if rest.starts_with('"') {
        let (string, end) = basic_string(text, at)?;
        return Some((Value::Text(string), end));
    }
    if rest.starts_with('[') {
        let mut items = Vec::new();
        let mut next = at + 1;
        if !rest.starts_with("[]") {
            loop {
                let (item, end) = basic_string(text, next)?;
                items.push(item);
                match text.get(end..end + 2)? {
                    ", " => next = end + 2,
                    s if s.starts_with(']') => {
                        next = end;
                        break;
                    }
                    _ => return None,
                }
            }
        }
        let end = next + 1;
        return Some((Value::Texts(Spanned::new(at..end, items)), end));
    }
    number(text, at)
}

/// A basic string starting at byte `at` (its opening quote), ending on its line, with
/// nothing to decode; and the byte after its closing quote.
fn basic_string(text: &str, at: usize) -> Option<(Text, usize)> {
    let close = at + 1 + memchr2(b'"', b'\n', text.as_bytes().get(at + 1..)?)?;
    let inside = plain_basic_string(text.get(at..=close)?)?;
    Some((Spanned::new(at..close + 1, inside.to_string()), close + 1))
}

/// A multi-line basic string starting at byte `at` (its opening `"""`), with no escape,
/// carriage return or control character but tab and line feed; and the byte after it.
fn multi_line_string(text: &str, at: usize) -> Option<(Text, usize)> {
    let open_end = at + 3;
    // A line break straight after the opening quotes is not part of the text.
    let start = if text[open_end..].starts_with('\n') {
        open_end + 1
    } else {
        open_end
    };
    let close = start + memmem::find(&text.as_bytes()[start..], b"\"\"\"")?;
    // Up to two quotes before the closing three belong to the text.
    let run = text[close..].bytes().take_while(|&b| b == b'"').count();
    if run > 5 {
        return None;
    }
    let inside = &text[start..close + run - 3];
    // One pass over every byte, without stopping early, so it runs on whole words at once.
    let clean = inside.bytes().fold(true, |clean, b| {
        clean & (b != b'\\') & (b != 0x7f) & ((b >= 0x20) | (b == b'\t') | (b == b'\n'))
    });
    let end = close + run;
    clean.then(|| (Spanned::new(at..end, inside.to_string()), end))
}

/// A decimal integer (`-12`) starting at byte `at`, and the byte after it.
fn number(text: &str, at: usize) -> Option<(Value, usize)> {
    let bytes = text.as_bytes();
    let digits_from = |from: usize| {
        from + bytes[from.min(bytes.len())..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let sign = usize::from(bytes.get(at) == Some(&b'-'));
    let whole_end = digits_from(at + sign);
    let whole = &text[at + sign..whole_end];
    // No leading zeros, as TOML has it.
    if whole.is_empty() || (whole.len() > 1 && whole.starts_with('0')) {
        return None;
    }
    let span = |end: usize| -> Range<usize> { at..end };
    if bytes.get(whole_end) != Some(&b'.') {
        let n: i64 = text[at..whole_end].parse().ok()?;
        return Some((Value::Integer(Spanned::new(span(whole_end), n)), whole_end));
    }
    // No key of a sheet this reader takes holds a float.
    None
}
