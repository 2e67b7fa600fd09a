//! The marks of a report or essay, grouped by section: what each section earned and why,
//! the points it missed (as the author's questions), the decision, and the criteria a
//! teacher marks — with the mark split into its automatic and teacher parts.

use std::collections::HashSet;
use std::sync::Arc;

use crate::activity::Activity;
use crate::answer::Answer;
use crate::scoring::{Score, TaskScore};
use crate::teacher::mark::{MarkParts, parts};
use crate::tui::screen::writer::page::{self, Entry};

/// One line of explanation under a section.
#[derive(Debug, Clone, PartialEq)]
pub enum MarkLine {
    /// Marks given (or taken), and why.
    Given(f64, Arc<str>),
    /// A point missed, asked as the author's question.
    Question(Arc<str>),
    /// A note that changes no marks (a length, a missing section, a mark awaited).
    Note(Arc<str>),
    /// The author's feedback.
    Said(Arc<str>),
    /// The model answer, where the author shows it.
    Model(Arc<str>),
}

/// A section (or the decision, or a criterion) with its marks and explanation.
#[derive(Debug, Clone, PartialEq)]
pub struct Group<'a> {
    /// The task scored.
    pub task: &'a TaskScore,
    /// Its explanation.
    pub lines: Vec<MarkLine>,
    /// The criteria of this section a teacher marks.
    pub rubric: Vec<Group<'a>>,
}

/// The marks of a report or essay, arranged for reading.
#[derive(Debug, Clone, PartialEq)]
pub struct WrittenMarks<'a> {
    /// Automatic and teacher marks.
    pub parts: MarkParts,
    /// Sections with something written.
    pub written: usize,
    /// Sections within their word limits.
    pub within: usize,
    /// Sections in all.
    pub sections: usize,
    /// Each section, in order.
    pub groups: Vec<Group<'a>>,
    /// The decision, if the report asks for one.
    pub decision: Option<Group<'a>>,
    /// The criteria of the whole piece a teacher marks.
    pub teacher: Vec<Group<'a>>,
    /// Anything else scored (follow-up questions).
    pub other: Vec<Group<'a>>,
}

fn group<'a>(a: &Activity, score: &'a Score, task: &'a TaskScore) -> Group<'a> {
    let missed: HashSet<&str> = keyword_questions(a, &task.id);
    let mut reasons: HashSet<&str> = HashSet::new();
    let mut lines = Vec::new();
    for e in score.entries.iter().filter(|e| e.task == task.id) {
        reasons.insert(&e.reason);
        lines.push(if e.marks != 0.0 {
            MarkLine::Given(e.marks, e.reason.clone())
        } else if missed.contains(&*e.reason) {
            MarkLine::Question(e.reason.clone())
        } else {
            MarkLine::Note(e.reason.clone())
        });
    }
    let said = task.feedback.iter().filter(|f| !reasons.contains(&***f));
    lines.extend(said.map(|f| MarkLine::Said(f.clone())));
    lines.extend(task.model_answer.clone().map(MarkLine::Model));
    Group {
        task,
        lines,
        rubric: Vec::new(),
    }
}

/// The `missed` questions of the keyword groups of the section (or essay) `id`.
fn keyword_questions<'a>(a: &'a Activity, id: &str) -> HashSet<&'a str> {
    let groups = a.body.keywords_of(id);
    groups.iter().filter_map(|g| g.missed.as_deref()).collect()
}

/// The marks of `score`, an answer to the report or essay `a`; `None` for other kinds.
pub fn arrange<'a>(a: &Activity, answer: &Answer, score: &'a Score) -> Option<WrittenMarks<'a>> {
    if !page::is_written(a) {
        return None;
    }
    let keys: HashSet<String> = a.markable().into_iter().map(|m| m.key).collect();
    let mut used: HashSet<&str> = HashSet::new();
    let find = |id: &str| score.tasks.iter().find(|t| &*t.id == id);
    let mut groups = Vec::new();
    let (mut written, mut within, mut sections) = (0, 0, 0);
    for entry in page::entries(a) {
        let Entry::Section(k) = entry else { continue };
        let Some(p) = page::page(a, k) else { continue };
        sections += 1;
        let (_, status) = page::section_words(answer, &p);
        written += usize::from(status != page::WordStatus::Empty);
        within += usize::from(status == page::WordStatus::Within);
        let id = match &p.target {
            crate::tui::form::TextTarget::Section(id) => id.clone(),
            _ => "essay".to_string(),
        };
        let Some(task) = find(&id) else { continue };
        used.insert(&task.id);
        let mut g = group(a, score, task);
        let prefix = format!("{id}.");
        for t in score.tasks.iter().filter(|t| t.id.starts_with(&prefix)) {
            if keys.contains(&*t.id) {
                used.insert(&t.id);
                g.rubric.push(group(a, score, t));
            }
        }
        groups.push(g);
    }
    let decision = find("decision")
        .filter(|_| page::decision(a, answer).is_some())
        .map(|t| {
            used.insert(&t.id);
            group(a, score, t)
        });
    let mut teacher = Vec::new();
    let mut other = Vec::new();
    for t in score.tasks.iter().filter(|t| !used.contains(&*t.id)) {
        let g = group(a, score, t);
        if keys.contains(&*t.id) && !a.follow_up.iter().any(|q| *q.id == *t.id) {
            teacher.push(g);
        } else {
            other.push(g);
        }
    }
    Some(WrittenMarks {
        parts: parts(a, score),
        written,
        within,
        sections,
        groups,
        decision,
        teacher,
        other,
    })
}
