//! A unit on paper: a worksheet with the sources, every task and empty tables and lines to
//! fill in, or its answer key (ticks, buckets, orders, model answers, keyword points and
//! rubrics). The same blocks make the plain-text preview `classwork check` prints.

mod tasks;
mod written;

use super::doc::{Block, Doc};
use crate::activity::shuffle::shown_to;
use crate::activity::{Activity, Body, Source, Unit};
use crate::text::fmt_marks;

/// An empty box to tick.
pub(crate) const BOX: &str = "☐";

/// "1 mark", "2.5 marks".
pub(crate) fn marks(n: f64) -> String {
    format!("{} mark{}", fmt_marks(n), if n == 1.0 { "" } else { "s" })
}

/// The unit as a worksheet, or with `answers` as its answer key. Activities that allow it
/// are shuffled as for a student with no name, by `seed` when given (`--seed`): so every
/// printing of a unit matches, and the key follows the worksheet's order.
pub fn worksheet(unit: &Unit, answers: bool, seed: Option<u64>) -> Doc {
    let title = if answers {
        format!("{} — answer key", unit.title)
    } else {
        unit.title.clone()
    };
    let mut doc = Doc::new(title);
    if answers {
        let total: f64 = unit.activities.iter().map(|a| a.points).sum();
        doc.note(format!("{} in all", marks(total)));
        source_notes(&mut doc, &unit.sources);
    } else {
        doc.table(
            vec!["Name".into(), "Class".into(), "Date".into()],
            vec![vec![String::new(), String::new(), String::new()]],
        );
        doc.paragraph(unit.description.clone().unwrap_or_default());
        if !unit.sources.is_empty() {
            doc.heading(2, "Sources");
            for source in &unit.sources {
                doc.push(quote(source));
            }
        }
    }
    for (n, activity) in unit.activities.iter().enumerate() {
        doc.heading(2, format!("{}. {}", n + 1, activity.title));
        let shown = shown_to(activity, &unit.id, None, seed);
        doc.blocks.extend(activity_blocks(unit, &shown, answers));
    }
    doc
}

/// The teachers' notes on the sources, under a heading of their own, if any has one.
fn source_notes(doc: &mut Doc, sources: &[Source]) {
    let noted: Vec<(&Source, &String)> = sources
        .iter()
        .filter_map(|s| s.note.as_ref().map(|note| (s, note)))
        .collect();
    if noted.is_empty() {
        return;
    }
    doc.heading(2, "Notes on the sources");
    for (source, note) in noted {
        doc.paragraph(format!("{}: {note}", source.label));
    }
}

/// A source as a quote; a picture is described.
pub fn quote(source: &Source) -> Block {
    let text = if source.kind.is_picture() {
        format!("(A {} showing:) {}", source.kind_name(), source.body())
    } else {
        source.body().to_string()
    };
    Block::Quote {
        heading: source.heading(),
        text,
    }
}

/// One activity as the student sees it (its marks, instructions, the sources it shows by
/// label, then the task), or with `answers` as its key.
pub fn activity_blocks(unit: &Unit, activity: &Activity, answers: bool) -> Vec<Block> {
    let mut doc = Doc::default();
    doc.note(format!(
        "{} — {}",
        activity.kind().name(),
        marks(activity.points)
    ));
    let parts =
        activity.body.max_marks() + activity.follow_up.iter().map(|q| q.points).sum::<f64>();
    if answers && parts > activity.points + 1e-9 {
        doc.note(format!(
            "The parts below add up to {}; the activity gives at most {}, so marks above that are not counted.",
            marks(parts),
            marks(activity.points)
        ));
    }
    doc.paragraph(activity.instructions.clone());
    let labels: Vec<String> = activity
        .sources
        .iter()
        .map(|id| {
            unit.source(id)
                .map_or_else(|| id.clone(), |s| s.label.to_string())
        })
        .collect();
    if !labels.is_empty() {
        doc.paragraph(format!("Sources: {}", labels.join(", ")));
    }
    match &activity.body {
        Body::Sort(sort) => tasks::sort(&mut doc, sort, answers),
        Body::Categorize(c) => tasks::categorize(&mut doc, c, answers),
        Body::Match(m) => tasks::matching(&mut doc, m, answers),
        Body::Rank(rank) => tasks::rank(&mut doc, rank, answers),
        Body::Timeline(t) => tasks::timeline(&mut doc, t, answers),
        Body::Grid(grid) => tasks::grid(&mut doc, grid, answers),
        Body::Choice(quiz) | Body::Short(quiz) => {
            for (n, q) in quiz.questions.iter().enumerate() {
                written::question(&mut doc, n + 1, q, answers);
            }
        }
        Body::Essay(essay) => written::essay(&mut doc, essay, answers),
        Body::Report(report) => written::report(&mut doc, report, answers),
    }
    if !activity.follow_up.is_empty() {
        doc.heading(3, "Follow-up questions");
        for (n, q) in activity.follow_up.iter().enumerate() {
            written::question(&mut doc, n + 1, q, answers);
        }
    }
    if answers {
        doc.note(activity.feedback.clone().unwrap_or_default());
    }
    doc.blocks
}
