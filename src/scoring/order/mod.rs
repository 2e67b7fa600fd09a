//! Scoring a `rank` or `timeline`: an order compared with its key.
//!
//! With a key, the order is worth `n` marks (one per item), times the share the author's
//! [`OrderMethod`] gives. With `n` items, positions from 0, and an item's distance measured
//! to the positions its key group allows (an item left out counts as `n − 1` away):
//!
//! - `absolute`: 1 mark for each item in a position the key allows.
//! - `relative` (the default): each item earns `max(0, (n − 1) − distance) / (n − 1)`.
//! - `subsequence`: the longest run of items in key order (not necessarily adjacent),
//!   counted only if it has 2 items or more: `run / n`.
//! - `pairs`: adjacent pairs of the order that the key lets stand next to each other, in
//!   that order: `pairs / (n − 1)`.
//! - `footrule`: `1 − Σ distance / ⌊n² / 2⌋`, floored at 0.
//! - `kendall`: `1 − discordant pairs / (n(n − 1) / 2)`; items of equal rank are never
//!   discordant, and a pair with an item left out always is.
//! - `all_or_nothing`: all `n` marks for an order the key allows, else none.
//!
//! **Chance.** Each method's marks are taken beyond what a random order earns on average
//! (worked out in `chance`): `max(0, (marks − chance) / (n − chance)) × n`. A random order
//! expects about 0 (less than a tenth of the marks from about a dozen items up), a reversed
//! order earns 0, the key earns everything, and one swap of neighbours keeps at least
//! `(n − 3) / (n − 1)` of the marks (`(n − 5) / (n − 1)` by `pairs`, which loses up to three
//! neighbours; none by `all_or_nothing`).
//!
//! A `rank` without a key earns 1 mark for a complete ranking (every item exactly once).
//! A `rank`'s justification is marked by its keyword groups (with `min_words` a word limit,
//! see [`super::written`]), or by the teacher when it has none: never by length alone.

mod chance;
mod methods;
mod revisit;

pub use revisit::{Movement, compare_rankings};

use std::sync::Arc;

use methods::Standing;

use super::chance::{beyond_chance, take_out_chance};
use super::clauses::ReadBefore;
use super::context::{Context, marks, ordinal};
use super::prose::{Around, Prompt, Reading, mark_text};
use super::tally::{EPSILON, Tally, TaskMarks};
use super::teacher::teacher_mark;
use crate::activity::date::HistDate;
use crate::activity::{
    Justification, OrderItem, OrderKey, OrderMethod, Rank, Timeline, WordLimits,
};
use crate::answer::Response;
use crate::text::count;

/// The student's order and justification, empty when the response is not an order.
fn response<'a>(ctx: &Context<'a>) -> (&'a [String], &'a str) {
    match &ctx.answer.response {
        Response::Order {
            order,
            justification,
        } => (order, justification),
        _ => (&[], ""),
    }
}

/// Scores a `rank`: against its key if it has one, else for completeness; then the
/// justification.
pub(crate) fn score_rank(ctx: &Context<'_>, rank: &Rank) -> Tally {
    let (order, justification) = response(ctx);
    let mut tally = match &rank.key {
        Some(key) => {
            let items = (&rank.items[..], &[][..], &[][..]);
            score_order(ctx, items, key, rank.method, "Your ranking")
        }
        None => score_completeness(ctx, &rank.items, order),
    };
    if let Some(asked) = &rank.justification {
        tally.push(justification_task(ctx, asked, justification));
    }
    tally
}

/// Scores a `timeline` against the order of its dates.
pub(crate) fn score_timeline(ctx: &Context<'_>, timeline: &Timeline) -> Tally {
    let items = (
        &timeline.events[..],
        &timeline.explanations[..],
        &timeline.dates[..],
    );
    score_order(ctx, items, &timeline.key, timeline.method, "Your timeline")
}

/// What is known about the order being scored: the items, the student's order and how
/// each item stands against the key.
struct Compared<'a> {
    items: &'a [OrderItem],
    ids: Vec<&'a str>,
    labels: Vec<&'a Arc<str>>,
    cleaned: Vec<&'a str>,
    standings: Vec<Standing>,
    /// The key group of each item of `cleaned`.
    groups: Vec<usize>,
    explanations: &'a [Option<String>],
    /// The date of each item of a timeline (empty for a ranking).
    dates: &'a [HistDate],
}

impl Compared<'_> {
    fn n(&self) -> usize {
        self.ids.len()
    }

    fn label_of(&self, id: &str) -> String {
        self.ids
            .iter()
            .position(|i| *i == id)
            .map_or(id, |i| &**self.labels[i])
            .to_string()
    }

    fn explanation(&self, i: usize) -> Option<&str> {
        self.explanations.get(i).and_then(Option::as_deref)
    }

    /// Item `i` as a model answer names it: its text, and its date on a timeline.
    fn dated_label(&self, i: usize) -> String {
        match self.dates.get(i) {
            Some(date) => format!("{} ({date})", self.labels[i]),
            None => self.labels[i].to_string(),
        }
    }
}

/// The order compared with a key, by `method`: the items with their explanations and, on
/// a timeline, their dates.
fn score_order<'a>(
    ctx: &Context<'a>,
    (items, explanations, dates): (&'a [OrderItem], &'a [Option<String>], &'a [HistDate]),
    key: &OrderKey,
    method: OrderMethod,
    whole_label: &str,
) -> Tally {
    let (order, _) = response(ctx);
    let ids: Vec<&str> = items.iter().map(|i| &*i.id).collect();
    let cleaned = methods::cleaned(order, &ids);
    let compared = Compared {
        standings: methods::standings(&cleaned, key, &ids),
        groups: cleaned
            .iter()
            .map(|id| key.group_of(id).unwrap_or(0))
            .collect(),
        labels: items
            .iter()
            .map(|i| ctx.shown(&i.text, i.source.as_deref()))
            .collect(),
        items,
        ids,
        cleaned,
        explanations,
        dates,
    };
    let n = compared.n();
    let mut task = ctx.task("order", whole_label, n as f64);
    match method {
        OrderMethod::Absolute | OrderMethod::Relative => {
            return score_items(ctx, &compared, method);
        }
        OrderMethod::Subsequence => {
            let run = methods::longest_run(&compared.groups);
            if run.len() >= 2 {
                task.give(run.len() as f64, || {
                    let names: Vec<String> = run
                        .iter()
                        .map(|&i| compared.label_of(compared.cleaned[i]))
                        .collect();
                    format!(
                        "{} of {n} in the key's order: {}",
                        run.len(),
                        names.join(" → ")
                    )
                });
            } else {
                task.note("no two items are in the key's order");
            }
        }
        OrderMethod::Pairs => {
            let per_pair = n as f64 / n.saturating_sub(1).max(1) as f64;
            let pairs = methods::adjacent_pairs(&compared.groups);
            for (i, good) in pairs.into_iter().enumerate() {
                let pair = || {
                    format!(
                        "{} then {}",
                        compared.label_of(compared.cleaned[i]),
                        compared.label_of(compared.cleaned[i + 1])
                    )
                };
                if good {
                    task.give(per_pair, || {
                        format!("{}: next to each other in the key", pair())
                    });
                } else {
                    task.note(|| format!("{}: not next to each other in the key", pair()));
                }
            }
        }
        OrderMethod::Footrule => {
            let (total, most) = methods::footrule(&compared.standings);
            let share = (1.0 - total as f64 / most.max(1) as f64).max(0.0);
            task.give(share * n as f64, || {
                format!(
                    "in all, items are {} from where the key puts them (at most {most} counts)",
                    count(total, "place"),
                )
            });
        }
        OrderMethod::Kendall => {
            let (discordant, pairs) = methods::kendall(&compared.standings);
            let share = 1.0 - discordant as f64 / pairs.max(1) as f64;
            task.give(share * n as f64, || {
                format!(
                    "{discordant} of {} are the wrong way round",
                    count(pairs, "pair")
                )
            });
        }
        OrderMethod::AllOrNothing => {
            let out = compared.standings.iter().filter(|s| !s.in_place()).count();
            if out == 0 {
                task.give(n as f64, "every item is where the key allows — right");
            } else {
                task.note(|| {
                    format!(
                        "no marks: {} out of place, and this order is marked all or nothing",
                        count(out, "item")
                    )
                });
            }
        }
    }
    let raw = task.marks();
    let chance = chance::expected(method, &compared.standings);
    let beyond = beyond_chance(raw, chance, n as f64);
    if (beyond - raw).abs() > EPSILON {
        task.give(beyond - raw, || chance_text(chance, n));
    }
    if !compared.cleaned.is_empty() {
        task.answered();
    }
    for (i, standing) in compared.standings.iter().enumerate() {
        if !standing.in_place() {
            task.note(|| format!("{}: {}", compared.labels[i], place_text(standing)));
            if let Some(e) = compared.explanation(i) {
                task.feedback(Some(&format!("{}: {e}", compared.labels[i])));
            }
        }
    }
    task.model_answer_from(ctx.activity.show_model_answer, || key_text(key, &compared));
    let mut tally = Tally::default();
    tally.push(task);
    tally
}

/// One task per item, by `absolute` or `relative`.
fn score_items(ctx: &Context<'_>, compared: &Compared<'_>, method: OrderMethod) -> Tally {
    let mut tally = Tally::default();
    for (i, standing) in compared.standings.iter().enumerate() {
        let mut task = ctx.task(&compared.items[i].id, compared.labels[i], 1.0);
        mark_item(&mut task, standing, method, compared.n());
        task.feedback(compared.explanation(i));
        task.model_answer_from(ctx.activity.show_model_answer, || {
            match compared.dates.get(i) {
                Some(date) => format!("{}: {date}", allowed_text(standing.allowed)),
                None => allowed_text(standing.allowed),
            }
        });
        tally.push(task);
    }
    let n = compared.n();
    let chance = chance::expected(method, &compared.standings);
    take_out_chance(&mut tally, &ctx.activity.id, chance, n as f64, || {
        chance_text(chance, n)
    });
    tally
}

/// "a random order would earn about 6.5 of 19 marks: only what is beyond chance counts".
fn chance_text(chance: f64, n: usize) -> String {
    format!(
        "a random order would earn about {} of {n}: only the marks beyond chance count",
        marks((chance * 10.0).round() / 10.0)
    )
}

/// One item's mark by `absolute` or `relative`.
fn mark_item(task: &mut TaskMarks, standing: &Standing, method: OrderMethod, n: usize) {
    if standing.position.is_some() {
        task.answered();
    }
    let credit = match method {
        OrderMethod::Relative => methods::relative_credit(standing, n),
        _ if standing.in_place() => 1.0,
        _ => 0.0,
    };
    if standing.in_place() {
        task.give(credit, || format!("{} — right", position_text(standing)));
    } else if credit > 0.0 {
        task.give(credit, || place_text(standing));
    } else {
        task.note(|| place_text(standing));
    }
}

/// A rank with no key: 1 mark for ranking every item exactly once.
fn score_completeness(ctx: &Context<'_>, items: &[OrderItem], order: &[String]) -> Tally {
    let mut task = ctx.task("ranking", "Your ranking", 1.0);
    if !order.is_empty() {
        task.answered();
    }
    let missing: Vec<&str> = items
        .iter()
        .filter(|i| !order.iter().any(|o| **o == *i.id))
        .map(|i| &**ctx.shown(&i.text, i.source.as_deref()))
        .collect();
    let complete = missing.is_empty() && order.len() == items.len();
    if complete {
        task.give(1.0, "every item ranked, each once");
    } else if missing.is_empty() {
        task.note("an item is ranked more than once, or one is not of this activity");
    } else {
        task.note(|| format!("not ranked: {}", missing.join(", ")));
    }
    let mut tally = Tally::default();
    tally.push(task);
    tally
}

/// The justification: by its keyword groups (and `min_words` as a word limit) when the
/// author gives some, else by the teacher. Its length alone never earns marks.
fn justification_task(ctx: &Context<'_>, asked: &Justification, text: &str) -> TaskMarks {
    let mut task = ctx.task("justification", "Your justification", asked.points);
    if asked.keywords.is_empty() {
        teacher_mark(ctx, &mut task, "justification", text, |_| {
            "your teacher's mark".to_string()
        });
    } else {
        let limits = WordLimits {
            min: Some(asked.min_words),
            max: None,
            hard_min: false,
            points: 0.0,
            bands: Vec::new(),
        };
        mark_text(
            ctx,
            &mut task,
            text,
            &asked.keywords,
            Some(&limits),
            Around {
                question: asked.prompt.as_deref().map(|text| Prompt {
                    text,
                    stems: &asked.prompt_stems,
                }),
                model: None,
            },
            Reading {
                prose: true,
                before: &mut ReadBefore::default(),
                whole_elsewhere: None,
                brief: false,
            },
        );
    }
    task
}

/// "3rd" or "3rd–4th".
fn allowed_text((lo, hi): (usize, usize)) -> String {
    if lo == hi {
        ordinal(lo + 1)
    } else {
        format!("{}–{} (tied)", ordinal(lo + 1), ordinal(hi + 1))
    }
}

fn position_text(standing: &Standing) -> String {
    standing
        .position
        .map_or_else(|| "not placed".into(), |p| ordinal(p + 1))
}

/// "5th; the key puts it 3rd (2 places away)" or "not placed; the key puts it 3rd".
fn place_text(standing: &Standing) -> String {
    let key = allowed_text(standing.allowed);
    match standing.position {
        None => format!("not placed; the key puts it {key}"),
        Some(_) => {
            let away = standing.distance(usize::MAX);
            format!(
                "{}; the key puts it {key} ({} away)",
                position_text(standing),
                count(away, "place")
            )
        }
    }
}

/// "1. A; 2. B; 3–4. C, D (tied)", each item with its date on a timeline.
fn key_text(key: &OrderKey, compared: &Compared<'_>) -> String {
    let mut parts = Vec::new();
    let mut start = 1;
    for group in &key.groups {
        let names: Vec<String> = group
            .iter()
            .filter_map(|id| {
                let i = compared.ids.iter().position(|i| i == id)?;
                Some(compared.dated_label(i))
            })
            .collect();
        let end = start + group.len() - 1;
        parts.push(if group.len() == 1 {
            format!("{start}. {}", names.join(", "))
        } else {
            format!("{start}–{end}. {} (tied)", names.join(", "))
        });
        start = end + 1;
    }
    parts.join("; ")
}
