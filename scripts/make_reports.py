"""Regenerate reports/: an HTML and a JSON report for every corpus file, an index, and screenshots.

    python scripts/make_reports.py            # from the repository root

Files whose names differ only by a trailing -narrative / -tables (a report published as two
files) are checked together as one report named by the shared stem. When a Chromium binary is
found, the seed-000 report is also opened headlessly and saved as a screenshot before and after
clicking its first finding. This module also holds the small DevTools-protocol client (over
--remote-debugging-pipe, standard library only) that tests/test_browser.py uses.
"""
from __future__ import annotations

import argparse
import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PART_SUFFIXES = ("-narrative", "-tables")
SCREENSHOT_OF = "000_601db7814e7d3dfd"
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
                  "--remote-debugging-pipe")


# ------------------------------------------------------------------ headless Chromium (CDP)
def chromium_binary() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


class Chromium:
    """A headless Chromium driven over the DevTools pipe (fd 3: commands in, fd 4: replies out;
    NUL-terminated JSON). One page, attached with a flat session."""

    def __init__(self, binary: str, width: int = 1440, height: int = 900, timeout: float = 30.0) -> None:
        self.timeout, self.events, self._id, self._buf = timeout, [], 0, b""
        self._profile = tempfile.mkdtemp(prefix="finder-chromium-")
        cmd_r, self._cmd_w = os.pipe()
        self._res_r, res_w = os.pipe()

        def plumb() -> None:  # in the child: move the pipe ends to fds 3 and 4
            a, b = fcntl.fcntl(cmd_r, fcntl.F_DUPFD, 10), fcntl.fcntl(res_w, fcntl.F_DUPFD, 10)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.proc = subprocess.Popen([binary, *CHROMIUM_FLAGS, f"--user-data-dir={self._profile}",
                                      f"--window-size={width},{height}", "about:blank"],
                                     preexec_fn=plumb, close_fds=False, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(cmd_r)
        os.close(res_w)
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.call(f"{domain}.enable", session=True)
        self.call("Emulation.setDeviceMetricsOverride", session=True, width=width, height=height,
                  deviceScaleFactor=1, mobile=False)

    def call(self, method: str, session: bool = False, **params: Any) -> dict[str, Any]:
        self._id += 1
        msg: dict[str, Any] = {"id": self._id, "method": method, "params": params}
        if session:
            msg["sessionId"] = self.session
        os.write(self._cmd_w, json.dumps(msg).encode() + b"\0")
        while True:
            reply = self._next()
            if reply.get("id") == self._id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def _next(self) -> dict[str, Any]:
        deadline = time.monotonic() + self.timeout
        while b"\0" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._res_r], [], [], left)[0]:
                raise TimeoutError("Chromium did not answer")
            chunk = os.read(self._res_r, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self._buf += chunk
        raw, self._buf = self._buf.split(b"\0", 1)
        msg = json.loads(raw)
        if "method" in msg:
            self.events.append(msg)
        return msg

    def wait_for(self, method: str) -> dict[str, Any]:
        for e in self.events:
            if e["method"] == method:
                return e
        while True:
            e = self._next()
            if e.get("method") == method:
                return e

    def open(self, path: Path) -> None:
        self.events.clear()
        self.call("Page.navigate", session=True, url=path.resolve().as_uri())
        self.wait_for("Page.loadEventFired")

    def js(self, expression: str) -> Any:
        r = self.call("Runtime.evaluate", session=True, expression=expression, returnByValue=True)
        if "exceptionDetails" in r:
            raise RuntimeError(r["exceptionDetails"].get("text", "script error"))
        return r["result"].get("value")

    def click(self, x: float, y: float) -> None:
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", session=True, type=kind, x=x, y=y, button="left",
                      clickCount=1)

    def console_errors(self) -> list[str]:
        out = []
        for e in self.events:
            p = e.get("params", {})
            if e["method"] == "Runtime.exceptionThrown":
                out.append(p["exceptionDetails"].get("text", "exception"))
            elif e["method"] == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                out.append(" ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", [])))
            elif e["method"] == "Log.entryAdded" and p["entry"].get("level") == "error":
                out.append(p["entry"].get("text", ""))
        return out

    def screenshot(self, path: Path) -> None:
        data = self.call("Page.captureScreenshot", session=True, format="png")["data"]
        path.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        try:
            self.call("Browser.close")
        except Exception:  # noqa: BLE001 - already gone
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._cmd_w)
        os.close(self._res_r)
        shutil.rmtree(self._profile, ignore_errors=True)


PICK_FINDING = """(need) => {
  const data = JSON.parse(document.getElementById('finder-data').textContent).findings;
  const card = [...document.querySelectorAll('.finding')].find(c => !need || data[c.id].sentences.length);
  if (!card) { return null; }
  card.scrollIntoView({block: 'nearest'});
  const r = card.getBoundingClientRect();
  return {id: card.id, x: r.left + r.width / 2, y: r.top + Math.min(r.height / 2, 12)}; }"""
TARGET_STATE = """(fid) => {
  const card = document.getElementById(fid);
  const t = JSON.parse(document.getElementById('finder-data').textContent).findings[fid];
  const id = t.sentences[0] || t.claims[0] || t.cells[0];
  const el = document.getElementById(id); const r = el.getBoundingClientRect();
  const pane = el.closest('.pane').getBoundingClientRect();
  return {finding: fid, id: id, lit: el.classList.contains('target'), active: card.classList.contains('active'),
          visible: r.bottom > Math.max(0, pane.top) && r.top < Math.min(innerHeight, pane.bottom),
          text: el.textContent}; }"""


def click_finding(browser: Chromium, with_sentence: bool = False) -> dict[str, Any] | None:
    """Click the first finding card (the first one that points at a sentence, if asked) like a
    user; report whether its first target is highlighted and inside the visible pane."""
    box = browser.js(f"({PICK_FINDING})({json.dumps(with_sentence)})")
    if box is None:
        return None
    browser.click(box["x"], box["y"])
    time.sleep(0.3)
    return browser.js(f"({TARGET_STATE})({json.dumps(box['id'])})")


# --------------------------------------------------------------------------- the reports
def corpus_groups(root: Path = ROOT) -> dict[str, list[Path]]:
    """Report name -> its files; a -narrative / -tables pair becomes one report."""
    groups: dict[str, list[Path]] = defaultdict(list)
    files = sorted((root / "corpora/seeds").glob("*.txt")) + sorted((root / "corpora/pdfs").glob("*.pdf"))
    for f in files:
        stem = f.stem
        for suffix in PART_SUFFIXES:
            if stem.endswith(suffix):
                stem = stem[: -len(suffix)]
        groups[stem].append(f)
    for name in groups:  # narrative before tables
        groups[name].sort(key=lambda p: (not p.stem.endswith("-narrative"), p.name))
    return dict(groups)


def write_report(name: str, files: list[Path], out: Path) -> dict[str, Any]:
    from finder.analysis import analyse
    from finder.render import html, json_out

    rel = [str(f.relative_to(ROOT)) if f.is_relative_to(ROOT) else str(f) for f in files]
    try:
        a = analyse(rel)
    except Exception as exc:  # noqa: BLE001 - one bad report must not stop the others
        return {"name": name, "files": rel, "error": f"{type(exc).__name__}: {exc}"}
    (out / f"{name}.html").write_text(html.render(a), "utf-8")
    (out / f"{name}.json").write_text(json_out.render(a) + "\n", "utf-8")
    return {"name": name, "files": rel, "title": a.report.title, "summary": json_out.summary(a)}


def write_index(rows: list[dict[str, Any]], out: Path) -> None:
    from finder.render.html import esc

    items = []
    for r in rows:
        if "error" in r:
            items.append(f"<tr><td>{esc(r['name'])}</td><td colspan=4>未能生成：{esc(r['error'])}</td></tr>")
            continue
        s = r["summary"]
        items.append(f'<tr><td><a href="{esc(r["name"])}.html">{esc(r["title"] or r["name"])}</a></td>'
                     f"<td>{esc('、'.join(Path(f).name for f in r['files']))}</td><td>{s['claims']}</td>"
                     f"<td>{s['verified']} / {s['contradicted']} / {s['unverifiable']}</td>"
                     f"<td>{s['findings']['error']} / {s['findings']['warning']} / {s['findings']['info']}</td></tr>")
    page = ("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>finder 报告</title>"
            "<style>body{font:14px sans-serif;margin:20px}td,th{border:1px solid #ccc;padding:3px 6px}"
            "table{border-collapse:collapse}</style></head><body><h1>finder 报告</h1>"
            "<p>由 <code>python scripts/make_reports.py</code> 生成。</p><table><tr><th>报告</th><th>文件</th>"
            "<th>表述</th><th>已核实 / 矛盾 / 无法核实</th><th>错误 / 警告 / 提示</th></tr>"
            + "".join(items) + "</table></body></html>\n")
    (out / "index.html").write_text(page, "utf-8")


def screenshots(html_path: Path, out: Path) -> list[str]:
    binary = chromium_binary()
    if binary is None:
        return ["no Chromium binary: screenshots skipped"]
    browser = Chromium(binary)
    try:
        browser.open(html_path)
        browser.screenshot(out / f"{html_path.stem}.png")
        state = click_finding(browser, with_sentence=True) or click_finding(browser)
        browser.screenshot(out / f"{html_path.stem}_click.png")
        return browser.console_errors() + ([] if not state or state["visible"] else ["finding target not in view"])
    finally:
        browser.close()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", default=str(ROOT / "reports"), help="output folder (default reports/)")
    p.add_argument("--no-screenshots", action="store_true")
    args = p.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    rows = []
    for name, files in corpus_groups().items():
        rows.append(write_report(name, files, out))
        print(f"{name}: " + (rows[-1].get("error") or json.dumps(rows[-1]["summary"]["findings"])), flush=True)
    write_index(rows, out)
    shot = out / f"{SCREENSHOT_OF}.html"
    if not args.no_screenshots and shot.exists():
        for problem in screenshots(shot, out):
            print(f"screenshot: {problem}", file=sys.stderr)
    return 1 if any("error" in r for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
