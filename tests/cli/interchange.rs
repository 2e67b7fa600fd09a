//! Questions in and out: GIFT, Aiken and Moodle XML samples import into units that load
//! with no problem; malformed files get located errors; Moodle XML and QTI exports carry
//! the questions, and a round trip through Moodle XML keeps them.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use classwork::diagnostic::{SourceFile, Style, render_all};
use classwork::interchange::{
    Answer, Format, Imported, Question, import, moodle_xml, qti, questions_of, unit_files,
    write_files,
};
use classwork::load::load_path;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/interchange")
        .join(name)
}

fn source(name: &str) -> Arc<SourceFile> {
    let path = fixture(name);
    let text = std::fs::read_to_string(&path).expect("fixture");
    SourceFile::new(format!("tests/fixtures/interchange/{name}"), text)
}

fn read(name: &str) -> Imported {
    let file = source(name);
    let format = Format::detect(&file.name, &file.text);
    import(&file, format).unwrap_or_else(|e| panic!("{}", render_all(&e, Style::Plain)))
}

/// Writes `questions` as a unit and loads it back, asserting it loads with no problem.
fn as_unit(dir: &Path, questions: &[Question]) -> Vec<classwork::activity::model::Activity> {
    write_files(dir, &unit_files("imported", "Imported", questions)).expect("writes");
    let loaded = load_path(dir);
    assert!(
        loaded.diagnostics.is_empty(),
        "{}",
        render_all(&loaded.diagnostics, Style::Plain)
    );
    loaded
        .units
        .into_iter()
        .flat_map(|u| u.activities)
        .collect()
}

/// What a question asks and how it is keyed, without its name or marks.
fn essence(questions: &[Question]) -> Vec<(String, Answer)> {
    questions
        .iter()
        .map(|q| (q.prompt.clone(), q.answer.clone()))
        .collect()
}

fn kinds(questions: &[Question]) -> Vec<&'static str> {
    questions
        .iter()
        .map(|q| match q.answer {
            Answer::Choice {
                multiple: false, ..
            } => "choice",
            Answer::Choice { multiple: true, .. } => "multiple",
            Answer::Short { .. } => "short",
            Answer::Matching { .. } => "matching",
            Answer::Ordering { .. } => "ordering",
            Answer::Essay => "essay",
        })
        .collect()
}

#[test]
fn gift_sample_imports_into_a_valid_unit() {
    let imported = read("railways.gift");
    assert_eq!(
        kinds(&imported.questions),
        [
            "choice", "multiple", "choice", "short", "matching", "essay", "choice"
        ]
    );
    let q = &imported.questions;
    assert_eq!(q[0].name.as_deref(), Some("Stockton"));
    let Answer::Choice { options, .. } = &q[1].answer else {
        panic!("a choice")
    };
    let weights: Vec<f64> = options.iter().map(|o| o.weight).collect();
    assert_eq!(weights, [0.5, 0.5, -1.0]);
    assert_eq!(options[2].feedback.as_deref(), Some("That came in 1846."));
    assert_eq!(
        q[3].answer,
        Answer::Short {
            accept: vec!["George Stephenson".into(), "Stephenson".into()]
        }
    );
    assert_eq!(
        q[6].prompt,
        "The line opened in {1830} between Liverpool and _____ ."
    );
    // The partly right short answer and the numerical question are reported, located.
    let report = render_all(&imported.dropped, Style::Plain);
    assert_eq!(imported.dropped.len(), 2, "{report}");
    assert!(report.contains("railways.gift:18:75"), "{report}");
    assert!(report.contains("railways.gift:28:26"), "{report}");
    let dir = tempfile::tempdir().expect("temp dir");
    let activities = as_unit(dir.path(), &imported.questions);
    let kinds: Vec<&str> = activities.iter().map(|a| a.kind().name()).collect();
    assert_eq!(kinds, ["choice", "short", "match", "essay", "choice"]);
}

#[test]
fn aiken_sample_imports_into_a_valid_unit() {
    let imported = read("railways.txt");
    assert!(imported.dropped.is_empty());
    assert_eq!(kinds(&imported.questions), ["choice", "choice"]);
    let Answer::Choice { options, .. } = &imported.questions[1].answer else {
        panic!("a choice")
    };
    assert_eq!(options.len(), 4);
    assert_eq!(options[1].text, "George and Robert Stephenson");
    assert_eq!(options[1].weight, 1.0);
    let dir = tempfile::tempdir().expect("temp dir");
    assert_eq!(as_unit(dir.path(), &imported.questions).len(), 1);
}

#[test]
fn moodle_sample_imports_into_a_valid_unit() {
    let imported = read("railways.xml");
    assert_eq!(
        kinds(&imported.questions),
        [
            "choice", "multiple", "choice", "short", "matching", "ordering", "essay"
        ]
    );
    let q = &imported.questions;
    assert_eq!(
        q[0].prompt,
        "Which was the first public railway to use steam locomotives?"
    );
    assert_eq!(q[0].points, 2.0);
    assert_eq!(q[0].feedback.as_deref(), Some("It opened in 1825."));
    let Answer::Choice { options, .. } = &q[0].answer else {
        panic!("a choice")
    };
    assert_eq!(options[0].text, "The Stockton & Darlington Railway");
    assert_eq!(
        q[5].answer,
        Answer::Ordering {
            items: vec![
                "Stockton and Darlington".into(),
                "Liverpool and Manchester".into(),
                "London and Birmingham".into()
            ]
        }
    );
    // Partial credit, the distractor of the matching and the numerical question.
    assert_eq!(imported.dropped.len(), 3);
    let dir = tempfile::tempdir().expect("temp dir");
    let activities = as_unit(dir.path(), q);
    let kinds: Vec<&str> = activities.iter().map(|a| a.kind().name()).collect();
    assert_eq!(kinds, ["choice", "short", "match", "rank", "essay"]);
}

#[test]
fn malformed_files_get_located_errors() {
    for (name, at, says) in [
        ("unclosed.gift", "unclosed.gift:4:31", "never closed"),
        (
            "bad-answer.txt",
            "bad-answer.txt:4:1",
            "`C` is not one of the options",
        ),
        ("bad-answer.txt", "bad-answer.txt:8:1", "expected an option"),
        (
            "unclosed.xml",
            "unclosed.xml:5:3",
            "expected `</questiontext>`",
        ),
    ] {
        let file = source(name);
        let errors = import(&file, Format::detect(&file.name, &file.text))
            .expect_err("a malformed file is refused");
        let shown = render_all(&errors, Style::Plain);
        assert!(shown.contains(at), "{name}: {shown}");
        assert!(shown.contains(says), "{name}: {shown}");
        assert!(shown.contains('^'), "the place is pointed at: {shown}");
    }
}

#[test]
fn gift_mistakes_are_errors_at_their_place() {
    for (text, at, says) in [
        (
            "Q? {=a ~b}\n\nQ2 {~a ~b}\n",
            "q.gift:3:5",
            "no answer earns full marks",
        ),
        ("::Name Q? {=a ~b}\n", "q.gift:1:1", "name is never closed"),
        ("Just a sentence\n", "q.gift:1:1", "no answer block"),
        ("Q? {=a -> b =c}\n", "q.gift:1:13", "has no `->`"),
        ("Q? {~%abc%a =b}\n", "q.gift:1:5", "a percentage"),
        ("Q? {=a} and {=b}\n", "q.gift:1:13", "second answer block"),
    ] {
        let file = SourceFile::new("q.gift", text);
        let errors = import(&file, Format::Gift).expect_err(text);
        let shown = render_all(&errors, Style::Plain);
        assert!(shown.contains(at), "{text:?}: {shown}");
        assert!(shown.contains(says), "{text:?}: {shown}");
    }
}

#[test]
fn moodle_round_trip_keeps_the_questions() {
    let first = read("railways.xml");
    let dir = tempfile::tempdir().expect("temp dir");
    let activities = as_unit(&dir.path().join("unit"), &first.questions);
    let exported = questions_of(&activities);
    assert!(exported.dropped.is_empty(), "{:?}", exported.dropped);
    let xml = moodle_xml::write(&exported.questions);
    let again = import(&SourceFile::new("again.xml", xml), Format::MoodleXml)
        .unwrap_or_else(|e| panic!("{}", render_all(&e, Style::Plain)));
    assert!(again.dropped.is_empty());
    assert_eq!(essence(&again.questions), essence(&first.questions));
    // And once more through a unit: nothing is lost the second time either.
    let second = as_unit(&dir.path().join("again"), &again.questions);
    assert_eq!(
        essence(&questions_of(&second).questions),
        essence(&first.questions)
    );
}

#[test]
fn gift_questions_survive_export_and_import() {
    let first = read("railways.gift");
    let dir = tempfile::tempdir().expect("temp dir");
    let activities = as_unit(dir.path(), &first.questions);
    let xml = moodle_xml::write(&questions_of(&activities).questions);
    let again = import(&SourceFile::new("again.xml", xml), Format::MoodleXml).expect("reads");
    assert_eq!(essence(&again.questions), essence(&first.questions));
}

/// The element names of an XML text, checking it is well formed.
fn elements(xml: &str) -> Vec<String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut names = Vec::new();
    loop {
        match reader.read_event().expect("well-formed XML") {
            quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e) => {
                names.push(String::from_utf8_lossy(e.name().as_ref()).into_owned());
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    names
}

#[test]
fn qti_package_lists_an_item_per_question() {
    let questions = read("railways.xml").questions;
    let files = qti::package(&questions);
    assert_eq!(files[0].0, "imsmanifest.xml");
    assert_eq!(files.len(), questions.len() + 1);
    let manifest = &files[0].1;
    for (path, text) in &files[1..] {
        assert!(manifest.contains(&format!("href=\"{path}\"")), "{path}");
        let names = elements(text);
        assert_eq!(names[0], "assessmentItem");
        assert!(names.contains(&"responseDeclaration".to_string()));
    }
    elements(manifest);
    let interaction = |i: usize| elements(&files[i + 1].1);
    assert!(interaction(0).contains(&"choiceInteraction".into()));
    assert!(interaction(3).contains(&"textEntryInteraction".into()));
    assert!(interaction(4).contains(&"matchInteraction".into()));
    assert!(interaction(5).contains(&"orderInteraction".into()));
    // An essay is extended text, left for manual marking: no response processing.
    let essay = interaction(6);
    assert!(essay.contains(&"extendedTextInteraction".into()));
    assert!(!essay.contains(&"responseProcessing".into()));
    assert!(
        files[1]
            .1
            .contains("<correctResponse><value>c1</value></correctResponse>")
    );
    assert!(files[1].1.contains("The Stockton &amp; Darlington Railway"));
}

fn classwork(args: &[&str], cwd: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_classwork"))
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .output()
        .expect("runs classwork")
}

#[test]
fn import_and_export_commands() {
    let dir = tempfile::tempdir().expect("temp dir");
    let gift = fixture("railways.gift");
    let out = classwork(&["import", gift.to_str().expect("utf-8")], dir.path());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("warning[not-carried-over]"), "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("imported 7 questions into railways"));
    let unit = dir.path().join("railways");
    assert!(load_path(&unit).diagnostics.is_empty());
    // A unit is never written over.
    let again = classwork(&["import", gift.to_str().expect("utf-8")], dir.path());
    assert_eq!(again.status.code(), Some(2));
    let xml = classwork(
        &["export", "moodle", "railways", "--out", "q.xml"],
        dir.path(),
    );
    assert!(
        xml.status.success(),
        "{}",
        String::from_utf8_lossy(&xml.stderr)
    );
    let text = std::fs::read_to_string(dir.path().join("q.xml")).expect("written");
    assert_eq!(text.matches("<question ").count(), 7);
    // An export is never written over a file.
    let twice = classwork(
        &["export", "moodle", "railways", "--out", "q.xml"],
        dir.path(),
    );
    assert_eq!(twice.status.code(), Some(2));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("q.xml")).expect("kept"),
        text
    );
    let pkg = classwork(&["export", "qti", "railways", "--out", "pkg"], dir.path());
    assert!(
        pkg.status.success(),
        "{}",
        String::from_utf8_lossy(&pkg.stderr)
    );
    assert!(dir.path().join("pkg/imsmanifest.xml").is_file());
    assert!(dir.path().join("pkg/item007.xml").is_file());
    let bad = classwork(
        &["import", fixture("unclosed.gift").to_str().expect("utf-8")],
        dir.path(),
    );
    assert_eq!(bad.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&bad.stderr);
    assert!(stderr.contains("unclosed.gift:4:31"), "{stderr}");
    assert!(!dir.path().join("unclosed").exists(), "nothing is written");
}
