//! Answers: what a student gave for one activity, in memory.
//!
//! The TUI fills these in, scoring reads them, and answer sheets (TOML files a person can
//! also write by hand) store them.

pub mod sheet;
pub mod summary;

use std::collections::{BTreeMap, BTreeSet};

use crate::activity::{Activity, Body};

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
