//! Reading one file and parsing it into a raw type, with every failure as a diagnostic.

use std::ops::Range;
use std::sync::Arc;

use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::depth::too_deep;
use super::wording;
use crate::activity::SCHEMA_VERSION;
use crate::activity::raw::Spanned;
use crate::diagnostic::{Diagnostic, SourceFile, closest};

/// Largest file classwork reads; activity files are a few kilobytes.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// Deepest nesting of arrays and inline tables accepted (activity files need about 4).
pub const MAX_NESTING: usize = 32;

/// Turns a file's bytes into text, refusing huge files and locating bad UTF-8.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<Arc<SourceFile>, Diagnostic> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big(name, bytes.len() as u64));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(SourceFile::new(name, text)),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let file = SourceFile::new(name, text);
            Err(Diagnostic::error("not-utf8", "the file is not valid UTF-8 text")
                .in_file(&file)
                .at(valid..valid + '\u{FFFD}'.len_utf8())
                .label("this byte is not UTF-8")
                .help("save the file as UTF-8 (most editors offer it under \"Save with encoding\")"))
        }
    }
}

/// The diagnostic for a file over [`MAX_FILE_BYTES`].
pub fn too_big(name: &str, size: u64) -> Diagnostic {
    Diagnostic::error(
        "file-too-large",
        format!(
            "`{name}` is {:.1} MB; classwork reads files of at most {} MB",
            size as f64 / 1_048_576.0,
            MAX_FILE_BYTES / 1_048_576
        ),
    )
    .help("an activity file is a few kilobytes: is this the right file?")
    .in_file(&SourceFile::new(name, ""))
}

/// What every file starts with.
#[derive(Deserialize)]
struct Header {
    schema_version: Option<toml::Spanned<toml::Value>>,
}

/// A raw type that carries the format version.
pub trait Versioned {
    /// The file's `schema_version`.
    fn schema_version(&self) -> &Spanned<i64>;
}

/// Parses a file into `T`, reporting only the first problem.
pub fn parse<T: DeserializeOwned + Versioned>(file: &Arc<SourceFile>) -> Result<T, Diagnostic> {
    match parse_all::<T>(file) {
        (Some(raw), problems) if problems.is_empty() => Ok(raw),
        (_, mut problems) if !problems.is_empty() => Err(problems.swap_remove(0)),
        _ => Err(Diagnostic::error("syntax", "the file could not be read")
            .in_file(file)
            .at(0..0)),
    }
}

/// Most unknown keys reported in one file before giving up on recovering past them.
const MAX_RECOVERIES: usize = 50;

/// Parses a file into `T`: its version first, then its shape. Unknown keys written on one
/// line are reported and skipped, so that one pass finds all of them and the rest of the
/// file is still checked; the value is returned only when the file parsed.
pub fn parse_all<T: DeserializeOwned + Versioned>(
    file: &Arc<SourceFile>,
) -> (Option<T>, Vec<Diagnostic>) {
    if file.text.trim().is_empty() {
        let d = Diagnostic::error("empty-file", "the file is empty")
            .in_file(file)
            .help("every file starts with `schema_version = 1`; see the authoring guide");
        return (None, vec![d]);
    }
    // Most files parse at once; only a file that does not is parsed again for its version,
    // since a file from a newer classwork fails on keys this one does not know: say why.
    let first = match toml::from_str::<T>(&file.text) {
        Ok(raw) => {
            let version = raw.schema_version();
            return match check_version(version.get(), version.span()) {
                Some(d) => (None, vec![d.in_file(file)]),
                None => (Some(raw), Vec::new()),
            };
        }
        Err(error) => error,
    };
    // The TOML parser limits nesting itself; a file that fails is checked for it first, to
    // say so plainly (a valid file never pays for the scan).
    if let Some(deep) = too_deep(&file.text) {
        return (None, vec![deep.diagnostic().in_file(file)]);
    }
    match toml::from_str::<Header>(&file.text) {
        Ok(Header {
            schema_version: Some(v),
        }) => {
            if let Some(d) = check_value(v.get_ref(), v.span()) {
                return (None, vec![d.in_file(file)]);
            }
        }
        Ok(Header {
            schema_version: None,
        }) => {
            let d = Diagnostic::error("missing-version", "the file has no `schema_version`")
                .in_file(file)
                .at(0..0)
                .help("start the file with `schema_version = 1`");
            return (None, vec![d]);
        }
        Err(error) => return (None, vec![from_toml(&error, &file.text).in_file(file)]),
    }
    let mut text = std::borrow::Cow::Borrowed(file.text.as_str());
    let mut problems = Vec::new();
    let mut error = first;
    for _ in 0..=MAX_RECOVERIES {
        let unknown_key = error.message().starts_with("unknown field ");
        let span = error.span();
        problems.push(from_toml(&error, &text).in_file(file));
        match span
            .filter(|_| unknown_key)
            .and_then(|s| blank_line_from(&text, s.start))
        {
            Some(blanked) => text = std::borrow::Cow::Owned(blanked),
            None => return (None, problems),
        }
        match toml::from_str::<T>(&text) {
            Ok(raw) => return (Some(raw), problems),
            Err(next) => error = next,
        }
    }
    (None, problems)
}

/// The text with everything from `start` to the end of its line turned into spaces, when
/// that removes a whole one-line `key = value` (so byte offsets stay the same).
fn blank_line_from(text: &str, start: usize) -> Option<String> {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    if !text[line_start..start].trim().is_empty() {
        return None;
    }
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let line = &text[start..end];
    // A value that goes on over more lines cannot be blanked line by line.
    let opens = line.matches(['[', '{']).count();
    let closes = line.matches([']', '}']).count();
    if opens != closes || line.contains("\"\"\"") || line.contains("'''") || !line.contains('=') {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..start]);
    out.extend(std::iter::repeat_n(' ', end - start));
    out.push_str(&text[end..]);
    Some(out)
}

fn check_value(value: &toml::Value, span: Range<usize>) -> Option<Diagnostic> {
    match value.as_integer() {
        Some(v) => check_version(&v, span),
        None => Some(
            Diagnostic::error("bad-version", "`schema_version` must be a whole number")
                .at(span)
                .help("write `schema_version = 1`"),
        ),
    }
}

fn check_version(version: &i64, span: Range<usize>) -> Option<Diagnostic> {
    match *version {
        SCHEMA_VERSION => None,
        v if v > SCHEMA_VERSION => Some(
            Diagnostic::error(
                "newer-version",
                format!("this file uses schema version {v}, which this classwork cannot read"),
            )
            .at(span)
            .label(format!(
                "classwork {} reads schema version {SCHEMA_VERSION}",
                env!("CARGO_PKG_VERSION")
            ))
            .help(format!(
                "a classwork newer than {} is needed: update classwork to open this file",
                env!("CARGO_PKG_VERSION")
            )),
        ),
        v => Some(
            Diagnostic::error("bad-version", format!("there is no schema version {v}"))
                .at(span)
                .help(format!("write `schema_version = {SCHEMA_VERSION}`")),
        ),
    }
}

/// A serde/TOML error as a diagnostic, with "did you mean" for unknown keys and values.
fn from_toml(error: &toml::de::Error, text: &str) -> Diagnostic {
    let message = error.message().trim().to_string();
    let ticked = backticked(&message);
    let (code, headline, label, help) = if message.starts_with("unknown field ") {
        let key = ticked.first().cloned().unwrap_or_default();
        let expected: Vec<&str> = ticked.iter().skip(1).map(String::as_str).collect();
        let help = match closest(&key, expected.iter().copied()) {
            Some(s) => format!("did you mean `{s}`?"),
            None if expected.len() <= 10 => {
                format!("the keys allowed here are: {}", join_ticked(&expected))
            }
            None => "see the authoring guide (docs/authoring.md) for the keys of each table".into(),
        };
        (
            "unknown-key",
            format!("unknown key `{key}`"),
            "not a key classwork knows here".to_string(),
            Some(help),
        )
    } else if message.starts_with("unknown variant ") {
        let value = ticked.first().cloned().unwrap_or_default();
        let expected: Vec<&str> = ticked.iter().skip(1).map(String::as_str).collect();
        let help = match closest(&value, expected.iter().copied()) {
            Some(s) => format!("did you mean `{s}`?"),
            None => format!("write one of: {}", join_ticked(&expected)),
        };
        (
            "unknown-value",
            format!("unknown value `{value}`"),
            "not one of the values allowed here".to_string(),
            Some(help),
        )
    } else if message.starts_with("missing field ") {
        let key = ticked.first().cloned().unwrap_or_default();
        (
            "missing-key",
            format!("missing key `{key}`"),
            format!("this table needs `{key}`"),
            Some("see the authoring guide for the keys each table needs".to_string()),
        )
    } else if let Some(bad) = wording::bad_value(&message) {
        (
            bad.code,
            bad.headline,
            bad.label.to_string(),
            Some(bad.help),
        )
    } else if message.contains("duplicate key") {
        let key = error
            .span()
            .and_then(|s| text.get(s))
            .map(str::trim)
            .filter(|k| !k.is_empty() && k.len() <= 60 && !k.contains('\n'));
        (
            "duplicate-key",
            key.map_or(message.clone(), |k| format!("duplicate key `{k}`")),
            "defined again here".to_string(),
            Some("each key may appear once in a table".to_string()),
        )
    } else {
        (
            "syntax",
            "the file is not valid TOML".to_string(),
            message.clone(),
            None,
        )
    };
    let d = Diagnostic::error(code, headline)
        .label(label)
        .maybe_help(help);
    // An error the parser gives no place for is shown at the start of the file, so that it
    // still has a line and a column.
    d.at(error.span().unwrap_or(0..0))
}

fn backticked(message: &str) -> Vec<String> {
    message
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

fn join_ticked(items: &[&str]) -> String {
    items
        .iter()
        .map(|i| format!("`{i}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
