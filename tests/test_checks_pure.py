"""Checks are pure: a check only yields Findings and Settlements; finder.checks.run settles the claims
after every check has run, with the ledger rule the EV checks used when they edited claims in place."""
from __future__ import annotations

import copy
import json

import pytest

from finder import checks, link
from finder.analysis import Analysis, extract, parse
from finder.checks.ledger import Settlement, apply
from finder.model import Finding
from finder.testing import claim, paragraph

SEEDS = {"000": "corpora/seeds/000_601db7814e7d3dfd.txt", "003": "corpora/seeds/003_6d07ecb03f4a5f80.txt"}

# Seed 000's appendix claims as `finder check --format json` settled them before this change
# (EV checks editing claims in place): (line, printed number) -> (status, checks that settled it).
SEED0_EV_LEDGER = {
    (547, "1 个"): ("contradicted", "EV13"), (547, "130 万元"): ("verified", "EV13"),
    (569, "4个"): ("contradicted", "EV05"), (569, "10个"): ("contradicted", "EV05"),
    (569, "40分"): ("verified", "EV04"), (569, "39.5分"): ("contradicted", "EV04"),
    (569, "98.75%"): ("contradicted", "EV03 EV04"), (826, "94.6 分"): ("verified", "EV04"),
    (846, "3 个"): ("verified", "EV05"), (846, "16 个"): ("verified", "EV05"),
    (846, "40 分"): ("verified", "EV04"), (846, "100%"): ("verified", "EV03 EV04"),
    (868, "47 篇"): ("verified", "EV07"), (868, "2 分"): ("contradicted", "EV06"),
    (870, "462 条"): ("verified", "EV07"), (872, "2 分"): ("contradicted", "EV06"),
    (874, "15 个"): ("verified", "EV07"), (874, "2 分"): ("contradicted", "EV06"),
    (876, "60 个"): ("verified", "EV07"), (876, "2 分"): ("verified", "EV06"),
    (878, "1209 亿元"): ("verified", "EV07"), (878, "2 分"): ("verified", "EV06"),
    (882, "208 亿元"): ("verified", "EV07"), (882, "2 分"): ("verified", "EV06"),
    (884, "140 项"): ("verified", "EV07"), (884, "2 分"): ("verified", "EV06"),
    (886, "2 分"): ("verified", "EV06"), (890, "3分"): ("contradicted", "EV06"),
    (892, "89.48%"): ("contradicted", "EV07"), (892, "3分"): ("verified", "EV06"),
    (894, "84.59%"): ("contradicted", "EV07 EV08"), (894, "3分"): ("verified", "EV06"),
    (898, "92.57%"): ("verified", "EV07"), (898, "3 分"): ("verified", "EV06"),
    (900, "3 分"): ("verified", "EV06"), (902, "3 分"): ("verified", "EV06"),
    (906, "3 个"): ("verified", "EV05"), (906, "7 个"): ("verified", "EV05"),
    (906, "25 分"): ("verified", "EV04"), (906, "21.1 分"): ("verified", "EV04"),
    (906, "84.4%"): ("verified", "EV03 EV04"), (920, "4分"): ("verified", "EV06"),
    (922, "2.8分"): ("verified", "EV06"), (926, "2.1 分"): ("verified", "EV06"),
    (928, "2.1 分"): ("verified", "EV06"), (934, "5 分"): ("verified", "EV06"),
    (938, "2.1 分"): ("verified", "EV06"), (942, "3分"): ("verified", "EV06"),
}


def _linked(path: str) -> Analysis:
    a = extract(parse([path]))
    link.resolve(a)
    return a


def _snapshot(a: Analysis) -> list[str]:
    """Everything a check could change on a claim, deep-copied into comparable text."""
    return [json.dumps([c.id, c.kind, str(c.value), c.status, c.reason, copy.deepcopy(c.checked_against),
                        c.subject, c.concept, c.period, c.direction, c.approx, c.whole],
                       ensure_ascii=False, sort_keys=True, default=str) for c in a.claims]


@pytest.fixture(scope="module", params=sorted(SEEDS))
def linked(request) -> Analysis:
    return _linked(SEEDS[request.param])


@pytest.fixture(scope="module")
def seed0_checked() -> Analysis:
    a = _linked(SEEDS["000"])
    a.findings = checks.run(a)
    return a


def test_each_check_leaves_claims_unchanged(linked):
    checks._import_all()
    before = _snapshot(linked)
    settled = 0
    for spec in checks.all_checks():
        out = list(spec.run(linked, checks.CheckOptions()))
        assert all(isinstance(x, (Finding, Settlement)) for x in out), spec.code
        settled += sum(isinstance(x, Settlement) for x in out)
        assert _snapshot(linked) == before, f"{spec.code} changed a claim"
    assert settled >= 10          # the EV checks did compare claims: they only reported it


def test_running_twice_gives_identical_findings_and_statuses():
    a = _linked(SEEDS["000"])
    first = [(f.id, f.check, f.severity, f.message, f.claims) for f in checks.run(a)]
    statuses = _snapshot(a)
    second = [(f.id, f.check, f.severity, f.message, f.claims) for f in checks.run(a)]
    assert first == second and len(first) > 20
    assert _snapshot(a) == statuses


def test_seed0_ledger_equals_the_in_place_ledger(seed0_checked):
    got = {}
    for c in seed0_checked.claims:
        evs = sorted({r["check"] for r in c.checked_against if str(r.get("check", "")).startswith("EV")})
        if evs:
            got[(c.paragraph.locate(c.start), c.raw)] = (c.status, " ".join(evs))
    assert got == SEED0_EV_LEDGER


def test_findings_name_the_settled_claims(seed0_checked):
    by_id = {c.id: c for c in seed0_checked.claims}
    ev06 = [f for f in seed0_checked.findings if f.check == "EV06" and f.severity == "error"]
    assert len(ev06) == 4
    for f in ev06:
        assert f.claims and all(by_id[i].status == "contradicted" for i in f.claims)


def test_apply_never_downgrades_a_contradiction():
    p = paragraph("该项得分 2 分。")
    c = claim(p, "2", unit="分", kind="score")
    apply([c], [Settlement(c.id, False, "EV06", computation="文字 2 vs 表 3"),
                Settlement(c.id, True, "EV04", computation="一致")])
    assert c.status == "contradicted" and c.reason == "与绩效自评表/说明不符"
    assert [r["check"] for r in c.checked_against] == ["EV06", "EV04"]
    d = claim(p, "2", unit="分", kind="score")
    apply([d], [Settlement(d.id, True, "EV06"), Settlement(d.id, True, "EV06")])
    assert d.status == "verified" and d.checked_against == []
