//! Text copied from the activity: a point found in words the student copied earns nothing.
//!
//! Words are copied when they belong to a run of [`COPY_RUN`] words or more, word for word
//! (as the keyword matcher splits them), found in the activity's own text — its
//! instructions, questions, guidance, hints and options — or in the text of a source it
//! shows or refers to (a row's, a card's or an item's source among them). (Its model answers are shown only once the answer is handed in: a right answer
//! that says what the model answer says has not copied it.) A shorter quotation, a few words of a source given as evidence, is
//! the student's own.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

use serde_json::Value;

use super::context::Context;
use crate::words::split_words;

/// Runs of this many words or more, found in the activity, are copied.
pub const COPY_RUN: usize = 8;

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

/// Where the activity's runs of [`COPY_RUN`] words come from, by a hash of the run.
#[derive(Debug, Default)]
pub(crate) struct Copies {
    runs: HashMap<u64, String>,
}

impl Copies {
    /// The runs of the activity's text and of its sources.
    pub(crate) fn of(ctx: &Context<'_>) -> Self {
        let mut copies = Self::default();
        if let Ok(value) = serde_json::to_value(ctx.activity) {
            copies.add_value(&value, "the activity");
        }
        for id in ctx.activity.referenced_sources() {
            if let Some(source) = ctx.source(id) {
                copies.add(source.body(), &source.label);
            }
        }
        copies
    }

    fn add_value(&mut self, value: &Value, whence: &str) {
        match value {
            Value::String(text) => self.add(text, whence),
            Value::Array(items) => items.iter().for_each(|v| self.add_value(v, whence)),
            Value::Object(fields) => {
                for (key, v) in fields {
                    if !HIDDEN.contains(&key.as_str()) {
                        self.add_value(v, &where_from(key, whence));
                    }
                }
            }
            _ => {}
        }
    }

    fn add(&mut self, text: &str, whence: &str) {
        let words: Vec<String> = split_words(text).map(|w| w.into_owned()).collect();
        for run in words.windows(COPY_RUN) {
            self.runs
                .entry(hash(run))
                .or_insert_with(|| whence.to_string());
        }
    }

    /// For each word of `words`, where it was copied from, if it was.
    pub(crate) fn copied(&self, words: &[String]) -> Vec<Option<&str>> {
        let mut from = vec![None; words.len()];
        if self.runs.is_empty() {
            return from;
        }
        for (at, run) in words.windows(COPY_RUN).enumerate() {
            if let Some(whence) = self.runs.get(&hash(run)) {
                for slot in &mut from[at..at + COPY_RUN] {
                    *slot = Some(whence.as_str());
                }
            }
        }
        from
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

fn hash(run: &[String]) -> u64 {
    let mut hasher = DefaultHasher::new();
    run.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_run_is_copied_and_a_short_quote_is_not() {
        let mut copies = Copies::default();
        copies.add(
            "Britain and France have offered guarantees to Poland but nothing to us.",
            "Source 3",
        );
        let words = |t: &str| -> Vec<String> { split_words(t).map(|w| w.into_owned()).collect() };
        let copied = copies.copied(&words(
            "As they wrote, Britain and France have offered guarantees to Poland but nothing.",
        ));
        assert_eq!(copied[3], Some("Source 3"));
        assert_eq!(copied[0], None);
        let quoted = copies.copied(&words("They offered guarantees to Poland, it says."));
        assert!(quoted.iter().all(Option::is_none));
    }
}
