"""Under --lang en, the computations a claim was checked with carry no Chinese template words: the
verified paths of AR04 (parts, a lone part, listed changes), AR07, EV07, EV18, TX08 and the change links
wrote theirs as Chinese literals while their findings used templates. Names and figures as printed stay."""
from pathlib import Path

import pytest

from finder import analysis

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
FILES = ["seeds/000_601db7814e7d3dfd.txt", "seeds/003_6d07ecb03f4a5f80.txt", "synthetic/county_filled.txt",
         "synthetic/evaluation_filled.txt", "synthetic/national_filled.txt", "synthetic/unit_filled.txt",
         "synthetic/budget_filled.txt"]
# words of the computations' own Chinese templates (never a report's data)
TEMPLATE_WORDS = ("相符", "不符", "所称", "所列", "目标 ", "文字 ", "表中", "同句所列", "其中仅列一项", "应为",
                  "？是", "？否", "总分在", "张；", "共 ", "其中一项不应超过")


def _computations(lang: str) -> list[tuple[str, str]]:
    out = []
    for name in FILES:
        a = analysis.analyse([str(CORPORA / name)], lang=lang)
        for c in a.claims:
            for ref in c.checked_against:
                for key in ("computed", "from"):
                    if isinstance(ref.get(key), str):
                        out.append((ref.get("check") or key, ref[key]))
    return out


@pytest.fixture(scope="module")
def english() -> list[tuple[str, str]]:
    return _computations("en")


def test_english_computations_have_no_chinese_template_words(english):
    assert len(english) > 100
    bad = [(check, text) for check, text in english if any(w in text for w in TEMPLATE_WORDS)]
    assert not bad, bad[:5]


def test_the_same_computations_stay_chinese_under_zh():
    chinese = [text for _, text in _computations("zh")]
    for word in ("相符", "所称", "文字 ", "目标 ", "总分在", "其中仅列一项"):
        assert any(word in t for t in chinese), word


def test_a_change_on_its_printed_base_names_the_base_in_the_readers_words(tmp_path):
    """'上年为 B，本年 V，增加 A': the link checks A = V − B and says which base it used."""
    text = tmp_path / "r.txt"
    text.write_text("某某局2030年度部门决算\n一、收入支出决算总体情况说明\n"
                    "2030年度收入总计100.00万元，上年为90.00万元，比上年增加10.00万元。\n", encoding="utf-8")
    for lang, words in (("zh", "同句所列上年数"), ("en", "the prior year figure of the same sentence")):
        a = analysis.analyse([str(text)], lang=lang)
        froms = [ref.get("from", "") for c in a.claims for ref in c.checked_against]
        assert any(words in f for f in froms), (lang, froms)


def test_a_doubtful_persons_part_says_why_in_the_readers_language():
    """persons24's notes on why an excess is only a warning are computation words too."""
    from finder.checks import run as run_checks
    from finder.checks.registry import CheckOptions
    from finder.testing import analysis_from

    text = "一、部门基本情况\n2031年末实有人数 31 人，其中在职人员 19 人，年末其他人员 0 人，由社保基金发放养老金的离退休人员 13 人。\n"
    for lang, words in (("zh", "是否计入总数因报告而异"), ("en", "paid by another body")):
        found = [f for f in run_checks(analysis_from({}, text, 2031), CheckOptions(lang=lang)) if f.check == "AR04"]
        assert len(found) == 1 and words in found[0].computation, (lang, found)
