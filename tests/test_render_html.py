"""HTML report: ids, counts and statuses in the page agree with the JSON output; cells are marked."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from finder.analysis import Analysis
from finder.model import Claim, Evidence, Finding, Paragraph, Report, Row, Section, Table, Cell
from finder.numbers.parse import decimals_of, parse_decimal
from finder.render import html as html_render
from finder.render import json_out
from finder.testing import corpus_analysis

ROOT = Path(__file__).resolve().parent.parent
SEED0 = ROOT / "corpora/seeds/000_601db7814e7d3dfd.txt"
# the published reports cover the real corpus, not the PDFs printed from a seed (corpora/synthetic)
# nor the text exports of the corpus PDFs (corpora/text-exports, which have their own tests)
CORPUS = [p for p in sorted((ROOT / "corpora").rglob("*.txt")) + sorted((ROOT / "corpora").rglob("*.pdf"))
          if "synthetic" not in p.parts and "text-exports" not in p.parts]


# ------------------------------------------------------------------ a hand-built analysis
def _line(lines: list[str], head: str, must: str) -> int:
    return next(i for i, s in enumerate(lines) if s.startswith(head) and must in s)


def _claim(cid: str, p: Paragraph, raw: str, status: str, kind: str = "amount", **kw) -> Claim:
    start = p.text.index(raw)
    number = re.match(r"[\d.,]+", raw).group()
    a = p.text.rfind("，", 0, start) + 1
    b = p.text.find("；", start)
    return Claim(cid, kind, raw, parse_decimal(number), decimals_of(number), "%" if "%" in raw else "万元",
                 p, start, start + len(raw), sentence=(a, b if b > 0 else len(p.text)),
                 clause=(a, b if b > 0 else len(p.text)), status=status, extra={"number": number}, **kw)


def summary_table(lines: list[str]) -> Table:
    """The 收入支出决算总表 block of seed 000, split into its income and expense sides."""
    first = _line(lines, "一、一般公共预算财政拨款收入", "\t")
    last = _line(lines, "总计", "\t")
    rows = []
    for n in range(first, last + 1):
        parts = (lines[n].split("\t") + [""] * 6)[:6]
        for side, (label, no, amount) in (("收入", parts[0:3]), ("支出", parts[3:6])):
            if label.strip():
                cells = [Cell(no, "number" if no else "blank"),
                         Cell(amount, "number" if amount else "blank", parse_decimal(amount) if amount else None,
                              decimals_of(amount), column=("金额",))]
                cells[0].column = ("行次",)
                rows.append(Row(label, cells, index=len(rows), location=n + 1, raw=lines[n], side=side))
    return Table("收入支出决算总表", rows, [("行次",), ("金额",)], id="income_expense_summary",
                 number="公开01表", unit="万元", location=first - 3)


def hand_analysis() -> Analysis:
    """Two real paragraphs and the real summary table of seed 000, with claims and findings."""
    text = SEED0.read_text("utf-8")
    lines = text.splitlines()
    root = Section("", 0)
    sec = Section("一、收入决算情况说明", 2, parent=root)
    root.children.append(sec)
    paras = []
    for k, (head, must) in enumerate((("本部门", "收入总计"), ("本部门", "支出总计"))):
        n = _line(lines, head, must)
        paras.append(Paragraph(lines[n], k, sec, [(0, n + 1, 0)], "line"))
    sec.paragraphs = paras
    report = Report(str(SEED0.relative_to(ROOT)), "text", "0" * 64, title="2024 年度部门决算",
                    department="试验区管委会", year=2024, root=root, paragraphs=paras,
                    tables=[summary_table(lines)])
    ref = {"table": "income_expense_summary", "row": "本年收入合计", "column": "金额", "text": "1,089.69"}
    c1 = _claim("C1", paras[0], "1089.69 万元", "verified", checked_against=[ref])
    c2 = _claim("C2", paras[0], "45.15 万元", "verified",
                checked_against=[{"table": "income_expense_summary", "row": "年初结转和结余", "column": "金额",
                                  "text": "45.15"}])
    c3 = _claim("C3", paras[1], "10.07%", "contradicted", kind="change_pct")
    c4 = _claim("C4", paras[1], "53.43 万元", "unverifiable", kind="change_abs")
    quote = c3.quote("sentence")
    f1 = Finding("AR01", "error", "下降比例与金额不符：由 0.00 与 53.43 算得下降 100.00%，文中为 10.07%",
                 [Evidence(quote, line=paras[1].location)], "53.43/(0.00+53.43) ∈ [99.97%, 100.03%]",
                 name="change-pct-mismatch", id="F1", claims=["C3"])
    f2 = Finding("NT01", "warning", "本年收入合计与表不符", [Evidence("1089.69 万元", line=paras[0].location),
                 Evidence("1,089.69", table="income_expense_summary", table_title="收入支出决算总表",
                          row="本年收入合计", column="金额", role="reference")], "", id="F2", claims=["C1"])
    f3 = Finding("TX01", "info", "年份表述", [Evidence("本部门2024年度收入总计", line=paras[0].location)], id="F3")
    return Analysis(report, [c1, c2, c3, c4], findings=[f3, f2, f1])


# ------------------------------------------------------------------------ page parsing
class Page(HTMLParser):
    """Collects what the tests compare: claim spans, finding cards, marked cells, scripts, ids."""

    def __init__(self) -> None:
        super().__init__()
        self.claims, self.findings, self.ids, self.cells, self.counts = [], [], set(), {}, {}
        self.scripts, self.external, self.tags, self._in, self._li = [], [], [], None, None

    def handle_starttag(self, tag, attrs):
        d = dict(attrs)
        self.tags.append(tag)
        if "id" in d:
            assert d["id"] not in self.ids, f"duplicate id {d['id']}"
            self.ids.add(d["id"])
        if "data-claim" in d:
            self.claims.append((d["data-claim"], d["data-status"]))
        if "data-finding" in d:
            self.findings.append((d["data-finding"], d["data-severity"], d["id"]))
        if tag == "td" and d.get("class"):
            self.cells[d["id"]] = d["class"]
        if "data-count" in d:
            self._li = d["data-count"]
        if d.get("class") == "n":
            self._in = self._li
        for k in ("src", "href"):
            if k in d and not d[k].startswith("data:"):
                self.external.append(d[k])
        if tag == "script":
            self.scripts.append(d)

    def handle_data(self, data):
        if self._in and data.strip():
            self.counts[self._in] = data.strip()
            self._in = None


def parse_page(text: str) -> Page:
    p = Page()
    p.feed(text)
    return p


def embedded_data(text: str) -> dict:
    m = re.search(r'<script type="application/json" id="finder-data">(.*?)</script>', text, re.S)
    return json.loads(m.group(1))


@pytest.fixture(scope="module")
def hand():
    a = hand_analysis()
    return a, html_render.render(a, generated="2025-01-01T00:00:00+08:00"), json.loads(json_out.render(a))


def test_claim_spans_match_json(hand):
    a, page, js = hand
    p = parse_page(page)
    assert sorted(p.claims) == sorted((c["id"], c["status"]) for c in js["claims"])
    assert [s for _, s in p.claims] == ["verified", "verified", "unverifiable", "contradicted"]  # text order


def test_findings_errors_first_and_match_json(hand):
    _, page, js = hand
    p = parse_page(page)
    assert [(f, s) for f, s, _ in p.findings] == [("F1", "error"), ("F2", "warning"), ("F3", "info")]
    assert sorted(f for f, _, _ in p.findings) == sorted(f["id"] for f in js["findings"])


def test_header_counts_match_summary(hand):
    _, page, js = hand
    c = parse_page(page).counts
    s = js["summary"]
    assert c["st-verified"] == str(s["verified"]) == "2"
    assert c["st-contradicted"] == "1" and c["st-unverifiable"] == "1"
    assert (c["sev-error"], c["sev-warning"], c["sev-info"]) == ("1", "1", "1")
    assert c["coverage"].startswith("4/4")
    assert "000_601db7814e7d3dfd.txt" in page and "0" * 64 in page


def test_cells_checked_and_cited_are_marked(hand):
    a, page, _ = hand
    p = parse_page(page)
    t = a.report.tables[0]
    ri = next(i for i, r in enumerate(t.rows) if r.label == "本年收入合计")
    rj = next(i for i, r in enumerate(t.rows) if r.label == "年初结转和结余")
    assert "contradicted" in p.cells[f"t0-r{ri}-c1"]      # cited by a warning finding
    assert "checked" in p.cells[f"t0-r{rj}-c1"]
    assert t.rows[ri].cells[1].raw == "1,089.69"


def test_finding_targets_point_at_elements(hand):
    a, page, _ = hand
    p = parse_page(page)
    data = embedded_data(page)
    f1 = data["findings"]["f-F1"]
    assert f1["claims"] == ["c-C3"] and len(f1["sentences"]) == 1
    f3 = data["findings"]["f-F3"]                          # located by whitespace-free quote search
    assert len(f3["sentences"]) == 1 and f3["cells"] == []
    for t in data["findings"].values():
        for i in t["sentences"] + t["claims"] + t["cells"]:
            assert i in p.ids
    sent = f1["sentences"][0]
    m = re.search(rf'<span class="sent" id="{sent}">(.*?)</span></p>', page, re.S)
    assert "10.07%" in re.sub(r"<[^>]+>", "", m.group(1))


def test_tooltip_names_cell_and_finding(hand):
    _, page, _ = hand
    m = re.search(r'data-claim="C1"[^>]*title="([^"]*)"', page)
    assert "本年收入合计" in m.group(1) and "1,089.69" in m.group(1) and "NT01" in m.group(1)


def test_self_contained(hand):
    _, page, _ = hand
    p = parse_page(page)
    assert p.external == []
    assert all("src" not in s for s in p.scripts)
    assert "<style>" in page and "@import" not in page and "url(" not in page


def test_weave_nests_crossing_spans():
    M = html_render.Mark
    out = html_render.weave("a<b>cdefg", [M(1, 5, 'id="x"', ""), M(3, 7, 'id="y"', "")])
    assert out == 'a<span id="x">&lt;b<span id="y">&gt;c</span></span><span >de</span>fg'


# ------------------------------------------------------------------ real runs, every file
def _run(files: list[str]):
    """The real pipeline on corpus files (every stage has landed: no skip)."""
    from finder.analysis import analyse

    return analyse(files)


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_real_report_html_matches_json(path):
    a = corpus_analysis(str(path))
    page, js = html_render.render(a), json.loads(json_out.render(a))
    p = parse_page(page)
    assert sorted(p.claims) == sorted((c["id"], c["status"]) for c in js["claims"])
    assert sorted(f for f, _, _ in p.findings) == sorted(f["id"] for f in js["findings"])
    sev = [s for _, s, _ in p.findings]
    assert sev == sorted(sev, key=lambda s: html_render.SEVERITY_ORDER[s])
    counts = p.counts
    assert counts["sev-error"] == str(js["summary"]["findings"]["error"])
    assert counts["st-contradicted"] == str(js["summary"]["contradicted"])


def test_claim_in_a_paragraph_the_report_does_not_list_is_still_shown():
    a = hand_analysis()
    extra = Paragraph("附表说明：合计 12.50 万元。", 99, None, [(0, 900, 0)], "line", role="appendix")
    a.claims.append(_claim("C9", extra, "12.50 万元", "unverifiable"))
    p = parse_page(html_render.render(a))
    assert ("C9", "unverifiable") in p.claims and len(p.claims) == 5


def test_make_reports_pairs_a_narrative_with_its_tables():
    import importlib.util
    spec = importlib.util.spec_from_file_location("make_reports", ROOT / "scripts/make_reports.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    groups = mod.corpus_groups()
    assert [f.name for f in groups["jiangsu-npc-2019-budget"]] == [
        "jiangsu-npc-2019-budget-narrative.pdf", "jiangsu-npc-2019-budget-tables.pdf"]
    assert sum(len(v) for v in groups.values()) == len(CORPUS) and len(groups) == len(CORPUS) - 1


def test_tooltip_shows_computations_and_unused_candidates():
    a = hand_analysis()
    c3 = next(c for c in a.claims if c.id == "C3")
    c3.checked_against = [{"computed": "[99.97, 100.03]", "from": "A / (V ∓ A) × 100"}]
    c2 = next(c for c in a.claims if c.id == "C2")
    c2.checked_against[0]["used"] = False
    page = html_render.render(a)
    tip = re.search(r'data-claim="C3"[^>]*title="([^"]*)"', page).group(1)
    assert "计算：from A / (V ∓ A) × 100 → [99.97, 100.03]" in tip and "= \\n" not in tip
    assert "候选，未采用" in re.search(r'data-claim="C2"[^>]*title="([^"]*)"', page).group(1)
    assert "num candidate" in parse_page(page).cells.values()


def test_two_sided_table_prints_sides_side_by_side(hand):
    """收入 and 支出 rows printed on one line share one <tr>; every row and cell keeps its id."""
    a, page, _ = hand
    t = a.report.tables[0]
    table = re.search(r'<table class="tbl" id="t0".*?</table>', page, re.S).group(0)
    trs = re.findall(r"<tbody>(.*?)</tbody>", table, re.S)[0].split("</tr>")
    ri = next(i for i, r in enumerate(t.rows) if r.label == "本年收入合计")
    rj = next(i for i, r in enumerate(t.rows) if r.label == "本年支出合计")
    both = [tr for tr in trs if f'id="t0-r{ri}"' in tr]
    assert len(both) == 1 and f'id="t0-r{rj}"' in both[0] and "1,089.69" in both[0] and "1,134.84" in both[0]
    heads = re.findall(r'<th scope="col">(.*?)</th>', table)
    assert len(heads) == 2 * (1 + 2)                       # per side: label, 行次, 金额
    assert len([tr for tr in trs if "<th" in tr]) < len(t.rows)
    p = parse_page(page)
    for k, r in enumerate(t.rows):
        assert f"t0-r{k}" in p.ids and all(f"t0-r{k}-c{c}" in p.ids for c in range(len(r.cells)))
