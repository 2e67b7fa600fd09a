//! `classwork profile`: the profiles on this machine account, and renaming or deleting one.

use std::io::BufRead;
use std::path::Path;
use std::process::ExitCode;

use super::ProfileCommand;
use super::progress::{choose_profile, open_store};
use crate::console::out;
use crate::store::Store;
use crate::teacher::from_store::keep_work;
use crate::text::clean;
use crate::time::now;

/// Runs `classwork profile` on the database in the data folder `data`.
pub fn run(what: &ProfileCommand, data: Option<&Path>) -> ExitCode {
    let result = open_store(data)
        .map_err(|e| e.to_string())
        .and_then(|store| match what {
            ProfileCommand::List => list(&store),
            ProfileCommand::Rename { name, new_name } => rename(&store, name, new_name),
            ProfileCommand::Delete {
                name,
                yes,
                keep_work,
            } => delete(
                &store,
                name,
                *yes,
                keep_work.as_deref(),
                &mut std::io::stdin().lock(),
            ),
        });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            out::eprintln(&format!("error: {e}"));
            ExitCode::FAILURE
        }
    }
}

/// Prints each profile, marking the one opened next.
fn list(store: &Store) -> Result<(), String> {
    let profiles = store.profiles().map_err(|e| e.to_string())?;
    if profiles.is_empty() {
        out::println("there is no profile yet");
    }
    let last = store.last_profile().map_err(|e| e.to_string())?;
    for p in profiles {
        let opened = if last.as_ref().is_some_and(|l| l.id == p.id) {
            " (opened next)"
        } else {
            ""
        };
        out::println(&format!("{}{opened}", clean(&p.name)));
    }
    Ok(())
}

/// Renames the profile `name` to `new_name`.
fn rename(store: &Store, name: &str, new_name: &str) -> Result<(), String> {
    if new_name.trim().is_empty() {
        return Err("a profile needs a name".into());
    }
    let profile = choose_profile(store, Some(name))?;
    let renamed = store
        .rename_profile(&profile, new_name)
        .map_err(|e| e.to_string())?;
    out::println(&format!(
        "the profile {} is now {}",
        clean(&profile.name),
        clean(&renamed.name)
    ));
    Ok(())
}

/// Deletes the profile `name` once its name is typed again on `input` (or `yes`), first
/// keeping a copy of its work in a folder made in `keep` when given.
fn delete(
    store: &Store,
    name: &str,
    yes: bool,
    keep: Option<&Path>,
    input: &mut dyn BufRead,
) -> Result<(), String> {
    let profile = choose_profile(store, Some(name))?;
    if !yes {
        let work = match keep {
            Some(_) => "deletes its work (a copy is kept first)",
            None => "deletes all its work",
        };
        out::println(&format!(
            "Deleting {} {work}. Type its name again to delete it:",
            clean(&profile.name)
        ));
        let mut typed = String::new();
        input.read_line(&mut typed).map_err(|e| e.to_string())?;
        if typed.trim().to_lowercase() != profile.name.to_lowercase() {
            return Err(format!("not deleted: {} is kept", clean(&profile.name)));
        }
    }
    if let Some(dir) = keep {
        match keep_work(store, &profile, dir, now())? {
            Some(folder) => out::println(&format!(
                "a copy of its work is in {}",
                clean(&folder.display().to_string())
            )),
            None => out::println("it has no work to keep"),
        }
    }
    store.delete_profile(&profile).map_err(|e| e.to_string())?;
    out::println(&format!("the profile {} is deleted", clean(&profile.name)));
    Ok(())
}
