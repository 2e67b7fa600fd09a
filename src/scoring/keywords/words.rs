//! Words of a text, prepared for matching: split, normalised, stemmed, and indexed so a
//! keyword can find the words it may match without comparing itself with every one.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use foldhash::fast::RandomState;
use frostem::{Algorithm, Stemmer};

use super::index::{ByLength, Index};
use super::runs::{Runs, normalise};

/// One word, ready for comparison.
#[derive(Debug, Clone)]
pub(super) struct Word {
    /// Lowercased, apostrophes straightened, possessive dropped.
    pub(super) text: String,
    /// The Snowball English stem of `text`.
    pub(super) stem: String,
    /// The characters of `text`.
    pub(super) chars: Vec<char>,
    /// The characters of `stem`.
    pub(super) stem_chars: Vec<char>,
    /// For a pattern with `*`: its characters other than `*`; `None` without `*`.
    pub(super) wildcard_letters: Option<usize>,
    /// The set of characters of `text` (see [`letter_set`]).
    pub(super) letter_set: u64,
    /// The set of characters of `stem`.
    pub(super) stem_letter_set: u64,
}

/// The characters of a word as a set of 64 bits (a–z one bit each, other characters
/// sharing the rest). Two words within `n` edits each have at most `n` bits the other lacks,
/// so comparing sets rules most words out before comparing letters.
pub(super) fn letter_set(chars: &[char]) -> u64 {
    chars.iter().fold(0, |set, &c| {
        let bit = match c {
            'a'..='z' => c as u32 - 'a' as u32,
            _ => 26 + (c as u32 % 38),
        };
        set | 1 << bit
    })
}

/// Whether two letter sets allow the words to be within `typos` edits of each other.
pub(super) fn sets_within(a: u64, b: u64, typos: usize) -> bool {
    (a & !b).count_ones() as usize <= typos && (b & !a).count_ones() as usize <= typos
}

impl Word {
    fn new(text: String, stemmer: Stemmer) -> Self {
        let stem = if text.contains('*') {
            text.clone()
        } else {
            stemmer.stem(&text).into_owned()
        };
        let chars: Vec<char> = text.chars().collect();
        let stem_chars: Vec<char> = stem.chars().collect();
        let stars = chars.iter().filter(|&&c| c == '*').count();
        Self {
            wildcard_letters: (stars > 0).then(|| chars.len() - stars),
            letter_set: letter_set(&chars),
            stem_letter_set: letter_set(&stem_chars),
            stem_chars,
            chars,
            text,
            stem,
        }
    }

    /// Its length in characters.
    pub(super) fn letters(&self) -> usize {
        self.chars.len()
    }
}

/// Most words (or groups) a thread's caches keep before they start afresh.
pub(super) const PREPARED_LIMIT: usize = 50_000;

/// A hash map with a fast hash: keys here are words, not input an attacker picks to
/// collide (and a collision would only slow matching down).
pub(super) type FastMap<K, V> = HashMap<K, V, RandomState>;

thread_local! {
    /// Words already lowercased and stemmed. Stemming is the costly part of matching, and
    /// the same words come back in answer after answer to the same activity. The cache
    /// changes no result: a word is always prepared the same way.
    static PREPARED: RefCell<FastMap<String, Arc<Word>>> = RefCell::new(FastMap::default());
}

/// The word, prepared once per thread.
fn prepared(text: &str, stemmer: Stemmer) -> Arc<Word> {
    PREPARED.with_borrow_mut(|cache| {
        if let Some(word) = cache.get(text) {
            return Arc::clone(word);
        }
        if cache.len() >= PREPARED_LIMIT {
            cache.clear();
        }
        let word = Arc::new(Word::new(text.to_string(), stemmer));
        cache.insert(text.to_string(), Arc::clone(&word));
        word
    })
}

/// The words of a text, split, lowercased and stemmed once for every group matched on it.
/// Each distinct word is prepared (and later compared) once, however often it is written.
#[derive(Debug, Clone, Default)]
pub struct Words {
    /// The distinct words, in order of first appearance.
    pub(super) distinct: Vec<Arc<Word>>,
    /// The text's words, as indices into `distinct`.
    pub(super) sequence: Vec<usize>,
    /// Index of each distinct word by its text.
    by_text: Index<false>,
    /// The first distinct word of each stem; the others follow through `same_stem`.
    by_stem: Index<true>,
    /// For each distinct word, the next one with the same stem.
    same_stem: Vec<Option<usize>>,
    /// Distinct words by length in characters.
    by_letters: ByLength,
    /// Distinct words by the length of their stem.
    by_stem_letters: ByLength,
    /// The text's length in words, as [`crate::text::word_count`] counts them.
    counted: usize,
    /// Room for a word being lowercased, kept from word to word and text to text.
    room: String,
}

impl Words {
    /// Splits a text into words (see the module documentation of `keywords`).
    pub fn new(text: &str) -> Self {
        let mut words = Self::default();
        words.refill(text);
        words
    }

    /// Splits `text` into these words instead, reusing the room the words held before had
    /// (see [`super::with_words`]).
    pub(super) fn refill(&mut self, text: &str) {
        let stemmer = Stemmer::new(Algorithm::English);
        let Self {
            distinct,
            sequence,
            by_text,
            by_stem,
            same_stem,
            by_letters,
            by_stem_letters,
            counted,
            room,
        } = self;
        distinct.clear();
        sequence.clear();
        by_text.clear();
        by_stem.clear();
        same_stem.clear();
        // English runs to about six characters a word with its space: room for every word
        // at once rather than growing by doubling.
        sequence.reserve(text.len() / 6 + 1);
        let mut runs = Runs::new(text);
        for (raw, marked) in runs.by_ref() {
            // Most words need nothing changed, nothing copied.
            let word = if marked {
                match normalise(raw, room) {
                    Some(word) => word,
                    None => continue,
                }
            } else {
                raw
            };
            sequence.push(by_text.get_or_add(word, distinct, || prepared(word, stemmer)));
        }
        *counted = runs.word_count();
        same_stem.resize(distinct.len(), None);
        // From the last word back, so each stem's chain runs in order of appearance.
        for (i, word) in distinct.iter().enumerate().rev() {
            if let Some(next) = by_stem.insert(word, i) {
                same_stem[i] = Some(next);
            }
        }
        by_letters.refill(distinct.iter().map(|w| w.letters()));
        by_stem_letters.refill(distinct.iter().map(|w| w.stem_chars.len()));
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.sequence.len()
    }

    /// The text's length in words as [`crate::text::word_count`] gives it (hyphenated
    /// words count once, where matching splits them), counted in the same pass.
    pub fn word_count(&self) -> usize {
        self.counted
    }

    /// Whether there are no words.
    pub fn is_empty(&self) -> bool {
        self.sequence.is_empty()
    }

    /// The words in order.
    pub(super) fn in_order(&self) -> impl Iterator<Item = &Arc<Word>> {
        self.sequence.iter().map(|&i| &self.distinct[i])
    }

    /// The distinct word written `text`, if any.
    pub(super) fn with_text(&self, text: &str) -> Option<usize> {
        self.by_text.get(text)
    }

    /// The distinct words whose stem is `stem`.
    pub(super) fn with_stem(&self, stem: &str) -> impl Iterator<Item = usize> + '_ {
        let first = self.by_stem.get(stem);
        std::iter::successors(first, |&i| self.same_stem[i])
    }

    /// The distinct words of `low..=high` characters.
    pub(super) fn with_letters(&self, low: usize, high: usize) -> &[usize] {
        self.by_letters.within(low, high)
    }

    /// The distinct words whose stem has `low..=high` characters.
    pub(super) fn with_stem_letters(&self, low: usize, high: usize) -> &[usize] {
        self.by_stem_letters.within(low, high)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_drop_possessives_and_split_hyphens() {
        let words = Words::new("Stalin’s Nazi-Soviet pact; 'quoted' pact");
        let texts: Vec<&str> = words.in_order().map(|w| w.text.as_str()).collect();
        assert_eq!(
            texts,
            ["stalin", "nazi", "soviet", "pact", "quoted", "pact"]
        );
        assert_eq!(words.distinct.len(), 5);
        assert!(Words::new(" -- ").is_empty());
    }

    proptest::proptest! {
        /// The one-pass split finds the words splitting on characters does.
        #[test]
        fn runs_split_as_characters_do(text in "[a-zA-Z0-9 '’*,.Éé\u{2014}\u{0130}-]{0,40}") {
            let by_chars: Vec<String> = text
                .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '*'))
                .filter_map(|w| {
                    let lower = w.to_lowercase().replace('’', "'");
                    let trimmed = lower.trim_matches('\'');
                    let word = trimmed.strip_suffix("'s").unwrap_or(trimmed);
                    (!word.is_empty()).then(|| word.to_string())
                })
                .collect();
            let words = Words::new(&text);
            let found: Vec<String> = words.in_order().map(|w| w.text.clone()).collect();
            proptest::prop_assert_eq!(found, by_chars);
        }

        /// Words count a text as `word_count` does, in the pass that splits it.
        #[test]
        fn words_count_as_word_count_does(text in "[a-zA-Z0-9 '’*,.Éé\u{2014}\u{0130}\n-]{0,40}") {
            proptest::prop_assert_eq!(Words::new(&text).word_count(), crate::text::word_count(&text));
        }

        /// Words refilled with a new text are the words of that text alone.
        #[test]
        fn refilled_words_forget_the_text_before(
            before in "[a-zA-Z ']{0,60}",
            text in "[a-zA-Z ']{0,60}",
        ) {
            let mut refilled = Words::new(&before);
            refilled.refill(&text);
            let fresh = Words::new(&text);
            let texts = |w: &Words| w.in_order().map(|w| w.text.clone()).collect::<Vec<_>>();
            proptest::prop_assert_eq!(texts(&refilled), texts(&fresh));
            for low in 0..12 {
                for high in low..12 {
                    proptest::prop_assert_eq!(
                        refilled.with_letters(low, high),
                        fresh.with_letters(low, high)
                    );
                    proptest::prop_assert_eq!(
                        refilled.with_stem_letters(low, high),
                        fresh.with_stem_letters(low, high)
                    );
                }
            }
            for word in before.split(' ').chain(text.split(' ')) {
                let word = word.to_lowercase();
                proptest::prop_assert_eq!(refilled.with_text(&word), fresh.with_text(&word));
                let stems = |w: &Words| w.with_stem(&word).collect::<Vec<_>>();
                proptest::prop_assert_eq!(stems(&refilled), stems(&fresh));
            }
        }
    }

    #[test]
    fn words_are_found_by_text_stem_and_length() {
        let words = Words::new("treaties treaty pact pacts the");
        assert_eq!(words.with_text("pact"), Some(2));
        assert_eq!(words.with_text("pacted"), None);
        // Words of more than eight bytes are kept apart from shorter ones.
        let long = Words::new("alliance alliances allianc alliances");
        assert_eq!(long.distinct.len(), 3);
        assert_eq!(long.with_text("alliances"), Some(1));
        assert_eq!(long.with_text("allianc"), Some(2));
        assert_eq!(long.with_text("alliancesx"), None);
        assert_eq!(long.sequence, [0, 1, 2, 1]);
        // Stems long and short: each word is found by its own stem, with every word that
        // shares it and no other.
        let text = "revolutionary revolutionaries revolution treaties treaty internationalists";
        let stems = Words::new(text);
        assert!(stems.distinct.iter().any(|w| w.stem.len() > 8));
        for (i, word) in stems.distinct.iter().enumerate() {
            let found: Vec<usize> = stems.with_stem(&word.stem).collect();
            let same: Vec<usize> = (0..stems.distinct.len())
                .filter(|&j| stems.distinct[j].stem == word.stem)
                .collect();
            assert!(found.contains(&i), "{}", word.text);
            assert_eq!(found, same, "{}", word.text);
        }
        assert_eq!(words.with_stem("treati").collect::<Vec<_>>(), [0, 1]);
        assert_eq!(words.with_letters(4, 5), [2, 3]);
        assert_eq!(words.with_letters(3, 3), [4]);
        assert!(words.with_letters(9, 12).is_empty());
        assert!(Words::default().with_letters(0, 5).is_empty());
        let mut by_stem = words.with_stem_letters(0, 100).to_vec();
        by_stem.sort_unstable();
        assert_eq!(by_stem, [0, 1, 2, 3, 4]);
    }
}
