//! Scoring a `categorize` (cards into buckets) or a `match` (items to options).
//!
//! Each card or item is worth 1 mark: `right ÷ total × items` is the number placed in an
//! accepted bucket or option. With `wrong_penalty`, each wrong placement takes 1 mark off,
//! and the total is floored at 0 (the explanation then has a line adding back what the
//! penalties took below 0). An unplaced card or item is never penalised.
//!
//! **Chance.** Without `wrong_penalty`, what putting everything in one bucket (or matching
//! every item to one option) would earn is taken out — the most cards any one place
//! accepts: `max(0, (right − most in one place) / (total − most in one place)) × total`.
//! Every card in one bucket earns 0; one card misplaced keeps most of the marks.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::chance::take_out_chance;
use super::context::{Context, marks, quoted};
use super::tally::Tally;
use crate::activity::{Categorize, Label, Match};
use crate::answer::Response;

/// One card or item to place: what it is called and where it belongs.
struct Placeable<'a> {
    id: &'a Arc<str>,
    label: &'a Arc<str>,
    best: &'a str,
    also_accept: &'a [String],
    explanation: Option<&'a str>,
}

/// The words that differ between cards in buckets and items matched to options.
#[derive(Debug, Clone, Copy)]
enum Wording {
    Buckets,
    Options,
}

impl Wording {
    fn placed(self, target: &str) -> String {
        match self {
            Wording::Buckets => format!("in {}", quoted(target)),
            Wording::Options => format!("matched to {}", quoted(target)),
        }
    }

    fn belongs(self, target: &str) -> String {
        match self {
            Wording::Buckets => format!("it belongs in {}", quoted(target)),
            Wording::Options => format!("it goes with {}", quoted(target)),
        }
    }

    fn everything_in(self, target: &str) -> String {
        match self {
            Wording::Buckets => format!("in {}", quoted(target)),
            Wording::Options => format!("with {}", quoted(target)),
        }
    }

    fn unplaced(self) -> &'static str {
        match self {
            Wording::Buckets => "not placed in any bucket",
            Wording::Options => "not matched to any option",
        }
    }
}

/// Scores the cards of a `categorize`.
pub(crate) fn score_categorize(ctx: &Context<'_>, categorize: &Categorize) -> Tally {
    let placed = match &ctx.answer.response {
        Response::Categorize(placed) => Some(placed),
        _ => None,
    };
    let cards = categorize.cards.iter().map(|c| Placeable {
        id: &c.id,
        label: ctx.shown(&c.text, c.source.as_deref()),
        best: &c.bucket,
        also_accept: &c.also_accept,
        explanation: c.explanation.as_deref(),
    });
    let mut tally = score_placements(
        ctx,
        Wording::Buckets,
        &categorize.buckets,
        cards,
        placed,
        categorize.wrong_penalty,
    );
    tally.floor_at_zero(&ctx.activity.id, "the cards never score below 0 in all");
    tally
}

/// Scores the items of a `match`.
pub(crate) fn score_match(ctx: &Context<'_>, matching: &Match) -> Tally {
    let chosen = match &ctx.answer.response {
        Response::Match(chosen) => Some(chosen),
        _ => None,
    };
    let items = matching.items.iter().map(|i| Placeable {
        id: &i.id,
        label: ctx.shown(&i.text, i.source.as_deref()),
        best: &i.option,
        also_accept: &i.also_accept,
        explanation: i.explanation.as_deref(),
    });
    let mut tally = score_placements(
        ctx,
        Wording::Options,
        &matching.options,
        items,
        chosen,
        matching.wrong_penalty,
    );
    tally.floor_at_zero(&ctx.activity.id, "the items never score below 0 in all");
    tally
}

fn score_placements<'a>(
    ctx: &Context<'_>,
    wording: Wording,
    targets: &[Label],
    things: impl Iterator<Item = Placeable<'a>>,
    placed: Option<&BTreeMap<String, String>>,
    wrong_penalty: bool,
) -> Tally {
    let label_of = |id: &str| {
        targets
            .iter()
            .find(|t| t.id == id)
            .map_or_else(|| id.to_string(), |t| t.label.clone())
    };
    let mut tally = Tally::default();
    let mut total = 0usize;
    let mut accepted_in: BTreeMap<&str, usize> = BTreeMap::new();
    for thing in things {
        total += 1;
        for target in
            std::iter::once(thing.best).chain(thing.also_accept.iter().map(String::as_str))
        {
            *accepted_in.entry(target).or_default() += 1;
        }
        let mut task = ctx.task(thing.id, thing.label, 1.0);
        let best = || label_of(thing.best);
        match placed.and_then(|p| p.get(&**thing.id)) {
            None => task.note(wording.unplaced()),
            Some(target) => {
                task.answered();
                let here = || wording.placed(&label_of(target));
                let belongs = || wording.belongs(&best());
                if target == thing.best {
                    task.give(1.0, || format!("{} — right", here()));
                } else if thing.also_accept.contains(target) {
                    task.give(1.0, || {
                        format!("{} — accepted, though {}", here(), belongs())
                    });
                } else if wrong_penalty {
                    task.give(-1.0, || format!("{}: {}", here(), belongs()));
                } else {
                    task.note(|| format!("{}: {}", here(), belongs()));
                }
            }
        }
        task.feedback(thing.explanation);
        task.model_answer_from(ctx.activity.show_model_answer, best);
        tally.push(task);
    }
    if !wrong_penalty && let Some((place, most)) = accepted_in.iter().max_by_key(|(_, n)| **n) {
        let most = *most as f64;
        take_out_chance(&mut tally, &ctx.activity.id, most, total as f64, || {
            format!(
                "putting everything {} would earn {}: only the marks beyond that count",
                wording.everything_in(&label_of(place)),
                marks(most)
            )
        });
    }
    tally
}
