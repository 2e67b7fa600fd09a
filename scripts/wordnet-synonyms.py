#!/usr/bin/env python3
"""Build classwork's synonym table (assets/wordnet/synonyms.txt) from WordNet 3.0.

    scripts/wordnet-synonyms.py [WORDNET_DIR] > assets/wordnet/synonyms.txt

WORDNET_DIR defaults to /usr/share/wordnet (Debian's `wordnet-base` package). Standard
library only. The table keeps only what keyword matching needs: one line per group of
single-word lemmas that share a meaning, lowercased, separated by spaces.

A meaning (a WordNet synset) counts for a lemma only if it is among the lemma's first
SENSES senses (WordNet lists senses most frequent first), so rare senses never make two
words synonyms. An adjective's meaning also takes in the meanings it points to as "see
also" (safe → secure), again only for lemmas holding them among their first senses. Lemmas
shorter than MIN_LETTERS, with digits or other marks, and small words are left out. So are
a verb's participles listed as adjectives or nouns ("deciding", "determined"): matching
stems words, so they would stand for the verb itself and join unrelated verbs ("decide"
with "determine" through "deciding determining"). Added to WordNet's groups: each verb with
a noun WordNet derives from it that names its act or result, in a first meaning of each and
spelt alike at the start ("invade invasion", "refuse refusal": see `derivations`), and
each country of PEOPLES with
the word for its people ("britain british").
"""

import re
import sys
from collections import defaultdict
from pathlib import Path

SENSES = 2
DERIVED_LETTERS = 4
# The endings of a noun that names a verb's act or result ("invasion", "agreement",
# "refusal", "pressure"); not one that names who does it ("timer", "pointer", "trader"),
# which is often a thing of its own.
NAMINGS = ("ion", "ment", "ance", "ence", "ancy", "ency", "al", "ure", "age", "sis")
MIN_LETTERS = 3
POS = ("noun", "verb", "adj", "adv")
SMALL = set(
    "also away back been being does done down each else even ever from have here into just "
    "like made make many more most much must next once only other over same some such than "
    "that then them they this very well were what when will with your their there these "
    "those where which while would could should about after again before under upon "
    "all and any are but can did for get got had has her him his how its let may not now "
    "off one our out own put say see set she the too two use was way who why yet you "
    "come give goes going keep know look take tell thing want above always below between "
    "few first last less might nothing rather still someone used using need needs "
    "said ways lot three four five six seven eight nine ten hundred thousand million".split()
)
WORD = re.compile(r"^[a-z]+$")

# A country and the word for its people or what is theirs, which WordNet relates only as
# "pertaining to" and so leaves out: "the British" says what "Britain" does in an answer.
# Left out where the adjective is another common word ("polish", "turkey").
PEOPLES = [
    ("africa", "african"), ("america", "american"), ("asia", "asian"),
    ("australia", "australian"), ("austria", "austrian"), ("belgium", "belgian"),
    ("brazil", "brazilian"), ("britain", "british"), ("bulgaria", "bulgarian"),
    ("canada", "canadian"), ("china", "chinese"), ("cuba", "cuban"),
    ("czechoslovakia", "czechoslovak"), ("denmark", "danish"), ("egypt", "egyptian"),
    ("england", "english"), ("estonia", "estonian"), ("europe", "european"),
    ("finland", "finnish"), ("france", "french"), ("germany", "german"),
    ("greece", "greek"), ("holland", "dutch"), ("hungary", "hungarian"), ("india", "indian"),
    ("iran", "iranian"), ("iraq", "iraqi"), ("ireland", "irish"), ("israel", "israeli"),
    ("italy", "italian"), ("japan", "japanese"), ("korea", "korean"), ("latvia", "latvian"),
    ("lithuania", "lithuanian"), ("mexico", "mexican"), ("mongolia", "mongolian"),
    ("netherlands", "dutch"), ("norway", "norwegian"), ("portugal", "portuguese"),
    ("romania", "romanian"), ("russia", "russian"), ("scotland", "scottish"),
    ("serbia", "serbian"), ("spain", "spanish"), ("sweden", "swedish"),
    ("switzerland", "swiss"), ("ukraine", "ukrainian"), ("vietnam", "vietnamese"),
    ("wales", "welsh"), ("yugoslavia", "yugoslav"),
]


def senses(wordnet: Path):
    """(lemma, first synsets) for every lemma of every part of speech."""
    for pos in POS:
        for line in open(wordnet / f"index.{pos}", encoding="utf-8"):
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma, p, count = fields[0], fields[1], int(fields[2])
            offsets = fields[-count:]
            yield lemma, [f"{p}{o}" for o in offsets[:SENSES]]


def see_also(wordnet: Path):
    """Adjective synsets each adjective synset points to as "see also" (`^`)."""
    links = defaultdict(set)
    for line in open(wordnet / "data.adj", encoding="utf-8"):
        if line.startswith(" "):
            continue
        fields = line.split()
        words = int(fields[3], 16)
        at = 4 + 2 * words
        for k in range(int(fields[at])):
            symbol, target, pos = fields[at + 1 + 4 * k : at + 4 + 4 * k]
            if symbol == "^" and pos in "as":
                links[f"a{fields[0]}"].add(f"a{target}")
    return links


def synset_words(wordnet: Path, pos: str):
    """Each synset of a part of speech with its words, lowercased, in order."""
    words = {}
    for line in open(wordnet / f"data.{pos}", encoding="utf-8"):
        if line.startswith(" "):
            continue
        fields = line.split()
        count = int(fields[3], 16)
        words[fields[0]] = [re.sub(r"\(.*\)$", "", w).lower() for w in fields[4 : 4 + 2 * count : 2]]
    return words


def derivations(wordnet: Path, firsts):
    """Pairs of a verb and a noun WordNet gives as derivationally related forms (`+`), each
    in a meaning among the first SENSES of its lemma, spelt alike for their first
    DERIVED_LETTERS letters, the noun naming the act or its result (NAMINGS): "invade
    invasion", "expand expansion", "refuse refusal"."""
    nouns = synset_words(wordnet, "noun")
    pairs = set()
    for line in open(wordnet / "data.verb", encoding="utf-8"):
        if line.startswith(" "):
            continue
        fields = line.split()
        count = int(fields[3], 16)
        words = [w.lower() for w in fields[4 : 4 + 2 * count : 2]]
        at = 4 + 2 * count
        for k in range(int(fields[at])):
            symbol, target, pos, ends = fields[at + 1 + 4 * k : at + 5 + 4 * k]
            if symbol != "+" or pos != "n" or target not in nouns:
                continue
            source, goal = int(ends[:2], 16), int(ends[2:], 16)
            if not (0 < source <= len(words) and 0 < goal <= len(nouns[target])):
                continue
            verb, noun = words[source - 1], nouns[target][goal - 1]
            if (
                verb != noun
                and f"v{fields[0]}" in firsts.get(verb, ())
                and f"n{target}" in firsts.get(noun, ())
                and verb[:DERIVED_LETTERS] == noun[:DERIVED_LETTERS]
                and noun.endswith(NAMINGS)
            ):
                pairs.add((verb, noun))
    return pairs


def verbs(wordnet: Path):
    """Every single-word verb lemma."""
    return {line.split()[0] for line in open(wordnet / "index.verb", encoding="utf-8")
            if not line.startswith(" ")}


def participle(lemma: str, verb_lemmas) -> bool:
    """Whether a lemma is a form of a verb: "deciding", "determined", "stopped"."""
    for ending in ("ing", "ed"):
        if lemma.endswith(ending) and lemma not in verb_lemmas:
            base = lemma[: -len(ending)]
            candidates = {base, base + "e"}
            if len(base) > 2 and base[-1] == base[-2]:
                candidates.add(base[:-1])
            if base.endswith("i"):
                candidates.add(base[:-1] + "y")
            if candidates & verb_lemmas:
                return True
    return False


def main():
    wordnet = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    verb_lemmas = verbs(wordnet)
    holders = defaultdict(set)
    firsts = {}
    for lemma, synsets in senses(wordnet):
        if len(lemma) < MIN_LETTERS or not WORD.match(lemma) or lemma in SMALL:
            continue
        if participle(lemma, verb_lemmas):
            continue
        firsts.setdefault(lemma, set()).update(synsets)
        for synset in synsets:
            holders[synset].add(lemma)
    # Satellites are indexed as adjectives ("a"); the data file marks them "s".
    groups = {}
    for synset, lemmas in holders.items():
        groups[synset] = set(lemmas)
    for source, targets in see_also(wordnet).items():
        for target in targets:
            if source in groups and target in groups:
                joined = groups[source] | groups[target]
                # Both ends must be a first meaning of some lemma: ok by construction.
                groups[f"{source}^{target}"] = joined
    for verb, noun in derivations(wordnet, firsts):
        groups[f"derived:{verb}:{noun}"] = {verb, noun}
    for country, people in PEOPLES:
        groups[f"people:{country}"] = {country, people}
    lines = sorted({" ".join(sorted(g)) for g in groups.values() if len(g) > 1})
    sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
