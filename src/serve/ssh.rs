//! The SSH side, the only async code: russh accepts connections, takes the student's
//! name from the SSH user name ("none" authentication: the class code, asked next, is the
//! key), refuses shells, commands other than `plain`, forwarding and agents, and hands
//! each session channel to a thread running [`session::run`].

use std::io::{self, Write};
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::Sender;
use std::time::{Duration, Instant};

use russh::keys::ssh_key::LineEnding;
use russh::keys::{Algorithm, PrivateKey};
use russh::server::{Auth, ChannelOpenHandle, Config, Handler, Msg, Server, Session};
use russh::{Channel, ChannelId, MethodKind, MethodSet, Pty};
use tokio::net::TcpListener;

use super::channel::{Incoming, OUTGOING_WAITING, Outgoing, Output, clamp_size};
use super::session::{self, Mode};
use super::{Class, is_student_name};

/// The file of the server's host key, in the data folder: made once, then kept, so
/// students' SSH clients know the server again.
pub const HOST_KEY_FILE: &str = "ssh_host_ed25519_key";

/// The only command a student may give.
pub const PLAIN: &str = "plain";

/// The host key kept in `dir`, made (and kept, readable by its owner only) the first time.
pub fn host_key(dir: &Path) -> io::Result<PrivateKey> {
    let path = dir.join(HOST_KEY_FILE);
    if path.exists() {
        return russh::keys::load_secret_key(&path, None).map_err(|e| {
            io::Error::other(format!(
                "the host key {} cannot be read: {e}",
                path.display()
            ))
        });
    }
    let key = PrivateKey::random(&mut rand::rng(), Algorithm::Ed25519).map_err(io::Error::other)?;
    let text = key.to_openssh(LineEnding::LF).map_err(io::Error::other)?;
    std::fs::create_dir_all(dir)?;
    let mut file = std::fs::OpenOptions::new();
    file.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut file, 0o600);
    file.open(&path)?.write_all(text.as_bytes())?;
    Ok(key)
}

/// How long the server waits for sessions to save their work when it is stopped.
pub const STOP_WAIT: Duration = Duration::from_secs(10);

/// Serves `class` on `listen` until the process is interrupted or terminated, with the
/// host key of `key_dir`; `announce` is told the address listened on once it is.
pub fn serve(
    class: Class,
    listen: SocketAddr,
    key_dir: &Path,
    announce: impl FnOnce(SocketAddr),
) -> io::Result<()> {
    let key = host_key(key_dir)?;
    let class = Arc::new(class);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let served = runtime.block_on(async {
        let listener = TcpListener::bind(listen).await?;
        announce(listener.local_addr()?);
        let config = Arc::new(Config {
            methods: MethodSet::from(&[MethodKind::None][..]),
            auth_rejection_time: Duration::from_secs(1),
            auth_rejection_time_initial: Some(Duration::ZERO),
            keys: vec![key],
            inactivity_timeout: Some(class.idle + Duration::from_secs(60)),
            keepalive_interval: Some(Duration::from_secs(30)),
            keepalive_max: 3,
            max_auth_attempts: 3,
            nodelay: true,
            ..Config::default()
        });
        let mut server = ClassServer {
            class: Arc::clone(&class),
        };
        let mut terminate =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
        tokio::select! {
            served = server.run_on_socket(config, &listener) => served,
            _ = tokio::signal::ctrl_c() => Ok(()),
            _ = terminate.recv() => Ok(()),
        }
    });
    // Every student's work is saved before the server goes.
    class.students.end_all(STOP_WAIT);
    runtime.shutdown_timeout(Duration::from_secs(1));
    served
}

/// Makes a [`Connection`] for each client.
struct ClassServer {
    class: Arc<Class>,
}

impl Server for ClassServer {
    type Handler = Connection;

    fn new_client(&mut self, peer: Option<SocketAddr>) -> Connection {
        let refused = if !self.class.capacity.enter() {
            Some(Refused::Full)
        } else if !peer.is_none_or(|p| self.class.limit.allow(p.ip(), Instant::now())) {
            self.class.capacity.leave();
            Some(Refused::TooOften)
        } else {
            None
        };
        Connection {
            class: Arc::clone(&self.class),
            refused,
            user: None,
            channel: None,
            size: None,
            tell: None,
        }
    }
}

/// Why a connection is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Refused {
    /// Every place is taken.
    Full,
    /// Its address connected too often just now.
    TooOften,
}

/// One client's connection: at most one session channel, for one student.
struct Connection {
    class: Arc<Class>,
    /// Why it is refused, if it is (it then holds no place of the class's capacity).
    refused: Option<Refused>,
    /// The student's name, once authenticated.
    user: Option<String>,
    /// The session channel, once opened.
    channel: Option<ChannelId>,
    /// The pty's size, when one was asked for.
    size: Option<(u16, u16)>,
    /// The session's thread, once started.
    tell: Option<Sender<Incoming>>,
}

impl Connection {
    /// Whether `channel` is this connection's session channel.
    fn ours(&self, channel: ChannelId) -> bool {
        self.channel == Some(channel)
    }

    /// Tells the session's thread, if it runs.
    fn tell(&self, incoming: Incoming) {
        if let Some(tell) = &self.tell {
            let _ = tell.send(incoming);
        }
    }

    /// Starts the session's thread on `channel` in `mode`.
    fn start(&mut self, channel: ChannelId, mode: Mode, session: &mut Session) -> bool {
        let (Some(user), None) = (&self.user, &self.tell) else {
            return false;
        };
        let (tell, inbox) = std::sync::mpsc::channel();
        let (sender, mut outgoing) = tokio::sync::mpsc::channel(OUTGOING_WAITING);
        let handle = session.handle();
        tokio::spawn(async move {
            while let Some(out) = outgoing.recv().await {
                match out {
                    Outgoing::Data(data) => {
                        if handle.data(channel, data).await.is_err() {
                            break;
                        }
                    }
                    Outgoing::Close(status) => {
                        let _ = handle.exit_status_request(channel, status).await;
                        let _ = handle.eof(channel).await;
                        let _ = handle.close(channel).await;
                        break;
                    }
                }
            }
        });
        let crlf = !matches!(mode, Mode::Plain { pty: false });
        let out = Output::new(sender, crlf);
        let class = Arc::clone(&self.class);
        let student = user.clone();
        let taken_over = tell.clone();
        let started = std::thread::Builder::new()
            .name(format!("student {student}"))
            .spawn(move || session::run(&class, &student, mode, &inbox, taken_over, out));
        if started.is_err() {
            return false;
        }
        self.tell = Some(tell);
        true
    }
}

impl Drop for Connection {
    fn drop(&mut self) {
        self.tell(Incoming::End);
        if self.refused.is_none() {
            self.class.capacity.leave();
        }
    }
}

impl Handler for Connection {
    type Error = russh::Error;

    async fn authentication_banner(&mut self) -> Result<Option<String>, Self::Error> {
        Ok(self.refused.map(|why| match why {
            Refused::Full => format!(
                "The class is full ({} connections are open): ask your teacher.\r\n",
                self.class.capacity.most()
            ),
            Refused::TooOften => {
                "Too many connections from your computer just now: wait a minute and try again.\r\n"
                    .to_string()
            }
        }))
    }

    async fn auth_none(&mut self, user: &str) -> Result<Auth, Self::Error> {
        if self.refused.is_some() || !is_student_name(user) {
            return Ok(Auth::reject());
        }
        self.user = Some(user.trim().to_string());
        Ok(Auth::Accept)
    }

    async fn channel_open_session(
        &mut self,
        channel: Channel<Msg>,
        reply: ChannelOpenHandle,
        _: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.channel.is_none() {
            self.channel = Some(channel.id());
            reply.accept().await;
        }
        Ok(())
    }

    async fn pty_request(
        &mut self,
        channel: ChannelId,
        _: &str,
        columns: u32,
        rows: u32,
        _: u32,
        _: u32,
        _: &[(Pty, u32)],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.ours(channel) && self.tell.is_none() {
            self.size = Some(clamp_size(columns, rows));
            session.channel_success(channel)
        } else {
            session.channel_failure(channel)
        }
    }

    async fn shell_request(
        &mut self,
        channel: ChannelId,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        let mode = match self.size {
            Some((w, h)) => Mode::Screen(w, h),
            None => Mode::Plain { pty: false },
        };
        if self.ours(channel) && self.start(channel, mode, session) {
            session.channel_success(channel)
        } else {
            session.channel_failure(channel)
        }
    }

    async fn exec_request(
        &mut self,
        channel: ChannelId,
        data: &[u8],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        let mode = Mode::Plain {
            pty: self.size.is_some(),
        };
        if self.ours(channel) && data.trim_ascii() == PLAIN.as_bytes() {
            if self.start(channel, mode, session) {
                return session.channel_success(channel);
            }
            return session.channel_failure(channel);
        }
        session.channel_success(channel)?;
        let said = "classwork: the only command is `plain` (the activities line by line).\r\n";
        session.data(channel, said.as_bytes().to_vec())?;
        session.exit_status_request(channel, 2)?;
        session.eof(channel)?;
        session.close(channel)
    }

    async fn subsystem_request(
        &mut self,
        channel: ChannelId,
        _: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_failure(channel)
    }

    async fn x11_request(
        &mut self,
        channel: ChannelId,
        _: bool,
        _: &str,
        _: &str,
        _: u32,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_failure(channel)
    }

    async fn data(
        &mut self,
        channel: ChannelId,
        data: &[u8],
        _: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.ours(channel) {
            self.tell(Incoming::Bytes(data.to_vec()));
        }
        Ok(())
    }

    async fn window_change_request(
        &mut self,
        channel: ChannelId,
        columns: u32,
        rows: u32,
        _: u32,
        _: u32,
        _: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.ours(channel) {
            let (w, h) = clamp_size(columns, rows);
            self.tell(Incoming::Resize(w, h));
        }
        Ok(())
    }

    async fn channel_eof(
        &mut self,
        channel: ChannelId,
        _: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.ours(channel) {
            self.tell(Incoming::End);
        }
        Ok(())
    }

    async fn channel_close(
        &mut self,
        channel: ChannelId,
        _: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.ours(channel) {
            self.tell(Incoming::End);
        }
        Ok(())
    }
}
