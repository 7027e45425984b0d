#!/usr/bin/env python3
"""Open an HTML file in headless Chromium (Debian's chromium + chromium-driver) and print what the
DOM says as one JSON object. Standard library only: it speaks the W3C WebDriver protocol to
chromedriver over loopback HTTP, and uses chromedriver's CDP bridge for the viewport and the
full-page screenshot. Scripts run through WebDriver are not subject to the page's
Content-Security-Policy, so the measurements work on pages that forbid scripts.

usage: inspect_page.py FILE --width 390 [--height 844] [--screenshot OUT.png] [--eval JS]...

Output keys: title, csp (the CSP meta's content or null), console (browser log messages, CSP
violations included), viewportWidth, scrollWidth (the document's), overflow (elements whose right
edge passes the viewport and that no scrolling or clipping box holds), svgs (each SVG's rendered
width and height and the smallest rendered text height inside it, in CSS pixels), eval (the value of
each --eval expression, in order: a string as it is, anything else as JSON), screenshot (the path written, or null).
"""
import argparse, base64, json, os, shutil, socket, subprocess, sys, tempfile, time, urllib.request

MEASURE = r"""
const vw = document.documentElement.clientWidth;
function held(el) {
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
    const s = getComputedStyle(p);
    if (['auto', 'scroll', 'hidden', 'clip'].includes(s.overflowX)) return true;
  }
  return false;
}
const overflow = [];
for (const el of document.body.querySelectorAll('*')) {
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) continue;
  if (r.right > vw + 1 && !held(el)) {
    overflow.push({tag: el.tagName.toLowerCase(), id: el.id || null,
                   cls: (typeof el.className === 'string' ? el.className : null) || null,
                   right: Math.round(r.right), text: (el.textContent || '').trim().slice(0, 60)});
  }
}
const svgs = [...document.querySelectorAll('svg')].map(s => {
  const r = s.getBoundingClientRect();
  let minText = null;
  for (const t of s.querySelectorAll('text')) {
    const h = t.getBoundingClientRect().height;
    if (h > 0 && (minText === null || h < minText)) minText = h;
  }
  return {width: r.width, height: r.height, minTextHeight: minText};
});
const meta = document.querySelector('meta[http-equiv="Content-Security-Policy" i]');
return {title: document.title, csp: meta ? meta.getAttribute('content') : null,
        viewportWidth: vw, scrollWidth: document.documentElement.scrollWidth,
        scrollHeight: document.documentElement.scrollHeight, overflow, svgs};
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(base, method, path, body=None, timeout=60):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method,
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return json.loads(r.read() or b"{}").get("value")
    except urllib.error.HTTPError as e:
        raise RuntimeError(f"webdriver {method} {path}: {e.code} {e.read()[:300]!r}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--width", type=int, default=1280)
    ap.add_argument("--height", type=int, default=900)
    ap.add_argument("--screenshot")
    ap.add_argument("--eval", action="append", default=[])
    a = ap.parse_args()
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not browser or not driver:
        print(json.dumps({"error": "chromium or chromedriver not installed"}))
        return 3
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
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome",
                "goog:loggingPrefs": {"browser": "ALL"},
                "goog:chromeOptions": {"binary": browser, "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--hide-scrollbars", f"--user-data-dir={profile}",
                    f"--window-size={a.width},{a.height}"]}}}}
        session = call(base, "POST", "/session", caps)["sessionId"]
        s = f"/session/{session}"
        cdp = lambda cmd, params: call(base, "POST", f"{s}/goog/cdp/execute", {"cmd": cmd, "params": params})
        metrics = {"width": a.width, "height": a.height, "deviceScaleFactor": 1, "mobile": a.width < 600}
        cdp("Emulation.setDeviceMetricsOverride", metrics)
        call(base, "POST", f"{s}/url", {"url": "file://" + os.path.abspath(a.file)})
        out = call(base, "POST", f"{s}/execute/sync", {"script": MEASURE, "args": []})
        values = [call(base, "POST", f"{s}/execute/sync", {"script": "return (" + e + ");", "args": []})
                  for e in a.eval]
        out["eval"] = [v if isinstance(v, str) else json.dumps(v) for v in values]
        try:
            logs = call(base, "POST", f"{s}/se/log", {"type": "browser"}) or []
            out["console"] = [l.get("message", "") for l in logs]
        except RuntimeError:
            out["console"] = []
        out["screenshot"] = None
        if a.screenshot:
            full = dict(metrics, height=max(a.height, min(int(out["scrollHeight"]), 20000)))
            cdp("Emulation.setDeviceMetricsOverride", full)
            png = cdp("Page.captureScreenshot", {"format": "png"})["data"]
            with open(a.screenshot, "wb") as f:
                f.write(base64.b64decode(png))
            out["screenshot"] = a.screenshot
        print(json.dumps(out))
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
