//! Units: a folder of activities in order, with the sources they share.

use super::model::Activity;
pub use super::raw::SourceKind;
use crate::words::{Prepared, Vocabulary};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// A source: a document, picture or historian's text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// Id activities use.
    pub id: String,
    /// "Source 2".
    pub label: Arc<str>,
    /// Who.
    pub who: Option<String>,
    /// When.
    pub when: Option<String>,
    /// What kind of material.
    pub kind: SourceKind,
    /// Its words.
    pub text: Option<String>,
    /// What a picture shows.
    pub description: Option<String>,
    /// Where it comes from.
    pub citation: Option<String>,
    /// Whether the text is the document's exact words (`Some(true)`), differs on purpose
    /// (`Some(false)`), or makes no claim (`None`).
    pub verbatim: Option<bool>,
    /// A note for teachers about the source.
    pub note: Option<String>,
    /// The words of its text, found when first marked.
    #[serde(skip)]
    pub vocabulary: Prepared<Vocabulary>,
}

impl Source {
    /// The words of a text, or the description of a picture.
    pub fn body(&self) -> &str {
        self.text
            .as_deref()
            .or(self.description.as_deref())
            .unwrap_or_default()
    }

    /// The kind in words ("cartoon").
    pub fn kind_name(&self) -> &'static str {
        self.kind.name()
    }

    /// "Source 2 — Lenin, February 1921".
    pub fn heading(&self) -> String {
        let by: Vec<&str> = [self.who.as_deref(), self.when.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        if by.is_empty() {
            self.label.to_string()
        } else {
            format!("{} — {}", self.label, by.join(", "))
        }
    }
}

/// A unit, loaded: its activities in order and its sources.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Unit {
    /// Id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Description.
    pub description: Option<String>,
    /// The activities that loaded, in order.
    pub activities: Vec<Activity>,
    /// The sources.
    pub sources: Vec<Source>,
    /// The start (00:00 UTC) of the exam day, if the author set one, in seconds since the
    /// epoch: review keeps going until then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exam: Option<i64>,
}

impl Unit {
    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The activity with this id.
    pub fn activity(&self, id: &str) -> Option<&Activity> {
        self.activities.iter().find(|a| a.id == id)
    }
}
