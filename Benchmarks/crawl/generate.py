#!/usr/bin/env python3
"""Generates the crawl benchmark's data: distinct RSS feeds, a registry that points at them over
many loopback host names (127.0.0.x, no DNS), and the list of URLs for the raw fetch-only pass.

usage: generate.py OUT_DIR PORT FEEDS HOSTS PER_HOST CONCURRENCY

Writes OUT_DIR/www/<unit>/<source>.xml, OUT_DIR/registry/*.yaml (+ _settings.yaml) and
OUT_DIR/urls.txt. Deterministic (fixed seed), so two runs serve the same bytes.
"""
import os
import random
import sys

out, port, feeds, hosts, per_host, concurrency = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
SOURCES_PER_UNIT = 20
ITEMS = 20
rng = random.Random(4747)

WORDS = ("polisi warga desa kecamatan pelayanan masyarakat kegiatan patroli malam siang pagi kapolsek "
         "kapolres bhabinkamtibmas babinsa sosialisasi keamanan ketertiban lalu lintas pengendara helm "
         "sekolah siswa guru pasar pedagang masjid gereja bantuan sosial beras sembako banjir longsor "
         "posko vaksinasi kesehatan jalan raya simpang terminal pelabuhan nelayan petani sawah panen "
         "dialog curhat aspirasi keluhan laporan pengaduan cepat tanggap ramah humanis program inovasi "
         "layanan digital aplikasi antrean surat izin keramaian kehilangan SKCK SIM STNK ujian teori "
         "praktik latihan pemuda karang taruna olahraga sepak bola bersih lingkungan gotong royong").split()
PLACES = ("Sumurgung Senori Bangilan Jenu Merakurak Kerek Montong Plumpang Widang Palang Semanding "
          "Grabagan Rengel Soko Parengan Singgahan Jatirogo Bancar Tambakboyo Kenduruan").split()
PLATFORMS = ["website", "youtube", "instagram", "facebook", "x", "tiktok", "mastodon"]
NAME_A = ("Sapa Jaga Layanan Polisi Sahabat Gerai Rumah Kampung Pojok Warung Jumat Minggu Sabtu "
          "Kamis Sigap Cepat Ronda Bunda Pena Taman").split()
NAME_B = ("Warga Desa Curhat Peduli Sehat Tertib Aman Ceria Santun Pintar Bersih Hijau Ramah "
          "Tanggap Bijak Juara Mandiri Siaga Lestari Sejahtera").split()
NAME_C = ("Presisi Bhayangkara Nusantara Kamtibmas Humanis Digital Terpadu Keliling Malam "
          "Mingguan Terbuka Bersama").split()


def sentence(n):
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def main():
    www = os.path.join(out, "www")
    reg = os.path.join(out, "registry")
    os.makedirs(www, exist_ok=True)
    os.makedirs(reg, exist_ok=True)
    with open(os.path.join(reg, "_settings.yaml"), "w") as f:
        f.write("# Benchmark registry: politeness relaxed by configuration for our own loopback server.\n")
        f.write("every: 1h\ntimezone: Asia/Jakarta\nlanguage: id\n")
        f.write(f"crawl: {{robots: false, delay: 0s, per_host: {per_host}, concurrency: {concurrency}, timeout: 60s}}\n")
    urls = []
    units = (feeds + SOURCES_PER_UNIT - 1) // SOURCES_PER_UNIT
    n = 0
    acronyms = set()
    for u in range(units):
        uid = f"polres-bench-{u:04d}"
        place = PLACES[u % len(PLACES)]
        innovations = []
        for k in range(3):
            name = f"{rng.choice(NAME_A)} {rng.choice(NAME_B)} {rng.choice(NAME_C)}"
            acr = ""
            while not acr or acr in acronyms:
                acr = "".join(rng.choice("BCDGJKLMPRSTW") + rng.choice("AIUEO") for _ in range(3)).upper()
            acronyms.add(acr)
            innovations.append((f"{uid}-inov-{k}", name, acr))
        lines = ["unit:", f"  id: {uid}", f"  name: Polres Bench {u:04d} {place}", "  kind: polres", "sources:"]
        for s in range(SOURCES_PER_UNIT):
            if n >= feeds:
                break
            host = 1 + n % hosts
            path = f"/{uid}/s{s:02d}.xml"
            url = f"http://127.0.0.{host}:{port}{path}"
            urls.append(url)
            lines += [f"  - id: {uid}-s{s:02d}", f"    platform: {PLATFORMS[s % len(PLATFORMS)]}",
                      "    kind: feed", f"    url: {url}"]
            write_feed(os.path.join(www, uid), f"s{s:02d}.xml", uid, n, innovations, place)
            n += 1
        lines.append("innovations:")
        for iid, name, acr in innovations:
            lines += [f"  - id: {iid}", f"    name: {name}", f"    acronym: {acr}",
                      f"    hashtags: [{acr}{place}]", "    keywords: [pelayanan masyarakat]",
                      "    cadence: 14d"]
        with open(os.path.join(reg, f"{uid}.yaml"), "w") as f:
            f.write("\n".join(lines) + "\n")
    with open(os.path.join(out, "urls.txt"), "w") as f:
        f.write("\n".join(urls) + "\n")


def write_feed(folder, name, uid, n, innovations, place):
    os.makedirs(folder, exist_ok=True)
    items = []
    for i in range(ITEMS):
        title = sentence(rng.randint(5, 9))[:-1]
        body = " ".join(sentence(rng.randint(8, 16)) for _ in range(rng.randint(2, 4)))
        r = rng.random()
        if r < 0.15:
            iid, iname, acr = rng.choice(innovations)
            title = f"{iname} hadir di Desa {place}: {title.lower()}"
        elif r < 0.25:
            iid, iname, acr = rng.choice(innovations)
            body += f" Warga menyambut layanan {acr} dengan antusias. #{acr}{place}"
        day = 1 + (n + i) % 28
        hour = (n * 7 + i * 3) % 24
        link = f"https://{uid}.example.id/berita/{n}-{i}"
        items.append(f"<item><title>{esc(title)}</title><link>{link}</link><guid>{link}</guid>"
                     f"<pubDate>{['Sun','Mon','Tue','Wed','Thu','Fri','Sat'][day % 7]}, {day:02d} Nov 2026 {hour:02d}:15:00 +0700</pubDate>"
                     f"<description>{esc(body)}</description></item>")
    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
           f"<title>{uid} kanal {n}</title><link>https://{uid}.example.id/</link>"
           "<description>Berita kegiatan</description><language>id</language>\n"
           + "\n".join(items) + "\n</channel></rss>\n")
    with open(os.path.join(folder, name), "w") as f:
        f.write(doc)


main()
