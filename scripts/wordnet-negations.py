#!/usr/bin/env python3
"""Build classwork's table of words that say "not" with a prefix (assets/wordnet/negations.txt)
from WordNet 3.0's antonyms, or with --antonyms its table of adjectives with one antonym
(assets/wordnet/antonyms.txt).

    scripts/wordnet-negations.py [WORDNET_DIR] > assets/wordnet/negations.txt
    scripts/wordnet-negations.py --antonyms [WORDNET_DIR] > assets/wordnet/antonyms.txt

WORDNET_DIR defaults to /usr/share/wordnet (Debian's `wordnet-base` package). One line per
word, "word base": an adjective that WordNet gives as the antonym of the same word without
a negative prefix (un-, in-, im-, il-, ir-, dis-, non-): "unreliable reliable", "unwilling
willing". Such an adjective says what "not" and its base say. Verbs with these prefixes
more often undo than deny ("disarm", "discharge", "disappear"), so only the verbs of
VERBS, which deny, are taken. Standard library only.

With --antonyms: one line per adjective that WordNet gives exactly one antonym, "word
antonym" ("stale fresh", "cheap expensive"), leaving out those the first table holds: such
an adjective says what "not" and its antonym say.
"""

import sys
from pathlib import Path

PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non")
VERBS = {"disagree", "disapprove", "disbelieve", "dislike", "distrust", "mistrust"}
FILES = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}


def words_of(parts):
    count = int(parts[3], 16)
    return [parts[4 + 2 * i].lower() for i in range(count)]


def antonyms(wordnet, pos):
    """(word, antonym, pos of the word) for every lexical antonym pointer in data.POS."""
    pairs = []
    for line in open(wordnet / f"data.{pos}", encoding="utf-8"):
        if line.startswith("  "):
            continue
        parts = line.split()
        words = words_of(parts)
        at = 4 + 2 * len(words)
        for _ in range(int(parts[at])):
            symbol, offset, target_pos, numbers = parts[at + 1 : at + 5]
            at += 4
            source, target = int(numbers[:2], 16), int(numbers[2:], 16)
            if symbol == "!" and source and target:
                pairs.append((words[source - 1], offset, target_pos, target))
    resolved = []
    for word, offset, target_pos, target in pairs:
        with open(wordnet / f"data.{FILES[target_pos]}", encoding="utf-8") as data:
            data.seek(int(offset))
            resolved.append((word, words_of(data.readline().split())[target - 1]))
    return resolved


def bare(word):
    """The word without a WordNet marker such as "(a)"."""
    return word.split("(")[0]


def main():
    args = [a for a in sys.argv[1:] if a != "--antonyms"]
    wordnet = Path(args[0] if args else "/usr/share/wordnet")
    if "--antonyms" in sys.argv[1:]:
        return only_antonyms(wordnet)
    table = {}
    for pos in ("adj", "verb"):
        for word, base in antonyms(wordnet, pos):
            word, base = bare(word), bare(base)
            if not (word.isalpha() and base.isalpha()):
                continue
            if pos == "verb" and word not in VERBS:
                continue
            if any(word == prefix + base for prefix in PREFIXES):
                table[word] = base
    sys.stdout.write("".join(f"{word} {table[word]}\n" for word in sorted(table)))


def only_antonyms(wordnet):
    found = {}
    for word, other in antonyms(wordnet, "adj"):
        word, other = bare(word), bare(other)
        if word.isalpha() and other.isalpha() and word != other:
            found.setdefault(word, set()).add(other)
    table = {
        word: next(iter(others))
        for word, others in found.items()
        if len(others) == 1
        and not any(word == prefix + o or o == prefix + word for prefix in PREFIXES for o in others)
    }
    sys.stdout.write("".join(f"{word} {table[word]}\n" for word in sorted(table)))


if __name__ == "__main__":
    main()
