//! The gradebook: students × activities, with totals and what still needs a teacher.

use super::class::Class;
use crate::activity::Unit;

/// An activity of the gradebook: a column.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// Id of the activity.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Most marks it gives.
    pub max: f64,
}

/// One student's mark for one activity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cell {
    /// Marks earned so far.
    pub marks: f64,
    /// Most marks.
    pub max: f64,
    /// Marks still to be given by a teacher (rubric criteria, unkeyed questions); the mark
    /// is provisional while this is above 0.
    pub awaiting_teacher: f64,
}

impl Cell {
    /// Whether part of the mark waits for a teacher.
    pub fn is_provisional(&self) -> bool {
        self.awaiting_teacher > 0.0
    }
}

/// One student's row.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The student's name.
    pub student: String,
    /// One cell per column; `None` where nothing was handed in.
    pub cells: Vec<Option<Cell>>,
    /// Marks over every activity (nothing handed in counts 0).
    pub total: f64,
    /// Ids of the activities whose mark waits for a teacher.
    pub provisional: Vec<String>,
    /// The student's id on the class list.
    pub id: Option<String>,
    /// Where the row stands with the class list.
    pub listed: Listed,
}

/// Where a gradebook row stands with the class list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listed {
    /// On the list and handed in, or there is no list.
    HandedIn,
    /// On the list, and nothing handed in.
    Missing,
    /// Handed in, and not on the list.
    NotOnList,
}

impl Listed {
    /// How the gradebook says so: empty, `missing` or `not on the class list`.
    pub fn word(self) -> &'static str {
        match self {
            Listed::HandedIn => "",
            Listed::Missing => "missing",
            Listed::NotOnList => "not on the class list",
        }
    }
}

/// Students × activities.
#[derive(Debug, Clone, PartialEq)]
pub struct Gradebook {
    /// The activities, in the unit's order.
    pub columns: Vec<Column>,
    /// One row per hand-in, in the class's order (by name), so that row `i` is hand-in
    /// `i`'s; then, with a class list, one for each student on it who handed nothing in.
    pub rows: Vec<Row>,
    /// Most marks of the whole unit.
    pub max: f64,
    /// Whether the class has a class list (its rows then carry ids, and missing students).
    pub roster: bool,
}

impl Gradebook {
    /// The class's mean mark per column, over the students who handed it in.
    pub fn column_means(&self) -> Vec<Option<f64>> {
        (0..self.columns.len())
            .map(|i| {
                let marks: Vec<f64> = self
                    .rows
                    .iter()
                    .filter_map(|r| r.cells[i].map(|c| c.marks))
                    .collect();
                (!marks.is_empty()).then(|| marks.iter().sum::<f64>() / marks.len() as f64)
            })
            .collect()
    }
}

/// The gradebook of a class.
pub fn gradebook(class: &Class, unit: &Unit) -> Gradebook {
    let columns: Vec<Column> = unit
        .activities
        .iter()
        .map(|a| Column {
            id: a.id.clone(),
            title: a.title.clone(),
            max: a.points,
        })
        .collect();
    let roster = class.roster.as_ref();
    let mut rows: Vec<Row> = class
        .hand_ins
        .iter()
        .map(|h| {
            let cells: Vec<Option<Cell>> = columns
                .iter()
                .map(|c| {
                    h.sheet(&c.id).map(|s| Cell {
                        marks: s.score.marks,
                        max: s.score.max,
                        awaiting_teacher: s.score.awaiting_teacher,
                    })
                })
                .collect();
            let provisional = columns
                .iter()
                .zip(&cells)
                .filter(|(_, cell)| cell.is_some_and(|c| c.is_provisional()))
                .map(|(c, _)| c.id.clone())
                .collect();
            let listed = roster.map(|r| r.find(&h.manifest.student));
            Row {
                student: h.manifest.student.clone(),
                total: cells.iter().flatten().map(|c| c.marks).sum(),
                cells,
                provisional,
                id: listed.flatten().and_then(|s| s.id.clone()),
                listed: match listed {
                    Some(None) => Listed::NotOnList,
                    _ => Listed::HandedIn,
                },
            }
        })
        .collect();
    for s in roster.iter().flat_map(|r| &r.students) {
        let key = super::marks::student_key(&s.name);
        if !rows
            .iter()
            .any(|r| super::marks::student_key(&r.student) == key)
        {
            rows.push(Row {
                student: s.name.clone(),
                cells: vec![None; columns.len()],
                total: 0.0,
                provisional: Vec::new(),
                id: s.id.clone(),
                listed: Listed::Missing,
            });
        }
    }
    // Row `i` is hand-in `i`'s; the students who handed nothing in follow, by name.
    rows[class.hand_ins.len()..].sort_by_cached_key(|r| super::marks::student_key(&r.student));
    Gradebook {
        roster: roster.is_some(),
        max: columns.iter().map(|c| c.max).sum(),
        columns,
        rows,
    }
}
