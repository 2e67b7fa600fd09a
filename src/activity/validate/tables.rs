//! `sort`, `categorize` and `match`: things placed in columns, buckets or options (and
//! the table helpers `grid` shares).

use super::Ctx;
use super::context::list;
use crate::activity::model::{
    Card, Categorize, Label, Match, MatchItem, OptionUse, Sort, SortRow, SortRule,
};
use crate::activity::raw::{RawActivity, RawColumn, Spanned, Text};
use crate::diagnostic::Diagnostic;

/// The non-empty list under `key`, or an error saying the kind needs it.
pub(super) fn required<'r, T>(
    ctx: &mut Ctx<'_>,
    raw: &'r RawActivity,
    key: &str,
    list: Option<&'r Spanned<Vec<T>>>,
) -> Option<&'r [T]> {
    match list {
        Some(l) if !l.get().is_empty() => Some(l.get()),
        Some(l) => {
            ctx.push(
                Diagnostic::error("missing-key", format!("`{key}` is empty"))
                    .at(l.span())
                    .help(format!(
                        "a `{}` activity needs at least one entry in `{key}`",
                        raw.kind.get().name()
                    )),
            );
            None
        }
        // Another kind's list in its place is reported as such (`key-not-for-kind`),
        // and says what to rename: its absence is not a second error.
        None if ["rows", "cards", "items", "events"].contains(&key)
            && (raw.rows.is_some()
                || raw.cards.is_some()
                || raw.items.is_some()
                || raw.events.is_some()) =>
        {
            None
        }
        None => {
            ctx.push(
                Diagnostic::error(
                    "missing-key",
                    format!("a `{}` activity needs `{key}`", raw.kind.get().name()),
                )
                .at(raw.kind.span())
                .help(format!("add `[[{key}]]` tables; see the authoring guide")),
            );
            None
        }
    }
}

/// Columns, buckets, grid rows: ids unique, labels not blank.
pub(super) fn labels(ctx: &mut Ctx<'_>, what: &str, raw: &[RawColumn]) -> Vec<Label> {
    ctx.unique_ids(what, raw.iter().map(|c| &c.id));
    raw.iter()
        .map(|c| {
            ctx.not_blank(&format!("{what} label"), &c.label);
            Label {
                id: c.id.get().clone(),
                label: c.label.get().clone(),
                description: c.description.as_ref().map(|d| d.get().clone()),
            }
        })
        .collect()
}

fn refs(ctx: &mut Ctx<'_>, what: &str, refs: &[Text], known: &[String]) -> Vec<String> {
    refs.iter()
        .filter(|r| ctx.reference(what, r, known))
        .map(|r| r.get().clone())
        .collect()
}

/// The text to show for a card or item: its own, else its source's heading.
fn text_or_source(
    ctx: &mut Ctx<'_>,
    what: &str,
    id: &Text,
    text: Option<&Text>,
    source: Option<&Text>,
) -> (String, Option<String>) {
    let source_id = source.and_then(|s| ctx.source(s));
    let text = match (text, source) {
        (Some(t), _) => {
            ctx.not_blank(&format!("{what} text"), t);
            t.get().clone()
        }
        (None, Some(s)) => s.get().clone(),
        (None, None) => {
            ctx.push(
                Diagnostic::error(
                    "missing-key",
                    format!("{what} `{}` has neither `text` nor `source`", id.get()),
                )
                .at(id.span())
                .help("give it `text = \"…\"` or `source = \"source-id\"`"),
            );
            return (String::new(), None);
        }
    };
    (ctx.source_heading(source_id.as_deref(), text), source_id)
}

/// A `sort` table.
pub(super) fn validate_sort(ctx: &mut Ctx<'_>, raw: &RawActivity) -> Option<Sort> {
    let raw_columns = required(ctx, raw, "columns", raw.columns.as_ref())?;
    let columns = labels(ctx, "column", raw_columns);
    let column_ids: Vec<String> = columns.iter().map(|c| c.id.clone()).collect();
    let raw_rows = required(ctx, raw, "rows", raw.rows.as_ref())?;
    let mut seen = std::collections::HashSet::new();
    let mut rows = Vec::new();
    for row in raw_rows {
        let id = match (&row.id, &row.source) {
            (Some(id), _) => id,
            (None, Some(source)) => source,
            (None, None) => {
                let at = row.text.as_ref().or(row.label.as_ref()).map(Spanned::span);
                ctx.push(
                    Diagnostic::error("missing-key", "a sort row needs a `source` or an `id`")
                        .at(at.unwrap_or(raw.rows.as_ref().map_or(0..0, Spanned::span)))
                        .help("add `source = \"…\"`, or `id` with `text` for a statement"),
                );
                continue;
            }
        };
        ctx.id("row", id);
        if !seen.insert(id.get().clone()) {
            ctx.push(
                Diagnostic::error("duplicate-id", format!("duplicate row id `{}`", id.get()))
                    .at(id.span())
                    .help("each row needs its own id (a row's id defaults to its source)"),
            );
        }
        let source = row.source.as_ref().and_then(|s| ctx.source(s));
        if row.source.is_none() && row.text.is_none() {
            ctx.push(
                Diagnostic::error(
                    "missing-key",
                    format!("row `{}` has neither `text` nor `source`", id.get()),
                )
                .at(id.span())
                .help("give it `text = \"…\"` or `source = \"source-id\"`"),
            );
        }
        let right = refs(
            ctx,
            "column",
            row.right.as_deref().unwrap_or_default(),
            &column_ids,
        );
        let also_accept = refs(ctx, "column", &row.also_accept, &column_ids);
        for a in &row.also_accept {
            if right.contains(a.get()) {
                ctx.push(
                    Diagnostic::warning(
                        "key-overlap",
                        format!("`{}` is both right and also accepted", a.get()),
                    )
                    .at(a.span())
                    .help("list a column in `right` or in `also_accept`, not both"),
                );
            }
        }
        let explanation = row
            .explanation
            .as_ref()
            .filter(|e| ctx.not_blank("explanation", e));
        if right.is_empty() && row.right.as_ref().is_none_or(Vec::is_empty) && explanation.is_none()
        {
            ctx.push(
                Diagnostic::error(
                    "unexplained-row",
                    format!("row `{}` has no right column and no explanation", id.get()),
                )
                .at(id.span())
                .label("students would get no reason for this row")
                .help("add `right = [\"column-id\"]`, or an `explanation` of why no column fits"),
            );
        }
        rows.push(SortRow {
            id: id.get().as_str().into(),
            label: ctx
                .source_label(
                    source.as_deref(),
                    row.label
                        .as_ref()
                        .map_or_else(|| id.get().clone(), |l| l.get().clone()),
                )
                .into(),
            source,
            text: row.text.as_ref().map(|t| t.get().clone()),
            right,
            also_accept,
            explanation: explanation.map(|e| e.get().clone()),
            evidence: row.evidence.iter().map(|e| e.get().clone()).collect(),
            points: ctx.points(row.points.as_ref(), 1.0),
        });
    }
    let require_evidence = raw.require_evidence.as_ref().is_some_and(|r| *r.get());
    let scoring = raw.scoring.as_ref().map(Spanned::get);
    let evidence_points = ctx.points(scoring.and_then(|s| s.evidence_points.as_ref()), 0.0);
    if let Some(p) = scoring.and_then(|s| s.evidence_points.as_ref())
        && !require_evidence
        && *p.get() > 0.0
    {
        ctx.push(
            Diagnostic::error(
                "full-marks-unreachable",
                "evidence earns marks but is never asked for",
            )
            .at(p.span())
            .help("add `require_evidence = true`, or remove `evidence_points`"),
        );
    }
    Some(Sort {
        columns,
        rows,
        rule: scoring
            .and_then(|s| s.rule.as_ref())
            .map_or(SortRule::Partial, |r| *r.get()),
        require_evidence,
        evidence_points,
    })
}

/// A `categorize` of cards into buckets.
pub(super) fn validate_categorize(ctx: &mut Ctx<'_>, raw: &RawActivity) -> Option<Categorize> {
    let raw_buckets = required(ctx, raw, "buckets", raw.buckets.as_ref())?;
    let buckets = labels(ctx, "bucket", raw_buckets);
    let bucket_ids: Vec<String> = buckets.iter().map(|b| b.id.clone()).collect();
    if buckets.len() < 2 {
        ctx.push(
            Diagnostic::warning("single-choice", "there is only one bucket")
                .at(raw.buckets.as_ref().map_or(0..0, Spanned::span))
                .help("with one bucket every card is right; add another"),
        );
    }
    let raw_cards = required(ctx, raw, "cards", raw.cards.as_ref())?;
    ctx.unique_ids("card", raw_cards.iter().map(|c| &c.id));
    let cards = raw_cards
        .iter()
        .map(|c| {
            let (text, source) =
                text_or_source(ctx, "card", &c.id, c.text.as_ref(), c.source.as_ref());
            match &c.bucket {
                Some(bucket) => {
                    ctx.reference("bucket", bucket, &bucket_ids);
                }
                None => ctx.push(
                    Diagnostic::error(
                        "missing-key",
                        format!("card `{}` has no `bucket`", c.id.get()),
                    )
                    .at(c.id.span())
                    .label("this card needs `bucket`")
                    .help(format!(
                        "write `bucket = \"…\"` with the id of one of the buckets: {}",
                        bucket_ids
                            .iter()
                            .map(|b| format!("`{b}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )),
                ),
            }
            Card {
                id: c.id.get().as_str().into(),
                text: text.into(),
                source,
                bucket: c
                    .bucket
                    .as_ref()
                    .map(|b| b.get().clone())
                    .unwrap_or_default(),
                also_accept: refs(ctx, "bucket", &c.also_accept, &bucket_ids),
                explanation: c.explanation.as_ref().map(|e| e.get().clone()),
            }
        })
        .collect();
    let wrong_penalty = wrong_penalty(raw);
    Some(Categorize {
        buckets,
        cards,
        wrong_penalty,
    })
}

fn wrong_penalty(raw: &RawActivity) -> bool {
    raw.scoring
        .as_ref()
        .and_then(|s| s.get().wrong_penalty.as_ref())
        .is_some_and(|w| *w.get())
}

/// A `match` of items to options.
pub(super) fn validate_match(ctx: &mut Ctx<'_>, raw: &RawActivity) -> Option<Match> {
    let raw_options = required(ctx, raw, "options", raw.options.as_ref())?;
    ctx.unique_ids("option", raw_options.iter().map(|o| &o.id));
    let options: Vec<Label> = raw_options
        .iter()
        .map(|o| {
            ctx.not_blank("option label", &o.label);
            Label {
                id: o.id.get().clone(),
                label: o.label.get().clone(),
                description: o.description.as_ref().map(|d| d.get().clone()),
            }
        })
        .collect();
    let option_ids: Vec<String> = options.iter().map(|o| o.id.clone()).collect();
    let raw_items = required(ctx, raw, "items", raw.items.as_ref())?;
    ctx.unique_ids("item", raw_items.iter().map(|i| &i.id));
    let mut items = Vec::new();
    for item in raw_items {
        let (text, source) = text_or_source(
            ctx,
            "item",
            &item.id,
            item.text.as_ref(),
            item.source.as_ref(),
        );
        let Some(option) = &item.option else {
            ctx.push(
                Diagnostic::error(
                    "missing-key",
                    format!("item `{}` has no `option`", item.id.get()),
                )
                .at(item.id.span())
                .help(format!(
                    "add `option = \"…\"`, one of {}",
                    list(&option_ids)
                )),
            );
            continue;
        };
        ctx.reference("option", option, &option_ids);
        items.push(MatchItem {
            id: item.id.get().as_str().into(),
            text: text.into(),
            source,
            description: item.description.as_ref().map(|d| d.get().clone()),
            option: option.get().clone(),
            also_accept: refs(ctx, "option", &item.also_accept, &option_ids),
            explanation: item.explanation.as_ref().map(|e| e.get().clone()),
        });
    }
    let option_use = raw
        .option_use
        .as_ref()
        .map_or(OptionUse::Many, |o| *o.get());
    if option_use == OptionUse::Once {
        if items.len() > options.len() {
            ctx.push(
                Diagnostic::error(
                    "full-marks-unreachable",
                    "more items than options, but each option may be used once",
                )
                .at(raw.option_use.as_ref().map_or(0..0, Spanned::span))
                .help("use `option_use = \"many\"`, or add options"),
            );
        }
        for (i, item) in items.iter().enumerate() {
            if let Some(other) = items[..i]
                .iter()
                .find(|o| o.option == item.option && o.also_accept.is_empty())
            {
                let span = raw_items
                    .iter()
                    .find(|r| *r.id.get() == *item.id)
                    .and_then(|r| r.option.as_ref())
                    .map_or(0..0, Spanned::span);
                ctx.push(
                    Diagnostic::error(
                        "full-marks-unreachable",
                        format!(
                            "`{}` is the key of two items, but options may be used once",
                            item.option
                        ),
                    )
                    .at(span)
                    .label(format!("`{}` has it already", other.id)),
                );
            }
        }
    }
    Some(Match {
        options,
        items,
        option_use,
        wrong_penalty: wrong_penalty(raw),
    })
}
