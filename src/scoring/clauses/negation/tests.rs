use super::*;
use crate::scoring::clauses::Flaw;
use crate::scoring::clauses::tests::flaw_of;
use crate::words::split_words;

/// The shortcut in `is_negative` gives what reading the phrase as a clause gives.
#[test]
fn a_phrase_is_negative_as_its_clause_reads() {
    let words = [
        "not", "invited", "never", "refused", "to", "join", "didn't", "only", "no", "more", "than",
        "help", "failed", "without", "allies", "nor", "anything", "but", "far", "from",
    ];
    for a in words {
        for b in words {
            for c in ["", "treaty", "to"] {
                let phrase = format!("{a} {b} {c}");
                let n = split_words(&phrase).count();
                let full = n > 0 && Clauses::new(&phrase, false).negated(0, n);
                assert_eq!(
                    is_negative(&split_words(&phrase).collect::<Vec<_>>()),
                    full,
                    "{phrase}"
                );
            }
        }
    }
}

#[test]
fn anything_but_and_far_from_deny_what_follows_not_a_place() {
    for text in [
        "Litvinov was anything but pro-British.",
        "Litvinov was far from pro-British.",
        "Litvinov was far from being pro-British.",
        "Britain was anything but a friend.",
    ] {
        let point = if text.contains("friend") {
            "friend"
        } else {
            "british"
        };
        assert_eq!(flaw_of(text, point), Some(Flaw::Negated), "{text}");
    }
    for text in [
        "Litvinov lived far from Moscow in Britain.",
        "Litvinov lived far from home in Britain.",
        "The front was far from the Britain of his youth.",
    ] {
        assert_eq!(flaw_of(text, "britain"), None, "{text}");
    }
}

#[test]
fn negation_reaches_through_a_noun_phrase() {
    let text = "The turning point was not the Nazi-Soviet pact of 1939 but Munich in 1938.";
    assert_eq!(flaw_of(text, "1939"), Some(Flaw::Negated));
    assert_eq!(flaw_of(text, "1938"), None);
    assert_eq!(
        flaw_of(
            "It was never a pact of friendship between equals.",
            "friendship"
        ),
        Some(Flaw::Negated)
    );
    // Only a phrase the negation opens; its other words still count.
    assert_eq!(
        flaw_of("Linked lists are not confined to a specific size.", "size"),
        None
    );
    assert_eq!(
        flaw_of("The list has no extra data at the end.", "end"),
        None
    );
    assert_eq!(
        flaw_of(
            "Not long after the purges ended, Stalin trusted Germany in 1939.",
            "1939"
        ),
        None
    );
    assert_eq!(
        flaw_of("He did not wait long and signed the pact in 1939.", "1939"),
        None
    );
}

#[test]
fn negation_reaches_to_the_end_of_its_clause() {
    assert_eq!(
        flaw_of("The USSR never joined the League.", "league"),
        Some(Flaw::Negated)
    );
    assert_eq!(
        flaw_of("He was not pro-German at all and hated Rapallo.", "german"),
        Some(Flaw::Negated)
    );
    assert_eq!(
        flaw_of(
            "Stalin didn't trust the West, but he joined the League.",
            "league"
        ),
        None
    );
    assert_eq!(
        flaw_of("Britain failed to send a mission to Moscow.", "mission"),
        Some(Flaw::Negated)
    );
    assert_eq!(
        flaw_of(
            "Not only the League but also France mattered to him.",
            "league"
        ),
        None
    );
    assert_eq!(
        flaw_of("Without allies, the USSR joined the League.", "league"),
        None
    );
    // Denying a neglect heeds the point.
    for (text, word) in [
        ("We must not forget the purges.", "purges"),
        ("Stalin never forgot the lesson of Munich.", "munich"),
        ("Britain could not ignore the USSR in 1939.", "1939"),
        ("A planner cannot overlook the cost of a dam.", "cost"),
        ("Stalin didn't underestimate Hitler.", "hitler"),
    ] {
        assert_eq!(flaw_of(text, word), None, "{text}");
    }
}

#[test]
fn a_point_followed_by_its_negation_is_negated() {
    for (text, word) in [
        ("Security never mattered to the USSR.", "security"),
        ("Lenin never wanted trade with the West.", "lenin"),
        ("Glucagon does not raise it.", "glucagon"),
        ("Diabetes has nothing to do with it.", "diabetes"),
        (
            "Blood glucose is not controlled by the pancreas.",
            "pancreas",
        ),
        ("The day is not bright or sunny.", "sunny"),
        ("The shape does not give it more surface.", "surface"),
        ("Litvinov was no friend of Germany.", "litvinov"),
        ("Security doesnt matter.", "security"),
        ("He isnt pro-German.", "german"),
        ("The purges at home did not matter at all.", "purges"),
        (
            "The pact with Hitler in 1939 had nothing to do with it.",
            "pact",
        ),
        (
            "Tarmac on the roads of a new town is not the cause.",
            "tarmac",
        ),
        ("Trade with Britain was never important.", "trade"),
        ("Nobody trusted the League after Abyssinia.", "league"),
        ("None of them helped the Republic.", "helped"),
        (
            "None of the Western powers in 1936 helped the Republic.",
            "helped",
        ),
        (
            "Nobody in the Foreign Office of Britain trusted the Soviet government.",
            "government",
        ),
        (
            "Neither Britain nor France was a reliable ally for Moscow.",
            "reliable",
        ),
        ("Concentration has no effect on the rate.", "concentration"),
        ("The pancreas plays no part in it.", "pancreas"),
        ("Glucagon makes no difference to it.", "glucagon"),
        ("The purges at home had no influence on the pact.", "purges"),
        ("Glycogen is irrelevant to the whole process.", "glycogen"),
        ("Ideology was unimportant to Stalin by 1939.", "ideology"),
        ("Energy prices like gas did not matter at all.", "energy"),
        (
            "Wages have risen, and energy prices like gas and oil did not matter at all.",
            "energy",
        ),
        ("Both wages and demand had no effect on it.", "wages"),
        ("The fear of Germany never counted for much.", "germany"),
        ("Rapallo proved nothing.", "rapallo"),
        ("The Munich agreement changed nothing for Moscow.", "munich"),
        ("The pact with France meant nothing in the end.", "france"),
    ] {
        assert_eq!(flaw_of(text, word), Some(Flaw::Negated), "{text}");
    }
    for (text, word) in [
        ("The pancreas makes insulin, not glucagon.", "pancreas"),
        ("He did not trust Britain and joined the League.", "league"),
        ("Security mattered, but nothing else did.", "security"),
        ("Hitler had nothing to offer.", "hitler"),
        ("Britain offered nothing that Stalin wanted.", "britain"),
        (
            "Rapallo proved that Germany would deal with Moscow.",
            "rapallo",
        ),
        ("It is easier without help.", "easier"),
        ("The root has no parent.", "root"),
        ("Stalin had no choice but to sign.", "stalin"),
        (
            "Stalin trusted neither Britain nor France in 1939.",
            "stalin",
        ),
        (
            "Neither side would move, so Stalin turned to Germany.",
            "germany",
        ),
        ("The liver has no trouble storing it.", "liver"),
        ("Insulin has an effect on the liver.", "insulin"),
        ("The pancreas makes no glucose.", "pancreas"),
        (
            "Poland's leaders did not want Soviet troops on their soil.",
            "poland",
        ),
        (
            "Stalin wanted security and the details did not matter.",
            "security",
        ),
        ("The pact with Hitler meant the USSR did not fight.", "pact"),
        (
            "Tarmac on the roads of the old town centre is not new.",
            "tarmac",
        ),
        ("It stops it bursting no matter how much water.", "bursting"),
        ("Names are given with or without types.", "types"),
        ("No doubt the League mattered to him.", "league"),
        (
            "Trade with Britain grew, but Germany did not help.",
            "trade",
        ),
        ("The purges at home did a great deal of harm.", "purges"),
        (
            "None of the others mattered much and the pact gave Stalin time.",
            "time",
        ),
        (
            "The League never acted. Security mattered most.",
            "security",
        ),
    ] {
        assert_eq!(flaw_of(text, word), None, "{text}");
    }
}

#[test]
fn a_negative_phrase_is_its_own_point() {
    assert!(is_negative(&["not", "invited"]));
    assert!(!is_negative(&["left", "out"]));
    let clauses = Clauses::new("The USSR was not invited to Munich.", true);
    assert_eq!(clauses.flaw(3, 2, true), None);
    // Unless what says it is denied.
    let clauses = Clauses::new(
        "Nobody could say that the USSR was not invited to Munich.",
        true,
    );
    assert_eq!(clauses.flaw(7, 2, true), Some(Flaw::Negated));
}

#[test]
fn what_is_done_instead_is_not_done() {
    for (text, word) in [
        ("Stalin stayed out rather than join the League.", "league"),
        (
            "The USSR traded with Germany instead of joining the League.",
            "league",
        ),
        (
            "Stalin was unwilling to seek collective security.",
            "security",
        ),
        (
            "A levee has nothing to do with the deposition of sediment.",
            "sediment",
        ),
    ] {
        assert_eq!(flaw_of(text, word), Some(Flaw::Negated), "{text}");
    }
    // What is chosen over it stands, and so does the rest of the sentence.
    for (text, word) in [
        (
            "Stalin chose collective security rather than revolution.",
            "security",
        ),
        (
            "Instead of trusting Germany, Stalin joined the League.",
            "league",
        ),
        (
            "The USSR joined the League instead of staying isolated.",
            "league",
        ),
        ("Rather than wait, Stalin signed the pact in 1939.", "pact"),
        (
            "Instead of calling the function every time, it copies the body in.",
            "every",
        ),
        (
            "It had nothing to do with Spain; the pact came from fear.",
            "pact",
        ),
    ] {
        assert_eq!(flaw_of(text, word), None, "{text}");
    }
}

/// An "or" after a negated verb carries the negation to the verb it joins; an "or" the
/// negation does not reach, or one after an "and", does not.
#[test]
fn an_or_carries_a_negation_on() {
    let text = "Building a town does not create more surface runoff or fill the drains.";
    assert_eq!(flaw_of(text, "drains"), Some(Flaw::Negated));
    assert_eq!(
        flaw_of(
            "Towns never flood or have problems, and the drains fill.",
            "drains"
        ),
        None
    );
    assert_eq!(
        flaw_of(
            "A town with concrete or tarmac fills the drains quickly.",
            "drains"
        ),
        None
    );
    assert_eq!(
        flaw_of(
            "Stalin did not trust Britain and sought security or allies in the east.",
            "allies"
        ),
        None
    );
    // So does an "any" just before the point, and each carries what another carried.
    assert_eq!(
        flaw_of(
            "Collective security was never a genuine reaction or a response to any real threat.",
            "real"
        ),
        Some(Flaw::Negated)
    );
    assert_eq!(
        flaw_of("The water does not reach the river any faster.", "faster"),
        Some(Flaw::Negated)
    );
    assert_eq!(
        flaw_of(
            "Without trees, water reaches the river faster than any other way.",
            "faster"
        ),
        None
    );
}

/// A subject of several words, the point opening it, is denied with them ("concrete and
/// tarmac are not …"); a point that ends a clause another subject follows is not.
#[test]
fn a_subject_of_several_is_denied_as_a_whole() {
    assert_eq!(
        flaw_of("Concrete and tarmac are not impermeable.", "concrete"),
        Some(Flaw::Negated)
    );
    assert_eq!(
        flaw_of("The pact or the talks did not matter.", "pact"),
        Some(Flaw::Negated)
    );
    assert_eq!(
        flaw_of(
            "Stalin wanted security and Britain did not help.",
            "security"
        ),
        None
    );
}

/// Asserts that each point of `denied` is denied in its text, and each of `made` made.
fn denied_and_made(denied: &[(&str, &str)], made: &[(&str, &str)]) {
    for &(text, point) in denied {
        assert_eq!(flaw_of(text, point), Some(Flaw::Negated), "{text}");
    }
    for &(text, point) in made {
        assert_eq!(flaw_of(text, point), None, "{text}");
    }
}

mod governed;
mod reach;
mod subjects;

#[test]
fn a_belief_named_by_rather_than_or_instead_of_is_denied_to_the_end_of_its_clause() {
    for (text, point) in [
        (
            "The KPD attacked the SPD rather than thinking the Nazis would turn against the West.",
            "west",
        ),
        (
            "Stalin waited instead of hoping that the Western democracies would stand firm.",
            "democracies",
        ),
    ] {
        assert_eq!(flaw_of(text, point), Some(Flaw::Negated), "{text}");
    }
    let text = "Rather than thinking, the KPD attacked the SPD as social fascists.";
    assert_eq!(flaw_of(text, "fascists"), None);
}

#[test]
fn a_denial_turned_round_denies_its_whole_clause() {
    for (text, word) in [
        (
            "Not once did Molotov seek better relations with Germany.",
            "germany",
        ),
        ("At no point did he think Rapallo worth signing.", "rapallo"),
        (
            "Rarely was he suspicious of the German government.",
            "government",
        ),
        (
            "Never would Stalin trust the Western democracies.",
            "democracies",
        ),
        (
            "Not once did Stalin plan to stay out and tip the balance at the end.",
            "balance",
        ),
        (
            "He was loyal and at no point did he doubt the Rapallo treaty.",
            "rapallo",
        ),
        ("He seldom trusted Germany.", "germany"),
    ] {
        assert_eq!(flaw_of(text, word), Some(Flaw::Negated), "{text}");
    }
    for (text, word) in [
        (
            "Not until 1939 did he sign the pact with Germany.",
            "germany",
        ),
        (
            "No other commissar was as friendly to Germany as he was.",
            "germany",
        ),
        (
            "No sooner had the pact been signed than Germany invaded Poland.",
            "poland",
        ),
        ("Not only did he trust Germany, he admired it.", "germany"),
    ] {
        assert_eq!(flaw_of(text, word), None, "{text}");
    }
}
