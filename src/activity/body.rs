//! What each kind's body answers when the rest of classwork asks about it: its kind, the
//! most marks it gives, its list, its order's items and key, the sources its rows stand for,
//! itself narrowed to one task, what a teacher marks in it, what kind of task each task is,
//! the keyword groups that mark it, and whether it is written as a document. Each answer is one match naming every kind, so a new
//! kind gives them all here.

use super::max::{keywords_max, rubric_max, words_max};
use super::raw::Kind;
use super::writing::{Criterion, Markable};
use super::{Body, Essay, KeywordGroup, OrderItem, OrderKey, Question, QuestionAnswer, Report};

/// A kind written as a document: one text, or a report's cover, sections and decision.
#[derive(Debug, Clone, Copy)]
pub enum Document<'a> {
    /// An essay.
    Essay(&'a Essay),
    /// A report.
    Report(&'a Report),
}

impl Body {
    /// The kind it is.
    pub fn kind(&self) -> Kind {
        match self {
            Body::Sort(_) => Kind::Sort,
            Body::Categorize(_) => Kind::Categorize,
            Body::Match(_) => Kind::Match,
            Body::Rank(_) => Kind::Rank,
            Body::Timeline(_) => Kind::Timeline,
            Body::Grid(_) => Kind::Grid,
            Body::Choice(_) => Kind::Choice,
            Body::Short(_) => Kind::Short,
            Body::Essay(_) => Kind::Essay,
            Body::Report(_) => Kind::Report,
        }
    }

    /// The most marks it gives (the activity's follow-up questions aside).
    pub fn max_marks(&self) -> f64 {
        match self {
            Body::Sort(s) => s
                .rows
                .iter()
                .map(|r| {
                    r.points
                        + if s.require_evidence && !r.right.is_empty() {
                            s.evidence_points
                        } else {
                            0.0
                        }
                })
                .sum(),
            Body::Categorize(c) => c.cards.len() as f64,
            Body::Match(m) => m.items.len() as f64,
            Body::Rank(r) => {
                let order = if r.key.is_some() {
                    r.items.len() as f64
                } else {
                    1.0
                };
                order + r.justification.as_ref().map_or(0.0, |j| j.points)
            }
            Body::Timeline(t) => t.events.len() as f64,
            Body::Grid(g) => g
                .cells
                .iter()
                .filter(|c| c.given.is_none())
                .map(|c| keywords_max(&c.keywords))
                .sum(),
            Body::Choice(q) | Body::Short(q) => q.questions.iter().map(|q| q.points).sum(),
            Body::Essay(e) => {
                keywords_max(&e.keywords) + words_max(e.words.as_ref()) + rubric_max(&e.rubric)
            }
            Body::Report(r) => {
                r.sections
                    .iter()
                    .map(|s| {
                        keywords_max(&s.keywords)
                            + words_max(s.words.as_ref())
                            + rubric_max(&s.rubric)
                    })
                    .sum::<f64>()
                    + r.decision.as_ref().map_or(0.0, |d| d.points)
                    + rubric_max(&r.rubric)
            }
        }
    }

    /// How many rows, cards, items or events it lists (0 for the kinds without such a
    /// list).
    pub fn list_len(&self) -> usize {
        match self {
            Body::Sort(s) => s.rows.len(),
            Body::Categorize(c) => c.cards.len(),
            Body::Match(m) => m.items.len(),
            Body::Rank(r) => r.items.len(),
            Body::Timeline(t) => t.events.len(),
            Body::Grid(_) | Body::Choice(_) | Body::Short(_) | Body::Essay(_) | Body::Report(_) => {
                0
            }
        }
    }

    /// The items of a rank or the events of a timeline, in the author's order; `None` for
    /// the kinds that are not an order.
    pub fn order_items(&self) -> Option<&[OrderItem]> {
        match self {
            Body::Rank(r) => Some(&r.items),
            Body::Timeline(t) => Some(&t.events),
            Body::Sort(_)
            | Body::Categorize(_)
            | Body::Match(_)
            | Body::Grid(_)
            | Body::Choice(_)
            | Body::Short(_)
            | Body::Essay(_)
            | Body::Report(_) => None,
        }
    }

    /// The essay or report, for the kinds written as a document (in the writer, and
    /// exported as one); `None` for the rest.
    pub fn document(&self) -> Option<Document<'_>> {
        match self {
            Body::Essay(e) => Some(Document::Essay(e)),
            Body::Report(r) => Some(Document::Report(r)),
            Body::Sort(_)
            | Body::Categorize(_)
            | Body::Match(_)
            | Body::Rank(_)
            | Body::Timeline(_)
            | Body::Grid(_)
            | Body::Choice(_)
            | Body::Short(_) => None,
        }
    }

    /// The key an order is compared with: a timeline's, or a rank's when it has one.
    pub fn order_key(&self) -> Option<&OrderKey> {
        match self {
            Body::Rank(r) => r.key.as_ref(),
            Body::Timeline(t) => Some(&t.key),
            Body::Sort(_)
            | Body::Categorize(_)
            | Body::Match(_)
            | Body::Grid(_)
            | Body::Choice(_)
            | Body::Short(_)
            | Body::Essay(_)
            | Body::Report(_) => None,
        }
    }

    /// The source each row, card, item or event stands for, if any, in order.
    pub fn row_sources(&self) -> Vec<&Option<String>> {
        match self {
            Body::Sort(s) => s.rows.iter().map(|r| &r.source).collect(),
            Body::Categorize(c) => c.cards.iter().map(|c| &c.source).collect(),
            Body::Match(m) => m.items.iter().map(|i| &i.source).collect(),
            Body::Rank(r) => r.items.iter().map(|i| &i.source).collect(),
            Body::Timeline(t) => t.events.iter().map(|e| &e.source).collect(),
            Body::Grid(_) | Body::Choice(_) | Body::Short(_) | Body::Essay(_) | Body::Report(_) => {
                Vec::new()
            }
        }
    }

    /// Keeps only what asks task `task` (a row, card, item, cell or question; a sort row's
    /// `row.evidence` keeps the row); an order, an essay or a report is asked whole and is
    /// kept whole. `false` when it has no such task.
    pub fn keep_only(&mut self, task: &str) -> bool {
        match self {
            Body::Sort(s) => {
                let row = task.strip_suffix(".evidence").unwrap_or(task);
                s.rows.retain(|r| *r.id == *row);
                !s.rows.is_empty()
            }
            Body::Categorize(c) => {
                c.cards.retain(|c| *c.id == *task);
                !c.cards.is_empty()
            }
            Body::Match(m) => {
                m.items.retain(|i| *i.id == *task);
                !m.items.is_empty()
            }
            Body::Grid(g) => {
                g.cells.retain(|c| c.given.is_some() || c.id() == task);
                g.cells.iter().any(|c| c.given.is_none())
            }
            Body::Choice(quiz) | Body::Short(quiz) => {
                quiz.questions.retain(|q| *q.id == *task);
                !quiz.questions.is_empty()
            }
            Body::Rank(_) | Body::Timeline(_) | Body::Essay(_) | Body::Report(_) => true,
        }
    }

    /// What a teacher marks in it, in its order: rubric criteria (a report's sections'
    /// first, then its own), written questions with no key, and a rank's justification
    /// with no keyword groups (`justification`).
    pub fn markable(&self) -> Vec<Markable> {
        let mut out = Vec::new();
        match self {
            Body::Essay(e) => out.extend(e.rubric.iter().map(|c| criterion(c.id.clone(), c))),
            Body::Report(r) => {
                for s in &r.sections {
                    out.extend(
                        s.rubric
                            .iter()
                            .map(|c| criterion(format!("{}.{}", s.id, c.id), c)),
                    );
                }
                out.extend(r.rubric.iter().map(|c| criterion(c.id.clone(), c)));
            }
            Body::Short(quiz) => out.extend(quiz.questions.iter().filter_map(unkeyed)),
            Body::Rank(r) => out.extend(
                r.justification
                    .as_ref()
                    .filter(|j| j.keywords.is_empty())
                    .map(|j| Markable {
                        key: "justification".to_string(),
                        label: j
                            .prompt
                            .clone()
                            .unwrap_or_else(|| "The justification".to_string()),
                        max: j.points,
                        levels: Vec::new(),
                    }),
            ),
            Body::Sort(_)
            | Body::Categorize(_)
            | Body::Match(_)
            | Body::Timeline(_)
            | Body::Grid(_)
            | Body::Choice(_) => {}
        }
        out
    }

    /// What kind of task its task `task` is, as a teacher's table names it: "row", "card",
    /// "item", "order", "event", "cell", "question", "text", "section", "decision",
    /// "justification" or "criterion".
    pub fn task_noun(&self, task: &str) -> &'static str {
        match (self, task) {
            (Body::Sort(_), _) => "row",
            (Body::Categorize(_), _) => "card",
            (Body::Match(_), _) => "item",
            (Body::Rank(_) | Body::Timeline(_), "order" | "ranking") => "order",
            (Body::Rank(_), "justification") => "justification",
            (Body::Rank(_), _) => "item",
            (Body::Timeline(_), _) => "event",
            (Body::Grid(_), _) => "cell",
            (Body::Choice(_) | Body::Short(_), _) => "question",
            (Body::Essay(_), "essay") => "text",
            (Body::Report(r), _) if r.sections.iter().any(|s| *s.id == *task) => "section",
            (Body::Report(r), "decision") if r.decision.is_some() => "decision",
            (Body::Essay(_) | Body::Report(_), _) => "criterion",
        }
    }

    /// The keyword groups that mark its written task `task`: an essay (`essay`), a
    /// report's section, a written question, a grid cell (`row.column`) or a rank's
    /// justification; none for any other task.
    pub fn keywords_of(&self, task: &str) -> &[KeywordGroup] {
        match self {
            Body::Essay(e) if task == "essay" => &e.keywords,
            Body::Report(r) => r
                .sections
                .iter()
                .find(|s| *s.id == *task)
                .map_or(&[], |s| &s.keywords),
            Body::Choice(quiz) | Body::Short(quiz) => {
                match quiz
                    .questions
                    .iter()
                    .find(|q| *q.id == *task)
                    .map(|q| &q.answer)
                {
                    Some(QuestionAnswer::Written { keywords, .. }) => keywords,
                    Some(QuestionAnswer::Choice { .. }) | None => &[],
                }
            }
            Body::Grid(g) => g
                .cells
                .iter()
                .find(|c| c.id() == task)
                .map_or(&[], |c| &c.keywords),
            Body::Rank(r) => r
                .justification
                .as_ref()
                .filter(|_| task == "justification")
                .map_or(&[], |j| &j.keywords),
            Body::Sort(_)
            | Body::Categorize(_)
            | Body::Match(_)
            | Body::Timeline(_)
            | Body::Essay(_) => &[],
        }
    }
}

/// A rubric criterion as a teacher marks it, under the key `key`.
fn criterion(key: String, c: &Criterion) -> Markable {
    Markable {
        key,
        label: c.criterion.clone(),
        max: c.max_points(),
        levels: c.levels.clone(),
    }
}

/// A written question with no key, which a teacher marks; `None` for any other.
pub(super) fn unkeyed(q: &Question) -> Option<Markable> {
    matches!(&q.answer, QuestionAnswer::Written { accept, keywords, .. }
        if accept.is_empty() && keywords.is_empty())
    .then(|| Markable {
        key: q.id.to_string(),
        label: q.prompt.to_string(),
        max: q.points,
        levels: Vec::new(),
    })
}
