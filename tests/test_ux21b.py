"""What an auditor reads (session 21, ux21b): an unverifiable claim says which figure or item is missing,
in the report's words. Made-up sentences in the style of test_gaps13."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from finder import analysis as pipeline
from finder.checks import CheckOptions
from finder.checks import run as run_checks
from finder.testing import analysis_from

_SUMMARY = {"income_expense_summary": {"title": "收入支出决算总表", "number": "公开01表", "rows": [
    "收入\t\t支出\t", "项目\t决算数\t项目\t决算数", "一、财政拨款收入\t400.00\t一、教育支出\t420.00",
    "二、其他收入\t100.00\t\t", "本年收入合计\t500.00\t本年支出合计\t420.00",
    "年初结转和结余\t30.00\t年末结转和结余\t110.00", "总计\t530.00\t总计\t530.00"]}}
_HEAD = "一、收入支出决算总体情况说明\n\n"


def _reasons(sentence: str, kind: str) -> list[str]:
    a = analysis_from(_SUMMARY, _HEAD + sentence + "\n", 2031)
    return [c.reason for c in a.claims if c.kind == kind and c.status == "unverifiable"]


def test_a_completion_rate_names_the_figure_its_sentence_lacks():
    """'缺少决算数或预算数' did not say which: the plan of '完成年度计划 P%', both figures of a bare
    '资金执行率为 P%'."""
    assert _reasons("2031年已完成年度投资 186 亿元，完成年度计划 89.48%。", "completion") == \
        ["同句未列年度计划数，无法重算完成率"]
    assert _reasons("2031年资金执行率为 100%。", "completion") == ["同句未列实际数和预算数，无法重算完成率"]


def test_a_completion_rate_of_a_zero_budget_says_so():
    """'年初预算为 0 万元，决算为 0 万元，完成预算的 0%': both figures are printed; the budget is zero."""
    assert _reasons("2031年公务接待费年初预算为 0 万元，决算为 0 万元，完成预算的 0%。", "completion") == \
        ["年初预算数为 0万元，无法据以重算完成率"]


def test_a_share_names_its_missing_part_or_whole():
    """'未找到部分或整体的数额' did not say which of the two."""
    assert _reasons("2031年货物采购授予中小企业合同金额占货物支出金额的 60%。", "share") == \
        ["同句未列“货物采购授予中小企业合同金额”的数额，无法重算占比"]
    assert _reasons("2031年其他资金 14.39 万元，占 0.06%。", "share") == \
        ["文中未写明所占整体，亦未找到其总数，无法重算占比"]
    assert _reasons("2031年培训费 10.00 万元，占某某专项资金的 5%。", "share") == \
        ["文中与表中均未找到“某某专项资金”的数额，无法重算占比"]


def test_a_figure_of_no_table_item_quotes_its_name():
    """'未识别所述指标' did not say which words were not recognised."""
    assert _reasons("2031年度培训经费总额 1720.00 万元。", "amount") == ["标准表格中未找到“培训经费总额”一项"]


def _tx01(sentence: str) -> list[str]:
    a = analysis_from(_SUMMARY, _HEAD + sentence + "\n", 2031)
    return [f.message for f in run_checks(a, CheckOptions()) if f.check == "TX01"]


def test_template_residue_is_quoted_to_a_word_or_clause_boundary():
    """TX01 quoted six characters before a placeholder and two after: '“说明：某市XX局本”', '“政拨款支出XXX 万”'.
    A short clause is quoted whole (spaces as one), a long one to the word break nearest the residue or the
    organisation's suffix a placeholder name ends in."""
    assert _tx01("说明：某市XX局本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。") == \
        ["模板占位符“某市XX局”未替换为实际内容"]
    assert _tx01("其中基本支出   XXX 万元，主要用于保障机构运转。") == ["模板占位符“其中基本支出 XXX 万元”未替换为实际内容"]
    assert _tx01("我单位2031年政府性基金支出预算支出万元。") == \
        ["金额单位前缺少数字（“年政府性基金支出预算支出万元”），模板中的金额未填写"]


_SEEDS = Path(__file__).resolve().parent.parent / "corpora" / "seeds"


@lru_cache(maxsize=4)
def _seed(name: str, lang: str):
    return pipeline.analyse([str(_SEEDS / name)], lang=lang)


def test_chinese_computations_and_messages_take_full_width_marks_and_tight_money_units():
    """EV04 read '得分: 39.5 vs 40', EV13 joined its sums with '; ' and EV12/EV13/EV14 printed '100 万元' where
    every other message prints '100万元'. English keeps ': ', '; '."""
    zh = _seed("000_601db7814e7d3dfd.txt", "zh").findings + _seed("003_6d07ecb03f4a5f80.txt", "zh").findings
    ev04 = [f.computation for f in zh if f.check == "EV04"]
    assert ev04 and all(c.startswith(("得分：", "得分率：")) for c in ev04)
    [funds] = [f for f in zh if f.check == "EV13" and "资金" in f.message]
    assert "; " not in funds.computation and "；" in funds.computation and funds.computation.endswith("137.5万元")
    money = [f.message for f in zh if f.check in ("EV12", "EV13", "EV14") and "万元" in f.message]
    assert money and not any(" 万元" in m for m in money)
    en = [f.computation for f in _seed("000_601db7814e7d3dfd.txt", "en").findings if f.check == "EV04"]
    assert en and all(c.startswith(("score: ", "score rate: ")) for c in en)


def test_an_english_run_writes_its_computations_in_english():
    """'文中 100万元 → [99.5, 100.5]；表中 849.17 → …；mismatch', '基数 = …', '文字 2 分 vs 表 3 分（名称相似度 0.90）' in
    an English report: the steps' words and separators come from the run's language; figures stay as printed."""
    def comps(lang: str) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for name in ("000_601db7814e7d3dfd.txt", "003_6d07ecb03f4a5f80.txt"):
            for f in _seed(name, lang).findings:
                out.setdefault(f.check, []).append(f.computation)
        return out
    en, zh = comps("en"), comps("zh")
    assert all(c.startswith("text ") and "; table " in c and "；" not in c for c in en["NT01"])
    assert all(c.startswith("文中 ") and "；表中 " in c for c in zh["NT01"])
    assert any(c.startswith("base = ") and "÷ base × 100" in c for c in en["AR02"])
    assert any(c.startswith("基数 = ") for c in zh["AR02"])
    assert all("; text " in c and "；" not in c for c in en["AR01"] + en["AR03"])
    assert all(c.startswith("text ") and "name similarity" in c for c in en["EV06"] + en["EV07"])
    assert all(c.startswith("score ") for c in en["EV02"])
    assert all("should be equal" in c for c in en["AR04"] if "→" in c and "+" in c)


def test_a_missing_count_is_quoted_from_where_the_numeral_is_missing():
    """'“、产出、效果个方面做出”前缺少数量词': the quote began six characters before the gap, so the message named
    the wrong words to put the numeral before."""
    assert _tx01("本部门从投入、产出、效果个方面做出以下分析。") == ["“个方面做出以下分析”前缺少数量词（几个方面？）"]
