//! Shuffling where the author allows it (`shuffle = true`): the rows, cards, items and
//! events of an activity, and the options of its matches and choice questions.
//!
//! Each activity is shuffled by its own seed, made from `--seed` (or, without it, the
//! student's name), the unit and the activity. The same student therefore always sees an
//! activity in the same order, so a draft comes back as it was left; `--seed` makes every
//! order reproducible whoever the student is.

use rand::SeedableRng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;

use super::form::{self, Field, Input, Part};
use super::work::list_len;
use crate::activity::{Activity, Body, QuestionAnswer};

/// The order things of an activity are shown in, as positions in the activity's lists.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Orders {
    /// Rows, cards, items or events.
    pub list: Vec<usize>,
    /// Options: one list for a match, one per question for a choice activity (empty for a
    /// written question).
    pub options: Vec<Vec<usize>>,
}

/// The seed of one activity: from `seed` when given, else from the student's name.
pub fn seed_for(seed: Option<u64>, student: Option<&str>, unit: &str, activity: &str) -> u64 {
    let base = match seed {
        Some(s) => s.to_le_bytes().to_vec(),
        None => student.unwrap_or_default().as_bytes().to_vec(),
    };
    fnv1a(&[
        &base,
        &[0xff],
        unit.as_bytes(),
        &[0xff],
        activity.as_bytes(),
    ])
}

/// FNV-1a over the parts in turn: stable from one build to the next, unlike `Hash`.
fn fnv1a(parts: &[&[u8]]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in parts.iter().flat_map(|p| p.iter()) {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// The orders of an activity: shuffled by `seed` when the activity allows it, else as
/// the author wrote them.
pub fn orders(activity: &Activity, seed: u64) -> Orders {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut order = |n: usize| {
        let mut o: Vec<usize> = (0..n).collect();
        if activity.shuffle {
            o.shuffle(&mut rng);
        }
        o
    };
    let list = order(list_len(activity));
    let options = match &activity.body {
        Body::Match(m) => vec![order(m.options.len())],
        Body::Choice(quiz) => quiz
            .questions
            .iter()
            .map(|q| match &q.answer {
                QuestionAnswer::Choice { options, .. } => order(options.len()),
                QuestionAnswer::Written { .. } => Vec::new(),
            })
            .collect(),
        Body::Sort(_)
        | Body::Categorize(_)
        | Body::Rank(_)
        | Body::Timeline(_)
        | Body::Grid(_)
        | Body::Short(_)
        | Body::Essay(_)
        | Body::Report(_) => Vec::new(),
    };
    Orders { list, options }
}

/// `items` in the order `order` gives (positions into `items`); as they are when `order`
/// does not fit them.
pub fn arrange<T: Clone>(items: &[T], order: Option<&Vec<usize>>) -> Vec<T> {
    match order.filter(|o| o.len() == items.len()) {
        Some(order) => order
            .iter()
            .filter_map(|&i| items.get(i).cloned())
            .collect(),
        None => items.to_vec(),
    }
}

/// The positions in the activity of the `n` options of list `list` (0 for a match, the
/// question's position for a choice activity), in the order they are shown.
pub fn option_order(options: &[Vec<usize>], list: usize, n: usize) -> Vec<usize> {
    arrange(&(0..n).collect::<Vec<_>>(), options.get(list))
}

/// The questions of a part as the student sees them: the options of choice questions in
/// the order of `options` (see [`Orders::options`]).
pub fn shown_fields(activity: &Activity, part: Part, options: &[Vec<usize>]) -> Vec<Field> {
    let mut fields = form::fields(activity, part);
    if part == Part::Main && matches!(activity.body, Body::Choice(_)) {
        for (field, order) in fields.iter_mut().zip(options) {
            if let Input::Choice { options, .. } = &mut field.input {
                *options = arrange(options, Some(order));
            }
        }
    }
    fields
}
