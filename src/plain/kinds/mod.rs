//! The plain dialogue for each kind of activity: [`ask_task`] chooses the kind's function,
//! and the helpers they share.

mod chosen;
mod written;

use std::io::{BufRead, Write};

use super::Dialogue;
use crate::activity::{Activity, Body, Source, Unit};
use crate::answer::{Answer, Response};
use crate::text::clean;

/// Prints a source: its heading, then its words or what the picture shows.
pub(super) fn show_source<R: BufRead, W: Write>(
    io: &mut Dialogue<R, W>,
    source: &Source,
) -> std::io::Result<()> {
    io.blank()?;
    io.say(&clean(&source.heading()))?;
    if source.kind.is_picture() {
        io.say(&format!(
            "(A {} showing:) {}",
            source.kind_name(),
            clean(source.body())
        ))
    } else {
        io.say(&clean(source.body()))
    }
}

/// Asks the main task of an activity, filling in `answer`; `false` when input ended. Each
/// kind has its own function: those that choose, tick or order in [`chosen`], those that
/// write in [`written`].
pub(super) fn ask_task<R: BufRead, W: Write>(
    unit: &Unit,
    activity: &Activity,
    answer: &mut Answer,
    io: &mut Dialogue<R, W>,
) -> std::io::Result<bool> {
    match (&activity.body, &mut answer.response) {
        (Body::Sort(sort), Response::Sort { ticks, evidence }) => {
            chosen::sort(io, unit, sort, ticks, evidence)
        }
        (Body::Categorize(cat), Response::Categorize(placed)) => {
            chosen::categorize(io, unit, cat, placed)
        }
        (Body::Match(m), Response::Match(matched)) => chosen::matching(io, unit, m, matched),
        (
            Body::Rank(r),
            Response::Order {
                order,
                justification,
            },
        ) => {
            let items = (&r.items[..], "most important first");
            Ok(chosen::order(io, items, order)?
                && chosen::justify(io, r.justification.as_ref(), justification)?)
        }
        (Body::Timeline(t), Response::Order { order, .. }) => {
            chosen::order(io, (&t.events[..], "earliest first"), order)
        }
        (Body::Choice(quiz), Response::Choice(picked)) => chosen::choice(io, quiz, picked),
        (Body::Grid(grid), Response::Grid(cells)) => written::grid(io, grid, cells),
        (Body::Short(quiz), Response::Short(answers)) => written::short(io, quiz, answers),
        (Body::Essay(essay), Response::Essay(text)) => written::essay(io, essay, text),
        (
            Body::Report(report),
            Response::Report {
                cover,
                sections,
                decision,
            },
        ) => written::report(io, report, cover, sections, decision),
        (
            Body::Sort(_)
            | Body::Categorize(_)
            | Body::Match(_)
            | Body::Rank(_)
            | Body::Timeline(_)
            | Body::Grid(_)
            | Body::Choice(_)
            | Body::Short(_)
            | Body::Essay(_)
            | Body::Report(_),
            _,
        ) => Ok(true),
    }
}

/// Asks for one number or none; `None` when input ended, `Some(None)` for no choice. A
/// choice `kept` from before (its numbers, and what it says) is kept by Enter alone.
fn ask_one<R: BufRead, W: Write>(
    io: &mut Dialogue<R, W>,
    prompt: &str,
    max: usize,
    (kept, saved): (&[usize], &str),
) -> std::io::Result<Option<Option<usize>>> {
    loop {
        let Some(picked) = io.ask_numbers_keeping(prompt, max, kept, saved)? else {
            return Ok(None);
        };
        match picked.as_slice() {
            [] => return Ok(Some(None)),
            [one] => return Ok(Some(Some(*one))),
            _ => io.say("Type one number only. Try again.")?,
        }
    }
}
