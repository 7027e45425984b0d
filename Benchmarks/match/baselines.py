"""Python baselines for the matcher benchmark: pyahocorasick and a `re` alternation of all phrases,
over the normalised posts that pantau-match-bench wrote. Prints MB/s and the ratios to Swift.
Times are CPU time of the running thread (the machine is shared; wall time would count the neighbours)."""
import json
import re
import sys
import time

import ahocorasick

data = sys.argv[1]
regex_posts = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
swift = json.load(open(f"{data}/swift.json"))
with open(f"{data}/posts.txt", encoding="utf-8") as f:
    posts = f.read().split("\n")[:-1]
phrases = sorted({p for p in open(f"{data}/phrases.txt", encoding="utf-8").read().split("\n") if p})
raw_mb = swift["raw_mb"]
norm_mb = sum(len(p.encode()) for p in posts) / 1e6
n = len(posts)

A = ahocorasick.Automaton()
for i, p in enumerate(phrases):
    A.add_word(" " + p + " ", i)  # whole words: the posts are padded with spaces below
A.make_automaton()
t0 = time.thread_time()
hits = 0
for p in posts:
    for _ in A.iter(" " + p + " "):
        hits += 1
aho = time.thread_time() - t0

rx = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")\b")
sub = posts[:regex_posts]
t0 = time.thread_time()
rhits = 0
for p in sub:
    rhits += len(rx.findall(p))
rsec = (time.thread_time() - t0) * n / len(sub)

s = swift["seconds"]
sn = swift["normalized_seconds"]
print(f"pyahocorasick: {aho:.2f} s = {raw_mb / aho:.1f} MB/s of raw text ({norm_mb / aho:.1f} MB/s of normalised text), {hits} hits")
print(f"python re alternation ({len(phrases)} phrases, timed on {len(sub)} posts, scaled to {n}): "
      f"{rsec:.1f} s = {raw_mb / rsec:.2f} MB/s of raw text ({norm_mb / rsec:.2f} MB/s normalised), {rhits} hits in sample")
print(f"swift matcher: {s:.2f} s = {raw_mb / s:.1f} MB/s of raw text (normalising + matching + disambiguating)")
print(f"swift matcher over the same normalised text: {sn:.2f} s = {raw_mb / sn:.1f} MB/s of raw-text equivalent ({norm_mb / sn:.1f} MB/s of normalised text)")
print("ratios (same posts; Swift does the whole job: words, units, rules, disambiguation, evidence):")
print(f"  swift (raw text in)        / pyahocorasick: {aho / s:.2f}x   (target >= 1x)")
print(f"  swift (normalised text in) / pyahocorasick: {aho / sn:.2f}x   (target >= 1x)")
print(f"  swift (raw text in)        / python re:     {rsec / s:.1f}x   (target >= 20x)")
print(f"  swift (normalised text in) / python re:     {rsec / sn:.1f}x   (target >= 20x)")
