"""False findings hunted in wordings of regions not in the corpus (session 18): correct sentences, made up
in the way other provinces word the standard sections of 部门决算 and 部门预算, that a reading took for
defects. Each is planted into a filled template (whose tables give its figures) or read on its own."""
from __future__ import annotations

from pathlib import Path

from finder.checks import run as run_checks
from finder.testing import analysis_from, planted

ROOT = Path(__file__).resolve().parent.parent
NATIONAL = ROOT / "corpora" / "synthetic" / "national_filled.txt"
BUDGET = ROOT / "corpora" / "synthetic" / "budget_filled.txt"
_INCOME = "其他收入64.49 万元，占1.55%。"                 # national_filled: the income list's last item
_EXPENSE = "经营支出52.80 万元，占1.27%。"                # national_filled: the spending list's last item
_GPB = "住房保障支出（类）138.25 万元，占3.91%。"         # national_filled: the 一般公共预算 section
_BASIC = "公用经费379.71 万元，主要包括："                # national_filled: the basic spending paragraph
_BUDGET_INCOME = "其他收入60.00 万元，占1.85%。"          # budget_filled: the income list's last item
_BUDGET_SPENDING = "项目支出985.00 万元，占30.44%。"      # budget_filled: the spending list's last item
_HEAD = "一、收入支出决算总体情况说明\n"


def _findings(text: str, year: int = 2024) -> list[tuple[str, str]]:
    return [(f.check, f.severity) for f in run_checks(analysis_from({}, _HEAD + text + "\n", year))
            if f.severity != "info"]


def _new_findings(filled: Path, anchor: str, sentence: str, tmp_path: Path) -> list[tuple[str, str, str]]:
    key = lambda f: (f.check, f.severity, f.message)  # noqa: E731
    base = {key(f) for f in planted(filled, anchor, anchor, tmp_path / "base.txt").findings}
    return [key(f) for f in planted(filled, anchor, anchor + sentence, tmp_path / "planted.txt").findings
            if f.severity != "info" and key(f) not in base]


def _after(filled: Path, anchor: str, at: str, sentence: str, tmp_path: Path) -> list[tuple[str, str, str]]:
    """New findings of `sentence` planted after the sentence of `anchor` that ends at `at`."""
    text = filled.read_text(encoding="utf-8")
    k = text.index(anchor)
    whole = text[k:text.index(at, k) + len(at)]
    return _new_findings(filled, whole, sentence, tmp_path)


def test_a_list_after_a_rate_on_the_budget_lists_the_actual_figure(tmp_path):
    """'…年初预算为 B，支出决算为 A，完成年初预算的 P%，其中：基本支出 a，项目支出 b' (the 中央部门 wording): the
    items took the period of the sentence's first figure of the whole, the budget B, and AR04 held a + b to B
    (an error on a correct sentence). A sentence stating the whole for two periods before its list gives
    the items no period of its own: they are this year's, the actual A's parts."""
    text = ("一般公共预算财政拨款支出年初预算为 3473.15 万元，支出决算为 3538.54 万元，完成年初预算的 101.88%，"
            "其中：基本支出 2639.79 万元，项目支出 {b} 万元。")
    assert _findings(text.format(b="898.75")) == []
    assert {c.period for c in analysis_from({}, _HEAD + text.format(b="898.75") + "\n", 2024).claims
            if c.extra.get("whole_head")} == {"本年"}
    found = _new_findings(NATIONAL, _GPB, text.format(b="888.75"), tmp_path)
    assert ("NT01", "error") in {f[:2] for f in found}   # held to this year's cell
    # the parts of a 财政拨款 figure are all of it (mutex22): held to the actual A, never to the budget B
    assert all("3538.54" in m and "3473.15" not in m for c, _, m in found if c == "AR04")
    budget = "一般公共预算财政拨款支出年初预算为 3473.15 万元，其中：基本支出 2600.00 万元，项目支出 873.15 万元。"
    assert {c.period for c in analysis_from({}, _HEAD + budget + "\n", 2024).claims} == {"年初预算"}
    assert _new_findings(NATIONAL, _GPB, text.format(b="898.75"), tmp_path) == []


def test_a_year_and_a_generic_word_open_the_years_own_figure(tmp_path):
    """'2024年度收入决算 X 万元，其中：…' or '2031年支出预算 X 万元，…' right after a list ending in 其他收入 (项目支出):
    the bare generic word (收入, 支出; 支出决算 and 收入预算 are a generic word and a period word) was taken
    for the last item's name carried on, because a year stood before it: NT01 and NT03 errors against the
    item's cell, AR02 and AR04 errors on its parts. A year and the words of cells.yml noise may open the
    sentence, as list numbers may: the figure is the year's total."""
    income = ("2024年度收入决算{t}万元，其中：财政拨款收入3576.39万元，事业收入465.00万元，经营收入58.60万元，"
              "其他收入64.49万元。")
    assert _new_findings(NATIONAL, _INCOME, income.format(t="4164.48"), tmp_path) == []
    wrong = _new_findings(NATIONAL, _INCOME, income.format(t="4164.58"), tmp_path)
    assert {f[0] for f in wrong} == {"NT01", "NT03"} and any("本年收入合计" in f[2] for f in wrong)   # the total's cell
    spending = "2024年度支出决算4157.41万元，其中：基本支出3023.16万元，项目支出1081.45万元，经营支出52.80万元。"
    assert _new_findings(NATIONAL, _EXPENSE, spending, tmp_path) == []
    budget = "2031年收入预算3236.34万元，比2030年增加21.74万元，增长0.68%，主要原因是农村公益事业项目增加。"
    assert _new_findings(BUDGET, _BUDGET_INCOME, budget, tmp_path) == []
    parts = "2031年支出预算3236.34万元，其中：基本支出2251.34万元，项目支出985.00万元。"
    assert _new_findings(BUDGET, _BUDGET_SPENDING, parts, tmp_path) == []
    carried = "年初预算为 600.00 万元，支出决算为 612.38 万元。"          # a period word alone carries on
    [_, b, a] = analysis_from({}, _HEAD + "行政运行（项）支出 612.38 万元。" + carried + "\n", 2024).claims
    assert b.subject == a.subject == "行政运行（项）"


def test_a_clause_list_of_words_ends_at_its_semicolon(tmp_path):
    """'其中：人员经费 a，主要包括：基本工资、津贴补贴；公用经费 b，主要包括：…' (the national template): the 包括
    list names no figures, yet it held the paragraph's list: 公用经费 was read as a part of 人员经费, and a later
    '人员经费 a，占 P%；公用经费 b，占 Q%' had P held to a over b (an AR01 error on a correct sentence). A list a
    clause part marker opens (directions.yml clause_part_markers) ends at its ；, figures or none."""
    text = ("一般公共预算财政拨款基本支出 2639.79 万元。其中：人员经费 2260.08 万元，主要包括：基本工资、津贴补贴；"
            "公用经费 379.71 万元，主要包括：办公费、印刷费。")
    [_, _, public] = analysis_from({}, _HEAD + text + "\n", 2024).claims
    assert public.whole == "gpb_basic_expense"
    shares = "人员经费2260.08万元，占85.62%；公用经费379.71万元，占14.38%。"
    assert _after(NATIONAL, _BASIC, "办公设备购置。", shares, tmp_path) == []
    wrong = "人员经费2260.08万元，占84.62%；公用经费379.71万元，占14.38%。"
    assert {f[:2] for f in _after(NATIONAL, _BASIC, "办公设备购置。", wrong, tmp_path)} == {("AR01", "error")}


def test_bands_of_scores_a_grading_counts_by_are_no_scores():
    """'平均得分 92.35 分，其中 90 分（含）以上项目 7 个，80-90 分项目 4 个，60-80 分项目 1 个' (a 绩效自评 summary
    grading its projects by score band): the bands' ends were read as scores listed under the average, and
    AR06 held 90 + 80 to 92.35 (two errors on a correct sentence). A range of scores, and a score bound
    (以上/以下) before the noun it qualifies, are non-claim shapes (patterns.NON_CLAIM_SHAPES threshold), as a
    money bound before its noun already was; a score bound closing its clause is still read."""
    text = "本部门绩效自评项目 12 个，平均得分 92.35 分，其中 90 分（含）以上项目 7 个，80-90 分项目 4 个，60 分至 80 分的项目 1 个。"
    assert _findings(text) == []
    claims = analysis_from({}, _HEAD + text + "\n", 2024).claims
    assert [(c.kind, c.raw_number) for c in claims if c.kind == "score"] == [("score", "92.35")]
    assert [c.raw_number for c in analysis_from({}, _HEAD + "项目平均得分在 90 分以上。\n", 2024).claims] == ["90"]
    wrong = "项目自评综合得分 95 分，其中：产出指标得分 50 分，效益指标得分 30 分，满意度指标得分 20 分。"
    assert _findings(wrong) == [("AR06", "error")]                      # listed scores still summed


def test_a_period_after_a_list_of_another_period_states_the_head_again(tmp_path):
    """'一般公共预算财政拨款支出年初预算为 B，其中：基本支出 b1，项目支出 b2；支出决算为 A，其中：基本支出 a1，项目支出
    a2' (budget and actual in one sentence, each with its parts): the clause after ； names only a period, so
    A carried on the last item's name: NT01/NT03 errors holding A to 基本支出, and AR04 summing A with a2.
    Such a clause, while the 其中 list is open and its items are of another period, states the head again."""
    text = ("一般公共预算财政拨款支出年初预算为3473.15万元，其中：基本支出2600.00万元，项目支出873.15万元；"
            "支出决算为{a}万元，其中：基本支出2639.79万元，项目支出898.75万元。")
    claims = analysis_from({}, _HEAD + text.format(a="3538.54") + "\n", 2024).claims
    assert claims[3].subject == "一般公共预算财政拨款支出" and claims[3].period == "决算"
    assert _new_findings(NATIONAL, _GPB, text.format(a="3538.54"), tmp_path) == []
    wrong = _new_findings(NATIONAL, _GPB, text.format(a="3548.54"), tmp_path)
    assert wrong and all("“一般公共预算财政拨款支出”" in f[2] for f in wrong)


def test_a_share_is_never_of_its_own_figure():
    """'…；公用经费 b，主要包括：…。其中：人员经费 a，占一般公共预算财政拨款基本支出的 P%；公用经费 b，占 Q%' (the
    parts restated with their shares after the paragraph that listed them): the 其中 took the sentence before's
    last figure, 公用经费, as its whole, and Q was read as a share of 公用经费 itself (b ÷ b, an AR01 error on a
    correct sentence). A list's whole is no whole of a share of the same concept; the share's whole is then
    read as when no list is open."""
    text = ("一般公共预算财政拨款基本支出 2639.79 万元。其中：人员经费 2260.08 万元，主要包括：基本工资；公用经费 379.71 万元，"
            "主要包括：办公费。其中：人员经费 2260.08 万元，占一般公共预算财政拨款基本支出的 85.62%；公用经费 379.71 万元，占 {q}%。")
    [share] = [c for c in analysis_from({}, _HEAD + text.format(q="14.38") + "\n", 2024).claims
               if c.kind == "share" and c.subject == "公用经费"]
    assert share.whole != share.concept
    assert ("AR01", "error") not in _findings(text.format(q="14.38"))
    assert ("AR01", "error") in _findings(text.format(q="24.38"))       # of the basic spending: still held
