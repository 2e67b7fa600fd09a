//! Short clauses: a verb makes a sentence of few small words, a short labelled list makes
//! its points, and a lone "n" before a clause is "and".

use super::{assert_flaw_of, flaw_of};
use crate::scoring::clauses::{Clauses, Flaw};

/// A short clause with a verb in the past, or a common one in the present, is a sentence,
/// though it has no small word; a run of names and nouns is a list.
#[test]
fn a_short_clause_with_a_verb_is_a_sentence() {
    assert_eq!(flaw_of("Market Street becomes quieter.", "quieter"), None);
    assert_eq!(
        flaw_of(
            "Market Street becomes quieter, and drivers save 19 minutes.",
            "quieter"
        ),
        None
    );
    assert_eq!(
        flaw_of(
            "Electric buses cut pollution and carbon emissions.",
            "pollution"
        ),
        None
    );
    assert_eq!(
        flaw_of(
            "congestion pollution traffic jobs woodland saves subsidy survey",
            "jobs"
        ),
        Some(Flaw::List)
    );
    let long = "With 55% less traffic, Market Street becomes quieter and safer, with fewer \
                accidents; drivers crossing the town save around 19 minutes at peak times.";
    assert_eq!(flaw_of(long, "quieter"), None);
    assert_eq!(flaw_of("Moroccan crises raised tension.", "tension"), None);
    assert_eq!(flaw_of("Black Hand killed Franz Ferdinand.", "black"), None);
    assert_eq!(flaw_of("Princip shot Franz Ferdinand.", "princip"), None);
    assert_eq!(
        flaw_of(
            "Triple Alliance Triple Entente arms race Dreadnoughts",
            "arms"
        ),
        Some(Flaw::List)
    );
    assert_eq!(
        flaw_of(
            "alliances militarism imperialism nationalism armed",
            "militarism"
        ),
        Some(Flaw::List)
    );
}

/// A short list after a label that says what its items are ("Gain:", "Losers:", a plus or
/// minus sign) makes its points; a long one, or one without a label, is a list.
#[test]
fn a_short_labelled_list_makes_its_points() {
    for (text, point) in [
        (
            "Gain: builders, the developer, haulage firms. Lose: market traders, cafés and small independent shops.",
            "shops",
        ),
        (
            "+ Market St residents, drivers. − villages near route, farmers.",
            "farmers",
        ),
    ] {
        assert_eq!(flaw_of(text, point), None, "{text}");
    }
    for text in [
        "Gain: builders, developer, haulage, traders, cafés, shops, farmers, drivers, residents.",
        "Builders, developer, haulage firms, market traders, farmers.",
    ] {
        assert_eq!(flaw_of(text, "farmers"), Some(Flaw::List), "{text}");
    }
}

/// A long sentence with few small words but a conjunction that joins clauses ("but",
/// "although", …) is a sentence, not a list.
#[test]
fn a_conjunction_between_clauses_makes_a_sentence_of_few_small_words() {
    let text = "Competition is fierce for shops, with Greggs and supermarket bakeries, but no \
                craft bakery delivers locally.";
    assert_eq!(flaw_of(text, "competition"), None);
    let run = "Competition Greggs supermarket bakeries footfall rent wages loan bank interest \
               reserves trial pilot research survey leases";
    assert_eq!(flaw_of(run, "competition"), Some(Flaw::List));
}

/// A lone "n" before a clause of its own is "and" written short; a count stays "n".
#[test]
fn a_short_and_joins_a_clause_on() {
    assert_flaw_of(
        &[
            ("beeswax cos its not toxic n it seals the wood", "seals"),
            ("its not cheap n they rust fast", "rust"),
        ],
        None,
    );
    for text in [
        "it takes n log n steps",
        "it takes n-1 steps",
        "a list of n items",
    ] {
        let clauses = Clauses::new(text, true);
        assert!(!clauses.words.iter().any(|w| w == "and"), "{text}");
    }
}
