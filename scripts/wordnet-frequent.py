#!/usr/bin/env python3
"""Build classwork's list of everyday English words (assets/wordnet/frequent.txt) from
WordNet 3.0's sense-tagged counts.

    scripts/wordnet-frequent.py [WORDNET_DIR] > assets/wordnet/frequent.txt

WORDNET_DIR defaults to /usr/share/wordnet (Debian's `wordnet-base` package), whose
`cntlist.rev` gives, for each sense of a word, how often it was tagged in the Semantic
Concordance (parts of the Brown Corpus: news, fiction, essays and more on every subject).
A word's count is the sum over its senses. The list holds the WORDS single-word lemmas
(letters only) most often tagged, most frequent first, ties in alphabetical order: the
first are words any text uses, the rest a sample of the everyday vocabulary of English
(see src/words/frequent.rs). Standard library only.
"""

import re
import sys
from collections import Counter
from pathlib import Path

WORDS = 4000
WORD = re.compile(r"^[a-z]+$")


def main():
    wordnet = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    counts = Counter()
    for line in open(wordnet / "cntlist.rev", encoding="utf-8"):
        key, _sense, count = line.split()
        lemma = key.split("%")[0]
        if WORD.match(lemma):
            counts[lemma] += int(count)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:WORDS]
    sys.stdout.write("\n".join(lemma for lemma, _ in ranked) + "\n")


if __name__ == "__main__":
    main()
