#!/usr/bin/env python3
"""Writes a synthetic RSS 2.0 feed of at least the given size (MB) in the shape of an
Indonesian WordPress site: HTML descriptions, content:encoded, categories, slash:comments,
media:community counters. Usage: gen_feed.py OUT.xml [MB]"""
import random, sys

out = sys.argv[1]
target = float(sys.argv[2]) if len(sys.argv) > 2 else 16.0
rng = random.Random(47)
words = ("polres polsek bhabinkamtibmas warga layanan inovasi pelayanan publik zona integritas "
         "patroli keamanan lingkungan sim skck kapolres humas masyarakat kegiatan sosialisasi "
         "lalu lintas taman desa kelurahan kecamatan program unggulan jumat curhat ngopi kamtibmas").split()
days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

def sentence(n):
    return " ".join(rng.choice(words) for _ in range(n)).capitalize() + "."

with open(out, "w", encoding="utf-8") as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/" '
            'xmlns:media="http://search.yahoo.com/mrss/">\n<channel>\n<title>Polres Contoh &#8211; Berita</title>\n'
            '<link>https://polres-contoh.example.id</link>\n<description>Benchmark feed</description>\n'
            '<language>id</language>\n')
    i = 0
    while f.tell() < target * 1_000_000:
        i += 1
        d = rng.randint(1, 28)
        paras = "".join(f"<p>{sentence(rng.randint(20, 60))} <strong>{sentence(4)}</strong> &amp; {sentence(10)}</p>\n"
                        for _ in range(rng.randint(3, 8)))
        f.write(f"<item>\n<title>{sentence(8)} &#8220;{rng.choice(words)}&#8221;</title>\n"
                f"<link>https://polres-contoh.example.id/2026/11/{d:02d}/berita-{i}/</link>\n"
                f"<dc:creator><![CDATA[Humas {rng.choice(words).title()}]]></dc:creator>\n"
                f"<pubDate>{rng.choice(days)}, {d:02d} {rng.choice(months)} 2026 {rng.randint(0,23):02d}:{rng.randint(0,59):02d}:00 +0700</pubDate>\n"
                f"<category><![CDATA[{rng.choice(words).title()}]]></category><category><![CDATA[Inovasi]]></category>\n"
                f'<guid isPermaLink="false">https://polres-contoh.example.id/?p={i}</guid>\n'
                f"<description><![CDATA[<p>{sentence(40)}&nbsp;[&#8230;]</p>]]></description>\n"
                f"<content:encoded><![CDATA[{paras}]]></content:encoded>\n"
                f"<slash:comments>{rng.randint(0, 200)}</slash:comments>\n"
                f'<media:community><media:starRating count="{rng.randint(0, 5000)}"/><media:statistics views="{rng.randint(0, 90000)}"/></media:community>\n'
                "</item>\n")
    f.write("</channel>\n</rss>\n")
print(f"{out}: {i} items")
