//! Reading an answer sheet straight from the TOML parser's events, without building a
//! document tree and mapping it through serde.
//!
//! A class is thousands of sheets, nearly all written by classwork itself: the same few
//! tables and keys, strings and lists of strings. This reader takes the events of
//! `toml_parser` (the parser `toml` itself uses, so the syntax accepted is the same) and
//! fills a [`RawSheet`] as they come. It reads only what a sheet holds: the known keys,
//! each once, with values of the right type, in the root, `[responses]`,
//! `[responses.<key>]` and `[follow_up]`. On anything else — a `[teacher]` table, a syntax
//! error, an unknown key, a dotted key, an inline table, a value of another type, a key or table
//! given twice — it gives up (`None`), and the serde mirror reads the file as before and
//! reports every problem. So diagnostics do not change, and a property test holds the two
//! readers to the same result wherever this one reads. Most sheets do not even need the
//! TOML lexer: [`layout`] reads the exact layout classwork writes line by line, and leaves
//! any other to the events.

use std::borrow::Cow;
use std::ops::Range;

use toml_parser::decoder::{Encoding, ScalarKind};
use toml_parser::parser::{Event, EventKind, RecursionGuard, ValidateWhitespace, parse_document};
use toml_parser::{ParseError, Source};

use super::raw::RawSheet;
use crate::activity::raw::{Spanned, Text};
use sheet::{Sheet, Within};

/// Deepest nesting of arrays the parser is let go to (as `toml` sets it); a sheet has one.
const NESTING: u32 = 80;

/// The sheet in `text`, or `None` when it holds anything this reader leaves to serde.
/// A sheet laid out as classwork writes one is read line by line (see [`layout`]), any
/// other from the parser's events.
pub(super) fn read(text: &str) -> Option<RawSheet> {
    layout::read(text).or_else(|| from_events(text))
}

/// The sheet in `text`, read from the TOML parser's events.
fn from_events(text: &str) -> Option<RawSheet> {
    let source = Source::new(text);
    let tokens = source.lex().into_vec();
    let mut events: Vec<Event> = Vec::with_capacity(tokens.len());
    let mut failed = false;
    {
        let mut errors = |_: ParseError| failed = true;
        let mut whitespace = ValidateWhitespace::new(&mut events, source);
        let mut guarded = RecursionGuard::new(&mut whitespace, NESTING);
        parse_document(&tokens, &mut guarded, &mut errors);
    }
    if failed {
        return None;
    }
    let mut reader = Reader {
        source,
        events: &events,
        at: 0,
    };
    let mut sheet = Sheet::default();
    let mut within = Within::Root;
    while let Some(event) = reader.next_significant() {
        match event.kind() {
            EventKind::StdTableOpen => within = reader.header(event, &mut sheet)?,
            EventKind::SimpleKey => {
                let key = reader.key(event)?;
                let value = reader.value()?;
                sheet.put(within, key, value)?;
            }
            _ => return None,
        }
    }
    sheet.finish()
}

/// A value as this reader takes it.
enum Value {
    /// A string.
    Text(Text),
    /// An integer that fits in an `i64`.
    Integer(Spanned<i64>),
    /// An array of strings.
    Texts(Spanned<Vec<Text>>),
}

impl Value {
    /// A string.
    fn text(self) -> Option<Text> {
        match self {
            Self::Text(text) => Some(text),
            _ => None,
        }
    }

    /// The strings of an array, without its span (as a table of lists holds them).
    fn texts(self) -> Option<Vec<Text>> {
        match self {
            Self::Texts(texts) => Some(texts.into_inner()),
            _ => None,
        }
    }
}

/// The events of one sheet, read in order.
struct Reader<'a> {
    source: Source<'a>,
    events: &'a [Event],
    at: usize,
}

impl Reader<'_> {
    /// The next event, spaces included.
    fn next(&mut self) -> Option<Event> {
        let event = self.events.get(self.at).copied();
        self.at += 1;
        event
    }

    /// The next event that is not spaces, a comment or a line end.
    fn next_significant(&mut self) -> Option<Event> {
        loop {
            let event = self.next()?;
            if !matches!(
                event.kind(),
                EventKind::Whitespace | EventKind::Comment | EventKind::Newline
            ) {
                return Some(event);
            }
        }
    }

    /// The next event that is not spaces.
    fn next_on_line(&mut self) -> Option<Event> {
        loop {
            let event = self.next()?;
            if event.kind() != EventKind::Whitespace {
                return Some(event);
            }
        }
    }

    /// The key that `event` starts, up to and including its `=`: one key, not dotted.
    fn key(&mut self, event: Event) -> Option<Text> {
        let key = self.decode_key(event)?;
        (self.next_on_line()?.kind() == EventKind::KeyValSep).then_some(key)
    }

    /// A key's text, with the key's span.
    fn decode_key(&self, event: Event) -> Option<Text> {
        let raw = self.source.get(event)?;
        // Most keys are bare (`source_1`) or quoted without escapes (`"litvinov.germany"`):
        // their text is as written.
        let plain = match event.encoding() {
            None => Some(raw.as_str()).filter(|key| is_bare_key(key)),
            Some(Encoding::BasicString) => plain_basic_string(raw.as_str()),
            _ => None,
        };
        if let Some(key) = plain {
            return Some(Spanned::new(span(event), key.to_string()));
        }
        let mut failed = false;
        let mut decoded = Cow::Borrowed("");
        raw.decode_key(&mut decoded, &mut |_: ParseError| failed = true);
        (!failed).then(|| Spanned::new(span(event), decoded.into_owned()))
    }

    /// The value after a key's `=`: a scalar, or an array of strings.
    fn value(&mut self) -> Option<Value> {
        let event = self.next_on_line()?;
        match event.kind() {
            EventKind::Scalar => self.scalar(event),
            EventKind::ArrayOpen => {
                let mut texts = Vec::new();
                loop {
                    let next = self.next_significant()?;
                    match next.kind() {
                        EventKind::ValueSep => {}
                        EventKind::Scalar => texts.push(self.scalar(next)?.text()?),
                        EventKind::ArrayClose => {
                            let whole = span(event).start..span(next).end;
                            return Some(Value::Texts(Spanned::new(whole, texts)));
                        }
                        _ => return None,
                    }
                }
            }
            _ => None,
        }
    }

    /// A string, an integer or a float, decoded as `toml` decodes it.
    fn scalar(&self, event: Event) -> Option<Value> {
        let raw = self.source.get(event)?;
        let at = span(event);
        // Most strings have no escapes: their text is what lies between the quotes.
        if event.encoding() == Some(Encoding::BasicString)
            && let Some(inside) = plain_basic_string(raw.as_str())
        {
            return Some(Value::Text(Spanned::new(at, inside.to_string())));
        }
        let mut failed = false;
        let mut decoded = Cow::Borrowed("");
        let kind = raw.decode_scalar(&mut decoded, &mut |_: ParseError| failed = true);
        if failed {
            return None;
        }
        match kind {
            ScalarKind::String => Some(Value::Text(Spanned::new(at, decoded.into_owned()))),
            ScalarKind::Integer(radix) => i64::from_str_radix(&decoded, radix.value())
                .ok()
                .map(|n| Value::Integer(Spanned::new(at, n))),
            // No key of a sheet this reader takes holds a float.
            ScalarKind::Float | ScalarKind::Boolean(_) | ScalarKind::DateTime => None,
        }
    }

    /// A `[table]` header that `open` starts: which table of a sheet it is, started in
    /// `sheet` (see [`Sheet::start`]).
    fn header(&mut self, open: Event, sheet: &mut Sheet) -> Option<Within> {
        let mut path: Vec<Text> = Vec::with_capacity(2);
        let close = loop {
            let event = self.next_on_line()?;
            match event.kind() {
                EventKind::SimpleKey if path.len() < 2 => path.push(self.decode_key(event)?),
                EventKind::KeySep => {}
                EventKind::StdTableClose => break event,
                _ => return None,
            }
        };
        sheet.start(&path, span(open).start..span(close).end)
    }
}

/// The span of an event, as a range of bytes.
fn span(event: Event) -> Range<usize> {
    event.span().start()..event.span().end()
}

/// The text inside a basic string when it has no escape and nothing that must be escaped,
/// so that decoding would give it as it is.
fn plain_basic_string(raw: &str) -> Option<&str> {
    let inside = raw.strip_prefix('"')?.strip_suffix('"')?;
    // One pass over every byte, without stopping early, so it runs on whole words at once.
    let escaped = inside.bytes().fold(false, |found, b| {
        found | (b == b'\\') | ((b < 0x20) & (b != b'\t')) | (b == 0x7f)
    });
    (!escaped).then_some(inside)
}

/// Whether a key written without quotes is a bare key as TOML defines one: ASCII
/// letters, digits, `_` and `-`, at least one.
fn is_bare_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

mod layout;
mod sheet;
#[cfg(test)]
mod tests;
