//! Items of a list: words in brackets, and numbers in a long sentence.

use super::flaw_of;
use crate::scoring::clauses::Flaw;

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
