//! The class report as one JSON document.

use serde_json::{Value, json};

use crate::activity::Unit;
use crate::diagnostic::{Diagnostic, to_json};
use crate::teacher::gradebook::Gradebook;
use crate::teacher::heatmap::{KeyMark, Positions, SortHeatMap};
use crate::teacher::items::ItemStats;
use crate::text::clean;

fn text(s: &str) -> Value {
    Value::String(clean(s).into_owned())
}

/// Everything the report shows, and the problems met reading the class.
pub(super) fn report(
    unit: &Unit,
    book: &Gradebook,
    items: &[ItemStats],
    maps: &[SortHeatMap],
    orders: &[Positions],
    diagnostics: &[Diagnostic],
) -> Value {
    let activities: Vec<Value> = book
        .columns
        .iter()
        .map(|c| json!({ "id": text(&c.id), "title": text(&c.title), "max": c.max }))
        .collect();
    let students: Vec<Value> = book
        .rows
        .iter()
        .map(|r| {
            let marks: serde_json::Map<String, Value> = book
                .columns
                .iter()
                .zip(&r.cells)
                .map(|(c, cell)| {
                    let value = cell.map_or(Value::Null, |c| {
                        json!({ "marks": c.marks, "max": c.max, "awaiting_teacher": c.awaiting_teacher })
                    });
                    (clean(&c.id).into_owned(), value)
                })
                .collect();
            json!({
                "student": text(&r.student),
                "id": r.id.as_deref().map(text),
                "status": r.listed.word(),
                "marks": marks,
                "total": r.total,
                "needs_marking": r.provisional.iter().map(|p| text(p)).collect::<Vec<_>>(),
            })
        })
        .collect();
    let items: Vec<Value> = items
        .iter()
        .map(|i| {
            json!({
                "activity": text(&i.activity),
                "task": text(&i.task),
                "what": i.what,
                "label": text(&i.label),
                "max": i.max,
                "n": i.n,
                "mean": i.mean,
                "facility": i.facility,
                "discrimination": i.discrimination,
                "upper_facility": i.upper_facility,
                "flags": i.flags.iter().map(|f| f.describe()).collect::<Vec<_>>(),
            })
        })
        .collect();
    let maps: Vec<Value> = maps
        .iter()
        .map(|m| {
            let rows: Vec<Value> = m
                .rows
                .iter()
                .map(|r| {
                    let cells: Vec<Value> = r
                        .cells
                        .iter()
                        .map(|c| {
                            let key = match c.key {
                                KeyMark::Right => "right",
                                KeyMark::Accepted => "accepted",
                                KeyMark::Wrong => "wrong",
                            };
                            json!({ "ticked": c.ticked, "key": key })
                        })
                        .collect();
                    json!({ "id": text(&r.id), "label": text(&r.label), "cells": cells })
                })
                .collect();
            json!({
                "activity": text(&m.activity),
                "columns": m.columns.iter().map(|c| text(c)).collect::<Vec<_>>(),
                "students": m.students,
                "rows": rows,
            })
        })
        .collect();
    let orders: Vec<Value> = orders
        .iter()
        .map(|p| {
            let items: Vec<Value> = p
                .items
                .iter()
                .map(|i| {
                    json!({
                        "id": text(&i.id),
                        "label": text(&i.label),
                        "mean_position": i.mean,
                        "placed": i.placed,
                        "key": i.key.map(|(lo, hi)| json!([lo, hi])),
                    })
                })
                .collect();
            json!({ "activity": text(&p.activity), "students": p.students, "items": items })
        })
        .collect();
    json!({
        "unit": text(&unit.id),
        "max": book.max,
        "activities": activities,
        "students": students,
        "items": items,
        "sort_heat_maps": maps,
        "order_positions": orders,
        "problems": to_json(diagnostics),
    })
}
