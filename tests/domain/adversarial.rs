//! Marks a teacher would sign: answer sheets written as a clever student games the marking
//! (keyword lists, negations, pasted guidance, repetition, false friends) earn at most 20% of
//! the automatic marks; right answers in a student's own words, or misspelt, earn at least
//! 60%; and a ladder of reports keeps a teacher's order.
//!
//! Each sheet in `fixtures/adversarial/` answers the bundled unit; each in
//! `fixtures/adversarial/<subject>/` answers the unit in `fixtures/adversarial/units/<subject>/`.
//! A sheet's first comment line gives its category (`gaming`, `paraphrase` or a rung of the
//! `ladder`) and the mark a teacher would give, and the next comment lines why. The share is
//! taken over the tasks the sheet answers, or over those a `# tasks: a, b` line names (a
//! ranking whose order is not what is being tested, say).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use classwork::activity::Unit;
use classwork::answer::sheet::load_sheet;
use classwork::diagnostic::SourceFile;
use classwork::scoring::{Outcome, Score, score_with_sources};

const FIXTURES: &str = "tests/fixtures/adversarial";

fn bundled() -> Unit {
    classwork::bundled::default_unit().units.remove(0)
}

fn subject_unit(subject: &str) -> Unit {
    let dir = Path::new(FIXTURES).join("units").join(subject);
    let loaded = classwork::load::load_path(&dir);
    assert!(!loaded.has_errors(), "{subject}: {:#?}", loaded.diagnostics);
    loaded.into_unit(subject).expect("the unit")
}

/// Marks given automatically, as a share of what the whole activity gives automatically.
fn share(score: &Score) -> f64 {
    let automatic = score.max - score.awaiting_teacher;
    score.marks / automatic
}

/// Marks given automatically, as a share of what the tasks in scope give: those named, or
/// else those answered and marked automatically.
fn share_of_tasks(score: &Score, named: &[String]) -> f64 {
    let (mut marks, mut max) = (0.0, 0.0);
    for task in &score.tasks {
        let in_scope = if named.is_empty() {
            !matches!(
                task.outcome,
                Outcome::Unanswered | Outcome::AwaitingTeacher | Outcome::Unmarked
            )
        } else {
            named.iter().any(|n| **n == *task.id)
        };
        if in_scope {
            marks += task.marks;
            max += task.max;
        }
    }
    assert!(max > 0.0, "no task in scope among {:?}", score.tasks);
    marks / max
}

/// A sheet graded: its category, the tasks named, the activity's kind, and the score.
struct Graded {
    category: String,
    tasks: Vec<String>,
    kind: &'static str,
    follow_ups: bool,
    score: Score,
}

fn graded(unit: &Unit, path: &Path) -> Graded {
    let text = std::fs::read_to_string(path).expect("the sheet");
    let first = text.lines().next().unwrap_or_default();
    let category = first
        .strip_prefix("# ")
        .and_then(|l| l.split(':').next())
        .unwrap_or_else(|| {
            panic!(
                "{}: a first comment line giving the category",
                path.display()
            )
        })
        .to_string();
    assert!(
        first.contains("teacher would give")
            && text.lines().nth(1).is_some_and(|l| l.starts_with("# ")),
        "{}: the first comment line gives the mark a teacher would give, the next why",
        path.display()
    );
    let tasks = text
        .lines()
        .take_while(|l| l.starts_with('#'))
        .find_map(|l| l.strip_prefix("# tasks:"))
        .map(|l| l.split(',').map(|t| t.trim().to_string()).collect())
        .unwrap_or_default();
    let file = SourceFile::new(path.display().to_string(), text);
    let activities: Vec<_> = unit.activities.iter().collect();
    let mut diagnostics = Vec::new();
    let sheet = load_sheet(&file, &activities, &mut diagnostics)
        .unwrap_or_else(|| panic!("{} loads: {diagnostics:#?}", path.display()));
    let activity = unit.activity(&sheet.activity).expect("the activity");
    Graded {
        category,
        tasks,
        kind: activity.kind().name(),
        follow_ups: !sheet.answer.follow_up.is_empty(),
        score: score_with_sources(activity, &sheet.answer, &unit.sources),
    }
}

fn sheets_in(dir: &Path) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("the fixtures")
        .filter_map(|e| {
            let path = e.ok()?.path();
            (path.extension()? == "toml").then_some(path)
        })
        .collect();
    paths.sort();
    paths
}

/// Every sheet with the unit it answers.
fn all_sheets() -> Vec<(Unit, Vec<PathBuf>)> {
    let mut all = vec![(bundled(), sheets_in(Path::new(FIXTURES)))];
    let mut subjects: Vec<String> = std::fs::read_dir(Path::new(FIXTURES).join("units"))
        .expect("the units")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    subjects.sort();
    for subject in subjects {
        all.push((
            subject_unit(&subject),
            sheets_in(&Path::new(FIXTURES).join(&subject)),
        ));
    }
    all
}

#[test]
fn gaming_earns_little_and_the_students_own_words_earn_most() {
    let mut wrong = Vec::new();
    let mut count = 0;
    let mut covered: BTreeSet<(String, &'static str)> = BTreeSet::new();
    for (unit, paths) in all_sheets() {
        assert!(paths.len() >= 10, "{}: {paths:?}", unit.id);
        for path in paths {
            count += 1;
            let sheet = graded(&unit, &path);
            let got = share_of_tasks(&sheet.score, &sheet.tasks);
            covered.insert((sheet.category.clone(), sheet.kind));
            if sheet.follow_ups {
                covered.insert((sheet.category.clone(), "follow-up"));
            }
            let fair = match sheet.category.as_str() {
                "gaming" => got <= 0.2,
                "paraphrase" => got >= 0.6,
                "ladder" => true,
                other => panic!("{}: unknown category {other:?}", path.display()),
            };
            if !fair {
                wrong.push(format!(
                    "{} ({}): {:.0}%\n  {}",
                    path.display(),
                    sheet.category,
                    got * 100.0,
                    sheet.score.explanation().join("\n  ")
                ));
            }
        }
    }
    assert!(count >= 60, "{count} sheets");
    for category in ["gaming", "paraphrase"] {
        for kind in ["short", "grid", "follow-up", "essay", "rank", "report"] {
            assert!(
                covered.contains(&(category.to_string(), kind)),
                "no {category} sheet answers a {kind}: {covered:?}"
            );
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_ladder_of_reports_keeps_a_teachers_order() {
    let unit = bundled();
    let share_of = |name: &str| {
        let path = Path::new(FIXTURES).join(format!("{name}.toml"));
        share(&graded(&unit, &path).score)
    };
    let germany = share_of("strong-germany");
    let allies = share_of("strong-allies");
    let thin = share_of("thin");
    let stuffed = share_of("keyword-list");
    let one_line = share_of("one-line");
    assert!(
        (germany - allies).abs() <= 0.1,
        "the decision itself costs no marks: {germany} against {allies}"
    );
    assert!(germany.min(allies) > thin, "{germany} {allies} > {thin}");
    assert!(
        thin > stuffed.max(one_line),
        "{thin} > {stuffed}, {one_line}"
    );
    assert!(stuffed.max(one_line) <= 0.1, "{stuffed}, {one_line}");
}
