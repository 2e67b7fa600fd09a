//! Words prepared once for the whole program: the small words every sentence has
//! ([`SENTENCE_WORDS`]) and the most frequent words of WordNet's counts (see
//! [`super::frequent`]). Most of the distinct words of an answer are among them, so most are
//! split and stemmed once, not once for each answer they are in; any other word is
//! prepared when it is met.

use std::sync::LazyLock;

use frostem::{Algorithm, Stemmer};

use super::{SENTENCE_WORDS, Word, frequent};

/// Every known word, prepared, by its text.
static KNOWN: LazyLock<foldhash::HashMap<&'static str, Word>> = LazyLock::new(|| {
    let stemmer = Stemmer::new(Algorithm::English);
    SENTENCE_WORDS
        .iter()
        .copied()
        .chain(frequent::listed())
        .map(|text| (text, Word::new(text.to_string(), &stemmer)))
        .collect()
});

/// The word `text` (as [`super::words_at`] splits it) prepared, if it is a known word.
pub(super) fn known(text: &str) -> Option<&'static Word> {
    KNOWN.get(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_known_word_is_prepared_as_any_other_word() {
        let stemmer = Stemmer::new(Algorithm::English);
        for text in ["the", "wasn't", "government", "fought", "years", "be"] {
            if let Some(word) = known(text) {
                let fresh = Word::new(text.to_string(), &stemmer);
                assert_eq!(word.stem, fresh.stem, "{text}");
                assert_eq!(word.synonyms, fresh.synonyms, "{text}");
                assert_eq!(word.negation, fresh.negation, "{text}");
                assert_eq!(word.chars, fresh.chars, "{text}");
            }
        }
        assert!(known("the").is_some() && known("government").is_some());
        assert!(known("appeasement").is_none());
    }
}
