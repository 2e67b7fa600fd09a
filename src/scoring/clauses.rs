//! Sentences and clauses of a written answer, and whether a point can be earned where it was
//! written.
//!
//! A text's words are numbered as the keyword matcher numbers them (see [`super::keywords`]).
//! **Sentences** end at `.`, `!`, `?` and line breaks. **Clauses** end there too, and at `,`, `;`,
//! `:`, brackets and dashes, and before the words "but", "although", "though", "however",
//! "whereas", "while", "yet", "because", "since" and "unless".
//!
//! A point matched at some words earns nothing, with the reason, when:
//!
//! - **negated**: a word of negation ("not", "never", "no", "nor", "neither", "nobody", "none",
//!   "without", "hardly", "barely", "rarely", "seldom", "cannot", any word ending in "n't",
//!   "failed to", "refused to", "unwilling to", "nothing to do with", "anything but", "far from"
//!   before what it denies rather than a place, …) comes before it in its clause, at most four
//!   words before and with no "and" between, or anywhere after a denial turned round that opens
//!   the clause ("Not once did he …", "At no point did he …"; see `denied_turned_round`), or past
//!   a phrase put in after the negation or an aside after a clause ending in it ("did not at any
//!   point in the 1920s want …", "He was not, as some claim, pro-German"; see
//!   `denied_from_afar`) ("not
//!   only" does not negate, nor does a negation of a verb of neglect: "must not forget"; "or" and "nor" carry the negation on to what they join: "not
//!   bright or sunny", "does not create more runoff or fill the drains", and so does an "any" just
//!   before the point: "does not reach the river any faster"; "no matter", "no doubt" and "with or
//!   without" deny nothing, nor does a negation of a limit: "not limited in size", "no limit on
//!   its size"), or it is followed by a negation of the verb, straight away or after an
//!   auxiliary, itself perhaps after a phrase or three opened by prepositions or the rest of a
//!   subject the point opens ("security never mattered", "Litvinov was not …", "the purges at
//!   home did not matter", "the pact with Hitler in 1939 had nothing to do with it",
//!   "concrete and tarmac are not …"; not "without", "lack", "avoid", nor "no" after anything but
//!   "is", "was", "are", "were": "the root has no parent"), or it is what a denied verb of thinking
//!   or saying, of wanting or meaning to, or of making, letting or helping happen governs in its
//!   clause, however far ("Tucker does not think the pact of 1939 put it into practice", "nobody
//!   could say that …", "few people believe that …", "did not in any way want the USSR to stay
//!   out", "does not make the rain water become surface runoff"), or its clause says it of no one,
//!   however far ("none of the Western powers helped …", "nobody in London trusted …", "neither
//!   Britain nor France …"; neither past "and", "so", "then"), or its clause says it plays no part
//!   ("concentration has no effect", "glycogen is irrelevant", "energy prices did not matter", "Rapallo proved nothing"), or
//!   it is in a claim the text calls untrue or disputes ("it is not true that …", "…, but that is
//!   wrong", "I disagree that …": see [`denial`]), or in the noun phrase a "not the", "never a" or
//!   "nothing to do with" opens, or in the action a "rather than" or "instead of" names (its verb
//!   and what it acts on: "instead of joining the League"; not "every time" in "instead of calling
//!   it every time"), unless the accepted phrase itself says "not" (such as "not invited") or the
//!   model answer makes the same point negatively (or says it is kept from happening: "stops it
//!   bursting", "kept the USSR out of the war") with the same alternative or one sharing a word
//!   with it; "dont" and other contractions written without the apostrophe are read as contractions
//!   (see `crate::words`);
//! - **supposed**: it is in the "if" of a past that did not happen (or of a present that is
//!   not so: "if it were true that …", "if he were …"), up to a comma or a "would",
//!   "could", "might" or "should" ("If the town had been paved with tarmac, …", "Had he been a
//!   member of the Politburo, …"; see [`supposed`]), unless the model answer makes the point
//!   negatively;
//! - **a list**: where the answer is to be prose, its sentence has four words or more and none of
//!   the small words a sentence needs (articles, pronouns, auxiliaries, prepositions: see
//!   [`SENTENCE_WORDS`]; not the particles of phrasal verbs, "burns out", "cuts off"), or sixteen words or more of which fewer than a fifth are such words, or
//!   it is three or more items split by commas, semicolons or slashes, of two words or fewer each,
//!   or five items or more, three in four of three words or fewer (articles, "and" and "or" aside:
//!   "Key ideas include dams, zoning, cost, sustainability and the best option"), or three
//!   items or more of three words or fewer each, two of them or more nothing but points and
//!   the others bare names without a small word but a preposition ("free electrons,
//!   insulator, does not conduct, poor conductor", "powder, larger surface area, more
//!   collisions", "memory cells, faster, destroyed before symptoms"), or it is a
//!   fragment (three words or fewer with no pronoun, auxiliary or joining word, articles
//!   aside: "Insulin.", "Cost of living.", "Goes up.", "The Baltic.") in a run of three sentences or more that are
//!   fragments or lists ("Pancreas. Insulin. Glucagon.", or one to a line), or of two with a list;
//!   elsewhere (a short answer, a grid cell), the same with ten (forty) words or six items (an
//!   item of numbers alone is not counted), and
//!   fragments and short items are answers unless the question asks for eight words or more (see
//!   [`Clauses::asked_in_sentences`]; there eight words without a small word are a list too);
//! - **repeated**: its sentence (of three words or more) says word for word what an earlier
//!   sentence said, or (of six words or more) what one of a report's earlier sections said (see
//!   [`frames::REPEAT_ACROSS`]), an opening or closing word that adds nothing aside ("Also, …",
//!   "Again, …", "As I said, …", "…, too": see [`said`]), and so is any opening of one or two
//!   words set off by a comma ("Remember, …");
//! - **asked**, **guessed**, **names only** or **the same frame** (in prose; elsewhere only guesses
//!   and questions put to the reader): its sentence is a question, offers its points as guesses
//!   ("maybe revolution, or trade, or perhaps security"), only says that the points it carries are
//!   there ("Lenin and Genoa are mentioned in the sources", "Stalin should consider the tanks"), or
//!   says of them word for word what an earlier sentence said of others (see [`frames`]);
//! - **both ways**: it is offered with its opposite just across an "or" or a slash in its
//!   clause ("collide more often or less often", "enough energy or not enough energy", "it
//!   melts or does not melt": see [`both_ways`]);
//! - **taken back**: a later sentence takes it back: a bare "No.", "Not.", "Only joking." or
//!   "As if." after its sentence, or "None of that is true.", "All of this is made up." after
//!   it, however far (see [`denial`]).

use std::borrow::Cow;

use std::ops::Range;

use crate::text::word_count;
use crate::words::{Words, run_hash, sentence_ends, words_at};

mod both_ways;
mod denial;
mod flaw;
mod frames;
mod lists;
mod negation;
mod prevented;
mod sentence_so_far;
mod sentence_words;
mod stance;
mod supposed;

pub(crate) use flaw::Flaw;
pub(crate) use frames::{ReadBefore, is_talk_word};
use lists::{Items, is_verb};
pub(crate) use negation::is_negative;
pub(crate) use prevented::is_preventing;
use sentence_so_far::SentenceSoFar;
pub(crate) use sentence_words::{
    SENTENCE_WORDS, is_article, is_particle, is_preposition, is_sentence_word, said,
};
pub(crate) use stance::{Stance, is_against_word, is_favouring_word};

/// Words that begin a new clause.
const CLAUSE_STARTS: &[&str] = &[
    "but", "although", "though", "however", "whereas", "while", "yet", "because", "since", "unless",
];

/// Subjects that open a clause after an "and" written short as "n" (see [`joins_clause`]).
const SHORT_AND_SUBJECTS: &[&str] = &["he", "i", "it", "she", "that", "then", "they", "u", "we"];

/// Whether the lowercase "n" at `range` of `text` stands between words, before one of
/// [`SHORT_AND_SUBJECTS`]: "and" written short, joining a clause on.
fn joins_clause(text: &str, range: &Range<usize>) -> bool {
    let before = text[..range.start].ends_with(' ')
        && text[..range.start]
            .trim_end()
            .ends_with(char::is_alphabetic);
    let after = &text[range.end..];
    let next = after
        .strip_prefix(' ')
        .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next());
    &text[range.clone()] == "n"
        && before
        && next.is_some_and(|next| SHORT_AND_SUBJECTS.contains(&next.to_lowercase().as_str()))
}

/// Whether a word is a number written in digits ("1939", "60" and "000" of "£60,000").
pub(crate) fn is_number(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit())
}

/// Whether a word does not make an item of a list longer: an article or a word that joins
/// items ("and the best option" is as short an item as "best option").
fn is_item_glue(word: &str) -> bool {
    is_article(word) || matches!(word, "and" | "or")
}

/// A sentence of a text.
#[derive(Debug, Clone)]
pub(crate) struct Sentence {
    /// Its words, as word numbers of [`Clauses::words`] (see [`Clauses::words_of`]).
    pub(crate) words: Range<usize>,
    /// Reads as a list rather than a sentence.
    pub(crate) list: bool,
    /// A fragment (see [`Clauses::is_fragment`]): a keyword with a full stop, a heading or
    /// a bullet, unless it stands alone (see [`Clauses::fragment_runs`]).
    fragment: bool,
    /// Says word for word what an earlier sentence said.
    pub(crate) repeated: bool,
    /// The words of what it says, as word numbers: without an opening or a closing that
    /// adds nothing (see [`Clauses::claim`]).
    said: Range<usize>,
    /// Carries points without making them, and why (see [`frames`]).
    pub(crate) unmade: Option<Flaw>,
    /// Its items, by length.
    items: Items,
    /// Its links: runs of words between clause breaks, "and" and "or" (see
    /// [`Items::chained`]).
    chain: Items,
}

/// The sentences and clauses of a text, word by word.
#[derive(Debug, Clone, Default)]
pub(crate) struct Clauses<'t> {
    /// The text.
    text: &'t str,
    /// The words, lowercased, as the keyword matcher numbers them.
    pub(crate) words: Vec<Cow<'t, str>>,
    /// Where each word is in the text, as a byte range.
    pub(crate) ranges: Vec<Range<usize>>,
    /// For each word, the first word of its clause.
    pub(crate) clause_start: Vec<usize>,
    /// For each word, its sentence.
    pub(crate) sentence_of: Vec<usize>,
    /// The sentences.
    pub(crate) sentences: Vec<Sentence>,
    /// Whether a point followed by an auxiliary and "not" ("Litvinov was not …") is negated.
    forward_only: bool,
    /// Whether the text is to be written in sentences.
    prose: bool,
    /// Whether short items read as a list: in prose, or where an answer is asked for in a
    /// sentence or more (see [`Clauses::asked_in_sentences`]).
    short_lists: bool,
    /// Whether what the text is said of is given by what it answers (a grid's row, a short
    /// question): points joined by "and" alone then say something of it (see [`frames`]).
    subject_given: bool,
    /// For each word, whether a list makes its point: the answer is a list, as its model
    /// answer's is (see [`Clauses::lists_make`]); empty where no list is.
    list_makes: Vec<bool>,
    /// For each word, whether it is in a claim the text calls untrue (see [`denial`]); empty
    /// where none is.
    denied: Vec<bool>,
    /// For each word, whether a later sentence takes it back ("Actually, no.": see
    /// [`denial`]); empty where none is.
    taken_back: Vec<bool>,
}

/// Characters that end a clause (as well as the ends of sentences).
const CLAUSE_BREAKS: &[char] = &[',', ';', ':', '(', ')', '–', '—', '/'];

/// Characters that end an item of a list: those that end a clause but brackets, whose words
/// belong to the item they follow ("Austria (2007) and Malta (2018) allow …").
const ITEM_BREAKS: &[char] = &[',', ';', ':', '–', '—', '/'];

impl<'t> Clauses<'t> {
    /// Splits a text into sentences and clauses; `prose` says whether the answer is to be
    /// written in sentences (an essay, a report section, or a question of 20 words or more),
    /// where short lists are lists too.
    pub(crate) fn new(text: &'t str, prose: bool) -> Self {
        // About one word in six bytes: room made once for most texts.
        let words = text.len() / 6 + 1;
        let mut clauses = Self {
            text,
            prose,
            short_lists: prose,
            words: Vec::with_capacity(words),
            ranges: Vec::with_capacity(words),
            clause_start: Vec::with_capacity(words),
            sentence_of: Vec::with_capacity(words),
            ..Self::default()
        };
        let mut sentence = SentenceSoFar::default();
        let mut seen: foldhash::HashSet<u64> = foldhash::HashSet::default();
        let mut ends = sentence_ends(text).into_iter().peekable();
        let mut clause_start = 0;
        let mut last = 0;
        for (range, word) in words_at(text) {
            let mut new_item = clauses.words.is_empty();
            if ends.next_if(|&end| end < range.start).is_some() {
                while ends.next_if(|&end| end < range.start).is_some() {}
                clauses.end_sentence(sentence, prose, &mut seen);
                sentence = SentenceSoFar::starting_at(clauses.words.len());
                new_item = true;
            }
            let between = &text[last..range.start];
            // The comma of a number ("£15,000") breaks nothing.
            let between = if between == ","
                && word.len() == 3
                && is_number(&word)
                && clauses.words.last().is_some_and(|w| is_number(w))
            {
                ""
            } else {
                between
            };
            if new_item || between.contains(ITEM_BREAKS) {
                sentence.end_item();
            }
            if new_item || between.contains(CLAUSE_BREAKS) {
                clause_start = clauses.words.len();
            }
            if CLAUSE_STARTS.contains(&word.as_ref()) {
                clause_start = clauses.words.len();
            }
            // A lone "n" before a clause of its own is "and" written short ("its not toxic
            // n it seals the wood"); not a count ("n log n", "take n-1 steps").
            let word = if word == "n" && !clauses.words.is_empty() && joins_clause(text, &range) {
                Cow::Borrowed("and")
            } else {
                word
            };
            sentence.add(&word);
            last = range.end;
            clauses.clause_start.push(clause_start);
            clauses.sentence_of.push(clauses.sentences.len());
            clauses.ranges.push(range);
            clauses.words.push(word);
        }
        clauses.end_sentence(sentence, prose, &mut seen);
        if prose {
            clauses.fragment_runs();
        }
        clauses.read_denials();
        clauses
    }

    /// What the sentence of words `range` says, without an opening of one or two words set
    /// off by a comma ("Remember, …", "In short, …") or other words that add nothing (see
    /// [`said`]): a sentence written again behind them is written again.
    fn claim(&self, range: Range<usize>) -> Range<usize> {
        let set_off = (1..=2).find(|&n| {
            let (Some(word), Some(next)) = (
                self.ranges.get(range.start + n - 1),
                self.ranges.get(range.start + n),
            ) else {
                return false;
            };
            range.start + n + 2 < range.end && self.text[word.end..next.start].contains(',')
        });
        let start = range.start + set_off.unwrap_or(0);
        let said = said(&self.words[start..range.end]);
        start + said.start..start + said.end
    }

    /// Whether the words from word `at` on are `phrase` (lowercased words).
    fn says_at(&self, at: usize, phrase: &[&str]) -> bool {
        self.words
            .get(at..at + phrase.len())
            .is_some_and(|words| words.iter().map(AsRef::as_ref).eq(phrase.iter().copied()))
    }

    /// Word `i`, lowercased; empty past the last.
    fn word(&self, i: usize) -> &str {
        self.words.get(i).map_or("", AsRef::as_ref)
    }

    /// Whether word `i` is written with a capital (a name, or a sentence's first word).
    fn capitalised(&self, i: usize) -> bool {
        self.ranges
            .get(i)
            .and_then(|r| self.text[r.clone()].chars().next())
            .is_some_and(char::is_uppercase)
    }

    /// Ends the sentence whose words are the last ones, if it has any: whether it reads as
    /// a list, and whether an earlier one said the same.
    fn end_sentence(
        &mut self,
        mut sentence: SentenceSoFar,
        prose: bool,
        seen: &mut foldhash::HashSet<u64>,
    ) {
        sentence.end_item();
        let (first, end) = (sentence.first, self.words.len());
        if end == first {
            return;
        }
        let items = sentence.items;
        let chain = sentence.chain.strung(sentence.joints);
        let fragment = self.is_fragment(first..end);
        let list = self.reads_as_list(first..end, items, prose) || chain.chained(items, prose);
        let said = self.claim(first..end);
        let claim = &self.words[said.clone()];
        let repeated = claim.len() >= 3 && !seen.insert(run_hash(claim));
        self.sentences.push(Sentence {
            words: first..end,
            list,
            fragment,
            repeated,
            said,
            unmade: None,
            items,
            chain,
        });
    }

    /// The words for the keyword matcher, numbered as here.
    pub(crate) fn matched_words(&self) -> Words {
        Words::of(self.text, &self.words, &self.ranges)
    }

    /// How many words (as [`word_count`] counts them) are in sentences written before,
    /// word for word: padding, which does not count towards a word limit.
    pub(crate) fn repeated_words(&self) -> usize {
        self.sentences
            .iter()
            .filter(|s| s.repeated && !s.words.is_empty())
            .map(|s| {
                let bytes = self.ranges[s.words.start].start..self.ranges[s.words.end - 1].end;
                word_count(&self.text[bytes])
            })
            .sum()
    }

    /// The words of the sentence word `at` is in, as a range of word numbers.
    pub(crate) fn sentence_words(&self, at: usize) -> Range<usize> {
        let Some(&sentence) = self.sentence_of.get(at) else {
            return at..at;
        };
        let first = self.sentence_of[..at]
            .iter()
            .rposition(|&s| s != sentence)
            .map_or(0, |i| i + 1);
        let end = self.sentence_of[at..]
            .iter()
            .position(|&s| s != sentence)
            .map_or(self.sentence_of.len(), |i| at + i);
        first..end
    }

    /// The words of the clause word `at` is in, as a range of word numbers.
    pub(crate) fn clause_words(&self, at: usize) -> Range<usize> {
        let Some(&start) = self.clause_start.get(at) else {
            return at..at;
        };
        let end = (at + 1..self.words.len())
            .find(|&i| self.clause_start[i] != start)
            .unwrap_or(self.words.len());
        start..end
    }

    /// The words of a sentence of these clauses, lowercased.
    pub(crate) fn words_of(&self, sentence: &Sentence) -> &[Cow<'t, str>] {
        &self.words[sentence.words.clone()]
    }

    /// The sentence word `at` is in.
    pub(crate) fn sentence_at(&self, at: usize) -> Option<&Sentence> {
        self.sentences.get(*self.sentence_of.get(at)?)
    }

    /// These clauses, for an answer whose subject is given by what it answers (a grid's
    /// row, a short question): "Cheap and easy to cut." says something of pine.
    pub(crate) fn of_given_subject(mut self) -> Self {
        self.subject_given = true;
        self
    }

    /// Lets the lists of these clauses make the points of the words `listed` marks (one
    /// flag a word): where the answer is a list, as its model answer's is, a list is no flaw
    /// for those words, whichever point they are words of.
    pub(crate) fn lists_make(&mut self, listed: Vec<bool>) {
        self.list_makes = listed;
    }

    /// These clauses, reading negation only forwards: "Germany will not attack us" does not
    /// negate "Germany".
    pub(crate) fn forward_only(mut self) -> Self {
        self.forward_only = true;
        self
    }
}

#[cfg(test)]
mod tests;
