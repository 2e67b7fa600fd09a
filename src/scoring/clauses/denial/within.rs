//! Claims a sentence calls untrue within itself: "it is not true that …", "I disagree that
//! …", "people wrongly claim …", "…, but that is wrong", "the idea that … is mistaken" (see
//! the parent module).

use std::ops::Range;

use super::{DEGREES, POINTERS, untrue_thing_at, verdict_at};

/// Verdicts that say a thing is not so at all, as words: said of a subject they deny it
/// ("muscular hypertrophy is a myth"), where "wrong" or "a mistake" judge it ("appeasement
/// was a mistake").
const NOT_SO: &[&[&str]] = &[
    &["not", "true"],
    &["untrue"],
    &["false"],
    &["nonsense"],
    &["rubbish"],
    &["not", "the", "case"],
    &["made", "up"],
];

/// Verbs that, with "that" after them, call the claim that follows untrue ("I disagree
/// that …").
const DISPUTING: &[&str] = &[
    "deny",
    "denies",
    "denied",
    "disagree",
    "disagrees",
    "disagreed",
    "dispute",
    "disputes",
    "disputed",
    "doubt",
    "doubts",
    "doubted",
    "reject",
    "rejects",
    "rejected",
];

/// Words before a verb of [`DISPUTING`] that take its denial back ("few would deny", "no
/// one can doubt").
const DISPUTE_UNDONE: &[&str] = &["few", "not", "cannot", "can't", "no", "nobody", "never"];

/// Adverbs that, before a verb of saying or believing, call what it says untrue ("people
/// wrongly claim …").
const WRONGLY: &[&str] = &["wrongly", "falsely", "mistakenly"];

/// Verbs of saying or believing that [`WRONGLY`] may come before.
const SAYING: &[&str] = &[
    "argue",
    "argued",
    "argues",
    "assume",
    "assumed",
    "assumes",
    "believe",
    "believed",
    "believes",
    "claim",
    "claimed",
    "claims",
    "say",
    "said",
    "says",
    "suggest",
    "suggested",
    "suggests",
    "think",
    "thinks",
    "thought",
];

/// Subjects of a closing clause that denies a claim said before it (see
/// [`denied_by_closing`]).
const CLOSING_SUBJECTS: &[&str] = &["he", "it", "she", "that", "they", "this", "we"];

/// Words that may end a closing clause that denies a claim ("…, but it isn't so").
const CLOSING_ENDS: &[&str] = &["so", "true", "really", "at", "all"];

/// Nouns that name a claim the sentence then calls untrue ("the idea that …").
const CLAIMS: &[&str] = &["claim", "idea", "notion", "suggestion"];

/// Whether a word disputes what follows it (see [`DISPUTING`] and [`WRONGLY`]).
pub(super) fn disputes(word: &str) -> bool {
    DISPUTING.contains(&word) || WRONGLY.contains(&word)
}

/// The words of a claim someone is said to make, then denied by a closing clause of a
/// subject, an auxiliary and a negation alone: "people say the heart gets bigger, but it
/// doesn't", "many think that …, but they don't", "coaches believe …, but it isn't so".
/// Without a verb of saying, the closing clause may deny a verb left out ("Britain promised
/// to help, but it didn't": it did promise), so nothing is denied.
pub(super) fn denied_by_closing(words: &[&str]) -> Option<Range<usize>> {
    let but = words.iter().rposition(|w| *w == "but")?;
    let closing = &words[but + 1..];
    let [subject, auxiliary, rest @ ..] = closing else {
        return None;
    };
    let (negated, rest) = match rest {
        [not, rest @ ..] if *not == "not" => (true, rest),
        rest => (auxiliary.ends_with("n't"), rest),
    };
    let closes = rest.iter().all(|w| CLOSING_ENDS.contains(w));
    if !(negated && closes && CLOSING_SUBJECTS.contains(subject)) {
        return None;
    }
    let said = words[..but].iter().position(|w| SAYING.contains(w))? + 1;
    let start = said + usize::from(words.get(said) == Some(&"that"));
    (start < but).then_some(start..but)
}

/// Where the denied rest of a sentence starts after "it is not true that", "it is wrong
/// to say that".
pub(super) fn denied_from(words: &[&str]) -> Option<usize> {
    (0..words.len()).find_map(|i| {
        if words[i] != "it" {
            return None;
        }
        let mut at = i + 1;
        if words
            .get(at)
            .is_some_and(|w| matches!(*w, "would" | "will"))
        {
            at += 1;
        }
        if words
            .get(at)
            .is_some_and(|w| matches!(*w, "is" | "was" | "be"))
        {
            at += 1;
        }
        at += verdict_at(words, at.min(words.len()))?;
        let says = words.get(at).is_some_and(|w| *w == "to")
            && words.get(at + 1).is_some_and(|w| SAYING.contains(w));
        if says {
            at += 2;
        }
        // "that" may be left out after a verb of saying ("a mistake to think Rapallo …").
        match words.get(at) {
            Some(&"that") => Some(at + 1),
            Some(_) if says => Some(at),
            _ => None,
        }
    })
}

/// Where the denied rest of a sentence starts after a claim disputed or called wrong: "I
/// disagree that", "people wrongly claim (that)".
pub(super) fn disputed_from(words: &[&str]) -> Option<usize> {
    (0..words.len()).find_map(|i| {
        let after_that = |at: usize| at + usize::from(words.get(at) == Some(&"that"));
        if DISPUTING.contains(&words[i]) && words.get(i + 1) == Some(&"that") {
            let undone = words[i.saturating_sub(3)..i]
                .iter()
                .any(|w| DISPUTE_UNDONE.contains(w));
            return (!undone).then_some(i + 2);
        }
        (WRONGLY.contains(&words[i]) && words.get(i + 1).is_some_and(|w| SAYING.contains(w)))
            .then(|| after_that(i + 2))
    })
}

/// Where the denied part of a sentence ending "…, but that is wrong" ends: at the word
/// standing for the claim.
pub(super) fn denied_before_end(words: &[&str]) -> Option<usize> {
    (1..words.len().saturating_sub(2)).find(|&i| {
        let verdict = i + 2 + usize::from(DEGREES.contains(&words[i + 2]));
        POINTERS.contains(&words[i])
            && matches!(words[i + 1], "is" | "was")
            && verdict < words.len()
            && verdict_at(words, verdict) == Some(words.len() - verdict)
    })
}

/// The words of a claim the sentence calls untrue: "the idea that … is mistaken".
pub(super) fn denied_claim(words: &[&str]) -> Option<Range<usize>> {
    let start = (0..words.len().saturating_sub(1))
        .find(|&i| CLAIMS.contains(&words[i]) && words[i + 1] == "that")?
        + 2;
    (start..words.len()).find_map(|verb| {
        (matches!(words[verb], "is" | "was") && verdict_at(words, verb + 1).is_some())
            .then_some(start..verb)
    })
}

/// The words of a subject the sentence calls untrue, the verdict ending its clause (at a
/// word for which `ends_clause` holds): "the idea of a lower heart rate is also false",
/// "muscular hypertrophy is a myth"; or calls one of [`super::UNTRUE_THINGS`], whatever follows
/// ("a lie told by coaches"). Not a word standing for a claim before ("This is false", "it
/// is false that …": see the others).
pub(super) fn denied_subject(
    words: &[&str],
    ends_clause: impl Fn(usize) -> bool,
) -> Option<Range<usize>> {
    let verb = words
        .iter()
        .position(|w| matches!(*w, "is" | "was" | "are" | "were"))?;
    if verb == 0 || (verb == 1 && POINTERS.contains(&words[0])) || (1..verb).any(&ends_clause) {
        return None;
    }
    let verdict = (verb + 1..words.len()).find(|&i| !DEGREES.contains(&words[i]))?;
    if untrue_thing_at(words, verdict).is_some() {
        return Some(0..verb);
    }
    let said = NOT_SO.iter().find(|v| words[verdict..].starts_with(v))?;
    ends_clause(verdict + said.len()).then_some(0..verb)
}
