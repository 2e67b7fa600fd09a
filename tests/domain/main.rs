//! Tests of the library without a terminal: loading and diagnostics, scoring and its properties, the store.

#[path = "../common/mod.rs"]
mod common;

mod adversarial;
mod authoring_guide;
mod bundled_sources;
mod bundled_unit;
mod diagnostics;
mod hostile;
mod loader_props;
mod marks_wording;
mod report_keywords;
mod schema_sync;
mod scoring_answers_repeated;
mod scoring_bundled;
mod scoring_chance;
mod scoring_flags;
mod scoring_is_pure;
mod scoring_keywords;
mod scoring_lists;
mod scoring_properties;
mod scoring_rules;
mod scoring_sheets;
mod scoring_stance;
mod scoring_topic;
mod store;
mod worksheet_order;
mod written_properties;
