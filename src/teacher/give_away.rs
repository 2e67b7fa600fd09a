//! `check` warnings for an activity that shows its own answer: a list written in the
//! order of its key (authors tend to write the answer first) in a file that does not
//! shuffle it, so every student sees the answer as the task; and a timeline event whose
//! source, shown beside the task with its date, dates the event.

use std::sync::Arc;

use crate::activity::date::HistDate;
use crate::activity::raw::{KeyEntry, Kind, RawActivity, RawChoiceOption};
use crate::diagnostic::{Diagnostic, SourceFile};

/// The fewest things in a list for its order to give an answer away.
const FEWEST: usize = 3;

/// The warnings of a timeline whose events' sources give their dates away: the source
/// beside the task is headed with its `when` (`when_of` finds it by id), and one that
/// names the event's year tells the student where the event goes.
pub fn dated_sources(
    file: &Arc<SourceFile>,
    raw: &RawActivity,
    when_of: &dyn Fn(&str) -> Option<String>,
) -> Vec<Diagnostic> {
    if *raw.kind.get() != Kind::Timeline {
        return Vec::new();
    }
    let Some(events) = &raw.events else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for event in events.get() {
        let Some(source) = &event.source else {
            continue;
        };
        let Some(when) = when_of(source.get()) else {
            continue;
        };
        let year: String = event.date.get().chars().take(4).collect();
        let names_year = year.len() == 4
            && when
                .split(|c: char| !c.is_ascii_digit())
                .any(|number| number == year);
        if names_year {
            found.push(
                Diagnostic::warning(
                    "gives-answer-away",
                    format!(
                        "event `{}` has a source dated \"{when}\", shown beside the task: it gives the event's date away",
                        event.id.get()
                    ),
                )
                .in_file(file)
                .at(source.span())
                .label("shown with its date")
                .help("leave the source off the event (it stays in the unit for other activities), or its `when` off the source"),
            );
        }
    }
    found
}

/// The warnings of one activity file whose lists show their answer (none when it shuffles).
pub fn give_aways(file: &Arc<SourceFile>, raw: &RawActivity) -> Vec<Diagnostic> {
    if raw.shuffle.as_ref().is_some_and(|s| *s.get()) {
        return Vec::new();
    }
    let warn = |what: &str, span: std::ops::Range<usize>| {
        Diagnostic::warning("gives-answer-away", what.to_string())
            .in_file(file)
            .at(span)
            .label("students see this order")
            .help("set `shuffle = true`, or write the list in another order")
    };
    let mut found = Vec::new();
    match raw.kind.get() {
        Kind::Timeline => {
            if let Some(events) = &raw.events {
                let dates: Vec<Option<(i32, u8, u8)>> = events
                    .get()
                    .iter()
                    .map(|e| HistDate::parse(e.date.get()).ok())
                    .map(|d| d.map(|d| (d.year, d.month.unwrap_or(0), d.day.unwrap_or(0))))
                    .collect();
                let in_order = dates.len() >= FEWEST
                    && dates.iter().all(Option::is_some)
                    && dates.windows(2).all(|w| w[0] <= w[1]);
                if in_order {
                    found.push(warn(
                        "the events are written in the order of their dates, and are not shuffled",
                        events.span(),
                    ));
                }
            }
        }
        Kind::Rank => {
            if let (Some(items), Some(key)) = (&raw.items, &raw.key) {
                let written: Vec<&str> = items.get().iter().map(|i| i.id.get().as_str()).collect();
                let keyed: Vec<&str> = key
                    .get()
                    .iter()
                    .flat_map(|entry| match entry {
                        KeyEntry::One(id) => vec![id.as_str()],
                        KeyEntry::Tied(ids) => ids.iter().map(String::as_str).collect(),
                    })
                    .collect();
                if written.len() >= FEWEST && written == keyed {
                    found.push(warn(
                        "the items are written in the order of the key, and are not shuffled",
                        items.span(),
                    ));
                }
            }
        }
        Kind::Choice => {
            let best = |options: &[RawChoiceOption]| -> Option<usize> {
                let weight = |o: &RawChoiceOption| match (&o.weight, &o.correct) {
                    (Some(w), _) => *w.get(),
                    (None, Some(c)) if *c.get() => 1.0,
                    (None, _) => 0.0,
                };
                let top = options.iter().map(weight).fold(0.0, f64::max);
                (top > 0.0).then(|| options.iter().position(|o| weight(o) >= top))?
            };
            let single: Vec<(usize, std::ops::Range<usize>)> = raw
                .questions
                .iter()
                .flat_map(|q| q.get())
                .filter(|q| !q.multiple.as_ref().is_some_and(|m| *m.get()) && q.options.len() > 1)
                .filter_map(|q| Some((best(&q.options)?, q.prompt.span())))
                .collect();
            let same_place = single.first().map(|(p, _)| *p);
            if single.len() >= FEWEST && single.iter().all(|(p, _)| Some(*p) == same_place) {
                let place = same_place.unwrap_or(0) + 1;
                found.push(warn(
                    &format!("the right option is option {place} in every question, and options are not shuffled"),
                    raw.questions.as_ref().map_or(raw.kind.span(), |q| q.span()),
                ));
            }
        }
        Kind::Sort
        | Kind::Categorize
        | Kind::Match
        | Kind::Grid
        | Kind::Short
        | Kind::Essay
        | Kind::Report => {}
    }
    found
}
