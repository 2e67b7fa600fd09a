//! A point offered together with its opposite: "collide more often or less often", "enough
//! energy or not enough energy", "an alternative pathway or the same pathway", "it is used
//! up or not used up", "the current increases/decreases". Either half alone would make a
//! claim; side by side they leave the marker to choose, so the point earns nothing.
//!
//! **The halves.** The other half is the words just across an "or" (or a slash) in the
//! point's clause, at most two words from the point: as many words as the point has and two
//! more, in its sentence. The point's half is the point, the words between it and the "or",
//! and up to two words before it in its clause ("for" in "for a Western orientation or
//! against it"). "With or without" and "whether or not" offer no choice, nor does an "or"
//! after a small word of the clause's own ("a value that may or may not change"), unless what
//! follows says whether the point is there at all ("memory cells may or may not be made").
//!
//! **Opposites.** The halves are opposites when one says a word and the other its opposite
//! ([`OPPOSITES`]: "more" and "less", "increases" and "decreases", "alternative" and
//! "same"; or a word and the same with a prefix that says "not": "voluntary" and
//! "involuntary"); when one says "not" (or another plain word of negation) and the other does not,
//! the negative half denying before it says anything else ("or not", "or does not") or
//! saying first a word of the other half; or when the other half says "the opposite", "the
//! reverse" or "vice versa". An "or" between things that are not opposites ("heat or warm
//! the mixture", "an enzyme or a metal") offers no choice of answer.

use std::ops::Range;

use super::negation::is_plain_negation;
use super::{Clauses, is_sentence_word};
use crate::words::{AUXILIARY_VERBS, denied_by, stem};

/// Words of opposite amount, size or direction, each side in the forms students write.
const OPPOSITES: &[(&[&str], &[&str])] = &[
    (&["more"], &["less", "fewer"]),
    (&["most"], &["least", "fewest", "few", "hardly"]),
    (&["many"], &["few", "hardly"]),
    (&["larger", "bigger", "greater"], &["smaller", "lesser"]),
    (&["large", "big", "great"], &["small", "little"]),
    (&["higher"], &["lower"]),
    (&["high"], &["low"]),
    (
        &["increase", "increases", "increased", "increasing"],
        &[
            "decrease",
            "decreases",
            "decreased",
            "decreasing",
            "reduce",
            "reduces",
            "reduced",
        ],
    ),
    (
        &["rise", "rises", "rose", "risen", "rising"],
        &[
            "fall", "falls", "fell", "fallen", "falling", "drop", "drops", "dropped",
        ],
    ),
    (&["up"], &["down"]),
    (&["faster", "quicker"], &["slower"]),
    (&["fast", "quick", "quickly"], &["slow", "slowly"]),
    (&["stronger"], &["weaker"]),
    (&["strong"], &["weak"]),
    (&["longer"], &["shorter"]),
    (&["better"], &["worse"]),
    (&["heavier"], &["lighter"]),
    (&["hotter", "warmer"], &["colder", "cooler"]),
    (&["gain", "gains", "gained"], &["lose", "loses", "lost"]),
    (&["win", "wins", "won"], &["lose", "loses", "lost"]),
    (&["before"], &["after"]),
    (&["earlier", "sooner"], &["later"]),
    (&["harder"], &["easier"]),
    (&["hard"], &["easy"]),
    (&["cheap", "cheaper"], &["expensive", "dear", "dearer"]),
    (&["busy", "busier"], &["quiet", "quieter"]),
    (&["good"], &["bad"]),
    (&["safe", "safer"], &["risky", "riskier", "dangerous"]),
    (
        &["succeed", "succeeds", "success"],
        &["fail", "fails", "failure"],
    ),
    (&["profit", "profits"], &["loss", "losses"]),
    (&["wet", "wetter"], &["dry", "drier"]),
    (&["always"], &["never"]),
    (&["positive"], &["negative"]),
    (&["true"], &["false"]),
    (
        &["attract", "attracts", "attracted"],
        &["repel", "repels", "repelled"],
    ),
    (
        &["accept", "accepts", "accepted"],
        &["reject", "rejects", "rejected"],
    ),
    (&["same"], &["different", "alternative", "another", "other"]),
    (&["for"], &["against"]),
];

/// Most words between a point and the "or" that offers its opposite ("turn against the
/// West or not"), and before the point that its half takes in ("for a Western orientation
/// or against it").
const BESIDE_POINT: usize = 2;

/// Participles that, after "be", say whether a thing is there at all: "memory cells may or
/// may not be made" offers both answers.
const BEING_THERE: &[&str] = &["created", "formed", "made", "present", "produced", "there"];

/// Words that say the other half is the opposite of the first, whatever it is: "… or the
/// opposite", "… or the reverse of it".
const THE_OPPOSITE: &[&str] = &["contrary", "converse", "opposite", "reverse"];

/// Whether two words are opposites ([`OPPOSITES`]), or one says "not" the other with a
/// prefix ("involuntary" and "voluntary", "illegal" and "legal": see [`denied_by`]).
pub(super) fn opposite(a: &str, b: &str) -> bool {
    OPPOSITES.iter().any(|(one, other)| {
        (one.contains(&a) && other.contains(&b)) || (one.contains(&b) && other.contains(&a))
    }) || denied_by(a) == Some(b)
        || denied_by(b) == Some(a)
}

impl Clauses<'_> {
    /// Whether the point at words `at..at + len` is offered with its opposite across an
    /// "or" (see the module documentation).
    pub(crate) fn offered_both_ways(&self, at: usize, len: usize) -> bool {
        let sentence = self.sentence_words(at);
        if self.taken_back_by_or_not(at + len, &sentence) || self.after_may_or_may_not(at) {
            return true;
        }
        let clause = self.clause_start[at];
        let in_clause = |i: &usize| self.clause_start[*i] == clause;
        let end = at + len;
        let reach = len + 2;
        let words = |range: Range<usize>| -> Vec<&str> { range.map(|i| self.word(i)).collect() };
        // The point's half runs from a word or two before the point in its clause to the
        // "or" ("for" in "for a Western orientation or against it"); the other half is read
        // outwards from the "or".
        let after = self.alternative_after(end, &sentence).map(|(or, first)| {
            let start = (at.saturating_sub(BESIDE_POINT)..at)
                .find(in_clause)
                .unwrap_or(at);
            (
                words(start..or),
                words(first..(first + reach).min(sentence.end)),
            )
        });
        let before = self.alternative_before(at, &sentence).map(|(last, or)| {
            let stop = (end..(end + BESIDE_POINT).min(sentence.end))
                .take_while(in_clause)
                .last()
                .map_or(end, |i| i + 1);
            let mut other = words(last.saturating_sub(reach).max(sentence.start)..last);
            other.reverse();
            (words(or..stop), other)
        });
        [after, before]
            .into_iter()
            .flatten()
            .any(|(point, other)| opposite_halves(&point, &other))
    }

    /// Where the point's half ends and the other half begins, when an "or" (or a slash)
    /// follows the point in its clause, straight away or after [`BESIDE_POINT`] words or
    /// fewer.
    fn alternative_after(&self, end: usize, sentence: &Range<usize>) -> Option<(usize, usize)> {
        if end < sentence.end && self.slash_before(end) {
            return Some((end, end));
        }
        // An "or" after a small word of the clause's own offers a choice of what follows
        // ("a value that may or may not change"), not of the point, unless what follows is
        // whether the point is there at all ("memory cells may or may not be made").
        (end..(end + BESIDE_POINT + 1).min(sentence.end))
            .find(|&i| self.offers_choice(i))
            .filter(|&or| self.clause_start[or] == self.clause_start[end - 1])
            .filter(|&or| {
                or == end || !is_sentence_word(self.word(or - 1)) || self.whether_there(or + 1)
            })
            .map(|or| (or, or + 1))
    }

    /// Where the other half ends and the point's half begins, when an "or" (or a slash)
    /// comes before the point in its clause, straight away or [`BESIDE_POINT`] words or
    /// fewer before.
    fn alternative_before(&self, at: usize, sentence: &Range<usize>) -> Option<(usize, usize)> {
        if at > sentence.start && self.slash_before(at) {
            return Some((at, at));
        }
        (at.saturating_sub(BESIDE_POINT + 1).max(sentence.start)..at)
            .rev()
            .find(|&i| self.offers_choice(i))
            .filter(|&or| self.clause_start[or] == self.clause_start[at])
            .map(|or| (or, or + 1))
    }

    /// Whether the words from `at` say whether something is there at all: a modal and "not"
    /// perhaps, then "be made" ([`BEING_THERE`]) or "exist" ("may not be made", "might
    /// not exist").
    fn whether_there(&self, at: usize) -> bool {
        let mut i = at;
        while matches!(self.word(i), "may" | "might" | "could" | "can" | "not") {
            i += 1;
        }
        (self.word(i) == "be" && BEING_THERE.contains(&self.word(i + 1)))
            || matches!(self.word(i), "exist" | "happen" | "occur" | "form")
    }

    /// Whether word `i` is an "or" that offers a choice: not in "with or without" or
    /// "whether or not", which say the choice does not matter.
    fn offers_choice(&self, i: usize) -> bool {
        let around = (
            i.checked_sub(1).map(|b| self.word(b)),
            self.words.get(i + 1).map(|w| w.as_ref()),
        );
        self.word(i) == "or"
            && !matches!(
                around,
                (Some("with"), Some("without")) | (Some("whether"), _)
            )
    }

    /// Whether a slash, and nothing else, stands between word `at` and the one before it.
    fn slash_before(&self, at: usize) -> bool {
        let (Some(before), Some(this)) = (self.ranges.get(at.wrapping_sub(1)), self.ranges.get(at))
        else {
            return false;
        };
        self.text
            .get(before.end..this.start)
            .is_some_and(|between| between.trim() == "/")
    }
}

impl Clauses<'_> {
    /// Whether an "or" after word `end` in its sentence, or a view others hold, ends it
    /// with nothing but a denial of what went before: "Nationalism in Serbia may have
    /// threatened Austria-Hungary, or it may not have", "…, or maybe they didn't", "…, or
    /// not at all", "…, and other people say he was not". The sentence offers its claim
    /// both ways, however far the point is from the "or".
    fn taken_back_by_or_not(&self, end: usize, sentence: &Range<usize>) -> bool {
        let Some(or) = (end..sentence.end)
            .rev()
            .find(|&i| self.word(i) == "or" || self.others_say(i))
        else {
            return false;
        };
        let tail = or + 1..sentence.end;
        !tail.is_empty()
            && tail.clone().any(|i| is_plain_negation(self.word(i)))
            && tail.into_iter().all(|i| {
                let word = self.word(i);
                is_plain_negation(word)
                    || is_sentence_word(word)
                    || AUXILIARY_VERBS.contains(&word)
                    || matches!(
                        word,
                        "maybe" | "perhaps" | "possibly" | "they" | "he" | "she" | "we"
                    )
                    || TAKEN_BACK_TAIL.contains(&word)
            })
    }

    /// Whether the point at word `at` comes after "may or may not" (any modal said twice so)
    /// in its clause: "It may or may not damage Hollins Wood" offers the point both ways;
    /// "a value that may or may not change" says nothing of "value" either way.
    fn after_may_or_may_not(&self, at: usize) -> bool {
        let start = self.clause_start[at];
        (start..at.saturating_sub(3)).any(|i| {
            let modal = self.word(i);
            AUXILIARY_VERBS.contains(&modal)
                && self.word(i + 1) == "or"
                && self.word(i + 2) == modal
                && is_plain_negation(self.word(i + 3))
        })
    }
}

/// Words after a denial that only point back at the claim it takes back: "others say
/// that never happens", "or it is not the case at all".
const TAKEN_BACK_TAIL: &[&str] = &[
    "that", "this", "so", "true", "the", "case", "happens", "happened", "at", "all",
];

/// Verbs of holding a view: "others say", "other historians argue".
const HOLDING: &[&str] = &["say", "think", "argue", "believe", "claim", "disagree"];

impl Clauses<'_> {
    /// Whether word `i` says what others hold, against a view put before: "others say",
    /// "other people think".
    fn others_say(&self, i: usize) -> bool {
        let before = |back: usize| i.checked_sub(back).map_or("", |b| self.word(b));
        HOLDING.contains(&self.word(i)) && (before(1) == "others" || before(2) == "other")
    }
}

/// Whether the words of a point's half and of the other half (read outwards from the "or")
/// say opposite things: a word and its opposite, or one half denying what the other says
/// (the other's first word that says something, nearest the "or", a word of the point's;
/// or a denial before any such word: "or not", "or does not").
fn opposite_halves(point: &[&str], other: &[&str]) -> bool {
    let antonyms = point.iter().any(|&a| other.iter().any(|&b| opposite(a, b)));
    let denies = |half: &[&str]| half.iter().any(|&w| is_plain_negation(w));
    let says = |w: &str| !is_plain_negation(w) && !is_sentence_word(w);
    let point_stems: Vec<String> = point.iter().filter(|w| says(w)).map(|w| stem(w)).collect();
    let first_said = other.iter().position(|w| says(w));
    let denied_first = other
        .iter()
        .take(first_said.unwrap_or(other.len()))
        .any(|&w| is_plain_negation(w));
    let same_thing = first_said.is_some_and(|i| point_stems.contains(&stem(other[i])));
    let the_opposite = first_said.is_some_and(|i| THE_OPPOSITE.contains(&other[i]))
        || other.windows(2).any(|w| w == ["vice", "versa"]);
    antonyms || the_opposite || (denies(point) != denies(other) && (denied_first || same_thing))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the first point found in `text`, the words `at..at + len`, is offered both
    /// ways.
    fn both(text: &str, at: usize, len: usize) -> bool {
        Clauses::new(text, true).offered_both_ways(at, len)
    }

    #[test]
    fn a_point_and_its_opposite_across_an_or_choose_neither() {
        assert!(both("they collide more often or less often", 1, 3));
        assert!(both("with enough energy or not enough energy", 1, 2));
        assert!(both("it is used up or not used up", 5, 3));
        assert!(both("the current increases or decreases", 1, 2));
        assert!(both("and memory cells may or may not be made", 1, 2));
        assert!(both(
            "when most people or hardly anyone is vaccinated",
            1,
            2
        ));
        assert!(both("many people or few people", 0, 2));
        assert!(both("an alternative pathway or the same pathway", 1, 2));
        assert!(both("the current increases/decreases", 1, 2));
        assert!(both("it might be involuntary or voluntary", 3, 1));
        assert!(both(
            "Nationalism in Serbia may have threatened Austria-Hungary, or it may not have.",
            0,
            1
        ));
        assert!(both(
            "The blank cheque led to the July Crisis, or maybe they didn't.",
            1,
            2
        ));
        assert!(both(
            "Some people say Princip was the trigger, and other people say he was not.",
            4,
            1
        ));
        assert!(both(
            "Some historians think the alliances caused it, while others argue they did not.",
            4,
            1
        ));
        assert!(both(
            "Some say people become agentic; others say that never happens.",
            3,
            1
        ));
        assert!(both("It may or may not damage Hollins Wood.", 5, 2));
        assert!(both("one of them is legal or illegal", 4, 1));
        assert!(both("it is used up or not", 2, 2));
        assert!(both("the wire melts or does not melt", 2, 1));
        assert!(both(
            "plastic has free electrons or no free electrons",
            6,
            2
        ));
        assert!(both("it is not used up or used up", 2, 3));
        assert!(both("it would turn against the West or not", 2, 2));
        assert!(both(
            "they were for a Western orientation or against it",
            4,
            2
        ));
        assert!(both("the pact fulfilled the plan or the reverse", 1, 2));
    }

    #[test]
    fn an_or_between_things_that_are_not_opposites_offers_no_choice() {
        assert!(!both(
            "if you heat or warm the mixture they collide more often",
            7,
            3
        ));
        assert!(!both(
            "an enzyme or a metal gives an alternative pathway",
            6,
            2
        ));
        assert!(!both("they collide more often, so more react", 1, 3));
        assert!(!both(
            "a symbol for a value that may or may not change",
            4,
            1
        ));
        assert!(!both(
            "Some say the alliances caused the war; others say it was nationalism, not the alliances.",
            2,
            1
        ));
        assert!(!both("more collisions or a larger surface area", 0, 2));
        assert!(!both("the catalyst is not used up or changed", 3, 3));
        assert!(!both("it takes parameters, with or without names", 2, 1));
        assert!(!both(
            "the current falls, whether or not the lamp is new",
            1,
            2
        ));
    }
}
