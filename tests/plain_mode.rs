//! The plain dialogue: every bundled activity done line by line, and the real binary over a
//! pipe.

mod common;

use std::collections::BTreeMap;
use std::process::{Command, Stdio};

use classwork::activity::{Activity, Body, QuestionAnswer, Unit};
use classwork::answer::{Answer, Response};
use classwork::plain::{Dialogue, Keeper, Submission, run_activity, run_unit_kept};
use classwork::scoring::{fmt_marks, perfect_answer_with_sources};
use common::process::Reaped;

fn bundled() -> Unit {
    let loaded = classwork::bundled::default_unit();
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    loaded
        .units
        .into_iter()
        .next()
        .expect("the bundled unit loads")
}

fn position<T>(list: &[T], id: &str, key: impl Fn(&T) -> &str) -> usize {
    list.iter()
        .position(|x| key(x) == id)
        .expect("an id from the key")
        + 1
}

fn numbers(picked: impl IntoIterator<Item = usize>) -> String {
    picked
        .into_iter()
        .map(|n| n.to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

fn text(lines: &mut Vec<String>, text: &str) {
    lines.extend(text.lines().map(str::to_string));
    lines.push(".".into());
}

/// What a student would type to give `answer` to `activity`, then submit.
fn typed(activity: &Activity, answer: &Answer) -> String {
    let mut lines: Vec<String> = Vec::new();
    match (&activity.body, &answer.response) {
        (Body::Sort(sort), Response::Sort { ticks, evidence }) => {
            for row in &sort.rows {
                let ticked = ticks.get(&row.id).cloned().unwrap_or_default();
                lines.push(numbers(
                    ticked.iter().map(|c| position(&sort.columns, c, |l| &l.id)),
                ));
                if sort.require_evidence && !ticked.is_empty() {
                    lines.push(evidence.get(&row.id).cloned().unwrap_or_default());
                }
            }
        }
        (Body::Categorize(c), Response::Categorize(placed)) => {
            for card in &c.cards {
                lines.push(numbers(
                    placed
                        .get(&card.id)
                        .map(|b| position(&c.buckets, b, |l| &l.id)),
                ));
            }
        }
        (Body::Match(m), Response::Match(chosen)) => {
            for item in &m.items {
                lines.push(numbers(
                    chosen
                        .get(&item.id)
                        .map(|o| position(&m.options, o, |l| &l.id)),
                ));
            }
        }
        (
            Body::Rank(_) | Body::Timeline(_),
            Response::Order {
                order,
                justification,
            },
        ) => {
            let items = match &activity.body {
                Body::Rank(r) => &r.items,
                Body::Timeline(t) => &t.events,
                _ => unreachable!(),
            };
            lines.push(numbers(
                order.iter().map(|id| position(items, id, |i| &i.id)),
            ));
            if let Body::Rank(r) = &activity.body
                && r.justification.is_some()
            {
                text(&mut lines, justification);
            }
        }
        (Body::Grid(grid), Response::Grid(cells)) => {
            for cell in grid.cells.iter().filter(|c| c.given.is_none()) {
                text(&mut lines, cells.get(&cell.id()).map_or("", String::as_str));
            }
        }
        (Body::Choice(quiz), Response::Choice(chosen)) => {
            for q in &quiz.questions {
                let QuestionAnswer::Choice { options, .. } = &q.answer else {
                    continue;
                };
                let picked = chosen.get(&q.id).cloned().unwrap_or_default();
                lines.push(numbers(
                    picked.iter().map(|o| position(options, o, |x| &x.id)),
                ));
            }
        }
        (Body::Short(quiz), Response::Short(answers)) => {
            for q in &quiz.questions {
                text(&mut lines, answers.get(&q.id).map_or("", String::as_str));
            }
        }
        (Body::Essay(_), Response::Essay(essay)) => text(&mut lines, essay),
        (
            Body::Report(report),
            Response::Report {
                cover,
                sections,
                decision,
            },
        ) => {
            for field in report.cover.iter().filter(|f| f.value.is_none()) {
                lines.push(
                    cover
                        .get(&field.id)
                        .cloned()
                        .unwrap_or_else(|| "Student".into()),
                );
            }
            if let Some(d) = &report.decision {
                lines.push(numbers(
                    decision
                        .as_deref()
                        .map(|id| position(&d.options, id, |o| &o.id)),
                ));
            }
            for s in &report.sections {
                text(&mut lines, sections.get(&s.id).map_or("", String::as_str));
            }
        }
        other => panic!("the perfect answer does not fit the kind: {other:?}"),
    }
    for q in &activity.follow_up {
        text(
            &mut lines,
            answer.follow_up.get(&q.id).map_or("", String::as_str),
        );
    }
    lines.push("y".into());
    lines.join("\n") + "\n"
}

#[test]
fn every_bundled_activity_can_be_done_in_plain_mode() {
    let unit = bundled();
    for activity in &unit.activities {
        let perfect = perfect_answer_with_sources(activity, &unit.sources);
        let input = typed(activity, &perfect);
        let mut output = Vec::new();
        let submission = {
            let mut io = Dialogue::new(input.as_bytes(), &mut output);
            run_activity(&unit, activity, &mut io).unwrap()
        };
        let output = String::from_utf8(output).unwrap();
        let submission =
            submission.unwrap_or_else(|| panic!("{} was not submitted:\n{output}", activity.id));
        // The dialogue collected exactly what was typed: the perfect answer, less the
        // teacher's marks, which a student cannot give.
        let mut expected = perfect.clone();
        expected.teacher = BTreeMap::new();
        if let (Response::Report { cover, .. }, Body::Report(r)) =
            (&mut expected.response, &activity.body)
        {
            for field in r.cover.iter().filter(|f| f.value.is_none()) {
                cover
                    .entry(field.id.clone())
                    .or_insert_with(|| "Student".into());
            }
        }
        assert_eq!(submission.answer, expected, "{}", activity.id);
        let auto_max = submission.score.max - submission.score.awaiting_teacher;
        assert!(
            (submission.score.marks - auto_max).abs() < 1e-9,
            "{}: {} of {} automatic marks\n{output}",
            activity.id,
            submission.score.marks,
            auto_max
        );
        assert!(output.contains(&format!(
            "Score: {} out of {}",
            fmt_marks(submission.score.marks),
            fmt_marks(activity.points)
        )));
    }
}

#[test]
fn a_wrong_number_is_asked_again_in_words() {
    let unit = bundled();
    let sort = unit
        .activities
        .iter()
        .find(|a| matches!(a.body, Body::Sort(_)))
        .unwrap();
    let input = "9\nx\n1\n";
    let mut output = Vec::new();
    let mut io = Dialogue::new(input.as_bytes(), &mut output);
    // Input ends early: nothing is submitted, and the student is told so.
    assert!(run_activity(&unit, sort, &mut io).unwrap().is_none());
    let output = String::from_utf8(output).unwrap();
    assert!(
        output.contains("`9` is not a number from 1 to 3. Try again."),
        "{output}"
    );
    assert!(
        output.contains("`x` is not a number from 1 to 3. Try again."),
        "{output}"
    );
    assert!(
        output.contains("Row 1: ticked Spreading revolution."),
        "{output}"
    );
    assert!(output.contains("nothing was submitted"), "{output}");
}

/// Where the unit's first `sort` activity is in its list.
fn first_sort(unit: &Unit) -> usize {
    unit.activities
        .iter()
        .position(|a| matches!(a.body, Body::Sort(_)))
        .expect("the bundled unit has a sort activity")
}

#[test]
fn the_binary_completes_the_sorting_activity_through_a_pipe() {
    let unit = bundled();
    let sort = first_sort(&unit);
    let activity = &unit.activities[sort];
    let input = format!(
        "{}\n{}q\n",
        sort + 1,
        typed(
            activity,
            &perfect_answer_with_sources(activity, &unit.sources)
        )
    );
    let data = tempfile::tempdir().unwrap();
    let out = Reaped::spawn(
        Command::new(env!("CARGO_BIN_EXE_classwork"))
            .args(["--plain", "--profile", "Pat"])
            .env("CLASSWORK_DATA_DIR", data.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped()),
    )
    .output_with(input.as_bytes());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let total = fmt_marks(activity.points);
    assert!(
        stdout.contains(&format!("Score: {total} out of {total}")),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("submitted, {total} of {total} marks")),
        "{stdout}"
    );
    // Plain mode draws nothing: no escape sequences, no box drawing.
    assert!(!stdout.contains('\u{1b}') && !stdout.contains('│') && !stdout.contains('┌'));
    assert!(stdout.ends_with("Goodbye.\n"));
}

/// A keeper that refuses its first `refusals` saves, as a database held by another
/// classwork would, then keeps what it is given (logging the activity ids).
struct Busy {
    refusals: usize,
    kept: Vec<String>,
}

impl Busy {
    fn keep(&mut self, activity: &Activity) -> Result<bool, String> {
        if self.refusals > 0 {
            self.refusals -= 1;
            return Err("the database is in use by another classwork".into());
        }
        self.kept.push(activity.id.clone());
        Ok(true)
    }
}

impl Keeper for Busy {
    fn resume(&mut self, _: &Activity) -> Option<Answer> {
        None
    }

    fn draft(&mut self, activity: &Activity, _: &Answer) -> Result<bool, String> {
        self.keep(activity)
    }

    fn submitted(&mut self, activity: &Activity, _: &Submission) -> Result<bool, String> {
        self.keep(activity)
    }
}

#[test]
fn a_submission_that_could_not_be_saved_waits_and_is_saved_before_the_end() {
    let unit = bundled();
    let sort = first_sort(&unit);
    let activity = &unit.activities[sort];
    let perfect = perfect_answer_with_sources(activity, &unit.sources);
    let input = format!("{}\n{}q\n", sort + 1, typed(activity, &perfect));
    // The save on submitting and the one tried on going back to the list are refused; the
    // one tried at the end goes through.
    let mut keeper = Busy {
        refusals: 2,
        kept: Vec::new(),
    };
    let mut output = Vec::new();
    let submitted = {
        let mut io = Dialogue::new(input.as_bytes(), &mut output);
        run_unit_kept(&unit, &mut io, &mut keeper).unwrap()
    };
    let output = String::from_utf8(output).unwrap();
    assert_eq!(submitted.len(), 1, "{output}");
    assert_eq!(keeper.kept, std::slice::from_ref(&activity.id), "{output}");
    let failed = output
        .find("Your answer could not be saved: the database is in use by another classwork")
        .unwrap_or_else(|| panic!("the save fails:\n{output}"));
    let total = fmt_marks(activity.points);
    let listed = format!(
        "{}. {} ({}), submitted, {total} of {total} marks, not saved yet",
        sort + 1,
        activity.title,
        activity.kind().name()
    );
    assert!(output[failed..].contains(&listed), "{output}");
    assert!(
        output.ends_with(&format!(
            "Your earlier answers to {} are now saved.\nGoodbye.\n",
            activity.title
        )),
        "{output}"
    );
    assert!(!output.contains("was not saved"), "{output}");
}
