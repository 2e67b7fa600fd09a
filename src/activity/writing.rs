//! Validated pieces of written answers: keyword groups, word limits and rubrics, and what a
//! teacher marks.

use serde::{Deserialize, Serialize};
use std::sync::Arc;

use crate::words::{Phrases, Prepared};

/// A point an answer should make, with the words that show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeywordGroup {
    /// Id (the first alternative when the author gave none).
    pub id: Arc<str>,
    /// Words or phrases; `*` matches any run of letters. Prepared for matching once, here.
    pub alternatives: Phrases,
    /// Whether other forms of a word match.
    pub stem: bool,
    /// Letters that may be wrong in words of five letters or more.
    pub typos: u32,
    /// Whether a word's synonyms match (through its stem, so only where `stem` is on).
    pub synonyms: bool,
    /// Whether the words of a phrase may come in any order.
    pub any_order: bool,
    /// Marks per occurrence.
    pub points: f64,
    /// Occurrences that earn marks.
    pub occurrences: u32,
    /// Feedback when found.
    pub found: Option<String>,
    /// Feedback when missed.
    pub missed: Option<String>,
    /// What the model answer of its question says of the group's point, read from it when
    /// first needed: a group belongs to one question, so to one model answer.
    #[serde(skip)]
    pub model_reading: Prepared<ModelReading>,
    /// The alternatives (by number, as split) that its question's own text holds, found
    /// when first needed: a group belongs to one question.
    #[serde(skip)]
    pub asked: Prepared<Vec<usize>>,
}

/// What a model answer says of a keyword group's point, as stems of its words (read by
/// scoring, kept with the group).
#[derive(Debug, Clone, Default)]
pub struct ModelReading {
    /// For each alternative (by its number, as split): what the model answer only ever
    /// denies of what it names.
    pub denied: Vec<Vec<String>>,
    /// Where the model answer makes the point of one thing and denies it of another
    /// ("plastic has no free electrons, while copper has many"): what it makes it of
    /// (*copper*); empty otherwise.
    pub made_of: Vec<String>,
    /// What it denies it of there (*plastic*); empty otherwise.
    pub denied_of: Vec<String>,
    /// Whether it names two of the point's alternatives as neighbouring items of a list
    /// ("Bach, Handel and Vivaldi"): a brief answer may then name them as a list too.
    pub listed: bool,
    /// For each alternative (by its number, as split): the side it says was taken on the
    /// point in that alternative's words (or words it shares with another), if it takes
    /// one (see [`ModelStance`]).
    pub stance: Vec<Option<ModelStance>>,
}

/// The side a model answer takes on a point, and who it says took it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelStance {
    /// Favoured ("proposed natural selection", "pro-German") or opposed ("was hostile to
    /// natural selection"), and only that.
    pub side: PointStance,
    /// Who it names as taking that side, before the point ("Britain and France favoured
    /// appeasement": *britain*, *france*), lowercased; empty where it names no one ("He
    /// proposed …"). A student who says someone else took the other side says no opposite.
    pub by: Vec<String>,
}

/// The side a model answer says was taken on a point: a student who says the other side
/// was taken ("rejected natural selection" where he proposed it) says the opposite.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PointStance {
    /// It was favoured, and no alternative of the point is against anything.
    Favoured,
    /// It was opposed, and no alternative of the point is for anything.
    Opposed,
}

impl KeywordGroup {
    /// Most marks the group can give.
    pub fn max_points(&self) -> f64 {
        self.points * f64::from(self.occurrences)
    }
}

/// Word limits and the marks tied to length.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WordLimits {
    /// Fewest words.
    pub min: Option<u32>,
    /// Most words.
    pub max: Option<u32>,
    /// Whether an answer below `min` earns nothing at all.
    pub hard_min: bool,
    /// Marks for a length within the limits.
    pub points: f64,
    /// Marks by length: (fewest words, marks), in increasing order.
    pub bands: Vec<(u32, f64)>,
}

impl WordLimits {
    /// Most marks length can give.
    pub fn max_points(&self) -> f64 {
        self.bands.iter().map(|b| b.1).fold(self.points, f64::max)
    }

    /// Whether `count` words is within the limits.
    pub fn within(&self, count: usize) -> bool {
        self.min.is_none_or(|m| count >= m as usize) && self.max.is_none_or(|m| count <= m as usize)
    }
}

/// A rubric criterion a teacher marks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Criterion {
    /// Id.
    pub id: String,
    /// What is judged.
    pub criterion: String,
    /// Levels, lowest marks first.
    pub levels: Vec<Level>,
}

impl Criterion {
    /// Marks of the best level.
    pub fn max_points(&self) -> f64 {
        self.levels.iter().map(|l| l.points).fold(0.0, f64::max)
    }
}

/// A level of a rubric criterion.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Level {
    /// Marks.
    pub points: f64,
    /// What work at this level looks like.
    pub description: String,
}

/// Something a teacher marks in an activity.
#[derive(Debug, Clone, PartialEq)]
pub struct Markable {
    /// The key of its mark: `criterion`, `section.criterion` or a question id.
    pub key: String,
    /// What is judged.
    pub label: String,
    /// Most marks.
    pub max: f64,
    /// The rubric's levels, lowest first (none for a question).
    pub levels: Vec<Level>,
}
