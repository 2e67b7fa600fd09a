use std::cell::RefCell;
use std::rc::Rc;

use super::*;
use crate::activity::Unit;
use crate::answer::Response;
use crate::answer::sheet::load_sheet;
use crate::diagnostic::SourceFile;
use crate::text::fmt_marks;

/// What the test keeper was given, in order: `draft:<id>` or `submitted:<id>:<marks>`.
type Log = Rc<RefCell<Vec<String>>>;

/// A keeper that fails with `problem` while it is set, and logs what it keeps.
#[derive(Default)]
struct Flaky {
    problem: Rc<RefCell<Option<String>>>,
    kept: Log,
    draft: Option<Answer>,
}

impl Keeper for Flaky {
    fn resume(&mut self, _: &Activity) -> Option<Answer> {
        self.draft.clone()
    }

    fn draft(&mut self, activity: &Activity, _: &Answer) -> Result<bool, String> {
        if let Some(problem) = self.problem.borrow().clone() {
            return Err(problem);
        }
        self.kept
            .borrow_mut()
            .push(format!("draft:{}", activity.id));
        Ok(true)
    }

    fn submitted(&mut self, activity: &Activity, s: &Submission) -> Result<bool, String> {
        if let Some(problem) = self.problem.borrow().clone() {
            return Err(problem);
        }
        let marks = fmt_marks(s.score.marks);
        self.kept
            .borrow_mut()
            .push(format!("submitted:{}:{marks}", activity.id));
        Ok(true)
    }
}

fn unit() -> Unit {
    crate::bundled::default_unit().units.remove(0)
}

/// A submission to the first question of the unit's first choice activity.
fn submission(unit: &Unit, a: &Activity, right: bool) -> Submission {
    let crate::activity::Body::Choice(quiz) = &a.body else {
        panic!("{} is not a choice activity", a.id);
    };
    let question = &quiz.questions[0];
    let crate::activity::QuestionAnswer::Choice { options, .. } = &question.answer else {
        panic!("not a choice question");
    };
    let option = options
        .iter()
        .find(|o| (o.weight > 0.0) == right)
        .expect("an option");
    let chosen = [(question.id.to_string(), [option.id.clone()].into())].into();
    let answer = Answer {
        response: Response::Choice(chosen),
        ..Answer::default()
    };
    Submission {
        activity: a.id.clone(),
        score: crate::scoring::score_with_sources(a, &answer, &unit.sources),
        answer,
    }
}

fn choice(unit: &Unit) -> &Activity {
    unit.activities
        .iter()
        .find(|a| matches!(a.body, crate::activity::Body::Choice(_)))
        .expect("a choice activity")
}

/// Runs `f` with a dialogue, returning what it said.
fn said(f: impl FnOnce(&mut Dialogue<&[u8], &mut Vec<u8>>)) -> String {
    let mut out = Vec::new();
    f(&mut Dialogue::new(&b""[..], &mut out));
    String::from_utf8(out).expect("text")
}

const LOCKED: &str = "the database is in use by another classwork";

#[test]
fn work_that_failed_is_saved_in_order_at_the_next_save() {
    let unit = unit();
    let quiz = choice(&unit);
    let other = &unit.activities[0];
    let keeper = Flaky::default();
    let (problem, kept) = (keeper.problem.clone(), keeper.kept.clone());
    let mut keeper = keeper;
    let mut saver = Saver::new(&mut keeper);
    *problem.borrow_mut() = Some(LOCKED.into());
    let (right, wrong) = (
        submission(&unit, quiz, true),
        submission(&unit, quiz, false),
    );
    assert_ne!(right.score.marks, wrong.score.marks);
    let first = said(|io| {
        saver.submitted(io, quiz, &right).unwrap();
        saver.submitted(io, quiz, &wrong).unwrap();
        saver.retry(io).unwrap();
    });
    assert_eq!(
        first
            .matches(&format!("Your answer could not be saved: {LOCKED}"))
            .count(),
        2,
        "{first}"
    );
    assert!(first.contains(KEPT_FOR_NOW), "{first}");
    assert!(saver.submission_waits(&quiz.id));
    assert!(kept.borrow().is_empty());
    *problem.borrow_mut() = None;
    let then = said(|io| saver.draft(io, other, &Answer::default()).unwrap());
    let title = clean(&quiz.title);
    let now_saved = format!("Your earlier answers to {title} are now saved.");
    assert_eq!(then.matches(&now_saved).count(), 2, "{then}");
    assert!(
        then.ends_with("they are there when you come back.\n"),
        "{then}"
    );
    assert_eq!(
        *kept.borrow(),
        [
            format!("submitted:{}:{}", quiz.id, fmt_marks(right.score.marks)),
            format!("submitted:{}:{}", quiz.id, fmt_marks(wrong.score.marks)),
            format!("draft:{}", other.id),
        ]
    );
    assert!(!saver.submission_waits(&quiz.id));
    assert_eq!(
        said(|io| saver.retry(io).unwrap()),
        "",
        "nothing left to say"
    );
}

#[test]
fn a_waiting_draft_is_carried_on_from_and_replaced() {
    let unit = unit();
    let quiz = choice(&unit);
    let mut keeper = Flaky {
        draft: Some(Answer::default()),
        ..Flaky::default()
    };
    *keeper.problem.borrow_mut() = Some(LOCKED.into());
    let kept = keeper.kept.clone();
    let problem = keeper.problem.clone();
    let mut saver = Saver::new(&mut keeper);
    assert_eq!(
        saver.resume(quiz),
        Some(Answer::default()),
        "the kept draft"
    );
    let answer = submission(&unit, quiz, true).answer;
    let newer = submission(&unit, quiz, false).answer;
    let told = said(|io| {
        saver.draft(io, quiz, &answer).unwrap();
        saver.draft(io, quiz, &newer).unwrap();
    });
    assert!(
        told.contains(&format!("Your answers so far could not be saved: {LOCKED}")),
        "{told}"
    );
    assert_eq!(saver.resume(quiz), Some(newer.clone()), "the waiting draft");
    assert_eq!(
        saver.waiting.iter().count(),
        1,
        "the newer draft replaced the older"
    );
    let submitted = submission(&unit, quiz, true);
    said(|io| saver.submitted(io, quiz, &submitted).unwrap());
    assert_eq!(
        saver.resume(quiz),
        None,
        "a waiting submission starts afresh"
    );
    assert_eq!(
        saver.waiting.iter().count(),
        1,
        "the submission ended the draft"
    );
    *problem.borrow_mut() = None;
    let told = said(|io| saver.finish(io, &[]).unwrap());
    let title = clean(&quiz.title);
    assert_eq!(
        told,
        format!("Your earlier answers to {title} are now saved.\n")
    );
    let marks = fmt_marks(submitted.score.marks);
    assert_eq!(*kept.borrow(), [format!("submitted:{}:{marks}", quiz.id)]);
}

#[test]
fn work_still_not_saved_at_the_end_is_written_as_answer_sheets() {
    let unit = unit();
    let quiz = choice(&unit);
    let other = &unit.activities[0];
    let mut keeper = Flaky::default();
    *keeper.problem.borrow_mut() = Some(LOCKED.into());
    let mut saver = Saver::new(&mut keeper);
    let submitted = submission(&unit, quiz, true);
    let draft = Answer {
        response: Response::empty_for(other),
        ..Answer::default()
    };
    said(|io| {
        saver.submitted(io, quiz, &submitted).unwrap();
        saver.draft(io, other, &draft).unwrap();
    });
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = dir.path().join("a-file");
    std::fs::write(&file, "not a folder").expect("written");
    let folders = [file.join("under"), dir.path().to_path_buf()];
    let told = said(|io| saver.finish(io, &folders).unwrap());
    assert!(
        told.starts_with(&format!("Some of your work was not saved: {LOCKED}\n")),
        "{told}"
    );
    assert!(
        told.contains("Hand the answer sheets in to your teacher"),
        "{told}"
    );
    let activities: Vec<&Activity> = unit.activities.iter().collect();
    let marks = format!(
        "(submitted, {} of {} marks) are",
        fmt_marks(submitted.score.marks),
        fmt_marks(submitted.score.max)
    );
    for (a, answer, words) in [
        (quiz, &submitted.answer, marks.as_str()),
        (other, &draft, "Your unsubmitted answers to"),
    ] {
        let line = told
            .lines()
            .find(|l| l.contains(&clean(&a.title).into_owned()) && l.contains(words))
            .unwrap_or_else(|| panic!("{} is named:\n{told}", a.id));
        let (_, path) = line
            .split_once("are in the answer sheet ")
            .unwrap_or_else(|| panic!("a path: {line}"));
        assert!(path.starts_with(&dir.path().to_string_lossy().into_owned()));
        let text = std::fs::read_to_string(path).expect("the sheet");
        let mut diagnostics = Vec::new();
        let sheet = load_sheet(&SourceFile::new(path, text), &activities, &mut diagnostics)
            .unwrap_or_else(|| panic!("{diagnostics:?}"));
        assert_eq!(sheet.activity, a.id);
        assert_eq!(&sheet.answer, answer);
        assert_eq!(sheet.submitted.is_some(), a.id == quiz.id);
    }
}

#[test]
fn a_sheet_that_cannot_be_written_anywhere_is_shown_in_full() {
    let unit = unit();
    let quiz = choice(&unit);
    let mut keeper = Flaky::default();
    *keeper.problem.borrow_mut() = Some(LOCKED.into());
    let mut saver = Saver::new(&mut keeper);
    said(|io| {
        saver
            .submitted(io, quiz, &submission(&unit, quiz, true))
            .unwrap();
    });
    let told = said(|io| saver.finish(io, &[]).unwrap());
    assert!(
        told.contains("could not be written to a file either"),
        "{told}"
    );
    assert!(
        told.contains(&format!("activity = \"{}\"", quiz.id)),
        "{told}"
    );
    assert!(told.contains("(end of the answer sheet)"), "{told}");
    assert!(told.contains("Hand the answer sheet in"), "{told}");
}
