#!/usr/bin/env python3
"""Generates a registry of N file-backed RSS feeds with M items each, for crash and load tests."""
import os, sys, random
out, n, m = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
os.makedirs(os.path.join(out, "data"), exist_ok=True)
random.seed(7)
words = "warga polisi layanan patroli desa pelayanan masyarakat kamtibmas sosialisasi kegiatan lalu lintas keamanan".split()
per_unit = 50
for u in range((n + per_unit - 1) // per_unit):
    uid = f"polres-gen-{u:04d}"
    lines = [f"unit:\n  id: {uid}\n  name: Polres Gen {u}\n  kind: polres\nsources:"]
    for s in range(u * per_unit, min(n, (u + 1) * per_unit)):
        sid = f"src-{s:05d}"
        lines.append(f"  - id: {sid}\n    platform: {'website' if s % 2 else 'instagram'}\n    url: data/{sid}.xml")
        items = []
        for i in range(m):
            body = " ".join(random.choice(words) for _ in range(40))
            inov = " Layanan SIMGEN hadir." if i % 5 == 0 else ""
            items.append(f"<item><title>Kabar {s}-{i}{inov}</title><link>https://gen{s % 97}.example/{s}/{i}</link>"
                         f"<guid>https://gen{s % 97}.example/{s}/{i}</guid><pubDate>Mon, 16 Nov 2026 {i % 24:02d}:00:00 +0700</pubDate>"
                         f"<description>{body}</description></item>")
        with open(os.path.join(out, "data", f"{sid}.xml"), "w") as f:
            f.write('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Gen</title>'
                    f'<link>https://gen.example/</link>{"".join(items)}</channel></rss>')
    lines.append(f"innovations:\n  - id: {uid}-simgen\n    name: SIM Generasi\n    acronym: SIMGEN")
    with open(os.path.join(out, f"{uid}.yaml"), "w") as f:
        f.write("\n".join(lines) + "\n")
with open(os.path.join(out, "_settings.yaml"), "w") as f:
    f.write("crawl:\n  robots: false\n  delay: 0s\n")
