"""Metamorphic tests of the appendix checks: the evaluation prose rewritten the way other reports
print the same template must keep the EV/TX verdicts and the claims the EV checks settle.

Transformations touch appendix prose only (after the 绩效 part heading; TAB lines and the lines of
a wrapped 项目支出绩效自评表 stay) and keep every line where it was, so findings are compared by
check, severity and evidence locations, settled claims by line and status. Hard wrapping moves
lines, so there findings are compared by message and claims by their printed number.
"""
from __future__ import annotations

import collections
import random
from pathlib import Path
from typing import Callable

import pytest
import regex

from finder.analysis import analyse

ROOT = Path(__file__).resolve().parent.parent
SEEDS = {"000": ROOT / "corpora" / "seeds" / "000_601db7814e7d3dfd.txt",
         "003": ROOT / "corpora" / "seeds" / "003_6d07ecb03f4a5f80.txt"}
HAN = r"\p{Han}"
PART = regex.compile(r"^[一二三四五六七八九十]+、\S*绩效")                 # 九、预算绩效情况说明
HEADING = regex.compile(r"^[（(][一二三四五六七八九十]+[）)]|^[一二三四五六七八九十]+、")


def prose_lines(text: str) -> list[bool]:
    """Which lines are appendix prose: after the 绩效 part heading, no TAB, and not inside a
    wrapped self-evaluation table (its title up to the first heading after its 总分 row)."""
    out, inside, table, total = [], False, False, False
    for ln in text.split("\n"):
        t = ln.strip()
        inside = inside or bool(PART.match(t))
        if t.endswith("绩效自评表") and len(t) <= 12:
            table, total = True, False
        total = total or (table and t.startswith("总分"))
        if table and total and HEADING.match(t):
            table = False
        out.append(inside and not table and "\t" not in ln)
    return out


def appendix(fn: Callable[[str], str]) -> Callable[[str], str]:
    def apply(text: str) -> str:
        return "\n".join(fn(ln) if keep else ln for ln, keep in zip(text.split("\n"), prose_lines(text)))
    return apply


def subs(pattern: str, repl: str) -> Callable[[str], str]:
    return appendix(lambda ln: regex.sub(pattern, repl, ln))


ITEM_SCORE = r"(?:该项|本项|此项|该指标)(?:指标)?(?:得分|得权重分|得)(?:为)?"
MET = r"达到了既定目标值|达到绩效目标值|达到既定目标值"
ENUM = r"(?:^|(?<=[。；]\s*))(\d{1,2})、"
TRANSFORMS: dict[str, Callable[[str], str]] = {
    "no_spaces": subs(rf"(?<={HAN}|[，。；：（）]) (?=[\d-])|(?<=[\d%％]) (?={HAN}|[，。；])", ""),
    "spaces": subs(rf"(?<={HAN})(?=\d)|(?<=\d)(?={HAN})", " "),
    "full_width": appendix(lambda ln: ln.translate(str.maketrans("0123456789%.", "０１２３４５６７８９％．"))),
    "score_de": subs(ITEM_SCORE, "该项得"),
    "score_defen": subs(ITEM_SCORE, "该项得分"),
    "score_defen_wei": subs(ITEM_SCORE, "该项得分为"),
    "score_zhibiao": subs(ITEM_SCORE, "该指标得"),
    "score_quanzhong": subs(ITEM_SCORE, "该项得权重分"),
    "score_bare": subs(ITEM_SCORE, "得分为"),            # '根据既定评分标准，得分为 2 分'
    "met_jiding": subs(MET, "达到了既定目标值"),
    "met_jixiao": subs(MET, "达到绩效目标值"),
    "met_wancheng": subs(MET, "完成目标"),
    "met_shixian": subs(MET, "实现目标"),
    "enum_dot": subs(ENUM, r"\1."),
    "enum_paren": subs(ENUM, r"（\1）"),
    "enum_ascii_paren": subs(ENUM, r"(\1)"),
}


def hard_wrap(text: str, width: int = 30) -> str:
    """Cut every appendix prose line longer than `width` every `width` characters (numbers too),
    with blank lines sprinkled in, as seed 003's extraction prints."""
    rng, out = random.Random(1), []
    for line, keep in zip(text.split("\n"), prose_lines(text)):
        if not keep or len(line) <= width + 2:
            out.append(line)
            continue
        for k in range(0, len(line), width):
            out.append(line[k:k + width])
            if rng.random() < 0.15:
                out.append("")
    return "\n".join(out)


def _ev_tx(f) -> bool:
    return f.check[:2] in ("EV", "TX")


def verdicts(a) -> collections.Counter:
    """EV/TX findings (every severity) by check, severity and evidence locations."""
    return collections.Counter((f.check, f.severity, tuple(sorted({(e.role, e.line or 0, e.table or "", e.column or "")
                                                                   for e in f.evidence})))
                               for f in a.findings if _ev_tx(f))


def _ev_checks(c) -> str:
    return " ".join(sorted({r["check"] for r in c.checked_against if str(r.get("check", "")).startswith("EV")}))


def settled(a, by_line: bool = True) -> collections.Counter:
    """Claims the EV checks compared: (line or printed number, status, checks)."""
    return collections.Counter((c.paragraph.locate(c.start) if by_line else regex.sub(r"\s", "", c.raw),
                                c.status, _ev_checks(c)) for c in a.claims if _ev_checks(c))


@pytest.fixture(scope="module")
def originals():
    return {k: analyse([str(p)]) for k, p in SEEDS.items()}


def _variant(tmp_path_factory, seed: str, name: str, fn: Callable[[str], str]):
    text = SEEDS[seed].read_text(encoding="utf-8")
    new = fn(text)
    assert new != text, name                       # the transformation changed something
    out = tmp_path_factory.mktemp("meta_app") / f"{seed}_{name}.txt"
    out.write_text(new, encoding="utf-8")
    return analyse([str(out)])


def _changes(seed: str, name: str) -> bool:
    text = SEEDS[seed].read_text(encoding="utf-8")
    return TRANSFORMS[name](text) != text


CASES = [(s, n) for s in SEEDS for n in TRANSFORMS if _changes(s, n)]


def test_every_transformation_applies_to_some_seed():
    assert {n for _, n in CASES} == set(TRANSFORMS)
    assert sum(s == "003" for s, _ in CASES) >= 14


@pytest.mark.parametrize("seed,name", CASES)
def test_rewritten_appendix_keeps_ev_tx_verdicts(originals, tmp_path_factory, seed, name):
    base = originals[seed]
    a = _variant(tmp_path_factory, seed, name, TRANSFORMS[name])
    assert verdicts(a) == verdicts(base)
    assert settled(a) == settled(base)


def test_originals_have_verdicts_to_keep(originals):
    assert sum(verdicts(originals["000"]).values()) >= 12
    assert sum(verdicts(originals["003"]).values()) >= 20
    assert settled(originals["000"])[(868, "contradicted", "EV06")] == 1
    assert sum(settled(originals["003"]).values()) >= 10


@pytest.fixture(scope="module")
def wrapped000(tmp_path_factory):
    return _variant(tmp_path_factory, "000", "wrap30", hard_wrap)


def test_hard_wrapped_appendix_keeps_ev_findings_and_contradictions(originals, wrapped000):
    """Seed 000's appendix cut every 30 characters (seed 003 is printed that way already)."""
    base = originals["000"]
    msgs = lambda a: collections.Counter((f.check, f.severity, f.message)  # noqa: E731
                                         for f in a.findings if f.check.startswith("EV") or f.severity == "error")
    assert msgs(wrapped000) == msgs(base)
    bad = lambda a: {k: v for k, v in settled(a, by_line=False).items() if k[1] == "contradicted"}  # noqa: E731
    assert bad(wrapped000) == bad(base) and len(bad(base)) >= 8


def test_hard_wrapped_appendix_keeps_every_status_and_warning(originals, wrapped000):
    base = originals["000"]
    tx = lambda a: collections.Counter((f.check, f.message) for f in a.findings if f.check.startswith("TX"))  # noqa: E731
    assert tx(wrapped000) == tx(base)
    assert settled(wrapped000, by_line=False) == settled(base, by_line=False)
