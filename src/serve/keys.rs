//! Keys as they arrive over SSH: bytes, turned into the crossterm events the local UI gets
//! from its terminal. `terminput` parses them (a port of crossterm's own parser); this
//! feeds it a byte at a time, as crossterm's reader does, and bounds what waits.

use std::time::Duration;

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// The most bytes kept waiting for the end of a sequence (a paste with no end, say): a
/// little more than the longest answer a student may write, in the longest UTF-8 form.
pub const MOST_WAITING: usize = 100_000 * 4 + 64;

/// How long an Escape at the end of what arrived waits for the rest of a sequence (a
/// network may cut one between two packets) before it is taken as the Escape key.
pub const ESCAPE_WAIT: Duration = Duration::from_millis(50);

/// Turns the bytes of a terminal into events, keeping a sequence cut between two reads.
#[derive(Debug, Default)]
pub struct Decoder {
    waiting: Vec<u8>,
}

impl Decoder {
    /// The events `bytes` complete. An Escape alone at the end of `bytes` waits for what
    /// comes next ([`Decoder::escape_waits`]), since a sequence may be cut between two
    /// packets; bytes that make no event are dropped, and so is a sequence that grows past
    /// [`MOST_WAITING`].
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<Event> {
        let mut events = Vec::new();
        for &byte in bytes {
            self.waiting.push(byte);
            if self.waiting == [0x1b] {
                continue;
            }
            if self.waiting.len() == 2 && self.waiting[1] == 0x1b {
                // Escape, then Escape: the first was the key.
                self.waiting.remove(0);
                events.push(escape_key());
                continue;
            }
            match terminput::Event::parse_from(&self.waiting) {
                Ok(None) if self.waiting.len() <= MOST_WAITING => {}
                Ok(None) | Err(_) => self.waiting.clear(),
                Ok(Some(event)) => {
                    self.waiting.clear();
                    if let Ok(event) = terminput_crossterm::to_crossterm(event) {
                        events.push(event);
                    }
                }
            }
        }
        events
    }

    /// Whether an Escape waits for the rest of a sequence.
    pub fn escape_waits(&self) -> bool {
        self.waiting == [0x1b]
    }

    /// The Escape key, when an Escape waited [`ESCAPE_WAIT`] and nothing followed.
    pub fn flush(&mut self) -> Vec<Event> {
        if self.escape_waits() {
            self.waiting.clear();
            vec![escape_key()]
        } else {
            Vec::new()
        }
    }
}

/// The Escape key, pressed alone.
fn escape_key() -> Event {
    Event::Key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    fn keys(events: &[Event]) -> Vec<KeyEvent> {
        events.iter().filter_map(|e| e.as_key_event()).collect()
    }

    #[test]
    fn letters_arrows_and_enter_are_keys() {
        let mut d = Decoder::default();
        let got = keys(&d.feed(b"a\x1b[A\r\x7f\x03"));
        let codes: Vec<KeyCode> = got.iter().map(|k| k.code).collect();
        assert_eq!(
            codes,
            [
                KeyCode::Char('a'),
                KeyCode::Up,
                KeyCode::Enter,
                KeyCode::Backspace,
                KeyCode::Char('c')
            ]
        );
        assert_eq!(got[4].modifiers, KeyModifiers::CONTROL);
    }

    #[test]
    fn a_lone_escape_is_the_escape_key_once_nothing_follows() {
        let mut d = Decoder::default();
        assert!(d.feed(b"\x1b").is_empty());
        assert!(d.escape_waits());
        assert_eq!(keys(&d.flush())[0].code, KeyCode::Esc);
        assert!(!d.escape_waits() && d.flush().is_empty());
        // Two in a row: the first is the key, the second waits.
        assert_eq!(keys(&d.feed(b"\x1b\x1b"))[0].code, KeyCode::Esc);
        assert!(d.escape_waits());
    }

    #[test]
    fn an_escape_sequence_cut_after_its_escape_is_one_key() {
        let mut d = Decoder::default();
        assert!(d.feed(b"\x1b").is_empty());
        let up = keys(&d.feed(b"[A"));
        assert_eq!(up.len(), 1);
        assert_eq!(up[0].code, KeyCode::Up);
    }

    #[test]
    fn a_cut_sequence_waits_for_its_end() {
        let mut d = Decoder::default();
        assert!(d.feed(b"\x1b[1;5").is_empty());
        let right = keys(&d.feed(b"C"));
        assert_eq!(right[0].code, KeyCode::Right);
        assert_eq!(right[0].modifiers, KeyModifiers::CONTROL);
    }

    #[test]
    fn a_letter_cut_between_reads_is_one_letter() {
        let mut d = Decoder::default();
        let bytes = "é".as_bytes();
        assert!(d.feed(&bytes[..1]).is_empty());
        assert_eq!(keys(&d.feed(&bytes[1..]))[0].code, KeyCode::Char('é'));
    }

    #[test]
    fn a_bracketed_paste_is_one_paste() {
        let mut d = Decoder::default();
        let events = d.feed(b"\x1b[200~two\r\nlines\x1b[201~x");
        assert_eq!(events[0], Event::Paste("two\r\nlines".into()));
        assert_eq!(keys(&events[1..])[0].code, KeyCode::Char('x'));
    }

    #[test]
    fn a_paste_that_never_ends_is_dropped_and_typing_goes_on() {
        let mut d = Decoder::default();
        assert!(d.feed(b"\x1b[200~").is_empty());
        let chunk = vec![b'a'; 32 * 1024];
        for _ in 0..(MOST_WAITING / chunk.len() + 2) {
            assert!(d.feed(&chunk).len() <= chunk.len());
        }
        assert!(d.waiting.len() <= MOST_WAITING);
        d.waiting.clear();
        assert_eq!(keys(&d.feed(b"z"))[0].code, KeyCode::Char('z'));
    }

    proptest! {
        #[test]
        fn garbage_never_panics_and_never_waits_unbounded(
            chunks in proptest::collection::vec(proptest::collection::vec(any::<u8>(), 0..64), 0..16)
        ) {
            let mut d = Decoder::default();
            for chunk in &chunks {
                let _ = d.feed(chunk);
                prop_assert!(d.waiting.len() <= MOST_WAITING);
            }
        }

        #[test]
        fn escape_sequences_mixed_with_text_never_panic(
            parts in proptest::collection::vec(
                prop_oneof![
                    Just(b"\x1b[".to_vec()),
                    Just(b"\x1bO".to_vec()),
                    Just(b"\x1b[<".to_vec()),
                    Just(b"\x1b[M".to_vec()),
                    Just(b"\x1b[200~".to_vec()),
                    Just(b"\x1b[201~".to_vec()),
                    Just(b";".to_vec()),
                    proptest::collection::vec(any::<u8>(), 0..4),
                ],
                0..24,
            )
        ) {
            let mut d = Decoder::default();
            let _ = d.feed(&parts.concat());
        }
    }
}
