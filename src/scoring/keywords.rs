//! The keyword matcher: which of the points a teacher expects a written answer makes.
//!
//! **Words.** A text is split into words: runs of letters, digits and apostrophes. Hyphens,
//! dashes and punctuation separate words, so "Nazi-Soviet", "Nazi–Soviet" and "Nazi Soviet"
//! are the same two words. Words are lowercased, curly apostrophes made straight, and a
//! possessive `'s` dropped ("Stalin's" is "stalin").
//!
//! **Alternatives.** Each alternative of a [`KeywordGroup`] is split the same way; a phrase
//! matches where its words appear one after another, in order. A word of an alternative
//! matches a word of the text when:
//!
//! - it contains `*`: the pattern matches the whole word, `*` standing for any run of
//!   letters, possibly none (`appease*` matches "appease", "appeasement"); if the pattern
//!   has five letters or more besides `*` and the word too, up to `typos` edits are allowed
//!   (`appease*` matches "apeasement");
//! - otherwise, when the two are equal; or, if the group stems, when their Snowball English
//!   stems are equal ("treaties" and "treaty"); or, if both have five letters or more, when
//!   their Damerau edit distance is at most the group's `typos` — comparing the stems too
//!   when the group stems ("apeasment" and "appeasement": stems "apeas" and "appeas").
//!
//! **Occurrences.** The text is read from the first word to the last; where alternatives
//! match, the longest is one occurrence and reading goes on after it. A group earns
//! `points × min(occurrences found, group.occurrences)`.

use crate::activity::KeywordGroup;
pub use crate::words::Words;
use crate::words::{Phrases, Word};

mod spelling;

pub use spelling::wildcard_match;
use spelling::{missing_letters, wildcard_distance, wildcard_match_chars, within_typos};

/// Words shorter than this never match by typo allowance.
pub const TYPO_MIN_LETTERS: usize = 5;

/// How a keyword group fared in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupMatch {
    /// Occurrences found, all of them.
    pub found: u32,
    /// Occurrences that earn marks: at most the group's `occurrences`.
    pub counted: u32,
    /// Marks earned: `points × counted`.
    pub marks: f64,
    /// The words matched, occurrence by occurrence, as lowercased in the text.
    pub matched: Vec<String>,
}

/// Matches every group against a text, in the groups' order.
pub fn match_groups(groups: &[KeywordGroup], text: &str) -> Vec<GroupMatch> {
    let words = Words::new(text);
    groups.iter().map(|g| match_group(g, &words)).collect()
}

/// Matches one group against words already split.
pub fn match_group(group: &KeywordGroup, words: &Words) -> GroupMatch {
    let rules = Rules {
        stem: group.stem,
        typos: group.typos as usize,
    };
    let spans = rules.occurrences(&group.alternatives, words);
    let found = u32::try_from(spans.len()).unwrap_or(u32::MAX);
    let counted = found.min(group.occurrences);
    GroupMatch {
        found,
        counted,
        marks: group.points * f64::from(counted),
        matched: spans
            .iter()
            .map(|&(at, len)| {
                let texts: Vec<&str> = words.sequence[at..at + len]
                    .iter()
                    .map(|&w| words.distinct[w].text.as_str())
                    .collect();
                texts.join(" ")
            })
            .collect(),
    }
}

/// Whether a text mentions any of `alternatives`, matched as a keyword group with the
/// defaults authors get (stemming on, one typo allowed).
pub fn mentions(alternatives: &[String], text: &str) -> bool {
    let rules = Rules {
        stem: true,
        typos: 1,
    };
    let phrases = Phrases::from(alternatives.to_vec());
    !rules.occurrences(&phrases, &Words::new(text)).is_empty()
}

/// How a group's words match: by stem or not, and how many typos are allowed.
struct Rules {
    stem: bool,
    typos: usize,
}

impl Rules {
    /// The occurrences of `phrases` in `text`, read left to right without overlap, as
    /// (first word, number of words); where several phrases match, the longest.
    fn occurrences(&self, phrases: &Phrases, text: &Words) -> Vec<(usize, usize)> {
        let phrases = phrases.split();
        // Whether word k of the phrases matches distinct word d of the text, at
        // `k * distinct + d`: each distinct word is compared once, however often it is
        // written.
        let distinct = text.distinct.len();
        let table: Vec<bool> = phrases
            .words
            .iter()
            .flat_map(|pattern| {
                text.distinct
                    .iter()
                    .map(move |word| self.word_matches(pattern, word))
            })
            .collect();
        let sequence = &text.sequence;
        let mut found = Vec::new();
        let mut at = 0;
        while at < sequence.len() {
            let hit = phrases
                .spans
                .iter()
                .filter(|&&(first, len)| {
                    len <= sequence.len() - at
                        && (0..len).all(|k| table[(first + k) * distinct + sequence[at + k]])
                })
                .map(|&(_, len)| len)
                .max();
            match hit {
                Some(len) => {
                    found.push((at, len));
                    at += len;
                }
                None => at += 1,
            }
        }
        found
    }

    /// Whether a word of an alternative matches a word of a text (see the module
    /// documentation).
    fn word_matches(&self, pattern: &Word, word: &Word) -> bool {
        if let Some(letters) = pattern.wildcard_letters {
            return wildcard_match_chars(&pattern.chars, &word.chars)
                || (self.typos > 0
                    && letters >= TYPO_MIN_LETTERS
                    && word.letters() >= TYPO_MIN_LETTERS
                    && word.letters() + self.typos >= letters
                    && missing_letters(&pattern.chars, &word.chars) <= self.typos
                    && wildcard_distance(&pattern.chars, &word.chars) <= self.typos);
        }
        if pattern.text == word.text || (self.stem && pattern.stem == word.stem) {
            return true;
        }
        if self.typos == 0
            || pattern.letters() < TYPO_MIN_LETTERS
            || word.letters() < TYPO_MIN_LETTERS
        {
            return false;
        }
        within_typos(&pattern.chars, &word.chars, self.typos)
            || (self.stem && within_typos(&pattern.stem_chars, &word.stem_chars, self.typos))
    }
}
