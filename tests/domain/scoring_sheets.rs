//! Answer sheets: every problem in a sheet is found at once, located, and explained; a
//! sheet that loads gives the answer it says.

use std::collections::BTreeMap;

use crate::common::activities::activity;
use classwork::activity::Activity;
use classwork::answer::sheet::{AnswerSheet, load_sheet, write_sheet};
use classwork::answer::{Answer, Response};
use classwork::diagnostic::{Diagnostic, Severity, SourceFile, Style, render};

fn sort() -> Activity {
    activity(
        r#"id = "aims"
kind = "sort"
title = "Aims"
instructions = "Tick."
[[columns]]
id = "revolution"
label = "Spreading revolution"
[[columns]]
id = "relations"
label = "Working relationships"
[[rows]]
id = "source_1"
text = "Lenin sweeps the world."
right = ["revolution"]
"#,
    )
}

fn essay() -> Activity {
    activity(
        r#"id = "essay"
kind = "essay"
title = "Essay"
instructions = "Why?"
[[rubric]]
id = "argument"
criterion = "Argument"
[[rubric.levels]]
points = 0
description = "None"
[[rubric.levels]]
points = 4
description = "Clear"
"#,
    )
}

/// Loads `text` against `activities`, returning the sheet and every diagnostic.
fn load(text: &str, activities: &[&Activity]) -> (Option<AnswerSheet>, Vec<Diagnostic>) {
    let file = SourceFile::new("sheet.toml", text);
    let mut diagnostics = Vec::new();
    let sheet = load_sheet(&file, activities, &mut diagnostics);
    for d in &diagnostics {
        let span = d.span.clone().expect("every problem has a place");
        assert!(span.end <= text.len(), "{d:?}");
        assert!(d.file.is_some(), "{d:?}");
    }
    (sheet, diagnostics)
}

fn codes(diagnostics: &[Diagnostic]) -> Vec<&str> {
    diagnostics.iter().map(|d| d.code).collect()
}

/// The text a diagnostic points at.
fn pointed(d: &Diagnostic) -> String {
    let file = d.file.as_ref().expect("a file");
    file.text[d.span.clone().expect("a span")].to_string()
}

#[test]
fn every_problem_is_reported_with_its_place() {
    let aims = sort();
    let text = format!(
        r#"schema_version = 1
student = "Ada"
activity = "aims"
activity_hash = "not-{hash}"
started = "yesterday"
[responses]
placements = {{ a = "b" }}
[responses.ticks]
sourse_1 = ["revolution"]
source_1 = ["revolutoin", "relations"]
[responses.evidence]
source_2 = "quoted"
[follow_up]
why = "Because."
[teacher]
argument = 3
"#,
        hash = aims.content_hash
    );
    let (sheet, diagnostics) = load(&text, &[&aims]);
    assert!(sheet.is_none());
    assert_eq!(
        codes(&diagnostics),
        [
            "stale-answer",
            "bad-time",
            "key-not-for-kind",
            "unknown-reference",
            "unknown-reference",
            "unknown-reference",
            "unknown-reference",
            "teacher-marks-in-sheet",
        ],
        "{diagnostics:#?}"
    );
    let by_place: Vec<(String, Option<&str>)> = diagnostics
        .iter()
        .map(|d| (pointed(d), d.help.as_deref()))
        .collect();
    assert_eq!(by_place[0].0, format!("\"not-{}\"", aims.content_hash));
    assert_eq!(diagnostics[0].severity, Severity::Warning);
    assert_eq!(
        diagnostics[0].message,
        "answered against an earlier version of the activity"
    );
    assert_eq!(by_place[1].0, "\"yesterday\"");
    assert_eq!(
        by_place[3],
        ("sourse_1".to_string(), Some("did you mean `source_1`?"))
    );
    assert_eq!(
        by_place[4],
        (
            "\"revolutoin\"".to_string(),
            Some("did you mean `revolution`?")
        )
    );
    assert_eq!(by_place[5].0, "source_2");
    assert_eq!(by_place[6].0, "why");
    assert_eq!(by_place[7].0, "[", "the `[teacher]` table");
    let shown = render(&diagnostics[3], Style::Plain);
    assert!(shown.contains("--> sheet.toml:9:1"), "{shown}");
    assert!(shown.contains("unknown row `sourse_1`"), "{shown}");
}

#[test]
fn a_stale_hash_alone_is_only_a_warning() {
    let aims = sort();
    let text = "schema_version = 1\nactivity = \"aims\"\nactivity_hash = \"0\"\n\
                [responses.ticks]\nsource_1 = [\"revolution\"]\n";
    let (sheet, diagnostics) = load(text, &[&aims]);
    assert_eq!(codes(&diagnostics), ["stale-answer"]);
    let sheet = sheet.expect("a warning does not stop the sheet");
    let Response::Sort { ticks, .. } = &sheet.answer.response else {
        panic!("a sort response: {:?}", sheet.answer.response);
    };
    assert_eq!(ticks["source_1"].len(), 1);
}

#[test]
fn an_unknown_activity_or_key_is_an_error() {
    let aims = sort();
    let (sheet, diagnostics) = load(
        "schema_version = 1\nactivity = \"aim\"\nactivity_hash = \"0\"\n",
        &[&aims],
    );
    assert!(sheet.is_none());
    assert_eq!(codes(&diagnostics), ["unknown-reference"]);
    assert_eq!(diagnostics[0].help.as_deref(), Some("did you mean `aims`?"));

    let (_, diagnostics) = load(
        "schema_version = 1\nactivity = \"aims\"\nactivity_hash = \"0\"\nstudnet = \"Ada\"\n",
        &[&aims],
    );
    assert_eq!(codes(&diagnostics), ["unknown-key"]);
    assert_eq!(
        diagnostics[0].help.as_deref(),
        Some("did you mean `student`?")
    );
}

#[test]
fn a_teacher_table_in_a_sheet_is_reported_and_not_read() {
    let essay = essay();
    let head = format!(
        "schema_version = 1\nactivity = \"essay\"\nactivity_hash = \"{}\"\n",
        essay.content_hash
    );
    // Whatever it holds — a mark in range, one above it, a word — it gives no marks.
    for marks in [
        "argument = 4",
        "argument = 40",
        "argument = \"full\"",
        "argumnet = 1",
    ] {
        let text = format!("{head}[responses]\ntext = \"Because.\"\n[teacher]\n{marks}\n");
        let (sheet, diagnostics) = load(&text, &[&essay]);
        assert_eq!(codes(&diagnostics), ["teacher-marks-in-sheet"], "{marks}");
        let d = &diagnostics[0];
        assert!(!d.is_error());
        assert_eq!(d.location().as_deref(), Some("sheet.toml:6:1"));
        let answer = sheet.expect("loads").answer;
        assert!(answer.teacher.is_empty(), "{marks}: {:?}", answer.teacher);
        assert_eq!(answer.response, Response::Essay("Because.".into()));
    }
}

/// The essay answered "Because.", with `marks` given in a marks file, read back for it.
fn marked(marks: &str, answer: &Answer) -> (BTreeMap<String, f64>, Vec<Diagnostic>) {
    use classwork::teacher::marks::{answer_digest, read};
    let essay = essay();
    let written = Answer {
        response: Response::Essay("Because.".into()),
        ..Answer::default()
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("marks.toml");
    let text = format!(
        "schema_version = 1\n\n[students.Ada.essay]\nanswer = \"{}\"\n\n[students.Ada.essay.marks]\n{marks}\n",
        answer_digest("essay", &written)
    );
    std::fs::write(&path, text).expect("write");
    let (file, mut diagnostics) = read(&path);
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    let given = file.of("ada", &essay, answer, &mut diagnostics);
    (given, diagnostics)
}

#[test]
fn teacher_marks_in_the_marks_file_must_fit_the_criteria() {
    let because = Answer {
        response: Response::Essay("Because.".into()),
        ..Answer::default()
    };
    let (given, diagnostics) = marked("argument = 5", &because);
    assert_eq!(codes(&diagnostics), ["mark-above-max"]);
    assert_eq!(pointed(&diagnostics[0]), "5");
    assert_eq!(diagnostics[0].label.as_deref(), Some("at most 4"));
    assert!(
        diagnostics[0]
            .location()
            .is_some_and(|l| l.ends_with("marks.toml:7:12"))
    );
    assert!(given.is_empty());
    let (_, diagnostics) = marked("argument = -1", &because);
    assert_eq!(codes(&diagnostics), ["bad-number"]);
    let (_, diagnostics) = marked("argumnet = 1", &because);
    assert_eq!(
        diagnostics[0].help.as_deref(),
        Some("did you mean `argument`?")
    );
    let (given, diagnostics) = marked("argument = 3", &because);
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    assert_eq!(given, BTreeMap::from([("argument".to_string(), 3.0)]));
    // Marks of another answer than the one handed in are not given, and that is said.
    let rewritten = Answer {
        response: Response::Essay("Because of Munich.".into()),
        ..Answer::default()
    };
    let (given, diagnostics) = marked("argument = 3", &rewritten);
    assert_eq!(codes(&diagnostics), ["answer-changed"]);
    assert_eq!(
        pointed(&diagnostics[0]).len(),
        18,
        "the digest is pointed at"
    );
    assert!(given.is_empty());
}

#[test]
fn each_kind_checks_its_own_ids() {
    let choice = activity(
        r#"id = "quiz"
kind = "choice"
title = "Quiz"
[[questions]]
id = "q1"
prompt = "Who?"
[[questions.options]]
id = "litvinov"
text = "Litvinov"
correct = true
[[questions.options]]
id = "molotov"
text = "Molotov"
"#,
    );
    let rank = activity(
        r#"id = "order"
kind = "timeline"
title = "Order"
instructions = "Order them."
[[events]]
id = "rapallo"
text = "Rapallo"
date = "1922"
[[events]]
id = "pact"
text = "Pact"
date = "1939"
"#,
    );
    let report = activity(
        r#"id = "report"
kind = "report"
title = "Report"
instructions = "Advise."
[[cover]]
id = "to"
label = "To"
value = "Stalin"
[[sections]]
id = "advice"
heading = "Advice"
[[sections.keywords]]
alternatives = ["Germany"]
[decision]
prompt = "Which?"
section = "advice"
[[decision.options]]
id = "germany"
label = "Germany"
[[decision.options]]
id = "allies"
label = "Allies"
"#,
    );
    let sheet = |a: &Activity, responses: &str| {
        format!(
            "schema_version = 1\nactivity = \"{}\"\nactivity_hash = \"{}\"\n[responses]\n{responses}",
            a.id, a.content_hash
        )
    };
    let cases: &[(&Activity, &str, &[&str])] = &[
        (
            &choice,
            "chosen = { q1 = [\"litvinov\", \"molotov\"], q2 = [\"x\"] }\n",
            &["too-many-choices", "unknown-reference"],
        ),
        (
            &choice,
            "chosen = { q1 = [\"molotof\"] }\n",
            &["unknown-reference"],
        ),
        (
            &rank,
            "order = [\"pact\", \"rapallo\", \"pact\", \"munich\"]\njustification = \"x\"\n",
            &["key-not-for-kind", "duplicate-item", "unknown-reference"],
        ),
        (
            &report,
            "decision = \"britain\"\n[responses.cover]\nto = \"Molotov\"\n[responses.sections]\nadvise = \"x\"\n",
            &["fixed-field", "unknown-reference", "unknown-reference"],
        ),
    ];
    for (a, responses, want) in cases {
        let (loaded, diagnostics) = load(&sheet(a, responses), &[*a]);
        assert!(loaded.is_none());
        assert_eq!(codes(&diagnostics), *want, "{responses}\n{diagnostics:#?}");
    }
    let (loaded, diagnostics) = load(
        &sheet(
            &report,
            "decision = \"germany\"\n[responses.sections]\nadvice = \"Berlin\"\n",
        ),
        &[&report],
    );
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    assert_eq!(
        loaded.expect("loads").answer.response,
        Response::Report {
            cover: BTreeMap::new(),
            sections: [("advice".to_string(), "Berlin".to_string())].into(),
            decision: Some("germany".into()),
        }
    );
}

#[test]
fn written_sheets_read_back_to_the_same_answer() {
    let aims = sort();
    let answer = Answer {
        response: Response::Sort {
            ticks: [("source_1".to_string(), ["revolution".to_string()].into())].into(),
            evidence: [(
                "source_1".to_string(),
                "“Lenin” sweeps\n\"the\" world\t\\ ''' \u{1b}".to_string(),
            )]
            .into(),
        },
        ..Answer::default()
    };
    let sheet = AnswerSheet {
        student: Some("Ada Lovelace".into()),
        started: Some("2026-11-21T10:00:00Z".into()),
        submitted: Some("2026-11-21T10:20:00+01:00".into()),
        ..AnswerSheet::new(&aims, answer)
    };
    let text = write_sheet(&sheet);
    assert!(
        text.starts_with("schema_version = 1\nstudent = \"Ada Lovelace\"\n"),
        "{text}"
    );
    let (back, diagnostics) = load(&text, &[&aims]);
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    assert_eq!(back, Some(sheet));
    // No response at all is the empty answer, and says so by leaving `[responses]` out.
    let empty = write_sheet(&AnswerSheet::new(&aims, Answer::default()));
    assert!(!empty.contains("responses"), "{empty}");
    assert_eq!(
        load(&empty, &[&aims]).0.map(|s| s.answer),
        Some(Answer::default())
    );
}

#[test]
fn the_documented_examples_load_against_the_bundled_unit() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let guide = std::fs::read_to_string(root.join("docs/answer-sheets.md")).expect("the guide");
    let mut loaded = classwork::load::load_path(&root.join("activities/soviet-foreign-policy"));
    let unit = loaded.units.remove(0);
    let activities: Vec<&Activity> = unit.activities.iter().collect();
    let mut lines = guide.lines();
    let mut examples = 0;
    while let Some(line) = lines.next() {
        if line.trim() != "```toml sheet" {
            continue;
        }
        let text: Vec<&str> = lines
            .by_ref()
            .take_while(|l| !l.starts_with("```"))
            .collect();
        let text = text.join("\n") + "\n";
        let (sheet, diagnostics) = load(&text, &activities);
        // The examples carry a made-up hash, so each warns that the activity has changed.
        assert_eq!(
            codes(&diagnostics),
            ["stale-answer"],
            "{text}\n{diagnostics:#?}"
        );
        let sheet = sheet.expect("the example loads");
        assert_ne!(sheet.answer.response, Response::Empty, "{text}");
        examples += 1;
    }
    assert_eq!(examples, 10, "an example for each kind");
}
