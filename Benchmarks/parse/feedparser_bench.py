#!/usr/bin/env python3
"""Times feedparser over files held in memory. Usage: feedparser_bench.py MIN_SECONDS FILE..."""
import sys, time
import feedparser

min_seconds = float(sys.argv[1])
blobs = [open(p, "rb").read() for p in sys.argv[2:]]
total = sum(len(b) for b in blobs)
rounds = entries = 0
start = time.process_time()  # CPU time: the machine may be shared
wall0 = time.perf_counter()
while True:
    for b in blobs:
        entries += len(feedparser.parse(b).entries)
    rounds += 1
    elapsed = time.process_time() - start
    if elapsed >= min_seconds:
        break
wall = time.perf_counter() - wall0
print(f"feedparser {feedparser.__version__} files={len(blobs)} bytes={total} rounds={rounds} "
      f"cpu_seconds={elapsed:.3f} MB/s={total * rounds / 1e6 / elapsed:.2f} wall_MB/s={total * rounds / 1e6 / wall:.2f} "
      f"entries/round={entries // rounds}")
