//! The validated activity model: what scoring, the TUI and export work with.
//!
//! Built only by [`crate::activity::validate`], so every reference in it resolves and every
//! number is in range.

use super::date::HistDate;
pub use super::long_form::{CoverField, Decision, DecisionOption, Essay, Report, Section};
pub use super::raw::{Kind, OptionUse, OrderMethod, SortRule};
use super::writing::{KeywordGroup, Markable, WordLimits};
use crate::words::{Prepared, Runs, Vocabulary};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// One activity, ready to be played and scored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Activity {
    /// Id, unique in its unit.
    pub id: String,
    /// Title.
    pub title: String,
    /// What the student is asked to do.
    pub instructions: String,
    /// Most marks the activity gives.
    pub points: f64,
    /// Hints a student can open.
    pub hints: Vec<String>,
    /// Ids of sources shown beside the task.
    pub sources: Vec<String>,
    /// Feedback shown with the marks.
    pub feedback: Option<String>,
    /// Whether model answers are shown with the feedback.
    pub show_model_answer: bool,
    /// Whether rows, cards, options and items may be shuffled.
    pub shuffle: bool,
    /// Written follow-up questions asked after the main task.
    pub follow_up: Vec<Question>,
    /// What is specific to the kind.
    pub body: Body,
    /// A hash of the file's bytes, so answers made against another version are noticed.
    pub content_hash: String,
    /// The runs of words of its own text and its sources' a student could copy, found when
    /// first marked.
    #[serde(skip)]
    pub copy_runs: Prepared<Runs>,
    /// The words of all its text, model answers and keys among them, found when first
    /// marked.
    #[serde(skip)]
    pub vocabulary: Prepared<Vocabulary>,
}

impl Activity {
    /// Ids of every source the activity shows or refers to, in order, without repeats.
    pub fn referenced_sources(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self.sources.iter().map(String::as_str).collect();
        let inner = self.body.row_sources();
        for id in inner.into_iter().flatten() {
            if !ids.contains(&id.as_str()) {
                ids.push(id);
            }
        }
        ids
    }

    /// What a teacher marks in the activity, in its order: what its body asks a teacher to
    /// mark, then follow-up questions with no key.
    pub fn markable(&self) -> Vec<Markable> {
        let mut out = self.body.markable();
        out.extend(self.follow_up.iter().filter_map(super::body::unkeyed));
        out
    }

    /// The kind of the activity.
    pub fn kind(&self) -> Kind {
        self.body.kind()
    }
}

/// The part of an activity that depends on its kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Body {
    /// A source-sorting table.
    Sort(Sort),
    /// Cards into buckets.
    Categorize(Categorize),
    /// Items to options.
    Match(Match),
    /// An order of importance.
    Rank(Rank),
    /// Dated events in order.
    Timeline(Timeline),
    /// A comparison grid of written cells.
    Grid(Grid),
    /// Choice questions.
    Choice(Quiz),
    /// Short written answers.
    Short(Quiz),
    /// An essay.
    Essay(Essay),
    /// A structured report.
    Report(Report),
}

/// Something with an id and a label: a column, bucket, option, grid row or grid column.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Label {
    /// Id used in keys and answers.
    pub id: String,
    /// What students see.
    pub label: String,
    /// A longer description.
    pub description: Option<String>,
}

/// A `sort`: rows × columns, several ticks per row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sort {
    /// The categories.
    pub columns: Vec<Label>,
    /// The rows, usually sources.
    pub rows: Vec<SortRow>,
    /// How a row is marked.
    pub rule: SortRule,
    /// Whether a ticked row must quote its evidence.
    pub require_evidence: bool,
    /// Marks per row for good evidence.
    pub evidence_points: f64,
}

/// A row of a `sort`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SortRow {
    /// Id of the row.
    pub id: Arc<str>,
    /// What the row is called (a source's label, or the author's).
    pub label: Arc<str>,
    /// The source the row is about.
    pub source: Option<String>,
    /// A statement, for a row without a source.
    pub text: Option<String>,
    /// Columns that are right.
    pub right: Vec<String>,
    /// Columns that are defensible either way.
    pub also_accept: Vec<String>,
    /// Why.
    pub explanation: Option<String>,
    /// Quotes that count as evidence; empty means any quote from the source.
    pub evidence: Vec<String>,
    /// Marks for the ticks.
    pub points: f64,
}

/// A `categorize`: cards into buckets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Categorize {
    /// The buckets.
    pub buckets: Vec<Label>,
    /// The cards.
    pub cards: Vec<Card>,
    /// Whether a wrong placement costs a mark.
    pub wrong_penalty: bool,
}

/// A card of a `categorize`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Card {
    /// Id.
    pub id: Arc<str>,
    /// What it says.
    pub text: Arc<str>,
    /// The source it stands for.
    pub source: Option<String>,
    /// The best bucket.
    pub bucket: String,
    /// Other buckets that earn the mark.
    pub also_accept: Vec<String>,
    /// Why.
    pub explanation: Option<String>,
}

impl Card {
    /// Whether putting the card in `bucket` earns its mark.
    pub fn accepts(&self, bucket: &str) -> bool {
        self.bucket == bucket || self.also_accept.iter().any(|b| b == bucket)
    }
}

/// A `match`: items to options.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Match {
    /// The options.
    pub options: Vec<Label>,
    /// The items.
    pub items: Vec<MatchItem>,
    /// Whether an option may be used more than once.
    pub option_use: OptionUse,
    /// Whether a wrong match costs a mark.
    pub wrong_penalty: bool,
}

/// An item of a `match`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MatchItem {
    /// Id.
    pub id: Arc<str>,
    /// What it says (or its source's label).
    pub text: Arc<str>,
    /// The source it stands for.
    pub source: Option<String>,
    /// More detail.
    pub description: Option<String>,
    /// The right option.
    pub option: String,
    /// Other options that earn the mark.
    pub also_accept: Vec<String>,
    /// Why.
    pub explanation: Option<String>,
}

impl MatchItem {
    /// Whether choosing `option` earns the item's mark.
    pub fn accepts(&self, option: &str) -> bool {
        self.option == option || self.also_accept.iter().any(|o| o == option)
    }
}

/// An item to put in order (a `rank` item or a `timeline` event).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrderItem {
    /// Id.
    pub id: Arc<str>,
    /// What it says.
    pub text: Arc<str>,
    /// More detail.
    pub description: Option<String>,
    /// The source it stands for.
    pub source: Option<String>,
}

/// The right order: groups in order, the items of a group of equal rank.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrderKey {
    /// Groups of item ids, first to last.
    pub groups: Vec<Vec<String>>,
}

impl OrderKey {
    /// The positions (0-based, inclusive) an item may take in a right order.
    pub fn allowed_positions(&self, id: &str) -> Option<(usize, usize)> {
        let mut start = 0;
        for group in &self.groups {
            if group.iter().any(|g| g == id) {
                return Some((start, start + group.len() - 1));
            }
            start += group.len();
        }
        None
    }

    /// The index of the group an item is in.
    pub fn group_of(&self, id: &str) -> Option<usize> {
        self.groups.iter().position(|g| g.iter().any(|x| x == id))
    }

    /// One right order (ties in the order the author wrote them).
    pub fn flat(&self) -> Vec<String> {
        self.groups.iter().flatten().cloned().collect()
    }
}

/// A `rank`: an order of importance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rank {
    /// The items.
    pub items: Vec<OrderItem>,
    /// The key, if the order is not a matter of opinion.
    pub key: Option<OrderKey>,
    /// How an order is compared with the key.
    pub method: OrderMethod,
    /// The justification asked for.
    pub justification: Option<Justification>,
    /// Whether it is asked again later, with the movement shown.
    pub revisit: bool,
}

/// The justification a `rank` asks for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Justification {
    /// What to explain.
    pub prompt: Option<String>,
    /// The stems of the prompt's words, found once, when scoring first needs them (an
    /// answer that only says the question back earns nothing).
    #[serde(skip)]
    pub prompt_stems: Prepared<Vec<String>>,
    /// Fewest words that count.
    pub min_words: u32,
    /// Marks for it: the sum of its keyword groups' points when it has some.
    pub points: f64,
    /// Points it should make; without them a teacher marks it.
    pub keywords: Vec<KeywordGroup>,
}

/// A `timeline`: events in date order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timeline {
    /// The events, as the author listed them.
    pub events: Vec<OrderItem>,
    /// The date of each event, by position in `events`.
    pub dates: Vec<HistDate>,
    /// Explanation of each event, by position in `events`.
    pub explanations: Vec<Option<String>>,
    /// The order the dates give.
    pub key: OrderKey,
    /// How an order is compared with the key.
    pub method: OrderMethod,
}

/// A `grid` of written cells.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Grid {
    /// The rows.
    pub rows: Vec<Label>,
    /// The columns.
    pub columns: Vec<Label>,
    /// The cells with their keys.
    pub cells: Vec<GridCell>,
}

impl Grid {
    /// The cell at a row and column.
    pub fn cell(&self, row: &str, column: &str) -> Option<&GridCell> {
        self.cells
            .iter()
            .find(|c| c.row == row && c.column == column)
    }
}

/// A cell of a `grid`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GridCell {
    /// Row id.
    pub row: String,
    /// Column id.
    pub column: String,
    /// What a good answer says.
    pub model_answer: Option<String>,
    /// Points it should make.
    pub keywords: Vec<KeywordGroup>,
    /// Text given instead of asked for.
    pub given: Option<String>,
}

impl GridCell {
    /// The id answers use for this cell: `row.column`.
    pub fn id(&self) -> String {
        format!("{}.{}", self.row, self.column)
    }
}

/// The questions of a `choice` or `short` activity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quiz {
    /// The questions.
    pub questions: Vec<Question>,
}

/// A question: choice or written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// Id.
    pub id: Arc<str>,
    /// The question.
    pub prompt: Arc<str>,
    /// Marks.
    pub points: f64,
    /// How it is answered.
    pub answer: QuestionAnswer,
    /// A model answer.
    pub model_answer: Option<String>,
    /// Feedback shown after answering.
    pub feedback: Option<String>,
    /// The stems of the prompt's words, found once, when scoring first needs them (an
    /// answer that only says the question back earns nothing).
    #[serde(skip)]
    pub prompt_stems: Prepared<Vec<String>>,
}

/// How a question is answered and keyed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum QuestionAnswer {
    /// Choose one or more options.
    Choice {
        /// Whether several may be chosen.
        multiple: bool,
        /// The options.
        options: Vec<ChoiceOption>,
    },
    /// Write an answer.
    Written {
        /// Answers accepted in full (wildcard patterns).
        accept: Vec<String>,
        /// Points it should make.
        keywords: Vec<KeywordGroup>,
        /// Word limits.
        words: Option<WordLimits>,
    },
}

/// An option of a choice question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChoiceOption {
    /// Id.
    pub id: String,
    /// What it says.
    pub text: String,
    /// Share of the question's marks for choosing it.
    pub weight: f64,
    /// Feedback when chosen.
    pub feedback: Option<String>,
}
