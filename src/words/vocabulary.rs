//! The words a text speaks of, by stem: to tell whether a word of an answer is one the
//! activity or its sources use, and how many everyday English words they happen to use
//! (see [`super::frequent`]), which is how many words of any other subject they share.

use frostem::{Algorithm, Stemmer};

use super::{Word, frequent, split_words, stem_of};

/// The stems of the words of some texts, and which everyday words they use.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    stems: foldhash::HashSet<String>,
    /// One bit for each of [`frequent::everyday`]: whether these texts use it.
    everyday: Vec<u64>,
}

impl Vocabulary {
    /// The words of `texts`.
    pub fn of<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        let stemmer = Stemmer::new(Algorithm::English);
        let mut stems = foldhash::HashSet::default();
        for text in texts {
            stems.extend(split_words(text).map(|w| stem_of(&w, &stemmer)));
        }
        let everyday = frequent::everyday();
        let mut bits = vec![0; everyday.len().div_ceil(64)];
        for (i, stem) in everyday.iter().enumerate() {
            if stems.contains(stem) {
                bits[i / 64] |= 1 << (i % 64);
            }
        }
        Self {
            stems,
            everyday: bits,
        }
    }

    /// How many distinct stems it holds.
    pub(crate) fn len(&self) -> usize {
        self.stems.len()
    }

    /// Whether `word` has the stem of a word of these texts.
    pub(crate) fn knows(&self, word: &Word) -> bool {
        self.stems.contains(&word.stem)
    }

    /// The share (0 to 1) of everyday English words that any of `vocabularies` uses.
    pub(crate) fn everyday_share<'v>(vocabularies: impl IntoIterator<Item = &'v Self>) -> f64 {
        let mut used = vec![0u64; frequent::everyday().len().div_ceil(64)];
        for vocabulary in vocabularies {
            for (all, bits) in used.iter_mut().zip(&vocabulary.everyday) {
                *all |= bits;
            }
        }
        let used: u32 = used.iter().map(|bits| bits.count_ones()).sum();
        f64::from(used) / frequent::everyday().len() as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::Words;

    #[test]
    fn a_word_is_known_by_its_stem() {
        let known = Vocabulary::of(["Raising the temperature gives the particles more energy."]);
        let words = Words::new("particle raised energetic football");
        let knows: Vec<bool> = words.distinct.iter().map(|w| known.knows(w)).collect();
        assert_eq!(knows, [true, true, false, false]);
    }

    #[test]
    fn the_everyday_words_used_are_counted_once_over_several_vocabularies() {
        let lunch = Vocabulary::of(["We ate lunch at noon."]);
        let both = Vocabulary::of(["Lunch at noon."]);
        let none = Vocabulary::of(["Glucose and insulin."]);
        let one = Vocabulary::everyday_share([&lunch]);
        assert!(one > 0.0);
        assert_eq!(Vocabulary::everyday_share([&lunch, &both]), one);
        assert_eq!(Vocabulary::everyday_share([&none]), 0.0);
    }
}
