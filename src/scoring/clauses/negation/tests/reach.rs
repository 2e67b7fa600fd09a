//! Tests of how far a denial reaches: every item of its list, past the rest of a name or a
//! joined subject, to the end of what a denied "is" says; and not past an auxiliary with a
//! subject of its own.

use super::denied_and_made;

#[test]
fn a_negation_denies_every_item_of_its_list() {
    let shops = "Shops do not give visibility, brand awareness, presence or impulse sales.";
    let customers = "There are no loyal customers, older customers, families or office workers.";
    let report = "This report will not compare, assess or evaluate online ordering, home delivery or new shops.";
    let rivals = "There is no competition from Greggs, supermarkets or Deliveroo.";
    let money = "No loans, grants or savings are needed.";
    denied_and_made(
        &[
            (shops, "awareness"),
            (shops, "presence"),
            (shops, "impulse"),
            (customers, "older"),
            (customers, "families"),
            (customers, "office"),
            (report, "assess"),
            (report, "online"),
            (report, "delivery"),
            (report, "shops"),
            (rivals, "supermarkets"),
            (rivals, "deliveroo"),
            (money, "grants"),
            (money, "savings"),
        ],
        // A clause of its own after the comma, an opening phrase, a list without "or".
        &[
            (
                "Stalin did not trust Britain, but France or Poland might help.",
                "france",
            ),
            (
                "The League did not act, and Britain or France gave way.",
                "britain",
            ),
            (
                "Without any allies, Britain or France would fall.",
                "britain",
            ),
            ("Not surprisingly, Britain or France gave way.", "britain"),
            (
                "The League did not act, Britain gave way and France followed.",
                "britain",
            ),
            (
                "Shops do not close early, so the staff, the owners or the bakers are tired.",
                "owners",
            ),
            // Examples after a denial are of what the sentence says, not more of the denied.
            (
                "Soft engineering changes land use rather than the river, for example \
                 afforestation, floodplain zoning or flood warnings.",
                "afforestation",
            ),
            (
                "Soft engineering changes land use rather than the river, for example \
                 afforestation, floodplain zoning or flood warnings.",
                "zoning",
            ),
            (
                "It works with nature, not against it, such as planting trees, zoning or \
                 warnings.",
                "planting",
            ),
            // So is what the sentence allows instead.
            (
                "Government not allow to build house near river, only park or farm there.",
                "park",
            ),
        ],
    );
}

/// "Between X and Y" is one thing: a denial of it reaches both.
#[test]
fn a_denial_of_a_span_between_two_things_denies_both() {
    let lag = "Lag time is certainly not the time between peak rainfall and peak discharge.";
    denied_and_made(
        &[(lag, "rainfall"), (lag, "discharge")],
        &[
            (
                "Lag time is the time between peak rainfall and peak discharge.",
                "discharge",
            ),
            (
                "Nothing happens between the storm and the flood, and peak discharge comes late.",
                "discharge",
            ),
        ],
    );
}

#[test]
fn a_denial_after_the_rest_of_a_name_or_subject_denies_the_point() {
    denied_and_made(
        &[
            // The comma of a number ends no clause.
            ("The bank balance of £15,000 does not matter.", "balance"),
            ("The loan of £40,000 at 7% does not help.", "loan"),
            (
                "The Schlieffen Plan did not go through Belgium.",
                "schlieffen",
            ),
            (
                "Sarajevo and Gavrilo Princip were not the trigger.",
                "gavrilo",
            ),
            (
                "The Triple Alliance and the Triple Entente did not drag anyone into war.",
                "alliance",
            ),
        ],
        &[
            ("Stalin thought Hitler did not want war.", "stalin"),
            (
                "The Schlieffen Plan failed and Britain did not stay out.",
                "schlieffen",
            ),
        ],
    );
}

#[test]
fn an_auxiliary_with_a_subject_of_its_own_does_not_deny_the_point_before() {
    denied_and_made(
        &[("The purges at home did not matter.", "purges")],
        &[
            (
                "The elderly might feel pressured to die so they are not a burden.",
                "pressured",
            ),
            (
                "Pressure to die when they are not ill is wrong.",
                "pressure",
            ),
            (
                "Buses every 15 mins so if u dont have a car u can still get to school.",
                "school",
            ),
            (
                "So if you don't have a car, you can still get to school.",
                "school",
            ),
        ],
    );
}

#[test]
fn what_a_denied_is_says_or_is_about_is_denied() {
    denied_and_made(
        &[
            (
                "The argument is not that legal euthanasia would lead to vulnerable people feeling pressure.",
                "vulnerable",
            ),
            (
                "Autonomy is not about a person's right to choose.",
                "choose",
            ),
            ("It's not that the League of Nations failed.", "failed"),
            ("Autonomy isn't about the right to choose.", "choose"),
        ],
        &[
            (
                "Autonomy is not about money but about the right to choose.",
                "choose",
            ),
            (
                "It is not about money, it is about the right to choose.",
                "choose",
            ),
            (
                "The point is not simple and that the League failed.",
                "failed",
            ),
        ],
    );
}

#[test]
fn a_modal_and_a_denial_after_a_subject_deny_it() {
    let groups = "Residents and drivers would not gain, and villagers near the route would not lose anything.";
    denied_and_made(
        &[
            (groups, "residents"),
            (groups, "villagers"),
            ("Traders would never lose passing trade.", "traders"),
            ("Electric buses will not cut pollution.", "electric"),
            ("The lorries could not stay in the town centre.", "lorries"),
            (
                "Dreadnoughts over the North Sea and the battleships of Germany did not create fear.",
                "dreadnoughts",
            ),
            (
                "Serbian nationalism, the Slavs and the Black Hand did not threaten Austria-Hungary.",
                "nationalism",
            ),
            (
                "Serbian nationalism, the Slavs and the Black Hand did not threaten Austria-Hungary.",
                "slavs",
            ),
            (
                "Imperialism was not a cause: the empires and colonies and the Moroccan crises at Agadir and Tangier had nothing to do with it.",
                "moroccan",
            ),
            (
                "It was not militarism, because the arms race and the naval race did not create fear.",
                "naval",
            ),
        ],
        &[
            ("Traders would lose passing trade.", "traders"),
            (
                "Residents gain cleaner air, so drivers would not need the bypass.",
                "residents",
            ),
            (
                "The bypass takes the lorries, which could not stay in town anyway.",
                "bypass",
            ),
            ("Pollution rises and buses would not help.", "pollution"),
            ("Arrays declared static can not be changed.", "declared"),
            (
                "It includes a name and a parameter list. Does not include a return type.",
                "parameter",
            ),
            ("Pollution rises, so buses would not help.", "pollution"),
            (
                "The bypass takes the lorries and buses could not cope.",
                "bypass",
            ),
            (
                "Cycle lanes in the town, the council said, would not work.",
                "cycle",
            ),
        ],
    );
}

/// A phrase put in right after a negation, or an aside after a clause that ends in one,
/// does not take the point out of its reach.
#[test]
fn a_negation_reaches_past_a_phrase_put_in_or_an_aside() {
    let insert = "He did not at any point in the 1920s want close relations with Germany.";
    let career =
        "He never once in his long career as Commissar worked for co-operation with Berlin.";
    let aside = "He was not, as some claim, pro-German.";
    let pause = "He did not, at any point, want close relations with Germany.";
    denied_and_made(
        &[
            (insert, "relations"),
            (
                "He did not at any point in the 1920s want close ties with Germany or help Berlin.",
                "help",
            ),
            (career, "co"),
            (aside, "german"),
            (pause, "relations"),
            ("She was not in favour of the dam at all.", "dam"),
        ],
        &[
            // A clause of its own between, a neglect denied, a list after an "or".
            (
                "It is not in doubt that he made the Rapallo treaty.",
                "rapallo",
            ),
            ("He could not, in the end, ignore Germany.", "germany"),
            (
                "He did not at any point ignore the threat from Germany.",
                "germany",
            ),
            // What a sentence says after an aside that follows no denial, or after a
            // "but", is its own.
            ("He was, as some claim, pro-German.", "german"),
            ("He did not sign, but in 1922 he made Rapallo.", "rapallo"),
            (
                "He was not slow, as the sources show, and he made Rapallo.",
                "rapallo",
            ),
            // Far from the negation, with no phrase put in after it.
            (
                "Stalin did not trust the British government after the Munich agreement.",
                "munich",
            ),
        ],
    );
}
