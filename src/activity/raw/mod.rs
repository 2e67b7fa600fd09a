//! The raw serde mirror of the TOML files teachers write.
//!
//! Every struct denies unknown keys and keeps the span of each value, so that the validate
//! step can point at the exact place of every problem. Nothing here checks meaning: ids,
//! references and limits are checked in [`crate::activity::validate`]. Doc comments here are
//! also the descriptions editors show (they end up in `assets/activity.schema.json`).

mod parts;
mod spanned;
mod writing;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use parts::{
    KeyEntry, RawCard, RawCell, RawChoiceOption, RawColumn, RawEvent, RawItem, RawJustification,
    RawMatchOption, RawQuestion, RawRow,
};
pub use spanned::Spanned;
pub use writing::{
    RawBand, RawCoverField, RawCriterion, RawDecision, RawDecisionOption, RawKeywordGroup,
    RawLevel, RawSection, RawWords,
};

/// Shorthand for a spanned string.
pub type Text = Spanned<String>;

/// The kinds of activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Rows (usually sources) × columns (categories); tick every column a row gives evidence for.
    Sort,
    /// Cards into buckets, one bucket per card.
    Categorize,
    /// Items to options (for example sources to historians' interpretations).
    Match,
    /// Put items in order of importance, with or without a key.
    Rank,
    /// Put dated events in order; the key comes from the dates.
    Timeline,
    /// A comparison grid of free-text cells.
    Grid,
    /// Single or multiple choice questions.
    Choice,
    /// Short written answers.
    Short,
    /// Long writing with word limits, guidance, keyword groups and a rubric.
    Essay,
    /// Structured writing: cover fields and headed sections.
    Report,
}

impl Kind {
    /// Every kind, in the order the authoring guide lists them.
    pub const ALL: [Kind; 10] = [
        Kind::Sort,
        Kind::Categorize,
        Kind::Match,
        Kind::Rank,
        Kind::Timeline,
        Kind::Grid,
        Kind::Choice,
        Kind::Short,
        Kind::Essay,
        Kind::Report,
    ];

    /// The name written in files (`kind = "sort"`).
    pub fn name(self) -> &'static str {
        match self {
            Kind::Sort => "sort",
            Kind::Categorize => "categorize",
            Kind::Match => "match",
            Kind::Rank => "rank",
            Kind::Timeline => "timeline",
            Kind::Grid => "grid",
            Kind::Choice => "choice",
            Kind::Short => "short",
            Kind::Essay => "essay",
            Kind::Report => "report",
        }
    }
}

/// `unit.toml`: a unit's title, description and the order of its activities.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawUnit {
    /// Format version; this classwork reads version 1.
    pub schema_version: Spanned<i64>,
    /// Short id of the unit (snake_case or kebab-case).
    pub id: Text,
    /// Title shown on the home screen.
    pub title: Text,
    /// A paragraph shown under the title.
    #[serde(default)]
    pub description: Option<Text>,
    /// Activity files of the unit, in the order students meet them, relative to the unit folder.
    pub activities: Spanned<Vec<Text>>,
    /// The day of the exam, a TOML date (`exam = 2027-05-14`): review keeps going until then.
    #[serde(default)]
    #[schemars(with = "Option<String>", extend("format" = "date"))]
    pub exam: Option<Spanned<toml::Value>>,
}

/// `sources.toml`: the material a unit's activities share.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSources {
    /// Format version; this classwork reads version 1.
    pub schema_version: Spanned<i64>,
    /// The sources, one `[[source]]` table each.
    #[serde(default)]
    pub source: Vec<RawSource>,
}

/// What kind of material a source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A speech or address.
    Speech,
    /// A letter or telegram.
    Letter,
    /// A cartoon (give a `description`).
    Cartoon,
    /// A photograph (give a `description`).
    Photograph,
    /// A poster or other image (give a `description`).
    Poster,
    /// A historian's interpretation.
    Historian,
    /// A chart or table.
    Chart,
    /// An official document, treaty or report.
    Document,
    /// A memoir or recollection.
    Memoir,
    /// A newspaper or magazine.
    Newspaper,
    /// Anything else.
    Other,
}

impl SourceKind {
    /// The name written in files (`cartoon`).
    pub fn name(self) -> &'static str {
        match self {
            SourceKind::Speech => "speech",
            SourceKind::Letter => "letter",
            SourceKind::Cartoon => "cartoon",
            SourceKind::Photograph => "photograph",
            SourceKind::Poster => "poster",
            SourceKind::Historian => "historian",
            SourceKind::Chart => "chart",
            SourceKind::Document => "document",
            SourceKind::Memoir => "memoir",
            SourceKind::Newspaper => "newspaper",
            SourceKind::Other => "other",
        }
    }

    /// Kinds that are pictures: they carry a description rather than a text.
    pub fn is_picture(self) -> bool {
        matches!(
            self,
            SourceKind::Cartoon | SourceKind::Photograph | SourceKind::Poster
        )
    }
}

/// One source: a document, picture or historian's text.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    /// Id activities use to refer to it.
    pub id: Text,
    /// Label students see ("Source 2").
    pub label: Text,
    /// Who said, wrote or drew it.
    #[serde(default)]
    pub who: Option<Text>,
    /// When (free text: "February 1921").
    #[serde(default)]
    pub when: Option<Text>,
    /// What kind of material it is.
    pub kind: Spanned<SourceKind>,
    /// The words of the source.
    #[serde(default)]
    pub text: Option<Text>,
    /// For a cartoon, photograph or poster: what it shows.
    #[serde(default)]
    pub description: Option<Text>,
    /// Where it comes from (book, page).
    #[serde(default)]
    pub citation: Option<Text>,
    /// Whether `text` gives the words exactly as the document cited prints them (`true`), or
    /// differs from them on purpose (`false`: a summary, a correction, words supplied; say
    /// how in `note`). Left out, the text makes no claim either way.
    #[serde(default)]
    pub verbatim: Option<Spanned<bool>>,
    /// A note for teachers: where the source comes from, how it differs from the document,
    /// what to watch for. Students do not see it; the answer key prints it.
    #[serde(default)]
    pub note: Option<Text>,
}

/// One activity file. The keys a kind uses are listed in the authoring guide; keys that
/// belong to another kind are reported by validation.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawActivity {
    /// Format version; this classwork reads version 1.
    pub schema_version: Spanned<i64>,
    /// Id, unique in its unit.
    pub id: Text,
    /// What kind of activity this is.
    pub kind: Spanned<Kind>,
    /// Title shown on the home screen and above the task.
    pub title: Text,
    /// What the student is asked to do.
    #[serde(default)]
    pub instructions: Option<Text>,
    /// Total marks. Optional: by default the marks the tasks add up to.
    #[serde(default)]
    pub points: Option<Spanned<f64>>,
    /// Hints a student can open.
    #[serde(default)]
    pub hints: Vec<Text>,
    /// Ids of sources shown beside the task.
    #[serde(default)]
    pub sources: Vec<Text>,
    /// Feedback shown with the marks.
    #[serde(default)]
    pub feedback: Option<Text>,
    /// Whether model answers are shown with the feedback (default true).
    #[serde(default)]
    pub show_model_answer: Option<Spanned<bool>>,
    /// Whether rows, cards, options and items may be shuffled (default false).
    #[serde(default)]
    pub shuffle: Option<Spanned<bool>>,
    /// How the activity is scored.
    #[serde(default)]
    pub scoring: Option<Spanned<RawScoring>>,

    /// sort, grid: the columns.
    #[serde(default)]
    pub columns: Option<Spanned<Vec<RawColumn>>>,
    /// sort, grid: the rows.
    #[serde(default)]
    pub rows: Option<Spanned<Vec<RawRow>>>,
    /// sort: whether a ticked row must also quote the line of its source that justifies it.
    #[serde(default)]
    pub require_evidence: Option<Spanned<bool>>,
    /// grid: the cells with their model answers.
    #[serde(default)]
    pub cells: Option<Spanned<Vec<RawCell>>>,

    /// categorize: the buckets.
    #[serde(default)]
    pub buckets: Option<Spanned<Vec<RawColumn>>>,
    /// categorize: the cards.
    #[serde(default)]
    pub cards: Option<Spanned<Vec<RawCard>>>,

    /// match: the options items are matched to.
    #[serde(default)]
    pub options: Option<Spanned<Vec<RawMatchOption>>>,
    /// match: whether an option may be used by several items (default) or at most once.
    #[serde(default)]
    pub option_use: Option<Spanned<OptionUse>>,
    /// match, rank: the items.
    #[serde(default)]
    pub items: Option<Spanned<Vec<RawItem>>>,

    /// rank: the key, most important first; an inner array is a group of equal rank.
    #[serde(default)]
    pub key: Option<Spanned<Vec<KeyEntry>>>,
    /// rank without a key: the justification asked for.
    #[serde(default)]
    pub justification: Option<Spanned<RawJustification>>,
    /// rank: ask again later in the unit and show how the ranking moved.
    #[serde(default)]
    pub revisit: Option<Spanned<bool>>,

    /// timeline: the events.
    #[serde(default)]
    pub events: Option<Spanned<Vec<RawEvent>>>,

    /// choice, short: the questions.
    #[serde(default)]
    pub questions: Option<Spanned<Vec<RawQuestion>>>,

    /// essay: guidance shown beside the editor.
    #[serde(default)]
    pub guidance: Option<Spanned<Vec<Text>>>,
    /// essay: word limits.
    #[serde(default)]
    pub words: Option<Spanned<RawWords>>,
    /// essay: points the teacher expects to be made.
    #[serde(default)]
    pub keywords: Option<Spanned<Vec<RawKeywordGroup>>>,
    /// essay, report: rubric criteria a teacher marks.
    #[serde(default)]
    pub rubric: Option<Spanned<Vec<RawCriterion>>>,
    /// essay: a model answer.
    #[serde(default)]
    pub model_answer: Option<Text>,

    /// report: the cover fields (title, from, for, date).
    #[serde(default)]
    pub cover: Option<Spanned<Vec<RawCoverField>>>,
    /// report: the sections, in order.
    #[serde(default)]
    pub sections: Option<Spanned<Vec<RawSection>>>,
    /// report: a decision the student must make and argue.
    #[serde(default)]
    pub decision: Option<Spanned<RawDecision>>,

    /// Any kind: written follow-up questions asked after the main task.
    #[serde(default)]
    pub follow_up: Vec<RawQuestion>,
}

/// Scoring settings. Each kind reads the keys that apply to it.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawScoring {
    /// sort: `partial` (default: per-cell credit with a penalty for over-ticking) or `all_or_nothing` per row.
    #[serde(default)]
    pub rule: Option<Spanned<SortRule>>,
    /// categorize, match: take one mark off for each wrong placement (floored at 0).
    #[serde(default)]
    pub wrong_penalty: Option<Spanned<bool>>,
    /// rank, timeline: how an order is compared with the key.
    #[serde(default)]
    pub method: Option<Spanned<OrderMethod>>,
    /// sort: marks per row for quoting the right evidence.
    #[serde(default)]
    pub evidence_points: Option<Spanned<f64>>,
}

/// How a `sort` row is marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SortRule {
    /// `max(min(right, total − wrong), 0) / total` of the row's points.
    Partial,
    /// The row's points only when every right column and no wrong one is ticked.
    AllOrNothing,
}

/// How an order is compared with its key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OrderMethod {
    /// A share for each item in its key position.
    Absolute,
    /// Each item earns `max(0, (n−1) − |pos − key|) / (n−1)` of its share.
    Relative,
    /// The longest run of items in key order (not necessarily adjacent), of two or more.
    Subsequence,
    /// Adjacent pairs that are also adjacent, in that order, in the key.
    Pairs,
    /// Spearman's footrule: 1 − Σ|pos − key| / its maximum.
    Footrule,
    /// Kendall's tau distance: 1 − discordant pairs / all pairs.
    Kendall,
    /// Full marks only for an order the key allows.
    AllOrNothing,
}

/// Whether a `match` option may be chosen by several items.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OptionUse {
    /// An option may be used by any number of items.
    Many,
    /// Each option may be used at most once.
    Once,
}
