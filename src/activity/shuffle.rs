//! Shuffling where the author allows it (`shuffle = true`): the rows, cards, items and
//! events of an activity, and the options of its matches and choice questions.
//!
//! Each activity is shuffled by its own seed, made from `--seed` (or, without it, the
//! student's name), the unit and the activity. The same student therefore always sees an
//! activity in the same order, in the terminal UI, in plain mode and over SSH, so a draft
//! comes back as it was left; `--seed` makes every order reproducible whoever the student
//! is. A printed worksheet, which has no student, is shuffled by the unit and the activity
//! alone, so reprints match.
//!
//! Shuffling changes only what is shown: every answer names rows, cards, options and events
//! by id, so an answer given to [`shown`] is an answer to the activity itself.

use rand::SeedableRng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;

use super::{Activity, Body, QuestionAnswer};

/// The order things of an activity are shown in, as positions in the activity's lists.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Orders {
    /// Rows, cards, items or events.
    pub list: Vec<usize>,
    /// Options: one list for a match, one per question for a choice activity (empty for a
    /// written question).
    pub options: Vec<Vec<usize>>,
}

/// The seed of one activity: from `seed` when given, else from the student's name, read
/// without case as profile names are (no name: the same seed for everyone).
pub fn seed_for(seed: Option<u64>, student: Option<&str>, unit: &str, activity: &str) -> u64 {
    let base = match seed {
        Some(s) => s.to_le_bytes().to_vec(),
        None => student.unwrap_or_default().to_lowercase().into_bytes(),
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
    let list = order(activity.body.list_len());
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

/// The activity as it is shown: its rows, cards, items, events and options in the order
/// `orders` gives. Scoring is unchanged: the key, every id and every mark are the
/// activity's own.
pub fn shown(activity: &Activity, orders: &Orders) -> Activity {
    let mut shown = activity.clone();
    let list = Some(&orders.list);
    match &mut shown.body {
        Body::Sort(s) => s.rows = arrange(&s.rows, list),
        Body::Categorize(c) => c.cards = arrange(&c.cards, list),
        Body::Match(m) => {
            m.items = arrange(&m.items, list);
            m.options = arrange(&m.options, orders.options.first());
        }
        Body::Rank(r) => r.items = arrange(&r.items, list),
        Body::Timeline(t) => {
            t.events = arrange(&t.events, list);
            t.dates = arrange(&t.dates, list);
            t.explanations = arrange(&t.explanations, list);
        }
        Body::Choice(quiz) => {
            for (q, order) in quiz.questions.iter_mut().zip(&orders.options) {
                if let QuestionAnswer::Choice { options, .. } = &mut q.answer {
                    *options = arrange(options, Some(order));
                }
            }
        }
        Body::Grid(_) | Body::Short(_) | Body::Essay(_) | Body::Report(_) => {}
    }
    shown
}

/// The activity as shown to `student` (or, with no student, as printed), `seed` being
/// `--seed`: [`shown`] in the orders its seed gives.
pub fn shown_to(
    activity: &Activity,
    unit: &str,
    student: Option<&str>,
    seed: Option<u64>,
) -> Activity {
    shown(
        activity,
        &orders(activity, seed_for(seed, student, unit, &activity.id)),
    )
}
