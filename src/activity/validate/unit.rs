//! `unit.toml` and `sources.toml`.

use super::Ctx;
use super::limits::{MAX_ITEMS, sources_within_limits, unit_within_limits};
use crate::activity::raw::{RawSource, RawSources, RawUnit, Text};
use crate::activity::unit::Source;
use crate::diagnostic::Diagnostic;

/// The title and description of a unit, and its activity file names with their spans; of a
/// unit that lists more than [`MAX_ITEMS`], only the first are loaded.
pub fn validate_unit_header(ctx: &mut Ctx<'_>, raw: &RawUnit) -> Vec<Text> {
    ctx.id("unit", &raw.id);
    ctx.not_blank("title", &raw.title);
    if !unit_within_limits(ctx, raw) {
        return raw.activities.get()[..MAX_ITEMS].to_vec();
    }
    if raw.activities.get().is_empty() {
        ctx.push(
            Diagnostic::warning("empty-unit", "the unit lists no activities")
                .at(raw.activities.span())
                .help("list activity files, in order: `activities = [\"01-first.toml\"]`"),
        );
    }
    let mut seen = std::collections::HashSet::new();
    for file in raw.activities.get() {
        if !seen.insert(file.get()) {
            ctx.push(
                Diagnostic::error("duplicate-id", format!("`{}` is listed twice", file.get()))
                    .at(file.span()),
            );
        }
    }
    raw.activities.get().clone()
}

/// The start of the unit's exam day (seconds since the epoch), when `exam` is a date.
pub fn exam_day(ctx: &mut Ctx<'_>, raw: &RawUnit) -> Option<i64> {
    let exam = raw.exam.as_ref()?;
    let day = match exam.get() {
        toml::Value::Datetime(d) => d
            .date
            .filter(|_| d.time.is_none() && d.offset.is_none())
            .and_then(|d| {
                crate::time::day_start(i64::from(d.year), i64::from(d.month), i64::from(d.day))
            }),
        _ => None,
    };
    if day.is_none() {
        let value = crate::text::clean(&exam.get().to_string()).into_owned();
        ctx.push(
            Diagnostic::error("invalid-exam", format!("`exam = {value}` is not a date"))
                .at(exam.span())
                .help("write the day alone, without quotes: `exam = 2027-05-14`"),
        );
    }
    day
}

/// The sources of a unit; none when there are more than [`MAX_ITEMS`].
pub fn validate_sources(ctx: &mut Ctx<'_>, raw: RawSources) -> Vec<Source> {
    if !sources_within_limits(ctx, &raw) {
        return Vec::new();
    }
    ctx.unique_ids("source", raw.source.iter().map(|s| &s.id));
    raw.source
        .into_iter()
        .map(|s| {
            ctx.not_blank("label", &s.label);
            let kind = *s.kind.get();
            match (&s.text, &s.description) {
                (None, None) => ctx.push(
                    Diagnostic::error(
                        "missing-key",
                        format!(
                            "source `{}` has neither `text` nor `description`",
                            s.id.get()
                        ),
                    )
                    .at(s.id.span())
                    .help(if kind.is_picture() {
                        "describe the picture: `description = \"…\"`"
                    } else {
                        "add its words: `text = \"…\"`"
                    }),
                ),
                (Some(t), _) => {
                    ctx.not_blank("source text", t);
                }
                (None, Some(d)) => {
                    ctx.not_blank("description", d);
                }
            }
            check_verbatim(ctx, &s);
            Source {
                id: s.id.into_inner(),
                label: s.label.into_inner().into(),
                who: s.who.map(|w| w.into_inner()),
                when: s.when.map(|w| w.into_inner()),
                kind,
                text: s.text.map(|t| t.into_inner()),
                description: s.description.map(|d| d.into_inner()),
                citation: s.citation.map(|c| c.into_inner()),
                verbatim: s.verbatim.map(|v| *v.get()),
                note: s.note.map(|n| n.into_inner()),
                vocabulary: Default::default(),
            }
        })
        .collect()
}

/// `verbatim` speaks of a `text`, and a text that differs on purpose says how in a `note`.
fn check_verbatim(ctx: &mut Ctx<'_>, s: &RawSource) {
    if let Some(note) = &s.note {
        ctx.not_blank("note", note);
    }
    let Some(verbatim) = &s.verbatim else {
        return;
    };
    if s.text.is_none() {
        ctx.push(
            Diagnostic::error(
                "key-not-for-kind",
                format!(
                    "source `{}` has no `text` for `verbatim` to speak of",
                    s.id.get()
                ),
            )
            .at(verbatim.span())
            .help("`verbatim` says whether a `text` quotes its document exactly; remove it"),
        );
    } else if !*verbatim.get() && s.note.is_none() {
        ctx.push(
            Diagnostic::warning(
                "missing-key",
                format!(
                    "source `{}` differs from its document but does not say how",
                    s.id.get()
                ),
            )
            .at(verbatim.span())
            .help("say what differs and why: `note = \"…\"`"),
        );
    }
}
