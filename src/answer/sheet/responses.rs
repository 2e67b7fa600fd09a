//! Checking a sheet's `[responses]` against its activity, kind by kind: every id must name
//! a row, column, card, bucket, item, option, cell, question, field or section of the
//! activity (with a "did you mean" when one is close), and every key must fit the kind.

use std::collections::{BTreeMap, BTreeSet};

use super::raw::{Entries, RawResponses};
use crate::activity::raw::{Spanned, Text};
use crate::activity::validate::Ctx;
use crate::activity::{
    Activity, Body, Categorize, Grid, Kind, Match, OptionUse, OrderItem, QuestionAnswer, Quiz,
    Report, Sort,
};
use crate::answer::Response;
use crate::diagnostic::Diagnostic;

/// The response keys each kind reads.
pub(super) fn keys_for(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Sort => &["ticks", "evidence"],
        Kind::Categorize => &["placements"],
        Kind::Match => &["choices"],
        Kind::Rank => &["order", "justification"],
        Kind::Timeline => &["order"],
        Kind::Grid => &["cells"],
        Kind::Choice => &["chosen"],
        Kind::Short => &["answers"],
        Kind::Essay => &["text"],
        Kind::Report => &["cover", "sections", "decision"],
    }
}

/// The response, with every problem pushed into `ctx`. No response keys at all is
/// [`Response::Empty`]. The raw texts are moved into the response, not copied.
pub(super) fn check_responses(
    ctx: &mut Ctx<'_>,
    activity: &Activity,
    raw: Option<Spanned<RawResponses>>,
) -> Response {
    let Some(raw) = raw else {
        return Response::Empty;
    };
    let kind = activity.kind();
    let allowed = keys_for(kind);
    let present = raw.get().present();
    for (key, span) in &present {
        if !allowed.contains(key) {
            let keys: Vec<String> = allowed.iter().map(|k| format!("`{k}`")).collect();
            ctx.push(
                Diagnostic::error(
                    "key-not-for-kind",
                    format!(
                        "`responses.{key}` does not fit a `{}` activity",
                        kind.name()
                    ),
                )
                .at(span.clone())
                .help(format!(
                    "a `{}` answer uses {}",
                    kind.name(),
                    keys.join(" and ")
                )),
            );
        }
    }
    if !present.iter().any(|(key, _)| allowed.contains(key)) {
        return Response::Empty;
    }
    let raw = raw.into_inner();
    match &activity.body {
        Body::Sort(sort) => check_sort(ctx, sort, raw),
        Body::Categorize(c) => Response::Categorize(check_categorize(ctx, c, raw)),
        Body::Match(m) => Response::Match(check_match(ctx, m, raw)),
        Body::Rank(rank) => check_order(ctx, "item", &rank.items, raw),
        Body::Timeline(t) => check_order(ctx, "event", &t.events, raw),
        Body::Grid(grid) => Response::Grid(check_grid(ctx, grid, raw)),
        Body::Choice(quiz) => Response::Choice(check_chosen(ctx, quiz, raw)),
        Body::Short(quiz) => Response::Short(check_answers(ctx, quiz, raw)),
        Body::Essay(_) => Response::Essay(text(raw.text)),
        Body::Report(report) => check_report(ctx, report, raw),
    }
}

/// The entries of an optional table.
fn entries<V>(table: Option<Spanned<Entries<V>>>) -> Vec<(Text, V)> {
    table.map_or_else(Vec::new, |t| t.into_inner().0)
}

fn text(value: Option<Text>) -> String {
    value.map(Spanned::into_inner).unwrap_or_default()
}

fn ids<'a, T: AsRef<str> + 'a>(items: impl IntoIterator<Item = &'a T>) -> Vec<&'a str> {
    items.into_iter().map(AsRef::as_ref).collect()
}

/// Entries of `table` whose keys name one of `known`, taken out of the table; every other
/// key is reported.
fn known_entries(
    ctx: &mut Ctx<'_>,
    what: &str,
    table: Option<Spanned<Entries<Text>>>,
    known: &[&str],
) -> Vec<(Text, Text)> {
    let mut entries = entries(table);
    entries.retain(|(key, _)| ctx.reference(what, key, known));
    entries
}

/// The entries as plain texts.
fn texts(entries: Vec<(Text, Text)>) -> BTreeMap<String, String> {
    entries
        .into_iter()
        .map(|(key, value)| (key.into_inner(), value.into_inner()))
        .collect()
}

fn check_sort(ctx: &mut Ctx<'_>, sort: &Sort, raw: RawResponses) -> Response {
    let rows = ids(sort.rows.iter().map(|r| &r.id));
    let columns = ids(sort.columns.iter().map(|c| &c.id));
    let mut ticks = BTreeMap::new();
    for (row, ticked) in entries(raw.ticks) {
        if !ctx.reference("row", &row, &rows) {
            continue;
        }
        let set: BTreeSet<String> = ticked
            .into_iter()
            .filter(|c| ctx.reference("column", c, &columns))
            .map(Spanned::into_inner)
            .collect();
        ticks.insert(row.into_inner(), set);
    }
    let evidence = texts(known_entries(ctx, "row", raw.evidence, &rows));
    Response::Sort { ticks, evidence }
}

fn check_categorize(
    ctx: &mut Ctx<'_>,
    categorize: &Categorize,
    raw: RawResponses,
) -> BTreeMap<String, String> {
    let cards = ids(categorize.cards.iter().map(|c| &c.id));
    let buckets = ids(categorize.buckets.iter().map(|b| &b.id));
    known_entries(ctx, "card", raw.placements, &cards)
        .into_iter()
        .filter(|(_, bucket)| ctx.reference("bucket", bucket, &buckets))
        .map(|(card, bucket)| (card.into_inner(), bucket.into_inner()))
        .collect()
}

fn check_match(ctx: &mut Ctx<'_>, matching: &Match, raw: RawResponses) -> BTreeMap<String, String> {
    let items = ids(matching.items.iter().map(|i| &i.id));
    let options = ids(matching.options.iter().map(|o| &o.id));
    let mut chosen = BTreeMap::new();
    let mut used: BTreeSet<String> = BTreeSet::new();
    for (item, option) in known_entries(ctx, "item", raw.choices, &items) {
        if !ctx.reference("option", &option, &options) {
            continue;
        }
        if matching.option_use == OptionUse::Once && !used.insert(option.get().clone()) {
            ctx.push(
                Diagnostic::error(
                    "option-used-twice",
                    format!("option `{}` is chosen for two items", option.get()),
                )
                .at(option.span())
                .label("each option may be used only once in this activity"),
            );
        }
        chosen.insert(item.into_inner(), option.into_inner());
    }
    chosen
}

fn check_order(ctx: &mut Ctx<'_>, what: &str, items: &[OrderItem], raw: RawResponses) -> Response {
    let known = ids(items.iter().map(|i| &i.id));
    let mut order: Vec<String> = Vec::new();
    for id in raw.order.map_or_else(Vec::new, Spanned::into_inner) {
        if !ctx.reference(what, &id, &known) {
            continue;
        }
        if order.contains(id.get()) {
            ctx.push(
                Diagnostic::error(
                    "duplicate-item",
                    format!("{what} `{}` is in the order twice", id.get()),
                )
                .at(id.span())
                .help(format!("list each {what} once")),
            );
            continue;
        }
        order.push(id.into_inner());
    }
    Response::Order {
        order,
        justification: text(raw.justification),
    }
}

fn check_grid(ctx: &mut Ctx<'_>, grid: &Grid, raw: RawResponses) -> BTreeMap<String, String> {
    let asked: Vec<String> = grid
        .cells
        .iter()
        .filter(|c| c.given.is_none())
        .map(|c| c.id())
        .collect();
    let mut cells = BTreeMap::new();
    for (cell, value) in entries(raw.cells) {
        let given = grid
            .cells
            .iter()
            .any(|c| c.given.is_some() && c.id() == *cell.get());
        if given {
            ctx.push(
                Diagnostic::error(
                    "given-cell",
                    format!("cell `{}` is given, not asked", cell.get()),
                )
                .at(cell.span())
                .help("remove this answer: the activity fills this cell in itself"),
            );
        } else if ctx.reference("cell", &cell, &asked) {
            cells.insert(cell.into_inner(), value.into_inner());
        }
    }
    cells
}

fn check_chosen(
    ctx: &mut Ctx<'_>,
    quiz: &Quiz,
    raw: RawResponses,
) -> BTreeMap<String, BTreeSet<String>> {
    let questions = ids(quiz.questions.iter().map(|q| &q.id));
    let mut chosen = BTreeMap::new();
    for (id, picked) in entries(raw.chosen) {
        if !ctx.reference("question", &id, &questions) {
            continue;
        }
        let Some(QuestionAnswer::Choice { multiple, options }) = quiz
            .questions
            .iter()
            .find(|q| *q.id == **id.get())
            .map(|q| &q.answer)
        else {
            continue;
        };
        let known = ids(options.iter().map(|o| &o.id));
        let set: BTreeSet<String> = picked
            .into_iter()
            .filter(|o| ctx.reference("option", o, &known))
            .map(Spanned::into_inner)
            .collect();
        if !multiple && set.len() > 1 {
            ctx.push(
                Diagnostic::error(
                    "too-many-choices",
                    format!(
                        "question `{}` takes one option, not {}",
                        id.get(),
                        set.len()
                    ),
                )
                .at(id.span())
                .help("keep only the option chosen"),
            );
        }
        chosen.insert(id.into_inner(), set);
    }
    chosen
}

fn check_answers(ctx: &mut Ctx<'_>, quiz: &Quiz, raw: RawResponses) -> BTreeMap<String, String> {
    let questions = ids(quiz.questions.iter().map(|q| &q.id));
    texts(known_entries(ctx, "question", raw.answers, &questions))
}

fn check_report(ctx: &mut Ctx<'_>, report: &Report, raw: RawResponses) -> Response {
    let fields = ids(report.cover.iter().map(|f| &f.id));
    let mut cover = BTreeMap::new();
    for (field, value) in known_entries(ctx, "cover field", raw.cover, &fields) {
        if report
            .cover
            .iter()
            .any(|f| f.id == *field.get() && f.value.is_some())
        {
            ctx.push(
                Diagnostic::error(
                    "fixed-field",
                    format!("cover field `{}` is fixed by the activity", field.get()),
                )
                .at(field.span())
                .help("remove this line: the report fills the field in itself"),
            );
            continue;
        }
        cover.insert(field.into_inner(), value.into_inner());
    }
    let known = ids(report.sections.iter().map(|s| &s.id));
    let sections = texts(known_entries(ctx, "section", raw.sections, &known));
    let decision = raw.decision.and_then(|chosen| {
        let options = report
            .decision
            .as_ref()
            .map(|d| ids(d.options.iter().map(|o| &o.id)))
            .unwrap_or_default();
        ctx.reference("decision option", &chosen, &options)
            .then(|| chosen.into_inner())
    });
    Response::Report {
        cover,
        sections,
        decision,
    }
}
