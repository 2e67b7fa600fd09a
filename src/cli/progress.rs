//! The progress database as the command line finds it: the data folder (`--data-dir`,
//! `CLASSWORK_DATA_DIR`, else the platform's) and the student's profile (`--profile`).

use std::path::Path;

use crate::store::{Profile, Store, StoreError, data_dir};
use crate::text::clean;

/// Opens (creating if needed) the progress database in the data folder.
pub fn open_store(data: Option<&Path>) -> Result<Store, StoreError> {
    data_dir(data).and_then(|dir| Store::open_in(&dir))
}

/// The profile named, else the one used last, else the only one.
pub fn choose_profile(store: &Store, name: Option<&str>) -> Result<Profile, String> {
    if let Some(name) = name {
        return store
            .find_profile(name)
            .map_err(|e| e.to_string())?
            .ok_or_else(|| format!("there is no profile `{}`", clean(name)));
    }
    let profiles = store.profiles().map_err(|e| e.to_string())?;
    if let Some(last) = store.last_profile().map_err(|e| e.to_string())? {
        return Ok(last);
    }
    match <[Profile; 1]>::try_from(profiles) {
        Ok([only]) => Ok(only),
        Err(all) if all.is_empty() => Err("there is no profile yet: do an activity first".into()),
        Err(all) => {
            let names: Vec<String> = all.iter().map(|p| clean(&p.name).into_owned()).collect();
            Err(format!(
                "choose a profile with `--profile`: {}",
                names.join(", ")
            ))
        }
    }
}
