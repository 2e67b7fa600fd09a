//! What the class chose: for a `sort`, how many ticked each row × column against the key;
//! for a `rank` or `timeline`, the class's average position of each item.

use super::class::Class;
use crate::activity::{Body, Unit};
use crate::answer::Response;

/// What the key says of one cell of a sort.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyMark {
    /// A right column: it should be ticked.
    Right,
    /// Defensible either way (`also_accept`).
    Accepted,
    /// A wrong column: it should not be ticked.
    Wrong,
}

/// One row × column of a sort heat map.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HeatCell {
    /// Students who ticked it.
    pub ticked: usize,
    /// What the key says.
    pub key: KeyMark,
}

/// A row of a sort heat map.
#[derive(Debug, Clone, PartialEq)]
pub struct HeatRow {
    /// Id of the row.
    pub id: String,
    /// Its label.
    pub label: String,
    /// One cell per column.
    pub cells: Vec<HeatCell>,
}

/// How the class ticked one `sort` activity.
#[derive(Debug, Clone, PartialEq)]
pub struct SortHeatMap {
    /// Id of the activity.
    pub activity: String,
    /// Its title.
    pub title: String,
    /// Column labels.
    pub columns: Vec<String>,
    /// The rows.
    pub rows: Vec<HeatRow>,
    /// Students who handed the activity in.
    pub students: usize,
}

/// The class's average place for one item of an order.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemPosition {
    /// Id of the item.
    pub id: String,
    /// Its text.
    pub label: String,
    /// Mean position, 1 = first, over the students who placed it.
    pub mean: Option<f64>,
    /// Students who placed it.
    pub placed: usize,
    /// The positions the key allows, 1-based and inclusive; `None` without a key.
    pub key: Option<(usize, usize)>,
}

/// How the class ordered one `rank` or `timeline` activity.
#[derive(Debug, Clone, PartialEq)]
pub struct Positions {
    /// Id of the activity.
    pub activity: String,
    /// Its title.
    pub title: String,
    /// The items, in the order of the class's mean position (unplaced last).
    pub items: Vec<ItemPosition>,
    /// Students who handed the activity in.
    pub students: usize,
}

/// A heat map for every `sort` activity of the unit.
pub fn sort_heat_maps(class: &Class, unit: &Unit) -> Vec<SortHeatMap> {
    let mut out = Vec::new();
    for activity in &unit.activities {
        let Body::Sort(sort) = &activity.body else {
            continue;
        };
        let mut rows: Vec<HeatRow> = sort
            .rows
            .iter()
            .map(|r| HeatRow {
                id: r.id.to_string(),
                label: r.label.to_string(),
                cells: sort
                    .columns
                    .iter()
                    .map(|c| HeatCell {
                        ticked: 0,
                        key: if r.right.contains(&c.id) {
                            KeyMark::Right
                        } else if r.also_accept.contains(&c.id) {
                            KeyMark::Accepted
                        } else {
                            KeyMark::Wrong
                        },
                    })
                    .collect(),
            })
            .collect();
        let mut students = 0;
        for sheet in class.hand_ins.iter().filter_map(|h| h.sheet(&activity.id)) {
            students += 1;
            let Response::Sort { ticks, .. } = &sheet.sheet.answer.response else {
                continue;
            };
            for (row, data) in sort.rows.iter().zip(&mut rows) {
                let Some(ticked) = ticks.get(&*row.id) else {
                    continue;
                };
                for (column, cell) in sort.columns.iter().zip(&mut data.cells) {
                    if ticked.contains(&column.id) {
                        cell.ticked += 1;
                    }
                }
            }
        }
        out.push(SortHeatMap {
            activity: activity.id.clone(),
            title: activity.title.clone(),
            columns: sort.columns.iter().map(|c| c.label.clone()).collect(),
            rows,
            students,
        });
    }
    out
}

/// The class's average positions for every `rank` and `timeline` activity of the unit.
pub fn order_positions(class: &Class, unit: &Unit) -> Vec<Positions> {
    let mut out = Vec::new();
    for activity in &unit.activities {
        let Some(items) = activity.body.order_items() else {
            continue;
        };
        let key = activity.body.order_key();
        let mut sums = vec![(0.0, 0usize); items.len()];
        let mut students = 0;
        for sheet in class.hand_ins.iter().filter_map(|h| h.sheet(&activity.id)) {
            students += 1;
            let Response::Order { order, .. } = &sheet.sheet.answer.response else {
                continue;
            };
            for (place, id) in order.iter().enumerate() {
                if let Some(i) = items.iter().position(|item| *item.id == **id) {
                    sums[i].0 += (place + 1) as f64;
                    sums[i].1 += 1;
                }
            }
        }
        let mut positions: Vec<ItemPosition> = items
            .iter()
            .zip(&sums)
            .map(|(item, &(sum, placed))| ItemPosition {
                id: item.id.to_string(),
                label: item.text.to_string(),
                mean: (placed > 0).then(|| sum / placed as f64),
                placed,
                key: key
                    .and_then(|k| k.allowed_positions(&item.id))
                    .map(|(lo, hi)| (lo + 1, hi + 1)),
            })
            .collect();
        positions.sort_by(|a, b| match (a.mean, b.mean) {
            (Some(x), Some(y)) => x.total_cmp(&y),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        });
        out.push(Positions {
            activity: activity.id.clone(),
            title: activity.title.clone(),
            items: positions,
            students,
        });
    }
    out
}
