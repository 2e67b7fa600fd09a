//! How deeply a TOML file nests, found by a scan of its text: the parser stops at its own
//! limit without saying where, so a file it refuses is scanned to say where and why.

use std::ops::Range;

use super::parse::MAX_NESTING;
use crate::diagnostic::Diagnostic;

/// Where a file nests more than [`MAX_NESTING`] deep.
#[derive(Debug, PartialEq)]
pub(super) enum TooDeep {
    /// Arrays or inline tables open inside each other, at the bracket that goes too deep.
    Nesting(usize),
    /// A dotted key or table header of this many parts (each part a table inside the one
    /// before), at the key.
    Key { parts: usize, at: Range<usize> },
}

impl TooDeep {
    pub(super) fn diagnostic(&self) -> Diagnostic {
        let help = "no activity needs this much nesting: is the file damaged?";
        match self {
            TooDeep::Nesting(at) => Diagnostic::error(
                "too-deep",
                format!("arrays or tables are nested more than {MAX_NESTING} deep"),
            )
            .at(*at..*at + 1)
            .help(help),
            TooDeep::Key { parts, at } => Diagnostic::error(
                "too-deep-key",
                format!("a key of {parts} parts nests tables more than {MAX_NESTING} deep"),
            )
            .at(at.clone())
            .label(format!(
                "each part of a dotted key is a table; at most {MAX_NESTING}"
            ))
            .help(help),
        }
    }
}

/// Where nesting of `[` and `{`, or the parts of one dotted key or table header, first go
/// past [`MAX_NESTING`], outside strings and comments.
pub(super) fn too_deep(text: &str) -> Option<TooDeep> {
    // Every delimiter is ASCII, and no byte of a multi-byte character is: bytes will do,
    // and are several times faster than characters on a large library.
    let mut open: Vec<u8> = Vec::new();
    let mut in_string: Option<u8> = None;
    let mut in_comment = false;
    let mut escaped = false;
    // The key being read (at the start of a line, in a table header, or in an inline
    // table): where it starts and how many parts it has so far.
    let mut in_key = true;
    let mut key_start: Option<usize> = None;
    let mut parts = 1usize;
    let key_ended = |key_start: Option<usize>, parts: usize, end: usize| {
        let start = key_start.filter(|_| parts > MAX_NESTING)?;
        let key = text[start..end].trim_end();
        Some(TooDeep::Key {
            parts,
            at: start..start + key.len(),
        })
    };
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            // Multi-line strings carry on; single-line ones end at the newline anyway.
            in_comment = false;
            if in_key
                && in_string.is_none()
                && let Some(deep) = key_ended(key_start, parts, i)
            {
                return Some(deep);
            }
            in_key = open.is_empty() && in_string.is_none();
            (key_start, parts) = (None, 1);
            continue;
        }
        if in_comment {
            continue;
        }
        if let Some(q) = in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' && q == b'"' {
                escaped = true;
            } else if b == q {
                in_string = None;
            }
            continue;
        }
        if b.is_ascii_whitespace() {
            continue;
        }
        // A table header `[x]` or `[[x]]` opens no array.
        let header = b == b'[' && in_key && key_start.is_none() && open.is_empty();
        if in_key && key_start.is_none() && !header && b != b'#' {
            key_start = Some(i);
        }
        match b {
            b'#' => in_comment = true,
            b'"' | b'\'' => in_string = Some(b),
            b'.' if in_key => parts += 1,
            b'=' | b']' if in_key => {
                if let Some(deep) = key_ended(key_start, parts, i) {
                    return Some(deep);
                }
                in_key = false;
            }
            _ if header => {}
            b'[' | b'{' => {
                open.push(b);
                if open.len() > MAX_NESTING {
                    return Some(TooDeep::Nesting(i));
                }
                in_key = b == b'{';
                (key_start, parts) = (None, 1);
            }
            b']' | b'}' => {
                open.pop();
            }
            b',' if open.last() == Some(&b'{') => {
                in_key = true;
                (key_start, parts) = (None, 1);
            }
            _ => {}
        }
    }
    key_ended(key_start, parts, text.len()).filter(|_| in_key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_outside_strings_is_counted() {
        assert_eq!(too_deep("a = [[1], [2]]\n[[rows]]\n"), None);
        let deep = format!("a = {}{}", "[".repeat(40), "]".repeat(40));
        assert!(too_deep(&deep).is_some());
        let in_string = format!("a = \"{}\"", "[".repeat(40));
        assert_eq!(too_deep(&in_string), None);
    }

    #[test]
    fn a_key_of_too_many_parts_is_found_at_the_key() {
        let key = |n: usize| {
            (0..n)
                .map(|i| format!("k{i}"))
                .collect::<Vec<_>>()
                .join(".")
        };
        let ok = format!(
            "a.b = 1.5\n[x.y]\nz = {{ p.q = 2 }}\n{} = 1\n",
            key(MAX_NESTING)
        );
        assert_eq!(too_deep(&ok), None);
        let long = key(MAX_NESTING + 1);
        let at = |text: &str| text.find("k0").expect("the key");
        for text in [
            format!("a = 1\n{long} = 1\n"),
            format!("a = 1\n[{long}]\n"),
            format!("a = 1\n[[ {long} ]]\n"),
            format!("a = {{ b = 1, {long} = 2 }}\n"),
            format!("a = 1\n{long}"),
        ] {
            let Some(TooDeep::Key { parts, at: found }) = too_deep(&text) else {
                panic!("not found in {text}");
            };
            assert_eq!(parts, MAX_NESTING + 1);
            assert_eq!(found, at(&text)..at(&text) + long.len(), "{text}");
        }
        let quoted = format!("a = \"{long}\"\n# {long}\n");
        assert_eq!(too_deep(&quoted), None);
    }
}
