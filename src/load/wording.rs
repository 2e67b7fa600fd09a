//! Type errors from serde, said in the words of TOML and of the authoring guide.
//!
//! serde names Rust types (`expected struct RawWords`, `expected f64`, `a sequence`); a
//! teacher writes tables, arrays, numbers and text.

/// Headline and help for a value of the wrong type, from the TOML parser's message, or
/// `None` when the message is not about a type.
pub(super) fn wrong_type(message: &str) -> Option<(String, String)> {
    if let Some(body) = message.strip_prefix("invalid type: ") {
        let (found, expected) = body.rsplit_once(", expected ").unwrap_or((body, ""));
        let (expected, help) = expected_type(expected);
        return Some((
            format!(
                "wrong type: expected {expected}, found {}",
                found_type(found)
            ),
            help.to_string(),
        ));
    }
    if message.contains("untagged enum KeyEntry") {
        return Some((
            "wrong type: a key entry is an item id, or an array of ids of equal rank".into(),
            "write ids in quotes: `key = [\"first\", [\"tied\", \"tied\"], \"last\"]`".into(),
        ));
    }
    if message.contains("did not match any variant of untagged enum") {
        return Some((
            "wrong type: the value has none of the forms allowed here".into(),
            "see the authoring guide (docs/authoring.md) for what this key takes".into(),
        ));
    }
    // The message for a number or array where a name such as `kind = "sort"` belongs.
    if message == "wanted string or table" {
        return Some((
            "wrong type: expected a name in quotes".into(),
            "write one of the names allowed here in quotes, like `kind = \"sort\"`".into(),
        ));
    }
    None
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
        e if e.starts_with("struct ") || e == "a map" => (
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
    use super::wrong_type;

    #[test]
    fn says_toml_words_not_rust_types() {
        let (headline, help) =
            wrong_type("invalid type: integer `5`, expected struct RawWords").unwrap();
        assert_eq!(
            headline,
            "wrong type: expected a table, found a whole number"
        );
        assert!(help.contains("authoring guide"));
        let (headline, help) =
            wrong_type("invalid type: string \"Stephenson\", expected a sequence").unwrap();
        assert_eq!(headline, "wrong type: expected an array, found text");
        assert!(help.contains("square brackets"));
        let (headline, _) = wrong_type("invalid type: map, expected f64").unwrap();
        assert_eq!(headline, "wrong type: expected a number, found a table");
        assert!(wrong_type("duplicate key").is_none());
    }
}
