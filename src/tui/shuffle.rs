//! The questions of a choice activity as the terminal UI shows them: their options in the
//! order [`crate::activity::shuffle`] gives.

use super::form::{self, Field, Input, Part};
use crate::activity::shuffle::arrange;
use crate::activity::{Activity, Body};

/// The questions of a part as the student sees them: the options of choice questions in
/// the order of `options` (see [`crate::activity::shuffle::Orders::options`]).
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
