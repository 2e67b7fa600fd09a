//! `rank` and `timeline`: items put in order.

use std::cmp::Ordering;
use std::collections::HashSet;

use super::Ctx;
use super::questions::validate_keywords;
use super::tables::required;
use crate::activity::date::HistDate;
use crate::activity::model::{Justification, OrderItem, OrderKey, OrderMethod, Rank, Timeline};
use crate::activity::raw::{KeyEntry, RawActivity, Spanned};
use crate::diagnostic::Diagnostic;

fn method(raw: &RawActivity) -> OrderMethod {
    raw.scoring
        .as_ref()
        .and_then(|s| s.get().method.as_ref())
        .map_or(OrderMethod::Relative, |m| *m.get())
}

/// A `rank`, with or without a key.
pub(super) fn validate_rank(ctx: &mut Ctx<'_>, raw: &RawActivity) -> Option<Rank> {
    let raw_items = required(ctx, raw, "items", raw.items.as_ref())?;
    let ids = ctx.unique_ids("item", raw_items.iter().map(|i| &i.id));
    let mut items = Vec::new();
    for item in raw_items {
        let source = item.source.as_ref().and_then(|s| ctx.source(s));
        let text = match (&item.text, &item.source) {
            (Some(t), _) => {
                ctx.not_blank("item text", t);
                t.get().clone()
            }
            (None, Some(s)) => s.get().clone(),
            (None, None) => {
                ctx.push(
                    Diagnostic::error(
                        "missing-key",
                        format!("item `{}` has no `text`", item.id.get()),
                    )
                    .at(item.id.span())
                    .help("add `text = \"…\"`"),
                );
                String::new()
            }
        };
        if item.option.is_some() || !item.also_accept.is_empty() {
            ctx.push(
                Diagnostic::error(
                    "key-not-for-kind",
                    "`option` and `also_accept` are for `match` items",
                )
                .at(item.id.span())
                .help("a rank's order goes in `key = [...]`"),
            );
        }
        items.push(OrderItem {
            id: item.id.get().as_str().into(),
            text: ctx.source_heading(source.as_deref(), text).into(),
            description: item.description.as_ref().map(|d| d.get().clone()),
            source,
        });
    }
    if items.len() < 2 {
        ctx.push(
            Diagnostic::error("too-few", "a rank needs at least two items")
                .at(raw.items.as_ref().map_or(0..0, Spanned::span))
                .help("add another `[[items]]` table"),
        );
    }
    let key = raw.key.as_ref().map(|k| rank_key(ctx, k, &ids));
    let justification = raw.justification.as_ref().map(|j| {
        let j = j.get();
        if let Some(p) = &j.prompt {
            ctx.not_blank("justification prompt", p);
        }
        let keywords = validate_keywords(ctx, &j.keywords);
        let keyword_points: f64 = keywords.iter().map(|k| k.points).sum();
        let points = if keywords.is_empty() {
            ctx.points(j.points.as_ref(), 1.0)
        } else {
            if let Some(given) = &j.points
                && (*given.get() - keyword_points).abs() > 1e-9
            {
                ctx.push(
                    Diagnostic::error(
                        "justification-points",
                        format!(
                            "the justification gives {} points, but its keyword groups give {keyword_points}",
                            given.get()
                        ),
                    )
                    .at(given.span())
                    .help("leave `points` out: a justification with keywords earns its groups' points"),
                );
            }
            keyword_points
        };
        Justification {
            prompt: j.prompt.as_ref().map(|p| p.get().clone()),
            min_words: j.min_words.as_ref().map_or(1, |m| *m.get()),
            points,
            keywords,
            prompt_stems: Default::default(),
        }
    });
    if key.is_none() && justification.is_none() {
        ctx.push(
            Diagnostic::warning(
                "no-key",
                "a rank with no key and no justification cannot be marked",
            )
            .at(raw.kind.span())
            .help("add `key = [...]`, or `[justification]` with `min_words`"),
        );
    }
    if key.is_some() && raw.revisit.as_ref().is_some_and(|r| *r.get()) {
        ctx.push(
            Diagnostic::warning(
                "revisit-with-key",
                "`revisit` is meant for rankings of opinion",
            )
            .at(raw.revisit.as_ref().map_or(0..0, Spanned::span))
            .help("a keyed rank is marked right or wrong; revisiting shows how an opinion moved"),
        );
    }
    Some(Rank {
        items,
        key: key.flatten(),
        method: method(raw),
        justification,
        revisit: raw.revisit.as_ref().is_some_and(|r| *r.get()),
    })
}

/// Checks that a key names every item exactly once.
fn rank_key(ctx: &mut Ctx<'_>, key: &Spanned<Vec<KeyEntry>>, ids: &[String]) -> Option<OrderKey> {
    let mut groups = Vec::new();
    let mut seen = HashSet::new();
    let mut ok = true;
    for entry in key.get() {
        let group: Vec<String> = match entry {
            KeyEntry::One(id) => vec![id.clone()],
            KeyEntry::Tied(ids) => ids.clone(),
        };
        if group.is_empty() {
            ctx.push(
                Diagnostic::error("bad-key", "an empty group in the key")
                    .at(ctx.find_in(key.span(), "[]")),
            );
            ok = false;
        }
        for id in &group {
            let at = ctx.find_in(key.span(), id);
            if !ids.contains(id) {
                let as_text = Spanned::new(at, id.clone());
                ctx.reference("item", &as_text, ids);
                ok = false;
            } else if !seen.insert(id.clone()) {
                ctx.push(
                    Diagnostic::error("bad-key", format!("`{id}` appears twice in the key"))
                        .at(at)
                        .help("the key must list every item exactly once"),
                );
                ok = false;
            }
        }
        groups.push(group);
    }
    let missing: Vec<&String> = ids.iter().filter(|i| !seen.contains(*i)).collect();
    if !missing.is_empty() {
        let names: Vec<String> = missing.iter().map(|m| format!("`{m}`")).collect();
        ctx.push(
            Diagnostic::error("bad-key", "the key is not a permutation of the items")
                .at(key.span())
                .label(format!("missing {}", names.join(", ")))
                .help(
                    "the key must list every item exactly once; put equal items in an inner array",
                ),
        );
        ok = false;
    }
    ok.then_some(OrderKey { groups })
}

/// A `timeline`, keyed by its dates.
pub(super) fn validate_timeline(ctx: &mut Ctx<'_>, raw: &RawActivity) -> Option<Timeline> {
    let raw_events = required(ctx, raw, "events", raw.events.as_ref())?;
    ctx.unique_ids("event", raw_events.iter().map(|e| &e.id));
    let mut events = Vec::new();
    let mut dates = Vec::new();
    let mut explanations = Vec::new();
    let mut spans = Vec::new();
    for event in raw_events {
        ctx.not_blank("event text", &event.text);
        let source = event.source.as_ref().and_then(|s| ctx.source(s));
        match HistDate::parse(event.date.get()) {
            Ok(date) => {
                events.push(OrderItem {
                    id: event.id.get().as_str().into(),
                    text: ctx
                        .source_label(source.as_deref(), event.text.get().clone())
                        .into(),
                    description: None,
                    source,
                });
                dates.push(date);
                explanations.push(event.explanation.as_ref().map(|e| e.get().clone()));
                spans.push(event.date.span());
            }
            Err(message) => ctx.push(
                Diagnostic::error("bad-date", message)
                    .at(event.date.span())
                    .help("dates are `1939`, `1939-08` or `1939-08-23`"),
            ),
        }
    }
    if raw_events.len() < 2 {
        ctx.push(
            Diagnostic::error("too-few", "a timeline needs at least two events")
                .at(raw.events.as_ref().map_or(0..0, Spanned::span))
                .help("add another `[[events]]` table"),
        );
    }
    let mut ambiguous = false;
    for i in 0..dates.len() {
        for j in 0..i {
            if dates[i].compare(dates[j]).is_none() {
                ambiguous = true;
                ctx.push(
                    Diagnostic::error(
                        "ambiguous-date",
                        format!(
                            "`{}` and `{}` cannot be put in order",
                            events[j].id, events[i].id
                        ),
                    )
                    .at(spans[i].clone())
                    .label(format!(
                        "{} falls within {}",
                        dates[i].finer(dates[j]),
                        dates[i].coarser(dates[j])
                    ))
                    .help("give both dates to the same precision (both to the day, say)"),
                );
            }
        }
    }
    if ambiguous {
        return None;
    }
    let mut order: Vec<usize> = (0..events.len()).collect();
    order.sort_by(|&a, &b| dates[a].compare(dates[b]).unwrap_or(Ordering::Equal));
    let mut groups: Vec<Vec<String>> = Vec::new();
    for (n, &i) in order.iter().enumerate() {
        let tied = n > 0 && dates[order[n - 1]] == dates[i];
        match groups.last_mut() {
            Some(last) if tied => last.push(events[i].id.to_string()),
            _ => groups.push(vec![events[i].id.to_string()]),
        }
    }
    Some(Timeline {
        events,
        dates,
        explanations,
        key: OrderKey { groups },
        method: method(raw),
    })
}
