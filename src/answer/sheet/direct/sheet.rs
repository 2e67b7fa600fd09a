//! A sheet as the direct reader fills it, table by table, and the checks that it took
//! every key once and only where a sheet has it.

use std::ops::Range;

use super::Value;
use crate::activity::raw::{Spanned, Text};
use crate::answer::sheet::raw::{Entries, RawResponses, RawSheet};

/// Fills an empty place; `None` when it was filled before (a key or table given twice).
fn set<T>(place: &mut Option<T>, value: T) -> Option<()> {
    match place {
        Some(_) => None,
        None => {
            *place = Some(value);
            Some(())
        }
    }
}

/// The tables of `[responses]` whose values are lists of ids.
const LIST_TABLES: [&str; 2] = ["ticks", "chosen"];

/// The tables of `[responses]` whose values are texts.
const TEXT_TABLES: [&str; 7] = [
    "evidence",
    "placements",
    "choices",
    "cells",
    "answers",
    "cover",
    "sections",
];

/// A table's span and its entries in file order.
type Table<V> = Option<(Range<usize>, Vec<(Text, V)>)>;

/// The table a key belongs to: the last header's.
#[derive(Debug, Clone, Copy)]
pub(super) enum Within {
    /// Before any header.
    Root,
    /// `[responses]`.
    Responses,
    /// `[responses.<LIST_TABLES[i]>]`.
    Lists(usize),
    /// `[responses.<TEXT_TABLES[i]>]`.
    Texts(usize),
    /// `[follow_up]`.
    FollowUp,
}

/// `[responses]` as read so far.
#[derive(Default)]
struct Responses {
    /// Its header, or the key that first named it in another's header.
    span: Range<usize>,
    /// Whether it has had its own header.
    explicit: bool,
    /// The tables of [`LIST_TABLES`], in that order.
    lists: [Table<Vec<Text>>; 2],
    /// The tables of [`TEXT_TABLES`], in that order.
    texts: [Table<Text>; 7],
    order: Option<Spanned<Vec<Text>>>,
    justification: Option<Text>,
    text: Option<Text>,
    decision: Option<Text>,
}

/// A sheet as read so far.
#[derive(Default)]
pub(super) struct Sheet {
    schema_version: Option<Spanned<i64>>,
    student: Option<Text>,
    activity: Option<Text>,
    activity_hash: Option<Text>,
    started: Option<Text>,
    submitted: Option<Text>,
    responses: Option<Responses>,
    follow_up: Option<Vec<(Text, Text)>>,
}

impl Sheet {
    /// Starts the table a header names, from `path` and the header's span: which table
    /// of a sheet it is, or `None` for a table a sheet does not have, or one given twice.
    pub(super) fn start(&mut self, path: &[Text], whole: Range<usize>) -> Option<Within> {
        match path {
            [name] => match name.get().as_str() {
                "responses" => {
                    // A table first named as the parent of another may have its own
                    // header once; its span is then the header's.
                    let responses = self.responses.get_or_insert_default();
                    if responses.explicit {
                        return None;
                    }
                    responses.explicit = true;
                    responses.span = whole;
                    Some(Within::Responses)
                }
                "follow_up" => set(&mut self.follow_up, Vec::new()).map(|()| Within::FollowUp),
                // A `[teacher]` table is left to serde, which reports it.
                _ => None,
            },
            [parent, name] if parent.get() == "responses" => {
                let responses = self.responses.get_or_insert_with(|| Responses {
                    span: parent.span(),
                    ..Responses::default()
                });
                let name = name.get().as_str();
                if let Some(at) = LIST_TABLES.iter().position(|&t| t == name) {
                    set(&mut responses.lists[at], (whole, Vec::new())).map(|()| Within::Lists(at))
                } else {
                    let at = TEXT_TABLES.iter().position(|&t| t == name)?;
                    set(&mut responses.texts[at], (whole, Vec::new())).map(|()| Within::Texts(at))
                }
            }
            _ => None,
        }
    }

    /// Puts `key = value` in the table `within`; `None` when the key is not one of that
    /// table's, its value is of another type, or it was given before.
    pub(super) fn put(&mut self, within: Within, key: Text, value: Value) -> Option<()> {
        let name = key.get().as_str();
        match within {
            Within::Root => match name {
                "schema_version" => match value {
                    Value::Integer(version) => set(&mut self.schema_version, version),
                    _ => None,
                },
                "student" => set(&mut self.student, value.text()?),
                "activity" => set(&mut self.activity, value.text()?),
                "activity_hash" => set(&mut self.activity_hash, value.text()?),
                "started" => set(&mut self.started, value.text()?),
                "submitted" => set(&mut self.submitted, value.text()?),
                _ => None,
            },
            Within::Responses => {
                let responses = self.responses.as_mut()?;
                match name {
                    "order" => match value {
                        Value::Texts(order) => set(&mut responses.order, order),
                        _ => None,
                    },
                    "justification" => set(&mut responses.justification, value.text()?),
                    "text" => set(&mut responses.text, value.text()?),
                    "decision" => set(&mut responses.decision, value.text()?),
                    _ => None,
                }
            }
            Within::Lists(at) => {
                let (_, entries) = self.responses.as_mut()?.lists[at].as_mut()?;
                entries.push((key, value.texts()?));
                Some(())
            }
            Within::Texts(at) => {
                let (_, entries) = self.responses.as_mut()?.texts[at].as_mut()?;
                entries.push((key, value.text()?));
                Some(())
            }
            Within::FollowUp => {
                self.follow_up.as_mut()?.push((key, value.text()?));
                Some(())
            }
        }
    }

    /// The sheet read; `None` when a required key is missing or a table has a key twice.
    pub(super) fn finish(self) -> Option<RawSheet> {
        Some(RawSheet {
            schema_version: self.schema_version?,
            student: self.student,
            activity: self.activity?,
            activity_hash: self.activity_hash?,
            started: self.started,
            submitted: self.submitted,
            responses: try_map(self.responses, Responses::finish)?,
            follow_up: try_map(self.follow_up, distinct)?,
            teacher: None,
        })
    }
}

impl Responses {
    /// `[responses]` as the serde mirror has it; `None` when one of its tables has a key
    /// twice.
    fn finish(self) -> Option<Spanned<RawResponses>> {
        let Responses {
            span,
            lists: [ticks, chosen],
            texts:
                [
                    evidence,
                    placements,
                    choices,
                    cells,
                    answers,
                    cover,
                    sections,
                ],
            order,
            justification,
            text,
            decision,
            ..
        } = self;
        let responses = RawResponses {
            ticks: entries(ticks)?,
            evidence: entries(evidence)?,
            placements: entries(placements)?,
            choices: entries(choices)?,
            order,
            justification,
            cells: entries(cells)?,
            chosen: entries(chosen)?,
            answers: entries(answers)?,
            text,
            cover: entries(cover)?,
            sections: entries(sections)?,
            decision,
        };
        Some(Spanned::new(span, responses))
    }
}

/// A table of `[responses]` as the serde mirror has it: `Some(None)` when it was not
/// given, `None` when it has a key twice.
fn entries<V>(table: Table<V>) -> Option<Option<Spanned<Entries<V>>>> {
    try_map(table, |(span, found)| {
        distinct(found).map(|entries| Spanned::new(span, entries))
    })
}

/// `f` applied to a value that may be absent: `Some(None)` when it is absent, `None` when
/// `f` fails.
fn try_map<T, U>(value: Option<T>, f: impl FnOnce(T) -> Option<U>) -> Option<Option<U>> {
    match value {
        Some(value) => f(value).map(Some),
        None => Some(None),
    }
}

/// A table's entries, or `None` when two have the same key.
fn distinct<V>(found: Vec<(Text, V)>) -> Option<Entries<V>> {
    let mut keys: Vec<&str> = found.iter().map(|(k, _)| k.get().as_str()).collect();
    keys.sort_unstable();
    if keys.windows(2).any(|pair| pair[0] == pair[1]) {
        return None;
    }
    Some(Entries(found))
}
