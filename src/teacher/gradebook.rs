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
}

/// Students × activities.
#[derive(Debug, Clone, PartialEq)]
pub struct Gradebook {
    /// The activities, in the unit's order.
    pub columns: Vec<Column>,
    /// One row per student, by name.
    pub rows: Vec<Row>,
    /// Most marks of the whole unit.
    pub max: f64,
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
    let rows = class
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
            Row {
                student: h.manifest.student.clone(),
                total: cells.iter().flatten().map(|c| c.marks).sum(),
                cells,
                provisional,
            }
        })
        .collect();
    Gradebook {
        max: columns.iter().map(|c| c.max).sum(),
        columns,
        rows,
    }
}
