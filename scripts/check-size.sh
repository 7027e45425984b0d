#!/usr/bin/env bash
# Size limits of the project (ARCHITECTURE.md, common standards): lists Swift files in Sources/ over
# 300 lines and functions over 80 lines. Exit status 1 when something is over and not allowed.
#
# Usage: scripts/check-size.sh [--all] [DIR...]     (default DIR: Sources; --all also lists allowed ones)
#
# A function is a `func`, `init`, `deinit`, `subscript`, a computed property or a closure assigned
# to a property (`let x = { … }()`); its length runs from its declaration line to its closing brace,
# found by counting braces outside strings and comments (a heuristic, not a parser).
#
# Allowed (each with its reason; keep this list short):
#   - generated tables: Sources/PantauParse/Text/HTMLEntities.swift (scripts/generate-entities.py)
#   - the tokenizer's hot loop: Tokenizer.swift `runPlain()`, allowed only while the doc comment
#     right above it says why ("hot loop": its state stays in registers from word to word).
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 - "$@" <<'PY'
import os, re, sys

FILE_LIMIT, FUNC_LIMIT = 300, 80
ALLOWED_FILES = {"Sources/PantauParse/Text/HTMLEntities.swift": "generated table"}
# (file, function) -> words its doc comment must hold to say why it is long.
ALLOWED_FUNCS = {("Sources/PantauMatch/Text/Tokenizer.swift", "runPlain"): "hot loop"}

DECL = re.compile(
    r"^\s*(?:@[\w().,: ]+\s+)*(?:(?:public|private|fileprivate|internal|package|open|static|class|final|"
    r"override|mutating|nonmutating|convenience|required|nonisolated|lazy|dynamic|@inlinable|"
    r"@inline\(__always\)|private\(set\)|fileprivate\(set\)|package\(set\)|public\(set\))\s+)*"
    r"(?:func\s+(?P<func>[^\s(<]+)|(?P<init>init[?!]?)\s*[(<]|(?P<deinit>deinit)\b|(?P<sub>subscript)\s*[(<]|"
    r"(?:var|let)\s+(?P<prop>\w+)\b[^=]*?(?:=\s*\{|\{\s*$|\{\s*(?:get|set|didSet|willSet)\b))")


def code_only(lines):
    """Each line with string literals and comments blanked, so braces inside them do not count."""
    out, in_block, in_multi = [], 0, False
    for line in lines:
        res, i, n = [], 0, len(line)
        while i < n:
            c = line[i]
            if in_block:
                if line.startswith("*/", i):
                    in_block -= 1; i += 2
                elif line.startswith("/*", i):
                    in_block += 1; i += 2
                else:
                    i += 1
                continue
            if in_multi:
                if line.startswith('"""', i):
                    in_multi = False; i += 3
                else:
                    i += 1
                continue
            if line.startswith("//", i):
                break
            if line.startswith("/*", i):
                in_block += 1; i += 2; continue
            if line.startswith('"""', i):
                in_multi = True; i += 3; continue
            if c == '"':
                i = skip_string(line, i + 1); res.append('""'); continue
            res.append(c); i += 1
        out.append("".join(res))
    return out


def skip_string(line, i):
    """Index after the closing quote of a one-line string starting at i; interpolations may nest."""
    depth, n = 0, len(line)
    while i < n:
        c = line[i]
        if c == "\\":
            if i + 1 < n and line[i + 1] == "(":
                depth += 1; i += 2; continue
            i += 2; continue
        if depth and c == "(":
            depth += 1
        elif depth and c == ")":
            depth -= 1
        elif c == '"' and not depth:
            return i + 1
        i += 1
    return n


def functions(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    code = code_only(raw)
    found = []
    for start, line in enumerate(code):
        m = DECL.match(line)
        if not m:
            continue
        name = m.group("func") or m.group("init") or m.group("deinit") or m.group("sub") or m.group("prop")
        # The body opens at the first '{' on this line or the next lines (a signature may wrap);
        # a declaration without a body (protocol requirement, stored property) has none.
        depth, opened, end = 0, False, None
        for k in range(start, min(len(code), start + 400)):
            for ch in code[k]:
                if ch == "{":
                    depth += 1; opened = True
                elif ch == "}":
                    depth -= 1
                    if opened and depth == 0:
                        end = k; break
            if end is not None:
                break
            if not opened and k > start and (DECL.match(code[k]) or code[k].strip() == "}"):
                break
        if end is not None:
            found.append((name, start + 1, end - start + 1, doc_comment(raw, start)))
    return raw, found


def doc_comment(raw, start):
    """The `///` lines right above line `start` (attributes between them allowed), joined."""
    k, lines = start - 1, []
    while k >= 0 and (raw[k].strip().startswith("///") or raw[k].strip().startswith("@")):
        lines.append(raw[k].strip())
        k -= 1
    return " ".join(reversed(lines))


def main(argv):
    show_all = "--all" in argv
    roots = [a for a in argv if a != "--all"] or ["Sources"]
    over, allowed = [], []
    for root in roots:
        for dirpath, _, files in os.walk(root):
            for f in sorted(files):
                if not f.endswith(".swift"):
                    continue
                path = os.path.join(dirpath, f)
                raw, funcs = functions(path)
                count = len(raw) - (1 if raw and raw[-1] == "" else 0)
                if count > FILE_LIMIT:
                    item = f"{path}: {count} lines (file limit {FILE_LIMIT})"
                    (allowed if path in ALLOWED_FILES else over).append(item)
                for name, line, length, doc in funcs:
                    if length > FUNC_LIMIT:
                        item = f"{path}:{line}: {name} is {length} lines (function limit {FUNC_LIMIT})"
                        why = ALLOWED_FUNCS.get((path, name))
                        ok = path in ALLOWED_FILES or (why is not None and why in doc)
                        (allowed if ok else over).append(item)
    for item in sorted(over):
        print(item)
    if show_all:
        for item in sorted(allowed):
            print("allowed: " + item)
    print(f"{len(over)} over the limits" + (f", {len(allowed)} allowed" if show_all else ""))
    return 1 if over else 0


sys.exit(main(sys.argv[1:]))
PY
