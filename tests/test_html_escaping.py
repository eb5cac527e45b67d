"""A report whose text carries markup (<script>, "><img onerror=...>) yields no live markup in HTML."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path


from finder.analysis import Analysis
from finder.model import Cell, Claim, Evidence, Finding, Paragraph, Report, Row, Table
from finder.render import html as html_render
from test_render_html import _run, embedded_data

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "xss.txt"
PAYLOADS = ("<script>alert(1)</script>", '"><img src=x onerror=alert(2)>')
OUR_TAGS = {"html", "head", "meta", "link", "title", "style", "body", "header", "h1", "h2", "h3", "h4", "p",
            "ul", "ol", "li", "span", "div", "section", "blockquote", "table", "caption", "thead", "tbody",
            "tr", "th", "td", "script"}


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags, self.handlers, self.scripts, self.comments = [], [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.handlers += [k for k, _ in attrs if k.startswith("on")]
        if tag == "script":
            self.scripts.append(dict(attrs))

    def handle_comment(self, data):
        self.comments.append(data)


def hostile_analysis() -> Analysis:
    """The fixture's lines as paragraphs and table, and a finding quoting them verbatim."""
    lines = FIXTURE.read_text("utf-8").splitlines()
    paras = [Paragraph(s, i, None, [(0, n + 1, 0)], "line") for i, (n, s) in
             enumerate((n, s) for n, s in enumerate(lines) if s.startswith("本部门"))]
    trow = next(s for s in lines if s.startswith("本年收入合计"))
    label, no, amount = trow.split("\t")
    table = Table(lines[0], [Row(label, [Cell(no, "number", column=("行次",)), Cell(amount, "number", column=("金额",))])],
                  [("行次",), ("金额",)], id='x"><img src=x onerror=alert(2)>', number=PAYLOADS[0])
    report = Report(PAYLOADS[1], "text", "ab" * 32, title=lines[0], department=PAYLOADS[0], paragraphs=paras,
                    tables=[table])
    raw = "11.11%"
    k = paras[0].text.index(raw)
    claim = Claim(PAYLOADS[1], "change_pct", raw, 0, 2, "%", paras[0], k, k + len(paras[0].text[k:].split("，")[0]),
                  status="contradicted", reason=PAYLOADS[0],
                  checked_against=[{"table": table.id, "row": label, "column": "金额", "text": PAYLOADS[1]}])
    f = Finding("AR01", "error", "message " + PAYLOADS[0], [Evidence(paras[1].text, line=9),
                Evidence(amount, table=table.id, row=label, column="金额", role="reference")],
                computation=PAYLOADS[1] + "</script><!--", name=PAYLOADS[0], id=PAYLOADS[1], claims=[claim.id])
    return Analysis(report, [claim], findings=[f])


def assert_inert(page: str) -> None:
    for p in PAYLOADS:
        assert p not in page
    t = Tags()
    t.feed(page)
    assert set(t.tags) <= OUR_TAGS, set(t.tags) - OUR_TAGS
    assert "img" not in t.tags and t.handlers == [] and t.comments == []
    assert len(t.scripts) == 2 and t.scripts[0] == {"type": "application/json", "id": "finder-data"}
    body = re.findall(r"<script[^>]*>(.*?)</script>", page, re.S)
    assert all("<" not in b for b in body[:1])          # the JSON holds no raw "<" at all


def test_hostile_text_is_inert():
    a = hostile_analysis()
    page = html_render.render(a)
    assert_inert(page)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&quot;&gt;&lt;img src=x onerror=alert(2)&gt;" in page
    data = embedded_data(page)                      # still valid JSON after escaping
    assert len(data["findings"]) == 1 and list(data["claims"].values()) == [["t0-r0-c1"]]


def test_fixture_file_through_the_pipeline():
    a = _run([str(FIXTURE)])
    page = html_render.render(a)
    assert_inert(page)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_embedded_json_cannot_end_the_script_element():
    import json
    value = {"x": "</script><script>alert(1)</script><!-- & \u2028"}
    s = html_render.script_json(value)
    assert "<" not in s and ">" not in s and "&" not in s and "\u2028" not in s
    assert json.loads(s) == value
