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

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use std::thread::LocalKey;

use super::shared::explaining;
use crate::activity::KeywordGroup;

mod index;
mod runs;
mod spelling;
mod words;

pub use spelling::wildcard_match;
use spelling::{missing_letters, wildcard_distance, wildcard_match_chars, within_typos};
pub use words::Words;
use words::{FastMap, PREPARED_LIMIT, Word, letter_set, sets_within};

/// Words shorter than this never match by typo allowance.
pub const TYPO_MIN_LETTERS: usize = 5;

thread_local! {
    /// Each group's alternatives, split and stemmed once per thread rather than once per
    /// text marked; a cache that cannot change a result. Found by where the group's list
    /// lives (a unit's groups stay put while it is marked), and kept only while the list
    /// there is still the same.
    static GROUPS: RefCell<PreparedGroups> = RefCell::new(FastMap::default());
    /// Room for the words of the text being marked, kept from one text to the next.
    static TEXT_WORDS: RefCell<Words> = RefCell::new(Words::default());
    /// Room for a group's match table, where its alternatives may start, and what it found.
    static TABLES: RefCell<MatchRoom> = const {
        RefCell::new(MatchRoom { table: Vec::new(), starts: Vec::new(), found: Vec::new() })
    };
}

/// Runs `f` with the room this thread keeps in `kept`, or with fresh room when that is
/// already in use further up the thread.
fn with_room<R: Default, T>(kept: &'static LocalKey<RefCell<R>>, f: impl FnOnce(&mut R) -> T) -> T {
    kept.with(|room| match room.try_borrow_mut() {
        Ok(mut room) => f(&mut room),
        Err(_) => f(&mut R::default()),
    })
}

/// Runs `f` on the words of `text`, split into room this thread keeps from one text to the
/// next: marking a class splits thousands of texts, and the room for one fits the next.
pub(crate) fn with_words<T>(text: &str, f: impl FnOnce(&Words) -> T) -> T {
    with_room(&TEXT_WORDS, |words| {
        words.refill(text);
        f(words)
    })
}

/// Room for matching one group, kept from one group to the next.
#[derive(Default)]
struct MatchRoom {
    /// See [`Alternatives::fill_table`].
    table: Vec<bool>,
    /// Whether some alternative's first word matches each distinct word.
    starts: Vec<bool>,
    /// The occurrences, as (first word, number of words).
    found: Vec<(usize, usize)>,
}

/// Where a group's alternatives live, how many there are, and how they match.
type GroupKey = (usize, usize, bool, u32);

/// Prepared alternatives by [`GroupKey`], with the texts they were prepared from.
type PreparedGroups = FastMap<GroupKey, (Vec<String>, Rc<Alternatives>)>;

/// The alternatives of a group, prepared once per thread.
fn alternatives_of(alternatives: &[String], stem: bool, typos: u32) -> Rc<Alternatives> {
    let key = (
        alternatives.as_ptr() as usize,
        alternatives.len(),
        stem,
        typos,
    );
    GROUPS.with_borrow_mut(|cache| {
        // The same place may hold another list later (a unit freed, another loaded): the
        // texts decide.
        if let Some((texts, found)) = cache.get(&key)
            && texts.as_slice() == alternatives
        {
            return Rc::clone(found);
        }
        if cache.len() >= PREPARED_LIMIT {
            cache.clear();
        }
        let prepared = Rc::new(Alternatives::new(alternatives, stem, typos));
        cache.insert(key, (alternatives.to_vec(), Rc::clone(&prepared)));
        prepared
    })
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
    with_words(text, |words| {
        groups.iter().map(|g| match_group(g, words)).collect()
    })
}

/// Matches one group against words already split.
pub fn match_group(group: &KeywordGroup, words: &Words) -> GroupMatch {
    let found = find_group(group, words);
    GroupMatch {
        found: found.found,
        counted: found.counted,
        marks: found.marks,
        matched: found.texts(words),
    }
}

/// A group's occurrences in a text, as places rather than words: a [`GroupMatch`] that
/// has not copied out the words matched (see [`Occurrences::texts`]).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Occurrences {
    /// Occurrences found, all of them.
    pub(crate) found: u32,
    /// Occurrences that earn marks: at most the group's `occurrences`.
    pub(crate) counted: u32,
    /// Marks earned: `points × counted`.
    pub(crate) marks: f64,
    /// Each occurrence as (first word, number of words) in the text's order; empty while
    /// scores keep only their marks (see [`super::score_marks`]), which never quote them.
    spans: Vec<(usize, usize)>,
}

impl Occurrences {
    /// The words matched, occurrence by occurrence, as lowercased in `words` (none while
    /// scores keep only their marks).
    pub(crate) fn texts(&self, words: &Words) -> Vec<String> {
        self.spans
            .iter()
            .map(|&(at, len)| {
                let mut matched = String::new();
                for (i, &w) in words.sequence[at..at + len].iter().enumerate() {
                    if i > 0 {
                        matched.push(' ');
                    }
                    matched.push_str(&words.distinct[w].text);
                }
                matched
            })
            .collect()
    }
}

/// Finds one group's occurrences in words already split.
pub(crate) fn find_group(group: &KeywordGroup, words: &Words) -> Occurrences {
    let alternatives = alternatives_of(&group.alternatives, group.stem, group.typos);
    alternatives.with_occurrences(words, |spans| {
        let found = u32::try_from(spans.len()).unwrap_or(u32::MAX);
        let counted = found.min(group.occurrences);
        Occurrences {
            found,
            counted,
            marks: group.points * f64::from(counted),
            // The places serve only to quote the words in an explanation.
            spans: if explaining() {
                spans.to_vec()
            } else {
                Vec::new()
            },
        }
    })
}

/// Whether a text mentions any of `alternatives`, matched as a keyword group with the
/// defaults authors get (stemming on, one typo allowed).
pub fn mentions(alternatives: &[String], text: &str) -> bool {
    with_words(text, |words| {
        alternatives_of(alternatives, true, 1).with_occurrences(words, |found| !found.is_empty())
    })
}

/// A group's alternatives, split into words and stemmed.
struct Alternatives {
    /// The words of every alternative, one after another.
    words: Vec<Arc<Word>>,
    /// Each alternative as `(first word in words, number of words)`, none empty.
    phrases: Vec<(usize, usize)>,
    stem: bool,
    typos: usize,
}

impl Alternatives {
    fn new(alternatives: &[String], stem: bool, typos: u32) -> Self {
        let mut words = Vec::new();
        let mut phrases = Vec::new();
        for alternative in alternatives {
            let split = Words::new(alternative);
            if !split.is_empty() {
                phrases.push((words.len(), split.len()));
                words.extend(split.in_order().cloned());
            }
        }
        Self {
            words,
            phrases,
            stem,
            typos: typos as usize,
        }
    }

    /// Runs `f` on the occurrences in `words`, read left to right without overlap, as
    /// (first word, number of words).
    fn with_occurrences<T>(&self, text: &Words, f: impl FnOnce(&[(usize, usize)]) -> T) -> T {
        with_room(&TABLES, |room| {
            self.occurrences_in(text, room);
            f(&room.found)
        })
    }

    /// Finds the occurrences in `text` into `room.found`.
    fn occurrences_in(&self, text: &Words, room: &mut MatchRoom) {
        let MatchRoom {
            table,
            starts,
            found,
        } = room;
        let distinct = text.distinct.len();
        self.fill_table(text, table);
        let table = &table[..];
        // Where some alternative can start: its first word matches there.
        starts.clear();
        starts.resize(distinct, false);
        for &(first, _) in &self.phrases {
            let row = &table[first * distinct..(first + 1) * distinct];
            for (start, &hit) in starts.iter_mut().zip(row) {
                *start |= hit;
            }
        }
        let (sequence, starts) = (&text.sequence[..], &starts[..]);
        found.clear();
        let mut at = 0;
        while at < sequence.len() {
            // Over the words where nothing can start, at once.
            match sequence[at..].iter().position(|&w| starts[w]) {
                Some(skip) => at += skip,
                None => break,
            }
            // The longest alternative that matches here.
            let hit = self
                .phrases
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
    }

    /// Whether word k of the alternatives matches distinct word d of the text, at
    /// `k * distinct + d`: [`Self::word_matches`] for every pair, found through the text's
    /// indexes rather than by trying every pair.
    fn fill_table(&self, text: &Words, table: &mut Vec<bool>) {
        let distinct = text.distinct.len();
        table.clear();
        table.resize(self.words.len() * distinct, false);
        for (k, pattern) in self.words.iter().enumerate() {
            let row = &mut table[k * distinct..(k + 1) * distinct];
            if pattern.wildcard_letters.is_some() {
                // A letter of the pattern that a word lacks altogether costs at least one
                // edit: most words of a text are ruled out by their letter sets alone.
                let needed = pattern.letter_set & !letter_set(&['*']);
                for (cell, word) in row.iter_mut().zip(&text.distinct) {
                    *cell = (needed & !word.letter_set).count_ones() as usize <= self.typos
                        && self.word_matches(pattern, word);
                }
                continue;
            }
            if let Some(d) = text.with_text(&pattern.text) {
                row[d] = true;
            }
            if self.stem {
                for d in text.with_stem(&pattern.stem) {
                    row[d] = true;
                }
            }
            if self.typos == 0 || pattern.letters() < TYPO_MIN_LETTERS {
                continue;
            }
            let near = |n: usize| (n.saturating_sub(self.typos), n + self.typos);
            let (low, high) = near(pattern.letters());
            for &d in text.with_letters(low.max(TYPO_MIN_LETTERS), high) {
                let word = &text.distinct[d];
                row[d] = row[d]
                    || (sets_within(pattern.letter_set, word.letter_set, self.typos)
                        && within_typos(&pattern.chars, &word.chars, self.typos));
            }
            if self.stem {
                let (low, high) = near(pattern.stem_chars.len());
                for &d in text.with_stem_letters(low, high) {
                    let word = &text.distinct[d];
                    row[d] = row[d]
                        || (word.letters() >= TYPO_MIN_LETTERS
                            && sets_within(
                                pattern.stem_letter_set,
                                word.stem_letter_set,
                                self.typos,
                            )
                            && within_typos(&pattern.stem_chars, &word.stem_chars, self.typos));
                }
            }
        }
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

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// Words from a small alphabet, so that texts and alternatives share words, stems and
    /// near misses.
    fn text() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                Just("treaty"),
                Just("treaties"),
                Just("treatys"),
                Just("appeasement"),
                Just("apeasement"),
                Just("appease"),
                Just("pact"),
                Just("pacts"),
                Just("litvinov"),
                Just("litvinof"),
                Just("security"),
                Just("securiti"),
                Just("the"),
            ],
            0..12,
        )
        .prop_map(|words| words.join(" "))
    }

    fn alternative() -> impl Strategy<Value = String> {
        prop_oneof![
            text(),
            Just("appease*".to_string()),
            Just("*ty".to_string()),
            Just("collective security".to_string()),
        ]
    }

    #[test]
    fn a_list_freed_and_another_in_its_place_is_prepared_afresh() {
        // Lists of the same size, freed one after another, tend to come back at the same
        // address: each must still match by its own words.
        let words = ["appeasement", "collective", "comintern", "rapallo"];
        for i in 0..200 {
            let (own, other) = (words[i % 4], words[(i + 1) % 4]);
            let alternatives = vec![own.to_string()];
            assert!(mentions(&alternatives, own), "{i}: {own}");
            assert!(
                !mentions(&alternatives, other),
                "{i}: {own} found in {other}"
            );
        }
    }

    proptest! {
        /// The indexes find exactly the pairs that comparing every pair finds.
        #[test]
        fn the_table_agrees_with_comparing_every_pair(
            written in text(),
            alternatives in proptest::collection::vec(alternative(), 1..4),
            stem in any::<bool>(),
            typos in 0u32..3,
        ) {
            let words = Words::new(&written);
            let prepared = Alternatives::new(&alternatives, stem, typos);
            let pairs: Vec<bool> = prepared
                .words
                .iter()
                .flat_map(|p| words.distinct.iter().map(|w| prepared.word_matches(p, w)))
                .collect();
            let mut table = Vec::new();
            prepared.fill_table(&words, &mut table);
            prop_assert_eq!(table, pairs);
        }
    }
}
