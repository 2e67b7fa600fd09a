//! Text copied from the activity: a point found in words the student copied earns nothing.
//!
//! Words are copied when they belong to a run of [`crate::words::COPY_RUN`] words or more, word for word
//! (as the keyword matcher splits them), found in the activity's own text — its
//! instructions, questions, guidance, hints and options — or in the text of a source it
//! shows or refers to (a row's, a card's or an item's source among them). (Its model answers are shown only once the answer is handed in: a right answer
//! that says what the model answer says has not copied it.) A shorter quotation, a few words of a source given as evidence, is
//! the student's own.

use serde_json::Value;

use super::context::Context;
use crate::activity::Activity;
use crate::words::{COPY_RUN, Runs, window_hashes};

/// Fields whose text the student never sees, or that is not prose.
const HIDDEN: &[&str] = &[
    "id",
    "alternatives",
    "accept",
    "found",
    "missed",
    "content_hash",
    "kind",
    "sources",
    "notes_from",
    "feedback",
    "model_answer",
];

/// For each word of `words`, where it was copied from, if it was: the activity's own text
/// first, then its sources'. Each text's runs are found once and kept with the model.
pub(crate) fn copied<'a>(ctx: &Context<'a>, words: &[impl AsRef<str>]) -> Vec<Option<&'a str>> {
    let mut from = vec![None; words.len()];
    if words.len() < COPY_RUN {
        return from;
    }
    let mut known: Vec<&'a Runs> = vec![activity_runs(ctx.activity)];
    for id in ctx.activity.referenced_sources() {
        if let Some(source) = ctx.source(id) {
            known.push(
                source
                    .runs
                    .get_or_init(|| runs_of(source.body(), &source.label)),
            );
        }
    }
    for (at, hash) in window_hashes(words).into_iter().enumerate() {
        if let Some(whence) = known.iter().find_map(|runs| runs.find_hashed(hash)) {
            for slot in &mut from[at..at + COPY_RUN] {
                *slot = Some(whence);
            }
        }
    }
    from
}

/// The runs of the text an activity shows the student.
fn activity_runs(activity: &Activity) -> &Runs {
    activity.copy_runs.get_or_init(|| {
        let mut runs = Runs::default();
        if let Ok(value) = serde_json::to_value(activity) {
            add_value(&mut runs, &value, "the activity");
        }
        runs
    })
}

fn runs_of(text: &str, whence: &str) -> Runs {
    let mut runs = Runs::default();
    runs.add(text, whence);
    runs
}

fn add_value(runs: &mut Runs, value: &Value, whence: &str) {
    match value {
        Value::String(text) => runs.add(text, whence),
        Value::Array(items) => items.iter().for_each(|v| add_value(runs, v, whence)),
        Value::Object(fields) => {
            for (key, v) in fields {
                if !HIDDEN.contains(&key.as_str()) {
                    add_value(runs, v, &where_from(key, whence));
                }
            }
        }
        _ => {}
    }
}

/// What a field of the activity is called to the student.
fn where_from(key: &str, outer: &str) -> String {
    match key {
        "instructions" => "the instructions",
        "prompt" | "questions" => "the question",
        "guidance" => "the guidance",
        "hints" => "the hints",
        "options" => "the options",
        _ => outer,
    }
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::split_words;

    #[test]
    fn a_long_run_is_copied_and_a_short_quote_is_not() {
        let runs = runs_of(
            "Britain and France have offered guarantees to Poland but nothing to us.",
            "Source 3",
        );
        let words = |t: &str| -> Vec<String> { split_words(t).map(|w| w.into_owned()).collect() };
        let copied = words(
            "As they wrote, Britain and France have offered guarantees to Poland but nothing.",
        );
        assert_eq!(runs.find(&copied[3..3 + COPY_RUN]), Some("Source 3"));
        assert_eq!(runs.find(&copied[0..COPY_RUN]), None);
        let quoted = words("They offered guarantees to Poland, it says, and nothing more.");
        assert!(quoted.windows(COPY_RUN).all(|run| runs.find(run).is_none()));
    }
}
