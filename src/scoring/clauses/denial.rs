//! Claims the text itself calls untrue, whatever words they are in: a point inside one is
//! said the other way round (see [`super::Flaw::Negated`]).
//!
//! - "it is not true that …", "it is false that …", "it is a myth that …" (or "a common
//!   misconception", "a lie": see [`UNTRUE_THINGS`]), "it is wrong to
//!   say that …", "it would be wrong to think that …", "it is a mistake to believe …"
//!   (*that* may be left out after a verb of saying), "I disagree that …", "historians
//!   deny that …" (not "few would deny", "cannot deny"), "people wrongly claim (that) …":
//!   the rest of the sentence;
//! - "…, but that is wrong", "…, which is not true", "…, but that is simply false": the
//!   sentence before those words;
//! - "the claim that … is a myth", "the idea that … is mistaken" (also *notion*,
//!   *suggestion*): the words between;
//! - "muscular hypertrophy is a myth", "the idea of a lower heart rate is also false", the
//!   verdict ending the first clause and saying the thing is not so at all (not "wrong"
//!   or "a mistake", which judge it: "appeasement was a mistake"), or calling it a myth, a
//!   misconception, a lie, a fallacy or a tale in any words ("a common misconception", "a
//!   lie told by coaches"): the subject;
//! - "people say …, but it doesn't", "many think that …, but they don't": what is said;
//! - a sentence that is nothing but such a verdict ("This is wrong.", "That is not true.",
//!   "Wrong again.", "Rubbish.", "Also nonsense.", "What nonsense!"): the sentence before
//!   it.
//!
//! And what a sentence takes back earns nothing either (see [`super::Flaw::TakenBack`]): a
//! bare "No.", "Not.", "Only joking.", "As if." (or a short "As if anyone believes
//! that."), "Scratch that.", "I take that back.", "Forget it.", "Yeah, right.", "Who
//! knows.", "I don't believe that.", "I don't think so.", "And I'm the Queen.", "Pigs might
//! fly.", "Sounds made up to me.", "Whatever.", "I'm sure." or "Next you'll tell me …"
//! ("Actually, no.") takes back the sentence before it, and so does a sentence opening with
//! one of more than a word ("Only joking, …", "I don't believe that though, …"); a sentence
//! that opens by calling everything before it untrue ("None of that is true", "None of this
//! happened", "All of this is made up") every sentence before it; a correction ("Actually,
//! …", "No wait, …", "On second thoughts, …": see [`correction`]) that denies something and
//! shares a word that says something with the sentence before takes that sentence back
//! ("He feels guilty. Actually he feels no guilt at all."); and a sentence said in
//! mockery ("Oh yeah, sure, …", "Yeah, right, …", "Right, because …", "Oh wow, …") takes
//! itself back.
//!
//! A verdict on what someone in history believed ("Chamberlain's belief that … was wrong")
//! is left alone: there the student may be making the point.

use std::ops::Range;

use super::Clauses;
use within::{
    denied_before_end, denied_by_closing, denied_claim, denied_from, denied_subject, disputed_from,
    disputes,
};

/// Nouns that call a claim untrue, whatever words describe them after an article ("a
/// myth", "a common misconception", "a lie told by coaches", "an old wives' tale"): see
/// [`verdict_at`].
const UNTRUE_THINGS: &[&str] = &[
    "fallacy",
    "fantasy",
    "fiction",
    "lie",
    "misconception",
    "myth",
    "tale",
];

/// The most words between the article and one of [`UNTRUE_THINGS`] ("an old wives' tale").
const UNTRUE_THING_WORDS: usize = 2;

/// Verdicts that call a claim untrue, as words.
const VERDICTS: &[&[&str]] = &[
    &["not", "true"],
    &["untrue"],
    &["false"],
    &["wrong"],
    &["incorrect"],
    &["mistaken"],
    &["a", "mistake"],
    &["nonsense"],
    &["rubbish"],
    &["not", "the", "case"],
    &["not", "so"],
    &["far", "from", "true"],
    &["far", "from", "the", "truth"],
    &["made", "up"],
    &["hypothetical"],
    &["a", "joke"],
];

/// Words that may come before a verdict and only strengthen it or add it ("that is simply
/// wrong", "that is also false").
const DEGREES: &[&str] = &[
    "absolute",
    "also",
    "complete",
    "total",
    "utter",
    "simply",
    "just",
    "completely",
    "quite",
    "totally",
    "plainly",
    "all",
];

/// Words that may stand for the claim before a verdict ("this is wrong").
const POINTERS: &[&str] = &["this", "that", "it", "which"];

/// Words that may open a sentence that takes back others ("Actually, no.", "Then again,
/// none of that is true.").
const OPENING_ASIDES: &[&str] = &[
    "actually", "again", "also", "and", "but", "then", "though", "well", "what",
];

/// Words that may close a sentence that takes back the one before ("Not at all, though.",
/// "Wrong again.").
const CLOSING_ASIDES: &[&str] = &["actually", "again", "all", "at", "though"];

/// Sentences that take back the one before, whole: "No.", "Not.", "Nope.", "Not really.",
/// "Only joking.", "As if.", "Scratch that.", "I take that back.", "Yeah, right.", "I
/// don't believe that.", "I don't think so.", "Whatever.", "I'm sure.", "What could
/// possibly go wrong."; those of two words or more also as the
/// first clause of a longer sentence ("Only joking, rain soaks into everything.").
const TAKEN_BACK: &[&[&str]] = &[
    &["no"],
    &["not"],
    &["nope"],
    &["not", "really"],
    &["only", "joking"],
    &["just", "joking"],
    &["just", "kidding"],
    &["joking"],
    &["kidding"],
    &["as", "if"],
    &["scratch", "that"],
    &["i", "take", "that", "back"],
    &["i", "take", "it", "back"],
    &["forget", "it"],
    &["forget", "that"],
    &["ignore", "that"],
    &["yeah", "right"],
    &["i", "don't", "believe", "that"],
    &["i", "don't", "believe", "it"],
    &["i", "don't", "believe", "this"],
    &["i", "do", "not", "believe", "that"],
    &["i", "do", "not", "believe", "it"],
    &["i", "do", "not", "believe", "this"],
    &["i", "don't", "think", "so"],
    &["i", "do", "not", "think", "so"],
    &["who", "knows"],
    &["nobody", "knows"],
    &["nobody", "really", "knows"],
    &["no", "one", "knows"],
    &["ha"],
    &["haha"],
    &["lol"],
    &["i'm", "the", "queen"],
    &["i'm", "the", "king"],
    &["i'm", "the", "pope"],
    &["pigs", "fly"],
    &["pigs", "might", "fly"],
    &["yeah", "and", "pigs", "fly"],
    &["sounds", "made", "up"],
    &["sounds", "made", "up", "to", "me"],
    &["in", "your", "dreams"],
    &["in", "your", "dreams", "maybe"],
    &["dream", "on"],
    &["whatever"],
    &["i'm", "sure"],
    &["could", "possibly", "go", "wrong"],
    &["nothing", "could", "possibly", "go", "wrong"],
];

/// Openings of a sentence that mocks the one before by what it says would come next
/// ("Next you'll tell me the internet is a series of tubes").
const NEXT_YOU_WILL: &[&[&str]] = &[&["next", "you'll"], &["next", "you", "will"]];

/// The most words of a sentence opening "As if" that mocks the one before ("As if anyone
/// believes that."); "As if to …" goes on to say something.
const AS_IF_MOCKING: usize = 6;

/// Openings that say in mockery what follows them in the sentence ("Oh yeah, sure, …",
/// "Yeah, right, …"): the sentence takes itself back. A plain "Sure, …" may concede.
const MOCKING: &[&[&str]] = &[
    &["oh", "wow"],
    &["right", "because"],
    &["oh", "yeah", "sure"],
    &["yeah", "sure"],
    &["oh", "sure"],
    &["yeah", "right"],
    &["oh", "yeah", "right"],
    &["oh", "yes", "because"],
];

/// The most words of who "said no … ever" at the end of a sentence that takes it back
/// ("…, said no engineer ever", "– said no civil engineer, ever").
const SAID_NO_ONE: usize = 2;

/// The most words of a sentence that takes back the one before ("Actually, no, that is
/// simply not true at all, though.").
const LONGEST_TAKING_BACK: usize = 12;

/// Words that, after "none of that", say it never was: "None of that is true", "none of
/// this happened".
const NEVER_WAS: &[&str] = &["true", "happened", "real", "so", "correct", "right", "case"];

impl Clauses<'_> {
    /// The words of a sentence that ends by saying nobody would say them: "…, said no
    /// engineer ever", "… – said no one, ever" ([`SAID_NO_ONE`] words of who at most, the
    /// "said" set off from what it takes back by a comma or a dash). Not "the engineer said
    /// no rain gets in, ever", where "said" is the sentence's own verb.
    fn said_no_one_ever(&self, sentence: Range<usize>) -> Option<Range<usize>> {
        let last = sentence.end.checked_sub(1)?;
        if self.word(last) != "ever" {
            return None;
        }
        let said = (last.saturating_sub(SAID_NO_ONE + 2)..last)
            .find(|&i| i > sentence.start && self.says_at(i, &["said", "no"]))?;
        let between = &self.text[self.ranges[said - 1].end..self.ranges[said].start];
        (last > said + 2 && between.contains([',', '-', '–', '—'])).then_some(sentence.start..said)
    }
}

/// What a sentence that takes back others takes back, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TakenBack {
    /// The sentence before it, called untrue ("This is wrong."): said the other way round.
    Untrue,
    /// The sentence before it ("Actually, no.").
    Previous,
    /// Every sentence before it ("None of that is true.").
    AllBefore,
}

impl Clauses<'_> {
    /// Marks the words of claims the text calls untrue (see the module's doc).
    pub(super) fn read_denials(&mut self) {
        let mut before: Option<Range<usize>> = None;
        for sentence in 0..self.sentences.len() {
            let range = self.sentences[sentence].words.clone();
            let previous = before.replace(range.clone());
            let first = range.start;
            // Most sentences neither open as a taking back nor pass a verdict: nothing to
            // read in them.
            let opening = self.words[range.clone()]
                .iter()
                .map(AsRef::as_ref)
                .find(|w| !OPENING_ASIDES.contains(w));
            let first_clause = (first..range.end)
                .find(|&i| self.clause_start[i] != self.clause_start[first])
                .unwrap_or(range.end);
            // Only "none of …" and "all of …" take back in a long sentence, besides a
            // taking back that is its first clause.
            let short = first_clause - first <= LONGEST_TAKING_BACK;
            let mocked = MOCKING
                .iter()
                .find_map(|opening| {
                    let end = first + opening.len();
                    let set_off =
                        end < range.end && self.clause_start[end] != self.clause_start[first];
                    (self.says_at(first, opening) && set_off).then_some(end..range.end)
                })
                .or_else(|| self.said_no_one_ever(range.clone()));
            if let Some(previous) = previous
                .clone()
                .filter(|previous| self.corrects(range.clone(), previous.clone()))
            {
                if self.taken_back.is_empty() {
                    self.taken_back = vec![false; self.words.len()];
                }
                self.taken_back[previous].fill(true);
                continue;
            }
            if let Some(mocked) = mocked {
                if self.taken_back.is_empty() {
                    self.taken_back = vec![false; self.words.len()];
                }
                // "Yeah, right, as if …" mocks the sentence before as well.
                let as_if = self.says_at(mocked.start, &["as", "if"]);
                if let Some(previous) = previous.filter(|_| as_if) {
                    self.taken_back[previous].fill(true);
                }
                self.taken_back[mocked].fill(true);
                continue;
            }
            let may_take_back = opening
                .is_some_and(|w| matches!(w, "none" | "all") || (short && opens_taking_back(w)));
            if !may_take_back
                && !self.words[range.clone()]
                    .iter()
                    .any(|w| ends_verdict(w) || disputes(w) || *w == "but")
            {
                continue;
            }
            let words: Vec<&str> = self.words[range].iter().map(AsRef::as_ref).collect();
            let mut spans = Vec::new();
            let taken =
                taken_back(&words).or_else(|| opens_by_taking_back(&words[..first_clause - first]));
            let taken = match taken {
                Some(TakenBack::Untrue) => {
                    spans.extend(previous);
                    None
                }
                Some(TakenBack::Previous) => previous,
                Some(TakenBack::AllBefore) => Some(0..first),
                None => None,
            };
            if let Some(taken) = taken.filter(|t| !t.is_empty()) {
                if self.taken_back.is_empty() {
                    self.taken_back = vec![false; self.words.len()];
                }
                self.taken_back[taken].fill(true);
                continue;
            }
            // Most sentences pass no verdict: nothing more to read in them.
            if spans.is_empty()
                && words
                    .iter()
                    .any(|w| ends_verdict(w) || disputes(w) || *w == "but")
            {
                spans.extend(denied_from(&words).map(|rest| rest..words.len()));
                spans.extend(disputed_from(&words).map(|rest| rest..words.len()));
                spans.extend(denied_before_end(&words).map(|end| 0..end));
                spans.extend(denied_claim(&words));
                spans.extend(denied_by_closing(&words));
                let ends_clause = |i: usize| {
                    i >= words.len() || self.clause_start[first + i] != self.clause_start[first]
                };
                spans.extend(denied_subject(&words, ends_clause));
                for span in &mut spans {
                    *span = first + span.start..first + span.end;
                }
            }
            for span in spans.into_iter().filter(|s| !s.is_empty()) {
                if self.denied.is_empty() {
                    self.denied = vec![false; self.words.len()];
                }
                self.denied[span].fill(true);
            }
        }
    }

    /// Whether word `at` is in a claim the text calls untrue.
    pub(super) fn is_denied(&self, at: usize) -> bool {
        self.denied.get(at).copied().unwrap_or(false)
    }
}

/// Whether a word is the last of one of [`VERDICTS`], or one of [`UNTRUE_THINGS`].
fn ends_verdict(word: &str) -> bool {
    VERDICTS.iter().any(|v| v.last() == Some(&word)) || UNTRUE_THINGS.contains(&word)
}

/// The length of the verdict starting at word `at`, if one does: one of [`VERDICTS`], or
/// an article, at most [`UNTRUE_THING_WORDS`] words and one of [`UNTRUE_THINGS`] ("a common
/// misconception", "an old wives' tale").
fn verdict_at(words: &[&str], at: usize) -> Option<usize> {
    VERDICTS
        .iter()
        .find(|v| words[at..].starts_with(v))
        .map(|v| v.len())
        .or_else(|| untrue_thing_at(words, at))
}

/// The length of a name for something untrue at word `at`, if one is there: an article, at
/// most [`UNTRUE_THING_WORDS`] words, then one of [`UNTRUE_THINGS`].
fn untrue_thing_at(words: &[&str], at: usize) -> Option<usize> {
    if !matches!(words.get(at), Some(&("a" | "an"))) {
        return None;
    }
    (at + 1..words.len().min(at + 2 + UNTRUE_THING_WORDS))
        .find(|&i| UNTRUE_THINGS.contains(&words[i]))
        .map(|noun| noun + 1 - at)
}

/// Whether a short sentence opening with `word` (after [`OPENING_ASIDES`]) may take back the
/// one before: as one of [`TAKEN_BACK`] or [`NEXT_YOU_WILL`] does, or as a verdict on what
/// [`POINTERS`] stand for.
fn opens_taking_back(word: &str) -> bool {
    TAKEN_BACK.iter().any(|t| t[0] == word)
        || NEXT_YOU_WILL.iter().any(|t| t[0] == word)
        || POINTERS.contains(&word)
        || VERDICTS.iter().any(|v| v[0] == word)
}

/// What a sentence takes back, if it takes back others: the one before when it is only a
/// verdict on it, alone or said of it, or a bare "No." ("Wrong again.", "This is wrong.",
/// "Actually, no."), or every one before when
/// it opens by saying none of them is true ("None of that happened", "All of this is made
/// up").
fn taken_back(words: &[&str]) -> Option<TakenBack> {
    let start = words
        .iter()
        .take_while(|w| OPENING_ASIDES.contains(w))
        .count();
    let words = &words[start..];
    let pointer = |at: usize| {
        words
            .get(at)
            .is_some_and(|w| POINTERS.contains(w) || matches!(*w, "these" | "those"))
    };
    let none_was = words.starts_with(&["none", "of"])
        && pointer(2)
        && words[3..].iter().take(2).any(|w| NEVER_WAS.contains(w));
    let all_untrue = words.starts_with(&["all", "of"]) && pointer(2) && lone_verdict(&words[2..]);
    if none_was || all_untrue {
        return Some(TakenBack::AllBefore);
    }
    let closing = words
        .iter()
        .rev()
        .take_while(|w| CLOSING_ASIDES.contains(w));
    let end = words.len() - closing.count();
    let words = &words[..end];
    // "No, that is rubbish."
    let verdict = words.strip_prefix(&["no"]).unwrap_or(words);
    let verdict = match verdict {
        [degree, rest @ ..] if DEGREES.contains(degree) => rest,
        verdict => verdict,
    };
    let as_if = words.starts_with(&["as", "if"])
        && words.len() <= AS_IF_MOCKING
        && words.get(2) != Some(&"to");
    let next_you_will = NEXT_YOU_WILL
        .iter()
        .any(|opening| words.starts_with(opening));
    if TAKEN_BACK.contains(&words) || as_if || next_you_will {
        Some(TakenBack::Previous)
    } else {
        // "This is wrong.", or the verdict alone: "Wrong again.", "Rubbish."
        let alone = !verdict.is_empty() && verdict_at(verdict, 0) == Some(verdict.len());
        (lone_verdict(verdict) || alone).then_some(TakenBack::Untrue)
    }
}

/// What the first clause of a longer sentence takes back, if it is one of [`TAKEN_BACK`] of
/// two words or more ("Only joking, …", "I don't believe that though, …") or a verdict
/// alone ("What nonsense, …", "Total rubbish: …"); a bare "No, …" may open a sentence that
/// goes on to agree.
fn opens_by_taking_back(clause: &[&str]) -> Option<TakenBack> {
    let start = clause
        .iter()
        .take_while(|w| OPENING_ASIDES.contains(w))
        .count();
    let closing = clause[start..]
        .iter()
        .rev()
        .take_while(|w| CLOSING_ASIDES.contains(w))
        .count();
    let words = &clause[start..clause.len() - closing];
    if words.len() >= 2 && TAKEN_BACK.contains(&words) {
        return Some(TakenBack::Previous);
    }
    // A verdict alone opening the sentence: "What nonsense, it makes no difference",
    // "Total rubbish: proximity makes no difference".
    let verdict = match words {
        [degree, rest @ ..] if DEGREES.contains(degree) => rest,
        words => words,
    };
    (!verdict.is_empty() && verdict_at(verdict, 0) == Some(verdict.len()))
        .then_some(TakenBack::Untrue)
}

/// Whether a sentence is only a verdict on the one before: "This is wrong.", "That is
/// simply not true."
fn lone_verdict(words: &[&str]) -> bool {
    let [pointer, verb, rest @ ..] = words else {
        return false;
    };
    let rest = match rest {
        [degree, rest @ ..] if DEGREES.contains(degree) => rest,
        rest => rest,
    };
    POINTERS.contains(pointer)
        && matches!(*verb, "is" | "was")
        && !rest.is_empty()
        && verdict_at(rest, 0) == Some(rest.len())
}

mod correction;
#[cfg(test)]
mod tests;
mod within;
