//! Marks a teacher would sign: answer sheets written as a clever student games the marking
//! (keyword lists, negations, pasted guidance, repetition, false friends) earn at most 20% of
//! the automatic marks; right answers in a student's own words earn at least 60%; and a
//! ladder of reports keeps a teacher's order. Each sheet in `fixtures/adversarial/` says in
//! its first comment line whether it is `gaming`, `paraphrase` or a rung of the `ladder`,
//! and the mark a teacher would give.

use std::path::Path;

use classwork::activity::Unit;
use classwork::answer::sheet::load_sheet;
use classwork::diagnostic::SourceFile;
use classwork::scoring::{Score, score_with_sources};

fn unit() -> Unit {
    classwork::bundled::default_unit().units.remove(0)
}

/// Marks given automatically, as a share of what can be given automatically.
fn share(score: &Score) -> f64 {
    let automatic = score.max - score.awaiting_teacher;
    score.marks / automatic
}

fn graded(unit: &Unit, name: &str) -> (String, Score) {
    let path = Path::new("tests/fixtures/adversarial").join(format!("{name}.toml"));
    let text = std::fs::read_to_string(&path).expect("the sheet");
    let category = text
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("# "))
        .and_then(|l| l.split(':').next())
        .expect("a first comment line giving the category")
        .to_string();
    let file = SourceFile::new(path.display().to_string(), text);
    let activities: Vec<_> = unit.activities.iter().collect();
    let mut diagnostics = Vec::new();
    let sheet = load_sheet(&file, &activities, &mut diagnostics)
        .unwrap_or_else(|| panic!("{name} loads: {diagnostics:#?}"));
    let activity = unit.activity(&sheet.activity).expect("the activity");
    (
        category,
        score_with_sources(activity, &sheet.answer, &unit.sources),
    )
}

fn names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir("tests/fixtures/adversarial")
        .expect("the fixtures")
        .filter_map(|e| {
            let path = e.ok()?.path();
            (path.extension()? == "toml").then(|| path.file_stem()?.to_str().map(String::from))?
        })
        .collect();
    names.sort();
    names
}

#[test]
fn gaming_earns_little_and_the_students_own_words_earn_most() {
    let unit = unit();
    let names = names();
    assert!(names.len() >= 10, "{names:?}");
    let mut wrong = Vec::new();
    for name in &names {
        let (category, score) = graded(&unit, name);
        let got = share(&score);
        let fair = match category.as_str() {
            "gaming" => got <= 0.2,
            "paraphrase" => got >= 0.6,
            "ladder" => true,
            other => panic!("{name}: unknown category {other:?}"),
        };
        if !fair {
            wrong.push(format!(
                "{name} ({category}): {:.0}%\n  {}",
                got * 100.0,
                score.explanation().join("\n  ")
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_ladder_of_reports_keeps_a_teachers_order() {
    let unit = unit();
    let share_of = |name: &str| share(&graded(&unit, name).1);
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
