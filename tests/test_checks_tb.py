"""TB checks on tables of seed 000 (公开01/03/05/06/09 表), built row by row from the printed TAB lines.

The text ingest is not in yet, so the tables are assembled here from the seed's own lines
(cells parsed with finder.numbers.parse); tampered copies show that each check can fail.
"""
from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path

import pytest

from finder.analysis import Analysis
from finder.checks import tb  # noqa: F401 - registers TB01-TB04
from finder.checks.registry import CheckOptions, get
from finder.model import Cell, Report, Row, Table
from finder.numbers.parse import parse_cell

SEED = Path(__file__).resolve().parent.parent / "corpora" / "seeds" / "000_601db7814e7d3dfd.txt"


def _cell(raw: str, column: tuple[str, ...]) -> Cell:
    v = parse_cell(raw)
    return Cell(raw, v.kind, v.value, v.decimals, v.target, column)


def _block(lines: list[str], header: int) -> list[tuple[int, list[str]]]:
    """(1-based line, cells) of the TAB rows after line `header` up to the next blank line."""
    out = []
    for i in range(header, len(lines)):
        if not lines[i].strip():
            break
        out.append((i + 1, lines[i].split("\t")))
    return out


def _coded(lines, header, tid, title, columns, code_at, label_at, first_value) -> Table:
    rows = []
    for ln, cells in _block(lines, header):
        code = cells[code_at].split(" ")[0] if cells[code_at][:3].isdigit() else None
        label = cells[label_at] if code is None or cells[label_at] else cells[code_at]
        label = label.split(" ", 1)[1] if code and label.startswith(code) else label
        vals = cells[first_value:first_value + len(columns)]
        rows.append(Row(label, [_cell(v, c) for v, c in zip(vals, columns)], code=code,
                        level={3: 1, 5: 2, 7: 3}.get(len(code or "")), location=ln, raw=lines[ln - 1]))
    return Table(title, rows, columns, id=tid, location=header)


def _two_sided(lines, header, tid, title, left, right) -> Table:
    rows = []
    for ln, cells in _block(lines, header):
        cells += [""] * (3 + 2 + len(right) - len(cells))
        if cells[0].strip():
            rows.append(Row(cells[0], [_cell(cells[2], left)], location=ln, side="收入", raw=lines[ln - 1]))
        if cells[3].strip():
            vals = cells[5:5 + len(right)]
            rows.append(Row(cells[3], [_cell(v, c) for v, c in zip(vals, right)], location=ln, side="支出",
                            raw=lines[ln - 1]))
    return Table(title, rows, [left, *right], id=tid, location=header)


def _basic(lines, header) -> Table:
    """公开06表: three (code, name, amount) blocks side by side, one Row per block entry."""
    rows = []
    for ln, cells in _block(lines, header):
        cells += [""] * (9 - len(cells))
        for k in range(3):
            code, name, amt = cells[3 * k:3 * k + 3]
            if not (code or name):
                continue
            if "合计" in code:          # 人员经费合计 / 公用经费合计: the amount is the last figure
                name, amt = code, next((x for x in cells[3 * k + 1:] if x.strip()), "")
            side = "人员经费" if k == 0 else "公用经费"
            c = code.strip() if code.strip().isdigit() else None
            rows.append(Row(name or code, [_cell(amt, ("金额",))], code=c, location=ln, side=side,
                            raw=lines[ln - 1]))
    for r in rows:                       # totals are table-wide, not per block
        if "合计" in r.label:
            r.side = ""
    return Table("一般公共预算财政拨款基本支出决算表", rows, [("金额",)], id="gpb_basic_expense", location=header)


@pytest.fixture(scope="module")
def report() -> Report:
    lines = SEED.read_text(encoding="utf-8").split("\n")
    amount = ("金额",)
    t01 = _two_sided(lines, 95, "income_expense_summary", "收入支出决算总表", amount, [amount])
    t03 = _coded(lines, 193, "expense", "支出决算表",
                 [("本年支出合计",), ("基本支出",), ("项目支出",), ("上缴上级支出",), ("经营支出",),
                  ("对附属单位补助支出",)], 0, 3, 4)
    t04 = _two_sided(lines, 242, "fiscal_summary", "财政拨款收入支出决算总表", amount,
                     [("合计",), ("一般公共预算财政拨款",), ("政府性基金预算财政拨款",), ("国有资本经营预算财政拨款",)])
    t05 = _coded(lines, 292, "gpb_expense", "一般公共预算财政拨款支出决算表",
                 [("本年支出合计",), ("基本支出",), ("项目支出",)], 0, 2, 3)
    t06 = _basic(lines, 338)
    t09 = _coded(lines, 421, "three_public", "财政拨款“三公”经费支出决算表",
                 [("年初预算数",), ("全年预算数",), ("决算数",)], 0, 0, 2)
    r = Report(str(SEED), "text", "", year=2024, tables=[t01, t03, t04, t05, t06, t09])
    return r


def run(code: str, report: Report) -> list:
    return list(get(code).run(Analysis(report), CheckOptions()))


def tamper(report: Report, tid: str, label: str, column: int, raw: str) -> Report:
    r = copy.deepcopy(report)
    t = r.table(tid)
    row = next(x for x in t.rows if label in x.label)
    old = row.cells[column]
    row.cells[column] = _cell(raw, old.column)
    return r


def test_seed_tables_assembled(report):
    t03 = report.table("expense")
    assert t03.row_by_code("201").cells[0].raw == "549.27"
    assert report.table("gpb_basic_expense").row_by_code("30217").cells[0].value == Decimal("1.78")


@pytest.mark.parametrize("code", ["TB01", "TB02", "TB03", "TB04"])
def test_seed_000_tables_are_consistent(report, code):
    # 201 = 449.03 + 2.97 + 90.12 + 7.16 = 549.28 meets 549.27 within the rounding of 4 cells
    assert [f.message for f in run(code, report)] == []


def test_tb01_parent_off_by_ten(report):
    bad = tamper(report, "expense", "一般公共服务支出", 0, "559.27")
    fs = run("TB01", bad)
    assert len(fs) == 1 and fs[0].severity == "error"
    assert fs[0].evidence[0].row == "一般公共服务支出" and fs[0].evidence[0].text == "559.27"
    assert "[549.26, 549.3]" in fs[0].computation


def test_tb01_one_unit_beyond_rounding_is_warning(report):
    # children 449.03+2.97+90.12+7.16 ∈ [549.26, 549.30]; 549.31 ∈ [549.305, 549.315] misses by
    # 0.005 (within one unit of the last digit): warning; 549.32 misses by 0.015: error
    fs = run("TB01", tamper(report, "expense", "一般公共服务支出", 0, "549.31"))
    assert [f.severity for f in fs] == ["warning"]
    fs = run("TB01", tamper(report, "expense", "一般公共服务支出", 0, "549.32"))
    assert [f.severity for f in fs] == ["error"]


def test_tb02_total_column(report):
    fs = run("TB02", tamper(report, "expense", "合计", 2, "120.00"))
    assert any("项目支出" in f.message and f.severity == "error" for f in fs)


def test_tb03_summary_total(report):
    fs = run("TB03", tamper(report, "income_expense_summary", "年初结转和结余", 0, "54.15"))
    assert fs and all(f.severity == "error" for f in fs)
    assert any("总计" in f.message for f in fs)


def test_tb03_three_public_parts(report):
    fs = run("TB03", tamper(report, "three_public", "公务接待费", 2, "2.78"))
    fs = [f for f in fs if f.evidence[0].table == "three_public"]
    # “三公” 1.78 ≠ 0.00 + 0.00 + 2.78, and 公务接待费 2.78 ≠ 国内接待费 1.78 + blank
    assert sorted(f.evidence[0].text for f in fs) == ["1.78", "2.78"]
    assert all(f.severity == "error" for f in fs)


def test_tb04_cross_table(report):
    fs = run("TB04", tamper(report, "expense", "合计", 0, "1,143.84"))
    assert any("1,134.84" in f.message or "1,143.84" in f.message for f in fs)
    # 30217 公务接待费 1.78 (basic only) must not exceed the “三公” 公务接待费 决算数
    fs = run("TB04", tamper(report, "gpb_basic_expense", "公务接待费", 0, "2.78"))
    assert len(fs) == 1 and fs[0].severity == "error"


# ------------------------------------------------------------------ fixtures (tests/fixtures/checks/TB*.yml)
# Same shape as the NT/AR/DR fixtures, except that `tables` may be given per case; a table
# finding's evidence is the printed cell (role reference), so `quote` matches any evidence.
import yaml  # noqa: E402

FIXTURE_DIR = Path(__file__).resolve().parent / "fixtures" / "checks"


def load_fixtures(prefix: str) -> dict[str, dict]:
    return {p.stem: yaml.safe_load(p.read_text("utf-8")) for p in sorted(FIXTURE_DIR.glob(f"{prefix}*.yml"))}


def run_fixture_case(fx: dict, name: str) -> None:
    from finder.checks import _import_all
    from finder.testing import analysis_from

    case = fx["cases"][name]
    _import_all()
    spec = get(fx["check"])
    a = analysis_from(case.get("tables", fx.get("tables")) or {}, case["text"] or "")
    found = list(spec.run(a, CheckOptions()))
    loud = [(f.severity, f.message) for f in found if f.severity in ("error", "warning")]
    if name.startswith("pass_"):
        assert loud == [], loud
    else:
        assert case["expect"], "a fail_ case must expect a finding"
    for want in case.get("expect", []):
        hits = [f for f in found if f.severity == want["severity"]
                and (not want.get("table") or any(e.table == want["table"] for e in f.evidence))
                and any(want["quote"] in e.text for e in f.evidence)]
        assert hits, (want, [(f.severity, f.message, [e.text for e in f.evidence]) for f in found])


TB_FIXTURES = load_fixtures("TB")


def test_every_tb_check_has_pass_and_fail_cases():
    for code in ("TB01", "TB02", "TB03", "TB04"):
        cases = TB_FIXTURES[code]["cases"]
        assert any(n.startswith("pass_") for n in cases) and any(n.startswith("fail_") for n in cases), code


@pytest.mark.parametrize("code,name", [(c, n) for c, fx in TB_FIXTURES.items() for n in fx["cases"]])
def test_tb_fixture_case(code, name):
    run_fixture_case(TB_FIXTURES[code], name)


def test_tb03_three_public_row_name_variants():
    # 公务用车购置及运行费 / 公务用车运行费 (without 维护) are the same rows: a correct table is silent,
    # a broken 合计 is still caught
    from finder.analysis import Analysis
    from finder.ingest.text import from_text

    text = ("二、“三公”经费情况\n财政拨款“三公”经费支出决算表\n单位：万元\n项目\t本年决算数\n合计\t35.20\n"
            "1.因公出国（境）费\t0.00\n2.公务接待费\t9.10\n3.公务用车购置及运行费\t26.10\n"
            "其中：（1）公务用车购置费\t0.00\n（2）公务用车运行费\t26.10\n")
    run = lambda t: list(get("TB03").run(Analysis(from_text(t)), CheckOptions()))  # noqa: E731
    assert run(text) == []
    assert [f.severity for f in run(text.replace("合计\t35.20", "合计\t35.40"))] == ["error"]
