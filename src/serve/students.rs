//! Who is connected: one live session per student (a second connection takes over from
//! the first, which saves and closes before the second reads the work), and how often
//! each address may connect.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::{Duration, Instant};

use super::channel::Incoming;

/// How long a new connection waits for the one it takes over to save and close.
pub const TAKEOVER_WAIT: Duration = Duration::from_secs(10);

/// A session that ends: set once it has saved the student's work.
#[derive(Debug, Default)]
struct Finished {
    done: Mutex<bool>,
    ended: Condvar,
}

impl Finished {
    fn finish(&self) {
        *self.done.lock().unwrap_or_else(PoisonError::into_inner) = true;
        self.ended.notify_all();
    }

    fn wait(&self, most: Duration) {
        let done = self.done.lock().unwrap_or_else(PoisonError::into_inner);
        let _ = self
            .ended
            .wait_timeout_while(done, most, |done| !*done)
            .map_err(PoisonError::into_inner);
    }
}

/// A live session of a student.
#[derive(Debug)]
struct Live {
    id: u64,
    tell: Sender<Incoming>,
    finished: Arc<Finished>,
    /// The name as the student gave it.
    name: String,
    /// What they are doing, as their session last said.
    doing: Doing,
}

/// What a connected student is doing, for the teacher's view of the class.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Doing {
    /// The title of the activity on their screen (`None`: the list of activities, or the
    /// line-by-line mode).
    pub activity: Option<String>,
    /// The titles of the activities they have submitted.
    pub submitted: Vec<String>,
}

/// The students connected now, by name (names ignore case, as profiles do).
#[derive(Debug, Default)]
pub struct Students {
    live: Mutex<HashMap<String, Live>>,
    next: AtomicU64,
}

/// A student's place as the one live session; given up when dropped (after saving).
#[derive(Debug)]
pub struct Claim<'a> {
    students: &'a Students,
    key: String,
    id: u64,
    finished: Arc<Finished>,
}

impl Students {
    /// Makes the session told through `tell` the live one of `student`. A session already
    /// live for the student is told it is taken over, and waited for (at most
    /// [`TAKEOVER_WAIT`]) so that its last draft is saved before this one reads the work.
    pub fn claim(&self, student: &str, tell: Sender<Incoming>) -> Claim<'_> {
        let key = student.trim().to_lowercase();
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        let finished = Arc::new(Finished::default());
        let before = self
            .live
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(
                key.clone(),
                Live {
                    id,
                    tell,
                    finished: Arc::clone(&finished),
                    name: student.trim().to_string(),
                    doing: Doing::default(),
                },
            );
        if let Some(before) = before {
            let _ = before.tell.send(Incoming::TakenOver);
            before.finished.wait(TAKEOVER_WAIT);
        }
        Claim {
            students: self,
            key,
            id,
            finished,
        }
    }

    /// Tells every live session the connection ended, and waits (at most `most` in all)
    /// for each to save its work and close.
    pub fn end_all(&self, most: Duration) {
        let live: Vec<(Sender<Incoming>, Arc<Finished>)> = self
            .live
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .values()
            .map(|l| (l.tell.clone(), Arc::clone(&l.finished)))
            .collect();
        for (tell, _) in &live {
            let _ = tell.send(Incoming::End);
        }
        let until = Instant::now() + most;
        for (_, finished) in live {
            finished.wait(until.saturating_duration_since(Instant::now()));
        }
    }

    /// Tells every live session `what` (pens down, or a change to open activities).
    pub fn tell_all(&self, what: &Incoming) {
        let live = self.live.lock().unwrap_or_else(PoisonError::into_inner);
        for l in live.values() {
            let _ = l.tell.send(what.clone());
        }
    }

    /// Who is connected and what each is doing, by name.
    pub fn doing(&self) -> Vec<(String, Doing)> {
        let live = self.live.lock().unwrap_or_else(PoisonError::into_inner);
        let mut all: Vec<(String, Doing)> = live
            .values()
            .map(|l| (l.name.clone(), l.doing.clone()))
            .collect();
        all.sort_by_key(|(name, _)| name.to_lowercase());
        all
    }

    /// How many students are connected.
    pub fn count(&self) -> usize {
        self.live
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .len()
    }
}

impl Claim<'_> {
    /// Says what the student is doing now, for the teacher's view.
    pub fn report(&self, doing: Doing) {
        let mut live = self
            .students
            .live
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(l) = live.get_mut(&self.key).filter(|l| l.id == self.id) {
            l.doing = doing;
        }
    }
}

impl Drop for Claim<'_> {
    fn drop(&mut self) {
        let mut live = self
            .students
            .live
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if live.get(&self.key).is_some_and(|l| l.id == self.id) {
            live.remove(&self.key);
        }
        drop(live);
        self.finished.finish();
    }
}

/// At most so many connections open at once, so that a flood of them cannot starve the
/// students already working.
#[derive(Debug)]
pub struct Capacity {
    most: usize,
    open: AtomicUsize,
}

impl Capacity {
    /// Room for `most` connections at once.
    pub fn new(most: usize) -> Self {
        Capacity {
            most,
            open: AtomicUsize::new(0),
        }
    }

    /// Takes a place for a new connection; `false` (and nothing taken) when every place is
    /// taken. A place taken is given back with [`Capacity::leave`].
    pub fn enter(&self) -> bool {
        self.open
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
                (n < self.most).then_some(n + 1)
            })
            .is_ok()
    }

    /// Gives back a place taken by [`Capacity::enter`].
    pub fn leave(&self) {
        let _ = self
            .open
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| n.checked_sub(1));
    }

    /// The most connections open at once.
    pub fn most(&self) -> usize {
        self.most
    }
}

/// At most `most` connections from one address within `window`.
#[derive(Debug)]
pub struct RateLimit {
    most: usize,
    window: Duration,
    seen: Mutex<HashMap<IpAddr, VecDeque<Instant>>>,
}

impl RateLimit {
    /// A limit of `most` connections per address within `window`.
    pub fn new(most: usize, window: Duration) -> Self {
        RateLimit {
            most,
            window,
            seen: Mutex::new(HashMap::new()),
        }
    }

    /// Whether `address` may connect at `now` (counted when it may).
    pub fn allow(&self, address: IpAddr, now: Instant) -> bool {
        let mut seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        seen.retain(|_, times| {
            while times
                .front()
                .is_some_and(|t| now.saturating_duration_since(*t) >= self.window)
            {
                times.pop_front();
            }
            !times.is_empty()
        });
        let times = seen.entry(address).or_default();
        if times.len() >= self.most {
            return false;
        }
        times.push_back(now);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc::channel;

    #[test]
    fn a_second_claim_tells_the_first_and_waits_for_it() {
        let students = Students::default();
        let (tx, rx) = channel();
        let first = students.claim("Ada", tx);
        std::thread::scope(|s| {
            let waiter = s.spawn(|| {
                let (tx2, _rx2) = channel();
                let second = students.claim("ada ", tx2);
                second.id
            });
            assert_eq!(
                rx.recv_timeout(Duration::from_secs(5)),
                Ok(Incoming::TakenOver)
            );
            let first_id = first.id;
            drop(first);
            let second_id = waiter.join().expect("the second claim ends");
            assert_ne!(first_id, second_id);
        });
        assert_eq!(students.count(), 0);
    }

    #[test]
    fn the_first_leaving_late_does_not_remove_the_second() {
        let students = Students::default();
        let (tx, _rx) = channel();
        let first = students.claim("Ada", tx);
        // The first is slow to finish: it is waited for, then leaves after the second came.
        let finished = Arc::clone(&first.finished);
        finished.finish();
        let (tx2, _rx2) = channel();
        let second = students.claim("Ada", tx2);
        drop(first);
        assert_eq!(students.count(), 1);
        drop(second);
        assert_eq!(students.count(), 0);
    }

    #[test]
    fn places_run_out_and_come_back() {
        let room = Capacity::new(2);
        assert!(room.enter() && room.enter());
        assert!(!room.enter(), "full");
        room.leave();
        assert!(room.enter(), "a place given back is taken again");
        room.leave();
        room.leave();
        room.leave();
        assert!(
            room.enter() && room.enter() && !room.enter(),
            "never below empty"
        );
    }

    #[test]
    fn an_address_is_limited_within_the_window_and_free_after() {
        let limit = RateLimit::new(2, Duration::from_secs(10));
        let here: IpAddr = [127, 0, 0, 1].into();
        let there: IpAddr = [10, 0, 0, 2].into();
        let t = Instant::now();
        assert!(limit.allow(here, t));
        assert!(limit.allow(here, t));
        assert!(!limit.allow(here, t + Duration::from_secs(1)));
        assert!(limit.allow(there, t + Duration::from_secs(1)));
        assert!(limit.allow(here, t + Duration::from_secs(10)));
    }
}
