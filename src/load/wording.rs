//! Type errors from serde, said in the words of TOML and of the authoring guide.
//!
//! serde names Rust types (`expected struct RawWords`, `expected f64`, `a sequence`); a
//! teacher writes tables, arrays, numbers and text.

/// A value the raw types cannot take, described for a teacher.
pub(super) struct BadValue {
    /// `wrong-type`, or `bad-number` for a number out of range.
    pub code: &'static str,
    /// What is wrong.
    pub headline: String,
    /// The label under the caret.
    pub label: &'static str,
    /// How to write it.
    pub help: String,
}

/// Describes a value of the wrong type or out of range, from the TOML parser's message, or
/// `None` when the message is about something else.
pub(super) fn bad_value(message: &str) -> Option<BadValue> {
    let wrong_type = |headline: String, help: &str| BadValue {
        code: "wrong-type",
        headline,
        label: "this value has the wrong type",
        help: help.to_string(),
    };
    if let Some(body) = message.strip_prefix("invalid type: ") {
        let (found, expected) = body.rsplit_once(", expected ").unwrap_or((body, ""));
        let (expected, help) = expected_type(expected);
        let found = found_type(found);
        return Some(wrong_type(
            format!("wrong type: expected {expected}, found {found}"),
            help,
        ));
    }
    if let Some(body) = message.strip_prefix("invalid value: ") {
        let expected = body.rsplit_once(", expected ").map_or("", |(_, e)| e);
        let (expected, help) = expected_type(expected);
        return Some(BadValue {
            code: "bad-number",
            headline: format!("this number is out of range: expected {expected}"),
            label: "not allowed here",
            help: help.to_string(),
        });
    }
    // An array where a table belongs: serde reads a struct from a sequence, by position.
    if message.starts_with("invalid length ") && message.contains("expected struct ") {
        let (_, help) = expected_type("struct");
        return Some(wrong_type(
            "wrong type: expected a table, found an array".into(),
            help,
        ));
    }
    if message.contains("untagged enum KeyEntry") {
        return Some(wrong_type(
            "wrong type: a key entry is an item id, or an array of ids of equal rank".into(),
            "write ids in quotes: `key = [\"first\", [\"tied\", \"tied\"], \"last\"]`",
        ));
    }
    if message.contains("did not match any variant of untagged enum") {
        return Some(wrong_type(
            "wrong type: the value has none of the forms allowed here".into(),
            "see the authoring guide (docs/authoring.md) for what this key takes",
        ));
    }
    // The message for a number or array where a name such as `kind = "sort"` belongs.
    if message == "wanted string or table" {
        return Some(wrong_type(
            "wrong type: expected a name in quotes".into(),
            "write one of the names allowed here in quotes, like `kind = \"sort\"`",
        ));
    }
    None
}

/// A bare TOML date where text belongs (`date = 1945-08-06`): serde sees a table, so the
/// message says so plainly and asks for quotes. `value` is the text of the value.
pub(super) fn unquoted_date(bad: BadValue, value: Option<&str>) -> BadValue {
    let date = value
        .map(str::trim)
        .filter(|v| v.parse::<toml::value::Datetime>().is_ok());
    match date {
        Some(date) if bad.headline.starts_with("wrong type: expected text") => BadValue {
            headline: "wrong type: expected text, found a TOML date".into(),
            label: "a date without quotes is a TOML date, not text",
            help: format!("put the date in quotes: `\"{date}\"`"),
            ..bad
        },
        _ => bad,
    }
}

/// What serde expected, in TOML's words, with how to write it.
fn expected_type(expected: &str) -> (&'static str, &'static str) {
    match expected.trim() {
        "a sequence" => (
            "an array",
            "write an array in square brackets: `[\"…\", \"…\"]`",
        ),
        "a string" | "a borrowed string" => ("text", "put the text in quotes: `\"…\"`"),
        "a boolean" => (
            "`true` or `false`",
            "write `true` or `false`, without quotes",
        ),
        "f64" | "f32" => ("a number", "write the number without quotes: `2` or `1.5`"),
        "u8" | "u16" | "u32" | "u64" | "usize" => (
            "a whole number of 0 or more",
            "write a whole number without quotes: `3`",
        ),
        "i8" | "i16" | "i32" | "i64" | "isize" => {
            ("a whole number", "write a whole number without quotes: `3`")
        }
        e if e.starts_with("struct") || e == "a map" => (
            "a table",
            "this key holds other keys: see the authoring guide (docs/authoring.md)",
        ),
        _ => (
            "another type",
            "see the authoring guide (docs/authoring.md) for what this key takes",
        ),
    }
}

/// What was found, in TOML's words (without the value: the caret shows it).
fn found_type(found: &str) -> &'static str {
    let kind = found.split([' ', '`', '"']).next().unwrap_or_default();
    match kind {
        "string" => "text",
        "integer" => "a whole number",
        "floating" => "a number",
        "boolean" => "`true` or `false`",
        "map" => "a table",
        "sequence" => "an array",
        "date" | "datetime" => "a date",
        _ => "another type",
    }
}

#[cfg(test)]
mod tests {
    use super::bad_value;

    #[test]
    fn says_toml_words_not_rust_types() {
        let bad = bad_value("invalid type: integer `5`, expected struct RawWords").unwrap();
        assert_eq!(
            bad.headline,
            "wrong type: expected a table, found a whole number"
        );
        assert!(bad.help.contains("authoring guide"));
        let bad = bad_value("invalid type: string \"Stephenson\", expected a sequence").unwrap();
        assert_eq!(bad.headline, "wrong type: expected an array, found text");
        assert!(bad.help.contains("square brackets"));
        let bad = bad_value("invalid type: map, expected f64").unwrap();
        assert_eq!(bad.headline, "wrong type: expected a number, found a table");
        let bad = bad_value("invalid value: integer `-2`, expected u32").unwrap();
        assert_eq!(bad.code, "bad-number");
        assert_eq!(
            bad.headline,
            "this number is out of range: expected a whole number of 0 or more"
        );
        let bad = bad_value("invalid length 1, expected struct RawLevel with 2 elements");
        assert_eq!(bad.unwrap().code, "wrong-type");
        assert!(bad_value("duplicate key").is_none());
    }
}
