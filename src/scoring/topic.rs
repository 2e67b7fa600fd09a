//! An answer about something else: a text that uses the accepted words in a story of its
//! own ("our striker had a low opinion of the referee", "the fans showed great
//! concentration") earns nothing for them. What the rest of its words speak of tells.
//!
//! The words that tell are its less common ones: of its different words (by stem), those
//! that are neither small words (see [`super::clauses::is_sentence_word`]), nor other
//! words that only join or point ([`FUNCTION_WORDS`]), nor words about the answer (see
//! [`is_talk_word`]), nor numbers, nor words any text uses ("year", "good", "war": see
//! [`crate::words::is_common`]), nor part of a point found, nor the question's own words
//! (an answer about something else may borrow them: "the road became a slippery slope").
//! Of at least
//! [`TOPIC_MIN_WORDS`] of them, an answer about the question uses a good share of the
//! words the activity uses (anywhere: instructions, questions, guidance, model answers,
//! keys) or the unit's sources do ("glucose", "Chamberlain", "alliance"); a story about
//! something else shares no more of them than any text on another subject would. That
//! chance share is measured for each unit: the share of a sample of everyday English
//! words ("lunch", "crowd", "village") that the activity and the sources use, at least
//! [`TOPIC_MIN_SHARE`] percent. A unit with long sources shares many (a fifth, for the
//! bundled unit); a short one few. An answer whose share of the unit's words is at or
//! below the chance share is about something else.
//!
//! A word counts as the unit's by its stem only: synonyms would let a story share more
//! words than by chance ("camping" with "camps"). The rule is asked only of answers to be
//! written in sentences (see [`super::prose`]; a short answer whose word limits ask for
//! sentences is one), and only when the activity and the sources
//! hold [`TOPIC_MIN_VOCABULARY`] stems or more: an activity without a model answer says
//! too little to tell a paraphrase from a story.

use serde_json::Value;

use super::clauses::{is_sentence_word, is_talk_word};
use super::context::Context;
use crate::activity::{Activity, KeywordGroup, Source};
use crate::words::{Vocabulary, Word, Words, is_common, is_frequent, split_words};

/// The fewest less common words, besides the points', that tell what an answer is about.
pub const TOPIC_MIN_WORDS: usize = 5;

/// The least chance share (in percent) of an answer's less common words that a unit with
/// few words of everyday English is taken to share with any text.
pub const TOPIC_MIN_SHARE: f64 = 10.0;

/// Words that join, point or stand for others and say nothing of a topic, though they are
/// not among the small words a sentence needs (a list has those too), in byte order.
const FUNCTION_WORDS: &[&str] = &[
    "across",
    "along",
    "amid",
    "among",
    "amongst",
    "anybody",
    "anyone",
    "anything",
    "behind",
    "below",
    "beneath",
    "beside",
    "besides",
    "beyond",
    "but",
    "despite",
    "either",
    "everybody",
    "everyone",
    "everything",
    "except",
    "hers",
    "herself",
    "mine",
    "myself",
    "neither",
    "nobody",
    "none",
    "nor",
    "opposite",
    "ours",
    "ourselves",
    "per",
    "round",
    "since",
    "somebody",
    "someone",
    "something",
    "theirs",
    "thrice",
    "throughout",
    "till",
    "twice",
    "underneath",
    "unless",
    "unlike",
    "via",
    "whatever",
    "whenever",
    "whereas",
    "wherever",
    "whichever",
    "whoever",
    "yet",
    "yours",
    "yourself",
    "yourselves",
];

/// Words by which a text speaks of the writer's own life: the writer, and the people of
/// their home and days, in byte order.
const OWN_LIFE: &[&str] = &[
    "aunt",
    "auntie",
    "brother",
    "cousin",
    "dad",
    "daddy",
    "friend",
    "gran",
    "grandad",
    "grandma",
    "grandpa",
    "granny",
    "i",
    "i'd",
    "i'll",
    "i'm",
    "i've",
    "me",
    "mine",
    "mom",
    "mum",
    "mummy",
    "my",
    "myself",
    "nan",
    "nana",
    "neighbour",
    "sister",
    "uncle",
];

/// The least share (in percent) of English words among the words an answer does not share
/// with the unit for it to be about something else; fewer, and they are misspellings (see
/// [`Telling::judge`]).
const ENGLISH_SHARE: usize = 50;

/// The fewest distinct stems in the activity and its sources for the rule to be asked.
pub const TOPIC_MIN_VOCABULARY: usize = 50;

/// An answer about something else: of the `read` less common words counted, `known` are
/// the activity's or its sources', where any text would share `chance` percent.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Elsewhere {
    /// Words the activity or its sources use.
    pub(crate) known: usize,
    /// Words counted.
    pub(crate) read: usize,
    /// The share (in percent) of words that any text shares with the activity and its
    /// sources.
    pub(crate) chance: f64,
    /// Whether it was read across a grid's cells or a short activity's answers, each too
    /// short to tell on its own.
    pub(crate) across_answers: bool,
}

impl Elsewhere {
    /// Why its points earn nothing, as the student is told it once for the answer.
    pub(crate) fn note(self) -> String {
        let (what, they) = if self.across_answers {
            ("your answers, read together, read", "they use")
        } else {
            ("this answer reads", "it uses")
        };
        format!(
            "{what} as about something else: of the {} less common words {they} besides the points, {} {} the question's or its sources', no more than a text on another subject would share (about {:.0}%); write about what the question asks",
            self.read,
            self.known,
            if self.known == 1 { "is" } else { "are" },
            self.chance
        )
    }
}

/// Why a point found in an answer about something else earns nothing.
pub(crate) const ELSEWHERE: &str = "the answer around it is about something else";

/// Whether `words` are about something else than the activity and its sources, given the
/// points found in them as (first word, number of words) and the stems of the question's
/// words (none where they answer no question), asked for only when a point was found;
/// `None` when none was.
pub(crate) fn elsewhere<'q>(
    ctx: &Context<'_>,
    words: &Words,
    points: impl Iterator<Item = (usize, usize)>,
    asked: impl FnOnce() -> &'q [String],
) -> Option<Elsewhere> {
    let mut keyed = vec![false; words.len()];
    let mut any = false;
    for (at, len) in points {
        keyed[at..at + len].fill(true);
        any = true;
    }
    if !any {
        return None;
    }
    let mut telling = Telling::default();
    telling.read(words, |at, _| keyed[at], asked());
    telling.judge(ctx, false)
}

/// Whether a grid's cells (each an answer to be written in sentences), a short
/// activity's answers or a report's sections, each given as its text and its keyword groups, are about something
/// else when read together (see [`elsewhere`]):
/// one cell is often too short to tell, but a story spread over them is told by all its
/// words. Any word of any cell's keyword groups is left out, as a point's words are (a
/// story borrows them from every cell). Only a story is read so: at least half the cells
/// written speak of the writer's own life ([`OWN_LIFE`]: "my dad split the pizza"). Cells
/// that explain by everyday likenesses ("little parcels with numbers on", "like the
/// contacts app") share as few of the unit's words, but tell of no one. `None` when fewer
/// than two cells are written, when they do not tell a story, or when none of them holds a
/// word of the keys.
pub(crate) fn across_answers<'a>(
    ctx: &Context<'_>,
    cells: impl Iterator<Item = (&'a str, &'a [KeywordGroup])>,
) -> Option<Elsewhere> {
    let (texts, groups): (Vec<&str>, Vec<&[KeywordGroup]>) =
        cells.filter(|(text, _)| !text.trim().is_empty()).unzip();
    // Most answers tell no story: that is seen from their words alone, before any is
    // stemmed.
    let of_own_life =
        |text: &str| split_words(text).any(|word| OWN_LIFE.binary_search(&word.as_ref()).is_ok());
    let stories = texts.iter().filter(|text| of_own_life(text)).count();
    if texts.len() < 2 || stories * 2 < texts.len() {
        return None;
    }
    let (mut stems, mut starts) = (foldhash::HashSet::default(), Vec::new());
    for key in groups
        .iter()
        .flat_map(|groups| groups.iter())
        .flat_map(|group| group.alternatives.split().words.iter())
    {
        match key.wildcard_letters {
            Some(_) => starts.push(key.text.trim_end_matches('*')),
            None => {
                stems.insert(key.stem.as_str());
            }
        }
    }
    let key_word = |word: &Word| {
        stems.contains(word.stem.as_str()) || starts.iter().any(|s| word.text.starts_with(s))
    };
    let split: Vec<Words> = texts.iter().map(|text| Words::new(text)).collect();
    let mut telling = Telling::default();
    let mut any = false;
    for words in &split {
        telling.read(
            words,
            |_, word| {
                let key = key_word(word);
                any |= key;
                key
            },
            &[],
        );
    }
    if !any {
        return None;
    }
    telling.judge(ctx, true)
}

/// The less common words that tell what an answer is about, gathered from one text or
/// more (see the module's documentation).
#[derive(Default)]
struct Telling<'w> {
    /// Their stems, each counted once.
    stems: foldhash::HashSet<&'w str>,
    /// The words counted.
    counted: Vec<&'w Word>,
}

impl<'w> Telling<'w> {
    /// Gathers the telling words of `words`, leaving out those `keyed` (by place and word:
    /// a point's) and the question's stems (`asked`).
    fn read(
        &mut self,
        words: &'w Words,
        mut keyed: impl FnMut(usize, &Word) -> bool,
        asked: &[String],
    ) {
        // Each distinct word is looked at once, where it is not part of a point.
        let mut looked = vec![false; words.distinct.len()];
        for (at, &i) in words.sequence.iter().enumerate() {
            let word = &words.distinct[i];
            if keyed(at, word) || std::mem::replace(&mut looked[i], true) {
                continue;
            }
            if word.letters() >= 3
                && !is_sentence_word(&word.text)
                && FUNCTION_WORDS.binary_search(&word.text.as_str()).is_err()
                && !is_talk_word(&word.text)
                && !word.stem.chars().all(|c| c.is_ascii_digit())
                && !is_common(&word.stem)
                && !asked.contains(&word.stem)
                && self.stems.insert(word.stem.as_str())
            {
                self.counted.push(word);
            }
        }
    }

    /// Whether the words gathered are about something else than the activity and its
    /// sources (`across_answers`: read from a grid's cells, a short activity's answers or a
    /// report's sections together).
    fn judge(self, ctx: &Context<'_>, across_answers: bool) -> Option<Elsewhere> {
        let read = self.counted.len();
        if read < TOPIC_MIN_WORDS {
            return None;
        }
        let mut vocabularies = vec![vocabulary(ctx.activity)];
        vocabularies.extend(ctx.sources.iter().map(source_vocabulary));
        if vocabularies.iter().map(|v| v.len()).sum::<usize>() < TOPIC_MIN_VOCABULARY {
            return None;
        }
        let (shared, unshared): (Vec<&Word>, Vec<&Word>) = self
            .counted
            .iter()
            .partition(|word| vocabularies.iter().any(|v| v.knows(word)));
        let known = shared.len();
        // Words the unit does not use that are mostly not English words (neither among
        // WordNet's frequent words nor any it gives synonyms for) are misspellings, not
        // another subject: "glucoce", "buzy".
        let english = unshared
            .iter()
            .filter(|word| !word.synonyms.is_empty() || is_frequent(&word.stem))
            .count();
        if english * 100 < unshared.len() * ENGLISH_SHARE {
            return None;
        }
        let chance =
            (Vocabulary::everyday_share(vocabularies.iter().copied()) * 100.0).max(TOPIC_MIN_SHARE);
        (known as f64 * 100.0 <= read as f64 * chance).then_some(Elsewhere {
            known,
            read,
            chance,
            across_answers,
        })
    }
}

/// The words of a source's text (or a picture's description).
fn source_vocabulary(source: &Source) -> &Vocabulary {
    source
        .vocabulary
        .get_or_init(|| Vocabulary::of([source.body()]))
}

/// The words of all an activity's text, model answers and keys among them (a pattern's
/// `*` dropped).
fn vocabulary(activity: &Activity) -> &Vocabulary {
    activity.vocabulary.get_or_init(|| {
        let mut texts = Vec::new();
        if let Ok(value) = serde_json::to_value(activity) {
            texts_of(&value, &mut texts);
        }
        Vocabulary::of(texts.iter().map(String::as_str))
    })
}

/// Every string in `value`, a pattern's `*` dropped.
fn texts_of(value: &Value, texts: &mut Vec<String>) {
    match value {
        Value::String(text) => texts.push(text.replace('*', "")),
        Value::Array(items) => items.iter().for_each(|v| texts_of(v, texts)),
        Value::Object(fields) => fields.values().for_each(|v| texts_of(v, texts)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::{FUNCTION_WORDS, OWN_LIFE};

    #[test]
    fn the_word_lists_are_in_byte_order() {
        for list in [FUNCTION_WORDS, OWN_LIFE] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }
}
