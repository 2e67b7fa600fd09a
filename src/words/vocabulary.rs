//! The words a text speaks of: the stems of its words and the groups of synonyms they are
//! in, to tell whether a word of an answer is one the activity or its sources use, or a
//! synonym of one.

use frostem::{Algorithm, Stemmer};

use super::{Word, split_words};

/// The stems of the words of some texts, and the groups of synonyms those words are in.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    stems: foldhash::HashSet<String>,
    synonyms: foldhash::HashSet<u32>,
}

impl Vocabulary {
    /// Adds the words of `text`.
    pub fn add(&mut self, text: &str) {
        let stemmer = Stemmer::new(Algorithm::English);
        for word in split_words(text) {
            let word = Word::new(word.into_owned(), &stemmer);
            self.synonyms.extend(word.synonyms.iter().copied());
            self.stems.insert(word.stem);
        }
    }

    /// How many distinct stems it holds.
    pub(crate) fn len(&self) -> usize {
        self.stems.len()
    }

    /// Whether `word` has the stem of a word of these texts, or is a synonym of one.
    pub(crate) fn knows(&self, word: &Word) -> bool {
        self.stems.contains(&word.stem) || word.synonyms.iter().any(|g| self.synonyms.contains(g))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::Words;

    #[test]
    fn a_word_is_known_by_its_stem_or_a_synonym() {
        let mut known = Vocabulary::default();
        known.add("Raising the temperature gives the particles more energy.");
        let words = Words::new("particle raised energetic help football");
        let knows: Vec<bool> = words.distinct.iter().map(|w| known.knows(w)).collect();
        assert_eq!(knows[..2], [true, true]);
        assert!(!knows[4], "football");
    }
}
