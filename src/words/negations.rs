//! Words that say "not" with a prefix, each with the word it denies ("unreliable" is "not
//! reliable", "distrust" is "not trust"), from WordNet's antonyms
//! (`assets/wordnet/negations.txt`, built by `scripts/wordnet-negations.py`): adjectives,
//! and the few verbs whose prefix denies rather than undoes ("disarm" is not "not arm").
//! An accepted word among them is also matched as "not" and its base, so that "Chamberlain
//! does not trust us" makes the point keyed `"distrust*"`.

use std::sync::LazyLock;

/// The table, one "word base" pair a line, in byte order of the words.
const NEGATIONS: &str = include_str!("../../assets/wordnet/negations.txt");

/// The table as pairs.
static PAIRS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    NEGATIONS
        .lines()
        .filter_map(|line| line.split_once(' '))
        .collect()
});

/// The word a word with a negative prefix denies ("unreliable" → "reliable"); `None` for
/// any other word.
pub(crate) fn denied_by(word: &str) -> Option<&'static str> {
    PAIRS
        .binary_search_by(|&(negative, _)| negative.cmp(word))
        .ok()
        .map(|i| PAIRS[i].1)
}

/// A phrase with each word that says "not" with a prefix written as "not" and the word it
/// denies ("distrust* of Stalin" as "not trust* of Stalin"); `None` when it has no such word.
pub(crate) fn said_with_not(text: &str) -> Option<String> {
    let mut changed = false;
    let words: Vec<String> = text
        .split(' ')
        .map(|word| {
            let (bare, star) = match word.strip_suffix('*') {
                Some(bare) => (bare, "*"),
                None => (word, ""),
            };
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
