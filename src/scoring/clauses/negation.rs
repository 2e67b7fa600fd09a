//! Negation: whether a point found in a clause is said negatively there (see the rules in
//! the module documentation of [`super`]).

use super::Clauses;
use super::sentence_words::{PREPOSITIONS, is_article, is_sentence_word};
use subject::BETWEEN_SUBJECT_AND_VERB;

/// Words of negation: a point after one of them in its clause is not made.
const NEGATIONS: &[&str] = &[
    "not", "never", "no", "nor", "neither", "without", "hardly", "barely", "scarcely", "cannot",
    "lacked", "lacking", "avoid", "avoids", "avoided", "avoiding", "lack", "lacks", "nobody",
    "none", "rarely", "seldom",
];

/// Plain words of negation, which deny whatever follows them in their clause (see
/// [`Clauses::plain_negation_before`]).
const PLAIN_NEGATIONS: &[&str] = &[
    "not", "never", "no", "nor", "neither", "none", "nobody", "nothing", "without", "cannot",
];

/// Whether a word is a plain word of negation ([`PLAIN_NEGATIONS`]) or ends in "n't".
pub(super) fn is_plain_negation(word: &str) -> bool {
    PLAIN_NEGATIONS.contains(&word) || word.ends_with("n't")
}

/// Words that say something is missing, taken away or kept from happening without a word
/// of negation ("staff talks were missing", "it eliminates the copying").
const ABSENCE: &[&str] = &[
    "absence",
    "absent",
    "missing",
    "eliminate",
    "eliminated",
    "eliminates",
    "eliminating",
    "prevent",
    "prevented",
    "prevents",
    "remove",
    "removed",
    "removes",
    "instead",
    "rather",
    "omit",
    "omits",
    "omitted",
    "spare",
    "spares",
    "spared",
    "skip",
    "skips",
    "skipped",
    "bypass",
    "bypasses",
    "bypassed",
    "save",
    "saves",
    "saved",
    "saving",
];

/// Words of a limit: a negation just before one denies the limit, not what it limits
/// ("not limited in size", "no limit on the size", "not restricted to one partner").
const LIMITS: &[&str] = &[
    "bounded",
    "confined",
    "limit",
    "limited",
    "limits",
    "restricted",
    "restriction",
    "restrictions",
];

/// The most words before a point that an "any" opening its noun phrase may stand ("any
/// tolerance to lactic acid").
const ANY_PHRASE: usize = 3;

/// Auxiliaries that, followed by a negation, negate the point before them ("Litvinov was
/// not …").
const AUXILIARIES: &[&str] = &[
    "is", "was", "are", "were", "did", "does", "do", "had", "has", "have", "would", "will",
    "could", "can", "should", "must",
];

/// Pronouns that begin a subject of their own: an auxiliary after one is its verb, not the
/// point's.
const SUBJECTS: &[&str] = &["he", "she", "it", "we", "they", "i", "you", "u"];

/// Words that may come before a point that opens its clause as its subject ("the
/// pancreas", "both wages and energy").
const SUBJECT_OPENERS: &[&str] = &["the", "a", "an", "both", "either", "its", "their"];

/// How many capitalised words after a point may be the rest of a name it begins.
const NAME_REST: usize = 2;

/// How many words after its preposition such a phrase may have.
const PHRASE_AFTER_POINT: usize = 3;

/// How many such phrases may follow one another between a point and its auxiliary ("the
/// pact with Hitler in 1939 had nothing to do with it").
const PHRASES_AFTER_POINT: usize = 3;

/// How many words before a point a word of negation reaches.
pub const NEGATION_REACH: usize = 4;

/// The small words of a noun phrase, which "not the" and "never a" reach past ("not the
/// Nazi-Soviet pact of 1939").
const PHRASE_GLUE: &[&str] = &["the", "a", "an", "of"];

/// Verbs that negate what follows them when "to" comes next ("failed to", "refused to").
const NEGATING_VERBS: &[&str] = &[
    "fail",
    "failed",
    "fails",
    "refuse",
    "refused",
    "refuses",
    "declined",
    "unable",
    "unwilling",
];

/// Verbs of neglect or denial: a negation just before one ("must not forget", "never
/// ignored", "cannot overlook", "cannot deny") says the point is heeded, and denies nothing.
const NEGLECT: &[&str] = &[
    "forget",
    "forgets",
    "forgot",
    "forgotten",
    "ignore",
    "ignored",
    "ignores",
    "overlook",
    "overlooked",
    "overlooks",
    "underestimate",
    "underestimated",
    "deny",
    "denies",
    "denied",
    "doubt",
    "doubts",
    "doubted",
    "dispute",
    "disputes",
    "disputed",
];

/// Pairs of words that deny the action they name: what is done "rather than" or "instead
/// of" something else is not that thing.
const INSTEAD: &[(&str, &str)] = &[("rather", "than"), ("instead", "of")];

/// How many words of an action "rather than" or "instead of" deny, small words,
/// prepositions and possessives aside: its verb and what it acts on ("instead of joining
/// the League", "rather than march on Warsaw"), not how or when ("calling the function
/// every time").
const ACTION_REACH: usize = 2;

/// Possessives and prepositions that [`PREPOSITIONS`] lacks, passed over with the small
/// words and prepositions in an action "instead of" denies ("instead of looking after its
/// security").
const ACTION_GLUE: &[&str] = &[
    "about", "after", "into", "over", "its", "his", "her", "their", "our", "my", "your",
];

/// Words after which a clause goes on to say something of its own: a denied belief before
/// them does not reach past them.
pub(super) const GOING_ON: &[&str] = &["and", "so", "then", "therefore", "thus"];

impl Clauses<'_> {
    /// Whether a word of negation comes before word `at` in its clause, at most
    /// [`NEGATION_REACH`] words before it, or within it, or an auxiliary and a negation
    /// follow it ("Litvinov was not").
    pub(super) fn negated(&self, at: usize, len: usize) -> bool {
        let end = at + len;
        let in_clause = |i: usize| self.same_clause(at, i);
        let is_auxiliary = |i: usize| {
            self.words
                .get(i)
                .is_some_and(|w| AUXILIARIES.contains(&w.as_ref()))
        };
        // The rest of a name the point begins ("the Schlieffen Plan did not", "Gavrilo
        // Princip was not"), then a short phrase may come between the point and its
        // auxiliary ("the purges at home did not matter"), and so may the rest of a subject
        // the point opens ("concrete and tarmac are not …", "the Triple Alliance and the
        // Triple Entente did not …", its articles not counted).
        let named = (end..end + NAME_REST)
            .take_while(|&i| in_clause(i) && self.capitalised(i))
            .last()
            .map_or(end, |i| i + 1);
        let next = self.words.get(named).map_or("", AsRef::as_ref);
        let joins_subject = matches!(next, "and" | "or") && self.opens_clause(at);
        let auxiliary = if joins_subject {
            (named + 1..self.words.len())
                .filter(|&i| !is_article(self.word(i)))
                .take(PHRASE_AFTER_POINT)
                .find(|&i| is_auxiliary(i) || self.word(i) == "never")
        } else {
            self.auxiliary_after_phrases(named)
        };
        // Or a longer subject the point opens ("villagers near the route would not …").
        let runs_on = auxiliary
            .is_none()
            .then(|| self.subject_runs_to(at, named))
            .flatten();
        let auxiliary = auxiliary.or(runs_on);
        // "never" stands where the auxiliary would ("the diaphragm and the ribs never get
        // stronger") and is itself the denial.
        let after = auxiliary.map_or(named, |i| i + usize::from(self.word(i) != "never"));
        let reached = in_clause(after) || runs_on.is_some_and(|_| after < self.words.len());
        if !self.forward_only
            && !self.in_opening_phrase(at)
            && reached
            && self.negates_before(after, auxiliary.is_some())
        {
            return true;
        }
        let start = self.reach_start(at);
        let end = (at + len).min(self.words.len());
        (start..end).any(|i| self.negates(i))
            || self.negation_carried(at, start)
            || (!self.forward_only && self.role_denied(at, end))
            || self.phrase_denied(at)
            || self.governed_denied(at)
            || self.content_denied(at)
            || self.nobody_did(at)
            || self.denied_from_afar(at)
            || self.is_denied(at)
            || self.denied_turned_round(at)
            || self.listed_after_denied(at)
            || self.paired_with_denied(at)
    }

    /// The last plain word of negation ([`PLAIN_NEGATIONS`]) before word `at` in its
    /// clause, however far: what the clause denies comes after it, not the subject it
    /// denies something of ("neither pact was ever backed by military talks" denies
    /// "talks"; "security was not working" not "security"). Not a verb that denies ("avoids
    /// making copies"), which other verbs say as well ("eliminates copying").
    pub(crate) fn plain_negation_before(&self, at: usize) -> Option<usize> {
        let start = *self.clause_start.get(at)?;
        (start..at).rev().find(|&i| {
            let word = self.word(i);
            is_plain_negation(word) && self.negates(i)
        })
    }

    /// Whether the clause of word `at` denies anything, or says something is missing, taken
    /// away or kept from happening ([`ABSENCE`]): a clause that does not plainly assert what
    /// it names.
    pub(crate) fn denies_something(&self, at: usize) -> bool {
        self.clause_words(at)
            .any(|i| self.negates(i) || ABSENCE.contains(&self.word(i)))
    }

    /// The auxiliary at word `end`, or after the phrases that begin there, each opened by a
    /// preposition and at most [`PHRASE_AFTER_POINT`] words after it, [`PHRASES_AFTER_POINT`]
    /// of them at most: "the purges at home did …", "the pact with Hitler in 1939 had …",
    /// "tarmac on the roads of a new town is …"; not "the pact with Hitler meant the USSR
    /// did …", where a verb comes first, nor "pressured to die so they are …", where the
    /// auxiliary has a subject of its own.
    fn auxiliary_after_phrases(&self, end: usize) -> Option<usize> {
        let word = |i: usize| self.word(i);
        let is_auxiliary = |i: usize| AUXILIARIES.contains(&word(i));
        let end = (end..end + 2)
            .find(|&i| !BETWEEN_SUBJECT_AND_VERB.contains(&word(i)))
            .unwrap_or(end);
        if is_auxiliary(end) {
            return Some(end);
        }
        let mut preposition = end;
        for _ in 0..PHRASES_AFTER_POINT {
            if !PREPOSITIONS.contains(&word(preposition)) {
                return None;
            }
            let phrase = preposition + 1..=preposition + PHRASE_AFTER_POINT + 1;
            let next = phrase.into_iter().find(|&i| {
                is_auxiliary(i)
                    || (i > preposition + 1 && PREPOSITIONS.contains(&word(i)))
                    || GOING_ON.contains(&word(i))
                    || SUBJECTS.contains(&word(i))
            })?;
            // "pressured to die so they are not a burden": the auxiliary has a subject of
            // its own.
            if GOING_ON.contains(&word(next)) || SUBJECTS.contains(&word(next)) {
                return None;
            }
            if is_auxiliary(next) {
                return Some(next);
            }
            preposition = next;
        }
        None
    }

    /// The first word a negation may stand at to deny word `at`: [`NEGATION_REACH`] words
    /// before it, in its clause, and after the last "and" between.
    fn reach_start(&self, at: usize) -> usize {
        let start = self.clause_start[at].max(at.saturating_sub(NEGATION_REACH));
        (start..at)
            .rev()
            .find(|&i| self.words[i] == "and")
            .map_or(start, |and| and + 1)
    }

    /// Whether an "or" or "nor" between `start` and the point at `at`, or an "any" just
    /// before it, carries on a negation that reaches the word before it in its clause (or
    /// that another carries that far): "it does not create more runoff or fill the drains"
    /// denies "drains" as "it does not fill the drains" would, "it does not reach the river
    /// any faster" "faster", and "never a reaction or a response to any real threat"
    /// "real threat".
    fn negation_carried(&self, at: usize, start: usize) -> bool {
        // "any" just before the point, or opening the noun phrase it ends ("any tolerance
        // to lactic acid").
        let any = (at.saturating_sub(ANY_PHRASE)..at)
            .rev()
            .find(|&i| self.words[i] == "any");
        let any = any.filter(|&i| {
            (i + 1..at)
                .all(|j| !GOING_ON.contains(&self.word(j)) && !is_plain_negation(self.word(j)))
                && (i + 1 == at || (i + 1..at).any(|j| PREPOSITIONS.contains(&self.word(j))))
        });
        let or = (start..at)
            .rev()
            .find(|&i| matches!(self.words[i].as_ref(), "or" | "nor"));
        [any, or]
            .into_iter()
            .flatten()
            .filter(|&carrier| carrier > self.clause_start[at])
            .any(|carrier| {
                let before = self.reach_start(carrier - 1);
                (before..carrier).any(|i| self.negates(i))
                    || self.negation_carried(carrier - 1, before)
                    || self.listed_after_denied(carrier - 1)
                    || self.denied_from_afar(carrier - 1)
            })
    }

    /// Whether the point at word `at` opens the part of its clause it is in, perhaps after
    /// an article, a determiner or the first words of a name ("the pancreas", "both wages",
    /// "the Triple Alliance"): it is then the subject,
    /// and an "and" after it joins more of the subject.
    pub(super) fn opens_clause(&self, at: usize) -> bool {
        (self.part_start(at)..at)
            .all(|i| SUBJECT_OPENERS.contains(&self.words[i].as_ref()) || self.capitalised(i))
    }

    /// The first word of the part of its clause the word `at` is in: the clause's first, or
    /// the one after the last "and", "so", "then" (see [`GOING_ON`]) before `at`.
    pub(super) fn part_start(&self, at: usize) -> usize {
        let clause = self.clause_start[at];
        (clause..at)
            .rev()
            .find(|&i| GOING_ON.contains(&self.words[i].as_ref()))
            .map_or(clause, |i| i + 1)
    }

    /// Whether the point at word `at` is in a noun phrase that a negation opens,
    /// [`NEGATION_REACH`] words long without its small words ([`PHRASE_GLUE`]): "not the
    /// Nazi-Soviet pact of 1939" denies "1939" as "not the pact" denies "pact", and so does
    /// "nothing to do with"; "rather than" and "instead of" deny the action they name
    /// ([`ACTION_REACH`]). Only a phrase the negation opens: "not confined to a specific
    /// size" does not deny "size".
    fn phrase_denied(&self, at: usize) -> bool {
        let glue = |i: usize| PHRASE_GLUE.contains(&self.words[i].as_ref());
        let word = |i: usize| self.words[i].as_ref();
        let small =
            |i: usize| glue(i) || PREPOSITIONS.contains(&word(i)) || ACTION_GLUE.contains(&word(i));
        (self.part_start(at)..at).any(|i| {
            let nothing_to_do =
                i >= 3 && (word(i - 3), word(i - 2), word(i - 1)) == ("nothing", "to", "do");
            match word(i) {
                "not" | "never" if matches!(word(i + 1), "the" | "a" | "an") => {
                    (i + 1..at).filter(|&j| !glue(j)).count() < NEGATION_REACH
                }
                "with" if nothing_to_do => {
                    (i + 1..at).filter(|&j| !glue(j)).count() < NEGATION_REACH
                }
                second if i >= 1 && INSTEAD.contains(&(word(i - 1), second)) => {
                    (i + 1..at).filter(|&j| !small(j)).count() < ACTION_REACH
                }
                _ => false,
            }
        })
    }

    /// Whether word `i`, just after a point (`after_auxiliary`: after the point and an
    /// auxiliary), denies the point before it: a negation of the verb ("security never
    /// mattered", "glucagon does not raise it", "Litvinov was no friend"), not one of what
    /// follows ("easier without help", "the root has no parent", "Hitler had nothing to
    /// offer").
    fn negates_before(&self, i: usize, after_auxiliary: bool) -> bool {
        let word = self.words[i].as_ref();
        let be =
            after_auxiliary && matches!(self.words[i - 1].as_ref(), "is" | "was" | "are" | "were");
        // "had nothing to offer" denies the offering; "has nothing to do with it" the point.
        let denies_what_follows = matches!(word, "without" | "neither")
            || (word == "nothing" && self.words.get(i + 2).is_none_or(|w| w != "do"))
            || word.starts_with("lack")
            || word.starts_with("avoid")
            || (word == "no" && !be && self.word(i + 1) != "longer");
        !denies_what_follows && self.negates(i)
    }

    /// Whether word `i` is a word of the text in the clause of word `at`.
    fn same_clause(&self, at: usize, i: usize) -> bool {
        i < self.words.len()
            && self.clause_start[i] == self.clause_start[at]
            && self.sentence_of[i] == self.sentence_of[at]
    }

    /// Whether word `i` negates what follows it in its clause.
    fn negates(&self, i: usize) -> bool {
        let word = self.words[i].as_ref();
        let next = self.words.get(i + 1).map(AsRef::as_ref);
        if word == "not" && matches!(next, Some("only" | "just" | "merely")) {
            return false;
        }
        // "no matter how", "no doubt" and "with or without" deny nothing.
        if word == "no" && matches!(next, Some("matter" | "doubt")) {
            return false;
        }
        // "not limited in size", "no limit on its size": the limit is denied, not the size.
        if next.is_some_and(|n| LIMITS.contains(&n)) {
            return false;
        }
        if word == "without" && i >= 2 && self.words[i - 1] == "or" && self.words[i - 2] == "with" {
            return false;
        }
        // "must not forget", "never ignored": denying a neglect says the point is heeded.
        if next.is_some_and(|n| NEGLECT.contains(&n)) {
            return false;
        }
        let after = self.words.get(i + 2).map(AsRef::as_ref);
        if matches!(word, "no" | "not")
            && matches!(next, Some("more" | "less" | "fewer"))
            && after == Some("than")
        {
            return false;
        }
        let before = i.checked_sub(1).map(|j| self.words[j].as_ref());
        // "anything but friendly" and "far from friendly" (or "far from being …") deny what
        // follows; "far from Moscow", "far from the front" and "far from home" say where.
        if (word == "anything" && next == Some("but"))
            || (word == "but" && before == Some("anything"))
        {
            return true;
        }
        if word == "far" && next == Some("from") {
            return self.words.get(i + 2).is_some_and(|after| {
                after == "being"
                    || (after != "home" && !is_sentence_word(after) && !self.capitalised(i + 2))
            });
        }
        if word == "nothing" {
            return next == Some("to")
                && match after {
                    Some("do") => self.words.get(i + 3).is_some_and(|w| w == "with"),
                    // "nothing to help": a verb; not "nothing to the USSR", "nothing to
                    // Hitler" (what was given to whom).
                    Some(after) => !is_sentence_word(after) && !self.capitalised(i + 2),
                    None => false,
                };
        }
        NEGATIONS.contains(&word)
            || word.ends_with("n't")
            || (NEGATING_VERBS.contains(&word) && next == Some("to"))
            || (word == "to" && before.is_some_and(|b| NEGATING_VERBS.contains(&b)))
    }
}

/// Whether a phrase, split into words (see [`crate::words::split_words`]), says "not" (or another word of
/// negation) itself.
pub(crate) fn is_negative(words: &[impl AsRef<str>]) -> bool {
    // Most phrases hold no word that could negate: no need to read them as a clause.
    let may_negate = words.iter().map(AsRef::as_ref).any(|w| {
        NEGATIONS.contains(&w)
            || w.ends_with("n't")
            || NEGATING_VERBS.contains(&w)
            || matches!(w, "anything" | "far")
    });
    may_negate && {
        let phrase: Vec<&str> = words.iter().map(AsRef::as_ref).collect();
        Clauses::new(&phrase.join(" "), false).negated(0, words.len())
    }
}

mod far;
mod governed;
mod listed;
mod presupposing;
mod role;
mod subject;

mod turned;

#[cfg(test)]
mod tests;
