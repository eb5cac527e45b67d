"""Metamorphic tests: a report rewritten the way other regions print the same template must keep
its verdicts (error findings at the same places, as many claims, as many verified).

Each transformation rewrites prose lines only (TAB table lines and 金额单位 lines stay) and keeps
every line where it was, so a finding is compared by its check and the locations of its evidence,
not by its message (a restated amount prints other digits).
"""
from __future__ import annotations

import collections
from decimal import Decimal
from pathlib import Path
from typing import Callable

import pytest
import regex

from finder.analysis import analyse

ROOT = Path(__file__).resolve().parent.parent
SEED000 = ROOT / "corpora" / "seeds" / "000_601db7814e7d3dfd.txt"
SEED003 = ROOT / "corpora" / "seeds" / "003_6d07ecb03f4a5f80.txt"
PUTUO = ROOT / "corpora" / "pdfs" / "putuo-finance-bureau-2024-final.pdf"
HAN = r"\p{Han}"


def prose(fn: Callable[[str], str]) -> Callable[[str], str]:
    def apply(text: str) -> str:
        return "\n".join(ln if "\t" in ln or "金额单位" in ln else fn(ln) for ln in text.split("\n"))
    return apply


def swaps(*pairs: tuple[str, str]) -> Callable[[str], str]:
    def apply(line: str) -> str:
        for old, new in pairs:
            line = line.replace(old, new)
        return line
    return prose(apply)


def _yuan(m: regex.Match) -> str:
    """'1.78 万元' -> '17,800 元 ...': only exact restatements (2 decimals of 万元 = whole 百元)."""
    return f"{int(m.group(1)) * 10000 + int(m.group(2)) * 100:,} 元"


def _yi(m: regex.Match) -> str:
    """'1134.84 万元' -> '0.113484 亿元' (the same digits, exactly)."""
    return f"{Decimal(int(m.group(1)) * 100 + int(m.group(2))).scaleb(-6):f} 亿元"


_WAN = regex.compile(r"(?<![\d.,])(\d+)\.(\d\d)\s*万元")
TRANSFORMS: dict[str, Callable[[str], str]] = {
    # PDFs print no space between Chinese and digits; other extractions add one everywhere
    "no_spaces": prose(lambda ln: regex.sub(rf"(?<={HAN}|[，。；：（）]) (?=[\d-])|(?<=[\d%％]) (?={HAN})", "", ln)),
    "spaces": prose(lambda ln: regex.sub(rf"(?<={HAN})(?=\d)|(?<=\d)(?={HAN})", " ", ln)),
    "thousands": prose(lambda ln: regex.sub(r"(?<![\d.,])(\d{1,3})(\d{3})\.(\d\d)(?!\d)", r"\1,\2.\3", ln)),
    "full_width": prose(lambda ln: ln.translate(str.maketrans("0123456789%.", "０１２３４５６７８９％．"))),
    # full-width figures in the tables too (the self-evaluation tables' scores crashed the EV checks)
    "full_width_tables": lambda text: text.translate(str.maketrans("0123456789%.", "０１２３４５６７８９％．")),
    "yuan": prose(lambda ln: _WAN.sub(_yuan, ln)),
    "yi": prose(lambda ln: _WAN.sub(_yi, ln)),
    "synonyms_a": swaps(("比上年", "较上年"), ("增加", "增长"), ("下降", "降低"), ("，占 ", "，占比为 "),
                        ("完成年初预算的", "为年初预算的"), ("主要原因：", "原因："), ("与上年持平", "与上年相比无变化")),
    "synonyms_b": swaps(("比上年", "与上年相比"), ("增长", "上升"), ("，占 ", "，所占比例为 "),
                        ("主要原因：", "主要原因是"), ("完成全年预算的", "为全年预算的")),
    "synonyms_c": swaps(("比上年", "同比"), ("增长", "提高"), ("减少", "下降"), ("完成年初预算的 ", "年初预算完成率为 ")),
    "synonyms_d": prose(lambda ln: regex.sub(r"(增加|减少) (\d)", r"\1了 \2", regex.sub(r"下降 (\d)", r"降幅为 \1",
                                             ln.replace("主要原因：", "主要是由于")))),
    "aside": swaps(("本年收入合计 ", "本年收入合计（含财政拨款收入和其他收入）"),
                   ("本年收入的具体构成：财政拨款收入 849.17 万元，占 77.93%；事业收入 0.00 万元，占 0.00%；",
                    "本年收入的具体构成：事业收入 0.00 万元，占 0.00%；财政拨款收入 849.17 万元，占 77.93%；")),
}


def verdicts(a) -> set[tuple]:
    """Error findings by check and evidence locations (messages and row labels may print rewritten text)."""
    return {(f.check, tuple(sorted({(e.role, e.line or 0, e.page or 0, e.table or "", e.column or "")
                                    for e in f.evidence}))) for f in a.findings if f.severity == "error"}


def statuses(a) -> collections.Counter:
    return collections.Counter(c.status for c in a.claims)


@pytest.fixture(scope="module")
def originals():
    return {p.name: analyse([str(p)]) for p in (SEED000, SEED003)}


def _variant(tmp_path_factory, seed: Path, name: str):
    text = TRANSFORMS[name](seed.read_text(encoding="utf-8"))
    out = tmp_path_factory.mktemp("meta") / f"{name}.txt"
    out.write_text(text, encoding="utf-8")
    assert text != seed.read_text(encoding="utf-8"), name      # the transformation changed something
    return analyse([str(out)])


TRANSFORMS["short_units"] = prose(lambda ln: ln.replace(" 万元", "万"))        # '849.17万', '100万（含）以上'
EXACT = [n for n in TRANSFORMS if n not in ("yuan", "short_units")]


@pytest.mark.parametrize("name", EXACT)
def test_seed000_rewritten_keeps_its_verdicts(originals, tmp_path_factory, name):
    base = originals[SEED000.name]
    a = _variant(tmp_path_factory, SEED000, name)
    assert verdicts(a) == verdicts(base)
    assert len(a.claims) == len(base.claims)
    assert statuses(a) == statuses(base)


def test_seed000_amounts_restated_in_yuan_link_alike(originals, tmp_path_factory):
    """'1.78 万元' -> '17,800 元' prints a narrower interval (±0.5 元, not ±50 元), so rates
    recomputed from it may newly disagree; the table links must not change."""
    base = originals[SEED000.name]
    a = _variant(tmp_path_factory, SEED000, "yuan")
    amounts = lambda x: [(c.status, c.extra.get("ref_used") and c.extra["ref_used"].row.label)  # noqa: E731
                         for c in x.claims if c.kind == "amount"]
    assert amounts(a) == amounts(base)
    assert sum(1 for c in a.claims if c.unit == "万元" and c.raw.endswith(" 元")) >= 60
    nt01 = lambda x: {v for v in verdicts(x) if v[0] == "NT01"}  # noqa: E731
    assert nt01(a) == nt01(base)


def test_seed000_short_money_units_keep_the_verdicts(originals, tmp_path_factory):
    base = originals[SEED000.name]
    a = _variant(tmp_path_factory, SEED000, "short_units")
    assert verdicts(a) == verdicts(base)
    assert len(a.claims) == len(base.claims)
    assert statuses(a)["contradicted"] == statuses(base)["contradicted"]


def test_seed000_short_money_units_keep_the_statuses(originals, tmp_path_factory):
    assert statuses(_variant(tmp_path_factory, SEED000, "short_units")) == statuses(originals[SEED000.name])


# seed 003 is hard-wrapped every ~30 characters: a rewrite that changes a line's length changes
# where the flow sees paragraph ends, so its synonyms keep each line's length
TRANSFORMS["same_length_synonyms"] = swaps(("增长", "上升"), ("减少", "下降"), ("较 20", "比 20"), ("与上年持平", "和上年持平"))
SEED003_CASES = ["spaces", "thousands", "yi", "same_length_synonyms", "full_width"]


@pytest.mark.parametrize("name", SEED003_CASES)
def test_seed003_rewritten_keeps_its_verdicts(originals, tmp_path_factory, name):
    base = originals[SEED003.name]
    a = _variant(tmp_path_factory, SEED003, name)
    assert verdicts(a) == verdicts(base)
    assert len(a.claims) == len(base.claims)
    assert statuses(a) == statuses(base)


def test_counts_on_the_originals(originals):
    assert len(verdicts(originals[SEED000.name])) >= 15
    assert statuses(originals[SEED000.name])["verified"] >= 130


# ------------------------------------------------------------------ PDF vs its text export
@pytest.fixture(scope="module")
def putuo_pair(tmp_path_factory):
    from finder.testing import export_pdf_text

    out = tmp_path_factory.mktemp("export") / "putuo.txt"
    out.write_text(export_pdf_text(str(PUTUO)), encoding="utf-8")
    return analyse([str(PUTUO)]), analyse([str(out)])


def test_text_export_of_a_pdf_links_like_the_pdf(putuo_pair):
    pdf, text = putuo_pair
    assert [t.id for t in text.report.tables] == [t.id for t in pdf.report.tables]
    assert len(text.claims) == len(pdf.claims)
    assert statuses(text) == statuses(pdf)
    assert statuses(pdf)["verified"] >= 38
    errs = {(f.check, f.message) for f in pdf.findings if f.severity == "error"}
    assert {(f.check, f.message) for f in text.findings if f.severity == "error"} == errs
    assert any(c == "AR01" and "71.73%" in m for c, m in errs)      # the real defect stays found
