//! `classwork store`: where the progress database is and what it holds, and
//! `--move-aside` to keep a damaged one aside so a new one can be started.

use std::path::Path;
use std::process::ExitCode;

use crate::console::EXIT_USAGE;
use crate::console::out;
use crate::store::{DATABASE_FILE, Store, StoreError, data_dir, move_aside};
use crate::text::clean;

fn shown(path: &Path) -> String {
    clean(&path.display().to_string()).into_owned()
}

/// Says where the database in `data` is and what it holds; with `aside`, moves it aside
/// when it cannot be opened (a database that opens is left alone).
pub fn run(data: Option<&Path>, aside: bool) -> ExitCode {
    let dir = match data_dir(data) {
        Ok(dir) => dir,
        Err(e) => {
            out::eprintln(&format!("error: {e}"));
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let path = dir.join(DATABASE_FILE);
    if !path.exists() {
        out::println(&format!(
            "there is no progress database yet; classwork starts one at {}",
            shown(&path)
        ));
        return ExitCode::SUCCESS;
    }
    let opened = Store::open(&path).and_then(|store| store.check().map(|()| store));
    match (opened, aside) {
        (Ok(store), false) => describe(&store),
        (Ok(_), true) => {
            out::println(&format!(
                "the progress database {} opens and reads well; nothing was moved",
                shown(&path)
            ));
            ExitCode::SUCCESS
        }
        (Err(e @ StoreError::Locked { .. }), _) | (Err(e), false) => {
            out::eprintln(&format!("error: {e}"));
            ExitCode::FAILURE
        }
        (Err(_), true) => match move_aside(&path) {
            Ok(to) => {
                out::println(&format!(
                    "moved the damaged progress database to {}; classwork starts a new one at {}",
                    shown(&to),
                    shown(&path)
                ));
                ExitCode::SUCCESS
            }
            Err(e) => {
                out::eprintln(&format!("error: {e}"));
                ExitCode::FAILURE
            }
        },
    }
}

/// Prints the database's place, schema and profiles.
fn describe(store: &Store) -> ExitCode {
    let facts = store
        .schema_version()
        .and_then(|v| store.profiles().map(|p| (v, p)));
    match facts {
        Ok((version, profiles)) => {
            out::println(&format!("progress database: {}", shown(store.path())));
            out::println(&format!("schema version: {version}"));
            let names: Vec<String> = profiles
                .iter()
                .map(|p| clean(&p.name).into_owned())
                .collect();
            if names.is_empty() {
                out::println("profiles: none yet");
            } else {
                out::println(&format!("profiles: {}", names.join(", ")));
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            out::eprintln(&format!("error: {e}"));
            ExitCode::FAILURE
        }
    }
}
