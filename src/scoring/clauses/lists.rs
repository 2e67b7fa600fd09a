//! What reads as a list rather than a sentence: keywords with too few of the small words
//! every sentence has, short items between commas, and runs of fragments (see the parent
//! module's doc).

use std::ops::Range;

use super::{CLAUSE_STARTS, Clauses, Sentence, is_particle, is_sentence_word};
use crate::words::base_of;

/// Below this share (in percent) of small words
/// ([`SENTENCE_WORDS`](super::SENTENCE_WORDS)), a long sentence reads as a list.
const LIST_SHARE: usize = 20;

/// The most words of a fragment: a sentence without [`SENTENCE_MAKERS`] that is too short
/// to read as a list alone, but does in a run of them (see [`Clauses::fragment_runs`]).
const FRAGMENT_WORDS: usize = 3;

/// The small words that make a few words a sentence: pronouns, auxiliaries and the words
/// that join one point to another. Three words or fewer with none of them are a fragment
/// ("Insulin.", "Cost of living.", "Goes up.", "The Baltic."); with one they are a sentence
/// ("It soaks in.", "So demand falls.").
const SENTENCE_MAKERS: &[&str] = &[
    "am", "are", "as", "be", "because", "been", "being", "can", "could", "did", "do", "does",
    "had", "has", "have", "he", "i", "if", "is", "it", "may", "might", "must", "not", "she",
    "should", "so", "than", "that", "then", "these", "they", "this", "those", "was", "we", "were",
    "when", "which", "who", "will", "would", "you",
];

/// The items of a sentence (the runs of words between clause breaks) counted by length,
/// articles and joining words aside (see [`is_item_glue`](super::is_item_glue)).
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Items {
    /// Items.
    all: usize,
    /// Items of three words or more.
    long: usize,
    /// Items of three words or fewer.
    short: usize,
}

/// The fewest items of a list of short items in prose (three of two words or fewer; five,
/// three in four of three words or fewer); elsewhere [`ANSWER_LIST_ITEMS`].
const PROSE_LIST_ITEMS: usize = 3;

/// The fewest words of a sentence without any small word (see [`SENTENCE_WORDS`](super::SENTENCE_WORDS)) that
/// reads as a list in an answer asked for in sentences ("white blood cells antibodies
/// antigens memory cells"); a shorter one may be a terse answer ("Memory cells produce
/// antibodies faster").
const ASKED_LIST_WORDS: usize = 8;

/// The most words of a sentence without small words that a verb in the past makes a
/// clause (see [`Clauses::short_clause`]).
const SHORT_CLAUSE_WORDS: usize = 6;

/// The fewest items of a list of short items in a short answer or a grid cell.
const ANSWER_LIST_ITEMS: usize = 8;

impl Items {
    /// Counts an item of `words` words (articles and joining words aside).
    pub(super) fn add(&mut self, words: usize) {
        self.all += 1;
        self.long += usize::from(words > 2);
        self.short += usize::from(words <= 3);
    }

    /// Whether items of these lengths read as a list when a list of short items needs
    /// `least` of them: that many all of two words or fewer, or `2 × least − 1`, three in four
    /// of three words or fewer.
    fn list(self, least: usize) -> bool {
        (self.all >= least && self.long == 0)
            || (self.all >= 2 * least - 1 && self.short * 4 >= self.all * 3)
    }
}

impl Clauses<'_> {
    /// Whether the words `range` (a sentence) are a fragment: [`FRAGMENT_WORDS`] or fewer,
    /// none of them [`SENTENCE_MAKERS`].
    pub(super) fn is_fragment(&self, range: Range<usize>) -> bool {
        let words = &self.words[range];
        words.len() <= FRAGMENT_WORDS
            && !words.iter().any(|w| SENTENCE_MAKERS.contains(&w.as_ref()))
    }

    /// Whether the words `range` (a sentence) with these `items` read as a list (see the
    /// parent module's doc), in prose or, with `prose` false, in a short answer or a cell.
    pub(super) fn reads_as_list(&self, range: Range<usize>, items: Items, prose: bool) -> bool {
        let (least_words, least_items) = if prose {
            (4, PROSE_LIST_ITEMS)
        } else {
            (10, ANSWER_LIST_ITEMS)
        };
        let len = range.len();
        let small = self.small_words(range.clone());
        (len >= least_words && small == 0 && !self.short_clause(range))
            || (len >= 4 * least_words && small * 100 < len * LIST_SHARE)
            || items.list(least_items)
    }

    /// Whether the words `range` (a sentence) are a short clause without small words: at
    /// most [`SHORT_CLAUSE_WORDS`] words, one of them past the first and before the last a
    /// verb in the past ("Moroccan crises raised tension.", "Black Hand killed Franz
    /// Ferdinand.": a word ending in *-ed*, or an irregular past such as *began*). A run of
    /// names and nouns ("Triple Alliance Triple Entente arms race") has none.
    fn short_clause(&self, range: Range<usize>) -> bool {
        range.len() <= SHORT_CLAUSE_WORDS
            && (range.start + 1..range.end - 1).any(|i| {
                let word = self.word(i);
                (word.len() > 4 && word.ends_with("ed")) || base_of(word).is_some()
            })
    }

    /// Marks as lists the fragments in a run of sentences that are each a fragment or a
    /// list, three sentences or more, or two with a list among them: keywords written with
    /// full stops ("Pancreas. Insulin. Glucagon.") or one to a line. A fragment standing
    /// alone, or beside one other sentence of a few words ("Stalin hesitated. Britain
    /// stalled."), stays a sentence.
    pub(super) fn fragment_runs(&mut self) {
        let mut start = 0;
        while start < self.sentences.len() {
            let in_run = |s: &Sentence| s.fragment || s.list;
            let len = self.sentences[start..]
                .iter()
                .take_while(|s| in_run(s))
                .count();
            let run = &mut self.sentences[start..start + len];
            if len >= 3 || (len == 2 && run.iter().any(|s| s.list)) {
                for sentence in run {
                    sentence.list = true;
                }
            }
            start += len.max(1);
        }
    }

    /// Whether word `i` is the *of* of a name, between two capitalised words past the first
    /// of its sentence (`first`): "Treaty *of* Berlin", "League *of* Nations" make no
    /// sentence of a list of names.
    fn of_in_name(&self, i: usize, first: usize) -> bool {
        self.words[i] == "of" && i > first + 1 && self.capitalised(i - 1) && self.capitalised(i + 1)
    }

    /// How many of the words `range` (a sentence) are small words a sentence needs (see
    /// [`SENTENCE_WORDS`](super::SENTENCE_WORDS)) or words that join clauses ("but",
    /// "although": see [`CLAUSE_STARTS`]), not counting the particles of phrasal verbs or an
    /// "of" in a name.
    fn small_words(&self, range: Range<usize>) -> usize {
        range
            .clone()
            .filter(|&i| {
                let word = &self.words[i];
                (is_sentence_word(word) || CLAUSE_STARTS.contains(&word.as_ref()))
                    && !is_particle(word)
                    && !self.of_in_name(i, range.start)
            })
            .count()
    }

    /// These clauses, for an answer that is not prose but is asked for in a sentence or more:
    /// its short items read as a list as in prose ("interception, faster, lag time, leaves
    /// catch"), and so do its fragments in a run ("Baked. Hard. Infiltration." for a question
    /// asking for ten words) and a sentence of [`ASKED_LIST_WORDS`] words or more without a
    /// small word, though other bare answers stay answers.
    pub(crate) fn asked_in_sentences(mut self) -> Self {
        let keyword_runs: Vec<bool> = self
            .sentences
            .iter()
            .map(|s| s.words.len() >= ASKED_LIST_WORDS && self.small_words(s.words.clone()) == 0)
            .collect();
        for (sentence, run) in self.sentences.iter_mut().zip(keyword_runs) {
            sentence.list |= run || sentence.items.list(PROSE_LIST_ITEMS);
        }
        self.short_lists = true;
        self.fragment_runs();
        self
    }
}
