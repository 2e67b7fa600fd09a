//! JSON Schemas of the three file types, generated from the raw types.
//!
//! Editors that speak Taplo (Even Better TOML) read these to complete keys and show the doc
//! comments of [`crate::activity::raw`] as hover text. The committed copies live in
//! `assets/`; a test checks they match what this module generates.

use schemars::generate::SchemaSettings;
use schemars::transform::transform_subschemas;
use schemars::{JsonSchema, Schema};
use serde_json::Value;

use super::raw::{RawActivity, RawSources, RawUnit};

/// Makes one schema.
pub type Generate = fn() -> Value;

/// File name (under `assets/`) and generator of each committed schema.
pub const SCHEMAS: [(&str, Generate); 3] = [
    ("activity.schema.json", activity_schema),
    ("unit.schema.json", unit_schema),
    ("sources.schema.json", sources_schema),
];

/// The schema of an activity file.
pub fn activity_schema() -> Value {
    generate::<RawActivity>("classwork activity")
}

/// The schema of a unit's `unit.toml`.
pub fn unit_schema() -> Value {
    generate::<RawUnit>("classwork unit")
}

/// The schema of a unit's `sources.toml`.
pub fn sources_schema() -> Value {
    generate::<RawSources>("classwork sources")
}

/// A draft-07 schema (the draft Taplo reads) of `T`, titled `title`.
fn generate<T: JsonSchema>(title: &str) -> Value {
    let mut schema: Schema = SchemaSettings::draft07()
        .for_deserialize()
        .into_generator()
        .into_root_schema_for::<T>();
    for_toml(&mut schema);
    schema.insert("title".into(), Value::from(title));
    if let Some(version) = schema
        .get_mut("properties")
        .and_then(|p| p.get_mut("schema_version"))
        .and_then(Value::as_object_mut)
    {
        version.insert("const".into(), Value::from(super::SCHEMA_VERSION));
    }
    schema.to_value()
}

/// Removes what TOML cannot express or editors do not need: `null` (TOML has none; a key
/// is simply left out) and the Rust-specific `format`s (`double`, `uint32`).
fn for_toml(schema: &mut Schema) {
    if let Some(object) = schema.as_object_mut() {
        object.remove("format");
        if let Some(Value::Array(types)) = object.get_mut("type") {
            types.retain(|t| t != "null");
            if let [only] = types.as_slice() {
                let only = only.clone();
                object.insert("type".into(), only);
            }
        }
        if let Some(Value::Array(any_of)) = object.get_mut("anyOf") {
            any_of.retain(|s| s.get("type").is_none_or(|t| t != "null"));
            if any_of.len() == 1
                && let Some(any_of) = object.remove("anyOf")
            {
                object.insert("allOf".into(), any_of);
            }
        }
    }
    transform_subschemas(&mut for_toml, schema);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn activity_schema_is_draft07_and_knows_every_kind() {
        let schema = activity_schema();
        assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
        let text = schema.to_string();
        assert!(!text.contains("null"), "TOML has no null");
        assert_eq!(schema["properties"]["schema_version"]["const"], 1);
        for kind in super::super::raw::Kind::ALL {
            assert!(text.contains(&format!("\"{}\"", kind.name())), "{kind:?}");
        }
    }
}
