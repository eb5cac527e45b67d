"""Later stages of `finder check` doing less work for the same output (helper session speed25).

Each test counts the work a change removed (a regex run on a paragraph that cannot hold a match, a
derived value recomputed per check); the findings themselves are checked unchanged by the corpus
digest. Every text here is made up: the shape of report wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.checks.dr import reason_heads
from finder.checks.tx import tx01_template_residue as tx01
from finder.testing import analysis_from

_TEXT = """一、收入支出决算总体情况说明
2031年度收入总计 120.00 万元，比上年增加 10.00 万元，增长 9.09%。
二、支出决算情况说明
2031年度支出总计 110.00 万元，比上年减少 5.00 万元，下降 4.35%。本年继续压减一般性支出。
"""


class _Counting:
    """A compiled pattern that counts its scans (finditer / search) and otherwise behaves as itself."""

    def __init__(self, rx):
        self.rx, self.scans = rx, 0

    def __getattr__(self, name):
        return getattr(self.rx, name)

    def finditer(self, *args, **kw):
        self.scans += 1
        return self.rx.finditer(*args, **kw)

    def search(self, *args, **kw):
        self.scans += 1
        return self.rx.search(*args, **kw)


def test_reason_head_pattern_is_not_run_on_a_paragraph_without_a_closer(monkeypatch):
    """DR01's reason-head pattern (a lazy subject of up to 24 characters before a direction word and a
    closer such as 原因) was tried at every position of every narrative paragraph; every head ends with
    a closer word (directions.yml reason_heads.closers), so a paragraph printing none is not scanned.
    A paragraph that prints one still is, and still yields its finding."""
    head, *rest = reason_heads._lex()
    counting = _Counting(head)
    monkeypatch.setattr(reason_heads, "_lex", lambda: (counting, *rest))
    a = analysis_from(None, _TEXT, 2031)
    assert not [f for f in run_checks(a) if f.check == "DR01"]
    assert counting.scans == 0

    text = _TEXT + "三、其他\n2031年度会议费 8.00 万元，较上年减少 2.00 万元。会议费增加的主要原因是会议次数减少。\n"
    a = analysis_from(None, text, 2031)
    found = [f for f in run_checks(a) if f.check == "DR01"]
    assert counting.scans >= 1
    assert [f.severity for f in found] == ["warning"] and "会议费增加" in found[0].message


def test_template_residue_scans_each_paragraph_once_per_pattern(monkeypatch):
    """TX01 first searched every paragraph with one alternation of all its residue patterns, then
    (on a hit) ran each pattern: the alternation defeats the engine's skip to each pattern's literal
    characters and cost about three times the patterns' own scans. Each pattern now scans a paragraph
    once and nothing else does; the residue found is the same."""
    compiled = []
    real_compile = tx01.regex.compile

    def compile_(pattern, *args, **kw):
        compiled.append(pattern)
        return real_compile(pattern, *args, **kw)

    monkeypatch.setattr(tx01.regex, "compile", compile_)
    cache_clear = getattr(getattr(tx01, "_any_pattern", None), "cache_clear", None)
    if cache_clear:
        cache_clear()
    pats = tx01._patterns()
    text = _TEXT + "与上年相比增加（减少）3.00 万元，主要用于XX项目。\n"
    fs = [f for f in run_checks(analysis_from(None, text, 2031)) if f.check == "TX01"]
    assert sorted(v for f in fs for v in f.args["variants"]) == ["choice", "placeholder"]
    joined = [p for p in compiled if isinstance(p, str) and p.count("|(?:") >= len(pats) - 1 > 0]
    assert not joined


def test_base_in_scans_only_the_markers_the_clause_prints(monkeypatch):
    """base_in ran one finditer per base marker of the lexicon (比, 较, 与…相比, 同…) on every clause it
    read; a marker that text[a:b] does not print has no match, and is no longer scanned for. The base read
    is the same."""
    from finder.claims import period_words, vocab

    scanned: list[str] = []
    real = period_words._marker_re

    def marker_re(marker):
        rx = real(marker)
        counting = _Counting(rx)
        orig = counting.finditer

        def finditer(*args, **kw):
            scanned.append(marker)
            return orig(*args, **kw)

        counting.finditer = finditer
        return counting

    monkeypatch.setattr(period_words, "_marker_re", marker_re)
    text = "会议费支出 8.00 万元，比上年减少 2.00 万元"
    got = period_words.base_in(text, 0, len(text), 2031)
    assert got[0] == "上年"
    markers = vocab.load().base_markers + vocab.load().comparative_base_markers
    assert len(markers) > 2
    assert scanned and all(m in text for m in scanned)


def test_find_row_reads_each_side_header_once(monkeypatch):
    """tb.refs.find_row filtered a table's rows by side with on_side on every row (side_flow of the
    row's side header each time: ~3 400 calls a run on seed 000 for ~75 look-ups); a two-sided table
    prints two or three side headers, each now read once per look-up. The row found is the same."""
    from finder.checks.tb import refs
    from finder.testing import table_from

    t = table_from({"title": "收入支出决算总表", "rows": [
        "收入\t\t支出\t",
        "项目\t决算数\t项目\t决算数",
        "一、一般公共预算财政拨款收入\t100.00\t一、一般公共服务支出\t60.00",
        "二、事业收入\t20.00\t二、教育支出\t40.00",
        "三、其他收入\t5.00\t三、卫生健康支出\t25.00",
        "本年收入合计\t125.00\t本年支出合计\t125.00"]})
    assert {r.side for r in t.rows} == {"收入", "支出"}
    calls = []
    real = refs.on_side

    def on_side(row, side):
        calls.append(row.side)
        return real(row, side)

    monkeypatch.setattr(refs, "on_side", on_side)
    sides = {r.side for r in t.rows}
    row = refs.find_row(t, {"row": "本年支出合计", "side": "支出"})
    assert row is not None and row.label.endswith("本年支出合计")
    assert len(calls) <= len(sides) < len(t.rows)


def test_budget_parts_hands_each_part_only_the_claims_naming_it(monkeypatch):
    """NT02's budget parts looked for each part of a whole (基本支出, 项目支出, …) in every claim of the
    whole's section, working out each claim's key once per part, and rebuilt the section's amounts once
    per part. The claims are now grouped by entry once per whole: a part reads the claims naming it, in
    the same order (the nearest still wins, the first on a tie)."""
    from finder.checks.nt import nt02_implied_prior as nt02
    from finder.link.concepts import key_of

    seen: list[tuple[str, list]] = []
    real = nt02._part_budget

    def part_budget(name, scope, w, claims, amounts):
        seen.append((name, [key_of(c) for c in claims]))
        return real(name, scope, w, claims, amounts)

    monkeypatch.setattr(nt02, "_part_budget", part_budget)
    text = ("二、支出决算情况说明\n2031年度支出总计年初预算为 200.00 万元，决算为 190.00 万元。\n"
            "其中：基本支出年初预算为 120.00 万元，决算为 115.00 万元；项目支出年初预算为 90.00 万元，决算为 75.00 万元。\n")
    run_checks(analysis_from(None, text, 2031))
    parts = {name: keys for name, keys in seen if keys}
    assert set(parts) == {"基本支出", "项目支出"}
    assert all(k is not None and k[0] == name for name, keys in seen for k in keys)


def test_list_count_scans_only_paragraphs_printing_a_counted_numeral(monkeypatch):
    """TX08 ran its two count-and-names patterns (a numeral, a counter, up to 8 characters of noun or a
    lazy gap to the next clause, a marker, the names) over every paragraph; both need a numeral right
    before a counter (hygiene.yml list_count.counters), so a paragraph without one is not scanned. A
    count that disagrees with its names is still found."""
    from finder.checks.tx import tx08_list_count as tx08

    near, far = _Counting(tx08._rx()), _Counting(tx08._far_rx())
    monkeypatch.setattr(tx08, "_rx", lambda: near)
    monkeypatch.setattr(tx08, "_far_rx", lambda: far)
    run_checks(analysis_from(None, _TEXT, 2031))
    assert near.scans == far.scans == 0

    text = _TEXT + "三、机构设置\n本部门下设3个处室，分别为综合处、规划处。\n"
    found = [f for f in run_checks(analysis_from(None, text, 2031)) if f.check == "TX08"]
    assert near.scans == far.scans == 1
    assert [f.args["count"] for f in found] == [3]


def test_bare_clause_looks_for_an_enumeration_only_when_it_ends_with_a_colon(monkeypatch):
    """read_bare_clause searched every number-less clause for an enumeration marker before asking
    whether the clause ends with a colon (both must hold for an enumeration header); the colon is now
    asked first, so clauses without one are not searched. The claims read are the same."""
    from finder.claims import vocab

    from dataclasses import replace

    v = vocab.load()
    counting = _Counting(v.enumeration_re)
    counted = replace(v, enumeration_re=counting)
    monkeypatch.setattr(vocab, "load", lambda: counted)
    a = analysis_from(None, _TEXT, 2031)
    assert counting.scans == 0
    text = _TEXT + "三、项目支出\n项目支出 50.00 万元，主要包括：办公设备购置 12.00 万元。\n"
    a = analysis_from(None, text, 2031)
    assert counting.scans >= 1
    assert [c.value for c in a.claims if c.kind == "amount"][-1] == __import__("decimal").Decimal("12.00")
