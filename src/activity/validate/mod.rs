//! From raw TOML to the domain model, collecting every problem on the way.
//!
//! Each `validate_*` function reads a raw value, pushes a [`Diagnostic`] for each problem it
//! finds (it never stops at the first) and returns the domain value when it is usable.

mod context;
mod grid;
mod limits;
mod order;
mod questions;
mod report;
mod tables;
mod unit;

use std::collections::BTreeMap;
use std::sync::Arc;

pub use context::{Ctx, MAX_PROBLEMS_PER_FILE};
pub use limits::{MAX_ANSWER_CHARS, MAX_COLUMNS, MAX_ITEMS};
pub use unit::{exam_day, validate_sources, validate_unit_header};

use super::model::{Activity, Body};
use super::raw::{Kind, RawActivity, Spanned};
use super::unit::Source;
use crate::diagnostic::{Diagnostic, SourceFile};

/// The sources an activity may refer to, by id, with the names of each when they are
/// known: a row, card or item that stands for a source is given its source's name here,
/// so the model holds the words to show.
#[derive(Debug, Clone, Default)]
pub struct SourceIds {
    names: BTreeMap<String, Option<SourceName>>,
    /// The sources file could not be read: references are taken as written, unchecked.
    unread: bool,
}

/// What a thing standing for a source is called.
#[derive(Debug, Clone)]
struct SourceName {
    /// A sort row's label ("Source 2").
    label: String,
    /// A card's or item's text ("Source 2 — Lenin, February 1921").
    heading: String,
}

impl SourceIds {
    /// No sources.
    pub fn new() -> Self {
        Self::default()
    }

    /// The sources of a unit, with their names.
    pub fn of(sources: &[Source]) -> Self {
        let names = sources.iter().map(|s| {
            let name = SourceName {
                label: s.label.to_string(),
                heading: s.heading(),
            };
            (s.id.clone(), Some(name))
        });
        Self {
            names: names.collect(),
            unread: false,
        }
    }

    /// Sources that could not be read (their file has errors): no reference to a source is
    /// checked, since each would fail only because of the file's own errors.
    pub fn unread() -> Self {
        Self {
            names: BTreeMap::new(),
            unread: true,
        }
    }

    /// Whether references to sources go unchecked (see [`SourceIds::unread`]).
    pub fn is_unread(&self) -> bool {
        self.unread
    }

    /// Every source id, in order.
    fn ids(&self) -> impl Iterator<Item = &str> {
        self.names.keys().map(String::as_str)
    }

    /// A sort row's label: its source's label when the label is the source's id.
    fn label(&self, source: Option<&str>, label: String) -> String {
        match self.name(source, &label) {
            Some(name) => name.label.clone(),
            None => label,
        }
    }

    /// A card's or item's text: its source's heading when the text is the source's id.
    fn heading(&self, source: Option<&str>, text: String) -> String {
        match self.name(source, &text) {
            Some(name) => name.heading.clone(),
            None => text,
        }
    }

    /// The name of `source` when `shown` is only its id.
    fn name(&self, source: Option<&str>, shown: &str) -> Option<&SourceName> {
        let id = source.filter(|id| *id == shown)?;
        self.names.get(id)?.as_ref()
    }
}

/// Source ids with no names known (what stands for one is shown by its id).
impl FromIterator<String> for SourceIds {
    fn from_iter<I: IntoIterator<Item = String>>(ids: I) -> Self {
        Self {
            names: ids.into_iter().map(|id| (id, None)).collect(),
            unread: false,
        }
    }
}

impl<const N: usize> From<[String; N]> for SourceIds {
    fn from(ids: [String; N]) -> Self {
        ids.into_iter().collect()
    }
}

/// Builds an [`Activity`] from its raw form, pushing every problem found into `diagnostics`.
/// Returns `None` when an error makes the activity unusable.
pub fn validate_activity(
    raw: RawActivity,
    file: &Arc<SourceFile>,
    sources: &SourceIds,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Activity> {
    let mut ctx = Ctx::new(file, sources);
    let kind = *raw.kind.get();
    check_keys_fit_kind(&mut ctx, &raw, kind);
    if !limits::activity_within_limits(&mut ctx, &raw) {
        diagnostics.extend(ctx.finish());
        return None;
    }
    ctx.id("activity", &raw.id);
    ctx.not_blank("title", &raw.title);
    if let Some(instructions) = &raw.instructions {
        ctx.not_blank("instructions", instructions);
    } else if !matches!(kind, Kind::Choice | Kind::Short) {
        ctx.push(
            Diagnostic::warning("empty-prompt", "the activity has no `instructions`")
                .at(raw.title.span())
                .label("students will see only this title")
                .help("add `instructions = \"…\"` saying what to do"),
        );
    }
    for hint in &raw.hints {
        ctx.not_blank("hint", hint);
    }
    let sources_shown: Vec<String> = raw.sources.iter().filter_map(|s| ctx.source(s)).collect();
    let follow_up = questions::validate_follow_up(&mut ctx, &raw.follow_up);
    let body = match kind {
        Kind::Sort => tables::validate_sort(&mut ctx, &raw).map(Body::Sort),
        Kind::Categorize => tables::validate_categorize(&mut ctx, &raw).map(Body::Categorize),
        Kind::Match => tables::validate_match(&mut ctx, &raw).map(Body::Match),
        Kind::Grid => grid::validate_grid(&mut ctx, &raw).map(Body::Grid),
        Kind::Rank => order::validate_rank(&mut ctx, &raw).map(Body::Rank),
        Kind::Timeline => order::validate_timeline(&mut ctx, &raw).map(Body::Timeline),
        Kind::Choice => questions::validate_quiz(&mut ctx, &raw, true).map(Body::Choice),
        Kind::Short => questions::validate_quiz(&mut ctx, &raw, false).map(Body::Short),
        Kind::Essay => report::validate_essay(&mut ctx, &raw).map(Body::Essay),
        Kind::Report => report::validate_report(&mut ctx, &raw).map(Body::Report),
    };
    // Marks are checked only when the task itself is usable: a broken task gives nothing,
    // and saying so again as `no-marks` or `full-marks-unreachable` would only mislead.
    let points = body.as_ref().map_or(0.0, |body| {
        let reachable = body.max_marks() + follow_up.iter().map(|q| q.points).sum::<f64>();
        check_points(&mut ctx, raw.points.as_ref(), reachable, &raw.kind)
    });
    let failed = ctx.failed();
    diagnostics.extend(ctx.finish());
    if failed {
        return None;
    }
    Some(Activity {
        id: raw.id.into_inner(),
        title: raw.title.into_inner(),
        instructions: raw
            .instructions
            .map(Spanned::into_inner)
            .unwrap_or_default(),
        points,
        hints: raw.hints.into_iter().map(Spanned::into_inner).collect(),
        sources: sources_shown,
        feedback: raw.feedback.map(Spanned::into_inner),
        show_model_answer: raw.show_model_answer.is_none_or(Spanned::into_inner),
        shuffle: raw.shuffle.is_some_and(Spanned::into_inner),
        follow_up,
        body: body?,
        content_hash: content_hash(file.text.as_bytes()),
        copy_runs: Default::default(),
        vocabulary: Default::default(),
    })
}

/// The declared total, checked against what the tasks can give.
fn check_points(
    ctx: &mut Ctx<'_>,
    declared: Option<&Spanned<f64>>,
    reachable: f64,
    kind: &Spanned<Kind>,
) -> f64 {
    let Some(declared) = declared else {
        if reachable <= 0.0 {
            ctx.push(
                Diagnostic::warning("no-marks", "nothing in this activity can earn a mark")
                    .at(kind.span())
                    .help("add keyword groups, word-limit points or rubric criteria"),
            );
        }
        return reachable;
    };
    let value = *declared.get();
    if !value.is_finite() || value <= 0.0 {
        ctx.push(
            Diagnostic::error("bad-number", "`points` must be a positive number")
                .at(declared.span()),
        );
        return reachable;
    }
    if value > reachable + 1e-9 {
        ctx.push(
            Diagnostic::error("full-marks-unreachable", "full marks are not reachable")
                .at(declared.span())
                .label(format!(
                    "the tasks give at most {}",
                    crate::text::fmt_marks(reachable)
                ))
                .help(format!(
                    "lower `points` to {} or add marks to the tasks",
                    crate::text::fmt_marks(reachable)
                )),
        );
    }
    value
}

/// A key, where it is (if present), and the kinds that use it.
type KeyUse<'a> = (&'a str, Option<std::ops::Range<usize>>, &'a [Kind]);

/// A [`KeyUse`] for an optional spanned key.
fn key_use<'a, T>(name: &'a str, value: &Option<Spanned<T>>, kinds: &'a [Kind]) -> KeyUse<'a> {
    (name, value.as_ref().map(Spanned::span), kinds)
}

/// Which top-level and `[scoring]` keys each kind reads; any other kind's key is reported.
fn check_keys_fit_kind(ctx: &mut Ctx<'_>, raw: &RawActivity, kind: Kind) {
    use Kind::*;
    let top = [
        key_use("columns", &raw.columns, &[Sort, Grid]),
        key_use("rows", &raw.rows, &[Sort, Grid]),
        key_use("require_evidence", &raw.require_evidence, &[Sort]),
        key_use("cells", &raw.cells, &[Grid]),
        key_use("buckets", &raw.buckets, &[Categorize]),
        key_use("cards", &raw.cards, &[Categorize]),
        key_use("options", &raw.options, &[Match]),
        key_use("option_use", &raw.option_use, &[Match]),
        key_use("items", &raw.items, &[Match, Rank]),
        key_use("key", &raw.key, &[Rank]),
        key_use("justification", &raw.justification, &[Rank]),
        key_use("revisit", &raw.revisit, &[Rank]),
        key_use("events", &raw.events, &[Timeline]),
        key_use("questions", &raw.questions, &[Choice, Short]),
        key_use("guidance", &raw.guidance, &[Essay]),
        key_use("words", &raw.words, &[Essay]),
        key_use("keywords", &raw.keywords, &[Essay]),
        key_use("rubric", &raw.rubric, &[Essay, Report]),
        key_use("model_answer", &raw.model_answer, &[Essay]),
        key_use("cover", &raw.cover, &[Report]),
        key_use("sections", &raw.sections, &[Report]),
        key_use("decision", &raw.decision, &[Report]),
    ];
    report_keys_not_for_kind(ctx, kind, "", &top);
    if let Some(scoring) = &raw.scoring {
        let s = scoring.get();
        let scoring_keys = [
            key_use("rule", &s.rule, &[Sort]),
            key_use("evidence_points", &s.evidence_points, &[Sort]),
            key_use("wrong_penalty", &s.wrong_penalty, &[Categorize, Match]),
            key_use("method", &s.method, &[Rank, Timeline]),
        ];
        report_keys_not_for_kind(ctx, kind, "scoring.", &scoring_keys);
    }
}

/// The keys of the lists a student works through, one per kind that has one.
const LIST_KEYS: &[&str] = &["rows", "cards", "items", "events"];

/// The key of the list a kind's student works through, if it has one.
fn list_key(kind: Kind) -> Option<&'static str> {
    match kind {
        Kind::Sort => Some("rows"),
        Kind::Categorize => Some("cards"),
        Kind::Match | Kind::Rank => Some("items"),
        Kind::Timeline => Some("events"),
        Kind::Grid | Kind::Choice | Kind::Short | Kind::Essay | Kind::Report => None,
    }
}

fn report_keys_not_for_kind(ctx: &mut Ctx<'_>, kind: Kind, prefix: &str, uses: &[KeyUse<'_>]) {
    for (key, span, kinds) in uses {
        if let Some(span) = span
            && !kinds.contains(&kind)
        {
            let names: Vec<&str> = kinds.iter().map(|k| k.name()).collect();
            let help = match list_key(kind) {
                Some(own) if prefix.is_empty() && LIST_KEYS.contains(key) => format!(
                    "a `{}` lists its things as `[[{own}]]`: rename `[[{key}]]` to `[[{own}]]`",
                    kind.name()
                ),
                _ => format!(
                    "`{prefix}{key}` belongs to {}; remove it or change `kind`",
                    names.join(", ")
                ),
            };
            ctx.push(
                Diagnostic::error(
                    "key-not-for-kind",
                    format!(
                        "`{prefix}{key}` is not used by a `{}` activity",
                        kind.name()
                    ),
                )
                .at(span.clone())
                .label("this would be ignored")
                .help(help),
            );
        }
    }
}

/// A short, stable hash of a file's bytes (FNV-1a, 64 bits, as hex).
pub fn content_hash(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::activity::{OrderItem, SourceKind};
    use crate::diagnostic::SourceFile;

    fn source(id: &str, label: &str) -> Source {
        Source {
            id: id.into(),
            label: label.into(),
            who: Some("Lenin".into()),
            when: Some("1921".into()),
            kind: SourceKind::Speech,
            text: Some("Trade keeps the revolution alive.".into()),
            description: None,
            citation: None,
            verbatim: None,
            note: None,
            vocabulary: Default::default(),
        }
    }

    fn built(toml: &str) -> Activity {
        let sources = SourceIds::of(&[source("s1", "Source 1"), source("s2", "Source 2")]);
        let file = SourceFile::new("named.toml", toml);
        let mut diagnostics = Vec::new();
        let activity = crate::load::activity_from(&file, &sources, &mut diagnostics);
        let errors: Vec<_> = diagnostics.iter().filter(|d| d.is_error()).collect();
        assert!(errors.is_empty(), "{errors:#?}");
        activity.expect("the activity is built")
    }

    fn texts(items: &[OrderItem]) -> Vec<&str> {
        items.iter().map(|i| &*i.text).collect()
    }

    const HEAD: &str = "schema_version = 1\nid = \"a\"\ntitle = \"A\"\ninstructions = \"Do it.\"\n";

    #[test]
    fn what_stands_for_a_source_is_given_its_name_by_validation() {
        let sort = built(&format!(
            "{HEAD}kind = \"sort\"\n[[columns]]\nid = \"c\"\nlabel = \"C\"\n\
             [[columns]]\nid = \"d\"\nlabel = \"D\"\n\
             [[rows]]\nsource = \"s1\"\nright = [\"c\"]\n\
             [[rows]]\nid = \"own\"\nsource = \"s2\"\nlabel = \"Its own\"\nright = [\"d\"]\n"
        ));
        let Body::Sort(sort) = &sort.body else {
            panic!("a sort")
        };
        let labels: Vec<&str> = sort.rows.iter().map(|r| &*r.label).collect();
        assert_eq!(labels, ["Source 1", "Its own"]);

        let cards = built(&format!(
            "{HEAD}kind = \"categorize\"\n[[buckets]]\nid = \"b\"\nlabel = \"B\"\n\
             [[buckets]]\nid = \"c\"\nlabel = \"C\"\n\
             [[cards]]\nid = \"one\"\nsource = \"s1\"\nbucket = \"b\"\n\
             [[cards]]\nid = \"two\"\ntext = \"Its own\"\nsource = \"s2\"\nbucket = \"c\"\n"
        ));
        let Body::Categorize(cards) = &cards.body else {
            panic!("a categorize")
        };
        let shown: Vec<&str> = cards.cards.iter().map(|c| &*c.text).collect();
        assert_eq!(shown, ["Source 1 — Lenin, 1921", "Its own"]);

        let rank = built(&format!(
            "{HEAD}kind = \"rank\"\n[[items]]\nid = \"one\"\nsource = \"s1\"\n\
             [[items]]\nid = \"two\"\ntext = \"Its own\"\n"
        ));
        let Body::Rank(rank) = &rank.body else {
            panic!("a rank")
        };
        assert_eq!(texts(&rank.items), ["Source 1 — Lenin, 1921", "Its own"]);
    }

    #[test]
    fn ids_with_no_names_leave_what_stands_for_them_as_written() {
        let file = SourceFile::new(
            "bare.toml",
            format!(
                "{HEAD}kind = \"rank\"\n[[items]]\nid = \"one\"\nsource = \"s1\"\n\
                 [[items]]\nid = \"two\"\ntext = \"Two\"\n"
            ),
        );
        let ids: SourceIds = ["s1".to_string()].into();
        let mut diagnostics = Vec::new();
        let rank = crate::load::activity_from(&file, &ids, &mut diagnostics).expect("built");
        let Body::Rank(rank) = &rank.body else {
            panic!("a rank")
        };
        assert_eq!(texts(&rank.items), ["s1", "Two"]);
    }
}
