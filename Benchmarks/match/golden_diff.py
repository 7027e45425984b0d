#!/usr/bin/env python3
"""Sort the differences between two golden decision files (pantau-match-bench --golden) into kinds.

Usage: Benchmarks/match/golden_diff.py OLD NEW
Prints, per kind, how many lines differ and one example: matches lost, matches changed, scores or
evidence of the same matches changed, notes only, and matches added, the added ones sorted by why
the old matcher had turned them down ("the post names X, not Y" where X was a unit opener followed
by a word that is no place, or X lay inside an innovation's name).
"""
import collections
import re
import sys
import unicodedata

NOT_PLACE = {"jajaran", "se", "di", "dan", "yang", "beserta", "bersama", "serta", "setempat", "tersebut", "itu",
             "ini", "hingga", "sampai", "untuk", "juga", "telah", "sudah", "akan", "menggelar"}
FILLERS = {"pol", "metro", "kota", "kabupaten"}
MATCH = re.compile(r"\[([\w-]+) [0-9.]+ \[(.*?)\]\]")


def matches(line):
    return {m.group(1) for m in MATCH.finditer(line)}


def opener_then_not_place(phrase):
    folded = unicodedata.normalize("NFKD", phrase.lower()).encode("ascii", "ignore").decode()
    w = [x for x in re.split(r"[^a-z0-9]+", re.sub(r"['`]", "", folded)) if x]
    k = 1
    while k < len(w) and w[k] == w[0]:  # "polres-polres …": the last opener counts
        k += 1
    start = k
    while k < len(w) and w[k] in FILLERS and k < start + 2:
        k += 1
    return k < len(w) and w[k] in NOT_PLACE


def why_added(old, new, inv):
    note = re.search(r"%s: the post names (.*?), not " % re.escape(inv), old)
    if not note:
        return "added: no note in the old file"
    names = [n.lower() for n in re.findall(r'"(?:name|alias|acronym|partial name|typo)[^"]*: ([^"(]*)', new)]
    names += [n.lower() for n in re.findall(r'\\"([^"\\]*)\\"', new)]  # phrases quoted in notes
    # The note joins phrases with ", "; a piece that does not open with a unit word belongs to the one before.
    phrases = []
    for x in note.group(1).split(", "):
        if phrases and not re.match(r"(?i)\W*(ma|ka|waka)?pol|kepolisian", x):
            phrases[-1] += ", " + x
        else:
            phrases.append(x.strip())
    kinds = set()
    for p in phrases:
        first = re.split(r"[\s,\-]+", p.lower())[0]
        if opener_then_not_place(p):
            kinds.add("opener + a word that is no place")
        elif any(p.lower() in n or first in re.split(r"[\s\-]+", n) for n in names):
            kinds.add("inside an innovation's name")
        else:
            kinds.add("other (look)")
    return "added; old 'other unit' was: " + " / ".join(sorted(kinds))


def main(old_path, new_path):
    old = open(old_path, encoding="utf-8").read().split("\n")
    new = open(new_path, encoding="utf-8").read().split("\n")
    if len(old) != len(new):
        sys.exit("the files have different line counts: not the same posts")
    kinds = collections.Counter()
    example = {}
    for a, b in zip(old, new):
        if a == b:
            continue
        ma, mb = matches(a), matches(b)
        if ma == mb:
            k = "same matches, notes only" if a.split(" notes ")[0] == b.split(" notes ")[0] else "same matches, score or evidence changed"
            kinds[k] += 1
            example.setdefault(k, (a, b))
        elif ma < mb:
            for inv in sorted(mb - ma):
                k = why_added(a, b, inv)
                kinds[k] += 1
                example.setdefault(k, (a, b))
        else:
            k = "matches lost" if mb < ma else "matches changed"
            kinds[k] += 1
            example.setdefault(k, (a, b))
    for k, n in kinds.most_common():
        print(f"{n:7d}  {k}")
        a, b = example[k]
        print(f"         < {a[:240]}\n         > {b[:240]}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
