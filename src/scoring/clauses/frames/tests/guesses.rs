//! Tests of guesses, claims offered both ways, and sentences about words.

use super::assert_flaws;
use crate::scoring::clauses::{Clauses, Flaw, ReadBefore};

/// The flaw of the first of `points` (one word each) in `text`, read as a short answer
/// with all of them.
fn flaw_in_answer(text: &str, points: &[&str]) -> Option<Flaw> {
    let mut clauses = Clauses::new(text, false);
    let at: Vec<usize> = points
        .iter()
        .map(|p| clauses.words.iter().position(|w| w == p).expect(p))
        .collect();
    clauses.read_points(at.iter().map(|&at| (at, 1)), &mut ReadBefore::default());
    clauses.flaw(at[0], 1, false)
}

/// A run of short candidates that ends in "or", one of them a point at most, offers
/// guesses, in a short answer as in prose (where it is a list as well); a choice of three,
/// a list of points, or items that say something, does not.
#[test]
fn a_run_of_candidates_ending_in_or_makes_no_point() {
    for (text, points) in [
        (
            "It could be carbon dioxide, oxygen, nitrogen, water, glucose or minerals.",
            &["water"][..],
        ),
        (
            "In the nucleus, chloroplast, mitochondria, cell wall or vacuole.",
            &["chloroplast"],
        ),
        ("Warsaw, Rapallo, Munich, Locarno or Berlin.", &["rapallo"]),
    ] {
        assert_eq!(flaw_in_answer(text, points), Some(Flaw::Guessed), "{text}");
    }
    for (text, points) in [
        (
            "Stalin could choose Britain, France or Germany.",
            &["france"][..],
        ),
        (
            "Private, Public, Protected, or Friend.",
            &["private", "public"],
        ),
        (
            "Plants need carbon dioxide, water, light and chlorophyll.",
            &["water"],
        ),
        (
            "It uses glucose, which reacts with oxygen, and water or carbon dioxide is made.",
            &["water"],
        ),
    ] {
        assert_eq!(flaw_in_answer(text, points), None, "{text}");
    }
}

#[test]
fn points_offered_as_guesses_make_none() {
    assert_flaws(
        &[
            "Maybe it was revolution, or maybe trade, or perhaps security.",
            "It could be Warsaw or Rapallo or maybe Munich.",
            "It was revolution or trade, I am not sure which.",
            "I don't know if it was Warsaw or Rapallo.",
            "Maybe it was revolution or maybe it was trade.",
            "It was perhaps Warsaw or possibly Rapallo.",
            "I do not know, maybe it is revolution, maybe it is trade.",
            "It is revolution or security, one of those.",
            "It might be Warsaw or Rapallo or none of them.",
            "The pact might have been signed by Litvinov, Molotov or someone else.",
            "It was revolution or trade or security or whatever.",
        ],
        &[
            "litvinov",
            "revolution",
            "trade",
            "security",
            "warsaw",
            "rapallo",
            "munich",
        ],
        Some(Flaw::Guessed),
    );
}

#[test]
fn a_claim_hedged_and_then_hedged_the_other_way_makes_none() {
    assert_flaws(
        &[
            "The arms race could have created fear, or it could have made everyone feel safer.",
            "Imperialism possibly increased tension, although possibly it reduced it.",
            "The alliances might have dragged countries into war, but on the other hand they might have kept the peace.",
            "The blank cheque perhaps caused the crisis, or perhaps it did nothing.",
            "It could lead to more euthanasia or it could lead to less.",
            "Vulnerable people might feel pressure or might feel no pressure.",
            "The air quality might be poor, or perhaps it is fine.",
            "Some say it would create jobs, others say it would lose trade; who knows.",
            "The sample may be representative or it may be biased; it is hard to say.",
            "The long-term causes were both more and less important than the trigger.",
            "The assassination was partly the trigger and partly not the trigger.",
            "Proximity may increase or lower obedience, so it depends.",
            "Groynes could trap sand by longshore drift, but then again perhaps they don't.",
            "Perhaps the beach needs to be topped up and perhaps it doesn't.",
            "Some say sea walls are expensive, others say they are cheap, and both could be true.",
            "On balance, hard engineering is both the best and not the best way.",
            "The pact bought time, or maybe it didn't.",
            "Managed retreat saves money, but maybe not.",
            "The groynes hold the beach, or perhaps they will not.",
            // A guessing modal and opposites either side of an "or".
            "Management of two cafes could be harder or easier.",
            "The shop could be expensive or cheap depending on things.",
            "Profit may come in 8 months or 18 months or later or sooner.",
            "Costs of the loan may go up or down.",
        ],
        &[
            "fear",
            "tension",
            "alliances",
            "crisis",
            "euthanasia",
            "pressure",
            "quality",
            "jobs",
            "sample",
            "causes",
            "trigger",
            "proximity",
            "groynes",
            "beach",
            "walls",
            "engineering",
            "pact",
            "retreat",
            "groynes",
            "management",
            "shop",
            "profit",
            "loan",
        ],
        Some(Flaw::Guessed),
    );
}

#[test]
fn hedges_that_weigh_two_claims_are_not_guesses() {
    assert_flaws(
        &[
            "A variable names a value that may or may not change.",
            "Stalin might have feared Germany, but Britain might have wanted war.",
            "Germany might have wanted war, but it might also have feared Russia.",
            "The USSR could sign with Germany, or it could join Britain and France.",
            "The alliances may have spread the war, although it may have started anyway.",
            "The alliances had both positive and negative effects on Germany.",
            "Both large and small alliances joined the war.",
            "Perhaps Stalin feared Germany, and perhaps he did not trust Britain.",
            "Sea walls are expensive, but perhaps not as expensive as moving homes.",
            "Germany was both the best partner and not a safe one.",
            // Opposites without a guess: what happens either way.
            "Interest on the loan goes up or down with the Bank of England rate.",
            "The shop could make the brand bigger, or online could reach more people.",
        ],
        &[
            "value",
            "germany",
            "war",
            "alliances",
            "walls",
            "loan",
            "shop",
        ],
        None,
    );
}

#[test]
fn a_cautious_or_is_not_a_guess() {
    assert_flaws(
        &[
            "Stalin perhaps feared Germany or simply wanted time to rearm.",
            "The USSR had to choose between Germany or Britain, or stay out of the war.",
            "I am not sure Stalin trusted Hitler, but the pact gave him time.",
            "The pointer may be null or 0, or the address of a variable.",
            "Perhaps Germany, or the weak Red Army, or the need for time explain his choice.",
            "Perhaps Stalin feared Germany; perhaps he simply wanted time.",
            "Maybe Stalin wanted time, as the pact gave him two years.",
            "One of those who feared Germany most was Litvinov.",
        ],
        &["germany", "time", "britain", "address"],
        None,
    );
}

#[test]
fn a_sentence_about_words_or_mere_existence_makes_no_point() {
    assert_flaws(
        &[
            "Congestion is a word with four syllables that people use about towns.",
            "I recommend using the word recommend, because reports contain it.",
            "Air quality, Hollins Wood and the bypass are all things that exist.",
            "Words like woodland and floodplain can be found in a dictionary.",
            "Eastfield is a name, and subsidy is a noun.",
            "Sea walls and groynes are words that you hear about when people talk about coasts.",
            "Cost-benefit is a hyphenated word and people use it.",
            "Natural and sustainable are adjectives.",
            "Longshore drift is also a phrase.",
        ],
        &[
            "congestion",
            "recommend",
            "quality",
            "bypass",
            "woodland",
            "eastfield",
            "groynes",
            "benefit",
            "sustainable",
            "drift",
        ],
        Some(Flaw::NamesOnly),
    );
    assert_flaws(
        &[
            "Congestion is a problem in the town centre every day.",
            "Hitler's words at Munich made the bypass of the League plain.",
            "The word blood shows the guilt Macbeth feels.",
            "Longshore drift is a term for the movement of sand along the coast.",
            "The main factor is the number of tanks Germany had.",
            "Hydraulic action is the name of the force of waves on the cliff.",
        ],
        &[
            "congestion",
            "bypass",
            "guilt",
            "drift",
            "tanks",
            "hydraulic",
        ],
        None,
    );
}

/// A list closed by "or" and a catch-all ("or someone else", "or none") offers every
/// answer when it guesses; "whether or not" and "more than … or anyone else" are claims.
#[test]
fn a_catch_all_after_guessed_alternatives_makes_them_guesses() {
    assert_flaws(
        &[
            "Whether or not Britain helped, Stalin wanted security.",
            "Stalin could rely on Germany more than on Britain, France or anyone else.",
        ],
        &["security", "germany"],
        None,
    );
}
