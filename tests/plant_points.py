"""Where tests plant made-up sentences into the synthetic reports, and what a made-up text is flagged with."""
from __future__ import annotations

from pathlib import Path

from finder.checks import run as run_checks
from finder.testing import analysis_from

ROOT = Path(__file__).resolve().parent.parent
SYNTHETIC = ROOT / "corpora" / "synthetic"
UNIT = SYNTHETIC / "unit_filled.txt"
BUDGET = SYNTHETIC / "budget_filled.txt"
EVALUATION = SYNTHETIC / "evaluation_filled.txt"
# sentences of those reports a planted paragraph goes right after
UNIT_ANCHOR = "经营支出52.80 万元，比2023年度增加5.65 万元，增长11.98%，主要是所属事业单位技术咨询服务业务量增加，相应成本增加。"
THREE_ANCHOR = "公务接待费支出决算4.75 万元，占7.72%。具体情况如下："
BUDGET_ANCHOR = "2031年本部门实行绩效目标管理的项目6 个，涉及一般公共预算当年拨款887.00 万元。"
EV_ANCHOR = "下一步改进措施：下一步将提前落实备用室内场地。"          # evaluation_filled: before the 2nd project


def read(text: str, year: int = 2023, head: str = "一、收入支出决算总体情况说明\n", messages: bool = False):
    """The analysis of a made-up text under a narrative heading, and (check, severity), with its message when
    `messages`, of every error and warning on it."""
    a = analysis_from({}, head + text + "\n", year=year)
    return a, [(f.check, f.severity, f.message) if messages else (f.check, f.severity)
               for f in run_checks(a) if f.severity != "info"]


def flagged(text: str, year: int = 2023, head: str = "一、收入支出决算总体情况说明\n") -> list[tuple[str, str]]:
    """(check, severity) of every error and warning on a made-up text under a narrative heading."""
    return read(text, year, head)[1]

# the funds block header of an evaluation form in the national column order (tab-separated made-up forms)
EV_FUND_HEAD = ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""]
