//! The raw serde mirror of an answer sheet: every key denied unless known, every value and
//! every table key with its span, so the cross-check can point at each problem.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

use crate::activity::raw::{Spanned, Text};
use crate::load::Versioned;

/// A table read as its entries in file order, each key with its span.
#[derive(Debug)]
pub struct Entries<V>(pub Vec<(Text, V)>);

impl<'de, V: Deserialize<'de>> Deserialize<'de> for Entries<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EntriesVisitor<V>(PhantomData<V>);

        impl<'de, V: Deserialize<'de>> Visitor<'de> for EntriesVisitor<V> {
            type Value = Entries<V>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a table")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry::<Text, V>()? {
                    entries.push(entry);
                }
                Ok(Entries(entries))
            }
        }

        deserializer.deserialize_map(EntriesVisitor(PhantomData))
    }
}

/// An answer sheet as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSheet {
    /// Format version; this classwork reads version 1.
    pub schema_version: Spanned<i64>,
    /// Who answered.
    #[serde(default)]
    pub student: Option<Text>,
    /// Id of the activity answered.
    pub activity: Text,
    /// Content hash of the version of the activity answered.
    pub activity_hash: Text,
    /// When the student started (RFC 3339).
    #[serde(default)]
    pub started: Option<Text>,
    /// When the student handed in (RFC 3339).
    #[serde(default)]
    pub submitted: Option<Text>,
    /// The answer to the main task.
    #[serde(default)]
    pub responses: Option<Spanned<RawResponses>>,
    /// Answers to follow-up questions, by question id.
    #[serde(default)]
    pub follow_up: Option<Entries<Text>>,
    /// A `[teacher]` table: marks given in the student's own progress (see
    /// [`super::restore()`]). Taken as it comes, whatever it holds, so that a file handed in
    /// with one is read without it and warned about.
    #[serde(default)]
    pub teacher: Option<Spanned<toml::Value>>,
}

impl RawSheet {
    /// Every text a student wrote or named: the name, evidence, cells, answers, the essay,
    /// the justification, the cover, the sections and the follow-up answers.
    pub fn texts(&self) -> Vec<&Text> {
        let mut texts: Vec<&Text> = self.student.iter().collect();
        if let Some(responses) = &self.responses {
            let r = responses.get();
            for table in [&r.evidence, &r.cells, &r.answers, &r.cover, &r.sections] {
                texts.extend(table.iter().flat_map(|t| t.get().0.iter().map(|(_, v)| v)));
            }
            texts.extend([&r.justification, &r.text].into_iter().flatten());
        }
        texts.extend(
            self.follow_up
                .iter()
                .flat_map(|f| f.0.iter().map(|(_, v)| v)),
        );
        texts
    }
}

impl Versioned for RawSheet {
    fn schema_version(&self) -> &Spanned<i64> {
        &self.schema_version
    }
}

/// The `[responses]` table: the keys of every kind, of which a sheet uses its kind's.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawResponses {
    /// sort: row id → ticked column ids.
    #[serde(default)]
    pub ticks: Option<Spanned<Entries<Vec<Text>>>>,
    /// sort: row id → quoted evidence.
    #[serde(default)]
    pub evidence: Option<Spanned<Entries<Text>>>,
    /// categorize: card id → bucket id.
    #[serde(default)]
    pub placements: Option<Spanned<Entries<Text>>>,
    /// match: item id → option id.
    #[serde(default)]
    pub choices: Option<Spanned<Entries<Text>>>,
    /// rank, timeline: item ids, first to last.
    #[serde(default)]
    pub order: Option<Spanned<Vec<Text>>>,
    /// rank: the justification.
    #[serde(default)]
    pub justification: Option<Text>,
    /// grid: `row.column` → text.
    #[serde(default)]
    pub cells: Option<Spanned<Entries<Text>>>,
    /// choice: question id → chosen option ids.
    #[serde(default)]
    pub chosen: Option<Spanned<Entries<Vec<Text>>>>,
    /// short: question id → text.
    #[serde(default)]
    pub answers: Option<Spanned<Entries<Text>>>,
    /// essay: the text.
    #[serde(default)]
    pub text: Option<Text>,
    /// report: cover field id → text.
    #[serde(default)]
    pub cover: Option<Spanned<Entries<Text>>>,
    /// report: section id → text.
    #[serde(default)]
    pub sections: Option<Spanned<Entries<Text>>>,
    /// report: id of the option decided on.
    #[serde(default)]
    pub decision: Option<Text>,
}

impl RawResponses {
    /// The keys present, with their spans, in the order of the fields.
    pub fn present(&self) -> Vec<(&'static str, std::ops::Range<usize>)> {
        let span =
            |name: &'static str, span: Option<std::ops::Range<usize>>| span.map(|s| (name, s));
        [
            span("ticks", self.ticks.as_ref().map(Spanned::span)),
            span("evidence", self.evidence.as_ref().map(Spanned::span)),
            span("placements", self.placements.as_ref().map(Spanned::span)),
            span("choices", self.choices.as_ref().map(Spanned::span)),
            span("order", self.order.as_ref().map(Spanned::span)),
            span(
                "justification",
                self.justification.as_ref().map(Spanned::span),
            ),
            span("cells", self.cells.as_ref().map(Spanned::span)),
            span("chosen", self.chosen.as_ref().map(Spanned::span)),
            span("answers", self.answers.as_ref().map(Spanned::span)),
            span("text", self.text.as_ref().map(Spanned::span)),
            span("cover", self.cover.as_ref().map(Spanned::span)),
            span("sections", self.sections.as_ref().map(Spanned::span)),
            span("decision", self.decision.as_ref().map(Spanned::span)),
        ]
        .into_iter()
        .flatten()
        .collect()
    }
}
