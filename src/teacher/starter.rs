//! Starter files for `classwork new`: a commented, valid activity of each kind, written
//! into a unit folder and listed at the end of its `unit.toml`, whose comments and layout
//! are kept.

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::activity::Kind;
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::load::{Disk, UNIT_FILE, load_unit};

/// How every text still to be written in a starter file begins: `check` finds what was
/// left as it was.
pub const PLACEHOLDER: &str = "Replace this with";

/// `check` warnings for each text of an activity file still as its starter wrote it.
pub fn placeholders(file: &Arc<SourceFile>) -> Vec<Diagnostic> {
    file.text
        .match_indices(PLACEHOLDER)
        .map(|(at, _)| {
            let end = file.text[at..]
                .find(['"', '\n'])
                .map_or(file.text.len(), |n| at + n);
            Diagnostic::warning(
                "starter-text",
                "this text is still the starter's placeholder",
            )
            .in_file(file)
            .at(at..end)
            .label("still to be written")
            .help("write the activity's own text here")
        })
        .collect()
}

/// The starter file of a kind, as shipped in `assets/templates/`.
pub fn template(kind: Kind) -> &'static str {
    match kind {
        Kind::Sort => include_str!("../../assets/templates/sort.toml"),
        Kind::Categorize => include_str!("../../assets/templates/categorize.toml"),
        Kind::Match => include_str!("../../assets/templates/match.toml"),
        Kind::Rank => include_str!("../../assets/templates/rank.toml"),
        Kind::Timeline => include_str!("../../assets/templates/timeline.toml"),
        Kind::Grid => include_str!("../../assets/templates/grid.toml"),
        Kind::Choice => include_str!("../../assets/templates/choice.toml"),
        Kind::Short => include_str!("../../assets/templates/short.toml"),
        Kind::Essay => include_str!("../../assets/templates/essay.toml"),
        Kind::Report => include_str!("../../assets/templates/report.toml"),
    }
}

/// Why a starter file could not be made.
#[derive(Debug)]
pub enum StarterError {
    /// The folder has no `unit.toml`.
    NoUnit(PathBuf),
    /// The id is not lowercase letters, digits, `_` and `-` starting with a letter.
    BadId(String),
    /// An activity of the unit already has this id.
    TakenId(String),
    /// The file exists already; it is never written over.
    Exists(PathBuf),
    /// `unit.toml` is not TOML, or its `activities` is not a list.
    BadUnitFile(String),
    /// Reading or writing failed.
    Io(PathBuf, std::io::Error),
}

impl fmt::Display for StarterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = |p: &Path| crate::text::clean(&p.display().to_string()).into_owned();
        match self {
            StarterError::NoUnit(dir) => write!(f, "`{}` has no {UNIT_FILE}", shown(dir)),
            StarterError::BadId(id) => write!(
                f,
                "`{}` is not an id: use lowercase letters, digits, `_` and `-`, starting with a letter",
                crate::text::clean(id)
            ),
            StarterError::TakenId(id) => write!(f, "the unit already has an activity `{id}`"),
            StarterError::Exists(path) => {
                write!(
                    f,
                    "`{}` exists already; it is not written over",
                    shown(path)
                )
            }
            StarterError::BadUnitFile(why) => write!(f, "cannot add to {UNIT_FILE}: {why}"),
            StarterError::Io(path, e) => write!(
                f,
                "cannot write `{}`: {}",
                shown(path),
                crate::load::io_message(e)
            ),
        }
    }
}

impl std::error::Error for StarterError {}

/// What `create` made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Created {
    /// The new activity file.
    pub path: PathBuf,
    /// The activity's id.
    pub id: String,
}

fn is_id(id: &str) -> bool {
    id.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

/// The starter text of `kind` with its `id` set; the comments and layout stay.
pub fn starter_text(kind: Kind, id: &str) -> String {
    match template(kind).parse::<toml_edit::DocumentMut>() {
        Ok(mut doc) => {
            let decor = doc["id"].as_value().map(|v| v.decor().clone());
            let mut value = toml_edit::Value::from(id);
            if let Some(decor) = decor {
                *value.decor_mut() = decor;
            }
            doc["id"] = toml_edit::Item::Value(value);
            doc.to_string()
        }
        // The templates are tested to parse; were one not to, it is still a start.
        Err(_) => template(kind).to_string(),
    }
}

/// `unit_text` with `file` added at the end of its `activities` list, in the list's own
/// layout (one per line stays one per line).
pub fn append_listed(unit_text: &str, file: &str) -> Result<String, StarterError> {
    let mut doc = unit_text
        .parse::<toml_edit::DocumentMut>()
        .map_err(|e| StarterError::BadUnitFile(e.message().to_string()))?;
    let list = doc
        .get_mut("activities")
        .and_then(toml_edit::Item::as_array_mut)
        .ok_or_else(|| StarterError::BadUnitFile("`activities` is not a list".into()))?;
    let mut value = toml_edit::Value::from(file);
    if let Some(last) = list.iter().last() {
        // One per line: the last line of the prefix (the lines above it may hold a
        // comment that belongs to the entry before). On one line: a space.
        let prefix = last
            .decor()
            .prefix()
            .and_then(|p| p.as_str())
            .unwrap_or(" ");
        let prefix = match prefix.rfind('\n') {
            Some(at) => format!("\n{}", &prefix[at + 1..]),
            None => " ".to_string(),
        };
        value.decor_mut().set_prefix(prefix);
        value.decor_mut().set_suffix("");
    }
    list.push_formatted(value);
    Ok(doc.to_string())
}

/// The unit folder `new` writes into by default: the current folder if it has a
/// `unit.toml`, else the first unit under `activities/` by name.
pub fn default_unit_dir(cwd: &Path) -> Option<PathBuf> {
    if cwd.join(UNIT_FILE).is_file() {
        return Some(cwd.to_path_buf());
    }
    let mut units: Vec<PathBuf> = std::fs::read_dir(cwd.join("activities"))
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join(UNIT_FILE).is_file())
        .collect();
    units.sort();
    units.into_iter().next()
}

/// Writes a starter activity of `kind` into the unit at `dir` and lists it in
/// `unit.toml`. The id defaults to the kind's name (with `-2`, `-3`… if taken); the file
/// is `NN-<id>.toml` when the unit's files are numbered, else `<id>.toml`.
pub fn create(dir: &Path, kind: Kind, id: Option<&str>) -> Result<Created, StarterError> {
    let unit_path = dir.join(UNIT_FILE);
    if !unit_path.is_file() {
        return Err(StarterError::NoUnit(dir.to_path_buf()));
    }
    let unit_text =
        std::fs::read_to_string(&unit_path).map_err(|e| StarterError::Io(unit_path.clone(), e))?;
    let listed: Vec<String> = unit_text
        .parse::<toml::Table>()
        .ok()
        .and_then(|t| t.get("activities").and_then(|a| a.as_array()).cloned())
        .unwrap_or_default()
        .iter()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect();
    let taken: Vec<String> = load_unit(&Disk, dir)
        .units
        .into_iter()
        .flat_map(|u| u.activities.into_iter().map(|a| a.id))
        .collect();
    let id = match id {
        Some(id) if !is_id(id) => return Err(StarterError::BadId(id.to_string())),
        Some(id) if taken.iter().any(|t| t == id) => {
            return Err(StarterError::TakenId(id.to_string()));
        }
        Some(id) => id.to_string(),
        None => {
            let base = kind.name();
            (1..)
                .map(|n| {
                    if n == 1 {
                        base.to_string()
                    } else {
                        format!("{base}-{n}")
                    }
                })
                .find(|c| !taken.contains(c))
                .unwrap_or_else(|| base.to_string())
        }
    };
    let numbered = !listed.is_empty()
        && listed.iter().all(|f| {
            f.len() > 3
                && f.as_bytes()[..2].iter().all(u8::is_ascii_digit)
                && f.as_bytes()[2] == b'-'
        });
    let name = if numbered {
        format!("{:02}-{id}.toml", listed.len() + 1)
    } else {
        format!("{id}.toml")
    };
    let path = dir.join(&name);
    let new_unit = append_listed(&unit_text, &name)?;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => StarterError::Exists(path.clone()),
            _ => StarterError::Io(path.clone(), e),
        })?;
    let text = starter_text(kind, &id).replacen(
        "#:schema ../../assets/activity.schema.json",
        &super::new_unit::schema_line(dir, "activity.schema.json"),
        1,
    );
    if !text.starts_with("#:schema ../") && !dir.join(super::new_unit::SCHEMA_DIR).is_dir() {
        super::new_unit::write_schemas(dir).map_err(|e| StarterError::Io(dir.to_path_buf(), e))?;
    }
    file.write_all(text.as_bytes())
        .map_err(|e| StarterError::Io(path.clone(), e))?;
    super::mark::write_atomically(&unit_path, &new_unit)
        .map_err(|e| StarterError::Io(unit_path.clone(), e))?;
    Ok(Created { path, id })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listing_keeps_layout_and_comments() {
        let multi = "# my unit\nschema_version = 1\nactivities = [\n    \"01-a.toml\", # first\n    \"02-b.toml\",\n]\n";
        assert_eq!(
            append_listed(multi, "03-c.toml").expect("appends"),
            "# my unit\nschema_version = 1\nactivities = [\n    \"01-a.toml\", # first\n    \"02-b.toml\",\n    \"03-c.toml\",\n]\n"
        );
        let inline = "activities = [\"a.toml\"]\n";
        assert_eq!(
            append_listed(inline, "b.toml").expect("appends"),
            "activities = [\"a.toml\", \"b.toml\"]\n"
        );
        assert!(append_listed("activities = 3\n", "b.toml").is_err());
    }

    #[test]
    fn starters_carry_their_id() {
        for kind in Kind::ALL {
            let text = starter_text(kind, "my-id");
            assert!(text.starts_with("#:schema ../../assets/activity.schema.json\n"));
            let table: toml::Table = toml::from_str(&text).expect("parses");
            assert_eq!(table["id"].as_str(), Some("my-id"));
            assert_eq!(table["kind"].as_str(), Some(kind.name()));
        }
    }
}
