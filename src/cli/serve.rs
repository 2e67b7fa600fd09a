//! `classwork serve`: loads the unit, prints where students connect and the class code,
//! and serves the class over SSH until stopped.

use std::io::{self, BufReader};
use std::net::SocketAddr;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use super::plain::dialogue_kept;
use crate::activity::Unit;
use crate::bundled;
use crate::console::out;
use crate::diagnostic::{Style, render_all};
use crate::plain::{Dialogue, Pace};
use crate::serve::channel::Incoming;
use crate::serve::channel::{Lines, Output};
use crate::serve::control::{self, Command, Control};
use crate::serve::students::{Capacity, Doing, RateLimit, Students};
use crate::serve::{Class, is_student_name, new_code, ssh};
use crate::store;
use crate::text::clean;

/// Connections one address may open per minute (a class behind one router shares one).
const CONNECTIONS_PER_MINUTE: usize = 120;

/// What `classwork serve` was asked.
#[derive(Debug)]
pub struct Serve<'a> {
    /// The unit (default: the bundled one).
    pub path: Option<&'a Path>,
    /// Where to listen.
    pub listen: SocketAddr,
    /// The class code (default: a new one).
    pub code: Option<String>,
    /// How long a student may type nothing.
    pub idle: Duration,
    /// `--seed`.
    pub seed: Option<u64>,
    /// `--data-dir`.
    pub data: Option<&'a Path>,
    /// The most connections open at once.
    pub most: usize,
}

/// Serves the class until the process is stopped.
pub fn run(serve: &Serve<'_>) -> ExitCode {
    let loaded = match crate::console::open_to_work_on(serve.path) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    out::eprint(&render_all(&loaded.diagnostics, Style::Plain));
    let name = serve.path.map_or_else(
        || bundled::DEFAULT_UNIT.to_string(),
        |p| p.display().to_string(),
    );
    let Some(unit) = loaded.into_unit(&name) else {
        out::eprintln(&format!(
            "error: no activity could be loaded from `{}`",
            clean(&name)
        ));
        return ExitCode::FAILURE;
    };
    let code = match serve.code.as_deref().map(str::trim) {
        Some(code) if is_student_name(code) && !code.contains(' ') => code.to_string(),
        Some(_) => {
            out::eprintln("error: a class code is one word of letters and digits");
            return ExitCode::from(crate::console::EXIT_USAGE);
        }
        None => new_code(),
    };
    let key_dir = match store::data_dir(serve.data) {
        Ok(dir) => dir,
        Err(e) => {
            out::eprintln(&format!("error: {e}"));
            return ExitCode::FAILURE;
        }
    };
    let title = clean(&unit.title).to_string();
    let students = Arc::new(Students::default());
    let control = Arc::new(Control::default());
    watch_class(Arc::clone(&students), &unit);
    take_commands(Arc::clone(&students), Arc::clone(&control), &unit);
    let class = Class {
        unit,
        code: code.clone(),
        data_dir: serve.data.map(Path::to_path_buf),
        scorer: crate::scoring::score_with_sources,
        seed: serve.seed,
        plain: plain_over_ssh,
        idle: serve.idle,
        students: Arc::clone(&students),
        limit: RateLimit::new(CONNECTIONS_PER_MINUTE, Duration::from_secs(60)),
        capacity: Capacity::new(serve.most),
        control,
    };
    let served = ssh::serve(class, serve.listen, &key_dir, |at| {
        let host = if at.ip().is_unspecified() {
            "HOST".to_string()
        } else {
            at.ip().to_string()
        };
        out::println(&format!("Serving {title} on {at}"));
        out::println(&format!(
            "Students connect with:  ssh -p {} NAME@{host}   (or add `plain` for the line-by-line mode)",
            at.port()
        ));
        if at.ip().is_unspecified() {
            out::println("HOST is this computer's name or address on the school network.");
        }
        out::println(&format!("Class code: {code}"));
        out::println("Stop with Ctrl+C: every student's work is saved first.");
        out::println(control::HELP);
    });
    match served {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            out::eprintln(&format!("error: cannot serve on {}: {e}", serve.listen));
            ExitCode::FAILURE
        }
    }
}

/// The plain dialogue for a student connected over SSH, their work kept under their name.
fn plain_over_ssh(
    class: &Class,
    student: &str,
    dialogue: &mut Dialogue<BufReader<Lines<'_>>, Output>,
    pens_down: Arc<AtomicBool>,
    report: &dyn Fn(Doing),
) -> io::Result<()> {
    let data = class.data_dir.as_deref();
    let control = Arc::clone(&class.control);
    let pace = Pace {
        closed: Box::new(move |i| control.closed().contains(&i)),
        pens_down,
        report: Box::new(|activity, submitted| {
            report(Doing {
                activity: activity.map(str::to_string),
                submitted: submitted.to_vec(),
            });
        }),
    };
    dialogue_kept(
        &class.unit,
        (data, Some(student)),
        class.seed,
        dialogue,
        Some(pace),
    )
}

/// How often the serving terminal looks at the class, printing its view when it changed.
const WATCH_EVERY: Duration = Duration::from_secs(3);

/// Prints the teacher's view of the class ([`crate::serve::watch::view`]) whenever it
/// changes, from a thread of its own that ends with the process.
fn watch_class(students: Arc<Students>, unit: &Unit) {
    let titles: Vec<String> = unit.activities.iter().map(|a| a.title.clone()).collect();
    let started = std::time::Instant::now();
    let watching = std::thread::Builder::new()
        .name("the class view".into())
        .spawn(move || {
            let mut shown = Vec::new();
            loop {
                std::thread::sleep(WATCH_EVERY);
                let doing = students.doing();
                if doing == shown {
                    continue;
                }
                let minutes = started.elapsed().as_secs() / 60;
                let lines = crate::serve::watch::view(&format!("{minutes} min"), &doing, &titles);
                out::println(&lines.join("\n"));
                shown = doing;
            }
        });
    if watching.is_err() {
        out::eprintln("warning: the class view cannot be shown; the class is served all the same");
    }
}

/// Reads the teacher's commands from the serving terminal ([`control::parse`]), from a
/// thread of its own that ends with the input or the process.
fn take_commands(students: Arc<Students>, control: Arc<Control>, unit: &Unit) {
    let titles: Vec<String> = unit.activities.iter().map(|a| a.title.clone()).collect();
    let reading = std::thread::Builder::new()
        .name("the teacher's commands".into())
        .spawn(move || {
            let change = |which: &[usize], open: bool| {
                control.set(which, open);
                students.tell_all(&Incoming::Refresh);
                let closed: Vec<String> = control
                    .closed()
                    .iter()
                    .map(|i| (i + 1).to_string())
                    .collect();
                out::println(&match closed.is_empty() {
                    true => "Every activity is open.".to_string(),
                    false => format!("Closed: {}. The rest are open.", closed.join(", ")),
                });
            };
            for line in io::stdin().lines().map_while(Result::ok) {
                match control::parse(&line, titles.len()) {
                    Ok(Command::Help) => out::println(control::HELP),
                    Ok(Command::PensDown) => {
                        students.tell_all(&Incoming::PensDown);
                        out::println(
                            "Pens down: every student's work in progress is handed in as it is.",
                        );
                    }
                    Ok(Command::Open(which)) => change(&which, true),
                    Ok(Command::Close(which)) => change(&which, false),
                    Err(e) if e.is_empty() => {}
                    Err(e) => out::println(&format!("{e}. {}", control::HELP)),
                }
            }
        });
    if reading.is_err() {
        out::eprintln(
            "warning: the teacher's commands cannot be read; the class is served all the same",
        );
    }
}
