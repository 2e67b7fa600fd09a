//! A report or essay exported as Markdown: the title page, every section under its heading
//! in the author's order, then the decision; from the library and from the command line.

use std::collections::BTreeMap;
use std::process::Command;

use classwork::activity::{Activity, Body, Unit};
use classwork::answer::sheet::{AnswerSheet, write_sheet};
use classwork::answer::{Answer, Response};
use classwork::export::{report_markdown, write_report};
use insta::assert_snapshot;

fn unit() -> Unit {
    classwork::bundled::default_unit().units.remove(0)
}

fn report(unit: &Unit) -> &Activity {
    unit.activity("report_to_stalin")
        .expect("the bundled report")
}

fn texts(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn answer() -> Answer {
    Answer {
        response: Response::Report {
            cover: texts(&[
                ("title", "Germany or the West?"),
                ("from", "A. Adviser, Narkomindel"),
            ]),
            sections: texts(&[
                (
                    "introduction",
                    "Comrade Stalin, war is coming over Poland.\n\nBoth sides want us.",
                ),
                (
                    "recommendations",
                    "Sign with *Germany* at once: 1. time, 2. land.",
                ),
            ]),
            decision: Some("germany".into()),
        },
        ..Answer::default()
    }
}

#[test]
fn the_report_reads_as_the_textbook_lays_it_out() {
    let unit = unit();
    let text = report_markdown(report(&unit), &answer()).expect("a report");
    assert_snapshot!(text);
}

#[test]
fn every_heading_comes_once_and_in_order() {
    let unit = unit();
    let a = report(&unit);
    let Body::Report(r) = &a.body else {
        panic!("a report")
    };
    let text = report_markdown(a, &Answer::default()).expect("a report");
    let mut at = 0;
    for s in &r.sections {
        let heading = format!("\n## {}\n", s.heading);
        let found = text[at..].find(&heading).map(|p| p + at);
        assert!(found.is_some(), "{heading:?} after byte {at} in\n{text}");
        at = found.unwrap_or(at) + heading.len();
    }
    assert!(text[at..].contains("## Decision"), "{text}");
    assert!(
        text.starts_with("# Report to Comrade Stalin, 10 August 1939\n"),
        "{text}"
    );
    assert!(
        text.contains("For: Comrade Stalin  \nDate: 10 August 1939"),
        "{text}"
    );
    assert!(text.contains("No decision made yet."), "{text}");
}

#[test]
fn essays_export_and_other_kinds_do_not() {
    let unit = unit();
    let essay = unit.activity("final_essay").expect("the bundled essay");
    let answer = Answer {
        response: Response::Essay("Stalin chose Germany.\n\nHitler was in a hurry.".into()),
        ..Answer::default()
    };
    let text = report_markdown(essay, &answer).expect("an essay");
    assert_eq!(
        text,
        "# Essay: why did Stalin choose Germany?\n\nStalin chose Germany.\n\nHitler was in a hurry.\n"
    );
    let sort = unit.activity("aims").expect("the bundled sort");
    assert!(report_markdown(sort, &Answer::default()).is_none());
}

#[test]
fn writing_replaces_the_file_whole() {
    let unit = unit();
    let dir = tempfile::tempdir().expect("a temp dir");
    let path = write_report(report(&unit), &answer(), &dir.path().join("out")).expect("written");
    assert_eq!(
        path.file_name().and_then(|n| n.to_str()),
        Some("report_to_stalin.md")
    );
    let first = std::fs::read_to_string(&path).expect("read");
    assert!(first.contains("## Introduction"), "{first}");
    write_report(report(&unit), &Answer::default(), &dir.path().join("out")).expect("again");
    let second = std::fs::read_to_string(&path).expect("read");
    assert!(second.contains("No decision made yet."), "{second}");
    let files = std::fs::read_dir(dir.path().join("out"))
        .expect("dir")
        .count();
    assert_eq!(files, 1, "no temporary file is left behind");
}

fn classwork(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_classwork"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .output()
        .expect("runs")
}

#[test]
fn the_command_line_prints_or_writes_the_markdown() {
    let unit = unit();
    let dir = tempfile::tempdir().expect("a temp dir");
    let sheet = dir.path().join("report.toml");
    let text = write_sheet(&AnswerSheet::new(report(&unit), answer()));
    std::fs::write(&sheet, text).expect("write the sheet");
    let sheet = sheet.to_str().expect("utf-8");
    let unit_dir = "activities/soviet-foreign-policy";

    let out = classwork(&["export", "report", unit_dir, sheet]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let printed = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(
        Some(printed.as_str()),
        report_markdown(report(&unit), &answer()).as_deref()
    );

    let file = dir.path().join("report.md");
    let file_arg = file.to_str().expect("utf-8");
    let out = classwork(&["export", "report", unit_dir, sheet, "--out", file_arg]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(std::fs::read_to_string(&file).expect("written"), printed);

    let aims = dir.path().join("aims.toml");
    let sort = unit.activity("aims").expect("the bundled sort");
    std::fs::write(
        &aims,
        write_sheet(&AnswerSheet::new(sort, Answer::default())),
    )
    .expect("write");
    let out = classwork(&["export", "report", unit_dir, aims.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not a report or an essay"), "{err}");

    let out = classwork(&["export", "report", unit_dir, "no-such-sheet.toml"]);
    assert_eq!(out.status.code(), Some(2));
}
