//! Raw types for written answers: keyword groups, word limits, rubrics and reports.

use schemars::JsonSchema;
use serde::Deserialize;

use super::{Spanned, Text};

/// A point the teacher expects an answer to make, with the words that show it.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawKeywordGroup {
    /// Id of the group (used in feedback and class reports).
    #[serde(default)]
    pub id: Option<Text>,
    /// Words or phrases, any one of which counts; `*` matches any run of letters (`appease*`).
    pub alternatives: Vec<Text>,
    /// Match other forms of a word (plurals, tenses) by stemming (default true).
    #[serde(default)]
    pub stem: Option<Spanned<bool>>,
    /// Letters that may be wrong in words of five letters or more (default 1; 0 for exact).
    #[serde(default)]
    pub typos: Option<Spanned<u32>>,
    /// Match a word's synonyms, from WordNet, through its stem (default true).
    #[serde(default)]
    pub synonyms: Option<Spanned<bool>>,
    /// Let the words of a phrase come in any order (default false).
    #[serde(default)]
    pub any_order: Option<Spanned<bool>>,
    /// Marks each time it is found (default 1).
    #[serde(default)]
    pub points: Option<Spanned<f64>>,
    /// How many occurrences earn marks (default 1).
    #[serde(default)]
    pub occurrences: Option<Spanned<u32>>,
    /// Feedback when found.
    #[serde(default)]
    pub found: Option<Text>,
    /// Feedback when missed, best phrased as a question ("Did you consider …?").
    #[serde(default)]
    pub missed: Option<Text>,
}

/// Word limits for a written answer.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawWords {
    /// Fewest words.
    #[serde(default)]
    pub min: Option<Spanned<u32>>,
    /// Most words.
    #[serde(default)]
    pub max: Option<Spanned<u32>>,
    /// Below `min`, the answer earns no marks at all (default false).
    #[serde(default)]
    pub hard_min: Option<Spanned<bool>>,
    /// Marks for a length within the limits (default 0).
    #[serde(default)]
    pub points: Option<Spanned<f64>>,
    /// Marks by length instead: the highest band whose `min` is reached (and `max` not passed).
    #[serde(default)]
    pub bands: Vec<RawBand>,
}

/// A mark band by length.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawBand {
    /// Fewest words for this band.
    pub min: Spanned<u32>,
    /// Marks for this band.
    pub points: Spanned<f64>,
}

/// A rubric criterion a teacher marks.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCriterion {
    /// Id of the criterion.
    pub id: Text,
    /// What is judged.
    pub criterion: Text,
    /// The levels, each with its marks and description.
    pub levels: Vec<RawLevel>,
}

/// A level of a rubric criterion.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawLevel {
    /// Marks for this level.
    pub points: Spanned<f64>,
    /// What work at this level looks like.
    pub description: Text,
}

/// A cover field of a report (title, from, for, date).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCoverField {
    /// Id of the field.
    pub id: Text,
    /// Label shown beside it.
    pub label: Text,
    /// A fixed value; without one the student fills it in.
    #[serde(default)]
    pub value: Option<Text>,
    /// A hint shown in an empty field.
    #[serde(default)]
    pub placeholder: Option<Text>,
}

/// A section of a report.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSection {
    /// Id of the section.
    pub id: Text,
    /// The heading.
    pub heading: Text,
    /// Questions and hints shown beside the editor.
    #[serde(default)]
    pub guidance: Vec<Text>,
    /// Whether the section must be written (default true).
    #[serde(default)]
    pub required: Option<Spanned<bool>>,
    /// Word limits.
    #[serde(default)]
    pub words: Option<RawWords>,
    /// Points the section should make.
    #[serde(default)]
    pub keywords: Vec<RawKeywordGroup>,
    /// Rubric criteria for this section.
    #[serde(default)]
    pub rubric: Vec<RawCriterion>,
    /// A model answer.
    #[serde(default)]
    pub model_answer: Option<Text>,
    /// Ids of earlier activities whose answers the student may open beside this section.
    #[serde(default)]
    pub notes_from: Vec<Text>,
}

/// A decision a report must make and argue.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawDecision {
    /// The question decided.
    pub prompt: Text,
    /// The choices.
    pub options: Vec<RawDecisionOption>,
    /// Id of the section where the decision must be argued.
    pub section: Text,
    /// Marks for a decision made and argued (default 1).
    #[serde(default)]
    pub points: Option<Spanned<f64>>,
}

/// One choice of a report's decision.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawDecisionOption {
    /// Id of the choice.
    pub id: Text,
    /// Its name ("Germany").
    pub label: Text,
    /// Words that show the section argues for it (default: the label).
    #[serde(default)]
    pub alternatives: Vec<Text>,
}
