//! The authoring guide's examples are real: every TOML block of `docs/authoring.md`, written
//! into a unit folder, loads with no error and no warning, and every kind has an example.
//!
//! Blocks are marked by their info string: ```` ```toml unit ````, ```` ```toml sources ````
//! and ```` ```toml activity 01-name.toml ```` (the file name the unit lists).

use std::collections::BTreeSet;
use std::path::Path;

use classwork::activity::raw::Kind;
use classwork::activity::schema::SCHEMAS;
use classwork::activity::{Activity, Body};
use classwork::diagnostic::{Style, render_all};
use classwork::load::{Loaded, load_path};
use serde_json::Value;

const GUIDE: &str = include_str!("../../docs/authoring.md");

/// One fenced TOML block of the guide.
struct Block {
    /// `unit`, `sources` or `activity`.
    role: String,
    /// For an activity, the file name it is written to.
    file: Option<String>,
    /// The block's text.
    text: String,
    /// Line of the opening fence, for messages.
    line: usize,
}

/// Every ```` ```toml ```` block of the guide, in order.
fn toml_blocks(guide: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut lines = guide.lines().enumerate();
    while let Some((n, line)) = lines.next() {
        let Some(info) = line.strip_prefix("```toml") else {
            continue;
        };
        let mut words = info.split_whitespace();
        let role = words.next().unwrap_or_default().to_string();
        let file = words.next().map(str::to_string);
        let mut text = String::new();
        for (_, body) in lines.by_ref() {
            if body.starts_with("```") {
                break;
            }
            text.push_str(body);
            text.push('\n');
        }
        blocks.push(Block {
            role,
            file,
            text,
            line: n + 1,
        });
    }
    blocks
}

/// Writes the guide's blocks into `dir` as a unit folder and loads it.
fn load_guide_unit(dir: &Path) -> Loaded {
    for block in toml_blocks(GUIDE) {
        let name = match (block.role.as_str(), &block.file) {
            ("unit", None) => "unit.toml".to_string(),
            ("sources", None) => "sources.toml".to_string(),
            ("activity", Some(file)) => file.clone(),
            _ => panic!(
                "docs/authoring.md:{}: a TOML block must be marked `toml unit`, `toml sources` \
                 or `toml activity NN-name.toml`, not `toml {} {}`",
                block.line,
                block.role,
                block.file.unwrap_or_default()
            ),
        };
        let path = dir.join(&name);
        assert!(
            !path.exists(),
            "docs/authoring.md:{}: `{name}` is written twice",
            block.line
        );
        std::fs::write(path, block.text).expect("the temporary folder is writable");
    }
    load_path(dir)
}

fn guide_activities() -> Vec<Activity> {
    let temp = tempfile::tempdir().expect("a temporary folder");
    let dir = temp.path().join("early-railways");
    std::fs::create_dir(&dir).expect("the temporary folder is writable");
    let loaded = load_guide_unit(&dir);
    assert!(
        loaded.diagnostics.is_empty(),
        "the guide's examples should load cleanly, but:\n{}",
        render_all(&loaded.diagnostics, Style::Plain)
    );
    assert_eq!(loaded.units.len(), 1, "the examples form one unit");
    loaded
        .units
        .into_iter()
        .flat_map(|u| u.activities)
        .collect()
}

#[test]
fn every_example_loads_without_a_diagnostic() {
    let activities = guide_activities();
    let blocks = toml_blocks(GUIDE);
    let examples = blocks.iter().filter(|b| b.role == "activity").count();
    assert_eq!(activities.len(), examples, "every activity example loads");
}

#[test]
fn every_kind_has_an_example() {
    let activities = guide_activities();
    let kinds: BTreeSet<&str> = activities.iter().map(|a| a.kind().name()).collect();
    for kind in Kind::ALL {
        assert!(
            kinds.contains(kind.name()),
            "docs/authoring.md has no `{}` example",
            kind.name()
        );
    }
    let ranks: Vec<_> = activities
        .iter()
        .filter_map(|a| match &a.body {
            Body::Rank(r) => Some(r),
            _ => None,
        })
        .collect();
    assert!(ranks.iter().any(|r| r.key.is_some()), "a rank with a key");
    assert!(
        ranks.iter().any(|r| r.key.is_none() && r.revisit),
        "a rank without a key, revisited"
    );
    assert!(
        activities.iter().any(|a| !a.follow_up.is_empty()),
        "an example with follow-up questions"
    );
}

#[test]
fn every_block_points_editors_at_its_schema() {
    let blocks = toml_blocks(GUIDE);
    for role in ["unit", "sources"] {
        let count = blocks.iter().filter(|b| b.role == role).count();
        assert_eq!(
            count, 1,
            "docs/authoring.md should have one `toml {role}` block"
        );
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for block in &blocks {
        let first = block.text.lines().next().unwrap_or_default();
        let expected = format!("#:schema ../../assets/{}.schema.json", block.role);
        assert_eq!(
            first, expected,
            "docs/authoring.md:{}: the block should start with `{expected}`",
            block.line
        );
        // Unit folders live in `activities/<unit>/`, two levels below the repository root.
        let schema = first.trim_start_matches("#:schema ../../");
        assert!(root.join(schema).is_file(), "{schema} does not exist");
    }
}

/// Every property name in a schema, including those of its definitions.
fn property_names(schema: &Value, names: &mut BTreeSet<String>) {
    match schema {
        Value::Object(map) => {
            if let Some(Value::Object(properties)) = map.get("properties") {
                names.extend(properties.keys().cloned());
            }
            map.values().for_each(|v| property_names(v, names));
        }
        Value::Array(items) => items.iter().for_each(|v| property_names(v, names)),
        _ => {}
    }
}

#[test]
fn the_guide_explains_every_key() {
    let mut names = BTreeSet::new();
    for (_, generate) in SCHEMAS {
        property_names(&generate(), &mut names);
    }
    let missing: Vec<&String> = names
        .iter()
        .filter(|n| !GUIDE.contains(&format!("| `{n}` |")))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/authoring.md has no table row for these keys: {missing:?}"
    );
}
