//! Sentences that carry points without making them, seen once every point's phrases are
//! found. Where the answer is to be written in sentences (prose), a point earns nothing in:
//!
//! - **a question**: the sentence ends with "?" ("Did Lenin want revolution?"), or asks
//!   without one ("I wonder whether …", "Could it be that …", "It is unclear whether …",
//!   "Whether … is unclear": [`asking::asks_unmarked`]) and says nothing after a "but": it asks,
//!   and says nothing;
//! - **guesses** (in any written answer): the sentence offers alternatives, hedging: "or" twice or
//!   more with "maybe", or with two of "perhaps", "possibly", "probably" ("maybe revolution, or
//!   trade, or perhaps security"); "or" once with two of them ("maybe trade or maybe security"),
//!   with words of not knowing ("not sure", "don't know", "no idea", …), with "one of those" or in
//!   a question ("Warsaw, or was it Rapallo?"); or "maybe" twice ("maybe it is trade, maybe
//!   security"). A "perhaps" before a list of explanations is a writer weighing them ("perhaps the
//!   purges, or the weak Red Army, or fear of Japan explain it"), and "may be" or "could be" with
//!   alternatives describes them ("a pointer may be null or 0, or an address");
//! - **names only**: the words around the phrases (the sentence's **frame**) say nothing
//!   about them but that they are there ("Lenin, Genoa and Litvinov are all mentioned in
//!   these sources", "Munich was important", "This essay will look at Lenin, Litvinov's
//!   policies and Munich"): apart from small words (see
//!   [`super::sentence_words::SENTENCE_WORDS`]) and the other words of a short item of a
//!   list that holds a point, only [`TALK_WORDS`]; or there are no such words and the
//!   sentence only says the points are there ("There is Munich.", not "There is more
//!   runoff.");
//! - **things to bear in mind**: the points are what a verb of attention ("consider",
//!   "remember", "think about", "keep in mind", …: [`attention`]) points at, and nothing
//!   after that verb says anything of them ("Stalin should consider the tanks", "It is worth
//!   remembering Poland"): the sentence tells the reader to think of the points without
//!   thinking of them itself;
//! - **the same frame**: the frame's words other than small ones, two or more, are word for
//!   word those of an earlier sentence that carried a point, in this text or, for a report,
//!   an earlier section ("The USSR wanted revolution at first. The USSR wanted trade at
//!   first."); or, in a sentence of nothing but small words around its points, those small
//!   words, two or more, articles aside ("It is the Baltic. It is Japan."): a list written
//!   as sentences. The first sentence keeps its point.
//!
//! Elsewhere (a short answer, a grid cell worth a mark) only guesses and questions put to
//! the reader are looked for: a question mark may be a student's doubt about a right answer
//! ("Litvinov?", "Because of the League?"), but not after a question's opening word ("Is it
//! because of the League?", "What about Litvinov?": see [`asking::QUESTION_OPENERS`]) nor in a
//! question asked without one ("I wonder whether …"); and parallel
//! sentences are often the answer itself ("traverse the left subtree. visit the root.
//! traverse the right subtree.").

use std::borrow::Cow;
use std::ops::Range;

use super::{Clauses, Flaw, is_article, is_item_glue, is_preposition, is_sentence_word, is_verb};
use crate::words::run_hash;
use about_words::{about_words, quoted, speaks_of_a_words_form};
use asking::{QUESTION_OPENERS, asks_unmarked, guessed, offers_candidates, question_mark_after};
use attention::only_attended;
use marking::about_the_marking;

mod about_words;
mod asking;
mod attention;
mod marking;

/// What the sentences read so far leave for those after them: the frames of those that
/// carried a point (see the module's doc) and, for the later sections of a report, the
/// sentences themselves (see [`REPEAT_ACROSS`]).
#[derive(Debug, Default)]
pub(crate) struct ReadBefore {
    /// The hashes of the frames of sentences that carried a point.
    frames: foldhash::HashSet<u64>,
    /// The hashes of the sentences of earlier texts, [`REPEAT_ACROSS`] words or longer.
    sentences: foldhash::HashSet<u64>,
}

impl ReadBefore {
    /// Forgets the frames read, keeping the sentences: the answer to another question may
    /// make its points in the frames an earlier answer made its own in.
    pub(crate) fn forget_frames(&mut self) {
        self.frames.clear();
    }
}

/// How many words a sentence needs for its repeat in a later section of a report, or in the
/// answer to a later question of an activity, to earn nothing: a short verdict restated
/// ("Collective security had failed.") is a summing up, a long sentence written again is
/// the same text pasted twice.
pub const REPEAT_ACROSS: usize = 6;

/// Words that speak of the answer or the sources rather than of the subject: a frame of
/// these and small words only names the points it carries. Words that may say something of
/// a point ("involves", "includes", "refers to") are not among them: "photosynthesis
/// involves light" makes its point. In byte order (see also [`WEIGHTS`]).
pub const TALK_WORDS: &[&str] = &[
    "and",
    "another",
    "answer",
    "answers",
    "chart",
    "charts",
    "conclusion",
    "conclusions",
    "cover",
    "covers",
    "discuss",
    "discussed",
    "discusses",
    "document",
    "documents",
    "essay",
    "essays",
    "etc",
    "event",
    "events",
    "example",
    "examples",
    "explore",
    "explores",
    "extract",
    "extracts",
    "factor",
    "factors",
    "going",
    "here",
    "introduction",
    "introductions",
    "keyword",
    "keywords",
    "list",
    "listed",
    "lists",
    "look",
    "looking",
    "lot",
    "lots",
    "many",
    "mention",
    "mentioned",
    "mentioning",
    "mentions",
    "or",
    "other",
    "others",
    "paragraph",
    "paragraphs",
    "part",
    "parts",
    "passage",
    "passages",
    "point",
    "points",
    "question",
    "questions",
    "reason",
    "reasons",
    "recommendation",
    "recommendations",
    "report",
    "reports",
    "section",
    "sections",
    "several",
    "source",
    "sources",
    "stuff",
    "summary",
    "talk",
    "talked",
    "talking",
    "talks",
    "term",
    "terms",
    "text",
    "texts",
    "thing",
    "things",
    "topic",
    "topics",
    "word",
    "words",
    "write",
    "writing",
];

/// Whether a word (lowercased) is one of [`TALK_WORDS`].
pub(crate) fn is_talk_word(word: &str) -> bool {
    TALK_WORDS.binary_search(&word).is_ok()
}

/// Words that weigh a point without saying anything of it, unless one of [`TIES`] ties
/// them to something ("important for photosynthesis", "key to the plan"): read as
/// [`TALK_WORDS`] otherwise ("Munich was important", "the key words", "relevant too").
const WEIGHTS: &[&str] = &["important", "key", "relevant", "significant"];

/// Words after one of [`WEIGHTS`] that tie it to what it is said of.
const TIES: &[&str] = &[
    "as", "because", "for", "in", "of", "since", "to", "when", "with",
];

impl Clauses<'_> {
    /// Whether the sentence of words `sentence` ends with a question mark.
    pub(crate) fn ends_in_question(&self, sentence: Range<usize>) -> bool {
        question_mark_after(self.text, &self.ranges, sentence)
    }

    /// Marks the sentences that carry points without making them (see the module's doc),
    /// given every phrase where a point was found, as (first word, number of words);
    /// `seen` holds the frames and sentences of those read before, and takes these. A
    /// sentence written word for word in an earlier text (a report's earlier section) is
    /// repeated. Outside prose, only guesses are looked for.
    pub(crate) fn read_points(
        &mut self,
        phrases: impl IntoIterator<Item = (usize, usize)>,
        seen: &mut ReadBefore,
    ) {
        let hashes: Vec<Option<u64>> = self
            .sentences
            .iter()
            .map(|s| {
                let claim = &self.words[s.said.clone()];
                (claim.len() >= REPEAT_ACROSS).then(|| run_hash(claim))
            })
            .collect();
        for (sentence, hash) in self.sentences.iter_mut().zip(&hashes) {
            if hash.is_some_and(|h| seen.sentences.contains(&h)) {
                sentence.repeated = true;
            }
        }
        seen.sentences.extend(hashes.into_iter().flatten());
        let mut carried = vec![false; self.words.len()];
        for (at, len) in phrases {
            for word in carried.iter_mut().skip(at).take(len) {
                *word = true;
            }
        }
        // A word about the answer, or a verdict of weight not tied to something it is said
        // of ("important", not "important for").
        let talk = |i: usize, end: usize| {
            let word = self.words[i].as_ref();
            let tie = self
                .words
                .get(i + 1)
                .filter(|_| i + 1 < end)
                .map(AsRef::as_ref);
            // "as well" at the end adds the point to others and ties it to nothing.
            let as_well = tie == Some("as")
                && self.words.get(i + 2).is_some_and(|w| w == "well")
                && i + 3 == end;
            let closing_well =
                word == "well" && i + 1 == end && i >= 1 && self.words[i - 1] == "as";
            is_talk_word(word)
                || closing_well
                || (WEIGHTS.contains(&word) && (as_well || !tie.is_some_and(|t| TIES.contains(&t))))
        };
        let itemised = if self.prose && carried.contains(&true) {
            self.listed_items(&carried)
        } else {
            Vec::new()
        };
        let clause_start = &self.clause_start;
        let words = &self.words;
        for sentence in &mut self.sentences {
            let range = sentence.words.clone();
            if !carried[range.clone()].contains(&true) {
                continue;
            }
            if self.short_lists && points_listed(words, clause_start, &carried, range.clone()) {
                sentence.list = true;
            }
            let words = &self.words[range.clone()];
            let marked = question_mark_after(self.text, &self.ranges, range.clone());
            let unmarked = asks_unmarked(words);
            let question = marked || unmarked;
            let quoted = range.clone().any(|i| quoted(self.text, &self.ranges[i]));
            if !self.prose {
                let asks = (marked && QUESTION_OPENERS.contains(&words[0].as_ref())) || unmarked;
                sentence.unmade = if asks {
                    Some(Flaw::Asked)
                } else if guessed(words, &carried[range.clone()], question)
                    || offers_candidates(&self.words, clause_start, &carried, range)
                {
                    Some(Flaw::Guessed)
                } else {
                    (speaks_of_a_words_form(words, quoted) || about_the_marking(words))
                        .then_some(Flaw::NamesOnly)
                };
                continue;
            }
            let frame: Vec<usize> = range
                .clone()
                .filter(|&i| !carried[i] && !is_sentence_word(&self.words[i]))
                .collect();
            // The words of an item of a list that holds a point ("Litvinov's policies" in
            // "This essay will look at Lenin, Litvinov's policies and Munich") say nothing
            // more of it than the lead-in does.
            let listed: Vec<usize> = frame.iter().copied().filter(|&i| !itemised[i]).collect();
            // "and" joins the names a lead-in lists, or points with only articles and
            // prepositions around them ("the voting age and the Scotland and a Wales"); in
            // a clause it joins what the points say ("They can get a job and pay taxes").
            let clause_word = range.clone().any(|i| {
                let word = self.words[i].as_ref();
                !carried[i] && is_sentence_word(word) && !is_article(word) && !is_preposition(word)
            });
            // Points joined by "and" alone say something of a subject the answer is given
            // ("Cheap and easy to cut." of pine), not of none ("Munich and Poland."); not
            // padded with articles ("The cheap, a the low cost and the easy to cut").
            let joined_only =
                self.subject_given && range.clone().all(|i| carried[i] || self.words[i] == "and");
            let names_only = (!listed.is_empty()
                && listed.iter().all(|&i| talk(i, range.end))
                && (!clause_word || listed.iter().any(|&i| self.words[i] != "and"))
                && !joined_only)
                || (frame.iter().all(|&i| self.words[i] == "and") && only_there(words));
            let frame: Vec<&str> = frame.iter().map(|&i| self.words[i].as_ref()).collect();
            // With no word of its own, a sentence's small words are its frame, articles
            // aside ("It is the Baltic. It is Japan."): two of them or more.
            let skeleton: Vec<&str> = if frame.is_empty() {
                range
                    .clone()
                    .filter(|&i| !carried[i] && !is_article(&self.words[i]))
                    .map(|i| self.words[i].as_ref())
                    .collect()
            } else {
                Vec::new()
            };
            let same_frame = (frame.len() >= 2 && !seen.frames.insert(run_hash(&frame)))
                || (skeleton.len() >= 2 && !seen.frames.insert(run_hash(&skeleton)));
            sentence.unmade = if question {
                Some(Flaw::Asked)
            } else if guessed(words, &carried[range.clone()], question)
                || offers_candidates(&self.words, clause_start, &carried, range.clone())
            {
                Some(Flaw::Guessed)
            } else if names_only
                || about_words(words)
                || speaks_of_a_words_form(words, quoted)
                || about_the_marking(words)
                || only_attended(words, &carried[range.clone()], &self.clause_start[range])
            {
                Some(Flaw::NamesOnly)
            } else if same_frame {
                Some(Flaw::SameFrame)
            } else {
                None
            };
        }
    }

    /// For each word, whether it is in a short item of a list that holds a point: a part of
    /// its sentence between commas (or the like) of [`LIST_ITEM_WORDS`] words or fewer
    /// besides articles, "and" and "or", with a point's word and no other small word. In a
    /// sentence about the answer itself, which opens with words about the answer and small
    /// words only ("This report covers the League, covers the Franco-Soviet pact …"), every
    /// such item names something, a point or not, and is counted without those words, the
    /// prepositions in it and its points.
    fn listed_items(&self, carried: &[bool]) -> Vec<bool> {
        let mut listed = vec![false; self.words.len()];
        let joining = |j: usize| is_item_glue(&self.words[j]);
        let mut about_the_answer = false;
        let mut start = 0;
        while start < self.words.len() {
            let end = (start..self.words.len())
                .find(|&j| {
                    self.clause_start[j] != self.clause_start[start]
                        || self.sentence_of[j] != self.sentence_of[start]
                })
                .unwrap_or(self.words.len());
            let lead_in = self.after_talk(start..end);
            if start == 0 || self.sentence_of[start] != self.sentence_of[start - 1] {
                about_the_answer = lead_in.is_some();
            }
            let item = if about_the_answer {
                lead_in.unwrap_or(start)..end
            } else {
                start..end
            };
            // In a sentence about the answer, a name may have a preposition in it ("the
            // brunt of the fighting", "passage through Poland").
            let glue = |j: usize| {
                joining(j)
                    || (about_the_answer
                        && (is_talk_word(&self.words[j]) || is_preposition(&self.words[j])))
            };
            // There, a name's length is what it has besides its points.
            let short = item
                .clone()
                .filter(|&j| !(glue(j) || (about_the_answer && carried[j])))
                .count()
                <= LIST_ITEM_WORDS;
            if short
                && !item.is_empty()
                && (about_the_answer || item.clone().any(|j| carried[j]))
                && item
                    .clone()
                    .all(|j| carried[j] || !is_sentence_word(&self.words[j]) || glue(j))
            {
                listed[item].fill(true);
            }
            start = end;
        }
        listed
    }

    /// The first word after the words about the answer that open `item`, with the small
    /// words among them and the articles after them ("This report covers the" before
    /// "League"); `None` when the item opens with a word of another kind ("The treaty
    /// covers …").
    fn after_talk(&self, item: Range<usize>) -> Option<usize> {
        let mut after = None;
        for j in item.clone() {
            let word = self.words[j].as_ref();
            if is_talk_word(word) {
                after = Some(j + 1);
            } else if !is_sentence_word(word) {
                break;
            }
        }
        after.map(|first| {
            (first..item.end)
                .find(|&j| !is_article(&self.words[j]))
                .unwrap_or(item.end)
        })
    }
}

/// The most words of an item of a list, articles and "and" aside (see
/// [`Clauses::listed_items`]).
const LIST_ITEM_WORDS: usize = 3;

/// Words that, in a sentence that only says its points are there ("There is Munich."),
/// say something of them: how much of them there is ("There is more runoff").
const AMOUNTS: &[&str] = &[
    "more", "most", "less", "least", "fewer", "greater", "many", "much", "no", "not", "enough",
    "plenty", "lots",
];

/// Whether a sentence of points and small words only says that they are there: "there"
/// and a form of "be" ("There is Munich.", "Then there are Lenin and Genoa."), with no word
/// of how much ([`AMOUNTS`]).
fn only_there(words: &[Cow<'_, str>]) -> bool {
    let existential = words
        .windows(2)
        .any(|w| w[0] == "there" && matches!(w[1].as_ref(), "is" | "are" | "was" | "were" | "be"))
        || words.iter().any(|w| w == "there's");
    existential && !words.iter().any(|w| AMOUNTS.contains(&w.as_ref()))
}

#[cfg(test)]
mod tests;

/// Whether a word says where or when one thing is from another: a preposition or "before",
/// "after", "during", "about", which may be in a bare name ("destroyed before symptoms").
fn is_relation(word: &str) -> bool {
    is_preposition(word) || matches!(word, "before" | "after" | "during" | "about")
}

/// The most words (articles, "and" and "or" aside) of an item in a list of points.
const LISTED_POINT_WORDS: usize = 3;

/// Whether the words `range` (a sentence) are three items or more, split by clause breaks,
/// of [`LISTED_POINT_WORDS`] words or fewer each (articles and joining words aside), two of
/// them or more nothing but points (`carried`) and the others bare names, without a word a
/// sentence needs but a preposition: "free electrons, insulator, does not conduct, poor
/// conductor", "powder, larger surface area, more collisions, acid", "memory cells,
/// faster, destroyed before symptoms". Not "We gained time, territory, security, peace",
/// whose first item says who did what, nor "Packets numbered, checksum checks errors, ACK
/// sent back", whose items say what each does.
fn points_listed(
    words: &[Cow<'_, str>],
    clause_start: &[usize],
    carried: &[bool],
    range: Range<usize>,
) -> bool {
    let starts: Vec<usize> = range
        .clone()
        .filter(|&i| i == range.start || clause_start[i] != clause_start[i - 1])
        .collect();
    let ends = starts.iter().skip(1).copied().chain([range.end]);
    let items: Vec<Vec<usize>> = starts
        .iter()
        .zip(ends)
        .map(|(&start, end)| (start..end).filter(|&i| !is_item_glue(&words[i])).collect())
        .filter(|item: &Vec<usize>| !item.is_empty())
        .collect();
    let point = |item: &Vec<usize>| item.iter().all(|&i| carried[i]);
    // A bare name may have a preposition in it ("destroyed before symptoms"), but no word
    // that says who does what ("we", "is", "can"), nor a verb after what does it: "checksum
    // checks errors" and "ACK sent back" are clauses written short.
    let bare = |item: &Vec<usize>| {
        item.iter()
            .all(|&i| !is_sentence_word(&words[i]) || is_relation(&words[i]))
            && !item.iter().skip(1).any(|&i| is_verb(&words[i]))
    };
    items.len() >= 3
        && items.iter().all(|item| item.len() <= LISTED_POINT_WORDS)
        && items.iter().all(|item| point(item) || bare(item))
        && items.iter().filter(|item| point(item)).count() >= 2
}
