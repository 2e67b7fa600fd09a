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

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use frostem::{Algorithm, Stemmer};

use crate::activity::KeywordGroup;

mod spelling;

pub use spelling::wildcard_match;
use spelling::{wildcard_distance, wildcard_match_chars, within_typos};

/// Words shorter than this never match by typo allowance.
pub const TYPO_MIN_LETTERS: usize = 5;

/// One word, ready for comparison.
#[derive(Debug, Clone)]
struct Word {
    /// Lowercased, apostrophes straightened, possessive dropped.
    text: String,
    /// The Snowball English stem of `text`.
    stem: String,
    /// The characters of `text`.
    chars: Vec<char>,
    /// The characters of `stem`.
    stem_chars: Vec<char>,
    /// For a pattern with `*`: its characters other than `*`; `None` without `*`.
    wildcard_letters: Option<usize>,
}

impl Word {
    fn new(text: String, stemmer: Stemmer) -> Self {
        let stem = if text.contains('*') {
            text.clone()
        } else {
            stemmer.stem(&text).into_owned()
        };
        let chars: Vec<char> = text.chars().collect();
        let stars = chars.iter().filter(|&&c| c == '*').count();
        Self {
            wildcard_letters: (stars > 0).then(|| chars.len() - stars),
            stem_chars: stem.chars().collect(),
            chars,
            text,
            stem,
        }
    }

    fn letters(&self) -> usize {
        self.chars.len()
    }
}

/// A word of a text as written: lowercased, curly apostrophes straightened, a possessive
/// `'s` dropped. `None` for a run of apostrophes.
fn normalise(raw: &str) -> Option<Cow<'_, str>> {
    let plain = !raw.contains(['\'', '’']) && !raw.chars().any(char::is_uppercase);
    if plain {
        // Most words: nothing to change, nothing to copy.
        return (!raw.is_empty()).then_some(Cow::Borrowed(raw));
    }
    let lower = raw.to_lowercase().replace('’', "'");
    let trimmed = lower.trim_matches('\'');
    let text = trimmed.strip_suffix("'s").unwrap_or(trimmed);
    (!text.is_empty()).then(|| Cow::Owned(text.to_string()))
}

/// Most words [`prepared`] keeps before it starts afresh.
const PREPARED_LIMIT: usize = 50_000;

thread_local! {
    /// Words already lowercased and stemmed. Stemming is the costly part of matching, and
    /// the same words come back in answer after answer to the same activity. The cache
    /// changes no result: a word is always prepared the same way.
    static PREPARED: RefCell<HashMap<String, Arc<Word>>> = RefCell::new(HashMap::new());
}

thread_local! {
    /// Each group's alternatives, split and stemmed once per thread rather than once per
    /// text marked; like [`PREPARED`], a cache that cannot change a result.
    static GROUPS: RefCell<HashMap<(String, bool, u32), std::rc::Rc<Alternatives>>> =
        RefCell::new(HashMap::new());
}

/// The alternatives of a group, prepared once per thread.
fn alternatives_of(alternatives: &[String], stem: bool, typos: u32) -> std::rc::Rc<Alternatives> {
    let key = (alternatives.join("\u{1f}"), stem, typos);
    GROUPS.with_borrow_mut(|cache| {
        if let Some(found) = cache.get(&key) {
            return std::rc::Rc::clone(found);
        }
        if cache.len() >= PREPARED_LIMIT {
            cache.clear();
        }
        let prepared = std::rc::Rc::new(Alternatives::new(alternatives, stem, typos));
        cache.insert(key, std::rc::Rc::clone(&prepared));
        prepared
    })
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
#[derive(Debug, Clone)]
pub struct Words {
    /// The distinct words, in order of first appearance.
    distinct: Vec<Arc<Word>>,
    /// The text's words, as indices into `distinct`.
    sequence: Vec<usize>,
}

impl Words {
    /// Splits a text into words (see the module documentation).
    pub fn new(text: &str) -> Self {
        let stemmer = Stemmer::new(Algorithm::English);
        let mut index: HashMap<Cow<'_, str>, usize> = HashMap::new();
        let mut distinct = Vec::new();
        let mut sequence = Vec::new();
        let raw = text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '*'));
        for word in raw.filter_map(normalise) {
            let next = distinct.len();
            let at = *index.entry(word).or_insert_with_key(|w| {
                distinct.push(prepared(w, stemmer));
                next
            });
            sequence.push(at);
        }
        Self { distinct, sequence }
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.sequence.len()
    }

    /// Whether there are no words.
    pub fn is_empty(&self) -> bool {
        self.sequence.is_empty()
    }

    /// The words in order.
    fn in_order(&self) -> impl Iterator<Item = &Arc<Word>> {
        self.sequence.iter().map(|&i| &self.distinct[i])
    }
}

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
    let alternatives = alternatives_of(&group.alternatives, group.stem, group.typos);
    let matched = alternatives.occurrences(words);
    let found = u32::try_from(matched.len()).unwrap_or(u32::MAX);
    let counted = found.min(group.occurrences);
    GroupMatch {
        found,
        counted,
        marks: group.points * f64::from(counted),
        matched,
    }
}

/// Whether a text mentions any of `alternatives`, matched as a keyword group with the
/// defaults authors get (stemming on, one typo allowed).
pub fn mentions(alternatives: &[String], text: &str) -> bool {
    let words = Words::new(text);
    !alternatives_of(alternatives, true, 1)
        .occurrences(&words)
        .is_empty()
}

/// A group's alternatives, split into words and stemmed.
struct Alternatives {
    phrases: Vec<Vec<Arc<Word>>>,
    stem: bool,
    typos: usize,
}

impl Alternatives {
    fn new(alternatives: &[String], stem: bool, typos: u32) -> Self {
        let phrases = alternatives
            .iter()
            .map(|a| Words::new(a).in_order().cloned().collect::<Vec<_>>());
        Self {
            phrases: phrases.filter(|p| !p.is_empty()).collect(),
            stem,
            typos: typos as usize,
        }
    }

    /// The occurrences in `words`, read left to right without overlap.
    fn occurrences(&self, words: &Words) -> Vec<String> {
        // Whether word k of phrase p matches distinct word d of the text: one table per
        // phrase, `k * distinct + d`.
        let distinct = words.distinct.len();
        let matches: Vec<(usize, Vec<bool>)> = self
            .phrases
            .iter()
            .map(|phrase| {
                let table = phrase
                    .iter()
                    .flat_map(|pattern| {
                        words.distinct.iter().map(|w| self.word_matches(pattern, w))
                    })
                    .collect();
                (phrase.len(), table)
            })
            .collect();
        let sequence = &words.sequence;
        let mut found = Vec::new();
        let mut at = 0;
        while at < sequence.len() {
            // The longest alternative that matches here.
            let hit = matches
                .iter()
                .filter(|(len, table)| {
                    *len <= sequence.len() - at
                        && (0..*len).all(|k| table[k * distinct + sequence[at + k]])
                })
                .map(|(len, _)| *len)
                .max();
            match hit {
                Some(len) => {
                    let text: Vec<&str> = sequence[at..at + len]
                        .iter()
                        .map(|&w| words.distinct[w].text.as_str())
                        .collect();
                    found.push(text.join(" "));
                    at += len;
                }
                None => at += 1,
            }
        }
        found
    }

    fn word_matches(&self, pattern: &Word, word: &Word) -> bool {
        if let Some(letters) = pattern.wildcard_letters {
            return wildcard_match_chars(&pattern.chars, &word.chars)
                || (self.typos > 0
                    && letters >= TYPO_MIN_LETTERS
                    && word.letters() >= TYPO_MIN_LETTERS
                    && word.letters() + self.typos >= letters
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
}
