//! A subject that runs on to a denied auxiliary, denying every point in it: "Electric
//! buses will not cut pollution", "villagers near the route would not lose anything",
//! "the arms race and the naval race over Dreadnoughts and battleships did not create
//! fear", "Serbian nationalism, the Slavs and the Black Hand did not threaten
//! Austria-Hungary", "the empires and colonies and the Moroccan crises at Agadir and
//! Tangier had nothing to do with it".
//!
//! The subject opens its clause (after a word that joins the clause on, such as "and" or
//! "because", and articles). It is made of pieces, each joined to the one before by "and",
//! "or", a comma or a preposition: the point itself, or one word, or two after an article
//! or as a name ("the naval race", "Serbian nationalism,"). One word more may finish the
//! point's noun straight before the auxiliary ("electric buses will", "the diaphragm and
//! intercostal muscles never"). Anything else
//! between (a verb, "so", a pronoun) ends the subject: "Pollution rises and buses would not
//! help" denies nothing of "pollution", nor "Poland's leaders did not" of "Poland".

use super::super::sentence_words::{PREPOSITIONS, is_article};
use super::super::{CLAUSE_STARTS, Clauses};
use super::{AUXILIARIES, GOING_ON, SUBJECT_OPENERS, SUBJECTS};

/// Prepositions that may open a clause with a phrase of their own: the thing they name
/// ("After Munich Stalin could not …", "In Britain France did not …") is not the subject,
/// comma or not.
const OPENING_PREPOSITIONS: &[&str] = &[
    "after",
    "at",
    "before",
    "by",
    "despite",
    "during",
    "following",
    "from",
    "in",
    "on",
    "since",
    "until",
];

/// Adverbs that may stand between a subject and its auxiliary or denial and change
/// nothing of it ("hypertrophy simply does not happen", "stroke volume really does not
/// rise").
pub(super) const BETWEEN_SUBJECT_AND_VERB: &[&str] = &[
    "actually",
    "also",
    "certainly",
    "really",
    "simply",
    "still",
    "truly",
];

/// The most words of a piece of the subject after an article or as a name ("the naval
/// race", "the Black Hand").
const PIECE_WORDS: usize = 2;

/// The most pieces a subject may run on through.
const PIECES: usize = 8;

/// Prepositions that [`PREPOSITIONS`] lacks and that may join a piece of a subject ("the
/// naval race over Dreadnoughts", "villagers near the route").
const MORE_PREPOSITIONS: &[&str] = &[
    "about", "across", "along", "among", "around", "behind", "beside", "beyond", "into", "near",
    "outside", "over",
];

impl Clauses<'_> {
    /// Whether the point at word `at` is what a preposition opening its clause names
    /// ([`OPENING_PREPOSITIONS`]): not the subject, so a denial after it is not of it.
    pub(super) fn in_opening_phrase(&self, at: usize) -> bool {
        at > 0
            && self.clause_start[at] == at - 1
            && OPENING_PREPOSITIONS.contains(&self.word(at - 1))
    }

    /// The auxiliary after the point at words `at..end` that the subject it is in runs on
    /// to, if it is in one (see the module documentation).
    pub(super) fn subject_runs_to(&self, at: usize, end: usize) -> Option<usize> {
        let sentence = self.sentence_of[at];
        let word = |i: usize| self.words.get(i).map_or("", AsRef::as_ref);
        // "never" stands where an auxiliary would ("the diaphragm and the ribs never get"),
        // not before "to", where it is of what a verb before it says ("agreed never to").
        let auxiliary = |i: usize| {
            AUXILIARIES.contains(&word(i)) || (word(i) == "never" && word(i + 1) != "to")
        };
        // "and" joins the subject here; the other words that go on to a clause of its own
        // end it.
        let ends_subject = |i: usize| {
            i >= self.words.len()
                || self.sentence_of[i] != sentence
                || SUBJECTS.contains(&word(i))
                || (GOING_ON.contains(&word(i)) && word(i) != "and")
                || CLAUSE_STARTS.contains(&word(i))
        };
        let comma_before = |i: usize| i > 0 && i < self.words.len() && self.after_comma(i);
        let joins = |i: usize| {
            matches!(word(i), "and" | "or")
                || PREPOSITIONS.contains(&word(i))
                || MORE_PREPOSITIONS.contains(&word(i))
                || comma_before(i)
        };
        let clause = self.clause_start[at];
        let opening = |i: &usize| {
            let w = word(*i);
            (*i == clause && (CLAUSE_STARTS.contains(&w) || GOING_ON.contains(&w)))
                || SUBJECT_OPENERS.contains(&w)
        };
        let first = (clause..at).find(|i| !opening(i)).unwrap_or(at);
        // The rest of the point's noun: one word, straight before the auxiliary ("electric
        // buses", "intercostal muscles"), not what a possessive point owns.
        let noun_finished = !ends_subject(end)
            && !ends_subject(end + 1)
            && !joins(end)
            && !auxiliary(end)
            && auxiliary(end + 1)
            && !self.possessive(end - 1);
        let mut i = if (first..at).all(|i| self.capitalised(i)) {
            // The point opens the subject, perhaps after the first words of its name
            // ("Serbian nationalism").
            if first == at && noun_finished {
                return Some(end + 1);
            }
            end
        } else {
            // A piece before the point opens it: one word, or two after an article or as a
            // name.
            let long = (first > clause && is_article(word(first - 1)))
                || (self.capitalised(first) && self.capitalised(first + 1));
            let piece = (first + 1..=first + if long { PIECE_WORDS } else { 1 })
                .find(|&j| ends_subject(j) || auxiliary(j) || joins(j))?;
            if ends_subject(piece) {
                return None;
            }
            piece
        };
        for _ in 0..PIECES {
            if auxiliary(i) {
                return (i >= end).then_some(i);
            }
            // A comma is before the piece's first word; "and", "or" or a preposition is one.
            if comma_before(i) {
                i += usize::from(matches!(word(i), "and" | "or"));
            } else if joins(i) {
                i += 1;
            } else {
                return None;
            }
            let after_article = is_article(word(i));
            while is_article(word(i)) {
                i += 1;
            }
            let most = if after_article || self.capitalised(i) {
                PIECE_WORDS
            } else {
                1
            };
            let piece = (i + 1..=i + most).find(|&j| ends_subject(j) || auxiliary(j) || joins(j));
            i = match piece {
                Some(piece) if ends_subject(piece) => return None,
                Some(piece) => piece,
                // The point's own piece runs to its end, where its noun may be finished.
                None if i == at && noun_finished => end + 1,
                None => return None,
            };
        }
        None
    }

    /// Whether word `i` is written as a possessive ("Poland's", "the workers'").
    fn possessive(&self, i: usize) -> bool {
        // A word's range is its whole run, apostrophes and a possessive "'s" with it.
        let run = &self.text[self.ranges[i].clone()];
        run.ends_with(['\'', '’']) || run.ends_with("'s") || run.ends_with("’s")
    }
}
