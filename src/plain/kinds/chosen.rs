//! The plain dialogue of the kinds that choose, tick or order: sort, categorize, match,
//! rank, timeline and choice.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, Write};

use super::{Dialogue, ask_one, show_source};
use crate::activity::{
    Categorize, Justification, Label, Match, OrderItem, QuestionAnswer, Quiz, Sort, Unit,
};
use crate::text::clean;

/// Asks which columns each row of a sort gives evidence for, and its quote when asked for.
pub(super) fn sort<R: BufRead, W: Write>(
    io: &mut Dialogue<R, W>,
    unit: &Unit,
    sort: &Sort,
    ticks: &mut BTreeMap<String, BTreeSet<String>>,
    evidence: &mut BTreeMap<String, String>,
) -> std::io::Result<bool> {
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
        let kept = positions(&sort.columns, ticks.get(&*row.id).into_iter().flatten());
        let Some(picked) = io.ask_numbers_keeping(
            "Which columns does this row give evidence for? Type their numbers (for example 1 3), or press Enter for none.",
            sort.columns.len(),
            &kept,
            &format!("ticked {}", names(&sort.columns, kept.iter().copied())),
        )?
        else {
            return Ok(false);
        };
        let set: BTreeSet<usize> = picked.into_iter().collect();
        io.say(&format!(
            "Row {}: ticked {}.",
            n + 1,
            names(&sort.columns, set.iter().copied())
        ))?;
        ticks.insert(
            row.id.to_string(),
            set.iter()
                .map(|&i| sort.columns[i - 1].id.clone())
                .collect(),
        );
        if sort.require_evidence && !set.is_empty() {
            let kept = evidence.get(&*row.id).cloned().unwrap_or_default();
            let prompt = if kept.is_empty() {
                "Quote the words of the source that show it (or press Enter to skip)."
            } else {
                io.say(&format!("Saved quote: {}", clean(&kept)))?;
                "Quote the words of the source that show it, or press Enter to keep the saved quote."
            };
            let Some(quote) = io.ask(prompt)? else {
                return Ok(false);
            };
            if !quote.is_empty() {
                io.say(&format!("Row {}: evidence recorded.", n + 1))?;
                evidence.insert(row.id.to_string(), quote);
            }
        } else {
            evidence.remove(&*row.id);
        }
    }
    Ok(true)
}

/// Asks which bucket each card goes in.
pub(super) fn categorize<R: BufRead, W: Write>(
    io: &mut Dialogue<R, W>,
    unit: &Unit,
    cat: &Categorize,
    placed: &mut BTreeMap<String, String>,
) -> std::io::Result<bool> {
    let cards: Vec<Thing<'_>> = cat
        .cards
        .iter()
        .map(|c| (&*c.id, &*c.text, c.source.as_deref()))
        .collect();
    let ask = Placing {
        noun: "Card",
        labels_heading: "Buckets:",
        question: "Which bucket does it go in? Type its number, or press Enter to leave it out.",
        verb: "put in",
    };
    place_each(io, unit, &ask, &cards, &cat.buckets, placed)
}

/// Asks which option each item matches.
pub(super) fn matching<R: BufRead, W: Write>(
    io: &mut Dialogue<R, W>,
    unit: &Unit,
    m: &Match,
    chosen: &mut BTreeMap<String, String>,
) -> std::io::Result<bool> {
    let items: Vec<Thing<'_>> = m
        .items
        .iter()
        .map(|i| (&*i.id, &*i.text, i.source.as_deref()))
        .collect();
    let ask = Placing {
        noun: "Item",
        labels_heading: "Options:",
        question: "Which option matches it? Type its number, or press Enter to leave it.",
        verb: "matched to",
    };
    place_each(io, unit, &ask, &items, &m.options, chosen)
}

/// Asks for the items in order (`prompt` says which way), until each is given once.
pub(super) fn order<R: BufRead, W: Write>(
    io: &mut Dialogue<R, W>,
    (items, prompt): (&[OrderItem], &str),
    order: &mut Vec<String>,
) -> std::io::Result<bool> {
    io.say("Items:")?;
    for (n, item) in items.iter().enumerate() {
        io.say(&format!("  {}. {}", n + 1, clean(&item.text)))?;
    }
    let kept: Vec<usize> = order
        .iter()
        .filter_map(|id| items.iter().position(|i| *i.id == **id).map(|p| p + 1))
        .collect();
    let kept = if kept.len() == items.len() {
        kept
    } else {
        Vec::new()
    };
    let saved = kept
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" ");
    loop {
        let Some(picked) = io.ask_numbers_keeping(
            &format!(
                "Type all {} numbers in your order, {prompt}, separated by spaces.",
                items.len()
            ),
            items.len(),
            &kept,
            &format!("the order {saved}"),
        )?
        else {
            return Ok(false);
        };
        let distinct: BTreeSet<usize> = picked.iter().copied().collect();
        if picked.len() == items.len() && distinct.len() == items.len() {
            *order = picked
                .iter()
                .map(|&i| items[i - 1].id.to_string())
                .collect();
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
            .find(|i| *i.id == **id)
            .map(|i| &*i.text)
            .unwrap_or_default();
        io.say(&format!("  {}. {}", n + 1, clean(text)))?;
    }
    Ok(true)
}

/// Asks for the justification of an order, when the activity asks for one.
pub(super) fn justify<R: BufRead, W: Write>(
    io: &mut Dialogue<R, W>,
    asked: Option<&Justification>,
    justification: &mut String,
) -> std::io::Result<bool> {
    if let Some(j) = asked {
        io.say(&clean(j.prompt.as_deref().unwrap_or("Explain your order.")))?;
        io.say(&format!("Write at least {} words.", j.min_words))?;
        let Some(text) = io.ask_text(justification)? else {
            return Ok(false);
        };
        io.say(&format!(
            "Justification recorded ({} words).",
            crate::text::word_count(&text)
        ))?;
        *justification = text;
    }
    Ok(true)
}

/// Asks each choice question.
pub(super) fn choice<R: BufRead, W: Write>(
    io: &mut Dialogue<R, W>,
    quiz: &Quiz,
    chosen: &mut BTreeMap<String, BTreeSet<String>>,
) -> std::io::Result<bool> {
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
        let kept: Vec<usize> = chosen
            .get(&*q.id)
            .into_iter()
            .flatten()
            .filter_map(|id| options.iter().position(|o| &o.id == id).map(|p| p + 1))
            .collect();
        let saved = kept
            .iter()
            .map(|&i| clean(&options[i - 1].text).into_owned())
            .collect::<Vec<_>>()
            .join(" and ");
        let picked = loop {
            let Some(picked) = io.ask_numbers_keeping(prompt, options.len(), &kept, &saved)? else {
                return Ok(false);
            };
            if *multiple || picked.len() <= 1 {
                break picked;
            }
            io.say("Choose one option only. Try again.")?;
        };
        let texts: Vec<String> = picked
            .iter()
            .map(|&i| {
                clean(&options[i - 1].text)
                    .trim_end_matches('.')
                    .to_string()
            })
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
            q.id.to_string(),
            picked.iter().map(|&i| options[i - 1].id.clone()).collect(),
        );
    }
    Ok(true)
}

/// Lists `labels`, numbered from 1, with their descriptions.
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

/// The 1-based positions in `labels` of the labels with the ids `ids`, in the labels'
/// order (ids no label has are left out).
fn positions<'a>(labels: &[Label], ids: impl IntoIterator<Item = &'a String>) -> Vec<usize> {
    let ids: BTreeSet<&String> = ids.into_iter().collect();
    (1..=labels.len())
        .filter(|&n| ids.contains(&labels[n - 1].id))
        .collect()
}

/// The labels at the 1-based positions `picked`, joined with "and"; "nothing" for none.
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
    chosen: &mut BTreeMap<String, String>,
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
        let kept = positions(labels, chosen.get(*id));
        let saved = format!("{} {}", ask.verb, names(labels, kept.iter().copied()));
        let Some(pick) = ask_one(io, ask.question, labels.len(), (&kept, &saved))? else {
            return Ok(false);
        };
        match pick {
            Some(p) => {
                io.say(&format!(
                    "{} {} {} {}.",
                    ask.noun,
                    n + 1,
                    ask.verb,
                    clean(&labels[p - 1].label)
                ))?;
                chosen.insert((*id).to_string(), labels[p - 1].id.clone());
            }
            None => {
                chosen.remove(*id);
            }
        }
    }
    Ok(true)
}
