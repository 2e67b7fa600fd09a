//! Words that say "not" with a prefix, each with the word it denies ("unreliable" is "not
//! reliable", "distrust" is "not trust"), from WordNet's antonyms
//! (`assets/wordnet/negations.txt`, built by `scripts/wordnet-negations.py`): adjectives,
//! and the few verbs whose prefix denies rather than undoes ("disarm" is not "not arm").
//! An accepted word among them is also matched as "not" and its base, so that "Chamberlain
//! does not trust us" makes the point keyed `"distrust*"`. So is an adjective accepted
//! alone that WordNet gives exactly one antonym (`assets/wordnet/antonyms.txt`, built by
//! the same script): "the bread is not fresh" makes the point keyed `"stale"`.

use std::sync::LazyLock;

/// The table, one "word base" pair a line, in byte order of the words.
const NEGATIONS: &str = include_str!("../../assets/wordnet/negations.txt");

/// The table as pairs.
static PAIRS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| pairs(NEGATIONS));

/// Adjectives with exactly one antonym, one "word antonym" pair a line, in byte order.
const ANTONYMS: &str = include_str!("../../assets/wordnet/antonyms.txt");

/// The antonyms as pairs.
static ANTONYM_PAIRS: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| pairs(ANTONYMS));

/// A table of "word other" lines as pairs.
fn pairs(table: &'static str) -> Vec<(&'static str, &'static str)> {
    table
        .lines()
        .filter_map(|line| line.split_once(' '))
        .collect()
}

/// The other word of `word`'s pair in a table of pairs in byte order of their words.
fn look_up(pairs: &[(&'static str, &'static str)], word: &str) -> Option<&'static str> {
    pairs
        .binary_search_by(|&(first, _)| first.cmp(word))
        .ok()
        .map(|i| pairs[i].1)
}

/// A pattern word without its trailing `*`, and the `*` (or nothing).
fn split_star(word: &str) -> (&str, &str) {
    match word.strip_suffix('*') {
        Some(bare) => (bare, "*"),
        None => (word, ""),
    }
}

/// An accepted adjective alone said as "not" and its only antonym ("stale" as "not fresh",
/// "cheap*" as "not expensive*"); `None` for a phrase or any other word. The antonym is to
/// be matched without its synonyms: "stale" is "not fresh", not "not new".
pub(crate) fn said_with_antonym(text: &str) -> Option<String> {
    let (bare, star) = split_star(text);
    if bare.contains(' ') {
        return None;
    }
    let antonym = look_up(&ANTONYM_PAIRS, &bare.to_lowercase())?;
    Some(format!("not {antonym}{star}"))
}

/// The word a word with a negative prefix denies ("unreliable" → "reliable"); `None` for
/// any other word.
pub(crate) fn denied_by(word: &str) -> Option<&'static str> {
    look_up(&PAIRS, word)
}

/// A phrase with each word that says "not" with a prefix written as "not" and the word it
/// denies ("distrust* of Stalin" as "not trust* of Stalin"); `None` when it has no such word.
pub(crate) fn said_with_not(text: &str) -> Option<String> {
    let mut changed = false;
    let words: Vec<String> = text
        .split(' ')
        .map(|word| {
            let (bare, star) = split_star(word);
            match denied_by(&bare.to_lowercase()) {
                Some(base) => {
                    changed = true;
                    format!("not {base}{star}")
                }
                None => word.to_string(),
            }
        })
        .collect();
    changed.then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_in_byte_order() {
        assert!(PAIRS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(PAIRS.len() > 500);
        assert!(ANTONYM_PAIRS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(ANTONYM_PAIRS.len() > 500);
    }

    #[test]
    fn an_adjective_with_one_antonym_is_said_with_not() {
        assert_eq!(said_with_antonym("stale").as_deref(), Some("not fresh"));
        assert_eq!(
            said_with_antonym("Cheap*").as_deref(),
            Some("not expensive*")
        );
        // Several antonyms ("fresh": stale, salty, preserved), a phrase, a noun: none.
        assert_eq!(said_with_antonym("fresh"), None);
        assert_eq!(said_with_antonym("stale bread"), None);
        assert_eq!(said_with_antonym("treaty"), None);
    }

    #[test]
    fn a_word_with_a_negative_prefix_is_said_with_not() {
        assert_eq!(said_with_not("distrust*").as_deref(), Some("not trust*"));
        assert_eq!(
            said_with_not("Unreliable allies").as_deref(),
            Some("not reliable allies")
        );
        assert_eq!(said_with_not("disarm"), None);
        assert_eq!(said_with_not("discover"), None);
        assert_eq!(said_with_not("low opinion"), None);
    }
}
