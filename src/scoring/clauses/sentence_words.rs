//! The small words every sentence has: a sentence without one reads as a list or a
//! fragment (see [`super`]).

/// The small words every sentence has at least one of: a run of four words or more with
/// none of them reads as a list of keywords. In alphabetical order, each once.
pub const SENTENCE_WORDS: &[&str] = &[
    "a",
    "about",
    "after",
    "against",
    "all",
    "also",
    "although",
    "am",
    "an",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "down",
    "during",
    "each",
    "even",
    "every",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "may",
    "me",
    "might",
    "more",
    "most",
    "must",
    "my",
    "not",
    "of",
    "off",
    "on",
    "one",
    "only",
    "onto",
    "our",
    "out",
    "over",
    "own",
    "shall",
    "she",
    "should",
    "so",
    "some",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "to",
    "too",
    "toward",
    "towards",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "you",
    "your",
];

/// [`SENTENCE_WORDS`] as a set: every word of every answer is looked up in it.
static SENTENCE_WORD_SET: std::sync::LazyLock<foldhash::HashSet<&str>> =
    std::sync::LazyLock::new(|| SENTENCE_WORDS.iter().copied().collect());

/// Whether a word (lowercased) is one of [`SENTENCE_WORDS`], or an auxiliary of them with
/// "n't" ("didn't", "wasn't", "can't", "won't").
pub(crate) fn is_sentence_word(word: &str) -> bool {
    SENTENCE_WORD_SET.contains(word)
        || word.strip_suffix("n't").is_some_and(|auxiliary| {
            matches!(auxiliary, "ca" | "wo" | "sha") || SENTENCE_WORD_SET.contains(auxiliary)
        })
}

/// Words and phrases that open a sentence without adding to what it says ("Also, …",
/// "Again, …", "Then, …", "As I said, …"), or close it so ("…, too."): a sentence said again
/// behind them says nothing new (see [`said`]).
const LEAD_INS: &[&[&str]] = &[
    &["above", "all"],
    &["additionally"],
    &["after", "all"],
    &["again"],
    &["all", "in", "all"],
    &["also"],
    &["and"],
    &["anyway"],
    &["as", "i", "said"],
    &["as", "well"],
    &["basically"],
    &["besides"],
    &["certainly"],
    &["clearly"],
    &["finally"],
    &["first"],
    &["firstly"],
    &["furthermore"],
    &["hence"],
    &["however"],
    &["importantly"],
    &["in", "addition"],
    &["in", "conclusion"],
    &["in", "fact"],
    &["in", "other", "words"],
    &["indeed"],
    &["lastly"],
    &["likewise"],
    &["moreover"],
    &["next"],
    &["now"],
    &["obviously"],
    &["of", "course"],
    &["on", "top", "of", "that"],
    &["once", "again"],
    &["once", "more"],
    &["overall"],
    &["plus"],
    &["really"],
    &["second"],
    &["secondly"],
    &["similarly"],
    &["so"],
    &["still"],
    &["then"],
    &["therefore"],
    &["third"],
    &["thirdly"],
    &["thus"],
    &["to", "conclude"],
    &["to", "repeat"],
    &["to", "sum", "up"],
    &["too"],
];

/// What a sentence says, without the words of [`LEAD_INS`] it opens or closes with: "Also,
/// dams are expensive" and "Dams are expensive, too" say what "Dams are expensive" says.
pub(crate) fn said<S: AsRef<str>>(mut words: &[S]) -> &[S] {
    let is = |run: &[S], lead_in: &[&str]| {
        run.len() == lead_in.len() && run.iter().zip(lead_in).all(|(w, l)| w.as_ref() == *l)
    };
    while let Some(lead_in) = LEAD_INS
        .iter()
        .find(|l| l.len() < words.len() && is(&words[..l.len()], l))
    {
        words = &words[lead_in.len()..];
    }
    while let Some(lead_in) = LEAD_INS
        .iter()
        .find(|l| l.len() < words.len() && is(&words[words.len() - l.len()..], l))
    {
        words = &words[..words.len() - lead_in.len()];
    }
    words
}
