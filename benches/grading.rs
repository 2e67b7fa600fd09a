//! How long classwork takes to grade answer sheets.
//!
//! `grade_1000_sheets` reads, parses, checks and scores 1,000 answer sheets against the
//! bundled unit, as `classwork grade` does for its table (target: under 100 ms): marks and
//! outcomes, no words of explanation. `grade_1000_sheets_explained` does the same with every
//! score explained, as `classwork grade --format json` does. The sheets go round the unit's
//! activities, a third perfect, a third half right and a third empty; they are written once
//! with `write_sheet` to a temporary folder before the benchmarks run. `score_1000_answers`
//! scores the same answers already loaded and explained, to show what scoring alone costs.
//!
//! Run with `cargo bench --bench grading`; figures are recorded in BENCHMARKS.md.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::OnceLock;

use classwork::activity::{Activity, Unit};
use classwork::answer::sheet::{AnswerSheet, load_sheet, write_sheet};
use classwork::answer::{Answer, Response};
use classwork::load::{Disk, Files};
use classwork::scoring::{
    Detail, Score, perfect_answer_with_sources, score_with_detail, score_with_sources,
};

/// The program's own allocator (see `src/main.rs`), so the figures are those of `classwork
/// grade`.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const SHEETS: usize = 1000;

/// The bundled unit and the paths of the sheets written for it.
static SETUP: OnceLock<(Unit, Vec<PathBuf>)> = OnceLock::new();

/// Every other entry of a map kept.
fn halved<V: Clone>(map: &BTreeMap<String, V>) -> BTreeMap<String, V> {
    map.iter()
        .step_by(2)
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// The first half of the words of a text.
fn half_text(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    words[..words.len() / 2].join(" ")
}

/// A perfect answer with half of it taken away.
fn half_right(perfect: Answer) -> Answer {
    let response = match perfect.response {
        Response::Sort { ticks, evidence } => Response::Sort {
            ticks: halved(&ticks),
            evidence: halved(&evidence),
        },
        Response::Categorize(placed) => Response::Categorize(halved(&placed)),
        Response::Match(chosen) => Response::Match(halved(&chosen)),
        Response::Order {
            mut order,
            justification,
        } => {
            order.reverse();
            Response::Order {
                order,
                justification: half_text(&justification),
            }
        }
        Response::Grid(cells) => Response::Grid(
            cells
                .iter()
                .map(|(k, v)| (k.clone(), half_text(v)))
                .collect(),
        ),
        Response::Choice(chosen) => Response::Choice(halved(&chosen)),
        Response::Short(answers) => Response::Short(halved(&answers)),
        Response::Essay(text) => Response::Essay(half_text(&text)),
        Response::Report {
            cover,
            sections,
            decision,
        } => Response::Report {
            cover,
            sections: sections
                .iter()
                .map(|(k, v)| (k.clone(), half_text(v)))
                .collect(),
            decision,
        },
        Response::Empty => Response::Empty,
    };
    Answer {
        response,
        follow_up: halved(&perfect.follow_up),
        teacher: halved(&perfect.teacher),
    }
}

/// The answer of sheet number `n`: perfect, half right or empty, by turns.
fn answer_for(n: usize, activity: &Activity, unit: &Unit) -> Answer {
    let perfect = perfect_answer_with_sources(activity, &unit.sources);
    match n % 3 {
        0 => perfect,
        1 => half_right(perfect),
        _ => Answer::default(),
    }
}

fn main() {
    let unit = classwork::bundled::default_unit()
        .units
        .pop()
        .expect("the bundled unit loads");
    let temp = tempfile::tempdir().expect("a temporary folder");
    let mut paths = Vec::with_capacity(SHEETS);
    for n in 0..SHEETS {
        let activity = &unit.activities[n % unit.activities.len()];
        let sheet = AnswerSheet {
            student: Some(format!("Student {n}")),
            submitted: Some("2026-11-21T10:20:00Z".into()),
            ..AnswerSheet::new(
                activity,
                answer_for(n / unit.activities.len(), activity, &unit),
            )
        };
        let path = temp.path().join(format!("{n:04}.toml"));
        std::fs::write(&path, write_sheet(&sheet)).expect("writable");
        paths.push(path);
    }
    assert_eq!(
        grade(&unit, &paths, Detail::MarksOnly).len(),
        SHEETS,
        "every sheet loads"
    );
    SETUP.get_or_init(|| (unit, paths));
    divan::main();
    drop(temp);
}

/// Reads, checks and scores each sheet, as `classwork grade` does, with as much of each
/// score's explanation as `detail` asks for.
fn grade(unit: &Unit, paths: &[PathBuf], detail: Detail) -> Vec<Score> {
    let activities: Vec<&Activity> = unit.activities.iter().collect();
    paths
        .iter()
        .filter_map(|path| {
            let file = Disk.read(path).ok()?;
            let mut diagnostics = Vec::new();
            let sheet = load_sheet(&file, &activities, &mut diagnostics)?;
            let activity = unit.activity(&sheet.activity)?;
            Some(score_with_detail(
                activity,
                &sheet.answer,
                &unit.sources,
                detail,
            ))
        })
        .collect()
}

/// Reads, parses, checks and scores 1,000 sheets, marks only, as the table is printed.
#[divan::bench(sample_count = 30)]
fn grade_1000_sheets() -> Vec<Score> {
    let (unit, paths) = SETUP.get().expect("set up in main");
    grade(unit, paths, Detail::MarksOnly)
}

/// Reads, parses, checks and scores 1,000 sheets, each score explained, as for JSON.
#[divan::bench(sample_count = 30)]
fn grade_1000_sheets_explained() -> Vec<Score> {
    let (unit, paths) = SETUP.get().expect("set up in main");
    grade(unit, paths, Detail::Explained)
}

/// Scores 1,000 answers already in memory.
#[divan::bench(sample_count = 30)]
fn score_1000_answers(bencher: divan::Bencher) {
    let (unit, _) = SETUP.get().expect("set up in main");
    let answers: Vec<(&Activity, Answer)> = (0..SHEETS)
        .map(|n| {
            let activity = &unit.activities[n % unit.activities.len()];
            (
                activity,
                answer_for(n / unit.activities.len(), activity, unit),
            )
        })
        .collect();
    bencher.bench(|| {
        answers
            .iter()
            .map(|(a, answer)| score_with_sources(a, answer, &unit.sources))
            .collect::<Vec<Score>>()
    });
}
