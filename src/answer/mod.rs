//! Answers: what a student gave for one activity, in memory.
//!
//! The TUI fills these in, scoring reads them, and answer sheets (TOML files a person can
//! also write by hand) store them.

pub mod merge;
pub mod retry;
pub mod sheet;
pub mod summary;

use std::collections::{BTreeMap, BTreeSet};

use crate::activity::{Activity, Body};

/// The name of the teacher's marks file: kept with a class's hand-ins, it holds the marks
/// of [`Answer::teacher`] (read and written by `teacher::marks`).
pub const MARKS_FILE: &str = "marks.toml";

/// Everything a student answered for one activity.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Answer {
    /// The answer to the main task.
    pub response: Response,
    /// Answers to the follow-up questions, by question id.
    pub follow_up: BTreeMap<String, String>,
    /// Marks a teacher gave: rubric criteria (by criterion id, or `section.criterion` in a
    /// report) and questions with no automatic key (by question id).
    pub teacher: BTreeMap<String, f64>,
}

impl Answer {
    /// Drops what the student wrote in words (essays, report sections and cover, short
    /// answers, grid cells, evidence, justifications and follow-up answers), keeping
    /// everything chosen, ticked or ordered, the decision and the teacher's marks.
    pub fn forget_texts(&mut self) {
        self.follow_up = BTreeMap::new();
        for written in self.response.written() {
            match written {
                Written::Each(texts) => texts.clear(),
                Written::One(text) => text.clear(),
            }
        }
    }

    /// What the student wrote for task `task` (the ids scoring gives tasks: a question, a
    /// `row.column` cell, a report section, `essay`, `justification`, a sort row's
    /// `row.evidence`, a follow-up question); `None` for a task answered by choosing.
    pub fn text_of(&self, task: &str) -> Option<&str> {
        if let Some(text) = self.follow_up.get(task) {
            return Some(text);
        }
        let text = match &self.response {
            Response::Short(texts) | Response::Grid(texts) => texts.get(task),
            Response::Report { sections, .. } => sections.get(task),
            Response::Essay(text) => return (task == "essay").then_some(text.as_str()),
            Response::Order { justification, .. } => {
                return (task == "justification").then_some(justification.as_str());
            }
            Response::Sort { evidence, .. } => evidence.get(task.strip_suffix(".evidence")?),
            Response::Empty
            | Response::Categorize(_)
            | Response::Match(_)
            | Response::Choice(_) => None,
        };
        text.map(String::as_str)
    }

    /// Every text the student wrote, follow-up answers last.
    pub fn texts_mut(&mut self) -> Vec<&mut String> {
        let mut texts: Vec<&mut String> = Vec::new();
        for written in self.response.written() {
            match written {
                Written::Each(each) => texts.extend(each.values_mut()),
                Written::One(text) => texts.push(text),
            }
        }
        texts.extend(self.follow_up.values_mut());
        texts
    }
}

/// Where a response holds words the student wrote.
#[derive(Debug)]
pub enum Written<'a> {
    /// Texts by id (quotes, cells, answers, cover fields, sections).
    Each(&'a mut BTreeMap<String, String>),
    /// One text (a justification, an essay).
    One(&'a mut String),
}

/// The answer to the main task, shaped by the activity's kind.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Response {
    /// Nothing answered yet.
    #[default]
    Empty,
    /// `sort`: the columns ticked per row, and the quoted evidence per row.
    Sort {
        /// Row id → ticked column ids.
        ticks: BTreeMap<String, BTreeSet<String>>,
        /// Row id → the words of the source quoted as evidence.
        evidence: BTreeMap<String, String>,
    },
    /// `categorize`: card id → bucket id.
    Categorize(BTreeMap<String, String>),
    /// `match`: item id → option id.
    Match(BTreeMap<String, String>),
    /// `rank` or `timeline`: item ids in the student's order, and the justification.
    Order {
        /// Item ids, first to last.
        order: Vec<String>,
        /// Why (for a rank that asks for it).
        justification: String,
    },
    /// `grid`: `row.column` → text.
    Grid(BTreeMap<String, String>),
    /// `choice`: question id → chosen option ids.
    Choice(BTreeMap<String, BTreeSet<String>>),
    /// `short`: question id → text.
    Short(BTreeMap<String, String>),
    /// `essay`: the text.
    Essay(String),
    /// `report`: cover fields, sections and the decision.
    Report {
        /// Cover field id → text.
        cover: BTreeMap<String, String>,
        /// Section id → text.
        sections: BTreeMap<String, String>,
        /// Id of the option decided on.
        decision: Option<String>,
    },
}

impl Response {
    /// Where it holds words the student wrote, kind by kind: everything else is chosen,
    /// ticked or ordered.
    pub fn written(&mut self) -> Vec<Written<'_>> {
        match self {
            Response::Sort { evidence, .. } => vec![Written::Each(evidence)],
            Response::Order { justification, .. } => vec![Written::One(justification)],
            Response::Grid(texts) | Response::Short(texts) => vec![Written::Each(texts)],
            Response::Essay(text) => vec![Written::One(text)],
            Response::Report {
                cover, sections, ..
            } => vec![Written::Each(cover), Written::Each(sections)],
            Response::Empty
            | Response::Categorize(_)
            | Response::Match(_)
            | Response::Choice(_) => Vec::new(),
        }
    }

    /// Fills in what a saved response lacks from `start`, the empty response its activity
    /// begins with: no response takes `start`; an order missing items (the activity
    /// changed since it was saved) gets them at the end, in `start`'s order.
    pub fn fill_from(&mut self, start: Response) {
        match (&mut *self, start) {
            (Response::Order { order, .. }, Response::Order { order: all, .. }) => {
                let missing: Vec<String> =
                    all.into_iter().filter(|id| !order.contains(id)).collect();
                order.extend(missing);
            }
            (Response::Empty, start) => *self = start,
            (
                Response::Sort { .. }
                | Response::Categorize(_)
                | Response::Match(_)
                | Response::Order { .. }
                | Response::Grid(_)
                | Response::Choice(_)
                | Response::Short(_)
                | Response::Essay(_)
                | Response::Report { .. },
                _,
            ) => {}
        }
    }

    /// Clears its part for task `id` (a row or its `row.evidence`, a card, item, cell,
    /// question or section, `justification` or `decision`), so that task is asked again.
    pub fn clear_task(&mut self, id: &str) {
        match self {
            Response::Sort { ticks, evidence } => {
                let row = id.strip_suffix(".evidence");
                if let Some(row) = row {
                    evidence.remove(row);
                } else {
                    ticks.remove(id);
                    evidence.remove(id);
                }
            }
            Response::Categorize(m)
            | Response::Match(m)
            | Response::Grid(m)
            | Response::Short(m) => {
                m.remove(id);
            }
            Response::Choice(m) => {
                m.remove(id);
            }
            Response::Order { justification, .. } => {
                if id == "justification" {
                    justification.clear();
                }
            }
            Response::Report {
                cover,
                sections,
                decision,
            } => {
                cover.remove(id);
                sections.remove(id);
                if id == "decision" {
                    *decision = None;
                }
            }
            Response::Essay(_) | Response::Empty => {}
        }
    }

    /// Takes back every word written in `kept`, an earlier version of it: a sort's
    /// evidence, cells, short answers, a justification, a report's cover and sections.
    pub fn keep_words_from(&mut self, kept: Response) {
        match (self, kept) {
            (Response::Sort { evidence, .. }, Response::Sort { evidence: e, .. }) => *evidence = e,
            (Response::Grid(m), Response::Grid(k)) | (Response::Short(m), Response::Short(k)) => {
                *m = k;
            }
            (
                Response::Order { justification, .. },
                Response::Order {
                    justification: j, ..
                },
            ) => {
                *justification = j;
            }
            (
                Response::Report {
                    cover, sections, ..
                },
                Response::Report {
                    cover: c,
                    sections: s,
                    ..
                },
            ) => {
                *cover = c;
                *sections = s;
            }
            // Nothing else holds words a retry clears, and an answer of another kind keeps
            // nothing from this one.
            (
                Response::Empty
                | Response::Sort { .. }
                | Response::Categorize(_)
                | Response::Match(_)
                | Response::Order { .. }
                | Response::Grid(_)
                | Response::Choice(_)
                | Response::Short(_)
                | Response::Essay(_)
                | Response::Report { .. },
                _,
            ) => {}
        }
    }

    /// An empty response of the right shape for an activity.
    pub fn empty_for(activity: &Activity) -> Self {
        match &activity.body {
            Body::Sort(_) => Response::Sort {
                ticks: BTreeMap::new(),
                evidence: BTreeMap::new(),
            },
            Body::Categorize(_) => Response::Categorize(BTreeMap::new()),
            Body::Match(_) => Response::Match(BTreeMap::new()),
            Body::Rank(_) | Body::Timeline(_) => Response::Order {
                order: Vec::new(),
                justification: String::new(),
            },
            Body::Grid(_) => Response::Grid(BTreeMap::new()),
            Body::Choice(_) => Response::Choice(BTreeMap::new()),
            Body::Short(_) => Response::Short(BTreeMap::new()),
            Body::Essay(_) => Response::Essay(String::new()),
            Body::Report(_) => Response::Report {
                cover: BTreeMap::new(),
                sections: BTreeMap::new(),
                decision: None,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn forgotten(response: Response) -> Answer {
        let mut answer = Answer {
            response,
            follow_up: map(&[("why", "Because of Munich.")]),
            teacher: BTreeMap::from([("argument".to_string(), 3.0)]),
        };
        answer.forget_texts();
        assert!(answer.follow_up.is_empty());
        assert_eq!(answer.teacher.get("argument"), Some(&3.0));
        answer
    }

    #[test]
    fn forgetting_texts_keeps_choices_orders_decisions_and_marks() {
        let ticks = BTreeMap::from([(
            "source_1".to_string(),
            BTreeSet::from(["security".to_string()]),
        )]);
        let sort = Response::Sort {
            ticks: ticks.clone(),
            evidence: map(&[("source_1", "collective security")]),
        };
        assert_eq!(
            forgotten(sort).response,
            Response::Sort {
                ticks: ticks.clone(),
                evidence: BTreeMap::new()
            }
        );
        let order = vec!["b".to_string(), "a".to_string()];
        let ranked = Response::Order {
            order: order.clone(),
            justification: "Munich came first.".into(),
        };
        assert_eq!(
            forgotten(ranked).response,
            Response::Order {
                order,
                justification: String::new()
            }
        );
        let report = Response::Report {
            cover: map(&[("from", "Adviser")]),
            sections: map(&[("risks", "Germany may turn east.")]),
            decision: Some("germany".into()),
        };
        assert_eq!(
            forgotten(report).response,
            Response::Report {
                cover: BTreeMap::new(),
                sections: BTreeMap::new(),
                decision: Some("germany".into())
            }
        );
        for written in [
            Response::Grid(map(&[("1921.aim", "revolution")])),
            Response::Short(map(&[("q1", "Litvinov")])),
        ] {
            let empty = match &written {
                Response::Grid(_) => Response::Grid(BTreeMap::new()),
                _ => Response::Short(BTreeMap::new()),
            };
            assert_eq!(forgotten(written).response, empty);
        }
        assert_eq!(
            forgotten(Response::Essay("Stalin chose time.".into())).response,
            Response::Essay(String::new())
        );
        let kept = [
            Response::Empty,
            Response::Categorize(map(&[("card", "bucket")])),
            Response::Match(map(&[("item", "option")])),
            Response::Choice(ticks),
        ];
        for response in kept {
            assert_eq!(forgotten(response.clone()).response, response);
        }
    }

    #[test]
    fn every_text_written_is_listed_and_nothing_chosen() {
        let mut answer = Answer {
            response: Response::Report {
                cover: map(&[("from", "Adviser")]),
                sections: map(&[("risks", "Germany may turn east.")]),
                decision: Some("germany".into()),
            },
            follow_up: map(&[("why", "Because of Munich.")]),
            teacher: BTreeMap::new(),
        };
        let texts: Vec<String> = answer.texts_mut().into_iter().map(|t| t.clone()).collect();
        assert_eq!(
            texts,
            ["Adviser", "Germany may turn east.", "Because of Munich."]
        );
        let mut chosen = Answer {
            response: Response::Choice(BTreeMap::from([(
                "q1".to_string(),
                BTreeSet::from(["a".to_string()]),
            )])),
            ..Answer::default()
        };
        assert!(chosen.texts_mut().is_empty());
        let mut essay = Answer {
            response: Response::Essay("Stalin chose time.".into()),
            ..Answer::default()
        };
        for text in essay.texts_mut() {
            text.push_str(" Then space.");
        }
        assert_eq!(
            essay.response,
            Response::Essay("Stalin chose time. Then space.".into())
        );
    }
}
