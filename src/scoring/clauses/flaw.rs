//! Why a point matched in the text earns nothing, and what the student is told.

use super::Clauses;

/// Why a point matched in the text earns nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Flaw {
    /// Stated negatively in its clause.
    Negated,
    /// Supposed in the "if" of a past that did not happen ("If the town had been paved,
    /// …").
    Supposed,
    /// Written in a list or a run of keywords, not a sentence.
    List,
    /// In a sentence written before, word for word.
    Repeated,
    /// In a question.
    Asked,
    /// Among guesses.
    Guessed,
    /// Offered with its opposite ("more often or less often": see [`super::both_ways`]).
    BothWays,
    /// In a sentence that only says the point is there.
    NamesOnly,
    /// In a sentence that says of it what an earlier one said of another point.
    SameFrame,
    /// In a sentence a later one takes back ("Actually, no.", "None of that is true.").
    TakenBack,
    /// Said positively where the point is that it was missing: the model answer only ever
    /// denies it ("the pacts were backed by staff talks").
    Affirmed,
    /// Said to be opposed where the model answer says it was favoured ("hated Rapallo"
    /// where he made it).
    SaidOpposed,
    /// Said to be favoured where the model answer says it was opposed ("backed natural
    /// selection" of its enemy).
    SaidFavoured,
    /// Said of the wrong thing: the model answer denies the point of what the clause says
    /// it of, and makes it of something else ("plastic has plenty of free electrons").
    Misattributed,
    /// In a sentence whose very claim another sentence denies ("Germany offers us
    /// neutrality. Germany does not offer us neutrality.").
    Contradicted,
}

impl Flaw {
    /// The reason, as guidance to the student.
    pub(crate) fn reason(self) -> &'static str {
        match self {
            Flaw::Negated => {
                "you said the opposite: the point is made negatively here (“not”, “never”, …)"
            }
            Flaw::Supposed => {
                "this only supposes it (“if … had …”, “suppose …”, “…, if it existed”): say what did happen, and why it matters"
            }
            Flaw::List => {
                "this reads as a list: make the point in a sentence that says what it shows"
            }
            Flaw::Repeated => "you wrote this sentence already: a point counts once",
            Flaw::TakenBack => {
                "you took this back (“Actually, no.”, “None of that is true.”): say only what you \
                 mean"
            }
            Flaw::Affirmed => {
                "you said the opposite: the point is that this was missing or did not happen \
                 (“no …”, “never …”)"
            }
            Flaw::SaidOpposed => {
                "you said the opposite: you wrote that this was opposed (“hated”, “against”, …), \
                 where it was favoured"
            }
            Flaw::SaidFavoured => {
                "you said the opposite: you wrote that this was favoured (“backed”, “in favour \
                 of”, …), where it was opposed"
            }
            Flaw::Misattributed => {
                "you said this of the wrong thing: here it is true of something else"
            }
            Flaw::Contradicted => {
                "you also said the opposite of this (“… not …”): say only what you mean"
            }
            Flaw::Asked => "a question makes no point: say what you think as a statement",
            Flaw::Guessed => "this offers guesses (“maybe … or …”): say which you mean, and why",
            Flaw::BothWays => {
                "you gave both answers (“more … or less …”, “… or not”): say which is right, and why"
            }
            Flaw::NamesOnly => "this only names it: say what it shows or why it matters",
            Flaw::SameFrame => {
                "this is the sentence before with only the key words changed: \
                 say what each one shows"
            }
        }
    }
}

impl Clauses<'_> {
    /// Why the words from `at` (`len` of them) make no point, if they make none; `negative`
    /// says whether the accepted phrase is itself negative. A point denied is told so even
    /// in a sentence that reads as a list: that is why it earns nothing.
    pub(crate) fn flaw(&self, at: usize, len: usize, negative: bool) -> Option<Flaw> {
        let sentence = &self.sentences[*self.sentence_of.get(at)?];
        // A question or a guess asserts nothing, negated or not.
        let asserts = !matches!(sentence.unmade, Some(Flaw::Asked | Flaw::Guessed));
        // A negative phrase is a point of its own ("not working"), unless what says it is
        // denied ("nobody could say it was not working").
        let denied = || {
            if negative {
                self.is_denied(at) || self.governed_denied(at)
            } else {
                self.negated(at, len)
            }
        };
        if !sentence.repeated && asserts {
            if denied() {
                return Some(Flaw::Negated);
            }
            if self.supposed(at) {
                return Some(Flaw::Supposed);
            }
        }
        self.flaw_besides_negation(at, len)
    }

    /// Why the words from `at` (`len` of them) make no point, a negation aside (for a point
    /// the model answer makes negatively): written before, in a list, offered with its
    /// opposite, or not asserted.
    pub(crate) fn flaw_besides_negation(&self, at: usize, len: usize) -> Option<Flaw> {
        let sentence = &self.sentences[*self.sentence_of.get(at)?];
        if self.taken_back.get(at).copied().unwrap_or(false) {
            Some(Flaw::TakenBack)
        } else if sentence.repeated {
            Some(Flaw::Repeated)
        } else if sentence.list && !self.list_makes.get(at).copied().unwrap_or(false) {
            Some(Flaw::List)
        } else if sentence.unmade.is_none() && self.offered_both_ways(at, len) {
            Some(Flaw::BothWays)
        } else {
            sentence.unmade
        }
    }
}
