//! Splitting a text into the runs that may be words, in one pass over its bytes, counting
//! its words for word limits on the way.

/// How [`Runs`] sees an ASCII byte: a bit set of [`IN_WORD`], [`NORMALISE`], [`LETTER`]
/// and [`JOINER`]; bytes outside ASCII are [`DECODE`].
const BYTE_CLASSES: [u8; 256] = {
    let mut classes = [DECODE; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        classes[b] = if c.is_ascii_uppercase() {
            IN_WORD | NORMALISE | LETTER
        } else if c == b'\'' {
            IN_WORD | NORMALISE | JOINER
        } else if c.is_ascii_alphanumeric() {
            IN_WORD | LETTER
        } else if c == b'*' {
            IN_WORD
        } else if c == b'-' {
            JOINER
        } else {
            0
        };
        b += 1;
    }
    classes
};
/// Part of a word.
const IN_WORD: u8 = 1;
/// Part of a word that [`normalise`] changes.
const NORMALISE: u8 = 2;
/// The first byte of a character outside ASCII: decode it to see.
const DECODE: u8 = 4;
/// A letter or digit, which makes a word count (see [`crate::text::word_count`]).
const LETTER: u8 = 8;
/// An apostrophe or hyphen, which carries on the counted word it is in.
const JOINER: u8 = 16;

/// The runs of a text that may be words (letters, digits, apostrophes and `*`), each with
/// whether it needs [`normalise`]: it has an uppercase letter or an apostrophe. One pass
/// over the bytes; only characters outside ASCII are decoded.
pub(super) struct Runs<'a> {
    text: &'a str,
    at: usize,
    /// Words counted as [`crate::text::word_count`] counts them, in the bytes read so far.
    counted: usize,
    /// Whether the word being counted has a letter or digit yet.
    counting: bool,
}

impl<'a> Runs<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        Self {
            text,
            at: 0,
            counted: 0,
            counting: false,
        }
    }

    /// The number of words in the whole text, as [`crate::text::word_count`] gives it
    /// (once every run has been read).
    pub(super) fn word_count(&self) -> usize {
        self.counted + usize::from(self.counting)
    }

    /// Counts one character of the given class.
    #[inline(always)]
    fn count(&mut self, class: u8) {
        if class & LETTER != 0 {
            self.counting = true;
        } else if class & JOINER == 0 {
            self.counted += usize::from(self.counting);
            self.counting = false;
        }
    }

    /// The class of the character at byte `i` (a character boundary), and its length.
    // Called for every byte of every text marked: kept inline in the splitting loop.
    #[inline(always)]
    fn class_at(&self, i: usize) -> (u8, usize) {
        let class = BYTE_CLASSES[usize::from(self.text.as_bytes()[i])];
        if class != DECODE {
            return (class, 1);
        }
        let Some(c) = self.text[i..].chars().next() else {
            return (0, 1);
        };
        let class = match c {
            '’' => IN_WORD | NORMALISE | JOINER,
            c if c.is_uppercase() => IN_WORD | NORMALISE | LETTER,
            c if c.is_alphanumeric() => IN_WORD | LETTER,
            _ => 0,
        };
        (class, c.len_utf8())
    }
}

impl<'a> Iterator for Runs<'a> {
    type Item = (&'a str, bool);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        let len = self.text.len();
        let mut i = self.at;
        // Up to the next word.
        let (start, mut marked) = loop {
            if i >= len {
                self.at = len;
                return None;
            }
            let (class, width) = self.class_at(i);
            self.count(class);
            i += width;
            if class & IN_WORD != 0 {
                break (i - width, class & NORMALISE);
            }
        };
        // To its end.
        let bytes = self.text.as_bytes();
        while i < len {
            // Most of a word is lowercase ASCII letters and digits: passed over at once.
            let plain = bytes[i..]
                .iter()
                .take_while(|&&b| BYTE_CLASSES[usize::from(b)] == IN_WORD | LETTER)
                .count();
            if plain > 0 {
                self.counting = true;
                i += plain;
                if i >= len {
                    break;
                }
            }
            let (class, width) = self.class_at(i);
            self.count(class);
            if class & IN_WORD == 0 {
                self.at = i + width;
                return Some((&self.text[start..i], marked != 0));
            }
            marked |= class & NORMALISE;
            i += width;
        }
        self.at = len;
        Some((&self.text[start..], marked != 0))
    }
}

/// A word of a text as written: lowercased, curly apostrophes straightened, a possessive
/// `'s` dropped, written into `room` (kept from word to word). `None` for a run of
/// apostrophes.
pub(super) fn normalise<'r>(raw: &str, room: &'r mut String) -> Option<&'r str> {
    room.clear();
    if raw.is_ascii() {
        // Nearly every word: lowercased byte by byte, with nothing to allocate.
        room.push_str(raw);
        room.make_ascii_lowercase();
    } else {
        // Lowercasing outside ASCII can depend on the letters around (a final sigma).
        room.push_str(&raw.to_lowercase().replace('’', "'"));
    }
    let trimmed = room.trim_matches('\'');
    let text = trimmed.strip_suffix("'s").unwrap_or(trimmed);
    (!text.is_empty()).then_some(text)
}
