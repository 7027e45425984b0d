#!/usr/bin/env python3
"""One whole process, as `pantau parse` is one: reads a feed file, builds feedparser-rs's full
result and touches every entry. Usage: feedparser_rs_whole.py FILE"""
import sys

import feedparser_rs

with open(sys.argv[1], "rb") as f:
    d = feedparser_rs.parse(f.read())
n = sum(1 for e in d.entries if e.get("title") is not None or e.get("link") is not None)
print(n, file=sys.stderr)
