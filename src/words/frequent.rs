//! How common an English word is, from WordNet's sense-tagged counts
//! (`assets/wordnet/frequent.txt`, built by `scripts/wordnet-frequent.py`): the 4,000 words
//! most often tagged in a corpus of news, fiction and essays on every subject, most
//! frequent first. The first [`COMMON_WORDS`] are words any text uses ("year", "place",
//! "good", "war"); on their own they do not tell what a text is about. The rest are a
//! sample of everyday English ("lunch", "crowd", "treaty"), by which to tell how many
//! words of any subject a vocabulary happens to share (see [`super::Vocabulary`]).

use std::sync::LazyLock;

use frostem::{Algorithm, Stemmer};

use super::known::known;
use super::stem_of;

/// The list, one word a line, most frequent first.
const FREQUENT: &str = include_str!("../../assets/wordnet/frequent.txt");

/// How many of the most frequent words are common ones.
pub const COMMON_WORDS: usize = 1000;

/// The stems of the listed words, in the list's order, as the known words have them (see
/// [`super::known`], which prepares every listed word).
static STEMS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let stemmer = Stemmer::new(Algorithm::English);
    listed()
        .map(|word| known(word).map_or_else(|| stem_of(word, &stemmer), |w| w.stem.clone()))
        .collect()
});

/// The listed words, most frequent first.
pub(super) fn listed() -> impl Iterator<Item = &'static str> {
    FREQUENT.lines()
}

/// The stems of the common words.
static COMMON: LazyLock<foldhash::HashSet<&'static str>> =
    LazyLock::new(|| STEMS[..COMMON_WORDS].iter().map(String::as_str).collect());

/// Whether a word, by its stem, is one any text uses.
pub(crate) fn is_common(stem: &str) -> bool {
    COMMON.contains(stem)
}

/// The stems of all the listed words.
static LISTED: LazyLock<foldhash::HashSet<&'static str>> =
    LazyLock::new(|| STEMS.iter().map(String::as_str).collect());

/// Whether a word, by its stem, is one of the listed words: common or everyday English.
pub(crate) fn is_frequent(stem: &str) -> bool {
    LISTED.contains(stem)
}

/// The stems of the everyday words: the listed words past the common ones.
pub(crate) fn everyday() -> &'static [String] {
    &STEMS[COMMON_WORDS..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_words_are_told_from_everyday_and_topic_words() {
        let stemmer = Stemmer::new(Algorithm::English);
        let stem = |w: &str| stem_of(w, &stemmer);
        for common in ["year", "years", "good", "place", "war", "government"] {
            assert!(is_common(&stem(common)), "{common}");
        }
        for rarer in ["lunch", "referee", "treaty", "glucose", "appeasement"] {
            assert!(!is_common(&stem(rarer)), "{rarer}");
        }
        assert!(everyday().contains(&stem("lunch")));
        assert_eq!(everyday().len(), FREQUENT.lines().count() - COMMON_WORDS);
    }
}
