//! What the student has done with each activity: the answer, its scores, its status.

use crate::activity::Activity;
use crate::activity::shuffle::Orders;
use crate::answer::{Answer, Response};
use crate::scoring::Score;

/// What the student has done with one activity.
#[derive(Debug, Clone)]
pub struct Work {
    /// The answer being made (kept while moving between activities).
    pub answer: Answer,
    /// Whether the answer changed since it was last submitted or started again.
    pub dirty: bool,
    /// The scores of every submission, first to last.
    pub scores: Vec<Score>,
    /// The order rows, cards or items are shown in (positions in the activity's list).
    pub order: Vec<usize>,
    /// The order options are shown in (see [`Orders::options`]).
    pub options: Vec<Vec<usize>>,
    /// Whether the answer changed since its draft was last saved.
    pub unsaved: bool,
    /// The answer last submitted (this time or before), to compare a ranking asked again.
    pub last: Option<Answer>,
    /// The answer submitted before `last`.
    pub previous: Option<Answer>,
    /// Whether the draft restored was made against another version of the activity (told
    /// to the student when the activity is opened).
    pub changed: bool,
    /// Whether the answer being made is practice (review, a retry): submitting it leaves
    /// the hand-in as it was.
    pub practice: bool,
    /// Whether the last submission was practice.
    pub submitted_practice: bool,
    /// The task the last submission reviewed (`v`): only its answer counts in the review
    /// schedule.
    pub reviewed: Option<String>,
}

/// How far the student is with an activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Nothing done.
    NotStarted,
    /// Answered in part, not submitted since.
    InProgress,
    /// Submitted, nothing changed since.
    Submitted,
}

impl Status {
    /// The status in words.
    pub fn word(self) -> &'static str {
        match self {
            Status::NotStarted => "not started",
            Status::InProgress => "in progress",
            Status::Submitted => "submitted",
        }
    }
}

impl Work {
    /// No work yet on `activity`, shown in `orders`.
    pub fn new(activity: &Activity, orders: Orders) -> Self {
        Work {
            answer: initial_answer(activity, &orders.list),
            dirty: false,
            scores: Vec::new(),
            order: orders.list,
            options: orders.options,
            unsaved: false,
            last: None,
            previous: None,
            changed: false,
            practice: false,
            submitted_practice: false,
            reviewed: None,
        }
    }

    /// Takes `answer` as the work's answer; a list order missing items (the activity
    /// changed since it was saved) gets them at the end, in the order they are shown.
    pub fn fit(&self, activity: &Activity, mut answer: Answer) -> Answer {
        let start = initial_answer(activity, &self.order);
        answer.response.fill_from(start.response);
        answer
    }

    /// The status of the work.
    pub fn status(&self) -> Status {
        if self.dirty {
            Status::InProgress
        } else if self.scores.is_empty() {
            Status::NotStarted
        } else {
            Status::Submitted
        }
    }

    /// The best share of the marks of any submission.
    pub fn best(&self) -> Option<&Score> {
        self.scores
            .iter()
            .max_by(|a, b| a.fraction().total_cmp(&b.fraction()))
    }
}

/// An empty answer for an activity whose list is shown in `order`.
pub fn initial_answer(a: &Activity, order: &[usize]) -> Answer {
    let mut answer = Answer {
        response: Response::empty_for(a),
        ..Answer::default()
    };
    let items = a.body.order_items();
    if let (Some(items), Response::Order { order: o, .. }) = (items, &mut answer.response) {
        *o = order.iter().map(|&i| items[i].id.to_string()).collect();
    }
    answer
}
