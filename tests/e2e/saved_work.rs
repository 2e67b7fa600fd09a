//! Saved work, end to end in a pseudo-terminal: never written over unread, never hidden,
//! never split between two windows, and never replaced by practice. The database is held
//! by another connection, or sits on a read-only or full disk (a small tmpfs in a user and
//! mount namespace, so that even root meets them).

#![cfg(feature = "tui")]

use crate::common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use classwork::activity::Unit;
use classwork::answer::{Answer, Response};
use classwork::store::{DATABASE_FILE, Store};
use common::pty::{Terminal, key};

const ARGS: &[&str] = &["--profile", "Ada", "--seed", "3"];
/// The grid, second in the bundled unit.
const GRID_AT: usize = 1;
/// The categorize, sixth.
const CATEGORIZE_AT: usize = 5;
/// What an earlier run left in a cell of the grid.
const SAVED: &str = "Saved-earlier";

fn unit() -> Unit {
    classwork::bundled::default_unit().units.remove(0)
}

/// Ada's draft of the grid with [`SAVED`] in its last cell, saved in `data` as an earlier
/// run would have.
fn saved_grid_draft(data: &Path) {
    let store = Store::open_in(data).expect("the database");
    let ada = store.profile("Ada").expect("Ada");
    let unit = unit();
    let cells = BTreeMap::from([("molotov.other".to_string(), SAVED.to_string())]);
    let answer = Answer {
        response: Response::Grid(cells),
        ..Answer::default()
    };
    store
        .save_answer_draft(&ada, &unit.id, &unit.activities[GRID_AT], &answer)
        .expect("saved");
}

/// Ada's draft of the grid in the database in `data`.
fn grid_draft(data: &Path) -> String {
    let store = Store::open_in(data).expect("the database");
    let ada = store.profile("Ada").expect("Ada");
    let unit = unit();
    store
        .draft(&ada, &unit.id, &unit.activities[GRID_AT].id)
        .expect("read")
        .expect("a draft of the grid")
        .answer
}

fn start(data: &Path) -> Terminal {
    let dir = data.to_string_lossy().to_string();
    let term = Terminal::spawn(ARGS, &[("CLASSWORK_DATA_DIR", &dir)], 80, 24);
    term.wait_for("Activities", 20);
    term
}

/// The home screen once it is whole.
fn home_screen(term: &Terminal) -> String {
    term.wait_for("Unit progress", 10);
    std::thread::sleep(Duration::from_millis(300));
    term.screen()
}

/// The home screen's line of the activity at `position`.
fn line_of(screen: &str, position: usize) -> String {
    let title = &unit().activities[position].title;
    let short: String = title.chars().take(12).collect();
    screen
        .lines()
        .find(|l| l.contains(&short))
        .unwrap_or_else(|| panic!("no line for {title}:\n{screen}"))
        .to_string()
}

/// From the home screen (cursor on the first activity): opens the grid, writes `text` in
/// its second row's first cell, and goes back home (the cursor left on the grid).
fn write_in_grid(term: &mut Terminal, text: &str) {
    term.send("j");
    term.send(key::ENTER);
    term.wait_for("cells written", 10);
    term.send("j");
    term.send(key::ENTER);
    term.send(text);
    term.send(key::ESC);
    term.wait_for("cells written", 10);
    term.send(key::ESC);
    term.wait_for("Unit progress", 10);
}

/// Waits until the screen no longer shows `text`; panics with the screen after `secs`.
fn wait_gone(term: &Terminal, text: &str, secs: u64) -> String {
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        let screen = term.screen();
        if !screen.contains(text) {
            return screen;
        }
        assert!(
            Instant::now() < deadline,
            "{text:?} still shown after {secs}s:\n{screen}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Quits from the home screen; returns all the program wrote.
fn quit(term: &mut Terminal) -> String {
    term.send("q");
    assert_eq!(term.wait_exit(10), Some(0));
    String::from_utf8_lossy(&term.output()).into_owned()
}

#[test]
fn a_write_locked_database_at_start_shows_the_saved_draft_and_keeps_it() {
    let data = tempfile::tempdir().expect("a temp dir");
    saved_grid_draft(data.path());
    let holder = rusqlite::Connection::open(data.path().join(DATABASE_FILE)).expect("opened");
    holder
        .execute_batch("BEGIN IMMEDIATE")
        .expect("the write lock");
    let mut term = start(data.path());
    let home = home_screen(&term);
    assert!(
        line_of(&home, GRID_AT).contains("in progress"),
        "the saved draft is read though the database cannot be written:\n{home}"
    );
    write_in_grid(&mut term, "Typed-now");
    term.wait_for("in use by another", 10);
    drop(holder);
    wait_gone(&term, "in use by another", 6);
    let said = quit(&mut term);
    assert!(said.contains("Your work is saved."), "{said}");
    let draft = grid_draft(data.path());
    assert!(
        draft.contains(SAVED) && draft.contains("Typed-now"),
        "{draft}"
    );
}

#[test]
fn saved_work_that_cannot_be_read_yet_is_not_called_not_started_and_is_joined_once_read() {
    let data = tempfile::tempdir().expect("a temp dir");
    saved_grid_draft(data.path());
    // Another program holds the database so that it cannot even be read.
    let holder = rusqlite::Connection::open(data.path().join(DATABASE_FILE)).expect("opened");
    holder
        .execute_batch("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;")
        .expect("the lock");
    let mut term = start(data.path());
    let home = home_screen(&term);
    assert!(home.contains("cannot be read yet"), "{home}");
    assert!(
        line_of(&home, GRID_AT).contains("not read yet") && !home.contains("not started"),
        "{home}"
    );
    write_in_grid(&mut term, "Typed-meanwhile");
    // The draft waits: nothing is written over the saved one it has not read.
    std::thread::sleep(Duration::from_millis(1500));
    drop(holder);
    term.wait_for("Saved work read now, kept with what you did meanwhile", 15);
    wait_gone(&term, "cannot be read yet", 6);
    let said = quit(&mut term);
    assert!(said.contains("Your work is saved."), "{said}");
    let draft = grid_draft(data.path());
    assert!(
        draft.contains(SAVED) && draft.contains("Typed-meanwhile"),
        "both are kept:\n{draft}"
    );
}

#[test]
fn two_windows_on_one_profile_keep_what_each_typed() {
    let data = tempfile::tempdir().expect("a temp dir");
    let mut a = start(data.path());
    let mut b = start(data.path());
    write_in_grid(&mut a, "Alpha-typed");
    // A's draft is saved within two seconds, before B types.
    std::thread::sleep(Duration::from_millis(2500));
    write_in_grid(&mut b, "Bravo-typed");
    b.wait_for("Another window changed this too, both versions kept", 15);
    let said_a = quit(&mut a);
    let said_b = quit(&mut b);
    for said in [&said_a, &said_b] {
        assert!(said.contains("Your work is saved."), "{said}");
    }
    let draft = grid_draft(data.path());
    assert!(
        draft.contains("Alpha-typed") && draft.contains("Bravo-typed"),
        "no typing is lost:\n{draft}"
    );
}

/// The sheet `classwork export answers` hands in for the categorize, as a table.
fn handed_in(data: &Path, temp: &Path, name: &str) -> toml::Table {
    let out = temp.join(name);
    let done = Command::new(env!("CARGO_BIN_EXE_classwork"))
        .args(["export", "answers", "--profile", "Ada", "--out"])
        .arg(&out)
        .env("CLASSWORK_DATA_DIR", data)
        .output()
        .expect("export runs");
    assert!(done.status.success(), "{done:?}");
    let id = &unit().activities[CATEGORIZE_AT].id;
    let text = std::fs::read_to_string(out.join(format!("{id}.toml"))).expect("the sheet");
    toml::from_str(&text).expect("TOML")
}

#[test]
fn practice_from_review_and_retry_never_replaces_the_hand_in() {
    let data = tempfile::tempdir().expect("a temp dir");
    let temp = tempfile::tempdir().expect("a temp dir");
    let mut term = start(data.path());
    // The categorize, two cards placed, handed in.
    for _ in 0..CATEGORIZE_AT {
        term.send("j");
    }
    term.send(key::ENTER);
    term.wait_for("cards placed", 10);
    term.send("1");
    term.send("2");
    term.wait_for("2 of", 10);
    term.send("s");
    term.send("y");
    term.wait_for("Marks ·", 10);
    let first = handed_in(data.path(), temp.path(), "first");
    // Retrying what was wrong, then submitting: practice.
    term.send("w");
    term.wait_for("cards placed", 10);
    term.send("2");
    term.send("s");
    term.send("y");
    term.wait_for("Practice: the work your teacher receives stays", 10);
    assert_eq!(handed_in(data.path(), temp.path(), "after-retry"), first);
    // Review from the list, then submitting: practice too.
    term.send(key::ESC);
    term.wait_for("Unit progress", 10);
    term.send("v");
    term.wait_for("Review 1 of", 10);
    term.send("1");
    term.send("s");
    term.send("y");
    term.wait_for("your hand-in stays as it was", 10);
    assert_eq!(handed_in(data.path(), temp.path(), "after-review"), first);
    // Opened from the list and submitted again on purpose: it replaces the hand-in, and
    // says so.
    term.send(key::ESC);
    term.wait_for("Unit progress", 10);
    term.send(key::ENTER);
    term.wait_for("cards placed", 10);
    term.send("s");
    term.send("y");
    term.wait_for(
        "Handed in again: this replaces the work your teacher receives",
        10,
    );
    assert_ne!(handed_in(data.path(), temp.path(), "again"), first);
    term.send(key::ESC);
    quit(&mut term);
}

/// Runs in the namespace of [`start_in_namespace`]: mounts the data folder, breaks its disk
/// (`$FAULT`), waits for `$OUT/fix` to mend it (`$FIX`), then for `$OUT/copy` to copy the
/// database out to `$OUT/kept`, while classwork runs in the terminal. The waiting ends by
/// itself after half a minute each, should a test fail before it makes the files.
const NAMESPACE_SCRIPT: &str = r#"
set -u
mount -t tmpfs -o size=1m tmpfs "$DATA" || exit 1
cp "$OUT"/prepared/progress.db* "$DATA"/ || exit 1
eval "$FAULT" || exit 1
wait_for() {
    n=0
    until [ -e "$OUT/$1" ] || [ "$n" -gt 600 ]; do sleep 0.05; n=$((n + 1)); done
    [ -e "$OUT/$1" ]
}
(
    # It outlives classwork, whose end hangs the terminal up.
    trap '' HUP
    wait_for fix && eval "$FIX"
    wait_for copy && mkdir -p "$OUT/kept" && cp "$DATA"/progress.db* "$OUT/kept/"
    touch "$OUT/copied"
) >/dev/null 2>&1 &
cd "$OUT" || exit 1
exec "$CLASSWORK" --profile Ada --seed 3
"#;

/// Starts classwork as Ada in a terminal, in a new user and mount namespace where its data
/// folder is a small tmpfs holding the database made in `temp/prepared`, on a disk `fault`
/// (shell) breaks before classwork starts and `fix` mends once the file `temp/fix` is made.
/// It runs in `temp`. `None` when no such namespace can be made here.
fn start_in_namespace(temp: &Path, fault: &str, fix: &str) -> Option<Terminal> {
    let namespace = ["--user", "--map-root-user", "--mount"];
    match Command::new("unshare").args(namespace).arg("true").output() {
        Ok(output) if output.status.success() => {}
        other => {
            println!("skipped: no user and mount namespace can be made here: {other:?}");
            return None;
        }
    }
    std::fs::create_dir_all(temp.join("data")).expect("made");
    let mut args = namespace.to_vec();
    args.extend(["sh", "-c", NAMESPACE_SCRIPT]);
    let (data, out) = (temp.join("data"), temp.to_path_buf());
    let (data, out) = (data.to_string_lossy(), out.to_string_lossy());
    let env = [
        ("CLASSWORK", env!("CARGO_BIN_EXE_classwork")),
        ("CLASSWORK_DATA_DIR", &*data),
        ("DATA", &*data),
        ("OUT", &*out),
        ("FAULT", fault),
        ("FIX", fix),
    ];
    let term = Terminal::spawn_program("unshare", temp, &args, &env, (80, 24));
    term.wait_for("Activities", 20);
    Some(term)
}

/// Ada's database in `temp/prepared`: a draft of the grid, and the sort submitted.
fn prepared(temp: &Path) {
    let dir = temp.join("prepared");
    saved_grid_draft(&dir);
    let unit = unit();
    let sort = &unit.activities[0];
    let answer = Answer::default();
    let score = classwork::scoring::score_with_sources(sort, &answer, &unit.sources);
    let store = Store::open_in(&dir).expect("the database");
    let ada = store.profile("Ada").expect("Ada");
    store
        .record_answer(&ada, &unit.id, sort, &answer, &score)
        .expect("recorded");
}

/// The database copied out of the namespace once classwork has ended, in `temp/kept`.
fn copied_out(temp: &Path) -> std::path::PathBuf {
    std::fs::write(temp.join("copy"), "").expect("written");
    let deadline = Instant::now() + Duration::from_secs(10);
    while !temp.join("copied").exists() {
        assert!(Instant::now() < deadline, "the database was not copied out");
        std::thread::sleep(Duration::from_millis(50));
    }
    temp.join("kept")
}

#[test]
fn on_a_read_only_or_full_disk_saved_work_is_shown_and_kept_once_the_disk_is_mended() {
    let faults = [
        (
            "mount -o remount,ro \"$DATA\"",
            "mount -o remount,rw \"$DATA\"",
            "read-only disk",
        ),
        (
            "dd if=/dev/zero of=\"$DATA/filler\" bs=4k 2>/dev/null; [ -s \"$DATA/filler\" ]",
            "rm \"$DATA/filler\"",
            "the disk is full",
        ),
    ];
    for (fault, fix, reason) in faults {
        let temp = tempfile::tempdir().expect("a temp dir");
        prepared(temp.path());
        let Some(mut term) = start_in_namespace(temp.path(), fault, fix) else {
            return;
        };
        let home = home_screen(&term);
        assert!(home.contains(reason), "{home}");
        assert!(
            line_of(&home, 0).contains("submitted") && line_of(&home, 0).contains('1'),
            "the attempt is shown:\n{home}"
        );
        assert!(
            line_of(&home, GRID_AT).contains("in progress"),
            "the draft is shown:\n{home}"
        );
        write_in_grid(&mut term, "Typed-here");
        std::fs::write(temp.path().join("fix"), "").expect("written");
        // The banner goes within a few seconds of the disk being mended.
        wait_gone(&term, reason, 6);
        let said = quit(&mut term);
        assert!(said.contains("Your work is saved."), "{reason}: {said}");
        let draft = grid_draft(&copied_out(temp.path()));
        assert!(
            draft.contains(SAVED) && draft.contains("Typed-here"),
            "{reason}: {draft}"
        );
    }
}

#[test]
fn quitting_while_the_disk_is_read_only_keeps_the_work_in_an_answer_sheet() {
    let temp = tempfile::tempdir().expect("a temp dir");
    prepared(temp.path());
    let fault = "mount -o remount,ro \"$DATA\"";
    let Some(mut term) = start_in_namespace(temp.path(), fault, "true") else {
        return;
    };
    write_in_grid(&mut term, "Typed-kept");
    term.send("q");
    term.wait_for("answer sheet", 10);
    term.send("y");
    assert_eq!(term.wait_exit(10), Some(0));
    let said = String::from_utf8_lossy(&term.output()).into_owned();
    assert!(said.contains("Some of your work was not saved"), "{said}");
    let path = said
        .lines()
        .find_map(|l| {
            l.split_once(" are in the answer sheet ")
                .map(|(_, p)| p.trim())
        })
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| panic!("no answer sheet is named:\n{said}"));
    assert_eq!(path.parent(), Some(temp.path()), "{said}");
    let sheet = std::fs::read_to_string(&path).expect("the answer sheet");
    assert!(sheet.contains("Typed-kept"), "{sheet}");
    assert!(
        sheet.contains(SAVED),
        "the saved draft it was joined with:\n{sheet}"
    );
    assert!(sheet.contains("student = \"Ada\""), "{sheet}");
    // The namespace's helper ends.
    std::fs::write(temp.path().join("fix"), "").expect("written");
    copied_out(temp.path());
}

#[test]
fn a_database_file_made_read_only_is_shown_and_saved_once_it_can_be_written_again() {
    use std::os::unix::fs::{PermissionsExt, chown};
    // As root, permissions do not stop a write: run classwork as `nobody`, if it can be.
    const NOBODY: u32 = 65534;
    let as_nobody = ["--reuid=65534", "--regid=65534", "--clear-groups", "true"];
    if !Command::new("setpriv")
        .args(as_nobody)
        .status()
        .is_ok_and(|s| s.success())
    {
        println!("skipped: setpriv cannot run classwork as another user here");
        return;
    }
    let temp = tempfile::tempdir().expect("a temp dir");
    let data = temp.path().join("data");
    saved_grid_draft(&data);
    let mode = |path: &Path, mode| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod")
    };
    mode(temp.path(), 0o755);
    for entry in std::fs::read_dir(&data).expect("listed") {
        chown(entry.expect("an entry").path(), Some(NOBODY), Some(NOBODY)).expect("chown");
    }
    chown(&data, Some(NOBODY), Some(NOBODY)).expect("chown");
    let db = data.join(DATABASE_FILE);
    mode(&db, 0o444);
    let dir = data.to_string_lossy().to_string();
    let mut args = as_nobody[..3].to_vec();
    args.push(env!("CARGO_BIN_EXE_classwork"));
    args.extend(ARGS);
    let env = [("CLASSWORK_DATA_DIR", dir.as_str())];
    let mut term = Terminal::spawn_program("setpriv", &data, &args, &env, (80, 24));
    let home = home_screen(&term);
    assert!(line_of(&home, GRID_AT).contains("in progress"), "{home}");
    write_in_grid(&mut term, "Typed-now");
    term.wait_for("readonly database", 10);
    // The permission is given back: the banner goes within seconds, the work is saved.
    mode(&db, 0o644);
    wait_gone(&term, "readonly database", 6);
    let said = quit(&mut term);
    assert!(said.contains("Your work is saved."), "{said}");
    let draft = grid_draft(&data);
    assert!(
        draft.contains(SAVED) && draft.contains("Typed-now"),
        "{draft}"
    );
}
