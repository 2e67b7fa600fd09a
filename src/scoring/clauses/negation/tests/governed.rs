//! Tests of denials that reach past four words: what a denied belief, wish or intention
//! governs, and what a "nothing" denies.

use super::denied_and_made;
use crate::scoring::clauses::Flaw;
use crate::scoring::clauses::tests::assert_flaw_of;

#[test]
fn a_belief_denied_denies_what_it_governs_to_the_end_of_its_clause() {
    let denied = [
        (
            "He never thought the USSR would be decisive in the war.",
            "decisive",
        ),
        (
            "Tucker does not think the pact of 1939 put this plan into practice.",
            "practice",
        ),
        (
            "Historians do not agree that Stalin had planned the pact all along.",
            "pact",
        ),
        (
            "I don't believe that the Western powers would ever have signed.",
            "signed",
        ),
        (
            "Nobody could say that collective security was working.",
            "security",
        ),
        (
            "No one would claim that the League protected Spain.",
            "league",
        ),
        ("Stalin did not really think Britain would fight.", "fight"),
        (
            "Hardly anyone thinks that concrete in towns causes surface runoff.",
            "runoff",
        ),
        (
            "No historian would say that the League protected Spain.",
            "spain",
        ),
        (
            "Not one expert believes that concrete in towns causes surface runoff.",
            "runoff",
        ),
        (
            "Few people believe that the USSR wanted collective security in 1939.",
            "security",
        ),
    ];
    // Past the clause, or once the sentence goes on to say something of its own, the
    // point stands.
    let made = [
        (
            "Stalin did not think the West could be trusted, so he chose neutrality.",
            "neutrality",
        ),
        (
            "Stalin did not believe Britain would help and chose neutrality instead.",
            "neutrality",
        ),
        (
            "He did not think Britain sincere; the pact was his answer.",
            "pact",
        ),
        (
            "Tucker does not say so, but the pact fulfilled the plan.",
            "pact",
        ),
        (
            "Stalin thought the pact would keep the USSR out of the war.",
            "pact",
        ),
        (
            "No sooner had Stalin said it than the pact was signed.",
            "pact",
        ),
        (
            "Many historians believe that Stalin wanted collective security.",
            "security",
        ),
        (
            "In a few years people would say that Munich had been a disaster.",
            "munich",
        ),
        (
            "A few historians believe that Stalin wanted collective security.",
            "security",
        ),
        (
            "Quite a few people think that concrete causes surface runoff.",
            "runoff",
        ),
    ];
    denied_and_made(&denied, &made);
}

#[test]
fn a_wish_or_intention_denied_denies_what_it_governs() {
    let denied = [
        (
            "Stalin did not want the Soviet Union to be dragged into a war.",
            "dragged",
        ),
        (
            "Stalin did not in any way want the USSR to stay out of the war.",
            "stay",
        ),
        (
            "Britain never intended to send a mission with real powers to Moscow.",
            "powers",
        ),
        (
            "Chamberlain never even tried to bring the Soviet Union into an alliance.",
            "alliance",
        ),
        (
            "Farmers do not at all expect the price of wheat to rise next year.",
            "rise",
        ),
        (
            "The council did not plan to build a flood wall along the river.",
            "wall",
        ),
    ];
    // What the clause goes on to say, or a wish that is not denied, stands.
    let made = [
        (
            "Stalin wanted to stay out of the war until the end.",
            "stay",
        ),
        ("Stalin did not want war, so he signed the pact.", "pact"),
        ("Stalin did not want war and signed the pact.", "pact"),
        (
            "He did not trust Britain because he wanted to stay out of the war.",
            "stay",
        ),
        (
            "Not everyone wanted war, but Stalin intended to stay out of it.",
            "stay",
        ),
        (
            "The council wanted to build a flood wall, not a dam.",
            "wall",
        ),
    ];
    denied_and_made(&denied, &made);
}

/// "Nothing" opening a clause denies what the clause says of it, as "nobody" does; not
/// where it says the opposite ("nothing mattered more than security", "nothing but
/// trade"), nor where it is what something else did or gave ("Britain offered nothing to
/// the USSR").
#[test]
fn nothing_opening_a_clause_denies_it() {
    let denied = [
        (
            "Nothing about hard engineering is sustainable.",
            "sustainable",
        ),
        (
            "Nothing in the sources shows a wish for security.",
            "security",
        ),
        (
            "In 1939 nothing the British offered was a guarantee.",
            "guarantee",
        ),
    ];
    let made = [
        ("Nothing mattered more to Stalin than security.", "security"),
        ("Nothing but trade came of Rapallo.", "trade"),
        (
            "Nothing except a guarantee would satisfy Stalin.",
            "guarantee",
        ),
        (
            "Britain offered nothing, so Stalin turned to Germany.",
            "germany",
        ),
        (
            "Britain offered nothing to the USSR for its security.",
            "security",
        ),
        (
            "Dams are expensive and nothing about them is natural.",
            "expensive",
        ),
    ];
    denied_and_made(&denied, &made);
}

/// "Nothing to" and a verb denies the verb as "not" would ("did nothing to help"); "nothing
/// to" and what something is given to denies nothing ("offered nothing to the USSR").
#[test]
fn nothing_to_do_something_denies_it() {
    let denied = [
        ("Britain did nothing to help the Czechs.", "help"),
        (
            "The League did nothing to stop Mussolini in Abyssinia.",
            "stop",
        ),
        (
            "In the end the talks did nothing to guarantee security.",
            "security",
        ),
    ];
    let made = [
        (
            "Britain offered nothing to the USSR, so security came from Germany.",
            "security",
        ),
        (
            "Stalin gave nothing to Hitler in return for trade.",
            "trade",
        ),
        (
            "Chamberlain had nothing to offer but a guarantee to Poland.",
            "guarantee",
        ),
        (
            "Britain gave nothing to its allies for their security.",
            "security",
        ),
    ];
    denied_and_made(&denied, &made);
}

#[test]
fn a_cause_denied_denies_what_it_governs_to_the_end_of_its_clause() {
    let denied = [
        (
            "Building a town does not make the rain water become surface runoff.",
            "runoff",
        ),
        (
            "Cutting down the trees does not let the water in the river rise any faster.",
            "faster",
        ),
        (
            "A dry spell does not force the heavy rain falling on the land to run off.",
            "run",
        ),
        (
            "The League did not help the Spanish Republic in its fight against Franco.",
            "franco",
        ),
        (
            "Munich never caused Stalin to lose his faith in collective security.",
            "security",
        ),
    ];
    // Past the clause, or once the sentence goes on, the point stands; so does a cause
    // said positively.
    let made = [
        (
            "Concrete does not let the water soak in, so it becomes surface runoff.",
            "runoff",
        ),
        (
            "Concrete makes the rain water become surface runoff in the drains.",
            "runoff",
        ),
        (
            "Britain did not help, and Stalin turned to Germany for security.",
            "security",
        ),
    ];
    denied_and_made(&denied, &made);
}

#[test]
fn what_comes_until_a_denial_ends_is_not_denied() {
    assert_flaw_of(
        &[
            (
                "Few believed him until Pasteur's germ theory of 1861 showed that microbes cause decay.",
                "pasteur",
            ),
            ("The USSR did not join the League until 1934.", "1934"),
            (
                "Nobody listened to Snow until the Great Stink of 1858.",
                "stink",
            ),
        ],
        None,
    );
    assert_flaw_of(
        &[
            ("Few believed Pasteur's germ theory until 1880.", "pasteur"),
            ("Nobody listened to Snow until the Great Stink.", "snow"),
        ],
        Some(Flaw::Negated),
    );
}
