//! Stance: whether a clause is for or against what it names. A student's clause is
//! against a point when the point is what a word of opposition takes as its object ("hated
//! Rapallo", "was hostile to the idea of natural selection", "anti-Rapallo"); a model
//! answer's clause is for its point when it holds a word of favour ("pro-German", "one of
//! the makers of the Rapallo treaty", "proposed natural selection") and against it when it
//! holds a word of opposition anywhere ("went along with Rapallo only reluctantly").

use std::ops::Range;

use super::Clauses;
use super::lists::is_verb;
use super::negation::{GOING_ON, is_plain_negation};
use super::sentence_words::{is_preposition, is_sentence_word};

/// Verbs whose object they are against: "hated Rapallo", "rejected natural selection".
const OPPOSING_VERBS: &[&str] = &[
    "condemn",
    "condemned",
    "condemning",
    "condemns",
    "criticise",
    "criticised",
    "criticises",
    "criticising",
    "criticize",
    "criticized",
    "criticizes",
    "criticizing",
    "denounce",
    "denounced",
    "denounces",
    "denouncing",
    "despise",
    "despised",
    "despises",
    "detest",
    "detested",
    "detests",
    "dislike",
    "disliked",
    "dislikes",
    "disliking",
    "distrust",
    "distrusted",
    "distrusting",
    "distrusts",
    "hate",
    "hated",
    "hates",
    "hating",
    "loathe",
    "loathed",
    "loathes",
    "mistrust",
    "mistrusted",
    "mistrusts",
    "oppose",
    "opposed",
    "opposes",
    "opposing",
    "reject",
    "rejected",
    "rejecting",
    "rejects",
    "repudiate",
    "repudiated",
    "repudiates",
    "resent",
    "resented",
    "resents",
];

/// Words against what follows their preposition: "opposed to Rapallo", "hostile to the
/// treaty", "his distrust of Germany".
const OPPOSED_TO: &[(&str, &[&str])] = &[
    ("contempt", &["for"]),
    ("contemptuous", &["of"]),
    ("critic", &["of"]),
    ("critical", &["of"]),
    ("disapprove", &["of"]),
    ("disapproved", &["of"]),
    ("dislike", &["of", "for"]),
    ("distrust", &["of"]),
    ("enemy", &["of"]),
    ("foe", &["of"]),
    ("hatred", &["of", "for"]),
    ("hostile", &["to", "towards", "toward"]),
    ("hostility", &["to", "towards", "toward"]),
    ("mistrust", &["of"]),
    ("object", &["to"]),
    ("objected", &["to"]),
    ("objects", &["to"]),
    ("opponent", &["of"]),
    ("opposed", &["to"]),
    ("opposition", &["to"]),
    ("rejection", &["of"]),
    ("sceptical", &["of", "about"]),
    ("skeptical", &["of", "about"]),
    ("suspicion", &["of"]),
    ("suspicious", &["of"]),
    ("wary", &["of"]),
];

/// Forms of "be", after which "against" says a stance ("was against Rapallo"), where
/// elsewhere it may only say what something was aimed at ("security against fascism").
const BE: &[&str] = &["is", "was", "are", "were", "be", "been", "being", "am"];

/// How many words may stand between a word of opposition and the point it is against ("the
/// treaty of", "the idea of").
const STANCE_REACH: usize = 3;

/// Beginnings of words that say a model answer's clause is against something: "distrusted",
/// "reluctantly", "hostile", "anti-German", "critical".
const AGAINST_STEMS: &[&str] = &[
    "anti",
    "condemn",
    "contempt",
    "critic",
    "denounc",
    "despis",
    "detest",
    "disapprov",
    "dislik",
    "distrust",
    "enem",
    "foe",
    "grudg",
    "hate",
    "hatin",
    "hatred",
    "hostil",
    "loath",
    "mistrust",
    "oppos",
    "reject",
    "reluctan",
    "repudiat",
    "resent",
    "sceptic",
    "skeptic",
    "suspic",
    "unwilling",
    "wary",
];

/// Verbs whose object they are for: "backed disarmament", "proposed natural selection".
const FAVOURING_VERBS: &[&str] = &[
    "accepted",
    "accepts",
    "admired",
    "admires",
    "advocated",
    "advocates",
    "backed",
    "backs",
    "championed",
    "champions",
    "defended",
    "defends",
    "embraced",
    "embraces",
    "endorsed",
    "endorses",
    "favored",
    "favors",
    "favoured",
    "favours",
    "praised",
    "praises",
    "promoted",
    "promotes",
    "proposed",
    "proposes",
    "supported",
    "supports",
    "wanted",
    "wants",
    "welcomed",
    "welcomes",
];

/// Words for what follows their preposition: "in favour of Rapallo", "keen on the treaty".
const FAVOURING_TO: &[(&str, &[&str])] = &[
    ("advocate", &["of"]),
    ("champion", &["of"]),
    ("enthusiastic", &["about"]),
    ("favor", &["of"]),
    ("favour", &["of"]),
    ("friendly", &["to", "towards", "toward", "with"]),
    ("keen", &["on"]),
    ("support", &["for"]),
    ("supporter", &["of"]),
    ("sympathetic", &["to", "towards", "toward"]),
];

/// Other words that say a model answer's clause is for something: "pro-German", "one of
/// the makers of", "close ties".
const FAVOURING_WORDS: &[&str] = &[
    "architect",
    "close",
    "closer",
    "cooperation",
    "favorable",
    "favourable",
    "friendship",
    "leaned",
    "maker",
    "makers",
    "pro",
    "sought",
];

/// Whether a word (lowercased, perhaps with a wildcard) says a clause is for something
/// (see [`FAVOURING_VERBS`], [`FAVOURING_TO`], [`FAVOURING_WORDS`]).
pub(crate) fn is_favouring_word(word: &str) -> bool {
    let word = word.trim_end_matches('*');
    FAVOURING_VERBS.contains(&word)
        || FAVOURING_WORDS.contains(&word)
        || FAVOURING_TO.iter().any(|(w, _)| *w == word)
}

/// Whether a word (lowercased, perhaps with a wildcard) is one that says a clause is
/// against something (see [`AGAINST_STEMS`]).
pub(crate) fn is_against_word(word: &str) -> bool {
    AGAINST_STEMS.iter().any(|stem| word.starts_with(stem))
}

impl Clauses<'_> {
    /// The stance a word before the point at word `at` in its clause takes to it, and where
    /// that word is, if the point is its object: against, for a word of opposition ("hated
    /// Rapallo", "hostile to the treaty", "his distrust of Germany", "was firmly against
    /// Rapallo", "anti-Rapallo"; not "was opposed by Owen"); for, for a word of favour
    /// ("backed disarmament", "in favour of the treaty", "pro-Rapallo") in a part of the
    /// clause that holds no word against anything ("accepted Rapallo reluctantly" takes no
    /// side). At most [`STANCE_REACH`] words between, none a verb, a negation or a
    /// preposition but "of".
    pub(crate) fn taken_stance(&self, at: usize) -> Option<(usize, Stance)> {
        let start = self.part_start(at).max(at.saturating_sub(STANCE_REACH + 2));
        let (i, stance) = (start..at).find_map(|i| {
            self.object_of(i)
                .filter(|&(after, _)| self.reaches(after, at))
                .map(|(_, stance)| (i, stance))
        })?;
        (stance == Stance::Against || self.stance(at) == Stance::For).then_some((i, stance))
    }

    /// The names before word `at` in its part of the clause (see [`Self::part_start`]),
    /// lowercased: its capitalised words that are not small words ("Britain and France
    /// favoured …"; not "He").
    pub(crate) fn names_before(&self, at: usize) -> impl Iterator<Item = &str> {
        (self.part_start(at)..at)
            .filter(|&i| self.capitalised(i) && !is_sentence_word(self.word(i)))
            .map(|i| self.word(i))
    }

    /// Where the object of a word of opposition or favour at word `i` begins, and which it
    /// is, if it is either.
    fn object_of(&self, i: usize) -> Option<(usize, Stance)> {
        let word = self.word(i);
        let next = self.word(i + 1);
        let verb = |verbs: &[&str]| verbs.contains(&word) && next != "by" && next != "to";
        let with_preposition = |words: &[(&str, &[&str])]| {
            words
                .iter()
                .any(|(w, prepositions)| *w == word && prepositions.contains(&next))
        };
        let after_be = self.after_be(i);
        if verb(OPPOSING_VERBS) || (word == "against" && after_be) || word == "anti" {
            Some((i + 1, Stance::Against))
        } else if with_preposition(OPPOSED_TO) {
            Some((i + 2, Stance::Against))
        } else if verb(FAVOURING_VERBS) || word == "pro" {
            Some((i + 1, Stance::For))
        } else if with_preposition(FAVOURING_TO) {
            Some((i + 2, Stance::For))
        } else {
            None
        }
    }

    /// Whether the words from `from` up to the point at `at` are few enough, and none of
    /// them breaks off the object: a verb, a negation, a preposition but "of", "and", "or",
    /// "but".
    fn reaches(&self, from: usize, at: usize) -> bool {
        from <= at
            && at - from <= STANCE_REACH
            && (from..at).all(|j| {
                let word = self.word(j);
                self.clause_start.get(j) == self.clause_start.get(at)
                    && !is_verb(word)
                    && !is_plain_negation(word)
                    && (word == "of" || !is_preposition(word))
                    && !matches!(word, "and" | "or" | "but")
            })
    }

    /// Whether a form of "be" is among the two words before word `i`: "was against",
    /// "was firmly against".
    fn after_be(&self, i: usize) -> bool {
        (i.saturating_sub(2)..i).any(|j| BE.contains(&self.word(j)))
    }

    /// The stance of the part of its clause word `at` is in (up to and after the "and",
    /// "so" or "then" around it), or where that part takes none, of its whole clause
    /// ("his voice at the League of Nations and the chief architect of collective
    /// security"): against, if it holds a word against anything ([`is_against_word`];
    /// "against" only after "be"); for, if it holds a word of favour
    /// ([`is_favouring_word`]) and none against.
    pub(crate) fn stance(&self, at: usize) -> Stance {
        let clause = self.clause_words(at);
        let end = (at + 1..clause.end)
            .find(|&i| GOING_ON.contains(&self.word(i)))
            .unwrap_or(clause.end);
        match self.stance_of(self.part_start(at)..end) {
            Stance::Neither => self.stance_of(clause),
            stance => stance,
        }
    }

    /// The stance of the words `range` (see [`Self::stance`]).
    fn stance_of(&self, range: Range<usize>) -> Stance {
        let against = range.clone().any(|i| {
            let word = self.word(i);
            if word == "against" {
                self.after_be(i)
            } else {
                is_against_word(word)
            }
        });
        if against {
            Stance::Against
        } else if range.into_iter().any(|i| is_favouring_word(self.word(i))) {
            Stance::For
        } else {
            Stance::Neither
        }
    }
}

/// Whether a clause is for or against what it names (see [`Clauses::stance`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stance {
    /// It holds a word of favour and none against anything.
    For,
    /// It holds a word against something.
    Against,
    /// Neither.
    Neither,
}
