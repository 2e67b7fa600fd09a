//! The bundled unit: it validates clean, every source is used, and a perfect answer sheet
//! for each activity, written and read back, scores full marks.

use std::path::Path;

use classwork::activity::Kind;
use classwork::answer::sheet::{AnswerSheet, load_sheet, write_sheet};
use classwork::diagnostic::{SourceFile, Style, render_all};
use classwork::load::load_path;
use classwork::scoring::{perfect_answer_with_sources, score_with_sources};

const UNIT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/activities/soviet-foreign-policy"
);

#[test]
fn the_unit_on_disk_validates_with_no_warnings() {
    let loaded = load_path(Path::new(UNIT));
    assert!(
        loaded.diagnostics.is_empty(),
        "{}",
        render_all(&loaded.diagnostics, Style::Plain)
    );
    assert_eq!(loaded.units.len(), 1);
}

#[test]
fn the_copy_in_the_binary_is_the_unit_on_disk() {
    let embedded = classwork::bundled::default_unit();
    let disk = load_path(Path::new(UNIT));
    assert!(
        embedded.diagnostics.is_empty(),
        "{}",
        render_all(&embedded.diagnostics, Style::Plain)
    );
    assert_eq!(embedded.units, disk.units);
}

#[test]
fn every_kind_is_shown_and_every_source_used() {
    let loaded = load_path(Path::new(UNIT));
    let unit = &loaded.units[0];
    for kind in Kind::ALL {
        assert!(
            unit.activities.iter().any(|a| a.kind() == kind),
            "no `{}` activity",
            kind.name()
        );
    }
    assert!(
        unit.activities.len() >= 14,
        "the unit has {} activities",
        unit.activities.len()
    );
    for source in &unit.sources {
        assert!(
            unit.activities
                .iter()
                .any(|a| a.referenced_sources().contains(&source.id.as_str())),
            "no activity uses {}",
            source.id
        );
    }
}

#[test]
fn a_perfect_sheet_for_every_activity_scores_full_marks() {
    let loaded = load_path(Path::new(UNIT));
    let unit = &loaded.units[0];
    let activities: Vec<_> = unit.activities.iter().collect();
    for activity in &unit.activities {
        let sheet = AnswerSheet::new(
            activity,
            perfect_answer_with_sources(activity, &unit.sources),
        );
        let text = write_sheet(&sheet);
        let file = SourceFile::new(format!("{}.answers.toml", activity.id), text);
        let mut diagnostics = Vec::new();
        let read = load_sheet(&file, &activities, &mut diagnostics)
            .unwrap_or_else(|| panic!("{}", render_all(&diagnostics, Style::Plain)));
        assert!(
            diagnostics.is_empty(),
            "{}",
            render_all(&diagnostics, Style::Plain)
        );
        let score = score_with_sources(activity, &read.answer, &unit.sources);
        assert!(
            (score.marks - activity.points).abs() < 1e-9 && score.max == activity.points,
            "{}: {} of {}\n{:#?}",
            activity.id,
            score.marks,
            activity.points,
            score
                .entries
                .iter()
                .filter(|e| e.marks <= 0.0)
                .collect::<Vec<_>>()
        );
        assert!(
            !score.is_provisional(),
            "{}: the perfect sheet carries the teacher's marks",
            activity.id
        );
    }
}
