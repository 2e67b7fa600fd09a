//! Tests of the claims a text calls untrue and of what it takes back.

use crate::scoring::clauses::Flaw;
use crate::scoring::clauses::tests::{assert_flaw_of, flaw_of};

#[test]
fn a_claim_called_untrue_is_said_the_other_way_round() {
    for (text, point) in [
        (
            "It is untrue that by 1922 he wanted trade with capitalist states.",
            "trade",
        ),
        ("It is not true that by 1922 he wanted trade.", "trade"),
        (
            "However, it is a myth that Litvinov wanted collective security.",
            "collective",
        ),
        (
            "It is a myth that most customers would buy online.",
            "would",
        ),
        ("It is a myth that most customers would buy online.", "buy"),
        (
            "It is a common misconception that the heart gets bigger with training.",
            "heart",
        ),
        (
            "Some say the heart gets bigger with training, but that is a lie.",
            "heart",
        ),
        (
            "The idea that the heart gets bigger with training is a complete myth.",
            "heart",
        ),
        (
            "It is far from true that a sample of 150 customers could be biased.",
            "biased",
        ),
        (
            "It is wrong to say that the USSR wanted security above all.",
            "security",
        ),
        (
            "Some say Lenin hoped to spread revolution abroad, but that is wrong.",
            "revolution",
        ),
        (
            "People claim Rapallo was a turn to diplomacy, which is not true.",
            "diplomacy",
        ),
        (
            "The claim that Litvinov sought collective security after 1933 is a myth.",
            "litvinov",
        ),
        (
            "The idea that Rapallo in 1922 showed a turn to diplomacy is mistaken.",
            "diplomacy",
        ),
        (
            "Lenin hoped to spread revolution abroad. This is wrong.",
            "revolution",
        ),
        (
            "The USSR wanted security. That is simply not true.",
            "security",
        ),
        (
            "It would be wrong to think that walls move the problem downstream.",
            "downstream",
        ),
        (
            "People wrongly claim that hard engineering is expensive.",
            "expensive",
        ),
        (
            "Some falsely believe Rapallo was a turn to diplomacy.",
            "diplomacy",
        ),
        (
            "I disagree that either kind of engineering is natural.",
            "natural",
        ),
        (
            "Historians deny that Litvinov wanted collective security.",
            "collective",
        ),
        (
            "It is a mistake to think that concrete in towns causes surface runoff.",
            "runoff",
        ),
        (
            "It would be a mistake to believe Litvinov wanted collective security.",
            "collective",
        ),
        (
            "Some say Lenin hoped to spread revolution abroad, but that is completely wrong.",
            "revolution",
        ),
    ] {
        assert_eq!(flaw_of(text, point), Some(Flaw::Negated), "{text}");
    }
}

#[test]
fn a_sentence_that_takes_back_others_makes_their_points_none() {
    for text in [
        "Concrete is impermeable. Actually, no.",
        "Concrete is impermeable. Not.",
        "Concrete is impermeable. Not at all, though.",
        "Concrete is impermeable. Only joking.",
        "Concrete is impermeable. Scratch that.",
        "Concrete is impermeable. I take that back.",
        "Concrete is impermeable. I take it back.",
        "Concrete is impermeable. Yeah, right.",
        "Concrete is impermeable. Forget it.",
        "Concrete is impermeable. Forget that.",
        "Concrete is impermeable. Ignore that.",
        "Concrete is impermeable. Kidding.",
        "Oh yes, concrete is famously impermeable. As if.",
        "Concrete is impermeable. Trees catch rain. None of that is true.",
        "Concrete is impermeable. Trees catch rain. But none of this happened: I made it up.",
        "Concrete is impermeable. Trees catch rain. All of this is hypothetical.",
        "Concrete is impermeable. I don't believe that.",
        "Concrete is impermeable. I do not believe it, though.",
        "Concrete is impermeable. I don't think so.",
        // The taking back may open a longer sentence.
        "Concrete is impermeable. I don't believe that though, it's really about luck.",
        "Concrete is impermeable. Only joking, rain soaks into everything.",
        // Said in mockery, a sentence takes itself back.
        "Oh yeah, sure, concrete is impermeable, as if it matters.",
        "Yeah, right, concrete is impermeable.",
        // Mockery or doubt after the claim.
        "Concrete is impermeable. As if anyone believes that.",
        "Concrete is impermeable. Who knows.",
        "Concrete is impermeable. Nobody really knows.",
        "Concrete is impermeable, they tell us. Ha.",
        "Concrete is impermeable. Yeah, right, as if rain cared.",
        // Sayings that mock what was said before.
        "Concrete is impermeable. And I'm the Queen.",
        "Concrete is impermeable. Yeah, and pigs fly.",
        "Concrete is impermeable. Pigs might fly.",
        "Concrete is impermeable. Sounds made up to me.",
        "Concrete is impermeable. In your dreams, maybe.",
        "Concrete is impermeable. Next you'll tell me rain is dry.",
        "Right, because concrete is totally impermeable.",
        "Oh wow, concrete is impermeable.",
        "Concrete is impermeable. Whatever.",
        "Concrete is impermeable. What could possibly go wrong.",
        "Concrete is impermeable. Nothing could possibly go wrong.",
        "Concrete is impermeable. I'm sure.",
        "Oh yes, because concrete is impermeable.",
        "Concrete is totally impermeable, said no engineer ever.",
        "Concrete is impermeable - said no one ever.",
        "Concrete is impermeable, said no civil engineer, ever.",
    ] {
        assert_eq!(
            flaw_of(text, "impermeable"),
            Some(Flaw::TakenBack),
            "{text}"
        );
    }
    for text in [
        "Concrete is impermeable. Actually, that is rubbish.",
        "Concrete is impermeable. Actually, no, that is rubbish.",
        "Concrete is impermeable. Wrong again.",
        "Concrete is impermeable. Also nonsense.",
        "Concrete is impermeable. What nonsense!",
        "Concrete is impermeable. Utter rubbish.",
        "Concrete is impermeable. What nonsense, it makes no difference at all.",
        "Concrete is impermeable. Total rubbish: rain soaks through it.",
        "Concrete is impermeable. What a joke.",
    ] {
        assert_eq!(flaw_of(text, "impermeable"), Some(Flaw::Negated), "{text}");
    }
    for text in [
        "Is concrete permeable? No. Concrete is impermeable.",
        "Concrete is impermeable. No town can change that.",
        "Concrete is impermeable. None of the rain soaks in.",
        "Concrete is impermeable. All of this matters.",
        "Concrete is impermeable. Forget the old idea that rain soaks in.",
        "Concrete is impermeable. I take that point from Source 3.",
        "Concrete is impermeable. I don't believe that rain soaks into it.",
        "Concrete is impermeable. No, rain cannot soak into it.",
        "Concrete is impermeable, I don't think so many towns use it.",
        "Sure, concrete is impermeable, but rain still soaks into the soil around it.",
        "Oh yes, concrete is impermeable.",
        "Concrete is impermeable. I'm sure of it.",
        "Whatever the weather, concrete is impermeable.",
        "Concrete is impermeable. As if to prove it, the car park flooded.",
        "Concrete is impermeable. Who knows how long it lasts, though?",
        "Concrete is impermeable. What matters is the drains.",
        "Concrete is impermeable, and the engineer said no rain gets in, ever.",
        "Concrete is impermeable, said the engineer.",
    ] {
        assert_eq!(flaw_of(text, "impermeable"), None, "{text}");
    }
}

#[test]
fn a_verdict_on_something_else_denies_nothing() {
    for (text, point) in [
        (
            "Chamberlain's belief that Stalin had nowhere else to go was wrong.",
            "nowhere",
        ),
        (
            "Lenin hoped to spread revolution. This was wrong of him, but he tried.",
            "revolution",
        ),
        (
            "Stalin thought Britain was wrong to appease Hitler at Munich.",
            "munich",
        ),
        (
            "It is true that Litvinov wanted collective security.",
            "litvinov",
        ),
        (
            "The USSR wanted security. That is not true of Trotsky.",
            "security",
        ),
        (
            "Few would deny that Litvinov wanted collective security.",
            "collective",
        ),
        ("I cannot deny that dams protect a town.", "dams"),
        ("Nobody doubts that dams protect a town.", "protect"),
        ("It is a mistake to ignore the cost of dams.", "cost"),
        (
            "It was a mistake to think Hitler could be trusted. Security came first.",
            "security",
        ),
    ] {
        assert_eq!(flaw_of(text, point), None, "{text}");
    }
}

/// A sentence that opens as a correction ("Actually, …", "No wait, …") and denies what the
/// one before said, in a word of its own, takes that sentence back; a correction that says
/// something else, or denies nothing, leaves it.
#[test]
fn a_correction_that_denies_the_sentence_before_takes_it_back() {
    for (text, point) in [
        (
            "The witches make him ambitious. Actually he has no ambition whatsoever.",
            "ambitious",
        ),
        (
            "She plans to drug the guards. No wait, she has no plan at all.",
            "drug",
        ),
        (
            "He feels guilty. Actually, he feels no guilt at all.",
            "guilty",
        ),
        (
            "Banquo stays loyal. Wait, no, he is not loyal and never was.",
            "loyal",
        ),
        (
            "Concrete is impermeable. On second thoughts, concrete does not stop the rain.",
            "impermeable",
        ),
    ] {
        assert_eq!(flaw_of(text, point), Some(Flaw::TakenBack), "{text}");
    }
    for (text, point) in [
        // The correction denies something else, of the same people.
        (
            "Macbeth kills Duncan. Actually, Lady Macbeth does not help at all.",
            "duncan",
        ),
        (
            "Banquo stays loyal. Wait, Banquo is never told anything.",
            "loyal",
        ),
        // It denies nothing.
        (
            "The witches make him ambitious. Actually, his ambition was there already.",
            "ambitious",
        ),
        // "Actually" inside a sentence.
        (
            "The witches make him ambitious. He actually has no plan yet.",
            "ambitious",
        ),
    ] {
        assert_eq!(flaw_of(text, point), None, "{text}");
    }
}

#[test]
fn a_subject_called_untrue_is_said_the_other_way_round() {
    assert_flaw_of(
        &[
            (
                "The idea of a lower resting heart rate is also false.",
                "resting",
            ),
            (
                "Muscular hypertrophy is a myth: muscles stay the same.",
                "hypertrophy",
            ),
            (
                "A bigger stroke volume after training is simply not true.",
                "stroke",
            ),
        ],
        Some(Flaw::Negated),
    );
    // A verdict that is itself the point, or on something else.
    assert_flaw_of(
        &[
            (
                "Keeping a resting heart rate high is wrong for an athlete.",
                "resting",
            ),
            (
                "Hypertrophy of the heart is a sign of training; the myth is that it is harmful.",
                "hypertrophy",
            ),
        ],
        None,
    );
}

/// A subject called a myth, a misconception, a lie or a fallacy is denied, whatever words
/// describe the verdict ("a common misconception", "a lie told by coaches").
#[test]
fn a_subject_called_a_myth_in_other_words_is_said_the_other_way_round() {
    assert_flaw_of(
        &[
            (
                "Hypertrophy of the heart is a common misconception.",
                "hypertrophy",
            ),
            (
                "Cardiac hypertrophy is a lie told by coaches.",
                "hypertrophy",
            ),
            ("Muscular hypertrophy is a complete myth.", "hypertrophy"),
            (
                "Collective security was an urban myth spread by Litvinov.",
                "collective",
            ),
            ("Lactic acid tolerance is a fallacy.", "tolerance"),
            (
                "A lower resting heart rate is just a fairy tale.",
                "resting",
            ),
        ],
        Some(Flaw::Negated),
    );
    // A verdict on something else, or a subject that is itself about a myth.
    assert_flaw_of(
        &[
            (
                "The stab-in-the-back story was a myth that helped the Nazis.",
                "nazis",
            ),
            (
                "Hypertrophy is the answer to a common misconception.",
                "hypertrophy",
            ),
            (
                "Goebbels told the lie that the Poles attacked first.",
                "goebbels",
            ),
        ],
        None,
    );
}

/// A claim someone says or thinks, then denied in a closing clause of its own: "People say
/// the heart gets bigger, but it doesn't". Without a verb of saying, the closing clause may
/// deny a verb left out ("Britain promised to help, but it didn't": it did promise).
#[test]
fn a_claim_denied_by_a_closing_but_clause_is_said_the_other_way_round() {
    assert_flaw_of(
        &[
            (
                "People say the heart gets bigger with training, but it doesn't.",
                "heart",
            ),
            (
                "Many think that training builds capillaries, but it does not.",
                "capillaries",
            ),
            (
                "Some claim the muscles grow stronger, but they don't.",
                "muscles",
            ),
            (
                "Coaches believe resting heart rate falls, but it isn't so.",
                "resting",
            ),
            (
                "People say Stalin wanted to stay out of the war at first, but he didn't.",
                "war",
            ),
        ],
        Some(Flaw::Negated),
    );
    assert_flaw_of(
        &[
            (
                "Britain promised to help Poland, but it didn't.",
                "promised",
            ),
            (
                "People say the heart gets bigger, but it doesn't happen overnight.",
                "heart",
            ),
            (
                "Some think training is hard, but it doesn't have to be.",
                "training",
            ),
        ],
        None,
    );
}
