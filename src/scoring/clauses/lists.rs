//! What reads as a list rather than a sentence: keywords with too few of the small words
//! every sentence has, short items between commas, and runs of fragments (see the parent
//! module's doc).

use std::ops::Range;

use super::{
    CLAUSE_STARTS, Clauses, ITEM_BREAKS, Sentence, is_article, is_item_glue, is_number,
    is_particle, is_sentence_word,
};
use crate::words::{base_of, is_common_verb};

/// Below this share (in percent) of small words
/// ([`SENTENCE_WORDS`](super::SENTENCE_WORDS)) among its words that are not numbers, a
/// long sentence reads as a list.
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
/// articles and joining words aside (see [`is_item_glue`]).
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

/// The fewest words of a run of keywords (see [`Clauses::keyword_run`]): "white blood cells
/// antibodies antigens memory cells" is one; a shorter sentence without small words may be
/// a terse answer ("Memory cells produce antibodies faster").
const KEYWORD_RUN_WORDS: usize = 8;

/// Below this share (in percent) of small words, a sentence of [`KEYWORD_RUN_WORDS`] or more
/// is a run of keywords: one small word does not make a sentence of fifteen words ("stay
/// out war capitalist powers exhaust each other decisive weight last 1939 pact …").
const KEYWORD_RUN_SHARE: usize = 7;

/// The most words of a sentence without small words that two verbs make a clause (see
/// [`Clauses::short_clause`]).
const SHORT_CLAUSE_WORDS: usize = 10;

/// The fewest items of three words or more that make a long sentence with few small words
/// clauses, not a list (see [`Clauses::reads_as_list`]).
const PUNCTUATED_CLAUSES: usize = 3;

/// Words that, before a colon, say what the items after them are (see
/// [`Clauses::labelled`]).
const LABELS: &[&str] = &[
    "advantages",
    "against",
    "benefits",
    "cons",
    "disadvantages",
    "for",
    "gain",
    "gainers",
    "gains",
    "lose",
    "losers",
    "loses",
    "pros",
    "strengths",
    "weaknesses",
    "winners",
];

/// The fewest places in a sentence where an article stands where no sentence has one for
/// it to read as keywords padded with small words (see [`Clauses::padded`]); one may be a
/// slip of the keyboard ("the the").
const PADDED_PLACES: usize = 2;

/// Small words that no sentence puts straight after an article (see [`Clauses::padded`]).
const NEVER_AFTER_AN_ARTICLE: &[&str] = &[
    "and", "are", "he", "is", "it", "of", "or", "she", "so", "they", "to", "was", "we", "were",
];

/// The most items of a list that a label says what of.
const LABELLED_ITEMS: usize = 6;

/// The fewest items of a list of short items in a short answer or a grid cell.
const ANSWER_LIST_ITEMS: usize = 6;

/// The fewest links of a chain of keywords in prose: runs of words between commas, "and"
/// and "or", three in four of three words or fewer ("the cost and the rent and the wages
/// and the loan of the bank and the savings"); one more elsewhere.
const CHAIN_LINKS: usize = 5;

/// The fewest joints of a chain of keywords where an article follows "and" or "or" ("and
/// the rent"): a sentence joining its clauses with "and" has few ("the heart gets bigger
/// and stronger, so the resting heart rate goes down and more capillaries form").
const CHAIN_JOINTS: usize = 3;

impl Items {
    /// These links as a chain of keywords if the sentence has [`CHAIN_JOINTS`] `joints` or
    /// more; none otherwise.
    pub(super) fn strung(self, joints: usize) -> Self {
        if joints >= CHAIN_JOINTS {
            self
        } else {
            Self::default()
        }
    }

    /// Whether these links (see [`CHAIN_LINKS`]) of a sentence with these `items` are
    /// keywords strung together with "and" or "or", in prose (or an answer asked for in
    /// sentences) or, with `prose` false, elsewhere. Two links at least are ended by "and"
    /// or "or" rather than a comma: a list between commas is read by its items ("over
    /// Manchuria, Abyssinia, the Rhineland, Spain and Czechoslovakia").
    pub(super) fn chained(self, items: Items, prose: bool) -> bool {
        self.all >= CHAIN_LINKS + usize::from(!prose)
            && self.all >= items.all + 2
            && self.short * 4 >= self.all * 3
    }

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

/// Whether a word (lowercased) reads as a verb: in the past (a word of five letters or
/// more ending in *-ed*, or an irregular past such as *began*, also done again: *resent*,
/// *rewrote*) or a common one in the present (see [`is_common_verb`]).
pub(super) fn is_verb(word: &str) -> bool {
    let irregular = |w: &str| base_of(w).is_some();
    (word.len() > 4 && word.ends_with("ed"))
        || irregular(word)
        || word
            .strip_prefix("re")
            .is_some_and(|w| w.len() >= 3 && irregular(w))
        || is_common_verb(word)
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
        if self.labelled(range.clone(), items) {
            return false;
        }
        let len = range.len();
        let small = self.small_words(range.clone());
        // A long sentence with few small words reads as a list unless punctuation splits it
        // into three items of three words or more, as clauses are: "With 55% less traffic,
        // Market Street becomes quieter and safer, with fewer accidents; drivers crossing
        // the town save around 19 minutes at peak times."
        let clauses = items.long >= PUNCTUATED_CLAUSES;
        (len >= least_words
            && small == 0
            && !self.short_clause(range.clone())
            && !self.clause_items(range.clone()))
            || (len >= 4 * least_words
                && !clauses
                && small * 100 < self.worded(range.clone()) * LIST_SHARE)
            || (prose && self.keyword_run(range.clone(), items))
            || self.padded(range)
            || items.list(least_items)
    }

    /// How many of the words `range` are words, not numbers ("Austria (2007) and Malta
    /// (2018) allow 16-year-olds to vote": numbers and dates need no small words).
    fn worded(&self, range: Range<usize>) -> usize {
        range.filter(|&i| !is_number(self.word(i))).count()
    }

    /// Whether the words `range` (a sentence) are keywords padded with small words: in
    /// [`PADDED_PLACES`] places or more an article stands before another article or a word
    /// of [`NEVER_AFTER_AN_ARTICLE`], or ends the sentence, as no sentence has it ("the
    /// carbon dioxide and of the water and the of light the and", "a checksum of the the
    /// acknowledgement so a resend to the it"). A word that opens a compound is left alone
    /// ("the so-called experts").
    fn padded(&self, range: Range<usize>) -> bool {
        let end = range.end;
        let compound = |i: usize| {
            self.ranges
                .get(i)
                .is_some_and(|r| self.text[r.end..].starts_with('-'))
        };
        range
            .filter(|&i| {
                is_article(self.word(i))
                    && (i + 1 == end
                        || is_article(self.word(i + 1))
                        || (NEVER_AFTER_AN_ARTICLE.contains(&self.word(i + 1)) && !compound(i + 1)))
            })
            .count()
            >= PADDED_PLACES
    }

    /// Whether the words `range` (a sentence) with these `items` are a run of keywords in
    /// prose or in an answer asked for in sentences: [`KEYWORD_RUN_WORDS`] or more, fewer
    /// than [`KEYWORD_RUN_SHARE`] in a hundred of them small words, no short clause (see
    /// [`Clauses::short_clause`]) and not split by punctuation into clauses.
    fn keyword_run(&self, range: Range<usize>, items: Items) -> bool {
        let len = range.len();
        len >= KEYWORD_RUN_WORDS
            && self.small_words(range.clone()) * 100 < len * KEYWORD_RUN_SHARE
            && items.long < PUNCTUATED_CLAUSES
            && !self.short_clause(range)
    }

    /// Whether the words `range` (a sentence) are a short list that a label says what of:
    /// [`LABELS`] and a colon, or a plus or minus sign, before [`LABELLED_ITEMS`] items or
    /// fewer ("Gain: builders, the developer, haulage firms.", "− villages near the
    /// route."), as a column of who gains or loses is answered.
    fn labelled(&self, range: Range<usize>, items: Items) -> bool {
        let Some(first) = self.ranges.get(range.start) else {
            return false;
        };
        let before = self
            .ranges
            .get(range.start.wrapping_sub(1))
            .map_or(0, |r| r.end);
        let sign = self.text[before..first.start].contains(['+', '−']);
        let label = LABELS.contains(&self.word(range.start))
            && self.text[first.end..].trim_start().starts_with(':');
        (sign || label) && items.all <= LABELLED_ITEMS + usize::from(label)
    }

    /// Whether the words `range` (a sentence) are a short clause without small words: a
    /// verb past the first word and before the last in seven words or fewer, or two in
    /// [`SHORT_CLAUSE_WORDS`] or fewer; a verb in the past ("Moroccan crises raised tension.", "Black Hand killed Franz
    /// Ferdinand.": a word ending in *-ed*, or an irregular past such as *began*) or a
    /// common one in the present ("Market Street becomes quieter", "drivers save 19
    /// minutes": see [`is_common_verb`]). A run of names and nouns ("Triple Alliance
    /// Triple Entente arms race") has none.
    fn short_clause(&self, range: Range<usize>) -> bool {
        let verbs = self
            .verbs(range.start + 1..range.end.saturating_sub(1))
            .count();
        (verbs >= 1 && range.len() <= 7) || (verbs >= 2 && range.len() <= SHORT_CLAUSE_WORDS)
    }

    /// Whether the words `range` (a sentence) are short clauses between punctuation, each
    /// saying what something does: three or more of its items, and three in four, have a
    /// verb after their first word ("Packets numbered, checksum checks errors, ACK sent
    /// back, lost ones resent.").
    fn clause_items(&self, range: Range<usize>) -> bool {
        let items = self.items_of(range);
        let clauses = items
            .iter()
            .filter(|item| self.verbs(item.start + 1..item.end).next().is_some())
            .count();
        clauses >= 3 && clauses * 4 >= items.len() * 3
    }

    /// The words of `range` that are verbs: in the past (a word of five letters or more
    /// ending in *-ed*, or an irregular past such as *began*) or common ones in the present
    /// (see [`is_common_verb`]).
    fn verbs(&self, range: Range<usize>) -> impl Iterator<Item = usize> + '_ {
        range.filter(|&i| is_verb(self.word(i)))
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

    /// Whether the phrases of words `one` and `other` (the later) are neighbouring items of
    /// a list in one sentence, named by words that are not small ones: the later item is
    /// the phrase and articles, the earlier ends with its phrase, and only commas, "and",
    /// "or" and articles are between them ("the fugue, the suite", "Composers include
    /// Handel and Vivaldi"); not clauses ("sands smooth, does not splinter") nor a bracket.
    pub(crate) fn listed_together(&self, one: Range<usize>, other: Range<usize>) -> bool {
        if one.is_empty() || other.start < one.end || other.end > self.words.len() {
            return false;
        }
        let (last, next) = (one.end - 1, other.start);
        let gap = |i: usize| &self.text[self.ranges[i].end..self.ranges[i + 1].start];
        // Words of the item besides the phrase: articles, and before the first item's
        // phrase anything ("Composers include Haydn, Mozart").
        let only = |phrase: &Range<usize>, before: bool| {
            let item = self.item_around(phrase.clone());
            let lead = if before {
                phrase.start..phrase.start
            } else {
                item.start..phrase.start
            };
            lead.chain(phrase.end..item.end)
                .all(|i| is_article(self.word(i)))
                && !phrase.clone().any(|i| is_sentence_word(self.word(i)))
        };
        self.sentence_of[last] == self.sentence_of[next]
            && (last..next).all(|i| gap(i).chars().all(|c| c == ',' || c.is_whitespace()))
            && (one.end..next).all(|i| is_item_glue(self.word(i)))
            && ((last..next).any(|i| gap(i).contains(','))
                || (one.end..next).any(|i| matches!(self.word(i), "and" | "or")))
            && only(&one, true)
            && only(&other, false)
    }

    /// Whether an item of a list ends between word `i` and the next: an item break, or the
    /// next word is "and" or "or", or it ends the sentence.
    fn item_ends_after(&self, i: usize) -> bool {
        let Some(next) = self.ranges.get(i + 1) else {
            return true;
        };
        self.sentence_of[i] != self.sentence_of[i + 1]
            || self.text[self.ranges[i].end..next.start].contains(ITEM_BREAKS)
            || matches!(self.word(i + 1), "and" | "or")
            || matches!(self.word(i), "and" | "or")
    }

    /// The item of a list the words `phrase` are in, as a range of word numbers, without
    /// the "and" or "or" that opens it.
    fn item_around(&self, phrase: Range<usize>) -> Range<usize> {
        let start = (0..phrase.start)
            .rev()
            .find(|&i| self.item_ends_after(i))
            .map_or(0, |i| i + 1);
        let end = (phrase.end.saturating_sub(1)..self.words.len())
            .find(|&i| self.item_ends_after(i))
            .map_or(self.words.len(), |i| i + 1);
        start..end
    }

    /// The items of the words `range` (whole sentences), as ranges of word numbers: the
    /// runs of words between item breaks, "and" and "or" (see [`Clauses::item_ends_after`]),
    /// each with a word besides an article.
    fn items_of(&self, range: Range<usize>) -> Vec<Range<usize>> {
        let mut items = Vec::new();
        let mut start = range.start;
        for i in range {
            if self.item_ends_after(i) {
                if (start..=i).any(|w| !is_item_glue(self.word(w))) {
                    items.push(start..i + 1);
                }
                start = i + 1;
            }
        }
        items
    }

    /// The items of the sentences that read as lists (see [`Clauses::items_of`]).
    pub(crate) fn list_items(&self) -> Vec<Range<usize>> {
        self.sentences
            .iter()
            .filter(|s| s.list)
            .flat_map(|s| self.items_of(s.words.clone()))
            .collect()
    }

    /// These clauses, for an answer that is not prose but is asked for in a sentence or more:
    /// its short items read as a list as in prose ("interception, faster, lag time, leaves
    /// catch"), and so do its fragments in a run ("Baked. Hard. Infiltration." for a question
    /// asking for ten words) and runs of keywords (see [`Clauses::keyword_run`]), though
    /// other bare answers stay answers.
    pub(crate) fn asked_in_sentences(mut self) -> Self {
        let keyword_runs: Vec<bool> = self
            .sentences
            .iter()
            .map(|s| self.keyword_run(s.words.clone(), s.items))
            .collect();
        for (sentence, run) in self.sentences.iter_mut().zip(keyword_runs) {
            sentence.list |= run
                || sentence.items.list(PROSE_LIST_ITEMS)
                || sentence.chain.chained(sentence.items, true);
        }
        self.short_lists = true;
        self.fragment_runs();
        self
    }
}
