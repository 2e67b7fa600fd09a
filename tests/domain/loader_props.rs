//! Whatever a file holds — an activity, a unit, an answer sheet or a hand-in's manifest —
//! loading it never panics, and every diagnostic that points into a file points inside it,
//! on character boundaries.
//!
//! Inputs are arbitrary text, arbitrary bytes, and TOML built by walking the format's own
//! JSON Schema: real keys and tables, values mostly of the right type and often of the
//! wrong one, ids that often (not always) refer to something, and now and then a key that
//! does not exist. That reaches every stage: parsing, recovery past unknown keys, and the
//! checks of every kind.

use std::path::Path;

use classwork::activity::schema::{activity_schema, sources_schema, unit_schema};
use classwork::activity::validate::SourceIds;
use classwork::activity::{Activity, Unit};
use classwork::answer::sheet::load_sheet;
use classwork::diagnostic::{Diagnostic, Style, render_all, to_json};
use classwork::load::{activity_from, decode, load_path};
use classwork::teacher::read_manifest;
use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::Value as Json;
use toml::Value;

/// Checks what every diagnostic must satisfy, and that it renders.
fn check_diagnostics(diagnostics: &[Diagnostic]) -> Result<(), TestCaseError> {
    for d in diagnostics {
        if let Some(span) = &d.span {
            let text = d.file.as_ref().map(|f| f.text.as_str());
            prop_assert!(text.is_some(), "a span with no file: {d:?}");
            let text = text.unwrap_or_default();
            prop_assert!(span.start <= span.end, "backwards span: {d:?}");
            prop_assert!(span.end <= text.len(), "span past the end: {d:?}");
            prop_assert!(
                text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
                "span inside a character: {d:?}"
            );
        }
    }
    render_all(diagnostics, Style::Plain);
    to_json(diagnostics);
    Ok(())
}

/// Decodes and validates `bytes` as one activity file.
fn check_activity(bytes: Vec<u8>) -> Result<(), TestCaseError> {
    let mut diagnostics = Vec::new();
    let sources: SourceIds = ["source_1".to_string()].into();
    match decode("activity.toml", bytes) {
        Ok(file) => {
            activity_from(&file, &sources, &mut diagnostics);
        }
        Err(d) => diagnostics.push(d),
    }
    check_diagnostics(&diagnostics)
}

/// The bundled unit, loaded once.
fn bundled() -> &'static Unit {
    static UNIT: std::sync::OnceLock<Unit> = std::sync::OnceLock::new();
    UNIT.get_or_init(|| {
        classwork::bundled::default_unit()
            .into_unit("bundled")
            .expect("the bundled unit loads")
    })
}

/// Decodes and checks `bytes` as an answer sheet for the bundled unit.
fn check_sheet(bytes: Vec<u8>) -> Result<(), TestCaseError> {
    let activities: Vec<&Activity> = bundled().activities.iter().collect();
    let mut diagnostics = Vec::new();
    match decode("sheet.toml", bytes) {
        Ok(file) => {
            load_sheet(&file, &activities, &mut diagnostics);
        }
        Err(d) => diagnostics.push(d),
    }
    check_diagnostics(&diagnostics)
}

/// Decodes and reads `bytes` as a hand-in's `handin.toml`.
fn check_manifest(bytes: Vec<u8>) -> Result<(), TestCaseError> {
    let mut diagnostics = Vec::new();
    match decode("handin.toml", bytes) {
        Ok(file) => {
            read_manifest(&file, &mut diagnostics);
        }
        Err(d) => diagnostics.push(d),
    }
    check_diagnostics(&diagnostics)
}

/// Ids an answer sheet may use: the bundled unit's activities, and some of their rows,
/// columns, items, questions, sections and criteria, with near misses and junk.
const SHEET_IDS: &[&str] = &[
    "aims",
    "commissars",
    "factors",
    "road_to_pact",
    "report_to_stalin",
    "final_essay",
    "spain",
    "source_1",
    "revolution",
    "security",
    "advice",
    "advice.argument",
    "argument",
    "q1",
    "litvinov",
    "chicherin",
    "germany",
    "x",
    "",
    "Not An Id",
    "é",
];

/// Values a sheet may give: texts, times, numbers and lists of ids.
fn sheet_value(tape: &mut Tape<'_>) -> Value {
    match tape.below(8) {
        0 => Value::String(tape.pick(SHEET_IDS).to_string()),
        1 => Value::String(
            tape.pick(&[
                "2026-11-21T10:00:00Z",
                "1939-02-30T10:00:00Z",
                "2026-11-21",
                "yesterday",
                "2026-11-21T10:00:00.5+01:00",
            ])
            .to_string(),
        ),
        2 => Value::Float([f64::NAN, f64::INFINITY, -1.0, 0.0, 1.5, 3.0, 1e300][tape.below(7)]),
        3 => Value::Integer(tape.below(20) as i64 - 5),
        4 => Value::Array(
            (0..tape.below(4))
                .map(|_| Value::String(tape.pick(SHEET_IDS).to_string()))
                .collect(),
        ),
        5 => Value::String("A few words \u{1b}[2J \u{202E} 漢字\n".into()),
        6 => Value::Boolean(tape.chance(50)),
        _ => Value::Table(toml::Table::new()),
    }
}

/// An answer sheet from a tape: its header keys mostly right, `[responses]` with a few keys
/// of any kind, follow-up answers and teacher's marks.
fn sheet_document(choices: &[u32]) -> String {
    let mut tape = Tape { choices, at: 0 };
    let mut table = toml::Table::new();
    if tape.chance(95) {
        table.insert("schema_version".into(), Value::Integer(1));
    }
    for key in [
        "student",
        "activity",
        "activity_hash",
        "started",
        "submitted",
    ] {
        if tape.chance(80) {
            let value = match key {
                "activity" if tape.chance(80) => Value::String(tape.pick(SHEET_IDS).to_string()),
                _ => sheet_value(&mut tape),
            };
            table.insert(key.into(), value);
        }
    }
    let response_keys = [
        "ticks",
        "evidence",
        "placements",
        "choices",
        "order",
        "justification",
        "cells",
        "chosen",
        "answers",
        "text",
        "cover",
        "sections",
        "decision",
        "bogus",
    ];
    let mut responses = toml::Table::new();
    for _ in 0..tape.below(4) {
        let key = response_keys[tape.below(response_keys.len())];
        let value = if tape.chance(60) {
            let mut entries = toml::Table::new();
            for _ in 0..tape.below(4) {
                entries.insert(tape.pick(SHEET_IDS).to_string(), sheet_value(&mut tape));
            }
            Value::Table(entries)
        } else {
            sheet_value(&mut tape)
        };
        responses.insert(key.into(), value);
    }
    if !responses.is_empty() {
        table.insert("responses".into(), Value::Table(responses));
    }
    for key in ["follow_up", "teacher"] {
        if tape.chance(30) {
            let mut entries = toml::Table::new();
            for _ in 0..tape.below(3) {
                entries.insert(tape.pick(SHEET_IDS).to_string(), sheet_value(&mut tape));
            }
            table.insert(key.into(), Value::Table(entries));
        }
    }
    toml::to_string(&table).unwrap_or_default()
}

/// Loads a unit folder holding these three files.
fn check_unit(unit: &str, sources: &str, activity: &[u8]) -> Result<(), TestCaseError> {
    let temp = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
    let dir: &Path = temp.path();
    for (name, bytes) in [
        ("unit.toml", unit.as_bytes()),
        ("sources.toml", sources.as_bytes()),
        ("a.toml", activity),
    ] {
        std::fs::write(dir.join(name), bytes).map_err(|e| TestCaseError::fail(e.to_string()))?;
    }
    check_diagnostics(&load_path(dir).diagnostics)
}

/// Choices drawn from a tape of numbers, so that proptest can shrink a document by
/// shrinking its tape.
struct Tape<'a> {
    choices: &'a [u32],
    at: usize,
}

impl Tape<'_> {
    /// A number below `n`. A tape read past its end starts again, mixed with the position
    /// so the second reading differs from the first.
    fn below(&mut self, n: usize) -> usize {
        let choice = match self.choices {
            [] => 0,
            choices => choices[self.at % choices.len()]
                .wrapping_add((self.at / choices.len()) as u32)
                .wrapping_mul(0x9E37_79B9),
        };
        self.at += 1;
        choice as usize % n.max(1)
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'v>(&mut self, values: &[&'v str]) -> &'v str {
        values[self.below(values.len())]
    }
}

/// The keys each kind reads; an activity mostly has its own kind's keys.
const KIND_KEYS: &[(&str, &[&str])] = &[
    ("sort", &["columns", "rows", "require_evidence"]),
    ("categorize", &["buckets", "cards"]),
    ("match", &["options", "option_use", "items"]),
    ("rank", &["items", "key", "justification", "revisit"]),
    ("timeline", &["events"]),
    ("grid", &["columns", "rows", "cells"]),
    ("choice", &["questions"]),
    ("short", &["questions"]),
    (
        "essay",
        &["guidance", "words", "keywords", "rubric", "model_answer"],
    ),
    ("report", &["cover", "sections", "decision", "rubric"]),
];

/// Keys whose value is an id or a list of ids.
const ID_KEYS: &[&str] = &[
    "id",
    "source",
    "sources",
    "bucket",
    "option",
    "row",
    "column",
    "section",
    "right",
    "also_accept",
    "notes_from",
    "key",
];

/// Walks a JSON Schema, writing a TOML value for it from a tape.
struct Writer<'a> {
    root: &'a Json,
    tape: Tape<'a>,
}

impl<'a> Writer<'a> {
    /// Follows `$ref` and the `allOf: [{$ref}]` that carries a description.
    fn resolve(&self, mut schema: &'a Json) -> &'a Json {
        for _ in 0..4 {
            if let Some(inner) = schema.get("allOf").and_then(|a| a.get(0)) {
                schema = inner;
            }
            match schema.get("$ref").and_then(Json::as_str) {
                Some(reference) => {
                    let name = reference.trim_start_matches("#/definitions/");
                    schema = &self.root["definitions"][name];
                }
                None => break,
            }
        }
        schema
    }

    fn text(&mut self, key: &str) -> Value {
        let words: &[&str] = if ID_KEYS.contains(&key) {
            &["a", "b", "c", "source_1", "source_2", "Not An Id", ""]
        } else if key == "date" {
            &[
                "1830",
                "1830-09",
                "1830-09-15",
                "1829",
                "1830-02-30",
                "1830-13",
                "soon",
            ]
        } else if key == "activities" {
            &["a.toml", "missing.toml", "../a.toml", "/a.toml", "a.toml"]
        } else {
            &[
                "A few words",
                "",
                "  ",
                "*",
                "é – ü 漢字",
                "two\nlines",
                "a",
            ]
        };
        Value::String(self.tape.pick(words).to_string())
    }

    /// Any value at all, usually of a type the key does not take.
    fn junk(&mut self) -> Value {
        match self.tape.below(6) {
            0 => Value::Integer(self.tape.below(1000) as i64 - 500),
            1 => Value::Float(f64::from(self.tape.below(100) as u32) / 7.0 - 3.0),
            2 => Value::Boolean(self.tape.chance(50)),
            3 => Value::Array(Vec::new()),
            4 => Value::Table(toml::Table::new()),
            _ => Value::String("junk".into()),
        }
    }

    fn value(&mut self, key: &str, schema: &'a Json, depth: usize) -> Value {
        let schema = self.resolve(schema);
        if self.tape.chance(2) {
            return self.junk();
        }
        if let Some(constant) = schema.get("const") {
            return match constant {
                Json::Number(n) => Value::Integer(n.as_i64().unwrap_or(1)),
                other => Value::String(other.as_str().unwrap_or_default().to_string()),
            };
        }
        if let Some(Json::Array(variants)) = schema.get("oneOf").or(schema.get("anyOf")) {
            let variant = &variants[self.tape.below(variants.len())];
            if let Some(name) = variant.get("const").and_then(Json::as_str) {
                let misspelt = self.tape.chance(5);
                return Value::String(format!("{name}{}", if misspelt { "x" } else { "" }));
            }
            return self.value(key, variant, depth);
        }
        match schema.get("type").and_then(Json::as_str) {
            Some("string") => self.text(key),
            Some("integer") => Value::Integer(self.tape.below(60) as i64 - 2),
            Some("number") => {
                let numbers = [-1.0, 0.0, 0.5, 1.0, 2.0, 3.0, 10.0, 1e12];
                Value::Float(numbers[self.tape.below(numbers.len())])
            }
            Some("boolean") => Value::Boolean(self.tape.chance(50)),
            Some("array") if depth < 6 => {
                let items = schema.get("items").unwrap_or(&Json::Null);
                let n = self.tape.below(4);
                Value::Array((0..n).map(|_| self.value(key, items, depth + 1)).collect())
            }
            Some("object") if depth < 6 => Value::Table(self.table(schema, depth + 1, None)),
            _ => self.junk(),
        }
    }

    /// A table of an object schema: required keys almost always, others often, a made-up
    /// key now and then. At the top of an activity, mostly the keys of `kind`.
    fn table(&mut self, schema: &'a Json, depth: usize, kind: Option<&str>) -> toml::Table {
        let mut table = toml::Table::new();
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Json::as_array)
            .map(|r| r.iter().filter_map(Json::as_str).collect())
            .unwrap_or_default();
        let Some(Json::Object(properties)) = schema.get("properties") else {
            return table;
        };
        for (key, property) in properties {
            let percent = match kind {
                _ if required.contains(&key.as_str()) => 95,
                Some(kind) => match KIND_KEYS.iter().find(|(k, _)| *k == kind) {
                    Some((_, own)) if own.contains(&key.as_str()) => 85,
                    _ if KIND_KEYS
                        .iter()
                        .any(|(_, keys)| keys.contains(&key.as_str())) =>
                    {
                        2
                    }
                    _ => 40,
                },
                None => 60,
            };
            if !self.tape.chance(percent) {
                continue;
            }
            let value = if key == "kind"
                && let Some(kind) = kind
            {
                Value::String(kind.to_string())
            } else {
                self.value(key, property, depth)
            };
            table.insert(key.clone(), value);
        }
        if self.tape.chance(3) {
            let key = self.tape.pick(&["titel", "colour", "bukcet", "é", "a b"]);
            table.insert(key.to_string(), Value::String("x".into()));
        }
        table
    }
}

/// A TOML document for `schema`, from a tape of choices.
fn document(schema: &Json, choices: &[u32], activity: bool) -> String {
    let mut writer = Writer {
        root: schema,
        tape: Tape { choices, at: 0 },
    };
    let kind = activity.then(|| KIND_KEYS[writer.tape.below(KIND_KEYS.len())].0);
    let table = writer.table(schema, 0, kind);
    toml::to_string(&table).unwrap_or_default()
}

/// A tape long enough for a few dozen values.
fn tape() -> impl Strategy<Value = Vec<u32>> {
    proptest::collection::vec(any::<u32>(), 32..400)
}

/// A unit that lists `a.toml`.
const UNIT: &str =
    "schema_version = 1\nid = \"unit\"\ntitle = \"Unit\"\nactivities = [\"a.toml\"]\n";

fn config() -> Config {
    Config {
        cases: 256,
        failure_persistence: None,
        ..Config::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        check_activity(text.into_bytes())?;
    }

    #[test]
    fn toml_like_text_never_panics(text in "[a-z_=\\[\\]{}\"'#.,\\n 0-9\\\\-é]{0,200}") {
        check_activity(text.into_bytes())?;
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        check_activity(bytes)?;
    }

    #[test]
    fn activities_from_the_schema_never_panic(choices in tape()) {
        let text = document(&activity_schema(), &choices, true);
        check_activity(text.into_bytes())?;
    }

    #[test]
    fn units_from_the_schema_never_panic(
        unit in tape(),
        sources in tape(),
        activity in tape(),
        listed in any::<bool>(),
    ) {
        let unit = if listed { UNIT.to_string() } else { document(&unit_schema(), &unit, false) };
        let sources = document(&sources_schema(), &sources, false);
        let activity = document(&activity_schema(), &activity, true);
        check_unit(&unit, &sources, activity.as_bytes())?;
    }

    #[test]
    fn units_of_arbitrary_bytes_never_panic(
        sources in any::<String>(),
        activity in proptest::collection::vec(any::<u8>(), 0..400),
    ) {
        check_unit(UNIT, &sources, &activity)?;
    }

    #[test]
    fn arbitrary_sheets_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        check_sheet(bytes)?;
    }

    #[test]
    fn sheet_like_text_never_panics(text in "[a-z_=\\[\\]{}\"'#.,\\n 0-9\\\\-é]{0,200}") {
        check_sheet(text.into_bytes())?;
    }

    #[test]
    fn sheets_from_their_shape_never_panic(choices in tape()) {
        check_sheet(sheet_document(&choices).into_bytes())?;
    }

    #[test]
    fn arbitrary_manifests_never_panic(text in any::<String>()) {
        check_manifest(text.into_bytes())?;
    }

    #[test]
    fn manifest_like_text_never_panics(
        student in any::<String>(),
        unit in "[a-z-]{0,20}",
        when in "[0-9TZ:+.-]{0,25}",
    ) {
        let text = toml::to_string(&toml::toml! {
            schema_version = 1
            student = student
            unit = unit
            exported_at = when
            classwork = "0.1.0"
        })
        .unwrap_or_default();
        check_manifest(text.into_bytes())?;
    }
}
