//! The model of the long written kinds, an `essay` and a `report`: their parts, limits and
//! the decision a report argues for (part of [`super::model`]).

use super::writing::{Criterion, KeywordGroup, WordLimits};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// An `essay`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Essay {
    /// Guidance beside the editor.
    pub guidance: Vec<String>,
    /// Word limits.
    pub words: Option<WordLimits>,
    /// Points it should make.
    pub keywords: Vec<KeywordGroup>,
    /// Criteria a teacher marks.
    pub rubric: Vec<Criterion>,
    /// A model answer.
    pub model_answer: Option<String>,
}

/// A structured `report`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The cover fields.
    pub cover: Vec<CoverField>,
    /// The sections, in order.
    pub sections: Vec<Section>,
    /// The decision to make and argue.
    pub decision: Option<Decision>,
    /// Criteria for the whole report a teacher marks.
    pub rubric: Vec<Criterion>,
}

/// A cover field of a report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CoverField {
    /// Id.
    pub id: String,
    /// Label.
    pub label: String,
    /// A fixed value; `None` when the student fills it in.
    pub value: Option<String>,
    /// Hint for an empty field.
    pub placeholder: Option<String>,
}

/// A section of a report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// Id.
    pub id: Arc<str>,
    /// Heading.
    pub heading: Arc<str>,
    /// Questions and hints.
    pub guidance: Vec<String>,
    /// Whether it must be written.
    pub required: bool,
    /// Word limits.
    pub words: Option<WordLimits>,
    /// Points it should make.
    pub keywords: Vec<KeywordGroup>,
    /// Criteria a teacher marks.
    pub rubric: Vec<Criterion>,
    /// A model answer.
    pub model_answer: Option<String>,
    /// Earlier activities whose answers may be opened beside it.
    pub notes_from: Vec<String>,
}

/// A decision a report must make and argue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    /// The question decided.
    pub prompt: String,
    /// The choices.
    pub options: Vec<DecisionOption>,
    /// The section where it must be argued.
    pub section: String,
    /// Marks for a decision made and argued.
    pub points: f64,
}

/// One choice of a decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DecisionOption {
    /// Id.
    pub id: String,
    /// Name.
    pub label: String,
    /// Words that show a section argues for it.
    pub alternatives: Vec<String>,
}
