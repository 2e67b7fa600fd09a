//! Text from files made safe and measurable for terminals.

use std::borrow::Cow;

/// Replaces characters that could drive a terminal — escape and other control characters,
/// and bidirectional overrides that hide or reorder text — with `�`. Newlines and tabs stay.
pub fn clean(text: &str) -> Cow<'_, str> {
    if text.chars().all(|c| !is_unsafe(c)) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| if is_unsafe(c) { '\u{FFFD}' } else { c })
            .collect(),
    )
}

/// Whether `c` could drive a terminal: a control character other than a newline or tab, or
/// a bidirectional control.
pub fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Cuts `text` to its first `max` characters; the number it had when it was longer.
pub fn keep_chars(text: &mut String, max: usize) -> Option<usize> {
    // A text of at most `max` bytes has at most `max` characters: most are, and need no
    // counting.
    if text.len() <= max {
        return None;
    }
    let end = text.char_indices().nth(max)?.0;
    let chars = max + text[end..].chars().count();
    text.truncate(end);
    Some(chars)
}

/// Number of words in a text (runs of letters, digits, apostrophes and hyphens).
pub fn word_count(text: &str) -> usize {
    // One pass: a word ends at any other character, and counts if it had a letter or digit.
    let mut words = 0;
    let mut has_letter = false;
    let mut end = |has_letter: &mut bool| {
        words += usize::from(*has_letter);
        *has_letter = false;
    };
    if text.is_ascii() {
        for b in text.bytes() {
            if b.is_ascii_alphanumeric() {
                has_letter = true;
            } else if b != b'\'' && b != b'-' {
                end(&mut has_letter);
            }
        }
    } else {
        for c in text.chars() {
            if c.is_alphanumeric() {
                has_letter = true;
            } else if c != '\'' && c != '’' && c != '-' {
                end(&mut has_letter);
            }
        }
    }
    end(&mut has_letter);
    words
}

/// "87 words, at least 80": a count of words against the least a text needs (0 for no
/// least), never read as a limit gone over.
pub fn word_target(count: usize, least: u32) -> String {
    let words = if count == 1 { "word" } else { "words" };
    match least {
        0 => format!("{count} {words}"),
        least => format!("{count} {words}, at least {least}"),
    }
}

/// The start of `text` up to the end of its `n`th word (as [`word_count`] counts words),
/// or all of it when it has no more than `n` words.
pub fn first_words(text: &str, n: usize) -> &str {
    if n == 0 {
        return "";
    }
    let mut words = 0;
    let mut has_letter = false;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            has_letter = true;
        } else if c != '\'' && c != '’' && c != '-' {
            if has_letter {
                words += 1;
                if words == n {
                    return &text[..i];
                }
            }
            has_letter = false;
        }
    }
    text
}

/// An id made safe as a file name: letters, digits, `-` and `_` kept, anything else `_`.
pub fn file_name(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// A field for a CSV file: cleaned of control characters, defused where a spreadsheet
/// would run it as a formula (a leading `=`, `+`, `-` or `@` gets a `'`), and quoted when
/// it holds a comma, quote or line break.
pub fn csv_field(text: &str) -> String {
    let mut field = clean(text).into_owned();
    if field.starts_with(['=', '+', '-', '@']) {
        field.insert(0, '\'');
    }
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field
    }
}

/// Whether `quote` is a run of words of `source` (case, punctuation and spacing ignored).
pub fn is_quote_of(quote: &str, source: &str) -> bool {
    contains_run(&lowercase_words(source), &lowercase_words(quote))
}

/// A text as lowercase words, every character that is not a letter or digit a separator.
pub fn lowercase_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether `run` appears in `text` as consecutive words.
pub fn contains_run(text: &[String], run: &[String]) -> bool {
    run.len() <= text.len() && text.windows(run.len()).any(|w| w == run)
}

/// A count with commas between thousands: `100,000`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// Marks as people write them: `3`, `2.5`, `0.33`.
pub fn fmt_marks(marks: f64) -> String {
    // Adding 0.0 turns -0.0 into 0.0.
    let rounded = (marks * 100.0).round() / 100.0 + 0.0;
    if rounded == rounded.trunc() && rounded.abs() < 1e15 {
        // Whole marks (nearly all of them): as an integer, which is exact below 2^53 and
        // much quicker to write than a float.
        (rounded as i64).to_string()
    } else if rounded == rounded.trunc() {
        format!("{rounded:.0}")
    } else {
        let s = format!("{rounded:.2}");
        s.trim_end_matches('0').to_string()
    }
}

/// `1 word`, `3 words`, `2 activities`.
pub fn count(n: usize, word: &str) -> String {
    if n == 1 {
        return format!("1 {word}");
    }
    format!("{n} {}", plural(word))
}

/// The plural of a noun that takes a regular one: `words`, `activities`, `days`.
pub fn plural(word: &str) -> String {
    match word.strip_suffix('y') {
        Some(stem) if !stem.ends_with(['a', 'e', 'i', 'o', 'u']) => format!("{stem}ies"),
        _ => format!("{word}s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_names_one_or_many() {
        assert_eq!(count(1, "student"), "1 student");
        assert_eq!(count(0, "student"), "0 students");
        assert_eq!(count(2, "activity"), "2 activities");
        assert_eq!(count(1, "activity"), "1 activity");
        assert_eq!(count(3, "day"), "3 days");
        assert_eq!(count(2, "more problem"), "2 more problems");
        assert_eq!(plural("decision option"), "decision options");
        assert_eq!(plural("activity"), "activities");
    }

    #[test]
    fn a_word_count_reads_as_the_least_asked_for() {
        assert_eq!(word_target(87, 80), "87 words, at least 80");
        assert_eq!(word_target(1, 80), "1 word, at least 80");
        assert_eq!(word_target(5, 0), "5 words");
    }

    #[test]
    fn the_first_words_are_counted_as_words_are() {
        let text = "Stalin's  pact, signed in 1939 — then war.";
        assert_eq!(first_words(text, 2), "Stalin's  pact");
        assert_eq!(word_count(first_words(text, 5)), 5);
        assert_eq!(first_words(text, 7), &text[..text.len() - 1]);
        assert_eq!(first_words(text, 8), text);
        assert_eq!(first_words(text, 0), "");
    }

    #[test]
    fn file_names_are_safe() {
        assert_eq!(file_name("report_to_stalin"), "report_to_stalin");
        assert_eq!(file_name("../x y"), "___x_y");
    }

    #[test]
    fn csv_fields_are_quoted_and_defused() {
        assert_eq!(csv_field("Ada Lovelace"), "Ada Lovelace");
        assert_eq!(csv_field("Lovelace, Ada"), "\"Lovelace, Ada\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(csv_field("a\u{1b}b"), "a\u{FFFD}b");
    }

    #[test]
    fn count_says_one_or_many() {
        assert_eq!(count(1, "word"), "1 word");
        assert_eq!(count(0, "student"), "0 students");
        assert_eq!(count(3, "student"), "3 students");
    }

    #[test]
    fn clean_removes_escape_sequences_and_overrides() {
        assert_eq!(clean("plain\ttext\n"), "plain\ttext\n");
        assert_eq!(clean("\u{1b}]0;pwned\u{7}x"), "\u{FFFD}]0;pwned\u{FFFD}x");
        assert_eq!(clean("a\u{202E}b"), "a\u{FFFD}b");
        assert_eq!(clean("\r\u{9b}2J"), "\u{FFFD}\u{FFFD}2J");
    }

    #[test]
    fn counts_words() {
        assert_eq!(word_count(""), 0);
        assert_eq!(
            word_count("  Stalin's pact, 23 August 1939 — non-aggression. "),
            6
        );
        assert_eq!(word_count("one\ntwo\tthree"), 3);
        assert_eq!(word_count("-- ' ’ Über-alles"), 1);
    }

    proptest::proptest! {
        /// The one-pass count agrees with splitting the text and counting the pieces.
        #[test]
        fn counting_agrees_with_splitting(text in "[a-zA-Z0-9 '’,.Üé\u{2014}\n-]{0,40}") {
            let split = text
                .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count();
            proptest::prop_assert_eq!(word_count(&text), split);
        }
    }

    #[test]
    fn counts_are_written_in_thousands() {
        assert_eq!(thousands(100_000), "100,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(thousands(999), "999");
    }

    #[test]
    fn marks_print_without_noise() {
        assert_eq!(fmt_marks(3.0), "3");
        assert_eq!(fmt_marks(2.5), "2.5");
        assert_eq!(fmt_marks(1.0 / 3.0), "0.33");
        assert_eq!(fmt_marks(-0.0), "0");
        assert_eq!(fmt_marks(-4.0), "-4");
        assert_eq!(fmt_marks(1e20), "100000000000000000000");
        assert_eq!(fmt_marks(f64::INFINITY), "inf");
    }

    proptest::proptest! {
        /// Whole marks are written as a float with no decimals would be.
        #[test]
        fn whole_marks_read_as_floats_do(n in -1e12f64..1e12) {
            let whole = n.trunc() + 0.0;
            proptest::prop_assert_eq!(fmt_marks(whole), format!("{whole:.0}"));
        }
    }
}
