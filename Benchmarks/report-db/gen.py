#!/usr/bin/env python3
"""Generates a registry of U units (I innovations, 3 channels each) and fills a Pantau database
(already migrated by `pantau sources`) with P posts over 8 weeks, for the end-to-end report benchmark."""
import os, random, sqlite3, sys, hashlib, datetime

def registry(out, units, per_unit):
    os.makedirs(out, exist_ok=True)
    for u in range(units):
        uid = f"polres-b{u:05d}"
        parent = f"polda-b{u // 100:03d}" if u >= 100 else ""
        lines = [f"unit:\n  id: {uid}\n  name: Polres Bench {u}\n  kind: polres"]
        lines.append("sources:")
        for k, plat in enumerate(["website", "instagram", "youtube"]):
            lines.append(f"  - id: {uid}-{plat}\n    platform: {plat}\n    url: https://b{u}.example/{plat}.xml")
        lines.append("innovations:")
        for i in range(per_unit):
            lines.append(f"  - id: {uid}-inov-{i}\n    name: Layanan Bench {u} Nomor {i}\n    cadence: 14d")
        with open(os.path.join(out, f"{uid}.yaml"), "w") as f:
            f.write("\n".join(lines) + "\n")

def posts(db, units, per_unit, total, end):
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    rnd = random.Random(11)
    plats = ["website", "instagram", "youtube"]
    words = "warga polisi layanan patroli desa pelayanan masyarakat kamtibmas sosialisasi kegiatan".split()
    fmt = lambda d: d.strftime("%Y-%m-%d %H:%M:%S.000")
    rows, matches, eng = [], [], []
    for n in range(total):
        u = rnd.randrange(units)
        uid = f"polres-b{u:05d}"
        plat = plats[rnd.randrange(3)]
        t = end - datetime.timedelta(seconds=rnd.randrange(56 * 86400))
        text = " ".join(rnd.choice(words) for _ in range(40))
        pid = n + 1
        rows.append((pid, f"{uid}-{plat}", f"https://b{u}.example/p/{n}", f"https://b{u}.example/p/{n}", f"Kabar {n}", text,
                     hashlib.sha256(text.encode()).hexdigest(), fmt(t), fmt(end), fmt(end)))
        if rnd.random() < 0.6:
            matches.append((pid, f"{uid}-inov-{rnd.randrange(per_unit)}", 0.9, '["name: Layanan Bench"]'))
        if plat != "website":
            eng.append((pid, fmt(end), rnd.randrange(10000), rnd.randrange(1000), rnd.randrange(100), None))
        if len(rows) >= 50000:
            flush(con, rows, matches, eng)
    flush(con, rows, matches, eng)
    con.close()

def flush(con, rows, matches, eng):
    con.executemany("INSERT INTO post (id, sourceID, stableID, url, title, text, textSHA256, published, firstSeen, lastSeen) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    con.executemany("INSERT INTO match (postID, innovationID, score, evidence) VALUES (?,?,?,?)", matches)
    con.executemany("INSERT INTO engagement (postID, at, views, likes, comments, shares) VALUES (?,?,?,?,?,?)", eng)
    con.commit()
    rows.clear(); matches.clear(); eng.clear()

if __name__ == "__main__":
    what = sys.argv[1]
    if what == "registry":
        registry(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        posts(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]),
              datetime.datetime(2026, 11, 22, 16, 0, 0))
