//! An answer about something else: a text that uses the accepted words in a story of its
//! own ("the fans showed great concentration", "the manager was the catalyst") earns
//! nothing for them. What the rest of its words speak of tells. Of the different words (by
//! stem) that are neither small ones (see [`super::clauses::is_sentence_word`]), nor
//! *but*, *nor*, *yet*, nor words about the answer (see [`is_talk_word`]: *and* and *or*
//! among them), nor part of a point found, at least
//! [`TOPIC_MIN_WORDS`], fewer than [`TOPIC_MIN_SHARE`] percent are words the activity uses
//! (anywhere: instructions, questions, guidance, model answers, keys) or the unit's sources
//! do, by stem or synonym. A right answer in the student's own words shares many words
//! with these ("particles", "energy", "reaction"); a story shares almost none.
//!
//! It is asked only of answers to be written in sentences (see [`super::prose`]), and only
//! when the activity and the sources hold [`TOPIC_MIN_VOCABULARY`] stems or more: an
//! activity without a model answer says too little to tell a paraphrase from a story. In a
//! unit with long sources, nearly every word is one they use, so there the rule rarely
//! finds anything.

use std::cell::OnceCell;

use serde_json::Value;

use super::clauses::{is_sentence_word, is_talk_word};
use super::context::Context;
use crate::activity::{Activity, Source};
use crate::words::{Vocabulary, Words};

/// The fewest different words, besides small words and the points', that tell what an
/// answer is about.
pub const TOPIC_MIN_WORDS: usize = 12;

/// Below this share (in percent) of its words that the activity or its sources use, an
/// answer is about something else.
pub const TOPIC_MIN_SHARE: usize = 15;

/// Words that join others and say nothing of a topic, though they are neither among the
/// small words a sentence needs (a list has them too) nor talk about the answer, as *and*
/// and *or* are.
const JOINING_WORDS: &[&str] = &["but", "nor", "yet"];

/// The fewest distinct stems in the activity and its sources for the rule to be asked.
pub const TOPIC_MIN_VOCABULARY: usize = 50;

/// An answer about something else: of the `read` different words counted, `known` are
/// the activity's or its sources'.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Elsewhere {
    /// Words the activity or its sources use.
    pub(crate) known: usize,
    /// Words counted.
    pub(crate) read: usize,
}

impl Elsewhere {
    /// Why its points earn nothing, as the student is told it once for the answer.
    pub(crate) fn note(self) -> String {
        format!(
            "this answer reads as about something else (of the {} different words it uses besides the points, {} {} the question's or its sources'): write about what the question asks",
            self.read,
            self.known,
            if self.known == 1 { "is" } else { "are" }
        )
    }
}

/// Why a point found in an answer about something else earns nothing.
pub(crate) const ELSEWHERE: &str = "the answer around it is about something else";

/// Whether `words` are about something else than the activity and its sources, given the
/// points found in them as (first word, number of words); `None` when none was found.
pub(crate) fn elsewhere(
    ctx: &Context<'_>,
    words: &Words,
    points: impl Iterator<Item = (usize, usize)>,
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
    // Each distinct word is looked at once, where it is not part of a point.
    let mut looked = vec![false; words.distinct.len()];
    let mut stems = foldhash::HashSet::default();
    let mut counted = Vec::new();
    for (at, &i) in words.sequence.iter().enumerate() {
        if keyed[at] || std::mem::replace(&mut looked[i], true) {
            continue;
        }
        let word = &words.distinct[i];
        if word.letters() >= 3
            && !is_sentence_word(&word.text)
            && !JOINING_WORDS.contains(&word.text.as_str())
            && !is_talk_word(&word.text)
            && !word.text.chars().all(|c| c.is_ascii_digit())
            && stems.insert(word.stem.as_str())
        {
            counted.push(word);
        }
    }
    let read = counted.len();
    if read < TOPIC_MIN_WORDS {
        return None;
    }
    // The sources' words are read only when the activity's own do not settle it.
    let own = vocabulary(ctx.activity);
    let sources = OnceCell::new();
    let sources = || -> &Vec<&Vocabulary> {
        sources.get_or_init(|| ctx.sources.iter().map(source_vocabulary).collect())
    };
    let vocabulary = || own.len() + sources().iter().map(|v| v.len()).sum::<usize>();
    if own.len() < TOPIC_MIN_VOCABULARY && vocabulary() < TOPIC_MIN_VOCABULARY {
        return None;
    }
    let mut known = 0;
    for word in counted {
        if own.knows(word) || sources().iter().any(|v| v.knows(word)) {
            known += 1;
            if known * 100 >= read * TOPIC_MIN_SHARE {
                // Enough of its words are the activity's: the rest need not be looked up.
                return None;
            }
        }
    }
    Some(Elsewhere { known, read })
}

/// The words of a source's text (or a picture's description).
fn source_vocabulary(source: &Source) -> &Vocabulary {
    source.vocabulary.get_or_init(|| {
        let mut vocabulary = Vocabulary::default();
        vocabulary.add(source.body());
        vocabulary
    })
}

/// The words of all an activity's text, model answers and keys among them (a pattern's
/// `*` dropped).
fn vocabulary(activity: &Activity) -> &Vocabulary {
    activity.vocabulary.get_or_init(|| {
        let mut vocabulary = Vocabulary::default();
        if let Ok(value) = serde_json::to_value(activity) {
            add_value(&mut vocabulary, &value);
        }
        vocabulary
    })
}

fn add_value(vocabulary: &mut Vocabulary, value: &Value) {
    match value {
        Value::String(text) => vocabulary.add(&text.replace('*', "")),
        Value::Array(items) => items.iter().for_each(|v| add_value(vocabulary, v)),
        Value::Object(fields) => fields.values().for_each(|v| add_value(vocabulary, v)),
        _ => {}
    }
}
