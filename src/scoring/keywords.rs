//! The keyword matcher: which of the points a teacher expects a written answer makes.
//!
//! **Words.** A text is split into words: runs of letters, digits and apostrophes. Hyphens,
//! dashes and punctuation separate words, so "Nazi-Soviet", "Nazi–Soviet" and "Nazi Soviet"
//! are the same two words. Words are lowercased, curly apostrophes made straight, and a
//! possessive `'s` dropped ("Stalin's" is "stalin").
//!
//! **Alternatives.** Each alternative of a [`KeywordGroup`] is split the same way, and one
//! with a hyphen between two letters also matches as if written without it ("co-operation"
//! matches "cooperation", "non-aggression pact" "nonaggression pact"); the other way round,
//! two words of the text joined by a hyphen match an alternative of one word as one
//! ("re-usability" matches `reus*`); a phrase
//! matches where its words appear in order, with at most [`PHRASE_GAP`] other words
//! between two of them ("keep the German option open" matches "keep open"), none of which
//! matches the phrase's first word, not past the end of a sentence, and not past an
//! "or", a conjunction ("but", "because", …) or a "so that" unless the phrase has one ("surfaces or maybe runoff" is
//! not "surface runoff", "the war, so that it could decide" not "decide the war"), and with
//! only small words and adverbs between a negation and the word it denies ("can't easily
//! spread" is "cannot spread", "doesn't stop the spread" is not); in a group with `any_order`, its
//! words may come in any order, each within [`PHRASE_GAP`] other words of the next. A
//! word of an alternative matches a word of the text when:
//!
//! - it contains `*`: the pattern matches the whole word, `*` standing for any run of
//!   letters, possibly none (`appease*` matches "appease", "appeasement"); if the pattern
//!   has seven letters or more besides `*` and the word too, and they begin with the same
//!   letter, up to `typos` edits are allowed (`appease*` matches "apeasement");
//! - otherwise, when the two are equal; or, if the group stems, when their Snowball English
//!   stems are equal ("treaties" and "treaty"), an irregular form stemmed as its base
//!   ("fought" as "fight", "four" as "4": see `crate::words`); or, if both have six letters
//!   or more (five in a phrase of two words or more, "Leage of Nations") and begin with the
//!   same letter, when their Damerau edit distance is at most the group's `typos` —
//!   comparing the stems too when the group stems and both stems have seven letters or more
//!   ("paramaters" and "parameters"). Short words and short stems never match by typo:
//!   "thanks" is not "tanks", "roles" not "Poles", "falls" not "failed", "number" not
//!   "numerous", "lower" not "slower";
//! - or when both say "not", alone or inside ("not", "wasn't", "can't", "cannot"), so
//!   "cannot be trusted" matches "could not be trusted" and "can't be trusted"; and a
//!   phrase with an auxiliary and "not" also matches as if it said a bare "not" ("will not
//!   fight" as "not fight", so "won't fight" matches: see `crate::words`);
//! - or, if the group takes synonyms (and stems), when the two are synonyms (see
//!   `crate::words::synonyms`): "aid" matches `help`, and `help*` (a word and a final `*`).
//!
//! **Occurrences.** The text is read from the first word to the last; where alternatives
//! match, the longest is one occurrence and reading goes on after it. A group earns
//! `points × min(occurrences found, group.occurrences)`.

use super::clauses::is_sentence_word;
use crate::activity::KeywordGroup;
pub use crate::words::Words;
use crate::words::{Phrases, Split, Word};

mod near;
mod spelling;

use crate::words::synonyms;
pub use near::{NEAR_GAP, NearMiss, near_miss};
pub use spelling::wildcard_match;
use spelling::{missing_letters, wildcard_distance, wildcard_match_chars, within_typos};

/// Words shorter than this never match by typo allowance.
pub const TYPO_MIN_LETTERS: usize = 6;

/// In a phrase of two words or more, whose other words must match too, words shorter than
/// this never match by typo allowance ("Leage of Nations" is "League of Nations").
pub const TYPO_MIN_LETTERS_IN_PHRASE: usize = 5;

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
    /// Where each occurrence is: (first word, number of words).
    pub spans: Vec<(usize, usize)>,
    /// For each occurrence, whether the alternative that matched it is itself negative
    /// ("not invited").
    pub negative: Vec<bool>,
    /// For each occurrence, the alternative that matched it, by its number among the
    /// group's alternatives as split (those with a hyphen then count again, written as one,
    /// and those with an auxiliary and "not" again, with a bare "not").
    pub alternatives: Vec<usize>,
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
        synonyms: group.synonyms && group.stem,
        any_order: group.any_order,
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
            .map(|&(at, len, _)| {
                let texts: Vec<&str> = words.sequence[at..at + len]
                    .iter()
                    .map(|&w| words.distinct[w].text.as_str())
                    .collect();
                texts.join(" ")
            })
            .collect(),
        spans: spans.iter().map(|&(at, len, _)| (at, len)).collect(),
        negative: spans
            .iter()
            .map(|&(_, _, phrase)| {
                let split = group.alternatives.split();
                let (first, len) = split.spans[phrase];
                let words: Vec<&str> = split.words[first..first + len]
                    .iter()
                    .map(|w| w.text.as_str())
                    .collect();
                super::clauses::is_negative(&words)
            })
            .collect(),
        alternatives: spans.iter().map(|&(_, _, phrase)| phrase).collect(),
    }
}

/// Whether a text mentions any of `alternatives`, matched as a keyword group with the
/// defaults authors get (stemming on, one typo allowed).
pub fn mentions(alternatives: &[String], text: &str) -> bool {
    Rules {
        stem: true,
        typos: 1,
        synonyms: true,
        any_order: false,
    }
    .finds(alternatives, text)
}

/// Whether a text says `alternative` in so many words: its words or other forms of them,
/// with a few words between or its "not" said another way, but no typo or synonym (what
/// `classwork check` finds of an alternative in its question's own text).
pub fn says(alternative: &str, text: &str) -> bool {
    Rules {
        stem: true,
        typos: 0,
        synonyms: false,
        any_order: false,
    }
    .finds(&[alternative.to_string()], text)
}

/// Stems shorter than this are never compared with a typo allowed.
pub const STEM_TYPO_MIN_LETTERS: usize = 7;

/// Most words of the text a phrase may skip between two of its own words.
pub const PHRASE_GAP: usize = 3;

/// Whether a phrase does not run past this word unless it has one itself: what follows an
/// "or" is another alternative ("impermeable surfaces or maybe runoff" is not "surface
/// runoff"), and what follows "but", "because", "although", "though", "whereas" or
/// "unless" (or a "so that") another clause ("the war, so that it could decide" is not
/// "decide the war"). These are the words that open a clause in `super::clauses`, less
/// those a phrase may well have inside it as a preposition or an adverb ("since 1934", "for
/// a while", "not yet", "however many").
fn is_phrase_barrier(word: &str) -> bool {
    matches!(
        word,
        "or" | "but" | "because" | "although" | "though" | "whereas" | "unless"
    )
}

/// The number of words a phrase of `len` words spans when it starts at word `at` of a text
/// of `end` words, its words in order with at most `gap` others between two of them, none
/// of which matches the phrase's first word (a phrase that says its first word again,
/// "first in first out", takes that word as its own); `matches(k, i)` says whether word `k` of the phrase matches word `i` of the text.
fn gapped_span(
    len: usize,
    at: usize,
    end: usize,
    gap: usize,
    matches: impl Fn(usize, usize) -> bool,
    may_skip: impl Fn(usize, usize) -> bool,
) -> Option<usize> {
    if len == 0 || !matches(0, at) {
        return None;
    }
    let mut last = at;
    for k in 1..len {
        // The gap ends at the first word that matches word `k`; a word that would begin
        // the phrase again (but the next), or one the gap may not hold, ends the search.
        let next = (last + 1..end.min(last + 2 + gap))
            .find(|&i| matches(k, i) || (i > last + 1 && matches(0, i)) || !may_skip(k - 1, i))
            .filter(|&i| matches(k, i))?;
        last = next;
    }
    Some(last + 1 - at)
}

/// Whether a word may stand between a negation and the next word of a phrase: a small word
/// ("cannot be spread"), an adverb ("can't easily spread") or a word of being able or
/// allowed, going to, having or needing ("not able to cause", "never allowed to reach"). Any other says what is denied ("doesn't stop the
/// spread" is not "cannot spread").
fn may_follow_negation(word: &str) -> bool {
    is_sentence_word(word)
        || word.ends_with("ly")
        || matches!(
            word,
            "able"
                | "allowed"
                | "going"
                | "get"
                | "gets"
                | "got"
                | "having"
                | "ever"
                | "yet"
                | "need"
                | "needs"
        )
}

/// The number of words a phrase of `len` words spans when it starts at word `at` of a text
/// of `end` words, its words in any order: the word at `at` is one of them, and each of
/// the others is found among the next words, at most [`PHRASE_GAP`] others between two of
/// them, the first place it matches taken.
fn unordered_span(
    len: usize,
    at: usize,
    end: usize,
    matches: impl Fn(usize, usize) -> bool,
) -> Option<usize> {
    let window = end.min(at + len + PHRASE_GAP * len.saturating_sub(1));
    (0..len).filter(|&k| matches(k, at)).find_map(|first| {
        let mut used = vec![at];
        for k in (0..len).filter(|&k| k != first) {
            let place = (at + 1..window).find(|&i| !used.contains(&i) && matches(k, i))?;
            used.push(place);
        }
        used.sort_unstable();
        let close = used.windows(2).all(|w| w[1] - w[0] <= PHRASE_GAP + 1);
        close.then(|| used[used.len() - 1] + 1 - at)
    })
}

/// How a group's words match: by stem or not, how many typos are allowed, whether
/// synonyms match, and whether a phrase's words may come in any order.
struct Rules {
    stem: bool,
    typos: usize,
    synonyms: bool,
    any_order: bool,
}

impl Rules {
    /// Whether `text` holds any of `alternatives` by these rules.
    fn finds(&self, alternatives: &[String], text: &str) -> bool {
        let phrases = Phrases::from(alternatives.to_vec());
        !self.occurrences(&phrases, &Words::new(text)).is_empty()
    }

    /// The occurrences of `phrases` in `text`, read left to right without overlap, as
    /// (first word, number of words, phrase); where several phrases match, the longest.
    fn occurrences(&self, phrases: &Phrases, text: &Words) -> Vec<(usize, usize, usize)> {
        let phrases = phrases.split();
        let table = self.table(phrases, text);
        let openers = self.openers(phrases, text, &table);
        self.read(phrases, text, &table, &openers)
    }

    /// Whether word k of the phrases matches distinct word d of the text, at
    /// `k * distinct + d`: each distinct word is compared once, however often it is written,
    /// with each distinct word of the phrases (see [`Split::same_as`]).
    fn table(&self, phrases: &Split, text: &Words) -> Vec<bool> {
        let mut least = vec![TYPO_MIN_LETTERS; phrases.words.len()];
        for &(first, len) in phrases.spans.iter().filter(|&&(_, len)| len > 1) {
            least[first..first + len].fill(TYPO_MIN_LETTERS_IN_PHRASE);
        }
        let distinct = text.distinct.len();
        let mut table = Vec::with_capacity(phrases.words.len() * distinct);
        for ((pattern, least), same_as) in phrases.words.iter().zip(least).zip(&phrases.same_as) {
            if let Some(same) = same_as {
                table.extend_from_within(same * distinct..(same + 1) * distinct);
                continue;
            }
            for word in &text.distinct {
                table.push(
                    self.word_matches(pattern, word, least)
                        || (self.synonyms && synonyms::share(pattern.synonyms, word.synonyms)),
                );
            }
        }
        table
    }

    /// The phrases that may begin at each distinct word of the text: those whose first word
    /// (in any order, any of their words) matches it.
    fn openers(&self, phrases: &Split, text: &Words, table: &[bool]) -> Vec<Vec<usize>> {
        let distinct = text.distinct.len();
        let mut openers: Vec<Vec<usize>> = vec![Vec::new(); distinct];
        for (phrase, &(first, len)) in phrases.spans.iter().enumerate() {
            let leads = if self.any_order {
                first..first + len
            } else {
                first..first + 1
            };
            for (d, opener) in openers.iter_mut().enumerate() {
                if leads.clone().any(|k| table[k * distinct + d]) {
                    opener.push(phrase);
                }
            }
        }
        openers
    }

    /// Reads the text from its first word to its last, trying at each word the phrases
    /// `openers` lists for it; where several match, the longest is one occurrence and
    /// reading goes on after it.
    fn read(
        &self,
        phrases: &Split,
        text: &Words,
        table: &[bool],
        openers: &[Vec<usize>],
    ) -> Vec<(usize, usize, usize)> {
        let distinct = text.distinct.len();
        let sequence = &text.sequence;
        let mut found = Vec::new();
        let barrier_at = |i: usize| {
            let word = text.distinct[sequence[i]].text.as_str();
            is_phrase_barrier(word)
                || (word == "so"
                    && sequence
                        .get(i + 1)
                        .is_some_and(|&next| text.distinct[next].text == "that"))
        };
        // Most texts have no such word: then nothing is looked for.
        let any_barrier = text
            .distinct
            .iter()
            .any(|w| is_phrase_barrier(&w.text) || w.text == "so");
        let next_barrier = |from: usize| {
            let found = any_barrier.then(|| (from..sequence.len()).find(|&i| barrier_at(i)));
            found.flatten().unwrap_or(sequence.len())
        };
        let mut barrier = next_barrier(1);
        // The phrases that have such a word of their own, which they may run past.
        let crosses: Vec<bool> = phrases
            .spans
            .iter()
            .map(|&(first, len)| {
                phrases.words[first..first + len]
                    .iter()
                    .any(|w| is_phrase_barrier(&w.text))
            })
            .collect();
        let mut at = 0;
        while at < sequence.len() {
            // Two words written joined by a hyphen, as one, for an alternative of one word.
            let compound = text
                .compounds
                .binary_search_by_key(&at, |&(place, _)| place)
                .ok()
                .map(|i| text.compounds[i].1);
            // Most words of a text begin no phrase.
            if openers[sequence[at]].is_empty() && compound.is_none() {
                at += 1;
                continue;
            }
            let as_one = compound.into_iter().flat_map(|joined| {
                phrases
                    .spans
                    .iter()
                    .enumerate()
                    .filter(move |&(_, &(first, len))| len == 1 && table[first * distinct + joined])
                    .map(|(phrase, _)| (1, 2, phrase))
            });
            // A phrase does not run past an "or", a conjunction or a "so that" (see
            // [`is_phrase_barrier`]).
            if barrier <= at {
                barrier = next_barrier(at + 1);
            }
            // Nor past the end of its sentence.
            let sentence_end = text
                .sentence_starts
                .get(text.sentence_starts.partition_point(|&start| start <= at))
                .copied()
                .unwrap_or(sequence.len());
            let hit = openers[sequence[at]]
                .iter()
                .map(|&phrase| (phrase, phrases.spans[phrase]))
                .filter_map(|(phrase, (first, len))| {
                    let matches = |k: usize, i: usize| table[(first + k) * distinct + sequence[i]];
                    let end = if crosses[phrase] {
                        sentence_end
                    } else {
                        barrier.min(sentence_end)
                    };
                    let span = if self.any_order {
                        unordered_span(len, at, end, matches)
                    } else {
                        let may_skip = |k: usize, i: usize| {
                            !phrases.words[first + k].negation
                                || may_follow_negation(&text.distinct[sequence[i]].text)
                        };
                        gapped_span(len, at, end, PHRASE_GAP, matches, may_skip)
                    };
                    span.map(|span| (len, span, phrase))
                })
                .chain(as_one)
                .max_by_key(|&(len, span, phrase)| {
                    (len, std::cmp::Reverse(span), std::cmp::Reverse(phrase))
                });
            match hit {
                Some((_, span, phrase)) => {
                    found.push((at, span, phrase));
                    at += span;
                }
                None => at += 1,
            }
        }
        found
    }

    /// Whether a word of an alternative matches a word of a text (see the module
    /// documentation).
    #[inline]
    fn word_matches(&self, pattern: &Word, word: &Word, least: usize) -> bool {
        if let Some(letters) = pattern.wildcard_letters {
            return wildcard_match_chars(&pattern.chars, &word.chars)
                || (self.typos > 0
                    && letters >= TYPO_MIN_LETTERS
                    && pattern.chars.first() == word.chars.first()
                    && word.letters() >= TYPO_MIN_LETTERS
                    && word.letters() + self.typos >= letters
                    && missing_letters(&pattern.chars, &word.chars) <= self.typos
                    && wildcard_distance(&pattern.chars, &word.chars) <= self.typos);
        }
        // Two words of the same text have the same stem: one comparison is enough.
        let same = if self.stem {
            pattern.stem == word.stem
        } else {
            pattern.text == word.text
        };
        if same || (pattern.negation && word.negation) {
            return true;
        }
        if self.typos == 0
            || pattern.letters() < least
            || word.letters() < least
            || pattern.chars.first() != word.chars.first()
        {
            return false;
        }
        within_typos(&pattern.chars, &word.chars, self.typos)
            || (self.stem && stems_within_typos(&pattern.stem, &word.stem, self.typos))
    }
}

/// Whether two stems, both of [`STEM_TYPO_MIN_LETTERS`] letters or more, are within `typos`
/// edits of each other; their letters are gathered only when their lengths allow it.
fn stems_within_typos(a: &str, b: &str, typos: usize) -> bool {
    let (a_len, b_len) = (a.chars().count(), b.chars().count());
    if a_len < STEM_TYPO_MIN_LETTERS
        || b_len < STEM_TYPO_MIN_LETTERS
        || a_len.abs_diff(b_len) > typos
    {
        return false;
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    within_typos(&a, &b, typos)
}

#[cfg(test)]
mod tests;
