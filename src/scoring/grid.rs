//! Scoring a `grid`'s cells: each cell a student fills in is a written answer of its own
//! (see [`super::written`]), with two checks across the cells:
//!
//! - **A story over the cells.** Cells to be written in sentences are also read together:
//!   a story told over them earns nothing in any (see [`super::topic::across_answers`]).
//! - **One text in every cell.** The same text of [`CATCH_ALL_WORDS`] words or more in
//!   [`CATCH_ALL_CELLS`] cells or more is written for no cell in particular: it earns
//!   nothing in any of them, and each says why.

use std::collections::{BTreeMap, HashMap};

use super::clauses::ReadBefore;
use super::context::Context;
use super::prose::{Around, Reading, mark_text};
use super::tally::Tally;
use super::topic;
use super::written::in_sentences;
use crate::activity::{Grid, keywords_max};
use crate::answer::Response;
use crate::text::word_count;

/// The fewest words of a text written in many cells for it to earn nothing (see
/// [`CATCH_ALL_CELLS`]): a short answer such as "It is expensive." may well fit several.
const CATCH_ALL_WORDS: usize = 8;

/// The fewest cells one text (of [`CATCH_ALL_WORDS`] words or more) is written in for it to
/// earn nothing in any of them.
const CATCH_ALL_CELLS: usize = 3;

/// Scores the cells of a `grid` a student fills in (given cells are not marked).
pub(crate) fn score_grid(ctx: &Context<'_>, grid: &Grid) -> Tally {
    let empty = BTreeMap::new();
    let cells = match &ctx.answer.response {
        Response::Grid(cells) => cells,
        _ => &empty,
    };
    let label_of = |labels: &[crate::activity::Label], id: &str| {
        labels
            .iter()
            .find(|l| l.id == id)
            .map_or_else(|| id.to_string(), |l| l.label.clone())
    };
    // A story spread over the cells is told by all its words together.
    let written = grid
        .cells
        .iter()
        .filter(|c| c.given.is_none() && in_sentences(keywords_max(&c.keywords), None))
        .filter_map(|c| Some((cells.get(&c.id())?.as_str(), c.keywords.as_slice())));
    let whole_elsewhere = topic::across_answers(ctx, written);
    let copies = copies_of(cells.values().map(String::as_str));
    let mut tally = Tally::default();
    for cell in grid.cells.iter().filter(|c| c.given.is_none()) {
        let id = cell.id();
        let label = format!(
            "{} — {}",
            label_of(&grid.rows, &cell.row),
            label_of(&grid.columns, &cell.column)
        );
        let max = keywords_max(&cell.keywords);
        let mut task = ctx.task(id.as_str(), label, max);
        let text = cells.get(&id).map_or("", String::as_str);
        let model = cell.model_answer.as_deref();
        // Each cell is read on its own: parallel cells are the grid's shape, not a list.
        let around = Around {
            question: None,
            model,
        };
        let prose = in_sentences(max, None);
        let reading = Reading {
            prose,
            before: &mut ReadBefore::default(),
            whole_elsewhere: whole_elsewhere.filter(|_| prose),
            brief: true,
        };
        let copies = copies.get(&same_text(text)).copied().unwrap_or(0);
        if copies >= CATCH_ALL_CELLS && word_count(text) >= CATCH_ALL_WORDS {
            for group in &cell.keywords {
                task.point(&group.id, 0.0, group.max_points(), None);
            }
            task.answered();
            task.note(|| {
                format!(
                    "the same answer is in {copies} cells: write in each what fits its row and column"
                )
            });
        } else {
            mark_text(ctx, &mut task, text, &cell.keywords, None, around, reading);
        }
        task.model_answer(ctx.model(cell.model_answer.as_deref()));
        tally.push(task);
    }
    tally
}

/// A cell's text as it is compared with the others: lowercased, its words joined by single
/// spaces, without the punctuation around them.
fn same_text(text: &str) -> String {
    crate::words::split_words(text)
        .collect::<Vec<_>>()
        .join(" ")
}

/// How many cells each text (see [`same_text`]) is written in.
fn copies_of<'a>(texts: impl Iterator<Item = &'a str>) -> HashMap<String, usize> {
    let mut copies = HashMap::new();
    for text in texts {
        *copies.entry(same_text(text)).or_default() += 1;
    }
    copies
}
