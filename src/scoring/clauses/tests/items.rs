//! Items of a list: words in brackets, and numbers in a long sentence.

use super::{assert_flaw_of, flaw_of};
use crate::scoring::clauses::{Clauses, Flaw};

/// Words in brackets belong to the item before them: a sentence with dates in brackets is
/// not a list of short items.
#[test]
fn words_in_brackets_are_not_items_of_their_own() {
    let text = "Outside the UK, Austria (2007) and Malta (2018) allow 16-year-olds to vote.";
    assert_eq!(flaw_of(text, "austria"), None);
    let list = "Austria (2007), Malta (2018), Scotland, Wales, Brazil.";
    assert_eq!(flaw_of(list, "austria"), Some(Flaw::List));
}

/// A long sentence with few small words is a list, numbers aside: dates and figures need
/// none.
#[test]
fn a_long_sentence_of_names_and_numbers_with_a_few_small_words_is_a_sentence() {
    let text = "Outside the UK, Austria (2007) and Malta (2018) allow 16-year-olds to vote in \
                national elections.";
    assert_eq!(flaw_of(text, "austria"), None);
    let list = "Scotland Wales Austria Malta taxes national insurance army turnout habit \
                climate housing maturity brain parents influence adulthood.";
    assert_eq!(flaw_of(list, "taxes"), Some(Flaw::List));
}

/// In a short answer, six short items between commas are a list; items that are only
/// numbers are not counted ("{1,2,3,4,5,6,7,8,9}" is one value, not nine points).
#[test]
fn six_short_items_in_a_short_answer_are_a_list_and_numbers_are_not_items() {
    let answer_flaw = |text: &str, word: &str| {
        let clauses = Clauses::new(text, false);
        let at = clauses.words.iter().position(|w| w == word).expect("word");
        clauses.flaw(at, 1, false)
    };
    for (list, word) in [
        (
            "blood, volume, minute, per minute, stroke volume, heart rate, multiply",
            "multiply",
        ),
        (
            "oxygen debt, EPOC, repay, lactic acid, remove, break down",
            "repay",
        ),
    ] {
        assert_eq!(answer_flaw(list, word), Some(Flaw::List), "{list}");
    }
    let terse = "stroke volume x heart rate, per minute, in litres";
    assert_eq!(answer_flaw(terse, "litres"), None);
    let set = "A set such as {1,2,3,4,5,6,7,8,9} is stored as an array of flags.";
    assert_eq!(answer_flaw(set, "array"), None);
    let numbers = "Sort 5, 3, 9, 1, 7 and 2 into order with a bubble sort.";
    assert_eq!(answer_flaw(numbers, "bubble"), None);
}

/// Keywords strung together with "and" and articles are a list, as they are with commas;
/// a sentence whose short parts joined by "and" say things is not.
#[test]
fn keywords_strung_with_and_are_a_list() {
    assert_flaw_of(
        &[
            (
                "There is the cost and the £60,000 and the rent and the wages and the loan of \
             the bank with the interest and the savings and the profit.",
                "wages",
            ),
            (
                "It is the intercept and the canopy and the roots and the absorb of the trees \
             and the trees.",
                "canopy",
            ),
        ],
        Some(Flaw::List),
    );
    assert_flaw_of(
        &[
            (
                "Heavy rain falls on saturated ground and runs off into the river, and the \
             river rises and floods the town and the fields.",
                "saturated",
            ),
            (
                "They can get a job and pay taxes and national insurance.",
                "taxes",
            ),
            (
                "Britain and France gave way at Munich and Stalin saw that he was alone and \
             turned to Germany.",
                "alone",
            ),
            (
                "Cardiac hypertrophy: the heart gets bigger and stronger, so the resting heart \
             rate goes down (bradycardia) and more capillaries form.",
                "capillaries",
            ),
            (
                "First, the leaves and branches intercept the rain, so less reaches the ground \
             and some evaporates.",
                "intercept",
            ),
        ],
        None,
    );
}

/// The words `one` and `other` of `text` (each a run of words, `other` the later) as
/// ranges of word numbers.
fn phrases(
    clauses: &Clauses,
    one: &str,
    other: &str,
) -> (std::ops::Range<usize>, std::ops::Range<usize>) {
    let find = |phrase: &str, from: usize| {
        let words: Vec<&str> = phrase.split(' ').collect();
        let at = (from..clauses.words.len())
            .find(|&i| clauses.says_at(i, &words))
            .expect("the phrase is in the text");
        at..at + words.len()
    };
    let one = find(one, 0);
    let other = find(other, one.end);
    (one, other)
}

/// Names listed side by side are listed together; clauses, bracketed words and names
/// with more than articles around them are not.
#[test]
fn names_side_by_side_are_listed_together() {
    for (text, one, other, listed) in [
        (
            "Composers include Bach, Handel and Vivaldi.",
            "bach",
            "handel",
            true,
        ),
        (
            "Composers include Bach, Handel and Vivaldi.",
            "handel",
            "vivaldi",
            true,
        ),
        (
            "Forms are the fugue, the suite and the concerto grosso.",
            "suite",
            "concerto grosso",
            true,
        ),
        (
            "Beech is hard, dense and tough, so it lasts.",
            "dense",
            "tough",
            true,
        ),
        (
            "It sands very smooth, does not splinter and is safe.",
            "smooth",
            "does not splinter",
            false,
        ),
        (
            "It moves from loud (forte) and soft (piano).",
            "forte",
            "soft",
            false,
        ),
        (
            "Haydn, Mozart and the young Beethoven.",
            "mozart",
            "beethoven",
            false,
        ),
        (
            "Bach wrote fugues. Handel wrote oratorios.",
            "bach",
            "handel",
            false,
        ),
    ] {
        let clauses = Clauses::new(text, true);
        let (a, b) = phrases(&clauses, one, other);
        assert_eq!(
            clauses.listed_together(a, b),
            listed,
            "{text}: {one}, {other}"
        );
    }
}

/// A sentence of short clauses between commas, each saying what something does, is notes
/// written short, not a list; names and verbs alone between commas still are.
#[test]
fn short_clauses_between_commas_are_not_a_list() {
    let notes = "Packets numbered, checksum checks errors, ACK sent back, lost ones resent.";
    for prose in [false, true] {
        assert!(!Clauses::new(notes, prose).sentences[0].list, "{notes}");
    }
    for list in [
        "fuse melts, blows, burns out, breaks circuit, cuts off, current stops",
        "packets, checksum, acknowledgement, sequence numbers, resent, timeout, ports",
    ] {
        assert!(Clauses::new(list, false).sentences[0].list, "{list}");
    }
}
