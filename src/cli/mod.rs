//! The command line: parsing arguments and running each subcommand.

mod args;
mod check;
mod class;
mod export;
mod grade;
mod interchange;
mod list;
mod mark;
mod new;
mod plain;
mod print;
mod profile;
mod progress;
mod rekey;
mod review;
#[cfg(feature = "serve")]
mod serve;
mod store;
mod validate;

use std::process::ExitCode;

use crate::console::out;
pub use args::{Cli, Command, DiagnosticFormat, ProfileCommand, SeedArg};
pub use class::ClassFormat;
pub use export::ExportCommand;
pub use grade::GradeFormat;
pub use print::PrintFormat;

/// Runs the command line and returns the process exit code: the command's own, or 1 when
/// what it printed could not be written (a reader that stops early is not a failure).
pub fn run(cli: Cli) -> ExitCode {
    let code = dispatch(cli);
    if out::failed() {
        ExitCode::FAILURE
    } else {
        code
    }
}

/// Runs the command asked for.
fn dispatch(cli: Cli) -> ExitCode {
    let (data, profile) = (cli.data_dir.as_deref(), cli.profile.as_deref());
    // Options of a command are taken given after it, or else before it.
    let seed_or = |own: &SeedArg| own.seed.or(cli.seed);
    if cli.plain && cli.command.is_none() {
        return plain::run(cli.path.as_deref(), (data, profile), cli.seed);
    }
    match cli.command {
        #[cfg(feature = "serve")]
        Some(Command::Serve {
            path,
            port,
            listen,
            code,
            idle_minutes,
            max_connections,
            seed,
            store,
        }) => serve::run(&serve::Serve {
            path: path.as_deref(),
            listen: std::net::SocketAddr::new(listen, port),
            code,
            idle: std::time::Duration::from_secs(idle_minutes * 60),
            most: usize::try_from(max_connections).unwrap_or(usize::MAX),
            seed: seed_or(&seed),
            data: store.data_dir.as_deref().or(data),
        }),
        Some(Command::Validate { paths, format }) => validate::run(&paths, format),
        Some(Command::List { path }) => list::run(path.as_deref()),
        Some(Command::Grade {
            activities,
            answers,
            format,
            marks,
        }) => grade::run(&activities, &answers, format, marks.as_deref()),
        Some(Command::New {
            kind,
            name,
            unit,
            id,
        }) => new::dispatch(kind, name.as_deref(), unit.as_deref(), id.as_deref()),
        Some(Command::Schema { unit }) => new::schema(unit.as_deref()),
        Some(Command::Check { paths, format }) => check::run(&paths, format),
        Some(Command::Print {
            path,
            format,
            answers,
            seed,
        }) => print::run(path.as_deref(), (format, answers), seed_or(&seed)),
        Some(Command::Export { work, what }) => {
            let (data, profile) = work.or(data, profile);
            export::dispatch(what, data, profile)
        }
        Some(Command::Review { path, work }) => {
            let (data, profile) = work.or(data, profile);
            review::run(path.as_deref(), data, profile)
        }
        Some(Command::Profile { store, what }) => {
            profile::run(&what, store.data_dir.as_deref().or(data))
        }
        Some(Command::Store { move_aside, store }) => {
            store::run(store.data_dir.as_deref().or(data), move_aside)
        }
        Some(Command::Class {
            dir,
            roster_import: Some(csv),
            ..
        }) => class::import_roster(&dir, &csv),
        Some(Command::Class {
            dir,
            unit,
            format,
            xapi,
            marks,
            roster_import: None,
            return_to,
            queue,
            from_store,
            #[cfg(feature = "tui")]
            live,
            store,
        }) => {
            let data = store.data_dir.as_deref().or(data);
            if from_store && let Err(code) = class::from_store::gather(&dir, unit.as_deref(), data)
            {
                return code;
            }
            class::run(
                &dir,
                unit.as_deref(),
                format,
                &class::Outputs {
                    xapi: xapi.as_deref(),
                    return_to: return_to.as_deref(),
                    queue,
                    #[cfg(feature = "tui")]
                    live: live.then_some(data),
                },
                marks.as_deref(),
            )
        }
        Some(Command::Open {
            file,
            unit,
            plain,
            seed,
            work,
        }) => {
            let (data, profile) = work.or(data, profile);
            class::open(
                &file,
                &class::Opening {
                    unit: unit.as_deref(),
                    plain: plain || cli.plain,
                    seed: seed_or(&seed),
                    profile,
                    data_dir: data,
                },
            )
        }
        Some(Command::Rekey {
            dir,
            unit,
            target,
            accept,
            key,
            yes,
        }) => rekey::run(&rekey::Rekey {
            dir: &dir,
            unit: &unit,
            target: &target,
            accept: accept.as_deref(),
            key: key.as_deref(),
            yes,
        }),
        Some(Command::Mark {
            path,
            unit,
            marks,
            marks_file,
            comments,
            hand_in_comment,
        }) => mark::run(
            &path,
            unit.as_deref(),
            marks_file.as_deref(),
            &marks,
            &mark::Remarks {
                comments,
                hand_in: hand_in_comment,
            },
        ),
        Some(Command::Import { file, out, format }) => {
            interchange::import(&file, out.as_deref(), format)
        }
        #[cfg(feature = "tui")]
        None => crate::tui::run(
            &crate::tui::run::Options {
                path: cli.path.as_deref(),
                seed: cli.seed,
                profile,
                data_dir: data,
                returned: None,
            },
            crate::scoring::score_with_sources,
        ),
        #[cfg(not(feature = "tui"))]
        None => list::run(cli.path.as_deref()),
    }
}
