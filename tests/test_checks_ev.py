"""EV checks: a failing and a passing fixture per check (tests/fixtures/checks/EV*.yml), and the
findings on seeds 000 and 003 end to end."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from finder.checks import ev  # noqa: F401 - registers EV01-EV16
from finder.checks.registry import CheckOptions, all_checks, get
from finder.model import Finding
from test_appendix_model import report_from_text, seed_report

HERE = Path(__file__).resolve().parent / "fixtures" / "checks"
FIXTURES = {p.stem: yaml.safe_load(p.read_text("utf-8")) for p in sorted(HERE.glob("EV*.yml"))}
CASES = [(code, name) for code, fx in FIXTURES.items() for name in fx["cases"]]


def run(code: str, report) -> list:
    from finder import link
    from finder.analysis import extract

    spec = get(code)
    a = extract(report)             # the claims too: EV16 reads a score claim's sentence
    link.resolve(a)
    out = []
    for f in spec.run(a, CheckOptions()):
        if isinstance(f, Finding):      # Settlements (verdicts on prose claims) are the runner's
            f.kind = f.kind or spec.kind
            out.append(f)
    return out


def test_every_ev_check_has_pass_and_fail_cases():
    for spec in all_checks():
        if spec.code.startswith("EV"):
            cases = FIXTURES.get(spec.code, {}).get("cases", {})
            assert any(n.startswith("pass_") for n in cases), spec.code
            assert any(n.startswith("fail_") for n in cases), spec.code


@pytest.mark.parametrize("code,name", CASES)
def test_fixture_case(code: str, name: str):
    case = FIXTURES[code]["cases"][name]
    found = run(code, report_from_text(case["text"]))
    if not case["expect"]:
        assert found == [], [f.message for f in found]
        return
    for want in case["expect"]:
        hits = [f for f in found if f.severity == want["severity"]
                and (not want.get("kind") or f.kind == want["kind"])
                and any(want["quote"] in e.text for e in f.evidence if e.role == "claim")]
        assert hits, (want, [(f.severity, f.kind, f.message) for f in found])


# ------------------------------------------------------------------ seeds end to end
@pytest.fixture(scope="module")
def r000():
    return seed_report("000_601db7814e7d3dfd.txt")


@pytest.fixture(scope="module")
def r003():
    return seed_report("003_6d07ecb03f4a5f80.txt")


def _summary(findings) -> list[tuple[str, int | None, str]]:
    return [(f.severity, f.evidence[0].line, f.message) for f in findings]


def test_000_score_sum_and_exceeding_rows(r000):
    sums = run("EV01", r000)
    assert [(f.severity, f.evidence[0].text) for f in sums] == [("error", "总计\t\t\t\t40\t40")]
    assert "42" in sums[0].message
    over = run("EV02", r000)
    assert sorted(f.evidence[0].line for f in over) == [849, 851, 852]
    assert all(f.severity == "error" for f in over)


def test_000_section_totals_and_counts(r000):
    restated = run("EV04", r000)
    assert {f.evidence[0].line for f in restated} == {569}
    assert any("39.5" in f.message for f in restated)
    counts = run("EV05", r000)
    assert len(counts) == 1 and counts[0].evidence[0].line == 569
    assert "3 个二级指标、16 个三级指标" in counts[0].message


def test_000_item_scores_and_targets(r000):
    scores = run("EV06", r000)
    assert sorted(f.evidence[0].line for f in scores) == [868, 872, 874, 890]
    assert all(f.severity == "error" for f in scores)
    missed = run("EV08", r000)
    assert len(missed) == 1 and "84.59%" in missed[0].message and missed[0].severity == "error"
    actual = run("EV07", r000)
    assert [(f.severity, f.evidence[1].line) for f in actual] == [("warning", 860)]
    assert [f.evidence[0].text for f in run("EV10", r000)] == ["协调推进国家试验区重点项目计划总投资额\t1200 亿"]


def test_000_projects_and_coverage(r000):
    count = run("EV13", r000)
    assert len(count) == 1 and count[0].kind == "count_mismatch" and "2 张" in count[0].message
    assert run("EV12", r000) == []
    gaps = run("EV09", r000)
    assert len(gaps) == 1 and gaps[0].evidence[0].text.startswith("13、陶瓷文化旅游目的地项目完成计划投资率。")
    assert run("EV03", r000) == [] and run("EV11", r000) == []


def test_003_wrapped_table_checks(r003):
    sums = run("EV01", r003)
    assert {f.evidence[0].text for f in sums} == {"总分 100 100"} and len(sums) == 2
    assert all("101" in f.message for f in sums)
    scores = run("EV06", r003)
    assert len(scores) == 4 and all("3.2" in f.message for f in scores)
    acc = run("EV11", r003)
    assert [(f.severity, f.evidence[0].text) for f in acc] == [("error", "重大责任事故发生率 100% 100% 5 5")]


def test_003_items_against_rows(r003):
    actual = {f.message.split("”")[0].split("“")[1]: f.severity for f in run("EV07", r003)}
    # '5、签约项目总数' against the row 现场签约项目总数: the row narrows the item (those signed on site), a warning
    assert actual == {"设有国际标准展位数量": "error", "展区总面积": "error", "现场签约项目总数": "warning",
                      "参展企业总数": "warning"}
    missed = run("EV08", r003)
    assert len(missed) == 4
    assert any("1500" in f.message and f.severity == "error" for f in missed)
    assert any("良好" in f.message for f in missed)
    cover = run("EV09", r003)
    assert [len(f.evidence) for f in cover] == [9, 1]


def test_003_project_funds(r003):
    funds = run("EV12", r003)
    assert sorted("610.78" in f.message for f in funds) == [False, True]
    assert any("764.56" in f.message for f in funds)
    stated = run("EV13", r003)
    assert len(stated) == 1 and "137.5" in stated[0].message and stated[0].kind == "narrative_vs_narrative"


def test_000_goal_reported_as_nothing(r000):
    found = run("EV14", r000)
    assert [(f.severity, f.evidence[0].line) for f in found] == [("warning", 589), ("warning", 621)]
    assert "筹备好部省恳谈会、省试验区建设领导小组等工作。" in found[0].evidence[0].text
    assert "100万元" in found[0].message and "30万元" in found[1].message
    assert run("EV15", r000) == []          # its 实施单位 is row 1 of the 单位构成 table


def test_003_implementing_unit_outside_the_units(r003):
    assert run("EV14", r003) == []          # 实际完成情况: 已完成年初设定目标
    found = run("EV15", r003)
    assert len(found) == 1 and found[0].severity == "warning"
    assert [e.line for e in found[0].evidence] == [600, 95]
    assert "景德镇市陶瓷博览会" in found[0].message and "景德镇市特种陶瓷研究所" in found[0].message


# ------------------------------------------------------------------ the claim ledger
@pytest.fixture(scope="module")
def a000():
    from finder.analysis import analyse
    return analyse([str(Path(__file__).resolve().parent.parent / "corpora" / "seeds" / "000_601db7814e7d3dfd.txt")],
                   select=("EV",))


def _claim(a, line, raw, kind="score"):
    hits = [c for c in a.claims if c.line == line and c.raw.replace(" ", "") == raw and c.kind == kind]
    assert len(hits) == 1, (line, raw, [(c.line, c.raw) for c in a.claims if c.line == line])
    return hits[0]


def test_ledger_statuses_from_ev_checks(a000):
    assert _claim(a000, 569, "39.5分").status == "contradicted"      # EV04: 40 elsewhere
    assert _claim(a000, 846, "40分").status == "verified"
    assert _claim(a000, 868, "2分").status == "contradicted"         # EV06: the row scores 3
    assert _claim(a000, 934, "5分").status == "verified"
    by_id = {c.id: c for c in a000.claims}
    ev06 = [f for f in a000.findings if f.check == "EV06"]
    assert ev06 and all(f.claims and by_id[f.claims[0]].kind == "score" for f in ev06)
    assert all(by_id[i].status == "contradicted" for f in ev06 for i in f.claims)
    assert any(r.get("check") == "EV06" and r.get("table") for r in _claim(a000, 868, "2分").checked_against)
