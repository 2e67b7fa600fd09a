//! The keyword matcher on the kind of thing students write: misspellings, plurals and
//! possessives, hyphens and dashes, word order, repeated points.

use classwork::activity::KeywordGroup;
use classwork::scoring::keywords::{match_groups, mentions};

fn group(alternatives: &[&str]) -> KeywordGroup {
    KeywordGroup {
        id: alternatives[0].into(),
        alternatives: alternatives.iter().map(|a| a.to_string()).collect(),
        stem: true,
        typos: 1,
        synonyms: true,
        any_order: false,
        points: 1.0,
        occurrences: 1,
        found: None,
        missed: None,
        model_reading: Default::default(),
        asked: Default::default(),
    }
}

/// Occurrences of `g` found in `text`.
fn found(g: &KeywordGroup, text: &str) -> u32 {
    match_groups(std::slice::from_ref(g), text)[0].found
}

/// Asserts each case: (alternative, text, occurrences a group of that one alternative
/// finds in the text).
fn assert_found(cases: &[(&str, &str, u32)]) {
    for (alternative, text, want) in cases {
        assert_eq!(
            found(&group(&[alternative]), text),
            *want,
            "{alternative} in {text:?}"
        );
    }
}

#[test]
fn misspellings_within_the_typo_allowance_match() {
    let appeasement = group(&["appeasement"]);
    let appease_any = group(&["appease*"]);
    let cases: &[(&str, u32, u32)] = &[
        // (text, found for "appeasement", found for "appease*")
        ("Britain's policy of appeasement failed.", 1, 1),
        ("Britain's policy of apeasement failed.", 1, 1), // one letter missing
        ("Britain's policy of appeasment failed.", 1, 1), // one letter missing
        ("the appaesement of Hitler", 1, 1),              // two letters swapped
        ("Chamberlain appeased Hitler", 1, 1),            // stem "appeas" / wildcard
        ("they were appeasing him", 1, 1),
        ("apeasment", 0, 0), // two edits, and stems too short to allow a typo
        ("a peace settlement", 0, 0),
    ];
    for (text, exact, wildcard) in cases {
        assert_eq!(found(&appeasement, text), *exact, "appeasement in {text:?}");
        assert_eq!(found(&appease_any, text), *wildcard, "appease* in {text:?}");
    }
    let mut strict = group(&["Litvinov"]);
    strict.typos = 0;
    assert_eq!(found(&strict, "Litvinof was replaced"), 0);
    assert_eq!(found(&group(&["Litvinov"]), "Litvinof was replaced"), 1);
    // Short words never match by typo allowance: "Pakt" is not "Pact".
    assert_eq!(found(&group(&["pact"]), "the Pakt of 1939"), 0);
}

#[test]
fn stemming_matches_other_forms_only_when_asked() {
    let treaty = group(&["treaty"]);
    let mut exact = group(&["treaty"]);
    exact.stem = false;
    let cases: &[(&str, u32, u32)] = &[
        ("the treaties of 1935", 1, 0),
        ("the Treaty of Berlin", 1, 1),
        ("a treaty, another treaty", 2, 2),
    ];
    for (text, stemmed, unstemmed) in cases {
        assert_eq!(found(&treaty, text), *stemmed, "stemmed in {text:?}");
        assert_eq!(found(&exact, text), *unstemmed, "unstemmed in {text:?}");
    }
    assert_eq!(found(&group(&["pact"]), "both pacts failed"), 1);
    assert_eq!(found(&group(&["Stalin"]), "Stalin’s choice"), 1);
}

#[test]
fn irregular_forms_match_their_base_when_stemming() {
    let cases: &[(&str, &str)] = &[
        ("fight", "the Red Army fought at Khalkhin Gol"),
        ("decide who wins", "its army could decide who won"),
        ("seek", "Litvinov sought allies in the West"),
        ("bring", "the pact brought land in the Baltic"),
        ("crisis", "the crises of 1938"),
        ("vertex", "the vertices of a graph"),
        ("fought", "the armies were fighting"),
    ];
    for (alternative, text) in cases {
        assert_eq!(
            found(&group(&[alternative]), text),
            1,
            "{alternative} in {text:?}"
        );
        let mut exact = group(&[alternative]);
        exact.stem = false;
        exact.typos = 0;
        assert_eq!(
            found(&exact, text),
            0,
            "unstemmed {alternative} in {text:?}"
        );
    }
    // Number words are their digits, either way round; forms as often words of their own
    // stay themselves: "found" is not "find".
    let cases: &[(&str, &str, u32)] = &[
        ("four ways", "there are 4 ways", 1),
        ("3", "three times", 1),
        ("1918", "in nineteen eighteen", 0),
        ("one", "1 time", 0),
        ("find", "Lenin found the Comintern", 0),
        ("leave", "the left turn of 1928", 0),
    ];
    assert_found(cases);
}

#[test]
fn phrases_need_their_words_in_order() {
    let far_east = group(&["Far East"]);
    let far_east_any = group(&["Far East*"]);
    let threat = group(&["Japanese threat"]);
    let japan = group(&["Japan*"]);
    let cases: &[(&str, [u32; 4])] = &[
        // [Far East, Far East*, Japanese threat, Japan*]
        ("the Japanese threat in the Far East", [1, 1, 1, 1]),
        ("far-eastern Japanese", [0, 1, 0, 1]),
        (
            "a threat from the Japanese in the east, far away",
            [0, 0, 0, 1],
        ),
        ("FAR EAST: Japan threatened", [1, 1, 0, 1]),
    ];
    for (text, want) in cases {
        let got = [&far_east, &far_east_any, &threat, &japan].map(|g| found(g, text));
        assert_eq!(got, *want, "{text:?}");
    }
    // A phrase that says a word twice: its second saying ends a gap, it does not restart it.
    let fifo = group(&["first in first out"]);
    assert_eq!(found(&fifo, "the first node in is the first node out"), 1);
    assert_eq!(found(&fifo, "first in, first out"), 1);
    // A participle and the thing it describes match the thing said to be so ("the pathogen
    // has been killed"), in that very form: "is killing" is something else.
    let killed = group(&["killed pathogen"]);
    for (text, want) in [
        ("a killed pathogen", 1),
        ("the pathogen has been killed first", 1),
        ("the pathogens that were killed", 1),
        ("the pathogen is killing cells", 0),
        ("the pathogen killed the cells", 0),
        ("a killd pathogen", 1),
    ] {
        assert_eq!(found(&killed, text), want, "{text:?}");
    }
    let security = group(&["collective security"]);
    assert_eq!(found(&security, "security was collective"), 0);
    assert_eq!(found(&security, "Collective   security."), 1);
}

#[test]
fn hyphens_and_dashes_separate_words() {
    let pact = group(&["Nazi-Soviet"]);
    for text in [
        "the Nazi-Soviet Pact",
        "the Nazi–Soviet Pact",
        "Nazi Soviet pact",
    ] {
        assert_eq!(found(&pact, text), 1, "{text:?}");
    }
    assert_eq!(found(&pact, "Soviet-Nazi"), 0);
}

#[test]
fn hyphenated_words_match_the_same_written_as_one() {
    // (alternative, text, occurrences found): an alternative with a hyphen matches its
    // words written as one, and words joined by a hyphen (ASCII or Unicode's) in the answer
    // match the alternative written as one.
    let cases: &[(&str, &str, u32)] = &[
        ("co-operation", "military cooperation", 1),
        ("non-aggression pact", "a nonaggression pact", 1),
        ("anti-Communis*", "the anticommunist powers", 1),
        ("co-operation", "military co-operation", 1),
        ("co\u{2010}operation", "military cooperation", 1),
        ("co-operation", "operation Barbarossa", 0),
        ("reus*", "re-usability and ease", 1),
        ("leftmost", "the left-most node", 1),
        ("cooperation", "military co\u{2010}operation", 1),
        ("cooperation", "co operation", 0),
        ("cooperation", "co -- operation", 0),
    ];
    assert_found(cases);
}

#[test]
fn occurrences_are_counted_without_overlap_and_capped_for_marks() {
    let mut trade = group(&["trade", "trade agreement"]);
    trade.occurrences = 2;
    trade.points = 1.5;
    let got = match_groups(
        std::slice::from_ref(&trade),
        "Trade mattered: a trade agreement in 1921, more trade in 1922.",
    );
    let m = &got[0];
    // "trade", "trade agreement" (the longer alternative), "trade": 3 found, 2 counted.
    assert_eq!((m.found, m.counted, m.marks), (3, 2, 3.0));
    assert_eq!(m.matched, ["trade", "trade agreement", "trade"]);
    let none = match_groups(std::slice::from_ref(&trade), "");
    assert_eq!((none[0].found, none[0].marks), (0, 0.0));
}

#[test]
fn a_section_mentions_a_decision_by_any_alternative() {
    let germany = ["Germany".to_string(), "Berlin".to_string()];
    assert!(mentions(&germany, "We should sign with Berlin at once."));
    assert!(mentions(&germany, "Germany's offer is better."));
    assert!(mentions(&germany, "Germani offers more."));
    assert!(!mentions(&germany, "Britain and France are too slow."));
}

#[test]
fn synonyms_match_unless_the_group_says_not() {
    let help = group(&["help"]);
    let safe = group(&["safe"]);
    let mut exact = group(&["help"]);
    exact.synonyms = false;
    let cases: &[(&str, u32, u32, u32)] = &[
        // (text, help, safe, help without synonyms)
        ("Britain sent aid to Poland", 1, 0, 0),
        ("France assisted the Czechs", 1, 0, 0),
        ("they helped", 1, 0, 1),
        ("collective security for the USSR", 0, 1, 0),
        ("a secure frontier", 0, 1, 0),
        ("the harbour was guarded", 0, 0, 0),
    ];
    for (text, helped, safety, unhelped) in cases {
        assert_eq!(found(&help, text), *helped, "help in {text:?}");
        assert_eq!(found(&safe, text), *safety, "safe in {text:?}");
        assert_eq!(found(&exact, text), *unhelped, "exact help in {text:?}");
    }
    // Stemming off means synonyms off: "sorted" never finds the synonyms of "sort".
    let mut sorted = group(&["sorted"]);
    sorted.stem = false;
    assert_eq!(found(&sorted, "the kind of list"), 0);
    assert_eq!(found(&group(&["sorted"]), "the kind of list"), 1);
    // A word and a final star take the word's synonyms; a star after a part of a word, or
    // after fewer than four letters, takes none, and small words have none.
    assert_eq!(found(&group(&["help*"]), "Britain sent aid"), 1);
    assert_eq!(
        found(&group(&["wage*"]), "workers asked for bigger salaries"),
        1
    );
    assert_eq!(found(&group(&["concentrat*"]), "a stronger solution"), 0);
    assert_eq!(found(&group(&["*help"]), "Britain sent aid"), 0);
    assert_eq!(found(&group(&["big*"]), "a large army"), 0);
    assert_eq!(found(&group(&["make"]), "they created a pact"), 0);
    // A word that all but denies ("barely", "hardly", "scarcely") is no word's synonym:
    // "it barely gets a mark" says nothing of being hard.
    for text in [
        "if the kid bangs it, it barely gets a mark",
        "it hardly dents",
        "scarcely a scratch",
    ] {
        assert_eq!(found(&group(&["hard"]), text), 0, "hard in {text:?}");
        assert_eq!(found(&group(&["just"]), text), 0, "just in {text:?}");
    }
    // "Often" is no small word to the synonyms: "more frequently" is "more often".
    assert_eq!(
        found(
            &group(&["collide more often"]),
            "they collide more frequently"
        ),
        1
    );
}

#[test]
fn phrases_in_any_order_where_the_group_allows() {
    let mut cost_benefit = group(&["cost benefit"]);
    let in_order = group(&["cost benefit"]);
    cost_benefit.any_order = true;
    let cases: &[(&str, u32, u32)] = &[
        // (text, any order, in order)
        ("the cost and the benefit", 1, 1),
        ("the benefit outweighs the cost", 1, 0),
        ("benefit cost", 1, 0),
        ("the benefit of it all was far greater than the cost", 0, 0),
        ("the benefit alone", 0, 0),
    ];
    for (text, any, ordered) in cases {
        assert_eq!(found(&cost_benefit, text), *any, "any order in {text:?}");
        assert_eq!(found(&in_order, text), *ordered, "in order in {text:?}");
    }
    let mut three = group(&["pact with germany"]);
    three.any_order = true;
    assert_eq!(found(&three, "Germany made a pact with us"), 1);
    assert_eq!(found(&three, "with Germany"), 0);
}

/// A phrase's words may have a few others between them, but not an "or": what follows it
/// is another alternative, not the rest of the phrase; nor a conjunction or a "so that":
/// what follows is another clause, nor past the end of its sentence. A phrase that says
/// "or" itself still matches.
#[test]
fn a_phrase_does_not_run_past_an_or() {
    assert_found(&[
        ("surface runoff", "impermeable surfaces or maybe runoff", 0),
        ("war that decide", "the war, so that it could decide", 0),
        ("war that decide", "the war that they decide", 1),
        ("buy time", "buy, because it gains time", 0),
        ("buy time", "buy so much time", 1),
        ("surface runoff", "the surface of the land runs off", 0),
        ("surface runoff", "more surface water runoff", 1),
        ("keep open", "keep the German option open", 1),
        // Nor past the end of its sentence.
        (
            "not make you ill",
            "its antigens are not there. It makes you ill",
            0,
        ),
        ("not make you ill", "it does not really make you ill", 1),
        ("surface runoff", "more surface! Runoff", 0),
        ("with or without", "with or without names", 1),
        (
            "collective security",
            "collective or individual security",
            0,
        ),
    ]);
}

/// A phrase that says "not" matches the same said with any form of it: "cannot be trusted"
/// is "could not be trusted", "can't be trusted" or "won't be trusted"; "USSR not invited"
/// is "the USSR wasn't invited"; "never" says "not" ("never in the Politburo" for "not in
/// the Politburo"). A phrase without a negation never matches one said
/// negatively by this, nor one said positively.
#[test]
fn a_negation_matches_in_any_of_its_forms() {
    assert_found(&[
        ("cannot be trusted", "Britain could not be trusted.", 1),
        ("cannot be trusted", "Britain can't be trusted.", 1),
        ("cannot be trusted", "Britain can not be trusted.", 1),
        ("cannot be trusted", "Britain couldn't be trusted.", 1),
        ("cannot be trusted", "Britain cannot be trusted.", 1),
        ("cannot be trusted", "Britain can be trusted.", 0),
        ("can't soak", "the water cannot soak in", 1),
        ("can't soak", "the water does not soak in", 1),
        ("can't soak", "the water can soak in", 0),
        ("will not fight", "France wouldn't fight for the Czechs", 1),
        ("will not fight", "France won't fight", 1),
        ("USSR not invited", "The USSR wasn't invited to Munich.", 1),
        ("didn't help", "Britain did not help Spain.", 1),
        ("not invited", "The USSR was invited to Munich.", 0),
        ("not in the Politburo", "He was never in the Politburo.", 1),
        ("never lived abroad", "He had not lived abroad.", 1),
        ("never lived abroad", "He had lived abroad.", 0),
        // Between a negation and the word it denies, only small words and adverbs: a
        // word of another kind there is what is denied ("doesn't stop the spread").
        ("cannot spread", "it doesn't stop the spread", 0),
        ("cannot spread", "it can't easily spread", 1),
        ("cannot spread", "it cannot be spread", 1),
        ("not invited", "The USSR was not even invited.", 1),
        ("not invited", "The USSR was not told it was invited.", 0),
        ("cannot cause disease", "it is not able to cause disease", 1),
        (
            "cannot cause disease",
            "it is not going to cause any disease",
            1,
        ),
    ]);
}
