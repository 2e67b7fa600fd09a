//! Pure look-ups into an activity and its answer, shared by the views and `update`.

use std::ops::Range;

use super::app::Work;
use super::form::{self, Part};
use crate::activity::{Activity, Body, Categorize, OrderItem, Source, Unit};
use crate::answer::{Answer, Response};

/// Byte ranges of the sentences of a text (ends at `.`, `!`, `?` or `…` and a space).
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if start.is_none() && !c.is_whitespace() {
            start = Some(i);
        }
        let Some(s) = start else { continue };
        if matches!(c, '.' | '!' | '?' | '…') {
            let mut end = i + c.len_utf8();
            while let Some(&(j, q)) = chars.peek() {
                if matches!(q, '\'' | '"' | '’' | '”' | ')' | '»') {
                    end = j + q.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            if chars.peek().is_none_or(|&(_, n)| n.is_whitespace()) {
                out.push(s..end);
                start = None;
            }
        }
    }
    if let Some(s) = start {
        let end = text.trim_end().len();
        if end > s {
            out.push(s..end);
        }
    }
    out
}

/// The text a sort row's evidence is quoted from: its source's words, or its statement.
pub fn evidence_text<'a>(unit: &'a Unit, a: &'a Activity, w: &Work, row: usize) -> Option<&'a str> {
    let Body::Sort(s) = &a.body else { return None };
    let r = s.rows.get(*w.order.get(row)?)?;
    match &r.source {
        Some(id) => unit.source(id).map(Source::body),
        None => r.text.as_deref(),
    }
}

/// The item at a position of the student's order.
pub fn order_item<'a>(a: &'a Activity, w: &Work, pos: usize) -> Option<&'a OrderItem> {
    let items = order_items(a);
    let Response::Order { order, .. } = &w.answer.response else {
        return None;
    };
    let id = order.get(pos)?;
    items.iter().find(|i| *i.id == **id)
}

/// The cards of a categorize by where they are: the pool first, then each bucket; each
/// in the order cards are shown.
pub fn card_groups(c: &Categorize, w: &Work) -> Vec<Vec<usize>> {
    let mut groups = vec![Vec::new(); c.buckets.len() + 1];
    let placed = match &w.answer.response {
        Response::Categorize(m) => Some(m),
        _ => None,
    };
    for &i in &w.order {
        let bucket = placed.and_then(|m| m.get(&*c.cards[i].id));
        let g = bucket
            .and_then(|b| c.buckets.iter().position(|x| &x.id == b))
            .map_or(0, |p| p + 1);
        groups[g].push(i);
    }
    groups
}

/// The items of a rank or the events of a timeline.
pub fn order_items(a: &Activity) -> &[OrderItem] {
    a.body.order_items().unwrap_or_default()
}

/// Rows of an order screen: the items, then the justification box if there is one.
pub fn order_rows(a: &Activity) -> usize {
    let justified = matches!(&a.body, Body::Rank(r) if r.justification.is_some());
    order_items(a).len() + usize::from(justified)
}

/// How many follow-up questions of activity `a` have an answer, and how many there are.
pub fn follow_ups_answered(a: &Activity, answer: &Answer) -> (usize, usize) {
    let fields = form::fields(a, Part::FollowUp);
    let done = fields.iter().filter(|f| form::answered(answer, f)).count();
    (done, fields.len())
}
