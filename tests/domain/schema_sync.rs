//! The committed JSON Schemas in `assets/` match what the raw types generate.
//!
//! After changing `src/activity/raw/`, regenerate them with
//! `UPDATE_SCHEMA=1 cargo test --test domain schema_sync`.

use std::path::Path;

use classwork::activity::schema::SCHEMAS;

#[test]
fn committed_schemas_match_the_raw_types() {
    let assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    let update = std::env::var_os("UPDATE_SCHEMA").is_some_and(|v| !v.is_empty());
    let mut stale = Vec::new();
    for (name, generate) in SCHEMAS {
        let path = assets.join(name);
        let mut generated = serde_json::to_string_pretty(&generate()).unwrap();
        generated.push('\n');
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed == generated {
            continue;
        }
        if update {
            std::fs::write(&path, &generated).unwrap();
        } else {
            stale.push(format!("assets/{name}"));
        }
    }
    assert!(
        stale.is_empty(),
        "{} differ from the raw types; regenerate with `UPDATE_SCHEMA=1 cargo test --test domain schema_sync`",
        stale.join(", ")
    );
}
