//! Keys as they arrive over SSH: bytes, turned into the crossterm events the local UI gets
//! from its terminal. `terminput` parses them (a port of crossterm's own parser); this
//! feeds it a byte at a time, as crossterm's reader does, and bounds what waits.

use ratatui::crossterm::event::Event;

/// The most bytes kept waiting for the end of a sequence (a paste with no end, say): a
/// little more than the longest answer a student may write, in the longest UTF-8 form.
pub const MOST_WAITING: usize = 100_000 * 4 + 64;

/// Turns the bytes of a terminal into events, keeping a sequence cut between two reads.
#[derive(Debug, Default)]
pub struct Decoder {
    waiting: Vec<u8>,
}

impl Decoder {
    /// The events `bytes` complete. An Escape alone at the end of `bytes` is the Escape
    /// key (a terminal sends a sequence in one write); bytes that make no event are
    /// dropped, and so is a sequence that grows past [`MOST_WAITING`].
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<Event> {
        let mut events = Vec::new();
        for (i, &byte) in bytes.iter().enumerate() {
            self.waiting.push(byte);
            let more = i + 1 < bytes.len();
            if self.waiting == [0x1b] && more {
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
    fn a_lone_escape_is_the_escape_key_and_a_cut_sequence_waits() {
        let mut d = Decoder::default();
        assert_eq!(keys(&d.feed(b"\x1b"))[0].code, KeyCode::Esc);
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
