//! Scoring the bundled unit: for every activity that loads, the perfect answer scores
//! exactly the activity's marks, an empty answer scores 0, and both survive a trip through
//! an answer sheet (and the teacher's marks file, for what the teacher marks).

use crate::common;

use std::path::Path;

use classwork::activity::{Activity, Body, Unit};
use classwork::answer::Answer;
use classwork::load::load_path;
use classwork::scoring::{perfect_answer_with_sources, score_with_sources};

fn bundled_unit() -> Unit {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("activities/soviet-foreign-policy");
    let mut loaded = load_path(&path);
    assert!(!loaded.units.is_empty(), "the bundled unit does not load");
    loaded.units.remove(0)
}

/// Marks an empty answer earns by the rules: only sort rows with no right column.
fn empty_marks(activity: &Activity) -> f64 {
    match &activity.body {
        Body::Sort(sort) => sort
            .rows
            .iter()
            .filter(|r| r.right.is_empty())
            .map(|r| r.points)
            .sum(),
        _ => 0.0,
    }
}

fn through_sheet(activity: &Activity, answer: Answer) -> Answer {
    common::class::through_sheet_and_marks(activity, &answer)
}

#[test]
fn perfect_answers_score_full_marks_and_empty_ones_nothing() {
    let unit = bundled_unit();
    assert!(!unit.activities.is_empty());
    for activity in &unit.activities {
        let perfect = perfect_answer_with_sources(activity, &unit.sources);
        let score = score_with_sources(activity, &perfect, &unit.sources);
        assert_eq!(
            score.marks,
            score.max,
            "perfect answer to `{}`:\n{:#?}",
            activity.id,
            score.explanation()
        );
        assert!(!score.is_provisional(), "`{}` is provisional", activity.id);
        let again = score_with_sources(activity, &through_sheet(activity, perfect), &unit.sources);
        assert_eq!(again, score, "`{}` changed through a sheet", activity.id);

        let empty = score_with_sources(activity, &Answer::default(), &unit.sources);
        assert_eq!(
            empty.marks,
            empty_marks(activity),
            "empty answer to `{}`",
            activity.id
        );
        let again = score_with_sources(
            activity,
            &through_sheet(activity, Answer::default()),
            &unit.sources,
        );
        assert_eq!(again, empty);
    }
}
