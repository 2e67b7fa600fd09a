//! A correction ("Actually, …", "No wait, …") that denies something the sentence before
//! said takes that sentence back (see [`super`]).

use std::ops::Range;

use crate::scoring::clauses::negation::is_plain_negation;
use crate::scoring::clauses::{Clauses, is_sentence_word};
use crate::words::{denied_by, stem};

/// Openings that correct what was said before: followed by a denial of something the
/// sentence before said, they take it back.
const CORRECTIONS: &[&[&str]] = &[
    &["actually"],
    &["no", "actually"],
    &["no", "wait"],
    &["wait"],
    &["wait", "no"],
    &["on", "second", "thought"],
    &["on", "second", "thoughts"],
];

/// The fewest letters two stems must have in common at their start to be one word's, for a
/// correction to deny what the sentence before said ("ambitious" and "ambition", "guilty"
/// and "guilt").
const SHARED_STEM_LETTERS: usize = 5;

impl Clauses<'_> {
    /// Whether the sentence of words `sentence` opens with one of [`CORRECTIONS`], denies
    /// something, and has a word that says something (not a name) that the sentence
    /// `previous` has too, or the word it denies with a prefix ("disloyal", "loyal"): the
    /// same stem, or stems whose first [`SHARED_STEM_LETTERS`] letters are the same.
    pub(super) fn corrects(&self, sentence: Range<usize>, previous: Range<usize>) -> bool {
        let opens = CORRECTIONS
            .iter()
            .any(|correction| self.says_at(sentence.start, correction));
        if !opens || !sentence.clone().any(|i| is_plain_negation(self.word(i))) {
            return false;
        }
        let saying = |i: &usize| {
            let word = self.word(*i);
            !is_sentence_word(word) && !is_plain_negation(word)
        };
        let before: Vec<String> = previous
            .filter(saying)
            .map(|i| stem(self.word(i)))
            .collect();
        let shared = |word: &str| {
            let own = stem(word);
            before.iter().any(|other| {
                *other == own
                    || (own.len().min(other.len()) >= SHARED_STEM_LETTERS
                        && own.as_bytes()[..SHARED_STEM_LETTERS]
                            == other.as_bytes()[..SHARED_STEM_LETTERS])
            })
        };
        sentence
            .filter(saying)
            .filter(|&i| !self.capitalised(i))
            .any(|i| shared(self.word(i)) || denied_by(self.word(i)).is_some_and(shared))
    }
}
