//! Raw types for the parts of activities: columns and rows, cells, cards, options, items,
//! events and questions.

use schemars::JsonSchema;
use serde::Deserialize;

use super::writing::{RawKeywordGroup, RawWords};
use super::{Spanned, Text};

/// A column of a `sort` or `grid`, or a bucket of a `categorize`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawColumn {
    /// Id used by rows, cells and cards.
    pub id: Text,
    /// Heading students see.
    pub label: Text,
    /// A longer description.
    #[serde(default)]
    pub description: Option<Text>,
}

/// A row of a `sort` (a source or statement) or of a `grid` (a label).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawRow {
    /// Id of the row (a sort row defaults to its source id).
    #[serde(default)]
    pub id: Option<Text>,
    /// grid: the row's heading; sort: a label for a row without a source.
    #[serde(default)]
    pub label: Option<Text>,
    /// sort: the source the row is about.
    #[serde(default)]
    pub source: Option<Text>,
    /// sort: a statement to sort, for a row without a source.
    #[serde(default)]
    pub text: Option<Text>,
    /// sort: the columns that are right for this row.
    #[serde(default)]
    pub right: Option<Vec<Text>>,
    /// sort: columns that are defensible; ticking them or not never costs marks.
    #[serde(default)]
    pub also_accept: Vec<Text>,
    /// sort: why the key is what it is.
    #[serde(default)]
    pub explanation: Option<Text>,
    /// sort: words of the source that are good evidence (any one of them); by default any quote from the source.
    #[serde(default)]
    pub evidence: Vec<Text>,
    /// sort: marks for this row (default 1).
    #[serde(default)]
    pub points: Option<Spanned<f64>>,
}

/// A cell of a `grid`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCell {
    /// Id of the row.
    pub row: Text,
    /// Id of the column.
    pub column: Text,
    /// What a good answer says.
    #[serde(default)]
    pub model_answer: Option<Text>,
    /// Points the cell should make.
    #[serde(default)]
    pub keywords: Vec<RawKeywordGroup>,
    /// Text given to the student instead of asked for.
    #[serde(default)]
    pub given: Option<Text>,
}

/// A card of a `categorize`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCard {
    /// Id of the card.
    pub id: Text,
    /// What the card says.
    #[serde(default)]
    pub text: Option<Text>,
    /// A source the card stands for.
    #[serde(default)]
    pub source: Option<Text>,
    /// The bucket the card belongs in.
    // Read as optional, so that cards under another kind are reported as the wrong list
    // rather than as cards with no bucket; validation requires it of a categorize.
    #[schemars(required)]
    pub bucket: Option<Text>,
    /// Other buckets that also earn the mark.
    #[serde(default)]
    pub also_accept: Vec<Text>,
    /// Why it belongs there.
    #[serde(default)]
    pub explanation: Option<Text>,
}

/// An option of a `match`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawMatchOption {
    /// Id of the option.
    pub id: Text,
    /// Short name.
    pub label: Text,
    /// What the option means.
    #[serde(default)]
    pub description: Option<Text>,
}

/// An item of a `match` or a `rank`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawItem {
    /// Id of the item.
    pub id: Text,
    /// What the item says (or use `source`).
    #[serde(default)]
    pub text: Option<Text>,
    /// A source the item stands for.
    #[serde(default)]
    pub source: Option<Text>,
    /// A longer description.
    #[serde(default)]
    pub description: Option<Text>,
    /// match: the right option.
    #[serde(default)]
    pub option: Option<Text>,
    /// match: other options that also earn the mark.
    #[serde(default)]
    pub also_accept: Vec<Text>,
    /// match: why.
    #[serde(default)]
    pub explanation: Option<Text>,
}

/// One entry of a `rank` key: an item id, or an array of ids of equal rank.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum KeyEntry {
    /// One item.
    One(String),
    /// Several items of equal rank.
    Tied(Vec<String>),
}

/// The justification a `rank` asks for.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawJustification {
    /// What to explain.
    #[serde(default)]
    pub prompt: Option<Text>,
    /// Fewest words that count as a justification.
    #[serde(default)]
    pub min_words: Option<Spanned<u32>>,
    /// Marks for the justification (default 1, or the sum of its keyword groups' points).
    #[serde(default)]
    pub points: Option<Spanned<f64>>,
    /// Points a justification should make. Without them a teacher marks it.
    #[serde(default)]
    pub keywords: Vec<RawKeywordGroup>,
}

/// An event of a `timeline`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    /// Id of the event.
    pub id: Text,
    /// What happened.
    pub text: Text,
    /// When: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: Text,
    /// A source about the event.
    #[serde(default)]
    pub source: Option<Text>,
    /// Why it matters.
    #[serde(default)]
    pub explanation: Option<Text>,
}

/// A question of a `choice` or `short` activity, or a follow-up question.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawQuestion {
    /// Id of the question.
    pub id: Text,
    /// The question.
    pub prompt: Text,
    /// Marks for the question (default 1).
    #[serde(default)]
    pub points: Option<Spanned<f64>>,
    /// choice: whether several options may be chosen.
    #[serde(default)]
    pub multiple: Option<Spanned<bool>>,
    /// choice: the options.
    #[serde(default)]
    pub options: Vec<RawChoiceOption>,
    /// short: answers accepted in full (case and spacing ignored; `*` matches any run of characters).
    #[serde(default)]
    pub accept: Vec<Text>,
    /// short: points the answer should make.
    #[serde(default)]
    pub keywords: Vec<RawKeywordGroup>,
    /// short: word limits.
    #[serde(default)]
    pub words: Option<Spanned<RawWords>>,
    /// A model answer.
    #[serde(default)]
    pub model_answer: Option<Text>,
    /// Feedback shown after answering.
    #[serde(default)]
    pub feedback: Option<Text>,
}

/// An option of a choice question.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawChoiceOption {
    /// Id of the option.
    pub id: Text,
    /// What the option says.
    pub text: Text,
    /// Whether the option is right (a shorthand for the weights).
    #[serde(default)]
    pub correct: Option<Spanned<bool>>,
    /// Share of the question's marks for choosing it (−1 to 1).
    #[serde(default)]
    pub weight: Option<Spanned<f64>>,
    /// Feedback shown when it is chosen.
    #[serde(default)]
    pub feedback: Option<Text>,
}
