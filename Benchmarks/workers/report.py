#!/usr/bin/env python3
"""Prints what Benchmarks/workers/run.sh measured.

usage: report.py WORKDIR MULTI(postgres|sqlite) WORKERS ADMIN_URL

Reads WORKDIR/phases (phase start/end times), WORKDIR/access.log (nginx: "$msec $status host/uri"),
the workers' --json summaries and the stores themselves (posts per source and stable id).
"""
import glob
import json
import os
import sqlite3
import statistics
import subprocess
import sys

w, multi, workers, admin_url = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]

phases = {}
kill_at = None
for line in open(os.path.join(w, "phases")):
    parts = line.split()
    if parts[0] == "kill" and parts[1] not in ("start", "end", "survivors"):
        kill_at = float(parts[1])
        continue
    phases.setdefault(parts[0], {})[parts[1]] = float(parts[2])

requests = []
for line in open(os.path.join(w, "access.log")):
    parts = line.split()
    if len(parts) == 3:
        requests.append((float(parts[0]), int(parts[1]), parts[2]))


def window(name, end_key="end"):
    p = phases[name]
    return [r for r in requests if p["start"] <= r[0] <= p[end_key]]


def duplicates(reqs):
    """(URLs requested more than once, extra requests, gaps in seconds between repeats of a URL)."""
    by_url = {}
    for at, _, url in reqs:
        by_url.setdefault(url, []).append(at)
    dup = {u: sorted(t) for u, t in by_url.items() if len(t) > 1}
    gaps = [b - a for ts in dup.values() for a, b in zip(ts, ts[1:])]
    return len(dup), sum(len(t) - 1 for t in dup.values()), gaps, len(by_url)


def describe_dups(reqs):
    urls, extra, gaps, distinct = duplicates(reqs)
    text = f"{urls} URLs fetched more than once ({extra} extra requests) of {distinct}"
    if gaps:
        close = sum(1 for g in gaps if g < 1.0)
        text += (f"; repeats {min(gaps):.2f}/{statistics.median(gaps):.2f}/{max(gaps):.2f} s apart (min/median/max), "
                 f"{close} within 1 s")
    return text, urls


def load(path):
    try:
        return json.load(open(path))
    except (OSError, ValueError):
        return None


def pg_query(url, sql):
    out = subprocess.run(["psql", "-tA", "-v", "ON_ERROR_STOP=1", url, "-c", sql], capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(out.stderr.strip())
    return out.stdout.strip()


def post_duplicates(db):
    """(posts, duplicated (source, stable id) keys) of a store: a SQLite file or a postgres:// URL."""
    if not db.startswith("postgres"):
        c = sqlite3.connect(db)
        posts = c.execute("SELECT COUNT(*) FROM post").fetchone()[0]
        dups = c.execute("SELECT COUNT(*) FROM (SELECT sourceID, stableID FROM post GROUP BY 1, 2 HAVING COUNT(*) > 1)").fetchone()[0]
        return posts, dups
    # The PostgreSQL schema's spelling of the columns is found, not assumed (sourceID or source_id).
    cols = pg_query(db, "SELECT table_schema, column_name FROM information_schema.columns WHERE table_name = 'post' "
                        "AND lower(replace(column_name, '_', '')) IN ('sourceid', 'stableid')").splitlines()
    if len(cols) < 2:
        raise RuntimeError("no post table with source and stable id columns in " + db.split("@")[-1])
    schema = cols[0].split("|")[0]
    names = {c.split("|")[1].replace("_", "").lower(): c.split("|")[1] for c in cols}
    table = f'"{schema}".post'
    src, stable = f'"{names["sourceid"]}"', f'"{names["stableid"]}"'
    posts = int(pg_query(db, f"SELECT COUNT(*) FROM {table}"))
    dups = int(pg_query(db, f"SELECT COUNT(*) FROM (SELECT {src}, {stable} FROM {table} GROUP BY 1, 2 HAVING COUNT(*) > 1) d"))
    return posts, dups


def ok(b):
    return "ok  " if b else "MISS"


# 1. One worker on SQLite.
one = load(os.path.join(w, "sqlite1-1.json"))
one_wall = phases["sqlite1"]["end"] - phases["sqlite1"]["start"]
one_rate = one["sources"] / one_wall
one_dup_text, _ = describe_dups(window("sqlite1"))
one_posts, one_post_dups = post_duplicates(os.path.join(w, "one.sqlite"))
print(f"1 worker, SQLite:        {one['sources']} sources in {one_wall:.2f} s = {one_rate:.0f} feeds/s "
      f"(crawl loop {one['seconds']:.2f} s); {one_posts} posts, {one_post_dups} duplicated")
print(f"                         {one_dup_text}")

# 2. WORKERS workers on one store.
multi_db = open(os.path.join(w, "multi.db")).read().strip()
m_wall = phases["multi"]["end"] - phases["multi"]["start"]
m_reqs = window("multi")
m_text, m_dup_urls = describe_dups(m_reqs)
m_distinct = len({r[2] for r in m_reqs})
m_rate = m_distinct / m_wall
print(f"{workers} workers, {multi}:     {m_distinct} distinct feeds fetched in {m_wall:.2f} s = {m_rate:.0f} feeds/s in total")
loop_sum = 0.0
for path in sorted(glob.glob(os.path.join(w, "multi-*.json"))):
    s = load(path)
    name = os.path.basename(path)[:-5]
    if not s:
        print(f"  {name}: no summary (see {name}.err)")
        continue
    done = s["fetched"] + s["notModified"] + s["failed"]
    loop_sum += s["seconds"]
    print(f"  {name}: crawled {done} ({s['failed']} failed), left {s['skipped']} to the others, "
          f"{s['seconds']:.2f} s = {done / max(s['seconds'], 1e-9):.0f} feeds/s")
print(f"                         {m_text}")
print(f"                         crawl loops overlapped {loop_sum / m_wall:.2f}x ({workers} = all at once the whole time)")
m_posts, m_post_dups = post_duplicates(multi_db)
print(f"                         {m_posts} posts ({one_posts} on SQLite), {m_post_dups} duplicated")

# 3. The kill cycle.
kill_db = open(os.path.join(w, "kill.db")).read().strip()
counts = dict(line.split() for line in open(os.path.join(w, "kill.counts")))
final_missing = int(list(counts.values())[-1])
k_text, _ = describe_dups(window("kill"))
k_posts, k_post_dups = post_duplicates(kill_db)
print("kill cycle:              " + (f"worker 2 killed {kill_at - phases['kill']['start']:.2f} s in; " if kill_at else "nothing killed; ")
      + ", ".join(f"{k}: {v} uncrawled" for k, v in counts.items()))
print(f"                         {k_text}")
print(f"                         {k_posts} posts, {k_post_dups} duplicated")
takeover_path = os.path.join(w, "kill.takeover")
takeover = open(takeover_path).read().split() if os.path.exists(takeover_path) else None
if takeover:
    print(f"                         the dead worker's sources taken over {takeover[1]} s after the kill "
          f"(lease {takeover[2]} s), {takeover[3]} left")
print()
print("(a repeat within 1 s may be two workers holding one source at once; a later repeat is a source crawled again")
print(" by a worker begun after another one saved it, or, in the kill cycle, one the killed worker fetched and never saved)")
ratio = m_rate / one_rate
print(f"ratio {workers} workers on {multi} / 1 on SQLite (feeds/s): {ratio:.2f}")
print(f"[{ok(m_post_dups == 0 and one_post_dups == 0)}] no duplicate posts ({workers} workers)")
print(f"[{ok(m_posts == one_posts)}] the {workers} workers stored the same posts as one worker")
print(f"[{ok(m_dup_urls == 0)}] no feed fetched twice by the {workers} workers")
print(f"[{ok(kill_at is not None)}] a worker was killed mid-crawl")
print(f"[{ok(final_missing == 0)}] after the kill, every source crawled")
print(f"[{ok(k_post_dups == 0)}] after the kill, no duplicate posts")
if "rerun-before-expiry" in counts:
    print(f"[{ok(int(counts['rerun-before-expiry']) > 0)}] while the dead worker's lease held, its sources were left alone")
if takeover:
    print(f"[{ok(int(takeover[3]) == 0 and float(takeover[1]) <= float(takeover[2]) + 5)}] "
          f"its leases were taken over once they ran out, within the lease (+ 5 s to notice)")
