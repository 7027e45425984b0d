#!/usr/bin/env python3
"""Walk the Pantau dashboard in headless Chromium (Debian's chromium + chromium-driver), as a person
would: log in through the form, open each page kind, follow a post to its evidence, try another
Polres's unit page and API data, post a form without its CSRF token. Standard library only (W3C
WebDriver over loopback HTTP, like inspect_page.py). Prints one JSON object: each step's result and
the screenshots written.

usage: dashboard_walk.py BASE_URL USER PASSWORD OUT_DIR --own UNIT --other UNIT --source SOURCE_ID
"""
import argparse, base64, json, os, shutil, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from inspect_page import call, free_port  # noqa: E402

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"


class Walk:
    def __init__(self, base, session, out):
        self.base, self.s, self.out = base, f"/session/{session}", out
        self.shots, self.steps = [], {}

    def wd(self, method, path, body=None):
        return call(self.driver, method, self.s + path, body)

    def go(self, path):
        self.wd("POST", "/url", {"url": self.base + path})

    def js(self, script):
        return self.wd("POST", "/execute/sync", {"script": script, "args": []})

    def find(self, css):
        return self.wd("POST", "/element", {"using": "css selector", "value": css})[ELEMENT]

    def text(self):
        return self.js("return document.body ? document.body.innerText : '';")

    def shot(self, name):
        height = self.js("return Math.min(document.documentElement.scrollHeight, 8000);")
        self.wd("POST", "/goog/cdp/execute", {"cmd": "Emulation.setDeviceMetricsOverride", "params": {
            "width": 1280, "height": max(int(height), 700), "deviceScaleFactor": 1, "mobile": False}})
        png = self.wd("POST", "/goog/cdp/execute", {"cmd": "Page.captureScreenshot", "params": {"format": "png"}})["data"]
        path = os.path.join(self.out, name)
        with open(path, "wb") as f:
            f.write(base64.b64decode(png))
        self.shots.append(name)

    def step(self, name, ok, detail=""):
        self.steps[name] = {"ok": bool(ok), "detail": str(detail)[:300]}


def walk(w, a):
    w.go("/unit/" + a.own)
    w.step("redirected_to_login", "/login" in w.js("return location.pathname;"), w.js("return location.href;"))
    w.shot("01-login.png")
    w.wd("POST", f"/element/{w.find('#name')}/value", {"text": a.user})
    w.wd("POST", f"/element/{w.find('#password')}/value", {"text": a.password})
    w.wd("POST", f"/element/{w.find('#login')}/click", {})
    w.step("login_lands_on_requested_unit", w.js("return location.pathname;") == "/unit/" + a.own, w.js("return location.href;"))
    w.go("/")
    body = w.text()
    w.step("overview", "Indeks visibilitas" in body, body[:200])
    w.shot("02-overview.png")
    w.go("/unit/" + a.own)
    w.step("unit_grid", w.js("return !!document.querySelector('#grid');"), w.text()[:200])
    w.shot("03-unit.png")
    link = '#grid a[href^="/innovation/"]'
    href = w.js("const l = document.querySelector('" + link + "'); return l ? l.getAttribute('href') : null;")
    w.step("unit_links_innovation", href, href)
    if href:
        w.wd("POST", "/element/" + w.find(link) + "/click", {})
        marks = w.js("return [...document.querySelectorAll('.evidence mark')].map(m => m.textContent);")
        post = w.js("const l = document.querySelector('a.post'); return l ? l.href : null;")
        w.step("innovation_evidence", marks and post, json.dumps({"marks": marks, "post": post}))
        w.shot("04-innovation.png")
    for path, name, probe in [("/sources", "05-sources.png", "#sources"), ("/alerts", "06-alerts.png", "#firing"),
                              ("/report", "07-report.png", "svg")]:
        w.go(path)
        w.step(path.strip("/") + "_page", w.js(f"return !!document.querySelector('{probe}');"), w.text()[:150])
        w.shot(name)
    w.go("/?lang=en")
    w.step("english", "Visibility index" in w.text(), w.text()[:150])
    w.go("/unit/" + a.other)
    body = w.text()
    w.step("other_unit_forbidden", "tidak berhak" in body and a.other not in w.js("return document.title;"), body[:200])
    w.shot("08-forbidden.png")
    w.go("/api/v1/posts?unit=" + a.other)
    body = w.text()
    w.step("other_unit_api_forbidden", "outside this account" in body and "posts" not in body, body[:200])
    w.go("/sources")
    # A form as a foreign page would post it: same action, no CSRF token.
    w.js(f"""const f = document.createElement('form'); f.method = 'post'; f.action = '/sources/{a.source}/crawl';
             document.body.appendChild(f); f.submit(); return true;""")
    time.sleep(0.5)
    body = w.text()
    w.step("form_without_csrf_refused", "CSRF" in body, body[:200])
    w.shot("09-csrf-refused.png")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("user")
    ap.add_argument("password")
    ap.add_argument("out")
    ap.add_argument("--own", required=True)
    ap.add_argument("--other", required=True)
    ap.add_argument("--source", required=True)
    a = ap.parse_args()
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not browser or not driver:
        print(json.dumps({"error": "chromium or chromedriver not installed"}))
        return 3
    os.makedirs(a.out, exist_ok=True)
    port = free_port()
    profile = tempfile.mkdtemp(prefix="pantau-chromium-")
    proc = subprocess.Popen([driver, f"--port={port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    session = None
    try:
        for _ in range(200):
            try:
                if call(base, "GET", "/status", timeout=2).get("ready"):
                    break
            except Exception:
                time.sleep(0.05)
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {"binary": browser, "args": [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
            f"--user-data-dir={profile}", "--window-size=1280,900"]}}}}
        session = call(base, "POST", "/session", caps)["sessionId"]
        w = Walk(a.base.rstrip("/"), session, a.out)
        w.driver = base
        try:
            walk(w, a)
        except Exception as e:  # a step that could not run is a failed step, with the reason
            w.step("walk_completed", False, repr(e))
        else:
            w.step("walk_completed", True)
        print(json.dumps({"steps": w.steps, "screenshots": w.shots}))
        return 0
    finally:
        if session:
            try:
                call(base, "DELETE", f"/session/{session}", timeout=10)
            except Exception:
                pass
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
