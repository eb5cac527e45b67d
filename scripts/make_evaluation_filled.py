"""Write corpora/synthetic/evaluation_filled.txt: a self-evaluation appendix (绩效自评) filled with made-up numbers.

    python scripts/make_evaluation_filled.py [--out corpora/synthetic/evaluation_filled.txt]

The forms are the national ones (财预〔2020〕10号): three 项目支出绩效自评表 and one 部门整体支出绩效自评表,
with the template's labels and column order (项目名称 / 主管部门 / 实施单位; 项目资金: 年初预算数,
全年预算数, 全年执行数, 分值, 执行率, 得分 over 年度资金总额 and its 其中 rows; 年度总体目标: 预期目标 /
实际完成情况; 绩效指标: 一级 / 二级 / 三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施;
总分). Every figure is derived here from a few made-up amounts and indicator results: 执行率 = 全年执行数 ÷
全年预算数, the 预算执行率 score its 10 分 times that rate, a missed indicator's score its weight times
actual ÷ target (a shortfall always with its 偏差原因), 总分 the sum, the rating the national band of the
score. The narrative (部门绩效自评总体情况, each project's 绩效自评综述, the department's result) restates
them. Printed as seed 000 is: prose lines, forms as TAB-separated lines under their titles.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal as D
from pathlib import Path

from finder.testing import write_filled

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "corpora" / "synthetic" / "evaluation_filled.txt"
DEPT = "样例市文化事务管理局"
CENTRE = "样例市文化服务中心"
YEAR = 2024
CENT, TENTH = D("0.01"), D("0.1")
FUNDS_WEIGHT = D("10")
BANDS = [(D("90"), "优"), (D("80"), "良"), (D("60"), "中"), (D("0"), "差")]
NUMBERED = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

# An indicator: (一级指标, 二级指标, 三级指标, operator, target, actual, unit, 分值, 偏差原因 when missed).
# Operators: '≥' (more is better), '≤' (less is better), '=' (exactly).
PROJECTS = [
    dict(name="公共文化服务活动经费", unit=CENTRE,
         funds=dict(fiscal=("120.00", "120.00", "116.90"), carryover=("0.00", "15.00", "14.50")),
         goal="全年举办公益文化活动不少于 120 场，其中送戏下乡演出不少于 40 场，惠及群众 5 万人次以上。",
         indicators=[
             ("产出指标", "数量指标", "举办公益文化活动场次", "≥", "120", "126", "场", "15", ""),
             ("产出指标", "数量指标", "送戏下乡演出场次", "≥", "40", "42", "场", "10", ""),
             ("产出指标", "质量指标", "活动方案审核通过率", "=", "100", "100", "%", "10", ""),
             ("产出指标", "时效指标", "活动按计划完成及时率", "≥", "95", "96", "%", "10", ""),
             ("产出指标", "成本指标", "单场活动平均成本", "≤", "1.10", "1.04", "万元", "5", ""),
             ("效益指标", "社会效益指标", "参与活动群众人次", "≥", "5", "4.6", "万人次", "15",
              "受汛期持续降雨影响，3 场户外活动改为室内举办，场地容量减少；下一步将提前落实备用室内场地"),
             ("效益指标", "可持续影响指标", "基层文艺团队稳定运行率", "≥", "90", "92", "%", "15", ""),
             ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥", "90", "94.5", "%", "10", ""),
         ]),
    dict(name="文物建筑保护修缮经费", unit=DEPT,
         funds=dict(fiscal=("300.00", "260.00", "218.70"), other=("0.00", "20.00", "17.80")),
         goal="完成 6 处文物建筑修缮并通过验收，修缮后对外开放不少于 4 处。",
         indicators=[
             ("产出指标", "数量指标", "完成修缮文物建筑处数", "≥", "6", "5", "处", "20",
              "1 处文物建筑施工中发现木构件糟朽严重，需补充勘察并调整修缮方案，工期顺延；已报批调整方案，下一年度完工"),
             ("产出指标", "质量指标", "修缮工程验收合格率", "=", "100", "100", "%", "15", ""),
             ("产出指标", "时效指标", "修缮工程按期完工率", "≥", "90", "80", "%", "10",
              "受补充勘察影响，1 处工程未按期完工；下一步将在开工前完成详细勘察"),
             ("产出指标", "成本指标", "修缮工程总成本", "≤", "280", "236.50", "万元", "5", ""),
             ("效益指标", "社会效益指标", "修缮后对外开放文物建筑处数", "≥", "4", "3", "处", "15",
              "1 处文物建筑展陈设计尚未完成，暂未开放；将于下一年度一季度完成展陈后开放"),
             ("效益指标", "可持续影响指标", "文物建筑安全事故发生次数", "=", "0", "0", "起", "15", ""),
             ("满意度指标", "服务对象满意度指标", "游客满意度", "≥", "90", "86", "%", "10",
              "部分开放点位讲解服务不足；下一步将增加讲解员配备"),
         ]),
    dict(name="非遗传承人培训补助", unit=CENTRE,
         funds=dict(fiscal=("60.00", "60.00", "60.00")),
         goal="组织非遗传承人培训 200 人次以上，培训考核合格率不低于 95%，按时足额发放补助。",
         indicators=[
             ("产出指标", "数量指标", "培训非遗传承人人次", "≥", "200", "215", "人次", "20", ""),
             ("产出指标", "质量指标", "培训考核合格率", "≥", "95", "97.5", "%", "15", ""),
             ("产出指标", "时效指标", "补助资金发放及时率", "=", "100", "100", "%", "15", ""),
             ("效益指标", "社会效益指标", "传承人带徒人数", "≥", "60", "64", "人", "15", ""),
             ("效益指标", "可持续影响指标", "培训课程资源复用率", "≥", "50", "55", "%", "15", ""),
             ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥", "90", "96", "%", "10", ""),
         ]),
]
# The department's own form: its funds by 支出性质 (基本支出 made up; 项目支出 = the projects' own).
BASIC = ("842.60", "868.30", "861.75")
DEPT_GOAL = "保障机关和所属单位正常运转，完成公共文化服务、文物保护和非遗传承年度重点任务。"
DEPT_INDICATORS = [
    ("产出指标", "数量指标", "年度重点任务完成数", "≥", "12", "12", "项", "20", ""),
    ("产出指标", "质量指标", "重点任务验收合格率", "=", "100", "100", "%", "15", ""),
    ("产出指标", "时效指标", "重点任务按期完成率", "≥", "95", "91.67", "%", "15",
     "1 项文物修缮任务因补充勘察顺延；已调整计划，下一年度完成"),
    ("效益指标", "社会效益指标", "公共文化设施免费开放率", "=", "100", "100", "%", "15", ""),
    ("效益指标", "可持续影响指标", "文化志愿者注册人数", "≥", "1500", "1620", "人", "15", ""),
    ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥", "90", "93", "%", "10", ""),
]
FUND_ROWS = [("fiscal", "其中：当年财政拨款"), ("carryover", "上年结转资金"), ("other", "其他资金")]


def q(x: D, step: D = CENT) -> D:
    return x.quantize(step, ROUND_HALF_UP)


def pct(part: D, whole: D) -> D:
    """part ÷ whole in percent, two decimals."""
    return q(part / whole * 100)


def rating(score: D) -> str:
    """The national band of a total score (优 90 and up, 良 80-90, 中 60-80, 差 under 60)."""
    return next(name for low, name in BANDS if score >= low)


def met(op: str, target: D, actual: D) -> bool:
    return actual >= target if op == "≥" else actual <= target if op == "≤" else actual == target


def scored(ind) -> D:
    """An indicator's 得分: its weight when met, else weight × actual ÷ target (one decimal)."""
    _, _, _, op, target, actual, _, weight, _ = ind
    t, a, w = D(target), D(actual), D(weight)
    if met(op, t, a):
        return w
    return q(w * (t / a if op == "≤" else a / t), TENTH)


def shown(op: str, value: str, unit: str, target: bool) -> str:
    """A printed target ('≥120 场', '=100%') or actual ('126 场', '100%')."""
    sep = "" if unit == "%" else " "
    return f"{op if target else ''}{value}{sep}{unit}"


def totals(funds: dict[str, tuple[str, str, str]]) -> tuple[D, D, D]:
    return tuple(sum((D(v[i]) for v in funds.values()), D("0")) for i in range(3))


def evaluated(p: dict) -> dict:
    """A form's derived figures: fund totals, 执行率, its score, indicator scores, 总分, rating."""
    initial, full, spent = totals(p["funds"])
    rate = pct(spent, full)
    funds_score = q(FUNDS_WEIGHT * spent / full)
    scores = [scored(i) for i in p["indicators"]]
    weight = sum((D(i[7]) for i in p["indicators"]), FUNDS_WEIGHT)
    assert weight == 100, (p["name"], weight)
    total = funds_score + sum(scores)
    by_level = {}
    for ind, s in zip(p["indicators"], scores):
        by_level[ind[0]] = by_level.get(ind[0], D("0")) + s
    return dict(initial=initial, full=full, spent=spent, rate=rate, funds_score=funds_score, scores=scores,
                total=total, rating=rating(total), by_level=by_level)


def form(L: list[str], title: str, name_label: str, p: dict, e: dict, fund_rows) -> None:
    """A self-evaluation form as TAB lines under its title."""
    L += [title, "", f"（{YEAR}年度）", ""]
    L.append(f"{name_label}\t\t{p['name']}\t\t\t\t\t\t")
    if p["unit"] is not None:
        L.append(f"主管部门\t\t{DEPT}\t\t\t实施单位\t\t{p['unit']}\t")
    L.append("项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t")
    L.append(f"\t年度资金总额\t{q(e['initial'])}\t{q(e['full'])}\t{q(e['spent'])}\t{FUNDS_WEIGHT}\t"
             f"{e['rate']}%\t{e['funds_score']}\t")
    for label, (initial, full, spent) in fund_rows:
        L.append(f"\t{label}\t{initial}\t{full}\t{spent}\t—\t{pct(D(spent), D(full)) if D(full) else '—'}"
                 f"{'%' if D(full) else ''}\t—\t")
    L.append("年度总体目标\t预期目标\t\t\t\t实际完成情况\t\t\t")
    L.append(f"\t{p['goal']}\t\t\t\t{achieved(p, e)}\t\t\t")
    L.append("绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施")
    level1 = level2 = None
    for ind, s in zip(p["indicators"], e["scores"]):
        l1, l2, name, op, target, actual, unit, weight, why = ind
        L.append(f"\t{l1 if l1 != level1 else ''}\t{l2 if (l1, l2) != (level1, level2) else ''}\t{name}\t"
                 f"{shown(op, target, unit, True)}\t{shown(op, actual, unit, False)}\t{weight}\t{s}\t{why}")
        level1, level2 = l1, l2
    L.append(f"总分\t\t\t\t\t\t100\t{e['total']}\t")
    L.append("")


def achieved(p: dict, e: dict) -> str:
    """The 实际完成情况 of a form: what was done, the shortfalls named."""
    missed = [i[2] for i, s in zip(p["indicators"], e["scores"]) if s < D(i[7])]
    done = f"全年执行资金 {q(e['spent'])} 万元，执行率 {e['rate']}%。"
    if not missed:
        return done + "年度绩效目标全部完成。"
    return done + f"除{'、'.join(missed)}外，年度绩效目标均已完成。"


def told(ind) -> str:
    """An indicator as the narrative restates it, target and actual."""
    _, _, name, op, target, actual, unit, weight, why = ind
    sep = "" if unit == "%" else " "
    head = f"{name}年度目标值为{op}{target}{sep}{unit}，实际完成{actual}{sep}{unit}"
    if met(op, D(target), D(actual)):
        return head + "，达到预期目标"
    return head + f"，未达到预期目标，主要原因是{why.split('；')[0]}"


def build() -> str:
    L: list[str] = []
    add = L.append
    evals = [evaluated(p) for p in PROJECTS]
    project_funds = tuple(sum((e[k] for e in evals), D("0")) for k in ("initial", "full", "spent"))
    dept_funds = {"basic": BASIC, "project": tuple(str(q(x)) for x in project_funds)}
    dept = dict(name=DEPT, unit=None, funds=dept_funds, goal=DEPT_GOAL, indicators=DEPT_INDICATORS)
    de = evaluated(dept)
    add(f"{DEPT}{YEAR}年度部门决算")
    add("")
    add("第一部分 部门概况")
    add("")
    add("一、主要职能")
    add("")
    add("本部门负责本市公共文化服务、文物保护和非物质文化遗产保护传承等工作。")
    add("")
    add("二、部门决算单位构成")
    add("")
    add(f"纳入本部门{YEAR}年度部门决算编制范围的预算单位共 2 个，包括：局本级、{CENTRE}。")
    add("")
    add("第二部分 预算绩效情况说明")
    add("")
    add("一、预算绩效管理工作开展情况")
    add("")
    n = len(PROJECTS)
    add(f"根据预算绩效管理要求，本部门组织对{YEAR}年度一般公共预算项目支出全面开展绩效自评，其中，二级项目 {n} 个，"
        f"共涉及资金 {q(project_funds[1])} 万元，全年执行数 {q(project_funds[2])} 万元。同时组织对部门整体支出开展绩效自评。")
    add("")
    add("二、部门绩效自评总体情况")
    add("")
    bands = {}
    for e in evals:
        bands[e["rating"]] = bands.get(e["rating"], 0) + 1
    mean = q(sum((e["total"] for e in evals), D("0")) / n)
    listed = "，".join(f"评价等级为“{r}”的 {k} 个" for r, k in bands.items())
    add(f"从项目自评情况看，{n} 个项目自评平均得分为 {mean} 分，{listed}。")
    add("")
    add("三、部门决算中项目绩效自评结果")
    add("")
    names = "".join(f"“{p['name']}”" for p in PROJECTS)
    add(f"本部门在今年部门决算中反映{names}等 {n} 个项目绩效自评结果。")
    add("")
    for k, (p, e) in enumerate(zip(PROJECTS, evals)):
        add(f"（{NUMBERED[k]}）{p['name']}项目绩效自评综述")
        add("")
        add(f"根据年初设定的绩效目标，{p['name']}项目自评得分为 {e['total']} 分，评价等级为“{e['rating']}”。"
            f"全年预算数为 {q(e['full'])} 万元，执行数为 {q(e['spent'])} 万元，完成预算的 {e['rate']}%。")
        add("")
        hit = [i for i in p["indicators"] if met(i[3], D(i[4]), D(i[5]))][:2]
        miss = [i for i in p["indicators"] if not met(i[3], D(i[4]), D(i[5]))]
        add("项目绩效目标完成情况：" + "；".join(f"{NUMBERED[j]}是{told(i)}" for j, i in enumerate(hit)) + "。")
        add("")
        if miss:
            add("发现的主要问题及原因：" + "；".join(told(i) for i in miss) + "。")
            add("")
            add("下一步改进措施：" + "；".join(i[8].split("；")[1] for i in miss) + "。")
        else:
            add("发现的主要问题及原因：项目年度绩效目标全部完成，未发现明显问题。")
        add("")
    add("四、部门整体支出绩效自评结果")
    add("")
    parts = "，".join(f"{level}得分 {s} 分" for level, s in de["by_level"].items())
    add(f"本部门部门整体支出绩效自评得分为 {de['total']} 分，评价等级为“{de['rating']}”，其中：{parts}，"
        f"预算执行率得分 {de['funds_score']} 分。全年预算数为 {q(de['full'])} 万元，执行数为 {q(de['spent'])} 万元，"
        f"完成预算的 {de['rate']}%。")
    add("")
    miss = [i for i in DEPT_INDICATORS if not met(i[3], D(i[4]), D(i[5]))]
    add("发现的主要问题及原因：" + "；".join(told(i) for i in miss) + "。")
    add("")
    add(f"本部门{names}项目支出绩效自评表及部门整体支出绩效自评表如下：")
    add("")
    for p, e in zip(PROJECTS, evals):
        rows = [(label, p["funds"][kind]) for kind, label in FUND_ROWS if kind in p["funds"]]
        form(L, "项目支出绩效自评表", "项目名称", p, e, rows)
    rows = [("其中：基本支出", BASIC), ("项目支出", dept_funds["project"])]
    form(L, "部门整体支出绩效自评表", "部门（单位）名称", dept, de, rows)
    return "\n".join(L)


if __name__ == "__main__":
    write_filled(__doc__, build, OUT)
