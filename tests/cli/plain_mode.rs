//! The plain dialogue: every bundled activity done line by line, and the real binary over a
//! pipe.

use crate::common;

use std::collections::BTreeMap;
use std::io::Write;
use std::process::{Command, Stdio};

use classwork::activity::shuffle::shown_to;
use classwork::activity::{Activity, Body, QuestionAnswer, Unit};
use classwork::answer::{Answer, Response};
use classwork::plain::{Dialogue, Keeper, Submission, run_activity, run_unit_kept};
use classwork::scoring::perfect_answer_with_sources;
use classwork::store::Store;
use classwork::text::fmt_marks;
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
                let ticked = ticks.get(&*row.id).cloned().unwrap_or_default();
                lines.push(numbers(
                    ticked.iter().map(|c| position(&sort.columns, c, |l| &l.id)),
                ));
                if sort.require_evidence && !ticked.is_empty() {
                    lines.push(evidence.get(&*row.id).cloned().unwrap_or_default());
                }
            }
        }
        (Body::Categorize(c), Response::Categorize(placed)) => {
            for card in &c.cards {
                lines.push(numbers(
                    placed
                        .get(&*card.id)
                        .map(|b| position(&c.buckets, b, |l| &l.id)),
                ));
            }
        }
        (Body::Match(m), Response::Match(chosen)) => {
            for item in &m.items {
                lines.push(numbers(
                    chosen
                        .get(&*item.id)
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
                lines.push(cells.get(&cell.id()).cloned().unwrap_or_default());
            }
        }
        (Body::Choice(quiz), Response::Choice(chosen)) => {
            for q in &quiz.questions {
                let QuestionAnswer::Choice { options, .. } = &q.answer else {
                    continue;
                };
                let picked = chosen.get(&*q.id).cloned().unwrap_or_default();
                lines.push(numbers(
                    picked.iter().map(|o| position(options, o, |x| &x.id)),
                ));
            }
        }
        (Body::Short(quiz), Response::Short(answers)) => {
            for q in &quiz.questions {
                lines.push(answers.get(&*q.id).cloned().unwrap_or_default());
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
                        .get(&*field.id)
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
                text(&mut lines, sections.get(&*s.id).map_or("", String::as_str));
            }
        }
        other => panic!("the perfect answer does not fit the kind: {other:?}"),
    }
    for q in &activity.follow_up {
        text(
            &mut lines,
            answer.follow_up.get(&*q.id).map_or("", String::as_str),
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
        // Numbers are typed against the order the student is shown.
        let input = typed(&shown_to(activity, &unit.id, None, None), &perfect);
        let mut output = Vec::new();
        let submission = {
            let mut io = Dialogue::new(input.as_bytes(), &mut output);
            run_activity(&unit, activity, &mut io, None).unwrap()
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

/// The texts of a choice activity's options, question by question, as listed by `output`
/// (lines "  N. text" after each "Question N of M" line).
fn listed_options(output: &str) -> Vec<Vec<String>> {
    let mut questions: Vec<Vec<String>> = Vec::new();
    for line in output.lines() {
        if line.starts_with("Question ") && line.contains(" of ") && !line.contains(": chose") {
            questions.push(Vec::new());
        } else if let (Some(q), Some((n, text))) =
            (questions.last_mut(), line.trim().split_once(". "))
            && line.starts_with("  ")
            && n.parse::<usize>().is_ok()
        {
            q.push(text.to_string());
        }
    }
    questions
}

#[test]
fn plain_mode_shuffles_options_as_the_terminal_ui_does() {
    let unit = bundled();
    let mut right_not_first = 0;
    for seed in [None, Some(7), Some(8)] {
        for activity in unit.activities.iter().filter(|a| a.shuffle) {
            let Body::Choice(quiz) = &activity.body else {
                continue;
            };
            let mut output = Vec::new();
            {
                let input = "1\n".repeat(quiz.questions.len());
                let mut io = Dialogue::new(input.as_bytes(), &mut output);
                run_activity(&unit, activity, &mut io, seed).unwrap();
            }
            let output = String::from_utf8(output).unwrap();
            let Body::Choice(shown) = shown_to(activity, &unit.id, None, seed).body else {
                unreachable!("a choice activity is shown as one");
            };
            let expected: Vec<Vec<String>> = shown
                .questions
                .iter()
                .filter_map(|q| match &q.answer {
                    QuestionAnswer::Choice { options, .. } => {
                        Some(options.iter().map(|o| o.text.clone()).collect())
                    }
                    QuestionAnswer::Written { .. } => None,
                })
                .collect();
            assert_eq!(
                listed_options(&output),
                expected,
                "{}\n{output}",
                activity.id
            );
            for q in &shown.questions {
                if let QuestionAnswer::Choice { options, .. } = &q.answer {
                    right_not_first += usize::from(options[0].weight <= 0.0);
                }
            }
        }
    }
    assert!(
        right_not_first > 0,
        "with shuffle = true the right answer is sometimes not option 1"
    );
}

#[test]
fn a_shuffled_order_is_answered_by_what_was_chosen_not_where_it_stood() {
    let unit = bundled();
    let activity = unit
        .activities
        .iter()
        .find(|a| a.shuffle && matches!(a.body, Body::Rank(_) | Body::Timeline(_)))
        .expect("the bundled unit shuffles an order");
    for seed in [Some(1), Some(2), Some(3)] {
        let perfect = perfect_answer_with_sources(activity, &unit.sources);
        let shown = shown_to(activity, &unit.id, None, seed);
        let mut output = Vec::new();
        let submission = {
            let input = typed(&shown, &perfect);
            let mut io = Dialogue::new(input.as_bytes(), &mut output);
            run_activity(&unit, activity, &mut io, seed).unwrap()
        }
        .expect("submitted");
        assert_eq!(
            submission.answer.response, perfect.response,
            "seed {seed:?}"
        );
        // Typed against the file's order instead, the same numbers give another answer
        // whenever the shown order differs from it.
        if shown.body != activity.body {
            let mut output = Vec::new();
            let input = typed(activity, &perfect);
            let mut io = Dialogue::new(input.as_bytes(), &mut output);
            let other = run_activity(&unit, activity, &mut io, seed).unwrap();
            assert_ne!(
                other.map(|s| s.answer.response),
                Some(perfect.response.clone())
            );
        }
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
    assert!(run_activity(&unit, sort, &mut io, None).unwrap().is_none());
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
        run_unit_kept(&unit, &mut io, &mut keeper, None).unwrap()
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

/// Work submitted in plain mode is listed as submitted, with its marks, the next time
/// plain mode starts, as the terminal UI lists it.
#[test]
fn work_submitted_before_is_listed_as_submitted() {
    let unit = bundled();
    let (n, activity, questions) = (unit.activities.iter().enumerate())
        .find_map(|(n, a)| match &a.body {
            Body::Choice(quiz) => Some((n + 1, a, quiz.questions.len())),
            _ => None,
        })
        .expect("the unit has a quiz");
    let data = tempfile::tempdir().expect("a temp dir");
    let args = ["--plain", "--profile", "Dee"];
    let mut input = format!("{n}\n{}", "1\n".repeat(questions));
    input.push_str(&"An answer.\n.\n".repeat(activity.follow_up.len()));
    input.push_str("y\nq\n");
    let first = classwork(&args, data.path(), &input);
    let line = |output: &str| {
        let start = format!("  {n}. {} (", activity.title);
        output
            .lines()
            .rfind(|l| l.starts_with(&start))
            .map(str::to_string)
            .unwrap_or_else(|| panic!("{start:?} listed:\n{output}"))
    };
    let submitted = line(&first);
    assert!(submitted.contains("submitted, "), "{submitted}");
    let next = classwork(&args, data.path(), "q\n");
    assert_eq!(line(&next), submitted, "listed again as it was:\n{next}");
}

/// An activity file of a unit, opened on its own, is worked on as part of its unit: the
/// work is kept, and handed in, with the unit's.
#[test]
fn an_activity_file_of_a_unit_is_worked_on_as_part_of_the_unit() {
    let unit = bundled();
    let activity = unit.activity("comintern").expect("the Comintern quiz");
    let Body::Choice(quiz) = &activity.body else {
        panic!("a quiz")
    };
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("activities/soviet-foreign-policy/05-comintern.toml");
    let file = file.to_string_lossy().into_owned();
    let data = tempfile::tempdir().expect("a temp dir");
    let mut input = format!("1\n{}", "1\n".repeat(quiz.questions.len()));
    input.push_str(&"An answer.\n.\n".repeat(activity.follow_up.len()));
    input.push_str("y\nq\n");
    let shown = classwork(&[&file, "--plain", "--profile", "Dee"], data.path(), &input);
    assert!(
        shown.contains(&format!("classwork: {}", unit.title)),
        "{shown}"
    );
    assert!(
        shown.contains("  1. Lenin, Stalin and the Comintern (choice), submitted"),
        "{shown}"
    );
    let class = tempfile::tempdir().expect("a temp dir");
    let out = class.path().join("dee").to_string_lossy().into_owned();
    let exported = classwork(&["export", "answers", "--out", &out], data.path(), "");
    assert!(
        exported.contains("exported 1 sheet by Dee for `soviet-foreign-policy`"),
        "{exported}"
    );
    // The teacher may name the same file: the class is of its unit, with this activity.
    let class_dir = class.path().to_string_lossy().into_owned();
    let csv = classwork(
        &["class", &class_dir, "--unit", &file, "--format", "csv"],
        data.path(),
        "",
    );
    let mut lines = csv.lines();
    assert_eq!(
        lines
            .next()
            .map(|l| l.split(',').take(3).collect::<Vec<_>>()),
        Some(vec!["Student", "comintern", "Total"]),
        "{csv}"
    );
    assert!(lines.next().is_some_and(|l| l.starts_with("Dee,")), "{csv}");
}

/// Runs classwork with `args`, `input` on stdin and its data in `data`; its stdout, after
/// checking it succeeded.
fn classwork(args: &[&str], data: &std::path::Path, input: &str) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_classwork"))
        .args(args)
        .env("CLASSWORK_DATA_DIR", data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("classwork starts");
    let mut stdin = child.stdin.take().expect("its stdin");
    // Written from another thread: the answer is larger than a pipe holds, and classwork
    // writes its prompts as it reads.
    let input = input.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().expect("classwork ends");
    writer
        .join()
        .expect("the input is written")
        .expect("classwork reads its input");
    let stdout = String::from_utf8(out.stdout).expect("UTF-8");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{args:?}\n{stdout}\n{stderr}");
    stdout
}

/// An essay typed longer than an answer may be is cut to the limit in plain mode, with a
/// message saying so; exported and read by the teacher, it is marked, not refused.
#[test]
fn an_essay_over_the_limit_is_cut_where_it_is_typed_and_still_marked() {
    let temp = tempfile::tempdir().unwrap();
    let unit = temp.path().join("unit");
    std::fs::create_dir(&unit).unwrap();
    std::fs::write(
        unit.join("unit.toml"),
        "schema_version = 1\nid = \"e\"\ntitle = \"E\"\nactivities = [\"essay.toml\"]\n",
    )
    .unwrap();
    std::fs::write(
        unit.join("essay.toml"),
        "schema_version = 1\nid = \"essay\"\nkind = \"essay\"\ntitle = \"Essay\"\npoints = 1\n\
         instructions = \"Write\"\nmodel_answer = \"Model\"\n\n\
         [[keywords]]\nid = \"trade\"\nalternatives = [\"trade\"]\nfound = \"Found\"\nmissed = \"Missed\"\n",
    )
    .unwrap();
    // 150 lines of 1,000 characters: 150,149 with the line breaks. Each is a sentence (a
    // word or two alone on each line, with or without "the", would read as a list).
    let lines: Vec<String> = (0..150)
        .map(|_| format!("it is the trade {}", "x".repeat(984)))
        .collect();
    let input = format!("1\n{}\n.\ny\nq\n", lines.join("\n"));
    let data = temp.path().join("data");
    let unit_arg = unit.to_string_lossy();
    let said = classwork(&["--plain", "--profile", "Pat", &unit_arg], &data, &input);
    assert!(
        said.contains(
            "An answer may have at most 100,000 characters, and this one had 150,149: \
             the first 100,000 are kept, the last 50,149 left out."
        ),
        "{}",
        said.chars().filter(|c| *c != 'x').collect::<String>()
    );
    let class = temp.path().join("class");
    let out_arg = class.join("pat");
    classwork(
        &[
            "export",
            "answers",
            "--unit",
            "e",
            "--out",
            &out_arg.to_string_lossy(),
        ],
        &data,
        "",
    );
    let report = classwork(
        &[
            "class",
            &class.to_string_lossy(),
            "--unit",
            &unit_arg,
            "--format",
            "json",
        ],
        &data,
        "",
    );
    let json: serde_json::Value = serde_json::from_str(&report).unwrap();
    assert_eq!(json["problems"]["errors"], 0, "{report}");
    assert_eq!(json["students"][0]["student"], "Pat", "{report}");
    assert_eq!(json["students"][0]["total"], 1.0, "{report}");
    let sheet = std::fs::read_to_string(class.join("pat/essay.toml")).unwrap();
    let sheet: toml::Table = toml::from_str(&sheet).unwrap();
    let essay = sheet["responses"]["text"].as_str().unwrap();
    assert_eq!(essay.chars().count(), 100_000);
    assert!(lines.concat().starts_with(&essay.replace('\n', "")));
}

/// A keeper holding an answer from before, and keeping the drafts it is given.
struct KeptBefore {
    before: Option<Answer>,
    drafts: Vec<Answer>,
}

impl Keeper for KeptBefore {
    fn resume(&mut self, _: &Activity) -> Option<Answer> {
        self.before.take()
    }

    fn draft(&mut self, _: &Activity, answer: &Answer) -> Result<bool, String> {
        self.drafts.push(answer.clone());
        Ok(true)
    }

    fn submitted(&mut self, _: &Activity, _: &Submission) -> Result<bool, String> {
        Ok(true)
    }
}

/// A section kept from before the limit held, longer than an answer may be, is cut to the
/// limit when the report is opened again, and the student is told how much was kept.
#[test]
fn a_kept_text_over_the_limit_is_reported_and_cut_when_resumed() {
    let unit = bundled();
    let (index, report) = unit
        .activities
        .iter()
        .enumerate()
        .find_map(|(i, a)| match &a.body {
            Body::Report(r) => Some((i, r)),
            _ => None,
        })
        .expect("the bundled unit has a report");
    let section = report.sections[0].id.to_string();
    let long = "word ".repeat(30_000);
    let before = Answer {
        response: Response::Report {
            cover: BTreeMap::new(),
            sections: BTreeMap::from([(section.clone(), long.clone())]),
            decision: None,
        },
        ..Answer::default()
    };
    let mut keeper = KeptBefore {
        before: Some(before),
        drafts: Vec::new(),
    };
    let input = format!("{}\n", index + 1);
    let mut output = Vec::new();
    {
        let mut io = Dialogue::new(input.as_bytes(), &mut output);
        run_unit_kept(&unit, &mut io, &mut keeper, None).unwrap();
    }
    let output = String::from_utf8(output).unwrap();
    assert!(
        output.contains(
            "A text of the answer kept from before is too long. An answer may have at most \
             100,000 characters, and this one had 150,000: the first 100,000 are kept, the last \
             50,000 left out."
        ),
        "{output}"
    );
    let Some(Answer {
        response: Response::Report { sections, .. },
        ..
    }) = keeper.drafts.last()
    else {
        panic!("the report is kept as a draft: {output}");
    };
    assert_eq!(sections[&section], long[..100_000]);
}

/// The first activity of `unit` with a body `is`, and its place in the list (from 1).
fn first(unit: &Unit, is: impl Fn(&Body) -> bool) -> (usize, &Activity) {
    unit.activities
        .iter()
        .enumerate()
        .find(|(_, a)| is(&a.body))
        .map(|(i, a)| (i + 1, a))
        .expect("the bundled unit has one")
}

/// A short answer ends with Enter: the next question is asked straight after one line.
#[test]
fn a_one_line_answer_ends_with_enter() {
    let unit = bundled();
    let (_, short) = first(
        &unit,
        |b| matches!(b, Body::Short(q) if q.questions.len() > 1),
    );
    let Body::Short(quiz) = &short.body else {
        unreachable!()
    };
    let input = "Alpha\nBravo\n";
    let mut output = Vec::new();
    {
        let mut io = Dialogue::new(input.as_bytes(), &mut output);
        run_activity(&unit, short, &mut io, None).unwrap();
    }
    let output = String::from_utf8(output).unwrap();
    assert!(
        output.contains("Answer to question 1 recorded."),
        "{output}"
    );
    assert!(
        output.contains("Answer to question 2 recorded."),
        "{output}"
    );
    assert!(
        output.contains(&format!("Question 2 of {}", quiz.questions.len())),
        "{output}"
    );
}

/// Opened again, an activity shows each saved answer, and Enter keeps it: a one-line
/// answer, and a written one of several lines.
#[test]
fn resuming_shows_the_saved_answers_and_enter_keeps_them() {
    let unit = bundled();
    let (index, short) = first(
        &unit,
        |b| matches!(b, Body::Short(q) if q.questions.len() > 1),
    );
    let Body::Short(quiz) = &short.body else {
        unreachable!()
    };
    let (q1, q2) = (
        quiz.questions[0].id.to_string(),
        quiz.questions[1].id.to_string(),
    );
    let before = Answer {
        response: Response::Short(BTreeMap::from([
            (q1.clone(), "Kept one".to_string()),
            (q2.clone(), "Kept two".to_string()),
        ])),
        ..Answer::default()
    };
    let mut keeper = KeptBefore {
        before: Some(before),
        drafts: Vec::new(),
    };
    // Enter keeps the first, a new line replaces the second.
    let input = format!("{index}\n\nNew two\n");
    let mut output = Vec::new();
    {
        let mut io = Dialogue::new(input.as_bytes(), &mut output);
        run_unit_kept(&unit, &mut io, &mut keeper, None).unwrap();
    }
    let output = String::from_utf8(output).unwrap();
    assert!(output.contains("Saved answer: Kept one"), "{output}");
    assert!(
        output.contains("press Enter to keep the saved one"),
        "{output}"
    );
    let Some(Answer {
        response: Response::Short(texts),
        ..
    }) = keeper.drafts.last()
    else {
        panic!("the answers are kept as a draft: {output}");
    };
    assert_eq!(texts[&q1], "Kept one");
    assert_eq!(texts[&q2], "New two");

    let (index, essay) = first(&unit, |b| matches!(b, Body::Essay(_)));
    let before = Answer {
        response: Response::Essay("First line\nSecond line".into()),
        ..Answer::default()
    };
    let mut keeper = KeptBefore {
        before: Some(before),
        drafts: Vec::new(),
    };
    let input = format!("{index}\n\n");
    let mut output = Vec::new();
    {
        let mut io = Dialogue::new(input.as_bytes(), &mut output);
        run_unit_kept(&unit, &mut io, &mut keeper, None).unwrap();
    }
    let output = String::from_utf8(output).unwrap();
    assert!(output.contains("  Second line"), "{output}");
    assert!(
        output.contains(&format!("{} recorded", "Essay")),
        "{output}"
    );
    let Some(Answer {
        response: Response::Essay(text),
        ..
    }) = keeper.drafts.last()
    else {
        panic!("the essay is kept as a draft: {output}");
    };
    assert_eq!(text, "First line\nSecond line", "{}\n{output}", essay.id);
}

/// Opened again, the kinds that choose show what was saved and Enter keeps it; `0` clears
/// a saved choice. Before, Enter replaced a saved tick with "ticked nothing".
#[test]
fn resuming_keeps_saved_choices_ticks_and_orders_on_enter() {
    let unit = bundled();
    for (index, activity) in unit.activities.iter().enumerate() {
        let kind_chooses = matches!(
            activity.body,
            Body::Sort(_)
                | Body::Categorize(_)
                | Body::Match(_)
                | Body::Rank(_)
                | Body::Timeline(_)
                | Body::Choice(_)
        );
        if !kind_chooses {
            continue;
        }
        let perfect = perfect_answer_with_sources(activity, &unit.sources);
        let saved = Answer {
            follow_up: BTreeMap::new(),
            ..perfect.clone()
        };
        let mut keeper = KeptBefore {
            before: Some(saved.clone()),
            drafts: Vec::new(),
        };
        // Enter at every question (and a justification or quote kept the same way).
        let input = format!("{}\n{}", index + 1, "\n".repeat(200));
        let mut output = Vec::new();
        {
            let mut io = Dialogue::new(input.as_bytes(), &mut output);
            run_unit_kept(&unit, &mut io, &mut keeper, None).unwrap();
        }
        let output = String::from_utf8(output).unwrap();
        assert!(output.contains("Saved: "), "{}: {output}", activity.id);
        assert!(
            !output.contains("ticked nothing"),
            "{}: {output}",
            activity.id
        );
        let kept = keeper
            .drafts
            .iter()
            .rev()
            .find(|d| d.response != Answer::default().response)
            .unwrap_or_else(|| panic!("{}: a draft is kept: {output}", activity.id));
        assert_eq!(kept.response, saved.response, "{}: {output}", activity.id);
    }

    // `0` clears a saved choice.
    let (index, choice) = first(&unit, |b| matches!(b, Body::Choice(_)));
    let mut keeper = KeptBefore {
        before: Some(perfect_answer_with_sources(choice, &unit.sources)),
        drafts: Vec::new(),
    };
    let input = format!("{index}\n0\n{}", "\n".repeat(50));
    let mut output = Vec::new();
    {
        let mut io = Dialogue::new(input.as_bytes(), &mut output);
        run_unit_kept(&unit, &mut io, &mut keeper, None).unwrap();
    }
    let output = String::from_utf8(output).unwrap();
    assert!(output.contains("Question 1: chose nothing."), "{output}");
}

/// Review in plain mode: after a hand-in with mistakes, `r` asks the missed tasks one at a
/// time, each alone, marks it at once, keeps it as practice, and never changes the hand-in.
#[test]
fn review_asks_one_missed_task_at_a_time_and_keeps_the_hand_in() {
    let unit = bundled();
    let (n, activity) = first(&unit, |b| matches!(b, Body::Choice(_)));
    let Body::Choice(quiz) = &activity.body else {
        unreachable!("chosen as a choice activity");
    };
    let data = tempfile::tempdir().unwrap();
    let args = ["--plain", "--profile", "Ann"];
    // The hand-in: option 1 everywhere, follow-ups in a few words.
    let mut input = format!("{n}\n");
    input += &"1\n".repeat(quiz.questions.len());
    input += &"Lenin wanted peace\n.\n".repeat(activity.follow_up.len());
    input += "y\nq\n";
    let first_run = classwork(&args, data.path(), &input);
    assert!(first_run.contains("Score:"), "{first_run}");
    let hand_in = |store: &Store| {
        let ann = store.profile("Ann").unwrap();
        store.attempts(&ann, &unit.id, &activity.id).unwrap()
    };
    let before = hand_in(&Store::open_in(data.path()).unwrap());
    assert_eq!(before.len(), 1);

    // Two reviews, each left unanswered (Enter), then stop.
    let out = classwork(&args, data.path(), "r\n\n\n\nq\nq\n");
    assert!(out.contains("  r. Review:"), "{out}");
    let reviews: Vec<&str> = out.lines().filter(|l| l.starts_with("Review ")).collect();
    assert_eq!(reviews.len(), 2, "{out}");
    assert!(reviews[0].starts_with("Review 1 · ") && reviews[1].starts_with("Review 2 · "));
    // Each review asks one task alone, and says at once how it went.
    assert_eq!(out.matches("of 1: ").count(), 2, "{out}");
    assert_eq!(
        out.matches("your hand-in stays as it was").count(),
        2,
        "{out}"
    );
    assert!(out.contains("Not yet: it comes back soon"), "{out}");

    let after = hand_in(&Store::open_in(data.path()).unwrap());
    assert_eq!(after.len(), 3, "two practice attempts after the hand-in");
    assert_eq!(after[0], before[0], "the hand-in is unchanged");
    assert!(after[1..].iter().all(|a| a.practice));
    // The queue moved on: the task reviewed first is not asked again straight away.
    let asked: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with("Question 1 of 1: "))
        .collect();
    assert_ne!(asked[0], asked[1], "{out}");
}

/// With nothing kept to review, plain mode offers no review.
#[test]
fn review_is_offered_only_when_something_is_due() {
    let data = tempfile::tempdir().unwrap();
    let out = classwork(&["--plain", "--profile", "Bo"], data.path(), "q\n");
    assert!(!out.contains("r. Review"), "{out}");
    assert!(
        out.contains("Type an activity number, or q to quit."),
        "{out}"
    );
}

/// Work submitted on the teacher's computer (plain mode here; a class served over SSH
/// keeps it the same way) is read by `classwork class --from-store` as a class folder:
/// each student's hand-in, practice left out, and again after more is submitted.
#[test]
fn the_class_report_reads_the_work_kept_in_the_progress_database() {
    let unit = bundled();
    let (n, activity) = first(&unit, |b| matches!(b, Body::Choice(_)));
    let Body::Choice(quiz) = &activity.body else {
        unreachable!("chosen as a choice activity");
    };
    let data = tempfile::tempdir().expect("a temporary folder");
    let mut input = format!("{n}\n");
    input += &"1\n".repeat(quiz.questions.len());
    input += &"Lenin wanted peace\n.\n".repeat(activity.follow_up.len());
    input += "y\nq\n";
    for student in ["Ann Smith", "Bo"] {
        classwork(&["--plain", "--profile", student], data.path(), &input);
    }
    let class = tempfile::tempdir().expect("a temporary folder");
    let dir = class.path().join("hand-ins");
    let dir_arg = dir.to_str().expect("a UTF-8 path");
    let args = ["class", dir_arg, "--from-store", "--format", "csv"];
    let report = classwork(&args, data.path(), "");
    assert!(
        report.contains("Ann Smith") && report.contains("Bo"),
        "{report}"
    );
    assert!(dir.join("ann-smith").join("handin.toml").is_file());
    assert!(dir.join("bo").join("handin.toml").is_file());
    // Again, with the same folder: brought up to date, not doubled.
    let again = classwork(&args, data.path(), "");
    assert_eq!(
        again.matches("Ann Smith").count(),
        report.matches("Ann Smith").count()
    );
    assert!(!dir.join("ann-smith-2").exists());
}
