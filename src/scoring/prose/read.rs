//! A text read for points: what [`super::mark_group`] asks of it beyond the clauses'
//! own reasons (see [`super::super::clauses`]): a contradiction by another sentence, what a
//! model answer only denies or takes a side on, and where each phrase is.

use std::cell::OnceCell;
use std::ops::Range;

use super::model_answer::predicate;
use crate::activity::{ModelReading, PointStance};
use crate::scoring::clauses::{Clauses, Flaw, Stance, is_preventing};
use crate::scoring::contradiction;
use crate::scoring::keywords::Words;

/// A text read for points: its words, clauses (which know where each word is in the
/// text), the words copied from the activity, and whether it is about something else.
pub(super) struct Read<'r> {
    pub(super) words: &'r Words,
    pub(super) clauses: &'r Clauses<'r>,
    pub(super) copied: &'r [Option<&'r str>],
    /// Whether the answer is about something else, so that its points earn nothing (see
    /// [`crate::scoring::topic`]).
    pub(super) elsewhere: bool,
    /// Whether it is a brief answer (see [`super::Reading::brief`]).
    pub(super) brief: bool,
    /// What each sentence claims, read the first time a point is looked for in them.
    pub(super) claims: OnceCell<Vec<contradiction::Claim<'r>>>,
}

impl Read<'_> {
    /// Whether another sentence denies what the sentence of word `at` says, or says what it
    /// denies, in the same words (see [`contradiction`]).
    pub(super) fn contradicted(&self, at: usize) -> bool {
        let claims = self
            .claims
            .get_or_init(|| contradiction::claims(self.words, self.clauses));
        contradiction::contradicted(claims, self.clauses, at)
    }

    /// Whether the clause of word `at` says any of `denied` (stems of what a model answer
    /// only ever denies, see [`super::model_answer::read_model`]).
    pub(super) fn asserts(&self, at: usize, denied: &[String]) -> bool {
        let says = |i: usize| {
            let word = &self.words.distinct[self.words.sequence[i]];
            predicate(word, Some("a")).is_some_and(|stem| denied.iter().any(|d| d == stem))
        };
        !denied.is_empty() && self.clauses.clause_words(at).any(says)
    }

    /// Whether, in a brief answer, the point at word `at`, said in the words of a group's
    /// alternative (by its number), is what a word takes the other side on from the model
    /// answer's (see [`ModelReading::stance`]), and which: "hated Rapallo" where it was
    /// favoured, "backed natural selection" where it was opposed; by no one else: the
    /// student names no one before that word, or one the model answer names.
    pub(super) fn other_side(
        &self,
        at: usize,
        alternative: usize,
        model: &ModelReading,
    ) -> Option<Flaw> {
        if !self.brief {
            return None;
        }
        let taken = model.stance.get(alternative)?.as_ref()?;
        let (other, flaw) = match taken.side {
            PointStance::Favoured => (Stance::Against, Flaw::SaidOpposed),
            PointStance::Opposed => (Stance::For, Flaw::SaidFavoured),
        };
        let (taker, stance) = self.clauses.taken_stance(at)?;
        let mut named = self.clauses.names_before(taker).peekable();
        let by_the_same = taken.by.is_empty()
            || named.peek().is_none()
            || named.any(|name| taken.by.iter().any(|by| by == name));
        (stance == other && by_the_same).then_some(flaw)
    }

    /// Whether the phrase of words `at..at + len` says something is kept from happening
    /// ("stop the spread").
    pub(super) fn prevents(&self, at: usize, len: usize) -> bool {
        self.words.sequence[at..at + len]
            .iter()
            .any(|&w| is_preventing(&self.words.distinct[w].text))
    }

    /// The phrase of words `at..at + len`, and its sentence, as byte ranges of the text.
    pub(super) fn places(&self, at: usize, len: usize) -> Option<(Range<usize>, Range<usize>)> {
        let bytes = |words: Range<usize>| {
            let first = self.clauses.ranges.get(words.start)?;
            let last = self.clauses.ranges.get(words.end.checked_sub(1)?)?;
            Some(first.start..last.end)
        };
        let phrase = bytes(at..at + len)?;
        let sentence = bytes(self.clauses.sentence_words(at)).unwrap_or(phrase.clone());
        Some((phrase, sentence))
    }
}
