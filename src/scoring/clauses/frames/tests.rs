//! Tests of the sentences that carry points without making them.

use super::*;
use crate::scoring::clauses::Flaw;

/// The clauses of `text` (prose) with `points` (phrases by their words, lowercased)
/// found wherever they are.
pub(super) fn read<'t>(text: &'t str, points: &[&str]) -> Clauses<'t> {
    let mut clauses = Clauses::new(text, true);
    let mut phrases = Vec::new();
    for point in points {
        let point: Vec<&str> = point.split(' ').collect();
        for at in 0..clauses.words.len() {
            let here = clauses.words[at..].iter().map(AsRef::as_ref);
            if here.take(point.len()).eq(point.iter().copied()) {
                phrases.push((at, point.len()));
            }
        }
    }
    clauses.read_points(phrases, &mut ReadBefore::default());
    clauses
}

/// The flaw of the first phrase of `point` in `clauses`.
pub(super) fn flaw_of(clauses: &Clauses, point: &str) -> Option<Flaw> {
    let at = clauses.words.iter().position(|w| w == point).unwrap();
    clauses.flaw(at, 1, false)
}

/// Asserts that in each of `texts`, read with `points`, every point it has (one at
/// least) has the flaw `want`.
pub(super) fn assert_flaws(texts: &[&str], points: &[&str], want: Option<Flaw>) {
    for text in texts {
        let clauses = read(text, points);
        let present: Vec<&str> = points
            .iter()
            .copied()
            .filter(|p| clauses.words.iter().any(|w| w == p))
            .collect();
        assert!(!present.is_empty(), "{text}: none of the points is in it");
        for point in present {
            assert_eq!(flaw_of(&clauses, point), want, "{text}: {point}");
        }
    }
}

mod guesses;
mod marking;

#[test]
fn talk_words_are_in_byte_order() {
    assert!(TALK_WORDS.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn names_in_a_frame_about_the_text_make_no_point() {
    assert_flaws(
        &[
            "Lenin, Genoa, Litvinov and Germany are all mentioned in these sources.",
            "Munich is another thing to talk about.",
            "Munich was important.",
            "Munich is relevant too.",
            "Munich is important as well.",
            "Munich is also very important as well.",
            "This essay will look at Lenin, Genoa, Litvinov's policies and Munich.",
            "In this paragraph I am going to write about Lenin and Genoa.",
            "There is Munich.",
            "Then there are also Lenin and Genoa.",
            "This section mentions Lenin, mentions Genoa and mentions Munich.",
            "My report will cover Litvinov and Germany.",
            "The summary lists Lenin and Genoa.",
            // Items after a word about the answer name something, a point or not, in a
            // few words: the League is not a point here, and "the Franco-Soviet pact" is
            // three words besides the article.
            "This report covers the League, covers the Franco-Soviet pact, covers Lenin and covers Genoa.",
            "This essay mentions the purges, mentions Munich and mentions the Red Army.",
            "This part of the report lists Lenin, the brunt of the fighting and passage through Genoa.",
            "These conclusions mention the failure of Litvinov and mention Germany on balance.",
        ],
        &["lenin", "genoa", "litvinov", "germany", "munich"],
        Some(Flaw::NamesOnly),
    );
}

/// A word about the answer that is said of something else ("the treaty covers …") or
/// followed by a clause ("mentions that Hitler …") leaves the sentence its points.
#[test]
fn words_about_a_text_said_of_the_history_make_their_points() {
    assert_flaws(
        &[
            "The treaty covers Poland, covers the Baltic states and covers Bessarabia.",
            "The ambassador's report mentions that Hitler will invade Poland within weeks.",
            "The report lists Poland as the next target of the German army.",
            "Molotov's note covers Poland, and it demands the Baltic states as well.",
            "The conclusion of the pact gave the USSR eastern Poland and the Baltic states.",
            "Bessarabia was to be part of the Soviet sphere.",
            "In conclusion, Poland will fall within weeks unless the Red Army helps.",
        ],
        &["poland", "baltic", "bessarabia"],
        None,
    );
}

#[test]
fn a_sentence_that_says_what_is_there_makes_its_points() {
    assert_flaws(
        &[
            "There is more runoff.",
            "There was less interception after the trees were cut.",
            "There were dams on every river.",
            "This essay argues that Munich showed the West would not fight.",
            "Dams are costly, but zoning works.",
        ],
        &["runoff", "interception", "dams", "munich", "zoning"],
        None,
    );
}

#[test]
fn names_given_only_as_things_to_bear_in_mind_make_no_point() {
    assert_flaws(
        &[
            "Stalin should consider the tanks.",
            "It is worth remembering Poland as well.",
            "Think also of Danzig.",
            "Bear in mind the gold.",
            "You must keep in mind Japan.",
            "The council should think about interception.",
            "Farmers ought to look at infiltration too.",
            "Recall Munich and the Sudetenland.",
            // A list after the verb, and what to remember it for.
            "We should remember Danzig in 1939, the Japan question, Munich and the tanks when we think about security.",
            "Note the gold, the tanks and Poland as we look at the Spanish war.",
        ],
        &[
            "tanks",
            "poland",
            "danzig",
            "gold",
            "japan",
            "interception",
            "infiltration",
            "munich",
            "sudetenland",
        ],
        Some(Flaw::NamesOnly),
    );
    // Said of, or told why: the point is made.
    assert_flaws(
        &[
            "Stalin should remember that the tanks sent to Spain were lost.",
            "Remember Munich, where Britain gave way.",
            "Consider how interception slows the water down.",
            "The council considered interception too weak to stop the flood.",
            "Poland is what Hitler wants, as we must remember.",
            "Stalin should think about Japan because it threatens the east.",
            "Remember that Munich cost the Czechs their defences when you think about Poland.",
            "We should remember the tanks we lost in Spain when we think about the Red Army.",
        ],
        &[
            "tanks",
            "munich",
            "interception",
            "poland",
            "danzig",
            "japan",
        ],
        None,
    );
}

#[test]
fn a_frame_that_says_something_of_the_names_makes_the_points() {
    assert_flaws(
        &[
            "The USSR feared Germany and Japan.",
            "It was Litvinov.",
            "Munich was important because it showed the West would not resist Hitler.",
            "It is important for photosynthesis.",
            "It is important as well as light.",
            "Photosynthesis involves light.",
            "Sources 1 and 2 both mention revolution.",
        ],
        &[
            "germany",
            "japan",
            "litvinov",
            "munich",
            "revolution",
            "photosynthesis",
            "light",
        ],
        None,
    );
}

#[test]
fn outside_prose_only_guesses_are_looked_for() {
    let mut clauses = Clauses::new("Litvinov is the answer. Litvinov?", false);
    clauses.read_points([(0, 1), (4, 1)], &mut ReadBefore::default());
    assert_eq!(clauses.flaw(0, 1, false), None);
    assert_eq!(clauses.flaw(4, 1, false), None);
    let mut clauses = Clauses::new("Maybe Litvinov or Molotov, not sure.", false);
    clauses.read_points([(1, 1), (3, 1)], &mut ReadBefore::default());
    assert_eq!(clauses.flaw(1, 1, false), Some(Flaw::Guessed));
    let text = "traverse the left subtree. visit the root. traverse the right subtree.";
    let mut clauses = Clauses::new(text, false);
    clauses.read_points([(2, 1), (6, 1), (9, 1)], &mut ReadBefore::default());
    assert_eq!(clauses.words[9], "right");
    assert_eq!(clauses.flaw(9, 1, false), None);
}

#[test]
fn outside_prose_a_question_put_to_the_marker_makes_no_point() {
    for (text, at) in [
        ("Is it because of Litvinov?", 4),
        ("What about Litvinov and the League?", 2),
        ("Could it be that Litvinov wanted security?", 4),
        ("Did Litvinov want security?", 1),
    ] {
        let mut clauses = Clauses::new(text, false);
        clauses.read_points([(at, 1)], &mut ReadBefore::default());
        assert_eq!(clauses.flaw(at, 1, false), Some(Flaw::Asked), "{text}");
    }
    // Alternatives put as a question are guesses.
    let mut clauses = Clauses::new("It was Warsaw, or was it Rapallo?", false);
    clauses.read_points([(2, 1), (6, 1)], &mut ReadBefore::default());
    assert_eq!(clauses.flaw(2, 1, false), Some(Flaw::Guessed));
    // A doubt about a right answer is still the answer.
    for (text, at) in [
        ("Litvinov?", 0),
        ("Because of Litvinov?", 2),
        ("In the main function..?", 3),
    ] {
        let mut clauses = Clauses::new(text, false);
        clauses.read_points([(at, 1)], &mut ReadBefore::default());
        assert_eq!(clauses.flaw(at, 1, false), None, "{text}");
    }
}

#[test]
fn a_frame_repeated_with_other_points_keeps_only_the_first() {
    let clauses = read(
        "The USSR wanted revolution at first. The USSR wanted trade at first.",
        &["revolution", "trade"],
    );
    assert_eq!(flaw_of(&clauses, "revolution"), None);
    assert_eq!(flaw_of(&clauses, "trade"), Some(Flaw::SameFrame));
}

#[test]
fn frames_of_one_word_are_not_compared() {
    let clauses = read(
        "Lenin wanted revolution. Litvinov wanted security. It was trade.",
        &["lenin", "revolution", "litvinov", "security", "trade"],
    );
    for point in ["revolution", "security", "trade"] {
        assert_eq!(flaw_of(&clauses, point), None, "{point}");
    }
}

#[test]
fn sentences_of_small_words_around_their_points_are_compared_by_those_words() {
    let clauses = read(
        "It was trade. It was the Comintern. It is security. They were Poles.",
        &["trade", "comintern", "security", "poles"],
    );
    assert_eq!(flaw_of(&clauses, "trade"), None);
    // "It was the …" is "It was …", articles aside.
    assert_eq!(flaw_of(&clauses, "comintern"), Some(Flaw::SameFrame));
    assert_eq!(flaw_of(&clauses, "security"), None);
    assert_eq!(flaw_of(&clauses, "poles"), None);
}

#[test]
fn a_question_makes_no_point() {
    let clauses = read("Did Lenin want to spread revolution?", &["revolution"]);
    assert_eq!(flaw_of(&clauses, "revolution"), Some(Flaw::Asked));
    let clauses = read(
        "Why did Lenin want revolution? Because he thought Russia needed allies abroad.",
        &["revolution", "allies"],
    );
    assert_eq!(flaw_of(&clauses, "revolution"), Some(Flaw::Asked));
    assert_eq!(flaw_of(&clauses, "allies"), None);
}

#[test]
fn a_question_asked_without_a_question_mark_makes_no_point() {
    assert_flaws(
        &[
            "I wonder whether Lenin wanted to spread revolution.",
            "Could it be that Lenin wanted trade with the West.",
            "It is unclear whether Lenin wanted revolution or trade.",
            "Whether Litvinov trusted Britain is uncertain.",
            "I also wonder whether Lenin wanted trade.",
            "Whether Litvinov trusted Britain, nobody can say.",
            "My question is whether Lenin wanted trade.",
        ],
        &["revolution", "trade", "britain"],
        Some(Flaw::Asked),
    );
    assert_flaws(
        &[
            "I wonder whether Lenin meant it, but he certainly wanted trade with the West.",
            "Whether or not Britain helped, Litvinov wanted security.",
            "I wonder why Lenin wanted trade so much.",
        ],
        &["trade", "security"],
        None,
    );
}

#[test]
fn frames_differing_only_in_small_words_are_the_same() {
    let clauses = read(
        "Stalin was worried about the war. Stalin was worried about Poland.",
        &["war", "poland"],
    );
    assert_eq!(flaw_of(&clauses, "war"), None);
    assert_eq!(flaw_of(&clauses, "poland"), Some(Flaw::SameFrame));
}

#[test]
fn frames_seen_in_an_earlier_text_count() {
    let mut seen = ReadBefore::default();
    let mut first = Clauses::new("Stalin was worried about the war.", true);
    first.read_points([(5, 1)], &mut seen);
    assert_eq!(first.flaw(5, 1, false), None);
    let mut second = Clauses::new("Stalin was worried about Poland.", true);
    second.read_points([(4, 1)], &mut seen);
    assert_eq!(second.words[4], "poland");
    assert_eq!(second.flaw(4, 1, false), Some(Flaw::SameFrame));
}

#[test]
fn a_sentence_with_no_point_sets_no_frame() {
    let clauses = read(
        "The sources talk about many things. The sources talk about trade.",
        &["trade"],
    );
    assert_eq!(flaw_of(&clauses, "trade"), Some(Flaw::NamesOnly));
    let clauses = read(
        "The USSR wanted many things. The USSR wanted trade.",
        &["trade"],
    );
    assert_eq!(flaw_of(&clauses, "trade"), None);
}

#[test]
fn a_quoted_word_spoken_of_as_a_word_makes_no_point() {
    assert_flaws(
        &[
            "'Hypertrophy' is a long word with eleven letters.",
            "'Diaphragm' is hard to spell because of the silent g, and 'alveoli' is a plural.",
            "‘Lactic acid’ rhymes with ‘tactic acid’.",
            "'Encryption' comes from the Greek 'kryptos', and 'hacker' sounds funny.",
            "\"Checksum\" is a compound noun.",
        ],
        &["hypertrophy", "diaphragm", "lactic", "hacker", "checksum"],
        Some(Flaw::NamesOnly),
    );
    // A quoted term said of the thing, a word's meaning, or form words without a quote.
    assert_flaws(
        &[
            "The router reads the 'destination' and sends the packet on.",
            "'Hypertrophy' means the muscle grows, so it gets stronger.",
            "The diaphragm flattens and the heart sounds louder.",
            "The network prefix of the address tells the router where to send it.",
        ],
        &["destination", "hypertrophy", "diaphragm", "prefix"],
        None,
    );
}

#[test]
fn points_joined_by_and_after_a_subject_are_made() {
    let clauses = read(
        "They can get a job and pay taxes and national insurance.",
        &["get a job", "pay taxes", "national insurance"],
    );
    for point in ["get", "pay", "national"] {
        let at = clauses.words.iter().position(|w| w == point).unwrap();
        assert_eq!(clauses.flaw(at, 2, false), None, "{point}");
    }
    assert_flaws(
        &[
            "This report covers the League and Munich.",
            "The League and the Munich and a Rapallo and of the Spain.",
        ],
        &["league", "munich", "rapallo", "spain"],
        Some(Flaw::NamesOnly),
    );
}

/// Points joined by "and" alone name them in an essay ("Munich and Poland."), but say
/// something of a subject the answer is given (a grid's row, a short question's):
/// "Cheap and easy to cut." of pine.
#[test]
fn points_joined_by_and_alone_say_something_of_a_given_subject() {
    let points = ["cheap", "easy to cut"];
    let essay = read("Cheap and easy to cut.", &points);
    assert_eq!(flaw_of(&essay, "cheap"), Some(Flaw::NamesOnly));
    let mut cell = Clauses::new("Cheap and easy to cut.", true).of_given_subject();
    cell.read_points([(0, 1), (2, 3)], &mut ReadBefore::default());
    assert_eq!(flaw_of(&cell, "cheap"), None);
    // A frame that only weighs them still names them.
    let mut weighed = Clauses::new("Cheap and easy to cut are important.", true).of_given_subject();
    weighed.read_points([(0, 1), (2, 3)], &mut ReadBefore::default());
    assert_eq!(flaw_of(&weighed, "cheap"), Some(Flaw::NamesOnly));
}
