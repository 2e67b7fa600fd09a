//! The tasks made of rows, cards and items: sort, categorize, match, rank, timeline, grid.

use super::{BOX, marks};
use crate::activity::{
    Categorize, Grid, Label, Match, OrderItem, OrderKey, OrderMethod, Rank, Sort, SortRule,
    Timeline,
};
use crate::teacher::doc::{Block, Doc};

/// Labels with their descriptions, as list items.
fn described(labels: &[Label]) -> Vec<String> {
    labels
        .iter()
        .map(|l| match &l.description {
            Some(d) => format!("{} — {d}", l.label),
            None => l.label.clone(),
        })
        .collect()
}

fn label_of(labels: &[Label], id: &str) -> String {
    labels
        .iter()
        .find(|l| l.id == id)
        .map_or_else(|| id.to_string(), |l| l.label.clone())
}

/// "Revolution (also accepted: Security)".
fn with_also(labels: &[Label], first: &str, also: &[String]) -> String {
    let mut text = label_of(labels, first);
    if !also.is_empty() {
        let also: Vec<String> = also.iter().map(|a| label_of(labels, a)).collect();
        text.push_str(&format!(" (also accepted: {})", also.join(", ")));
    }
    text
}

pub(super) fn sort(doc: &mut Doc, sort: &Sort, answers: bool) {
    doc.list(described(&sort.columns));
    let mut header = vec![String::new()];
    header.extend(sort.columns.iter().map(|c| c.label.clone()));
    if sort.require_evidence {
        header.push("Evidence".into());
    }
    let rows = sort
        .rows
        .iter()
        .map(|row| {
            let mut cells = vec![match &row.text {
                Some(text) => format!("{}: {text}", row.label),
                None => row.label.to_string(),
            }];
            cells.extend(sort.columns.iter().map(|c| {
                if !answers {
                    BOX.to_string()
                } else if row.right.contains(&c.id) {
                    "✓".into()
                } else if row.also_accept.contains(&c.id) {
                    "(✓)".into()
                } else {
                    String::new()
                }
            }));
            if sort.require_evidence {
                cells.push(match (answers, row.right.is_empty()) {
                    (false, _) | (true, true) => String::new(),
                    (true, false) if row.evidence.is_empty() => "any words of the source".into(),
                    (true, false) => row.evidence.join(" / "),
                });
            }
            cells
        })
        .collect();
    doc.table(header, rows);
    if answers {
        doc.note(match sort.rule {
            SortRule::Partial => "Each row: right ticks less wrong ticks, as a share of its right columns; (✓) never counts either way.",
            SortRule::AllOrNothing => "Each row earns its marks only with every right column and no wrong one ticked.",
        });
        doc.list(
            sort.rows
                .iter()
                .filter_map(|r| {
                    r.explanation.as_ref().map(|e| {
                        let quote = sort.require_evidence && !r.right.is_empty();
                        let worth = if quote {
                            format!(
                                "{} for the ticks, {} for the quote",
                                marks(r.points),
                                marks(sort.evidence_points)
                            )
                        } else {
                            marks(r.points)
                        };
                        format!("{} ({worth}): {e}", r.label)
                    })
                })
                .collect(),
        );
    } else if sort.require_evidence {
        doc.note("Tick every column the row gives evidence for, and copy the words that show it.");
    }
}

pub(super) fn categorize(doc: &mut Doc, c: &Categorize, answers: bool) {
    doc.list(described(&c.buckets));
    if answers {
        let rows = c
            .cards
            .iter()
            .map(|card| {
                vec![
                    card.text.to_string(),
                    with_also(&c.buckets, &card.bucket, &card.also_accept),
                    card.explanation.clone().unwrap_or_default(),
                ]
            })
            .collect();
        doc.table(vec!["Card".into(), "Bucket".into(), "Why".into()], rows);
        if c.wrong_penalty {
            doc.note("A wrong placement takes a mark off (never below 0).");
        }
    } else {
        let rows = c
            .cards
            .iter()
            .map(|card| vec![card.text.to_string(), String::new()])
            .collect();
        doc.table(vec!["Card".into(), "Bucket".into()], rows);
    }
}

pub(super) fn matching(doc: &mut Doc, m: &Match, answers: bool) {
    doc.list(described(&m.options));
    let item_text = |text: &str, description: &Option<String>| match description {
        Some(d) => format!("{text} — {d}"),
        None => text.to_string(),
    };
    if answers {
        let rows = m
            .items
            .iter()
            .map(|i| {
                vec![
                    item_text(&i.text, &i.description),
                    with_also(&m.options, &i.option, &i.also_accept),
                    i.explanation.clone().unwrap_or_default(),
                ]
            })
            .collect();
        doc.table(vec!["Item".into(), "Option".into(), "Why".into()], rows);
    } else {
        let rows = m
            .items
            .iter()
            .map(|i| vec![item_text(&i.text, &i.description), String::new()])
            .collect();
        doc.table(vec!["Item".into(), "Option".into()], rows);
        if m.option_use == crate::activity::OptionUse::Once {
            doc.note("Use each option once at most.");
        }
    }
}

fn item_list(items: &[OrderItem]) -> Vec<String> {
    items
        .iter()
        .map(|i| match &i.description {
            Some(d) => format!("{} — {d}", i.text),
            None => i.text.to_string(),
        })
        .collect()
}

/// "1. A", "2–3. B, C (tied)".
fn key_lines(key: &OrderKey, items: &[OrderItem]) -> Vec<String> {
    let text = |id: &String| {
        items
            .iter()
            .find(|i| *i.id == **id)
            .map_or_else(|| id.clone(), |i| i.text.to_string())
    };
    let mut start = 1;
    key.groups
        .iter()
        .map(|group| {
            let names: Vec<String> = group.iter().map(text).collect();
            let end = start + group.len() - 1;
            let line = if group.len() == 1 {
                format!("{start}. {}", names.join(", "))
            } else {
                format!("{start}–{end}. {} (tied)", names.join(", "))
            };
            start = end + 1;
            line
        })
        .collect()
}

fn method_note(method: OrderMethod) -> &'static str {
    match method {
        OrderMethod::Absolute => "Marked `absolute`: a mark for each item in its key place.",
        OrderMethod::Relative => {
            "Marked `relative`: each item earns less the further it is from its key place."
        }
        OrderMethod::Subsequence => "Marked `subsequence`: the longest run of items in key order.",
        OrderMethod::Pairs => "Marked `pairs`: neighbours that are neighbours in the key.",
        OrderMethod::Footrule => {
            "Marked `footrule`: the total distance of items from their key places."
        }
        OrderMethod::Kendall => "Marked `kendall`: the share of pairs the right way round.",
        OrderMethod::AllOrNothing => {
            "Marked `all_or_nothing`: full marks only for an order the key allows."
        }
    }
}

fn order_table(n: usize, what: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let rows = (1..=n)
        .map(|p| vec![p.to_string(), String::new()])
        .collect();
    (vec!["Position".into(), what.into()], rows)
}

pub(super) fn rank(doc: &mut Doc, rank: &Rank, answers: bool) {
    doc.list(item_list(&rank.items));
    if answers {
        match &rank.key {
            Some(key) => {
                doc.push(Block::List(key_lines(key, &rank.items)));
                doc.note(method_note(rank.method));
            }
            None => doc.note("No key: a complete ranking, every item once, earns 1 mark."),
        }
    } else {
        let (header, rows) = order_table(rank.items.len(), "Item");
        doc.table(header, rows);
    }
    if let Some(j) = &rank.justification {
        doc.paragraph(
            j.prompt
                .clone()
                .unwrap_or_else(|| "Justify your ranking.".into()),
        );
        if answers {
            doc.note(format!(
                "A justification of at least {} words earns {}.",
                j.min_words,
                marks(j.points)
            ));
        } else {
            doc.note(format!("At least {} words.", j.min_words));
            doc.push(Block::Lines((j.min_words as usize / 12).clamp(3, 12)));
        }
    }
}

pub(super) fn timeline(doc: &mut Doc, t: &Timeline, answers: bool) {
    if answers {
        let mut rows = Vec::new();
        let mut place = 1;
        for group in &t.key.groups {
            for id in group {
                if let Some(i) = t.events.iter().position(|e| *e.id == **id) {
                    rows.push(vec![
                        place.to_string(),
                        t.dates[i].to_string(),
                        t.events[i].text.to_string(),
                        t.explanations[i].clone().unwrap_or_default(),
                    ]);
                }
            }
            place += group.len();
        }
        doc.table(
            vec!["Order".into(), "Date".into(), "Event".into(), "Why".into()],
            rows,
        );
        doc.note(method_note(t.method));
    } else {
        let rows = t
            .events
            .iter()
            .map(|e| vec![e.text.to_string(), String::new()])
            .collect();
        doc.table(vec!["Event".into(), "Order (1 = earliest)".into()], rows);
    }
}

pub(super) fn grid(doc: &mut Doc, grid: &Grid, answers: bool) {
    let mut header = vec![String::new()];
    header.extend(grid.columns.iter().map(|c| c.label.clone()));
    let rows = grid
        .rows
        .iter()
        .map(|row| {
            let mut cells = vec![row.label.clone()];
            cells.extend(grid.columns.iter().map(|column| {
                let Some(cell) = grid.cell(&row.id, &column.id) else {
                    return String::new();
                };
                if let Some(given) = &cell.given {
                    return given.clone();
                }
                if !answers {
                    return String::new();
                }
                let mut parts: Vec<String> = cell.model_answer.iter().cloned().collect();
                if !cell.keywords.is_empty() {
                    let points: Vec<String> = cell
                        .keywords
                        .iter()
                        .map(super::written::keyword_text)
                        .collect();
                    parts.push(format!("Points: {}", points.join("; ")));
                }
                parts.join("\n")
            }));
            cells
        })
        .collect();
    doc.table(header, rows);
    if !answers && grid.columns.iter().any(|c| c.description.is_some()) {
        doc.list(described(&grid.columns));
    }
}
