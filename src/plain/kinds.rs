//! The plain dialogue for each kind of activity.

use std::collections::BTreeSet;
use std::io::{BufRead, Write};

use super::Dialogue;
use crate::activity::{Activity, Body, Label, QuestionAnswer, Source, Unit};
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

fn numbered<R: BufRead, W: Write>(
    io: &mut Dialogue<R, W>,
    labels: &[Label],
) -> std::io::Result<()> {
    for (n, l) in labels.iter().enumerate() {
        match &l.description {
            Some(d) => io.say(&format!("  {}. {}: {}", n + 1, clean(&l.label), clean(d)))?,
            None => io.say(&format!("  {}. {}", n + 1, clean(&l.label)))?,
        }
    }
    Ok(())
}

fn names(labels: &[Label], picked: impl IntoIterator<Item = usize>) -> String {
    let names: Vec<String> = picked
        .into_iter()
        .map(|n| clean(&labels[n - 1].label).into_owned())
        .collect();
    if names.is_empty() {
        "nothing".into()
    } else {
        names.join(" and ")
    }
}

/// Asks the main task of an activity, filling in `answer`; `false` when input ended.
pub(super) fn ask_task<R: BufRead, W: Write>(
    unit: &Unit,
    activity: &Activity,
    answer: &mut Answer,
    io: &mut Dialogue<R, W>,
) -> std::io::Result<bool> {
    match (&activity.body, &mut answer.response) {
        (Body::Sort(sort), Response::Sort { ticks, evidence }) => {
            io.say("Columns:")?;
            numbered(io, &sort.columns)?;
            for (n, row) in sort.rows.iter().enumerate() {
                io.blank()?;
                io.say(&format!(
                    "Row {} of {}: {}",
                    n + 1,
                    sort.rows.len(),
                    clean(&row.label)
                ))?;
                match row.source.as_deref().and_then(|s| unit.source(s)) {
                    Some(source) => show_source(io, source)?,
                    None => io.say(&clean(row.text.as_deref().unwrap_or_default()))?,
                }
                let Some(picked) = io.ask_numbers("Which columns does this row give evidence for? Type their numbers (for example 1 3), or press Enter for none.", sort.columns.len())? else { return Ok(false) };
                let set: BTreeSet<usize> = picked.into_iter().collect();
                io.say(&format!(
                    "Row {}: ticked {}.",
                    n + 1,
                    names(&sort.columns, set.iter().copied())
                ))?;
                ticks.insert(
                    row.id.clone(),
                    set.iter()
                        .map(|&i| sort.columns[i - 1].id.clone())
                        .collect(),
                );
                if sort.require_evidence && !set.is_empty() {
                    let Some(quote) = io.ask(
                        "Quote the words of the source that show it (or press Enter to skip).",
                    )?
                    else {
                        return Ok(false);
                    };
                    if !quote.is_empty() {
                        io.say(&format!("Row {}: evidence recorded.", n + 1))?;
                        evidence.insert(row.id.clone(), quote);
                    }
                }
            }
        }
        (Body::Categorize(cat), Response::Categorize(placed)) => {
            let cards: Vec<Thing<'_>> = cat
                .cards
                .iter()
                .map(|c| (c.id.as_str(), c.text.as_str(), c.source.as_deref()))
                .collect();
            let ask = Placing {
                noun: "Card",
                labels_heading: "Buckets:",
                question: "Which bucket does it go in? Type its number, or press Enter to leave it out.",
                verb: "put in",
            };
            if !place_each(io, unit, &ask, &cards, &cat.buckets, placed)? {
                return Ok(false);
            }
        }
        (Body::Match(m), Response::Match(chosen)) => {
            let items: Vec<Thing<'_>> = m
                .items
                .iter()
                .map(|i| (i.id.as_str(), i.text.as_str(), i.source.as_deref()))
                .collect();
            let ask = Placing {
                noun: "Item",
                labels_heading: "Options:",
                question: "Which option matches it? Type its number, or press Enter to leave it.",
                verb: "matched to",
            };
            if !place_each(io, unit, &ask, &items, &m.options, chosen)? {
                return Ok(false);
            }
        }
        (
            Body::Rank(_) | Body::Timeline(_),
            Response::Order {
                order,
                justification,
            },
        ) => {
            let (items, prompt) = match &activity.body {
                Body::Rank(r) => (&r.items, "most important first"),
                Body::Timeline(t) => (&t.events, "earliest first"),
                Body::Sort(_)
                | Body::Categorize(_)
                | Body::Match(_)
                | Body::Grid(_)
                | Body::Choice(_)
                | Body::Short(_)
                | Body::Essay(_)
                | Body::Report(_) => return Ok(true),
            };
            io.say("Items:")?;
            for (n, item) in items.iter().enumerate() {
                io.say(&format!("  {}. {}", n + 1, clean(&item.text)))?;
            }
            loop {
                let Some(picked) = io.ask_numbers(
                    &format!(
                        "Type all {} numbers in your order, {prompt}, separated by spaces.",
                        items.len()
                    ),
                    items.len(),
                )?
                else {
                    return Ok(false);
                };
                let distinct: BTreeSet<usize> = picked.iter().copied().collect();
                if picked.len() == items.len() && distinct.len() == items.len() {
                    *order = picked.iter().map(|&i| items[i - 1].id.clone()).collect();
                    break;
                }
                io.say(&format!(
                    "Use each number from 1 to {} exactly once. Try again.",
                    items.len()
                ))?;
            }
            io.say("Your order:")?;
            for (n, id) in order.iter().enumerate() {
                let text = items
                    .iter()
                    .find(|i| &i.id == id)
                    .map(|i| i.text.as_str())
                    .unwrap_or_default();
                io.say(&format!("  {}. {}", n + 1, clean(text)))?;
            }
            if let Body::Rank(r) = &activity.body
                && let Some(j) = &r.justification
            {
                io.say(&clean(j.prompt.as_deref().unwrap_or("Explain your order.")))?;
                io.say(&format!("Write at least {} words.", j.min_words))?;
                let Some(text) = io.ask_text()? else {
                    return Ok(false);
                };
                io.say(&format!(
                    "Justification recorded ({} words).",
                    crate::text::word_count(&text)
                ))?;
                *justification = text;
            }
        }
        (Body::Grid(grid), Response::Grid(cells)) => {
            for cell in grid.cells.iter().filter(|c| c.given.is_none()) {
                let row = grid
                    .rows
                    .iter()
                    .find(|r| r.id == cell.row)
                    .map_or("", |r| r.label.as_str());
                let column = grid
                    .columns
                    .iter()
                    .find(|c| c.id == cell.column)
                    .map_or("", |c| c.label.as_str());
                io.blank()?;
                io.say(&format!("{}: {}", clean(row), clean(column)))?;
                let Some(text) = io.ask_text()? else {
                    return Ok(false);
                };
                io.say(&format!(
                    "{}, {}: recorded ({} words).",
                    clean(row),
                    clean(column),
                    crate::text::word_count(&text)
                ))?;
                cells.insert(cell.id(), text);
            }
        }
        (Body::Choice(quiz), Response::Choice(chosen)) => {
            for (n, q) in quiz.questions.iter().enumerate() {
                let QuestionAnswer::Choice { multiple, options } = &q.answer else {
                    continue;
                };
                io.blank()?;
                io.say(&format!(
                    "Question {} of {}: {}",
                    n + 1,
                    quiz.questions.len(),
                    clean(&q.prompt)
                ))?;
                for (i, o) in options.iter().enumerate() {
                    io.say(&format!("  {}. {}", i + 1, clean(&o.text)))?;
                }
                let prompt = if *multiple {
                    "Type the numbers of every right option."
                } else {
                    "Type the number of the right option."
                };
                let picked = loop {
                    let Some(picked) = io.ask_numbers(prompt, options.len())? else {
                        return Ok(false);
                    };
                    if *multiple || picked.len() <= 1 {
                        break picked;
                    }
                    io.say("Choose one option only. Try again.")?;
                };
                let texts: Vec<String> = picked
                    .iter()
                    .map(|&i| clean(&options[i - 1].text).into_owned())
                    .collect();
                io.say(&format!(
                    "Question {}: chose {}.",
                    n + 1,
                    if texts.is_empty() {
                        "nothing".into()
                    } else {
                        texts.join(" and ")
                    }
                ))?;
                chosen.insert(
                    q.id.clone(),
                    picked.iter().map(|&i| options[i - 1].id.clone()).collect(),
                );
            }
        }
        (Body::Short(quiz), Response::Short(answers)) => {
            for (n, q) in quiz.questions.iter().enumerate() {
                io.blank()?;
                io.say(&format!(
                    "Question {} of {}: {}",
                    n + 1,
                    quiz.questions.len(),
                    clean(&q.prompt)
                ))?;
                let Some(text) = io.ask_text()? else {
                    return Ok(false);
                };
                io.say(&format!("Answer to question {} recorded.", n + 1))?;
                answers.insert(q.id.clone(), text);
            }
        }
        (Body::Essay(essay), Response::Essay(text)) => {
            for g in &essay.guidance {
                io.say(&format!("- {}", clean(g)))?;
            }
            if let Some(w) = &essay.words {
                io.say(&word_limits(w.min, w.max))?;
            }
            let Some(written) = io.ask_text()? else {
                return Ok(false);
            };
            io.say(&format!(
                "Essay recorded ({} words).",
                crate::text::word_count(&written)
            ))?;
            *text = written;
        }
        (
            Body::Report(report),
            Response::Report {
                cover,
                sections,
                decision,
            },
        ) => {
            for field in &report.cover {
                match &field.value {
                    Some(v) => io.say(&format!("{}: {}", clean(&field.label), clean(v)))?,
                    None => {
                        let Some(v) = io.ask(&format!("{}:", clean(&field.label)))? else {
                            return Ok(false);
                        };
                        cover.insert(field.id.clone(), v);
                    }
                }
            }
            if let Some(d) = &report.decision {
                io.blank()?;
                io.say(&clean(&d.prompt))?;
                for (i, o) in d.options.iter().enumerate() {
                    io.say(&format!("  {}. {}", i + 1, clean(&o.label)))?;
                }
                let Some(pick) = ask_one(io, "Type the number of your decision.", d.options.len())?
                else {
                    return Ok(false);
                };
                if let Some(p) = pick {
                    io.say(&format!("Decision: {}.", clean(&d.options[p - 1].label)))?;
                    *decision = Some(d.options[p - 1].id.clone());
                }
            }
            for (n, s) in report.sections.iter().enumerate() {
                io.blank()?;
                io.say(&format!(
                    "Section {} of {}: {}",
                    n + 1,
                    report.sections.len(),
                    clean(&s.heading)
                ))?;
                for g in &s.guidance {
                    io.say(&format!("- {}", clean(g)))?;
                }
                if let Some(w) = &s.words {
                    io.say(&word_limits(w.min, w.max))?;
                }
                let Some(text) = io.ask_text()? else {
                    return Ok(false);
                };
                io.say(&format!(
                    "Section {} recorded ({} words).",
                    n + 1,
                    crate::text::word_count(&text)
                ))?;
                sections.insert(s.id.clone(), text);
            }
        }
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
        ) => {}
    }
    Ok(true)
}

/// A card or item: its id, its text, and the source it stands for.
type Thing<'a> = (&'a str, &'a str, Option<&'a str>);

/// How to ask where each card or item goes.
struct Placing<'a> {
    noun: &'a str,
    labels_heading: &'a str,
    question: &'a str,
    verb: &'a str,
}

/// Shows each card or item (its source in full, if it stands for one) and asks which of the
/// numbered labels it goes with, recording the choices; `false` when input ended.
fn place_each<R: BufRead, W: Write>(
    io: &mut Dialogue<R, W>,
    unit: &Unit,
    ask: &Placing<'_>,
    things: &[Thing<'_>],
    labels: &[Label],
    chosen: &mut std::collections::BTreeMap<String, String>,
) -> std::io::Result<bool> {
    io.say(ask.labels_heading)?;
    numbered(io, labels)?;
    for (n, (id, text, source)) in things.iter().enumerate() {
        io.blank()?;
        match source.and_then(|s| unit.source(s)) {
            Some(source) => {
                io.say(&format!("{} {} of {}:", ask.noun, n + 1, things.len()))?;
                show_source(io, source)?;
            }
            None => io.say(&format!(
                "{} {} of {}: {}",
                ask.noun,
                n + 1,
                things.len(),
                clean(text)
            ))?,
        }
        let Some(pick) = ask_one(io, ask.question, labels.len())? else {
            return Ok(false);
        };
        if let Some(p) = pick {
            io.say(&format!(
                "{} {} {} {}.",
                ask.noun,
                n + 1,
                ask.verb,
                clean(&labels[p - 1].label)
            ))?;
            chosen.insert((*id).to_string(), labels[p - 1].id.clone());
        }
    }
    Ok(true)
}

/// Asks for one number or none; `None` when input ended, `Some(None)` for no choice.
fn ask_one<R: BufRead, W: Write>(
    io: &mut Dialogue<R, W>,
    prompt: &str,
    max: usize,
) -> std::io::Result<Option<Option<usize>>> {
    loop {
        let Some(picked) = io.ask_numbers(prompt, max)? else {
            return Ok(None);
        };
        match picked.as_slice() {
            [] => return Ok(Some(None)),
            [one] => return Ok(Some(Some(*one))),
            _ => io.say("Type one number only. Try again.")?,
        }
    }
}

fn word_limits(min: Option<u32>, max: Option<u32>) -> String {
    match (min, max) {
        (Some(lo), Some(hi)) => format!("Write {lo} to {hi} words."),
        (Some(lo), None) => format!("Write at least {lo} words."),
        (None, Some(hi)) => format!("Write at most {hi} words."),
        (None, None) => String::new(),
    }
}
