//! Why a point matched in the text earns nothing, and what the student is told.

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
    /// In a sentence that only says the point is there.
    NamesOnly,
    /// In a sentence that says of it what an earlier one said of another point.
    SameFrame,
    /// In a sentence a later one takes back ("Actually, no.", "None of that is true.").
    TakenBack,
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
                "“if … had …” says this did not happen: say what did happen, and why it matters"
            }
            Flaw::List => {
                "this reads as a list: make the point in a sentence that says what it shows"
            }
            Flaw::Repeated => "you wrote this sentence already: a point counts once",
            Flaw::TakenBack => {
                "you took this back (“Actually, no.”, “None of that is true.”): say only what you \
                 mean"
            }
            Flaw::Contradicted => {
                "you also said the opposite of this (“… not …”): say only what you mean"
            }
            Flaw::Asked => "a question makes no point: say what you think as a statement",
            Flaw::Guessed => "this offers guesses (“maybe … or …”): say which you mean, and why",
            Flaw::NamesOnly => "this only names it: say what it shows or why it matters",
            Flaw::SameFrame => {
                "this is the sentence before with only the key words changed: \
                 say what each one shows"
            }
        }
    }
}
