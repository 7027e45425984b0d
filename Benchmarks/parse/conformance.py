#!/usr/bin/env python3
"""Corpus runner: runs the `pantau-dev` binary (`conformance`) over every case of the shared
feed conformance corpus, as an outside user would, and compares each line with the case's
expected JSON field by field (the rules of shared/conformance/feeds/README.md). Prints the share of
exact well-formed cases and of right fields, and the cases that differ.
Usage: conformance.py PANTAU_DEV_BINARY [CORPUS_DIR]"""
import json, os, subprocess, sys

pantau = sys.argv[1]
corpus = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "../../../shared/conformance/feeds")
rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(corpus, "MANIFEST.tsv"), encoding="utf-8")][1:]
files = [os.path.join(corpus, "cases", r[1]) for r in rows]
out = subprocess.run([pantau, "conformance", *files], capture_output=True, check=False).stdout.decode("utf-8")
lines = {}
for line in out.splitlines():
    obj = json.loads(line)
    lines[obj["_file"]] = obj

def fields(expected, actual, path, diffs):
    total = right = 0
    keys = [k for k in (list((expected or {}).keys()) + [k for k in (actual or {}) if k not in (expected or {})]) if not k.startswith("_")]
    if not keys and (expected is None) != (actual is None):
        diffs.append(f"{path}: entry missing on one side")
        return 1, 0
    for k in keys:
        total += 1
        e, a = (expected or {}).get(k), (actual or {}).get(k)
        if e == a:
            right += 1
        else:
            diffs.append(f"{path}.{k}: expected {json.dumps(e, ensure_ascii=False)[:120]} got {json.dumps(a, ensure_ascii=False)[:120]}")
    return total, right

cases = exact = total = right = loose = loose_parsed = 0
misses = []
for r, f in zip(rows, files):
    actual = lines.get(f)
    parsed = actual is not None and "_error" not in actual
    if "LOOSE" in r[7]:
        loose += 1
        loose_parsed += parsed
        continue
    expected = json.load(open(os.path.join(corpus, "cases", r[0] + ".expected.json"), encoding="utf-8"))
    cases += 1
    diffs = []
    t, g = fields(expected["feed"], actual.get("feed") if parsed else None, "feed", diffs)
    total += t; right += g
    exp, act = expected.get("entries", []), (actual.get("entries", []) if parsed else [])
    for i in range(max(len(exp), len(act))):
        t, g = fields(exp[i] if i < len(exp) else None, act[i] if i < len(act) else None, f"entries[{i}]", diffs)
        total += t; right += g
    if parsed and not diffs:
        exact += 1
    else:
        misses.append(f"{r[0]}: " + ("" if parsed else "parse failed; ") + "; ".join(diffs[:3]))
print(f"conformance (pantau-dev conformance): cases {exact}/{cases} = {100 * exact / cases:.2f}%, "
      f"fields {right}/{total} = {100 * right / total:.2f}%, loose parsed {loose_parsed}/{loose}, skipped 0")
for m in misses:
    print("  " + m[:300])
