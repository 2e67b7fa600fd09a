//! The explanation shows where each point was found: scoring returns, for a written task,
//! the phrases of the student's text that earned a point or earned nothing (with why), and
//! the written feedback shows the student's sentences with those phrases marked.

use classwork::activity::Activity;
use classwork::activity::validate::SourceIds;
use classwork::answer::{Answer, Response};
use classwork::diagnostic::SourceFile;
use classwork::load::activity_from;
use classwork::scoring::{Detail, score, score_with_detail};

const ESSAY: &str = r#"schema_version = 1
id = "e"
kind = "essay"
title = "Why did Stalin choose Germany?"
instructions = "Write."
[[keywords]]
alternatives = ["security"]
[[keywords]]
alternatives = ["appease*"]
[[keywords]]
alternatives = ["Munich"]
"#;

const TEXT: &str = "Above all, Stalin wanted security for the USSR. Appeasement was not the reason.\nMunich Poland Danzig Rapallo";

fn essay() -> Activity {
    let file = SourceFile::new("e.toml", ESSAY);
    let mut diagnostics = Vec::new();
    activity_from(&file, &SourceIds::new(), &mut diagnostics).expect("the essay loads")
}

fn answer() -> Answer {
    Answer {
        response: Response::Essay(TEXT.to_string()),
        ..Answer::default()
    }
}

#[test]
fn scoring_says_which_phrase_earned_each_point_and_why_others_did_not() {
    let score = score(&essay(), &answer());
    let task = &score.tasks[0];
    let found: Vec<(&str, &str, bool, &str)> = task
        .highlights
        .iter()
        .map(|h| {
            (
                &TEXT[h.range.clone()],
                &TEXT[h.sentence.clone()],
                h.earned,
                &*h.reason,
            )
        })
        .collect();
    assert_eq!(found.len(), 3, "{found:#?}");
    assert_eq!(found[0].0, "security");
    assert_eq!(found[0].1, "Above all, Stalin wanted security for the USSR");
    assert!(found[0].2);
    assert_eq!(found[1].0, "Appeasement");
    assert_eq!(found[1].1, "Appeasement was not the reason");
    assert!(!found[1].2);
    assert!(found[1].3.contains("you said the opposite"), "{found:#?}");
    assert_eq!(found[2].0, "Munich");
    assert!(!found[2].2);
    assert!(found[2].3.contains("this reads as a list"), "{found:#?}");
    let bare = score_with_detail(&essay(), &answer(), &[], Detail::MarksOnly);
    assert!(bare.tasks[0].highlights.is_empty());
    assert_eq!(bare.tasks[0].points, task.points);
}

#[cfg(feature = "tui")]
#[test]
fn the_written_feedback_shows_the_students_sentences_marked() {
    use classwork::tui::screen::feedback::content::written::lines;
    use classwork::tui::theme::Theme;
    let activity = essay();
    let answer = answer();
    let score = score(&activity, &answer);
    let theme = Theme::plain();
    let shown: Vec<String> = lines(&theme, &activity, (&answer, &score), false, 100)
        .expect("an essay's feedback")
        .iter()
        .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
        .collect();
    let text = shown.join("\n");
    assert!(text.contains("Your words:"), "{text}");
    assert!(
        text.contains("Above all, Stalin wanted security✓ for the USSR"),
        "{text}"
    );
    assert!(text.contains("Appeasement✗ was not the reason"), "{text}");
    assert!(
        text.contains("✗ “Appeasement”: you said the opposite"),
        "{text}"
    );
    assert!(text.contains("✗ “Munich”: this reads as a list"), "{text}");
}
