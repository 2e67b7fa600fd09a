//! An answer about something else earns nothing for the accepted words it uses in a story
//! of its own; a right answer in the student's own words keeps its points; and where the
//! activity says too little to tell the two apart, the rule is not asked.

use std::path::Path;

use classwork::activity::Activity;
use classwork::answer::{Answer, Response};
use classwork::scoring::score;

const KEYS: &str = r#"
[[keywords]]
alternatives = ["collide", "collision*"]

[[keywords]]
alternatives = ["temperature", "heat*"]

[[keywords]]
alternatives = ["catalyst*"]
"#;

const MODEL: &str = r#"model_answer = """
Reactions happen when particles collide with enough energy. Raising the temperature makes \
the particles move faster, so they collide more often and with more energy. A catalyst gives \
the reaction another route with a lower activation energy and is not used up, so a factory \
saves both time and fuel by adding one to the mixture instead of heating the whole tank."""
guidance = ["Explain collision theory.", "Say what heating and a catalyst each change."]
"#;

fn essay(model: bool) -> Activity {
    crate::common::activities::activity(&format!(
        "id = \"rates\"\nkind = \"essay\"\ntitle = \"Rates\"\n\
         instructions = \"How can a factory make a reaction go faster?\"\n{}\n{KEYS}",
        if model { MODEL } else { "" }
    ))
}

fn text(text: &str) -> Answer {
    Answer {
        response: Response::Essay(text.to_string()),
        ..Answer::default()
    }
}

const STORY: &str = "The football match on Saturday was a real collision of styles. The \
    temperature in the stadium was high and the fans sang for the whole afternoon. Our new \
    manager was the catalyst for the win, and the captain scored twice before the whistle. \
    Everyone went home happy after a long day out in the sun.";

const OWN_WORDS: &str = "For a reaction to happen the particles have to collide, and hard \
    enough. If the factory warms the mixture, the particles move about more quickly, so \
    they meet more often and more of them have the energy they need, which is why a higher \
    temperature works. A catalyst offers an easier route that needs less energy and is not \
    used up, so the factory can use it again and again.";

#[test]
fn a_story_that_uses_the_accepted_words_earns_nothing_for_them() {
    let story = score(&essay(true), &text(STORY));
    assert_eq!(story.marks, 0.0, "{:#?}", story.explanation());
    let said = story.explanation().join("\n");
    assert!(
        said.contains("this answer reads as about something else")
            && said.contains("the answer around it is about something else"),
        "{said}"
    );
}

#[test]
fn a_right_answer_in_other_words_keeps_its_points() {
    let own = score(&essay(true), &text(OWN_WORDS));
    assert_eq!(own.marks, 3.0, "{:#?}", own.explanation());
    assert!(!own.explanation().join("\n").contains("something else"));
}

#[test]
fn an_activity_that_says_too_little_does_not_ask_what_an_answer_is_about() {
    let story = score(&essay(false), &text(STORY));
    assert_eq!(story.marks, 3.0, "{:#?}", story.explanation());
}

/// A short answer asked for in sentences, on hospices.
fn hospices() -> Activity {
    crate::common::activities::activity(
        r#"id = "hospices"
kind = "short"
title = "Hospices"
instructions = "Answer in a sentence or two."

[[questions]]
id = "hospice"
prompt = "What is the hospice movement, and how does it offer an alternative to euthanasia?"
points = 3
model_answer = "Hospices care for people who are terminally ill. They give palliative care, controlling pain so the person is comfortable, and they also support their emotional and spiritual needs and those of their families. This lets people die naturally, peacefully and with dignity, so euthanasia is not needed. Cicely Saunders began the modern movement in 1967."
[questions.words]
min = 10
[[questions.keywords]]
alternatives = ["palliative", "pain relief", "comfortable", "comfort"]
[[questions.keywords]]
alternatives = ["emotional", "spiritual", "family", "families"]
[[questions.keywords]]
alternatives = ["dignity", "naturally", "peaceful*", "calm"]
"#,
    )
}

fn short_answer(text: &str) -> Answer {
    Answer {
        response: Response::Short([("hospice".to_string(), text.to_string())].into()),
        ..Answer::default()
    }
}

/// The question's own words tell nothing of what an answer is about: a story that borrows
/// them ("the hospice charity shop") is still about something else.
#[test]
fn a_story_that_borrows_the_questions_words_is_still_about_something_else() {
    let story = "I went to the hospice charity shop in town on Saturday. It was very peaceful \
                 and calm, the volunteers were friendly to my family, and I bought a \
                 comfortable jumper for two pounds.";
    let scored = score(&hospices(), &short_answer(story));
    assert_eq!(scored.marks, 0.0, "{:#?}", scored.explanation());
    let own = "A hospice looks after people who are dying and keeps them out of pain and \
               comfortable, helps their family cope with grief, and lets them die peacefully \
               when their time comes instead of choosing euthanasia.";
    let scored = score(&hospices(), &short_answer(own));
    assert_eq!(scored.marks, 3.0, "{:#?}", scored.explanation());
}

/// A sheet of `fixtures/adversarial/<subject>/` (or one kept apart), scored.
fn subject_sheet(subject: &str, sheet: &str) -> classwork::scoring::Score {
    let dir = Path::new("tests/fixtures/adversarial");
    let unit = classwork::load::load_path(&dir.join("units").join(subject))
        .into_unit(subject)
        .expect("the unit");
    // A sheet below the adversarial bar (see `adversarial.rs`) is kept apart.
    let path = [
        dir.join(subject).join(sheet),
        Path::new("tests/fixtures/topic").join(format!("{subject}-{sheet}")),
    ]
    .into_iter()
    .find(|path| path.exists())
    .expect("the sheet");
    let text = std::fs::read_to_string(&path).expect("the sheet");
    let file = classwork::diagnostic::SourceFile::new(path.display().to_string(), text);
    let activities: Vec<_> = unit.activities.iter().collect();
    let sheet = classwork::answer::sheet::load_sheet(&file, &activities, &mut Vec::new())
        .expect("the sheet loads");
    let activity = unit.activity(&sheet.activity).expect("the activity");
    classwork::scoring::score_with_sources(activity, &sheet.answer, &unit.sources)
}

/// A story told over a short activity's answers, each too short to tell alone, is read as
/// a whole too; its right answers are not (see the adversarial fixtures).
#[test]
fn a_story_spread_over_short_answers_is_read_as_a_whole() {
    let story = subject_sheet("network", "short-story.toml");
    assert_eq!(story.marks, 0.0, "{:#?}", story.explanation());
    let said = story.explanation().join("\n");
    assert!(
        said.contains("your answers, read together, read as about something else"),
        "{said}"
    );
    for sheet in [
        "short-everyday-words.toml",
        "short-text-speak.toml",
        "short-thorough.toml",
    ] {
        let right = subject_sheet("network", sheet);
        assert!(
            !right.explanation().join("\n").contains("read together"),
            "{sheet}"
        );
    }
}

#[test]
fn a_story_spread_over_a_grids_cells_is_read_as_a_whole() {
    for subject in ["carbon", "network"] {
        let story = subject_sheet(subject, "grid-story.toml");
        assert_eq!(story.marks, 0.0, "{subject}: {:#?}", story.explanation());
        let said = story.explanation().join("\n");
        assert!(
            said.contains("your answers, read together, read as about something else"),
            "{said}"
        );
    }
    // Right answers in everyday words, or misspelt ("glucoce", "cloroplasts"), use words
    // the unit does not; misspellings are not another subject. An explanation by everyday
    // likenesses ("little parcels with numbers on", "like the contacts app") shares few of
    // the unit's words, but tells no story of the writer's own life.
    // (Its cells keep the points they make in the keys' words; the rest of its points are
    // in words the keys do not have: "texts back", "posted again".)
    for (subject, sheet, least) in [
        ("carbon", "grid-everyday.toml", 12.0),
        ("carbon", "grid-misspelt.toml", 12.0),
        ("network", "grid-everyday.toml", 5.0),
    ] {
        let right = subject_sheet(subject, sheet);
        assert!(
            right.marks >= least,
            "{subject}/{sheet}: {:#?}",
            right.explanation()
        );
        assert!(!right.explanation().join("\n").contains("read together"));
    }
}
