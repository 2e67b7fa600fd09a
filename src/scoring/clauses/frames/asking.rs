//! Sentences that ask or guess rather than say: a question mark, an opening that asks
//! without one ("I wonder whether …"), and alternatives offered with hedges or words of not
//! knowing (see the parent module's doc).

use std::ops::Range;

use crate::scoring::clauses::both_ways::opposite;
use crate::scoring::clauses::negation::is_plain_negation;
use crate::scoring::clauses::{is_item_glue, is_sentence_word};
use crate::words::AUXILIARY_VERBS;

/// Words that hedge: with "or" twice or more, "maybe" once or any of them twice make the
/// alternatives guesses ("maybe X, or Y, or Z"), and with "or" once, any of them twice
/// ("maybe X or maybe Y"); one "perhaps" before a list of explanations is a writer
/// weighing them, and so is "perhaps X; perhaps Y", but "maybe X, maybe Y" guesses.
const HEDGES: &[&str] = &["maybe", "perhaps", "possibly", "probably"];

/// Words that open a question put to the reader ("Is it because …?", "What about …?"):
/// outside prose, where a question mark may be a student's doubt about a right answer
/// ("Litvinov?", "Because of the League?"), a question that opens with one of these asks
/// rather than answers.
pub(super) const QUESTION_OPENERS: &[&str] = &[
    "are", "can", "could", "did", "do", "does", "how", "is", "isn't", "might", "should", "was",
    "wasn't", "were", "what", "when", "where", "which", "who", "why", "will", "would",
];

/// Openings that ask without a question mark ("I wonder whether …", "Could it be that …",
/// "It is unclear whether …"); `*` stands for any of the words after it in [`ASKING_WORDS`].
const ASKING_OPENINGS: &[&[&str]] = &[
    &["i", "wonder", "*"],
    &["who", "knows", "*"],
    &["it", "is", "unclear", "*"],
    &["it", "is", "uncertain", "*"],
    &["it", "is", "not", "clear", "*"],
    &["could", "it", "be", "that"],
    &["can", "it", "be", "that"],
    &["might", "it", "be", "that"],
    &["is", "it", "possible", "that"],
    &["my", "question", "is", "*"],
    &["the", "question", "is", "*"],
];

/// The words that may stand for `*` in [`ASKING_OPENINGS`].
const ASKING_WORDS: &[&str] = &["whether", "if"];

/// Words after "Whether …" that leave it open: "Whether … is unclear", "Whether …, nobody
/// can say".
const LEFT_OPEN: &[&str] = &[
    "unclear",
    "uncertain",
    "unknown",
    "debatable",
    "doubtful",
    "nobody",
];

/// Words that may come inside an asking opening and change nothing: "I also wonder
/// whether …", "I still wonder if …".
const ASKING_ASIDES: &[&str] = &["also", "still", "just", "really", "often"];

/// Words that join a clause that says something after an asking opening ("I wonder whether
/// …, but …"): the sentence then makes its points.
const THEN_SAYS: &[&str] = &["but", "although", "though", "however", "yet"];

/// Whether a sentence asks without a question mark: it opens with one of [`ASKING_OPENINGS`],
/// or with "Whether" and leaves it open ("Whether … is unclear"), and says nothing after it
/// (see [`THEN_SAYS`]).
pub(super) fn asks_unmarked(words: &[std::borrow::Cow<'_, str>]) -> bool {
    let opening_words = words
        .iter()
        .map(AsRef::as_ref)
        .filter(|w| !ASKING_ASIDES.contains(w));
    let opens = |opening: &[&str]| {
        let mut said = opening_words.clone();
        opening.iter().all(|o| {
            said.next().is_some_and(|w| match *o {
                "*" => ASKING_WORDS.contains(&w),
                o => o == w,
            })
        }) && said.next().is_some()
    };
    let asks = ASKING_OPENINGS.iter().any(|o| opens(o))
        || (words.first().is_some_and(|w| w == "whether")
            && words.get(1).is_none_or(|w| w != "or")
            && words.iter().any(|w| LEFT_OPEN.contains(&w.as_ref())));
    asks && !words.iter().any(|w| THEN_SAYS.contains(&w.as_ref()))
}

/// Words that say the writer does not know: with "or" between two points, the points are
/// guesses.
const UNSURE: &[&[&str]] = &[
    &["not", "sure"],
    &["not", "certain"],
    &["don't", "know"],
    &["not", "know"],
    &["no", "idea"],
    &["who", "knows"],
    &["nobody", "knows"],
    &["no", "one", "knows"],
    &["hard", "to", "say"],
    &["hard", "to", "tell"],
    &["impossible", "to", "say"],
    &["impossible", "to", "tell"],
    &["it", "depends"],
    &["go", "either", "way"],
    &["both", "could", "be"],
    &["both", "may", "be"],
    &["both", "might", "be"],
    &["either", "could", "be"],
];

/// Words that put a view as someone else's, against another ("some say X, others say
/// Y"): with words of not knowing, such views are guesses, as "or" between them is.
const OTHERS: &[&[&str]] = &[&["others"], &["other", "people"], &["other", "historians"]];

/// Words after "one of" that leave the choice to the reader: with "or" between two points,
/// "… or …, one of those" offers guesses.
const ONE_OF: &[&str] = &["these", "those"];

/// Whether the sentence of words `sentence` (of a text split at `ranges`) ends with a
/// question mark.
pub(super) fn question_mark_after(
    text: &str,
    ranges: &[Range<usize>],
    sentence: Range<usize>,
) -> bool {
    let Some(last) = (sentence.end.checked_sub(1)).and_then(|i| ranges.get(i)) else {
        return false;
    };
    let next = ranges.get(sentence.end).map_or(text.len(), |r| r.start);
    text.get(last.end..next)
        .is_some_and(|gap| gap.contains('?'))
}

/// Whether a sentence offers guesses: "maybe" twice; "or" twice or more and "maybe" or two
/// hedges (see [`HEDGES`]); or "or" once and two hedges, a word of not knowing, "one of
/// those" or a question mark (`question`: "Warsaw, or was it Rapallo?"); or guessed
/// alternatives closed by a catch-all (see [`closed_by_anything`]). `carried` says
/// which words are points' (an "or" of a point's own phrase is not counted).
pub(super) fn guessed(
    words: &[std::borrow::Cow<'_, str>],
    carried: &[bool],
    question: bool,
) -> bool {
    let says = |phrases: &[&[&str]]| says_any(words, phrases);
    let unsure = || says(UNSURE);
    let one_of_those = || {
        words
            .windows(3)
            .any(|w| w[0] == "one" && w[1] == "of" && ONE_OF.contains(&w[2].as_ref()))
    };
    let ors = words
        .iter()
        .zip(carried)
        .filter(|&(w, &c)| !c && w == "or")
        .count()
        + usize::from(says(OTHERS));
    let maybes = words.iter().filter(|w| *w == "maybe").count();
    let hedges = words
        .iter()
        .filter(|w| HEDGES.contains(&w.as_ref()))
        .count();
    maybes >= 2
        || (ors >= 2 && (maybes >= 1 || hedges >= 2))
        || (ors >= 1 && (hedges >= 2 || question || unsure() || one_of_those()))
        || hedged_both_ways(words)
        || hedged_not_at_end(words)
        || opposites_offered(words)
        || closed_by_anything(words, ors, maybes + hedges)
}

/// What an "or" may close alternatives with to leave the answer open: any other ("or
/// someone else", "or whatever") or none of them ("or none", "or nobody").
const CATCH_ALLS: &[&[&str]] = &[
    &["or", "someone", "else"],
    &["or", "something", "else"],
    &["or", "whatever"],
    &["or", "none"],
    &["or", "nothing"],
    &["or", "neither"],
    &["or", "nobody"],
    &["or", "no", "one"],
];

/// Whether a sentence that guesses (a modal of [`GUESSING_MODALS`], a hedge, or an "or
/// whatever") closes its alternatives with a catch-all ([`CATCH_ALLS`]): "it might be
/// Warsaw or Rapallo or none of them", "written by Handel, Mozart or someone else". A
/// choice of one thing or none is a claim ("Stalin could trust Germany or no one"); so
/// is one without a guess ("security or nothing at all").
fn closed_by_anything(words: &[std::borrow::Cow<'_, str>], ors: usize, hedges: usize) -> bool {
    let Some(catch_all) = CATCH_ALLS.iter().find(|c| says_any(words, &[c])) else {
        return false;
    };
    let any_other = matches!(catch_all.last(), Some(&"else" | &"whatever"));
    let guess = hedges > 0
        || catch_all[1] == "whatever"
        || words.iter().any(|w| GUESSING_MODALS.contains(&w.as_ref()));
    guess && (ors >= 2 || any_other)
}

/// Whether a sentence with a guessing modal or a hedge (see [`GUESSING_MODALS`] and
/// [`HEDGES`]) offers opposites either side of an "or": "management could be harder or
/// easier", "costs may go up or down", "profit may come later or sooner".
fn opposites_offered(words: &[std::borrow::Cow<'_, str>]) -> bool {
    let guess = words
        .iter()
        .any(|w| GUESSING_MODALS.contains(&w.as_ref()) || HEDGES.contains(&w.as_ref()));
    guess
        && words
            .windows(3)
            .any(|w| w[1] == "or" && opposite(&w[0], &w[2]))
}

/// Whether `words` say any of `phrases`, word for word.
pub(super) fn says_any(words: &[std::borrow::Cow<'_, str>], phrases: &[&[&str]]) -> bool {
    phrases.iter().any(|phrase| {
        words
            .windows(phrase.len())
            .any(|w| w.iter().map(AsRef::as_ref).eq(phrase.iter().copied()))
    })
}

/// Modals that put a claim as a guess: before "have", a guess about the past ("could
/// have created fear"); alone, they may name what something can do ("it could join
/// Britain").
const GUESSING_MODALS: &[&str] = &["could", "may", "might"];

/// Words that set a second claim against the first ("…, although possibly it …").
const CONTRASTS: &[&str] = &["but", "although", "though", "whereas", "while", "yet"];

/// Subjects that take up the first claim's own subject in the second ("…, or it could
/// have …").
const TAKEN_UP: &[&str] = &["it", "they", "he", "she", "this", "these", "that"];

/// Whether a sentence puts a claim as a guess and then, across "or" or a contrast, the
/// same guess of its own subject: "The arms race could have created fear, or it could
/// have made everyone feel safer", "Imperialism possibly increased tension, although
/// possibly it reduced it". Across "or", a hedge or a modal and "have" is enough;
/// otherwise the second guess must be the first's opposite ("increased", "reduced"; one
/// denied, the other not) or set against it "on the other hand". "…, but it might also
/// have …" adds a claim, "it could join Britain" names a choice, and "may or may not
/// change" leaves a value open.
fn hedged_both_ways(words: &[std::borrow::Cow<'_, str>]) -> bool {
    let word = |i: usize| words.get(i).map_or("", AsRef::as_ref);
    // The guess at word `i`, and whether it is a guess whatever follows: a hedge, or a
    // modal and "have".
    let guess_at = |i: usize| {
        let modal = GUESSING_MODALS.contains(&word(i));
        (HEDGES.contains(&word(i)) || modal).then(|| (word(i), !modal || word(i + 1) == "have"))
    };
    let denies = |range: Range<usize>| range.into_iter().any(|i| is_plain_negation(word(i)));
    // "both more and less important", "partly the main cause and partly not", "both the
    // best and not the best"; not "both positive and negative effects", "both old and
    // young", "both the best partner and not a safe one", which say of two things.
    let compared = |w: &str| matches!(w, "more" | "less") || w.ends_with("er");
    let both_at = |and: usize| (and.saturating_sub(3)..and).find(|&i| word(i) == "both");
    let both_and_not = |and: usize| {
        both_at(and).is_some_and(|both| {
            is_plain_negation(word(and + 1))
                && (both + 1..and).all(|i| word(i) == word(i + and + 1 - both))
        })
    };
    let both_at_once = |and: usize| {
        word(and) == "and"
            && ((both_at(and).is_some()
                && compared(word(and - 1))
                && opposite(word(and - 1), word(and + 1)))
                || both_and_not(and)
                || (word(and + 1) == "partly"
                    && (0..and).any(|i| word(i) == "partly")
                    && is_plain_negation(word(and + 2))))
    };
    (1..words.len()).any(|joiner| {
        if both_at_once(joiner) {
            return true;
        }
        let or = word(joiner) == "or";
        if !or && !CONTRASTS.contains(&word(joiner)) {
            return false;
        }
        let mut second = joiner + 1;
        let other_hand = (second..second + 4)
            .map(word)
            .eq(["on", "the", "other", "hand"]);
        if other_hand {
            second += 4;
        }
        if TAKEN_UP.contains(&word(second)) {
            second += 1;
        }
        let Some((guess, sure_guess)) = guess_at(second) else {
            return false;
        };
        // Across "or", any guess before will do ("might be poor, or perhaps it is
        // fine"); after a contrast, the same one.
        let Some(first) = (0..joiner.saturating_sub(1))
            .rev()
            .find(|&i| guess_at(i).is_some_and(|(g, _)| or || g == guess))
        else {
            return false;
        };
        let end = (second + 1..words.len())
            .find(|&i| word(i) == "or" || CONTRASTS.contains(&word(i)))
            .unwrap_or(words.len());
        let adds = (second + 1..second + 3).any(|i| matches!(word(i), "also" | "even"));
        let opposed = || {
            denies(first..joiner) != denies(second..end)
                || (first..joiner).any(|a| (second..end).any(|b| opposite(word(a), word(b))))
        };
        !adds && ((or && sure_guess) || other_hand || opposed())
    })
}

/// Whether a sentence takes its claim back at its end with a hedged "not" and nothing
/// after it: "…, but then again perhaps they don't", "…, or maybe it didn't", "…, but maybe
/// not", "… and perhaps it does not", "…, or perhaps it will not". "…, but perhaps not as expensive as …" goes on to
/// say something.
fn hedged_not_at_end(words: &[std::borrow::Cow<'_, str>]) -> bool {
    let word = |i: usize| words.get(i).map_or("", AsRef::as_ref);
    let joins = |w: &str| matches!(w, "or" | "and") || CONTRASTS.contains(&w);
    (1..words.len()).filter(|&j| joins(word(j))).any(|joiner| {
        let mut at = joiner + 1;
        while matches!(word(at), "then" | "again") {
            at += 1;
        }
        if !HEDGES.contains(&word(at)) {
            return false;
        }
        at += 1;
        if TAKEN_UP.contains(&word(at)) {
            at += 1;
        }
        if AUXILIARY_VERBS.contains(&word(at)) {
            at += 1;
        }
        let rest = words.get(at + 1..).unwrap_or_default();
        is_plain_negation(word(at)) && (rest.is_empty() || rest == ["at", "all"])
    })
}

/// The fewest candidates in a run of short items that ends in "or" for the run to offer
/// guesses: "It could be carbon dioxide, oxygen, nitrogen, water, glucose or minerals", but
/// not "Britain, France or Germany".
const CANDIDATES: usize = 4;

/// Whether the words `range` (a sentence whose clauses begin at `clause_start`) offer
/// [`CANDIDATES`] or more candidates of which one at most holds a point (`carried`, by
/// word): short items one after another, between clause breaks or an "or" (three words or
/// fewer, none a small word a sentence needs), the last of them after an "or". A list of
/// right answers ("Private, Public, Protected, or Friend") holds several points.
pub(super) fn offers_candidates(
    words: &[std::borrow::Cow<'_, str>],
    clause_start: &[usize],
    carried: &[bool],
    range: Range<usize>,
) -> bool {
    let short = |piece: &[std::borrow::Cow<'_, str>]| {
        let content = piece.iter().filter(|w| !is_item_glue(w)).count();
        (1..=3).contains(&content)
            && piece
                .iter()
                .all(|w| is_item_glue(w) || !is_sentence_word(w))
    };
    let (mut candidates, mut points) = (0, 0);
    let mut start = range.start;
    while start < range.end {
        let item_end = (start..range.end)
            .find(|&i| clause_start[i] != clause_start[start])
            .unwrap_or(range.end);
        let end = (start + 1..item_end)
            .find(|&i| words[i] == "or")
            .unwrap_or(item_end);
        let after_or = start > range.start && words[start - 1] == "or";
        if short(&words[start..end]) {
            candidates += 1;
            points += usize::from(carried[start..end].contains(&true));
            if after_or && candidates >= CANDIDATES && points <= 1 {
                return true;
            }
        } else {
            (candidates, points) = (0, 0);
        }
        start = if end < item_end { end + 1 } else { end };
    }
    false
}
