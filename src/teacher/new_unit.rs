//! `classwork new unit` and `classwork schema`: a unit folder that is valid at once, and
//! the JSON Schemas its `#:schema` lines point at, wherever the unit lives.

use std::path::{Path, PathBuf};

use super::starter::{Created, StarterError, create};
use crate::activity::Kind;
use crate::activity::schema::SCHEMAS;
use crate::load::UNIT_FILE;

/// The folder, inside a unit, that `classwork schema` writes the schemas into.
pub const SCHEMA_DIR: &str = "schemas";

/// Where the `#:schema` line of a file in the unit at `dir` points for `file`
/// (`activity.schema.json`…): the repository's `assets/` when the unit sits in its
/// `activities/`, else the unit's own `schemas/` folder.
pub fn schema_line(dir: &Path, file: &str) -> String {
    if dir.join("../../assets").join(file).is_file() {
        format!("#:schema ../../assets/{file}")
    } else {
        format!("#:schema {SCHEMA_DIR}/{file}")
    }
}

/// Writes the three JSON Schemas into `dir/schemas/`, replacing older copies; returns
/// the folder.
pub fn write_schemas(dir: &Path) -> std::io::Result<PathBuf> {
    let out = dir.join(SCHEMA_DIR);
    std::fs::create_dir_all(&out)?;
    for (name, generate) in SCHEMAS {
        let text = serde_json::to_string_pretty(&generate()).unwrap_or_default() + "\n";
        std::fs::write(out.join(name), text)?;
    }
    Ok(out)
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> StarterError + '_ {
    move |e| StarterError::Io(path.to_path_buf(), e)
}

/// Makes a new unit folder `dir` (which must not hold a unit): a commented `unit.toml` and
/// `sources.toml`, its schemas, and a first activity (a choice starter).
pub fn create_unit(dir: &Path) -> Result<Created, StarterError> {
    let unit_path = dir.join(UNIT_FILE);
    if unit_path.exists() {
        return Err(StarterError::Exists(unit_path));
    }
    let name = dir
        .file_name()
        .map_or_else(|| "unit".to_string(), |n| n.to_string_lossy().into_owned());
    let id = crate::interchange::id_of(&name);
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    write_schemas(dir).map_err(io(dir))?;
    let unit = format!(
        "{}\n\
         # A unit: its id, title and description, and its activity files in the order\n\
         # students meet them. `classwork new KIND` adds one; see docs/authoring.md.\n\
         schema_version = 1\n\
         id = \"{id}\"\n\
         title = {}\n\
         description = \"What this unit is about, in a sentence or two.\"\n\
         activities = []\n",
        schema_line(dir, "unit.schema.json"),
        toml::Value::String(name.clone())
    );
    let sources = format!(
        "{}\n\
         # The sources the unit's activities share, one `[[source]]` table each; an\n\
         # activity names them in `sources = [\"source_1\"]`. For example:\n\
         #\n\
         # [[source]]\n\
         # id = \"source_1\"\n\
         # label = \"Source 1\"\n\
         # kind = \"document\"\n\
         # text = \"The words of the source.\"\n\
         schema_version = 1\n",
        schema_line(dir, "sources.schema.json")
    );
    for (file, text) in [(UNIT_FILE, unit), ("sources.toml", sources)] {
        let path = dir.join(file);
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .and_then(|mut f| std::io::Write::write_all(&mut f, text.as_bytes()))
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::AlreadyExists => StarterError::Exists(path.clone()),
                _ => StarterError::Io(path.clone(), e),
            })?;
    }
    create(dir, Kind::Choice, None)
}
