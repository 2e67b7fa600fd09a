//! Reading one file and parsing it into a raw type, with every failure as a diagnostic.

use std::ops::Range;
use std::sync::Arc;

use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::depth::too_deep;
use super::recover::{self, backticked};
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
        Recovered {
            value: Some(raw),
            problems,
            ..
        } if problems.is_empty() => Ok(raw),
        Recovered { mut problems, .. } if !problems.is_empty() => Err(problems.swap_remove(0)),
        _ => Err(Diagnostic::error("syntax", "the file could not be read")
            .in_file(file)
            .at(0..0)),
    }
}

/// What parsing a file gave: its value when the file could be read to the end (past its
/// repaired shape errors), every problem found, and the places repaired.
#[derive(Debug)]
pub struct Recovered<T> {
    /// The value, read from the file with its shape errors repaired.
    pub value: Option<T>,
    /// The shape errors, each once, in file order.
    pub problems: Vec<Diagnostic>,
    /// Byte ranges of the file around the places repaired to read on: what a later check
    /// says about them follows from a problem already reported.
    pub repaired: Vec<Range<usize>>,
}

impl<T> Recovered<T> {
    fn failed(problem: Diagnostic) -> Self {
        Self {
            value: None,
            problems: vec![problem],
            repaired: Vec::new(),
        }
    }

    /// Whether `d` may follow from an earlier problem: it is about a repaired place, or it
    /// is a warning about a file that needed repairs (the values put in to read on, such as
    /// an empty list, can give warnings of their own; the file is in error anyway).
    pub fn follows_on(&self, d: &Diagnostic) -> bool {
        if !self.repaired.is_empty() && !d.is_error() {
            return true;
        }
        d.span.as_ref().is_some_and(|s| {
            self.repaired
                .iter()
                .any(|r| s.start < r.end.max(r.start + 1) && r.start < s.end.max(s.start + 1))
        })
    }
}

/// Most shape errors reported in one file before giving up on recovering past them.
const MAX_RECOVERIES: usize = 50;

/// Parses a file into `T`: its version first, then its shape. A shape error is reported,
/// then repaired in place (see `recover`) so that the rest of the file is still checked; a
/// problem that only follows from an earlier one is not reported.
pub fn parse_all<T: DeserializeOwned + Versioned>(file: &Arc<SourceFile>) -> Recovered<T> {
    if file.text.trim().is_empty() {
        let d = Diagnostic::error("empty-file", "the file is empty")
            .in_file(file)
            .help("every file starts with `schema_version = 1`; see the authoring guide");
        return Recovered::failed(d);
    }
    // Most files parse at once; only a file that does not is parsed again for its version,
    // since a file from a newer classwork fails on keys this one does not know: say why.
    let first = match toml::from_str::<T>(&file.text) {
        Ok(raw) => {
            let version = raw.schema_version();
            return match check_version(version.get(), version.span()) {
                Some(d) => Recovered::failed(d.in_file(file)),
                None => Recovered {
                    value: Some(raw),
                    problems: Vec::new(),
                    repaired: Vec::new(),
                },
            };
        }
        Err(error) => error,
    };
    // The TOML parser limits nesting itself; a file that fails is checked for it first, to
    // say so plainly (a valid file never pays for the scan).
    if let Some(deep) = too_deep(&file.text) {
        return Recovered::failed(deep.diagnostic().in_file(file));
    }
    match toml::from_str::<Header>(&file.text) {
        Ok(Header {
            schema_version: Some(v),
        }) => {
            if let Some(d) = check_value(v.get_ref(), v.span()) {
                return Recovered::failed(d.in_file(file));
            }
        }
        Ok(Header {
            schema_version: None,
        }) => {
            let d = Diagnostic::error("missing-version", "the file has no `schema_version`")
                .in_file(file)
                .at(0..0)
                .help("start the file with `schema_version = 1`");
            return Recovered::failed(d);
        }
        Err(error) => return Recovered::failed(from_toml(&error, &file.text).in_file(file)),
    }
    recover_from(file, first)
}

/// Reports `first` and each shape error after it, repairing the text past each one.
fn recover_from<T: DeserializeOwned>(
    file: &Arc<SourceFile>,
    first: toml::de::Error,
) -> Recovered<T> {
    let mut text = file.text.clone();
    let mut found = Recovered {
        value: None,
        problems: Vec::new(),
        repaired: Vec::new(),
    };
    let mut excused: Vec<String> = Vec::new();
    let mut edited: Vec<Range<usize>> = Vec::new();
    let mut error = first;
    for _ in 0..=MAX_RECOVERIES {
        let missing = error
            .message()
            .strip_prefix("missing field ")
            .map(|m| m.trim().trim_matches('`').to_string());
        if missing.is_some_and(|key| excused.contains(&key)) {
            return found;
        }
        let follow_on = error
            .span()
            .is_some_and(|s| edited.iter().any(|r| r.start <= s.start && s.start < r.end));
        let repair = if follow_on {
            recover::blank_follow_on(&text, &error)
        } else {
            found.problems.push(from_toml(&error, &text).in_file(file));
            recover::repair(&text, &error)
        };
        let Some(repair) = repair else {
            return found;
        };
        text = repair.text;
        edited.push(repair.region);
        found.repaired.push(repair.reach);
        excused.extend(repair.excuse);
        match toml::from_str::<T>(&text) {
            Ok(raw) => {
                found.value = Some(raw);
                return found;
            }
            Err(next) => error = next,
        }
    }
    found
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
        let value = error.span().and_then(|s| text.get(s));
        let bad = wording::unquoted_date(bad, value);
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

fn join_ticked(items: &[&str]) -> String {
    items
        .iter()
        .map(|i| format!("`{i}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
