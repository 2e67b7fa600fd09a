//! Getting past a shape error (an unknown key, a value of the wrong type, a duplicate key),
//! so that one pass over a file finds every error in it.
//!
//! A repair edits the file's text without moving any byte: a misspelt key is replaced by the
//! key it most likely meant, a value of the wrong type by an empty value of the right type,
//! and a line that cannot be mended is blanked. What a later check says about a repaired
//! place follows from the error already reported there, and is dropped.

use std::ops::Range;

use crate::diagnostic::closest;

/// One edit of the text, with the place it touched.
pub(super) struct Repair {
    /// The whole text after the edit (as long as before, byte for byte).
    pub text: String,
    /// The bytes changed.
    pub region: Range<usize>,
    /// Where a check may say something that follows from the edit: the bytes changed, or
    /// for a value made empty, the whole table it is in (its other keys may be checked
    /// against it: "no accepted answers" for an emptied `accept`).
    pub reach: Range<usize>,
    /// A key the edit removed, so that "missing key" for it is not a new error.
    pub excuse: Option<String>,
}

/// The repair for one parse error, or `None` when the file cannot be read further.
pub(super) fn repair(text: &str, error: &toml::de::Error) -> Option<Repair> {
    let span = error.span()?;
    let message = error.message();
    let ticked = backticked(message);
    if message.starts_with("unknown field ") {
        let key = ticked.first()?;
        let expected = ticked.iter().skip(1).map(String::as_str);
        let renamed = closest(key, expected).and_then(|s| rename(text, span.clone(), s));
        return renamed.or_else(|| blank_line(text, span.start));
    }
    if message.starts_with("unknown variant ") {
        // The closest value allowed, else the first: only to read on; the error stands.
        let value = ticked.first()?;
        let allowed = || ticked.iter().skip(1).map(String::as_str);
        let meant = closest(value, allowed()).or_else(|| allowed().next())?;
        return replace_value(text, span, &format!("\"{meant}\""));
    }
    if message.contains("duplicate key") {
        return blank_line(text, span.start);
    }
    let expected = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))
        .and_then(|body| body.rsplit_once(", expected "))
        .map(|(_, e)| e.trim());
    let placeholder = match expected {
        Some(e) => empty_value(e)?,
        None if message == "wanted string or table" => "\"\"",
        None => return None,
    };
    replace_value(text, span, placeholder)
}

/// A follow-on error inside a place already repaired: its line is blanked when it can be.
pub(super) fn blank_follow_on(text: &str, error: &toml::de::Error) -> Option<Repair> {
    blank_line(text, error.span()?.start)
}

/// An empty value of the type serde expected, in TOML.
fn empty_value(expected: &str) -> Option<&'static str> {
    let value = match expected {
        "a string" | "a borrowed string" => "\"\"",
        "a boolean" => "true",
        "a sequence" => "[]",
        "f64" | "f32" | "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64"
        | "isize" => "1",
        e if e.starts_with("struct ") || e == "a map" => "{}",
        _ => return None,
    };
    Some(value)
}

/// The text with the key at `span` renamed to `meant`, when `meant` fits in the key and the
/// spaces after it.
fn rename(text: &str, span: Range<usize>, meant: &str) -> Option<Repair> {
    let spaces = text.get(span.end..)?.len() - text.get(span.end..)?.trim_start_matches(' ').len();
    let region = span.start..span.end + spaces;
    (meant.len() <= region.len()).then(|| Repair {
        text: overwrite(text, region.clone(), meant),
        reach: region.clone(),
        region,
        excuse: None,
    })
}

/// The text with the value at `span` replaced by `value`; a value too short to hold it is
/// replaced, from the `=` before it to the end of its line, when nothing else follows it
/// there.
fn replace_value(text: &str, span: Range<usize>, value: &str) -> Option<Repair> {
    let line_start = text.get(..span.start)?.rfind('\n').map_or(0, |i| i + 1);
    let before = text.get(line_start..span.start)?.trim_end();
    let region = if value.len() <= span.len() {
        span
    } else {
        let rest = text.get(span.end..)?;
        let line_end = rest.find('\n').map_or(text.len(), |i| span.end + i);
        let tail = text.get(span.end..line_end)?.trim();
        let free = before.ends_with('=') && (tail.is_empty() || tail.starts_with('#'));
        // The spaces after `=` are used too: `title = 3` becomes `title =""`.
        let start = line_start + before.len();
        if !free || value.len() > line_end - start {
            return None;
        }
        start..line_end
    };
    // Only a value after `=` or inside an array is replaced, never a table's header.
    if !(before.ends_with('=') || before.ends_with(',') || before.ends_with('[')) {
        return None;
    }
    Some(Repair {
        text: overwrite(text, region.clone(), value),
        reach: table_around(text, region.clone()),
        region,
        excuse: None,
    })
}

/// The text with the one-line `key = value` starting at `start` blanked, its key excused.
fn blank_line(text: &str, start: usize) -> Option<Repair> {
    let line_start = text.get(..start)?.rfind('\n').map_or(0, |i| i + 1);
    if !text.get(line_start..start)?.trim().is_empty() {
        return None;
    }
    let end = text
        .get(start..)?
        .find('\n')
        .map_or(text.len(), |i| start + i);
    let line = text.get(start..end)?;
    // A value that goes on over more lines cannot be blanked line by line.
    let opens = line.matches(['[', '{']).count();
    let closes = line.matches([']', '}']).count();
    if opens != closes || line.contains("\"\"\"") || line.contains("'''") {
        return None;
    }
    let (key, _) = line.split_once('=')?;
    Some(Repair {
        text: overwrite(text, start..end, ""),
        region: start..end,
        reach: start..end,
        excuse: Some(key.trim().trim_matches('"').to_string()),
    })
}

/// The lines from the table header before `region` (or the start of the file) to the next
/// table header after it (or the end).
fn table_around(text: &str, region: Range<usize>) -> Range<usize> {
    let is_header = |line: &str| line.trim_start().starts_with('[');
    let mut start = 0;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let end = at + line.len();
        if at >= region.end && is_header(line) {
            return start..at;
        }
        if at <= region.start && is_header(line) {
            start = at;
        }
        at = end;
    }
    start..text.len()
}

/// `text` with `region` holding `with` and then spaces (line breaks kept), so that every
/// byte after it stays where it was.
fn overwrite(text: &str, region: Range<usize>, with: &str) -> String {
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..region.start]);
    out.push_str(with);
    let rest = text.as_bytes()[region.start + with.len()..region.end]
        .iter()
        .map(|&b| if b == b'\n' { '\n' } else { ' ' });
    out.extend(rest);
    out.push_str(&text[region.end..]);
    out
}

/// The words between backticks in a message.
pub(super) fn backticked(message: &str) -> Vec<String> {
    message
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first_error(text: &str) -> toml::de::Error {
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Shape {
            title: String,
            points: Option<f64>,
        }
        toml::from_str::<Shape>(text)
            .map(|s| (s.title, s.points))
            .unwrap_err()
    }

    #[test]
    fn a_misspelt_key_is_renamed_in_place() {
        let text = "titel = \"A\"\n";
        let fixed = repair(text, &first_error(text)).unwrap();
        assert_eq!(fixed.text, "title = \"A\"\n");
        assert_eq!(fixed.text.len(), text.len());
    }

    #[test]
    fn a_value_of_the_wrong_type_becomes_an_empty_one() {
        let text = "title = \"A\"\npoints = \"two\"\n";
        let fixed = repair(text, &first_error(text)).unwrap();
        assert_eq!(fixed.text, "title = \"A\"\npoints = 1    \n");
        let text = "title = 3\n";
        let fixed = repair(text, &first_error(text)).unwrap();
        assert_eq!(fixed.text, "title =\"\"\n");
    }

    #[test]
    fn an_unknown_key_with_no_likely_meaning_is_blanked_and_excused() {
        let text = "title = \"A\"\nzzzzzzzzzz = 1\n";
        let fixed = repair(text, &first_error(text)).unwrap();
        assert_eq!(fixed.text.trim_end(), "title = \"A\"");
        assert_eq!(fixed.excuse.as_deref(), Some("zzzzzzzzzz"));
    }
}
