//! What a model answer says of a keyword group's alternatives: whether it makes the point
//! negatively, so that a student may too; what it only ever denies, so that a student who
//! asserts it says the opposite; and what it makes the point of and denies it of, so that
//! a student who says it of the wrong one says the opposite too.

use crate::activity::{KeywordGroup, ModelReading, ModelStance, PointStance};
use crate::scoring::clauses::{
    Clauses, Flaw, Stance, is_against_word, is_favouring_word, is_sentence_word,
};
use crate::scoring::keywords::{self, GroupMatch, Words};
use crate::words::{Word, is_common};

/// Reads what a model answer says of a group's point (see [`denied_in_model`] and
/// [`contrast_in_model`]).
pub(super) fn read_model(group: &KeywordGroup, words: &Words, clauses: &Clauses) -> ModelReading {
    let found = keywords::match_group(group, words);
    let (made_of, denied_of) = contrast_in_model(group, &found, words, clauses);
    ModelReading {
        denied: denied_in_model(group, &found, words, clauses),
        made_of,
        denied_of,
        listed: listed_in_model(&found, clauses),
        stance: stance_in_model(group, &found, clauses),
    }
}

/// The side the model answer takes on a group's point, for each of its alternatives (by
/// number, as split), in the words of that alternative or one that shares a word with it
/// (see [`Clauses::stance`]): favoured where it says them in a part of a clause that is
/// for the point and in none against; opposed the other way round; neither where no
/// alternative of the group is itself a word of the other side ("distrust* Britain",
/// "reluctant*": the point is the stance). And who it names as taking that side (see
/// [`Clauses::names_before`]).
fn stance_in_model(
    group: &KeywordGroup,
    found: &GroupMatch,
    clauses: &Clauses,
) -> Vec<Option<ModelStance>> {
    let words = &group.alternatives.split().words;
    let against_said = words.iter().any(|w| is_against_word(&w.text));
    let favour_said = words.iter().any(|w| is_favouring_word(&w.text));
    let stance_of = |alternative: usize| {
        let stances = || {
            found
                .spans
                .iter()
                .zip(&found.alternatives)
                .filter(move |&(_, &which)| share_a_word(group, which, alternative))
                .map(|(&(at, _), _)| (at, clauses.stance(at)))
        };
        let side = |stance: Stance, other: Stance| {
            stances().any(|(_, s)| s == stance) && !stances().any(|(_, s)| s == other)
        };
        let (stance, side) = if !against_said && side(Stance::For, Stance::Against) {
            (Stance::For, PointStance::Favoured)
        } else if !favour_said && side(Stance::Against, Stance::For) {
            (Stance::Against, PointStance::Opposed)
        } else {
            return None;
        };
        let mut by: Vec<String> = stances()
            .filter(|&(_, s)| s == stance)
            .flat_map(|(at, _)| clauses.names_before(at).map(str::to_string))
            .collect();
        by.sort();
        by.dedup();
        Some(ModelStance { side, by })
    };
    (0..group.alternatives.split().spans.len())
        .map(stance_of)
        .collect()
}

/// Whether the model answer names two of a group's alternatives, in different words, as
/// neighbouring items of a list, each nothing but the alternative ("the fugue, the suite",
/// "Bach, Handel and Vivaldi", "hard, dense and tough"; see [`Clauses::listed_together`]).
fn listed_in_model(found: &GroupMatch, clauses: &Clauses) -> bool {
    let mut spans: Vec<((usize, usize), &String)> =
        found.spans.iter().copied().zip(&found.matched).collect();
    spans.sort_by_key(|&((at, _), _)| at);
    spans.windows(2).any(|pair| {
        let [((at, len), one), ((next, next_len), other)] = pair else {
            return false;
        };
        one != other && clauses.listed_together(*at..at + len, *next..next + next_len)
    })
}

/// What the model answer makes a group's point of, and what it denies it of, as the stems
/// of the words of the clauses that say so before the point (see [`subject_of`]), where it
/// does both of different things: "Plastic has no free electrons …, while copper has many
/// free electrons" makes `"free electrons"` of *copper* and denies it of *plastic*. Both
/// empty where it does not.
fn contrast_in_model(
    group: &KeywordGroup,
    found: &GroupMatch,
    words: &Words,
    clauses: &Clauses,
) -> (Vec<String>, Vec<String>) {
    let (mut made, mut denied) = (Vec::new(), Vec::new());
    for (k, &(at, len)) in found.spans.iter().enumerate() {
        let of = subject_of(group, words, clauses, at);
        match clauses.flaw(at, len, found.negative[k]) {
            None => made.extend(of),
            Some(Flaw::Negated) => denied.extend(of),
            Some(_) => {}
        }
    }
    let only_made: Vec<String> = made
        .iter()
        .filter(|m| !denied.contains(m))
        .cloned()
        .collect();
    denied.retain(|d| !made.contains(d));
    if only_made.is_empty() || denied.is_empty() {
        return Default::default();
    }
    (only_made, denied)
}

/// What a clause makes the point at word `at` of: the stems of the words before it in its
/// clause that name something (not small words, words of negation, words any text uses,
/// nor the group's own words): *plastic* in "Plastic has no free electrons".
pub(super) fn subject_of(
    group: &KeywordGroup,
    words: &Words,
    clauses: &Clauses,
    at: usize,
) -> Vec<String> {
    let start = clauses.clause_start.get(at).copied().unwrap_or(at);
    let split = group.alternatives.split();
    (start..at)
        .map(|i| &words.distinct[words.sequence[i]])
        .filter(|w| {
            w.letters() >= 3
                && !w.negation
                && !is_sentence_word(&w.text)
                && !is_common(&w.stem)
                && !split.words.iter().any(|own| own.stem == w.stem)
        })
        .map(|w| w.stem.clone())
        .collect()
}

/// Whether the model answer makes a group's point negatively with one of its alternatives
/// (by its number, see [`keywords::GroupMatch::alternatives`]), one that shares a word
/// with it, or one that shares a word with what the clause denies (after its plain word of
/// negation: not "breaks the circuit so no more current can flow"), denying it or
/// saying it is kept from happening ("stops it bursting" lets a student say "the cell
/// cannot burst"): "collective security was not working" there lets a student say the
/// same, "do not have a return type" lets a student say "cannot return values", and
/// "neither pact was backed by military talks" lets a student say "there were no staff
/// talks", while "did not keep to non-intervention" is still denied when the model answer
/// only says "did not help".
/// How: plainly, if anywhere it does; as a denial that takes the point as there
/// ("guilt cannot be removed", "rather than break a promise") if only so; `None` if not at all.
pub(super) fn said_negatively(
    group: &KeywordGroup,
    alternative: usize,
    words: &Words,
    clauses: &Clauses,
) -> Option<Denial> {
    let found = keywords::match_group(group, words);
    found
        .spans
        .iter()
        .zip(&found.alternatives)
        .filter(|&(&(at, len), &which)| {
            (share_a_word(group, which, alternative)
                || clauses.clause_words(at).any(|i| {
                    clauses.plain_negation_before(i).is_some()
                        && says_a_word_of(
                            group,
                            alternative,
                            &words.distinct[words.sequence[i]].stem,
                        )
                }))
                && match clauses.flaw(at, len, false) {
                    Some(flaw) => flaw == Flaw::Negated,
                    None => clauses.prevented(at),
                }
        })
        .map(|(&(at, _), _)| {
            if clauses.denies_presupposing(at) {
                Denial::Presupposing
            } else {
                Denial::Plain
            }
        })
        .max()
}

/// How a model answer makes a point negatively (see [`said_negatively`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Denial {
    /// Only by a denial that takes the point as there (see
    /// `Clauses::denies_presupposing`): a student's denial of that kind says it too; a
    /// plain one ("the blood does not show guilt") says the point is not so.
    Presupposing,
    /// Plainly somewhere: any denial of the point says it as the model answer does.
    Plain,
}

/// What the model answer only ever denies of what each of a group's alternatives (as
/// split) names, as the stems of the words that deny it: every word of the alternative that
/// says something and that the model answer uses comes after a plain word of negation, in
/// a clause where the model answer makes the group's point negatively, and the first word
/// after that negation that says something, not the alternative's own, is what is denied
/// of it. "Neither pact was ever backed by military talks" denies *pact* of "staff talks",
/// so that "both pacts were backed by staff talks" says the opposite, where "the French
/// held staff talks" is left alone; "do not have a return type" denies *have*. Nothing
/// when the model answer uses a word of the alternative otherwise, before its denial
/// ("collective security was not working"), or right after it ("not in the Politburo",
/// "no staff talks": the denial says so little that a student's other words may say it).
fn denied_in_model(
    group: &KeywordGroup,
    found: &GroupMatch,
    words: &Words,
    clauses: &Clauses,
) -> Vec<Vec<String>> {
    let denials: Vec<usize> = found
        .spans
        .iter()
        .filter(|&&(at, len)| clauses.flaw(at, len, false) == Some(Flaw::Negated))
        .map(|&(at, _)| at)
        .collect();
    let word = |i: usize| &words.distinct[words.sequence[i]];
    let denied_of = |alternative: usize| {
        let own = |i: usize| says_a_word_of(group, alternative, &word(i).stem);
        let mut denied = Vec::new();
        for i in (0..words.sequence.len()).filter(|&i| own(i)) {
            let Some(negation) = clauses.plain_negation_before(i) else {
                return Vec::new();
            };
            if !denials
                .iter()
                .any(|&at| clauses.clause_words(at).contains(&i))
            {
                return Vec::new();
            }
            let first = (negation + 1..i).find_map(|j| {
                let next = (j + 1 < words.sequence.len()).then(|| word(j + 1).text.as_str());
                predicate(word(j), next).map(|stem| (j, stem))
            });
            match first {
                Some((j, stem)) if !own(j) => denied.push(stem.to_string()),
                _ => return Vec::new(),
            }
        }
        denied
    };
    (0..group.alternatives.split().spans.len())
        .map(denied_of)
        .collect()
}

/// The stem by which a word says what a clause does, `next` the word after it: a word that
/// says something, or "have" (of "has" and "had" too) saying what is had ("do not have a
/// return type"); none for a small word.
pub(super) fn predicate<'w>(word: &'w Word, next: Option<&str>) -> Option<&'w str> {
    let had = matches!(word.text.as_str(), "have" | "has" | "had" | "having");
    if had {
        next.is_some_and(|n| matches!(n, "a" | "an" | "any" | "the"))
            .then_some("have")
    } else {
        (!is_sentence_word(&word.text) && word.text != "ever").then_some(word.stem.as_str())
    }
}

/// The words of a group's alternative (by its number, as split) that say something (not
/// small words).
fn saying_words(group: &KeywordGroup, alternative: usize) -> impl Iterator<Item = &Word> {
    let split = group.alternatives.split();
    let (first, len) = split.spans[alternative];
    split.words[first..first + len]
        .iter()
        .filter(|w| !is_sentence_word(&w.text))
}

/// Whether a group's alternative (by its number, as split) has a word that says something
/// with this stem.
fn says_a_word_of(group: &KeywordGroup, alternative: usize, stem: &str) -> bool {
    saying_words(group, alternative).any(|w| w.stem == stem)
}

/// Whether two of a group's alternatives (by their numbers, as split) are one, or share a
/// word that says something (by stem; not a small word): "return type" and "return", but
/// not "help" and "non-intervention".
fn share_a_word(group: &KeywordGroup, one: usize, other: usize) -> bool {
    one == other || saying_words(group, one).any(|a| says_a_word_of(group, other, &a.stem))
}

/// What the model answer says of a group's alternatives (by their numbers, as split).
pub(super) struct ModelReads<'m> {
    /// Whether and how it makes the point negatively, so that a student may (see
    /// [`said_negatively`]).
    pub(super) negative: &'m dyn Fn(usize) -> Option<Denial>,
    /// What it only ever denies, and what it makes the point of and denies it of (see
    /// [`read_model`]).
    pub(super) reading: &'m ModelReading,
}

impl ModelReads<'_> {
    /// Whether a student's denial of an alternative (by its number) makes the point as the
    /// model answer does: it denies the point plainly, or only as a denial that takes it as
    /// there and the student's denial is of that kind too (`presupposing`).
    pub(super) fn allows_denial(
        &self,
        alternative: usize,
        presupposing: impl FnOnce() -> bool,
    ) -> bool {
        match (self.negative)(alternative) {
            Some(Denial::Plain) => true,
            Some(Denial::Presupposing) => presupposing(),
            None => false,
        }
    }

    /// Whether a point said of `subject` (see [`subject_of`], read only where the model
    /// answer has a contrast) is said of the wrong thing: `made` says whether the student
    /// makes it (rather than denies it). Said of something the model answer denies it of
    /// (and nothing it makes it of), or denied of something it makes it of (and nothing it
    /// denies it of).
    pub(super) fn wrong_subject(&self, subject: impl FnOnce() -> Vec<String>, made: bool) -> bool {
        let (of, not_of) = (&self.reading.made_of, &self.reading.denied_of);
        if of.is_empty() {
            return false;
        }
        let subject = subject();
        let (right, wrong) = if made { (of, not_of) } else { (not_of, of) };
        subject.iter().any(|s| wrong.contains(s)) && !subject.iter().any(|s| right.contains(s))
    }
}
