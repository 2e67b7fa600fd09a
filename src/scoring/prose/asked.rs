//! The question an answer is to: a point made only in the question's own words (and small
//! or vague ones) says the question back and earns nothing.

use super::{Prompt, Read};
use crate::scoring::clauses::is_sentence_word;
use crate::scoring::keywords::Words;

/// Why a point in the question's own words earns nothing.
pub(super) const ASKED: &str = "the question's own words: answer it in words of your own";

/// Words that say nothing in particular: a sentence of these and the question's words says
/// the question back.
const VAGUE: &[&str] = &[
    "anything",
    "everything",
    "happen",
    "happened",
    "happens",
    "something",
    "stuff",
    "thing",
    "things",
];

/// The stems of a question's words.
pub(super) fn stems(question: &str) -> Vec<String> {
    let words = Words::new(question);
    words.distinct.iter().map(|w| w.stem.clone()).collect()
}

/// The question an answer is to, for telling an answer that only says it back.
pub(super) struct Asked<'a> {
    /// The alternatives of the group being marked that the question itself holds.
    pub(super) alternatives: &'a [usize],
    /// The question, where there is one.
    pub(super) question: Option<Prompt<'a>>,
}

impl Asked<'_> {
    /// Whether `alternative`, found at word `at`, only says the question back: the question
    /// holds it, and its sentence has no word besides small ones, vague ones ("things",
    /// "happen") and the question's own ("A vaccine contains things and it doesn't make you
    /// ill" to *What does a vaccine contain, and why doesn't it make you ill?*; not "run the
    /// algorithm and see how long it takes" to *How is the running time of an algorithm
    /// measured?*).
    pub(super) fn repeated(&self, read: &Read<'_>, alternative: usize, at: usize) -> bool {
        let Some(question) = self.question else {
            return false;
        };
        if !self.alternatives.contains(&alternative) {
            return false;
        }
        let stems = question.stems();
        read.clauses.sentence_words(at).all(|i| {
            let word = &read.words.distinct[read.words.sequence[i]];
            is_sentence_word(&word.text)
                || VAGUE.contains(&word.text.as_str())
                || stems.contains(&word.stem)
        })
    }
}
