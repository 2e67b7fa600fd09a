//! Tests of sentences, clauses, lists and repetition (negation has its own, beside it).
use super::sentence_words::SENTENCE_WORDS;
use super::*;
use crate::words::split_words;

proptest::proptest! {
    /// Reading the words once, breaking at the gaps, finds the sentences, clauses and
    /// words that splitting the text piece by piece finds: into sentences at their ends,
    /// each sentence at its clause breaks, each piece into words.
    #[test]
    fn one_pass_reads_as_splitting_piece_by_piece(
        text in "[a-zA-Z' ’,.;:!?()/\u{2014}\n]{0,60}|(but|not|the|cat|sat|\\.|,| |\n){0,30}"
    ) {
        let clauses = Clauses::new(&text, true);
        let mut starts = vec![0];
        starts.extend(sentence_ends(&text).into_iter().map(|end| end + 1));
        starts.push(text.len() + 1);
        let mut words: Vec<String> = Vec::new();
        let mut sentences = Vec::new();
        let mut item_starts = Vec::new();
        for piece in starts.windows(2) {
            let sentence = &text[piece[0]..piece[1] - 1];
            let first = words.len();
            for item in sentence.split(CLAUSE_BREAKS) {
                let before = words.len();
                words.extend(split_words(item).map(|w| w.into_owned()));
                if words.len() > before {
                    item_starts.push(before);
                }
            }
            if words.len() > first {
                sentences.push(first..words.len());
            }
        }
        proptest::prop_assert_eq!(&clauses.words, &words);
        let found: Vec<_> = clauses.sentences.iter().map(|s| s.words.clone()).collect();
        proptest::prop_assert_eq!(found, sentences);
        for (i, range) in clauses.ranges.iter().enumerate() {
            let word: Vec<_> = split_words(&text[range.clone()]).collect();
            proptest::prop_assert_eq!(word, vec![clauses.words[i].clone()]);
            let clause_start = clauses.clause_start[i];
            let item = item_starts.iter().rev().find(|&&s| s <= i).copied();
            proptest::prop_assert!(Some(clause_start) >= item && clause_start <= i);
        }
    }
}

/// The list is kept in order, each word once, and `is_sentence_word` finds every word of it.
#[test]
fn the_sentence_words_are_in_alphabetical_order() {
    assert!(SENTENCE_WORDS.windows(2).all(|w| w[0] < w[1]));
    assert!(SENTENCE_WORDS.iter().all(|w| is_sentence_word(w)));
    assert!(!is_sentence_word("pact"));
}

/// The flaw of the first `word` of `text`, read as prose.
pub(super) fn flaw_of(text: &str, word: &str) -> Option<Flaw> {
    let clauses = Clauses::new(text, true);
    let at = clauses.words.iter().position(|w| w == word).expect("word");
    clauses.flaw(at, 1, false)
}

/// Asserts that in each text of `cases`, its word has the flaw `want` (read as prose).
pub(super) fn assert_flaw_of(cases: &[(&str, &str)], want: Option<Flaw>) {
    for (text, word) in cases {
        assert_eq!(flaw_of(text, word), want, "{text}");
    }
}

/// The *of* of a name ("Treaty of Berlin") makes no sentence of a run of names; an *of*
/// that is not inside a name, or a name in a sentence, is read as before.
#[test]
fn a_run_of_names_with_of_in_them_is_a_list() {
    let run = "Warsaw Rapallo Munich Treaty of Berlin League of Nations Spain";
    assert_eq!(flaw_of(run, "munich"), Some(Flaw::List));
    assert_eq!(
        flaw_of("The Treaty of Berlin renewed Rapallo.", "rapallo"),
        None
    );
    assert_eq!(
        flaw_of("Most of Stalin's allies doubted Munich.", "munich"),
        None
    );
    assert_eq!(flaw_of("Few of them trusted Munich.", "munich"), None);
}

#[test]
fn lists_and_runs_of_keywords_are_not_sentences() {
    assert_eq!(
        flaw_of("Litvinov, League, Poland, tanks", "league"),
        Some(Flaw::List)
    );
    assert_eq!(
        flaw_of("Litvinov collective security League appeasement", "league"),
        Some(Flaw::List)
    );
    assert_eq!(
        flaw_of(
            "The USSR sent tanks, planes and advisers to Spain.",
            "tanks"
        ),
        None
    );
    assert_eq!(flaw_of("Molotov", "molotov"), None);
    assert_eq!(flaw_of("Maxim Litvinov.", "litvinov"), None);
}

/// A short lead-in does not make a list of keywords a sentence; an article or an "and" in
/// an item does not make it long.
#[test]
fn a_list_after_a_short_lead_in_is_a_list() {
    for text in [
        "This relates to dams, zoning, cost, downstream effects, sustainability and the best option.",
        "Key ideas include Litvinov, the League, Poland, the tanks, the purges and Munich.",
    ] {
        for word in ["zoning", "league"] {
            if text.to_lowercase().contains(word) {
                assert_eq!(flaw_of(text, word), Some(Flaw::List), "{text}");
            }
        }
    }
    // Examples of what the sentence says are not a list.
    assert_eq!(
        flaw_of(
            "The League failed over Manchuria, Abyssinia, the Rhineland, Spain and Czechoslovakia.",
            "abyssinia"
        ),
        None
    );
}

/// Long sentences of plain prose can be light on small words; a run of keywords with a
/// few of them sprinkled in is still a list.
#[test]
fn fluent_sentences_light_on_small_words_are_sentences() {
    for (text, word) in [
        (
            "Britain and France kept to non-intervention even though Germany and Italy \
             openly sent troops and planes to Franco, so they were clearly unwilling to \
             stand up to fascism.",
            "intervention",
        ),
        (
            "After several arrests of Soviet citizens in Germany and violent attacks on \
             Soviet business premises, however, the Soviets became increasingly unnerved.",
            "unnerved",
        ),
        (
            "Moreover, the draining experience of war, revolution and civil war had left \
             the Soviet Union very vulnerable and in desperate need of economic help and \
             consolidation.",
            "vulnerable",
        ),
    ] {
        assert_eq!(flaw_of(text, word), None, "{text}");
    }
    // A sentence light on small words whose point is denied is told it is denied: that,
    // not the list it may read as, is why the point earns nothing.
    assert_eq!(
        flaw_of(
            "Planting trees has no effect on floods, zoning makes no difference, and flood \
             warnings are irrelevant.",
            "trees"
        ),
        Some(Flaw::Negated)
    );
    assert_eq!(
        flaw_of(
            "Litvinov collective security the League appeasement Munich Poland Britain \
             France triple alliance Drax Voroshilov the pact Ribbentrop territory time",
            "munich"
        ),
        Some(Flaw::List)
    );
    // A denial in a run of keywords denies the points it reaches; the rest is a list.
    let run = "Litvinov collective security League appeasement Munich Poland Britain France \
               triple alliance Drax Voroshilov pact Ribbentrop territory no time";
    assert_eq!(flaw_of(run, "munich"), Some(Flaw::List));
    assert_eq!(flaw_of(run, "time"), Some(Flaw::Negated));
    // Where the model answer makes the point negatively, the denial is allowed, the list
    // is not.
    let clauses = Clauses::new(run, true);
    let time = clauses
        .words
        .iter()
        .position(|w| w == "time")
        .expect("word");
    assert_eq!(clauses.flaw_besides_negation(time, 1), Some(Flaw::List));
    let sentence = Clauses::new("The League was no help to Stalin.", true);
    assert_eq!(sentence.flaw(4, 1, false), Some(Flaw::Negated));
    assert_eq!(sentence.flaw_besides_negation(4, 1), None);
}

#[test]
fn an_auxiliary_with_nt_makes_a_sentence() {
    for (text, word) in [
        ("Stalin didn't underestimate Hitler.", "hitler"),
        ("Stalin won't forget Munich.", "munich"),
        ("Britain can't ignore Moscow.", "moscow"),
    ] {
        assert_eq!(flaw_of(text, word), None, "{text}");
    }
    assert_eq!(
        flaw_of(
            "Pacts treaties alliances guarantees didn't Munich Spain Litvinov League \
             Comintern Rapallo Genoa purges Japan tanks gold.",
            "tanks"
        ),
        Some(Flaw::List)
    );
}

#[test]
fn a_sentence_written_again_counts_once() {
    let text = "The USSR joined the League. The USSR joined the League.";
    let clauses = Clauses::new(text, true);
    assert_eq!(clauses.flaw(3, 1, false), None);
    assert_eq!(clauses.flaw(8, 1, false), Some(Flaw::Repeated));
}

/// A sentence of six words or more written again in a later text read with the same
/// [`ReadBefore`] (a later section of a report) counts once; a short one may be restated.
#[test]
fn a_long_sentence_from_an_earlier_section_counts_once() {
    let mut before = ReadBefore::default();
    let first = "In 1934 the USSR joined the League. Security failed.";
    let mut clauses = Clauses::new(first, true);
    clauses.read_points([(5, 1)], &mut before);
    assert_eq!(clauses.flaw(5, 1, false), None);
    let later = "Security failed. In 1934 the USSR joined the League, hoping for allies.";
    let mut clauses = Clauses::new(later, true);
    clauses.read_points([(0, 1), (7, 1)], &mut before);
    assert_eq!(clauses.flaw(0, 1, false), None);
    assert_eq!(
        clauses.flaw(7, 1, false),
        None,
        "a sentence that goes on is new"
    );
    let again = "In 1934 the USSR joined the League.";
    let mut clauses = Clauses::new(again, true);
    clauses.read_points([(5, 1)], &mut before);
    assert_eq!(clauses.flaw(5, 1, false), Some(Flaw::Repeated));
}

/// Keywords written as sentences of a word or two, one after another or one to a line, are
/// a list; a short sentence alone, or two of them, is a sentence.
#[test]
fn a_run_of_fragments_is_a_list_and_a_short_sentence_is_not() {
    for text in [
        "Pancreas. Insulin. Glucagon.",
        "- pancreas\n- insulin\n- glucagon",
        "Glucagon. Liver, muscles, glycogen, blood.",
        "The hormones matter. Pancreas. Insulin lowers glucose. Glucagon.\nLiver.\nGlycogen.",
    ] {
        assert_eq!(flaw_of(text, "glucagon"), Some(Flaw::List), "{text:?}");
    }
    for text in [
        "Control of blood glucose\nThe pancreas releases insulin and glucagon.",
        "Stalin hesitated. Glucagon rises. Then the liver releases glucose.",
        "Glucagon.",
        "The liver stores glycogen. Glucagon reverses it. Insulin lowers the level.",
    ] {
        assert_eq!(flaw_of(text, "glucagon"), None, "{text:?}");
    }
    // Where a bare answer is fine, so are several.
    let clauses = Clauses::new("push. pop. peek.", false);
    assert_eq!(clauses.flaw(1, 1, false), None);
    // Unless the answer is asked for in a sentence: then they are a list there too.
    let clauses = Clauses::new("push. pop. peek.", false).asked_in_sentences();
    assert_eq!(clauses.flaw(1, 1, false), Some(Flaw::List));
    // And so are short items between commas; a sentence with a few clauses is not.
    let text = "interception, faster, peak discharge, lag time";
    assert_eq!(Clauses::new(text, false).flaw(0, 1, false), None);
    let clauses = Clauses::new(text, false).asked_in_sentences();
    assert_eq!(clauses.flaw(0, 1, false), Some(Flaw::List));
    let text = "Trees intercept rain, slow the runoff, and lengthen the lag time.";
    let clauses = Clauses::new(text, false).asked_in_sentences();
    assert_eq!(clauses.flaw(2, 1, false), None);
    // Eight words or more with none of a sentence's small words are a list there, without
    // commas; a shorter sentence without them is an answer.
    let text = "white blood cells antibodies antigens memory cells lymphocytes";
    assert_eq!(Clauses::new(text, false).flaw(3, 1, false), None);
    let clauses = Clauses::new(text, false).asked_in_sentences();
    assert_eq!(clauses.flaw(3, 1, false), Some(Flaw::List));
    let text = "Memory cells produce antibodies much faster";
    let clauses = Clauses::new(text, false).asked_in_sentences();
    assert_eq!(clauses.flaw(3, 1, false), None);
    // One small word in a long run of keywords does not make it a sentence ...
    let text = "stay out war capitalist powers exhaust each other decisive weight last 1939 pact \
                neutrality territory";
    let clauses = Clauses::new(text, false).asked_in_sentences();
    assert_eq!(clauses.flaw(6, 1, false), Some(Flaw::List));
    assert_eq!(Clauses::new(text, true).flaw(6, 1, false), Some(Flaw::List));
    // ... but one in eleven words of terse prose does.
    let text = "Managed retreat means letting the cliffs erode and moving people away.";
    assert_eq!(Clauses::new(text, true).flaw(1, 1, false), None);
    // An informal answer in text-speak, whose small words are "u" and "ur", is one.
    let text = "proactive = old stuff messing up new stuff so u cant remember ur new number";
    let clauses = Clauses::new(text, false).asked_in_sentences();
    assert_eq!(clauses.flaw(3, 1, false), None);
    let text = "retroactive is when new learning messes up old memories like u forget ur old \
                password after learning a new one";
    let clauses = Clauses::new(text, false).asked_in_sentences();
    assert_eq!(clauses.flaw(3, 1, false), None);
}

/// Keywords padded with small words in no order a sentence could have ("the of", "the and",
/// an article at the end) are a list, in prose and in a short answer; one slip of the
/// keyboard is not.
#[test]
fn keywords_padded_with_small_words_are_a_list() {
    let list = Some(Flaw::List);
    for (text, want) in [
        (
            "the carbon dioxide and of the water and the of light the and",
            list,
        ),
        (
            "of the chloroplast and the green the of pigment absorb and the",
            list,
        ),
        (
            "and the glucose of oxygen the and energy released of the the",
            list,
        ),
        (
            "It is the numbered and a checksum of the the acknowledgement so a resend to the it.",
            list,
        ),
        (
            "The IP address of the the look up and the so is easier to remember it is of.",
            list,
        ),
        (
            "It is a scrambled and the key of a the hacker so it the is.",
            list,
        ),
        (
            "The the chloroplast absorbs light for photosynthesis.",
            None,
        ),
        (
            "The so-called experts say the heart is a pump and the lungs are its bellows.",
            None,
        ),
        (
            "Plants take in carbon dioxide and water and use the energy of light.",
            None,
        ),
        ("Lactic acid builds up, and the muscles tire.", None),
    ] {
        for prose in [false, true] {
            let clauses = Clauses::new(text, prose);
            let at = clauses.words.iter().position(|w| w.len() > 4).unwrap();
            assert_eq!(clauses.flaw(at, 1, false), want, "{text}");
        }
    }
}

/// Three words or fewer with no article, pronoun, auxiliary or joining word are a fragment
/// ("Soak in.", "Cost of living."), and so run on with the fragments around them; a short
/// sentence that has one is not ("It soaks in.", "So demand falls.").
#[test]
fn a_fragment_is_short_and_has_no_subject_or_link() {
    assert_eq!(
        flaw_of("Baked. Hard. Soak in. Absorb.", "soak"),
        Some(Flaw::List)
    );
    assert_eq!(
        flaw_of("Rise. Goes up. Cost of living.", "rise"),
        Some(Flaw::List)
    );
    assert_eq!(flaw_of("Baked. It soaks in. Absorb.", "soaks"), None);
    assert_eq!(
        flaw_of(
            "Borrowing costs more. Saving pays more. So demand falls.",
            "saving"
        ),
        None
    );
}

#[test]
fn a_sentence_said_again_behind_a_word_that_adds_nothing_is_repeated() {
    for text in [
        "Dams are expensive to build. Also, dams are expensive to build.",
        "Dams are expensive to build. As I said, dams are expensive to build.",
        "Dams are expensive to build. Dams are expensive to build, too.",
        "Dams are expensive to build. Once again, dams are expensive to build.",
        "Dams are expensive to build. Remember, dams are expensive to build.",
        "Dams are expensive to build. In short, dams are expensive to build.",
        "Dams are expensive to build. Then dams are expensive to build.",
    ] {
        assert_eq!(
            last_flaw_of(text, "expensive"),
            Some(Flaw::Repeated),
            "{text}"
        );
        assert_eq!(flaw_of(text, "expensive"), None, "{text}");
    }
    let text = "Dams are expensive to build. Dams are not expensive to run.";
    assert_ne!(last_flaw_of(text, "expensive"), Some(Flaw::Repeated));
}

/// The flaw of the last `word` of `text`, read as prose.
fn last_flaw_of(text: &str, word: &str) -> Option<Flaw> {
    let clauses = Clauses::new(text, true);
    let at = clauses.words.iter().rposition(|w| w == word).expect("word");
    clauses.flaw(at, 1, false)
}

mod items;
mod short;
