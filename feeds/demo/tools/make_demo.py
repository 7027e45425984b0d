"""Regenerates the demo feed snapshots under feeds/demo/ from posts.py (all text written for the demo).

Usage (from the repository root):  python3 feeds/demo/tools/make_demo.py
Then check:  for f in feeds/demo/*/*.xml; do xmllint --noout "$f"; done
"""
import datetime as dt, hashlib, html, os, sys, json
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from posts import UNITS

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TZ = dt.timezone(dt.timedelta(hours=7))
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember"]

def t(s): return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
def rfc822(d): return d.strftime("%a, %d %b %Y %H:%M:%S +0700")
def iso(d): return d.isoformat()
def h(s): return hashlib.sha1(s.encode()).hexdigest()
def esc(s): return html.escape(s, quote=True)
def cdata(s): return "<![CDATA[" + s.replace("]]>", "]]]]><![CDATA[>") + "]]>"
def slug(s):
    out = "".join(c.lower() if c.isalnum() else "-" for c in s)
    while "--" in out: out = out.replace("--", "-")
    out = out.strip("-")
    if len(out) > 60: out = out[:60].rsplit("-", 1)[0]
    return out
def ytid(seed):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    n = int(h(seed), 16); return "".join(a[(n >> (6 * i)) & 63] for i in range(11))
def num(seed, digits): return str(int(h(seed), 16))[:digits]
def tanggal(d): return f"{HARI[d.weekday()]}, {d.day} {BULAN[d.month-1]} {d.year}"
def caption(p): return p["text"] + ("\n\n" + " ".join("#" + x for x in p["tags"]) if p.get("tags") else "")
def paras(text): return "".join(f"<p>{esc(x)}</p>\n" for x in text.split("\n\n"))
def short(text):
    first = text.split("\n\n")[0]
    return first if len(first) < 220 else first[:217].rsplit(" ", 1)[0] + " [&#8230;]"

def website(u, posts):
    base = f"https://{u['id']}.example.polri.go.id"
    newest = max(t(p["at"]) for p in posts)
    items = []
    for p in sorted(posts, key=lambda p: p["at"], reverse=True):
        d = t(p["at"]); link = f"{base}/{d:%Y/%m/%d}/{slug(p['title'])}/"
        pid = int(num(link, 4)) + 1000
        cats = "".join(f"\n      <category>{cdata(c)}</category>" for c in p.get("cats", ["Berita"]))
        items.append(f"""    <item>
      <title>{esc(p['title'])}</title>
      <link>{link}</link>
      <comments>{link}#respond</comments>
      <dc:creator>{cdata(p.get('by', 'Humas ' + u['name']))}</dc:creator>
      <pubDate>{rfc822(d)}</pubDate>{cats}
      <guid isPermaLink="false">{base}/?p={pid}</guid>
      <description>{cdata('<p>' + short(p['text']) + '</p>')}</description>
      <content:encoded>{cdata(paras(p['text']))}</content:encoded>
      <wfw:commentRss>{link}feed/</wfw:commentRss>
      <slash:comments>{p.get('comments', 0)}</slash:comments>
    </item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:wfw="http://wellformedweb.org/CommentAPI/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:atom="http://www.w3.org/2005/Atom"
  xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
  xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
  <channel>
    <title>{esc(u['name'])}</title>
    <atom:link href="{base}/feed/" rel="self" type="application/rss+xml"/>
    <link>{base}</link>
    <description>{esc(u['tagline'])}</description>
    <lastBuildDate>{rfc822(newest)}</lastBuildDate>
    <language>id-ID</language>
    <sy:updatePeriod>hourly</sy:updatePeriod>
    <sy:updateFrequency>1</sy:updateFrequency>
    <generator>https://wordpress.org/?v=6.6.2</generator>
{chr(10).join(items)}
  </channel>
</rss>
"""

def youtube(u, posts):
    ch = "UC" + ytid(u["id"] + "ch") + ytid(u["id"] + "ch2")[:11]
    ch = ch[:24]
    entries = []
    for p in sorted(posts, key=lambda p: p["at"], reverse=True):
        d = t(p["at"]); vid = ytid(u["id"] + p["title"])
        upd = d + dt.timedelta(days=1, hours=3)
        entries.append(f"""  <entry>
    <id>yt:video:{vid}</id>
    <yt:videoId>{vid}</yt:videoId>
    <yt:channelId>{ch}</yt:channelId>
    <title>{esc(p['title'])}</title>
    <link rel="alternate" href="https://www.youtube.com/watch?v={vid}"/>
    <author>
      <name>{esc(u['yt_name'])}</name>
      <uri>https://www.youtube.com/channel/{ch}</uri>
    </author>
    <published>{iso(d)}</published>
    <updated>{iso(upd)}</updated>
    <media:group>
      <media:title>{esc(p['title'])}</media:title>
      <media:content url="https://www.youtube.com/v/{vid}?version=3" type="application/x-shockwave-flash" width="640" height="390"/>
      <media:thumbnail url="https://i2.ytimg.com/vi/{vid}/hqdefault.jpg" width="480" height="360"/>
      <media:description>{esc(caption(p))}</media:description>
      <media:community>
        <media:starRating count="{p['likes']}" average="5.00" min="1" max="5"/>
        <media:statistics views="{p['views']}"/>
      </media:community>
    </media:group>
  </entry>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns:media="http://search.yahoo.com/mrss/" xmlns="http://www.w3.org/2005/Atom">
  <link rel="self" href="https://www.youtube.com/feeds/videos.xml?channel_id={ch}"/>
  <id>yt:channel:{ch}</id>
  <yt:channelId>{ch}</yt:channelId>
  <title>{esc(u['yt_name'])}</title>
  <link rel="alternate" href="https://www.youtube.com/channel/{ch}"/>
  <author>
    <name>{esc(u['yt_name'])}</name>
    <uri>https://www.youtube.com/channel/{ch}</uri>
  </author>
  <published>2019-03-04T08:12:40+00:00</published>
{chr(10).join(entries)}
</feed>
"""

def social(u, platform, posts):
    hd = u["handles"][platform]
    home = {"instagram": f"https://www.instagram.com/{hd}/", "tiktok": f"https://www.tiktok.com/@{hd}",
            "facebook": f"https://www.facebook.com/{hd}", "x": f"https://x.com/{hd}"}[platform]
    items = []
    for p in sorted(posts, key=lambda p: p["at"], reverse=True):
        d = t(p["at"]); seed = u["id"] + platform + p["at"]
        if platform == "instagram":
            code = ytid(seed)[:11].replace("-", "x").replace("_", "y")
            link = f"https://www.instagram.com/{'reel' if p.get('views') else 'p'}/{code}/"
        elif platform == "tiktok": link = f"https://www.tiktok.com/@{hd}/video/7{num(seed, 18)}"
        elif platform == "facebook": link = f"https://www.facebook.com/{hd}/posts/{num(seed, 16)}"
        else: link = f"https://x.com/{hd}/status/18{num(seed, 17)}"
        cap = caption(p)
        title = cap.split("\n")[0]
        if len(title) > 80: title = title[:77].rsplit(" ", 1)[0] + "…"
        stats = f'views="{p["views"]}" favorites="{p["likes"]}"' if p.get("views") else f'favorites="{p["likes"]}"'
        items.append(f"""    <item>
      <title>{esc(title)}</title>
      <link>{link}</link>
      <guid isPermaLink="true">{link}</guid>
      <pubDate>{rfc822(d)}</pubDate>
      <dc:creator>@{esc(hd)}</dc:creator>
      <description>{esc(cap)}</description>
      <media:community>
        <media:starRating count="{p['likes']}" average="5.00" min="1" max="5"/>
        <media:statistics {stats}/>
      </media:community>
      <slash:comments>{p.get('comments', 0)}</slash:comments>
    </item>""")
    pname = {"instagram": "Instagram", "tiktok": "TikTok", "facebook": "Facebook", "x": "X"}[platform]
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Snapshot fiktif untuk demo Pantau: jembatan (bridge) {pname} akun @{hd}. -->
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
  <channel>
    <title>{esc(u['name'])} (@{esc(hd)}) - {pname}</title>
    <link>{home}</link>
    <description>Unggahan terbaru akun {pname} @{esc(hd)}</description>
    <language>id</language>
    <generator>RSS-Bridge</generator>
{chr(10).join(items)}
  </channel>
</rss>
"""

NAV = """<header class="site-header">
  <div class="topbar">Layanan 110 &middot; Pengaduan Propam &middot; <a href="#">SP2HP Online</a></div>
  <nav class="menu"><ul>
    <li><a href="#">Beranda</a></li><li><a href="#">Profil</a></li><li><a href="index.html">Berita</a></li>
    <li><a href="#">Layanan</a></li><li><a href="#">Zona Integritas</a></li><li><a href="#">Kontak</a></li>
  </ul></nav>
</header>"""
def footer(u): return f"""<footer class="site-footer">
  <p>&copy; 2026 Bidang Humas {esc(u['name'])}. Seluruh hak cipta dilindungi.</p>
  <p><a href="#">Kebijakan Privasi</a> &middot; <a href="#">Peta Situs</a></p>
</footer>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());</script>
<script src="https://static.example.org/tema/js/slider.min.js" defer></script>"""

def page_article(u, p, fname):
    d = t(p["at"]); base = f"https://{u['id']}.example.polri.go.id/berita/"
    canon = base + fname.replace(".html", "/")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": p["title"],
          "datePublished": iso(d), "dateModified": iso(d + dt.timedelta(hours=2)),
          "author": {"@type": "Organization", "name": "Humas " + u["name"]},
          "publisher": {"@type": "Organization", "name": u["name"]},
          "mainEntityOfPage": canon,
          "interactionStatistic": {"@type": "InteractionCounter",
                                   "interactionType": "https://schema.org/CommentAction",
                                   "userInteractionCount": p.get("comments", 0)}}
    desc = p["text"].split("\n\n")[0]
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(p['title'])} - {esc(u['name'])}</title>
<link rel="canonical" href="{canon}">
<meta name="description" content="{esc(desc)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(p['title'])}">
<meta property="og:description" content="{esc(desc)}">
<meta property="og:url" content="{canon}">
<meta property="og:site_name" content="{esc(u['name'])}">
<meta property="article:published_time" content="{iso(d)}">
<meta property="article:section" content="Berita">
<link rel="stylesheet" href="https://static.example.org/tema/css/style.css">
<script type="application/ld+json">
{json.dumps(ld, ensure_ascii=False, indent=2)}
</script>
</head>
<body class="single-post">
{NAV}
<main id="konten">
  <div class="breadcrumb"><a href="#">Beranda</a> &rsaquo; <a href="index.html">Berita</a></div>
  <h1 class="judul">{esc(p['title'])}</h1>
  <div class="meta"><span class="penulis">Oleh: {esc(p.get('by', 'Humas ' + u['name']))}</span> &middot;
    <time datetime="{iso(d)}">{tanggal(d)}</time> &middot; {d:%H.%M} WIB</div>
  <article class="isi-berita">
{paras(p['text'])}  </article>
  <div class="bagikan">Bagikan: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>
  <section class="komentar"><h2>{p.get('comments', 0)} Komentar</h2></section>
</main>
<aside class="sidebar"><h3>Berita Terpopuler</h3><ul><li><a href="index.html">Indeks berita</a></li></ul>
  <div class="iklan">Ayo daftar menjadi anggota Polri! Gratis, tidak dipungut biaya.</div></aside>
{footer(u)}
</body>
</html>
"""

def page_index(u, arts):
    lis = []
    for fname, p in arts:
        d = t(p["at"])
        lis.append(f"""    <li class="berita-item">
      <a class="thumb" href="{fname}"><img src="https://static.example.org/img/{fname.replace('.html', '.jpg')}" alt=""></a>
      <h2><a href="{fname}">{esc(p['title'])}</a></h2>
      <span class="tanggal">{tanggal(d)}</span>
      <p>{esc(short(p['text']).replace(' [&#8230;]', '…'))}</p>
    </li>""")
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Berita - {esc(u['name'])}</title>
<link rel="canonical" href="https://{u['id']}.example.polri.go.id/berita/">
<meta property="og:title" content="Berita {esc(u['name'])}">
<link rel="stylesheet" href="https://static.example.org/tema/css/style.css">
</head>
<body class="archive">
{NAV}
<main id="konten">
  <h1>Berita Terkini</h1>
  <ul class="daftar-berita">
{chr(10).join(lis)}
  </ul>
  <div class="paginasi"><span class="aktif">1</span> <a href="#">2</a> <a href="#">3</a> <a href="#">Berikutnya &raquo;</a></div>
</main>
{footer(u)}
</body>
</html>
"""

def main():
    total = 0; summary = []
    for u in UNITS:
        out = os.path.join(ROOT, u["id"]); os.makedirs(out, exist_ok=True)
        by = {}
        for p in u["posts"]: by.setdefault(p["src"], []).append(p)
        for src, posts in by.items():
            total += len(posts)
            for p in posts: summary.append((u["id"], src, p["at"], p.get("about", "-")))
            if src == "web": open(f"{out}/web.xml", "w").write(website(u, posts))
            elif src == "youtube": open(f"{out}/youtube.xml", "w").write(youtube(u, posts))
            elif src == "berita":
                os.makedirs(f"{out}/berita", exist_ok=True); arts = []
                for p in sorted(posts, key=lambda p: p["at"], reverse=True):
                    fname = f"{p['at'][:10]}-{slug(p['title'])}.html"
                    open(f"{out}/berita/{fname}", "w").write(page_article(u, p, fname)); arts.append((fname, p))
                open(f"{out}/berita/index.html", "w").write(page_index(u, arts))
            else: open(f"{out}/{src}.xml", "w").write(social(u, src, posts))
    print("posts:", total)

main()
