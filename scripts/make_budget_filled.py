"""Write corpora/synthetic/budget_filled.txt: the central 部门预算 template filled with made-up numbers.

    python scripts/make_budget_filled.py [--out corpora/synthetic/budget_filled.txt]

The layout is the central 部门预算公开 template as we know it: 收支总表, 收入总表, 支出总表, 财政拨款收支总表,
一般公共预算支出表 (上年执行数 beside this year's budget), 一般公共预算基本支出表 (人员经费 / 公用经费 columns),
一般公共预算“三公”经费支出表 (上年 and 本年 budgets side by side), 政府性基金预算支出表, 国有资本经营预算支出表
and 政府采购预算表, then the narrative that restates them. Every figure is derived here from a few made-up
leaf amounts, so the tables satisfy their identities and the prose agrees with them. Printed as seed 000
is: prose lines, tables as TAB-separated lines under their captions.
"""
from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from finder.testing import (
    change_words, class_total, economic_rows, percent as pct, rolled, table_amount as money,
    write_filled, ZH_ORDINALS as NUMERALS,
)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "corpora" / "synthetic" / "budget_filled.txt"
DEPT = "某某省样例事务管理局"
YEAR, PRIOR = 2031, 2030
CENT = D("0.01")
ZERO = D("0")

# Leaves (项): code, name, made-up amounts. gb/gp: general-budget basic/project; fund: government-fund
# project; nb/np: basic/project paid from other sources (inc: by source); prior: 上年执行数 (general budget).
LEAVES = [
    ("2010301", "行政运行", dict(gb="1426.30", gp="35.00", prior="1388.45")),
    ("2010302", "一般行政管理事务", dict(gp="612.00", prior="705.20")),
    ("2010350", "事业运行", dict(gb="318.64", nb="42.00", inc={"事业收入": "42.00"}, prior="301.10")),
    ("2080505", "机关事业单位基本养老保险缴费支出", dict(gb="172.80", prior="166.40")),
    ("2080506", "机关事业单位职业年金缴费支出", dict(gb="86.40", prior="83.20")),
    ("2101101", "行政单位医疗", dict(gb="75.60", prior="72.95")),
    ("2130126", "农村公益事业", dict(gp="240.00", np="60.00", inc={"其他收入": "60.00"}, prior="180.00")),
    ("2210201", "住房公积金", dict(gb="129.60", prior="124.80")),
    ("2296003", "用于体育事业的彩票公益金支出", dict(fund="38.00")),
]
PARENTS = {
    "201": "一般公共服务支出", "20103": "政府办公厅（室）及相关机构事务",
    "208": "社会保障和就业支出", "20805": "行政事业单位养老支出",
    "210": "卫生健康支出", "21011": "行政事业单位医疗",
    "213": "农林水支出", "21301": "农业农村",
    "221": "住房保障支出", "22102": "住房改革支出",
    "229": "其他支出", "22960": "彩票公益金安排的支出",
}
CARRY_GPB = D("120.00")          # 上年结转 of the general budget (all spent this year)
PRIOR_GRAND = D("3214.60")       # last year's 收支总预算
# 三公: (last year's budget, this year's budget)
ABROAD = (D("12.00"), D("10.00"))
CAR_BUY = (D("0.00"), D("25.00"))
CAR_RUN = (D("16.50"), D("15.20"))
RECEPTION = (D("6.80"), D("5.40"))
# 一般公共预算基本支出 by economic class: (code, name, 人员经费, 公用经费); one item is the remainder (None).
ECONOMIC = [("30101", "基本工资", "512.40", ""), ("30102", "津贴补贴", "386.20", ""), ("30103", "奖金", "48.60", ""),
            ("30107", "绩效工资", None, ""), ("30108", "机关事业单位基本养老保险缴费", "172.80", ""),
            ("30109", "职业年金缴费", "86.40", ""), ("30110", "职工基本医疗保险缴费", "75.60", ""),
            ("30113", "住房公积金", "129.60", ""), ("30201", "办公费", "", "42.30"), ("30205", "水费", "", "3.60"),
            ("30206", "电费", "", "18.40"), ("30207", "邮电费", "", "7.20"), ("30211", "差旅费", "", "15.80"),
            ("30213", "维修（护）费", "", "12.60"), ("30216", "培训费", "", "6.50"), ("30228", "工会经费", "", "21.30"),
            ("30231", "公务用车运行维护费", "", str(CAR_RUN[1])), ("30299", "其他商品和服务支出", "", "9.84"),
            ("30302", "退休费", "36.00", ""), ("31002", "办公设备购置", "", "14.50")]
HEADS = {"301": "工资福利支出", "302": "商品和服务支出", "303": "对个人和家庭的补助", "310": "资本性支出"}
PROCUREMENT = (D("86.00"), D("0.00"), D("154.60"))   # 货物, 工程, 服务
RUN_COST = (D("176.40"), D("168.04"))                 # 机关运行经费: last year's budget, this year's


def amt(x: D) -> str:
    """A prose amount (two decimals, no separators)."""
    return f"{x.quantize(CENT)}"


def change(now: D, before: D) -> str:
    """'增加 A 万元，增长 P%' (or the fall, or 持平) from two amounts."""
    return change_words(now, before, amt, " 万元", flat="持平")


def leaves():
    """Per leaf: its columns, from LEAVES."""
    out = []
    for code, name, v in LEAVES:
        g = {k: D(v.get(k, "0")) for k in ("gb", "gp", "nb", "np", "fund", "prior")}
        inc = {k: D(x) for k, x in v.get("inc", {}).items()}
        out.append(dict(code=code, name=name, basic=g["gb"] + g["nb"], project=g["gp"] + g["np"] + g["fund"],
                        gpb=g["gb"] + g["gp"], gb=g["gb"], gp=g["gp"], fund=g["fund"], prior=g["prior"],
                        sy=inc.get("事业收入", ZERO), qt=inc.get("其他收入", ZERO)))
    return out


def build() -> str:
    """The whole report's text."""
    lv = leaves()
    exp = rolled(lv, ["basic", "project"], PARENTS)
    inc = rolled(lv, ["gpb", "fund", "sy", "qt"], PARENTS)
    gpb_rows = rolled([x for x in lv if x["gpb"]], ["gb", "gp", "gpb", "prior"], PARENTS)
    fund_rows = rolled([x for x in lv if x["fund"]], ["fund"], PARENTS)
    basic, project = class_total(exp, "basic"), class_total(exp, "project")
    expense = basic + project
    gpb_new = class_total(inc, "gpb") - CARRY_GPB           # this year's 一般公共预算拨款 (当年拨款)
    fund, sy, qt = class_total(inc, "fund"), class_total(inc, "sy"), class_total(inc, "qt")
    income = gpb_new + fund + sy + qt
    grand = income + CARRY_GPB
    assert grand == expense
    gpb_out, gb, gp, gpb_prior = (class_total(gpb_rows, k) for k in ("gpb", "gb", "gp", "prior"))
    fiscal_in = gpb_new + fund
    fiscal_grand = fiscal_in + CARRY_GPB
    econ = economic_rows(gb, ECONOMIC, HEADS)
    pers = sum((r[2] for r in econ if len(r[0]) == 3), ZERO)
    pub = sum((r[3] for r in econ if len(r[0]) == 3), ZERO)
    assert pers + pub == gb
    car = tuple(a + b for a, b in zip(CAR_BUY, CAR_RUN))
    three = tuple(a + b + c for a, b, c in zip(ABROAD, car, RECEPTION))
    classes = [r for r in exp if len(r["code"]) == 3]

    L: list[str] = []
    add = L.append

    def para(text: str) -> None:
        add(text)
        add("")

    add(DEPT)
    para(f"{YEAR}年部门预算")
    para("目 录")
    for line in [f"第一部分 {DEPT}概况", "一、主要职能", "二、部门预算单位构成", f"第二部分 {DEPT}{YEAR}年部门预算表",
                 "一、收支总表", "二、收入总表", "三、支出总表", "四、财政拨款收支总表", "五、一般公共预算支出表",
                 "六、一般公共预算基本支出表", "七、一般公共预算“三公”经费支出表", "八、政府性基金预算支出表",
                 "九、国有资本经营预算支出表", "十、政府采购预算表", f"第三部分 {DEPT}{YEAR}年部门预算情况说明",
                 "第四部分 名词解释"]:
        add(line)
    add("")
    para(f"第一部分 {DEPT}概况")
    para("一、主要职能")
    para("负责全省样例事务的统筹规划和监督管理，指导所属事业单位开展业务工作。")
    para("二、部门预算单位构成")
    para(f"纳入{DEPT}{YEAR}年部门预算编制范围的单位包括：{DEPT}本级、某某省样例事务服务中心。")
    para(f"第二部分 {DEPT}{YEAR}年部门预算表")

    def caption(title: str, no: int) -> None:
        para(title)
        para(f"公开{no:02d}表")
        para(f"部门：{DEPT}\t\t单位：万元")

    caption("收支总表", 1)
    add("收入\t\t支出\t")
    add("项目\t预算数\t项目\t预算数")
    incomes = [("一、一般公共预算拨款收入", gpb_new), ("二、政府性基金预算拨款收入", fund),
               ("三、国有资本经营预算拨款收入", ZERO), ("四、财政专户管理资金收入", ZERO), ("五、事业收入", sy),
               ("六、事业单位经营收入", ZERO), ("七、上级补助收入", ZERO), ("八、附属单位上缴收入", ZERO),
               ("九、其他收入", qt)]
    for i in range(max(len(incomes), len(classes))):
        left = f"{incomes[i][0]}\t{money(incomes[i][1])}" if i < len(incomes) else "\t"
        right = f"{NUMERALS[i]}、{classes[i]['name']}\t{money(classes[i]['basic'] + classes[i]['project'])}" \
            if i < len(classes) else "\t"
        add(f"{left}\t{right}")
    add(f"本年收入合计\t{money(income)}\t本年支出合计\t{money(expense)}")
    add(f"上年结转结余\t{money(CARRY_GPB)}\t年终结转结余\t")
    add(f"收入总计\t{money(grand)}\t支出总计\t{money(expense)}")
    add("")

    caption("收入总表", 2)
    add("科目编码\t科目名称\t合计\t上年结转结余\t一般公共预算拨款收入\t政府性基金预算拨款收入\t国有资本经营预算拨款收入"
        "\t财政专户管理资金收入\t事业收入\t事业单位经营收入\t上级补助收入\t附属单位上缴收入\t其他收入")
    add(f"\t合计\t{money(grand)}\t{money(CARRY_GPB)}\t{money(gpb_new)}\t{money(fund)}\t\t\t{money(sy)}\t\t\t\t{money(qt)}")
    for r in inc:
        # the carry-over is spent on the first leaf (行政运行) and its parents
        carry = CARRY_GPB if lv[0]["code"].startswith(r["code"]) else ZERO
        add(f"{r['code']}\t{r['name']}\t{money(r['gpb'] + r['fund'] + r['sy'] + r['qt'])}\t{money(carry, True)}"
            f"\t{money(r['gpb'] - carry, True)}\t{money(r['fund'], True)}\t\t\t{money(r['sy'], True)}\t\t\t\t"
            f"{money(r['qt'], True)}")
    add("")

    caption("支出总表", 3)
    add("科目编码\t科目名称\t合计\t基本支出\t项目支出\t上缴上级支出\t事业单位经营支出\t对下级单位补助支出")
    add(f"\t合计\t{money(expense)}\t{money(basic)}\t{money(project)}\t\t\t")
    for r in exp:
        add(f"{r['code']}\t{r['name']}\t{money(r['basic'] + r['project'])}\t{money(r['basic'], True)}"
            f"\t{money(r['project'], True)}\t\t\t")
    add("")

    caption("财政拨款收支总表", 4)
    add("收入\t\t支出\t\t\t\t")
    add("项目\t预算数\t项目\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算")
    f_in = [("一、本年收入", fiscal_in), ("（一）一般公共预算拨款", gpb_new), ("（二）政府性基金预算拨款", fund),
            ("（三）国有资本经营预算拨款", ZERO), ("二、上年结转", CARRY_GPB), ("（一）一般公共预算拨款", CARRY_GPB),
            ("（二）政府性基金预算拨款", ZERO), ("（三）国有资本经营预算拨款", ZERO)]
    fiscal_classes = [(r["name"], r["gpb"] + r["fund"], r["gpb"], r["fund"])
                      for r in rolled([x for x in lv if x["gpb"] or x["fund"]], ["gpb", "fund"], PARENTS) if len(r["code"]) == 3]
    add(f"\t\t一、本年支出\t{money(fiscal_grand)}\t{money(gpb_out)}\t{money(fund)}\t")
    for i in range(max(len(f_in), len(fiscal_classes))):
        left = f"{f_in[i][0]}\t{money(f_in[i][1])}" if i < len(f_in) else "\t"
        right = (f"（{NUMERALS[i]}）{fiscal_classes[i][0]}\t{money(fiscal_classes[i][1])}\t{money(fiscal_classes[i][2], True)}"
                 f"\t{money(fiscal_classes[i][3], True)}\t") if i < len(fiscal_classes) else "\t\t\t\t"
        add(f"{left}\t{right}")
    add("\t\t二、年终结转结余\t\t\t\t")
    add(f"收入总计\t{money(fiscal_grand)}\t支出总计\t{money(fiscal_grand)}\t{money(gpb_out)}\t{money(fund)}\t")
    add("")

    caption("一般公共预算支出表", 5)
    add(f"科目编码\t科目名称\t{PRIOR}年执行数\t{YEAR}年预算数\t\t")
    add("\t\t\t合计\t基本支出\t项目支出")
    add(f"\t合计\t{money(gpb_prior)}\t{money(gpb_out)}\t{money(gb)}\t{money(gp)}")
    for r in gpb_rows:
        add(f"{r['code']}\t{r['name']}\t{money(r['prior'])}\t{money(r['gpb'])}\t{money(r['gb'], True)}\t{money(r['gp'], True)}")
    add("")

    caption("一般公共预算基本支出表", 6)
    add("科目编码\t科目名称\t合计\t人员经费\t公用经费")
    add(f"\t合计\t{money(gb)}\t{money(pers)}\t{money(pub)}")
    for code, name, p, q in econ:
        add(f"{code}\t{name}\t{money(p + q)}\t{money(p, True)}\t{money(q, True)}")
    add("")

    caption("一般公共预算“三公”经费支出表", 7)
    head = "合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费"
    add(f"{PRIOR}年预算数\t\t\t\t\t\t{YEAR}年预算数\t\t\t\t\t")
    add(f"{head}\t{head}")
    add("\t\t小计\t公务用车购置费\t公务用车运行费\t\t\t\t小计\t公务用车购置费\t公务用车运行费\t")
    add("\t".join(money(x[i]) for i in (0, 1) for x in (three, ABROAD, car, CAR_BUY, CAR_RUN, RECEPTION)))
    add("")

    caption("政府性基金预算支出表", 8)
    add(f"科目编码\t科目名称\t{YEAR}年预算数\t\t")
    add("\t\t合计\t基本支出\t项目支出")
    add(f"\t合计\t{money(fund)}\t\t{money(fund)}")
    for r in fund_rows:
        add(f"{r['code']}\t{r['name']}\t{money(r['fund'])}\t\t{money(r['fund'])}")
    add("")

    caption("国有资本经营预算支出表", 9)
    add(f"科目编码\t科目名称\t{YEAR}年预算数\t\t")
    add("\t\t合计\t基本支出\t项目支出")
    add("\t合计\t\t\t")
    add("")
    para(f"注：{DEPT}{YEAR}年没有使用国有资本经营预算拨款安排的支出，故本表无数据。")

    caption("政府采购预算表", 10)
    add("项目\t合计\t货物\t工程\t服务")
    add(f"合计\t{money(sum(PROCUREMENT, ZERO))}\t{money(PROCUREMENT[0])}\t{money(PROCUREMENT[1])}\t{money(PROCUREMENT[2])}")
    add("")

    para(f"第三部分 {DEPT}{YEAR}年部门预算情况说明")
    para("一、收支预算总体情况")
    para(f"按照综合预算的原则，{DEPT}所有收入和支出均纳入部门预算管理。收入包括：一般公共预算拨款收入、政府性基金预算拨款收入、"
         f"事业收入、其他收入和上年结转结余；支出包括：一般公共服务支出、社会保障和就业支出、卫生健康支出、农林水支出、"
         f"住房保障支出和其他支出。")
    para(f"{DEPT}{YEAR}年收支总预算{amt(grand)} 万元，比{PRIOR}年{change(grand, PRIOR_GRAND)}。主要原因是农村公益事业项目增加。")
    para("二、收入预算情况说明")
    parts = [("上年结转结余", CARRY_GPB), ("一般公共预算拨款收入", gpb_new), ("政府性基金预算拨款收入", fund),
             ("事业收入", sy), ("其他收入", qt)]
    listed = "；".join(f"{n}{amt(v)} 万元，占{pct(v, grand)}%" for n, v in parts)
    para(f"{DEPT}{YEAR}年收入预算{amt(grand)} 万元，其中：{listed}。")
    para("三、支出预算情况说明")
    para(f"{DEPT}{YEAR}年支出预算{amt(expense)} 万元，其中：基本支出{amt(basic)} 万元，占{pct(basic, expense)}%；"
         f"项目支出{amt(project)} 万元，占{pct(project, expense)}%。")
    para("四、财政拨款收支预算总体情况说明")
    para(f"{DEPT}{YEAR}年财政拨款收支总预算{amt(fiscal_grand)} 万元。收入包括：一般公共预算当年拨款收入{amt(gpb_new)} 万元，"
         f"政府性基金预算当年拨款收入{amt(fund)} 万元，上年结转一般公共预算拨款收入{amt(CARRY_GPB)} 万元；支出包括："
         f"一般公共预算拨款支出{amt(gpb_out)} 万元，政府性基金预算拨款支出{amt(fund)} 万元。")
    para("五、一般公共预算当年拨款情况说明")
    para("（一）一般公共预算当年拨款规模变化情况")
    para(f"{DEPT}{YEAR}年一般公共预算拨款支出{amt(gpb_out)} 万元，比{PRIOR}年执行数{change(gpb_out, gpb_prior)}。"
         f"主要原因是农村公益事业项目增加。")
    para("（二）一般公共预算当年拨款结构情况")
    structure = "；".join(f"{r['name']}{amt(r['gpb'])} 万元，占{pct(r['gpb'], gpb_out)}%"
                          for r in gpb_rows if len(r["code"]) == 3)
    para(f"{DEPT}{YEAR}年一般公共预算拨款支出{amt(gpb_out)} 万元，主要用于以下方面：{structure}。")
    para("（三）一般公共预算当年拨款具体使用情况")
    by_code = {r["code"]: r for r in gpb_rows}
    for i, leaf in enumerate(r for r in gpb_rows if len(r["code"]) == 7):
        cls, kuan = by_code[leaf["code"][:3]]["name"], by_code[leaf["code"][:5]]["name"]
        para(f"{i + 1}．{cls}（类）{kuan}（款）{leaf['name']}（项）{YEAR}年预算数为{amt(leaf['gpb'])} 万元，"
             f"比{PRIOR}年执行数{change(leaf['gpb'], leaf['prior'])}。主要原因是按实际需要调整。")
    para("六、一般公共预算基本支出情况说明")
    para(f"{DEPT}{YEAR}年一般公共预算基本支出{amt(gb)} 万元，其中：人员经费{amt(pers)} 万元，主要包括：基本工资、津贴补贴、"
         f"奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、退休费；"
         f"公用经费{amt(pub)} 万元，主要包括：办公费、水费、电费、邮电费、差旅费、维修（护）费、培训费、工会经费、"
         f"公务用车运行维护费、其他商品和服务支出、办公设备购置。")
    para("七、一般公共预算“三公”经费支出情况说明")
    para(f"{DEPT}{YEAR}年一般公共预算“三公”经费支出预算{amt(three[1])} 万元，比{PRIOR}年预算{change(three[1], three[0])}。"
         f"其中：因公出国（境）费{amt(ABROAD[1])} 万元，比{PRIOR}年预算{change(ABROAD[1], ABROAD[0])}；"
         f"公务用车购置及运行费{amt(car[1])} 万元（其中：公务用车购置费{amt(CAR_BUY[1])} 万元，公务用车运行费{amt(CAR_RUN[1])} 万元），"
         f"比{PRIOR}年预算增加{amt(car[1] - car[0])} 万元；公务接待费{amt(RECEPTION[1])} 万元，"
         f"比{PRIOR}年预算{change(RECEPTION[1], RECEPTION[0])}。公务用车购置费增加的主要原因是更新已达报废年限的公务用车。")
    para("八、政府性基金预算支出情况说明")
    para(f"{DEPT}{YEAR}年政府性基金预算拨款支出{amt(fund)} 万元，全部为其他支出（类）彩票公益金安排的支出（款）"
         f"用于体育事业的彩票公益金支出（项），主要用于群众体育赛事活动。")
    para("九、国有资本经营预算支出情况说明")
    para(f"{DEPT}{YEAR}年没有使用国有资本经营预算拨款安排的支出。")
    para("十、其他重要事项的情况说明")
    para("（一）机关运行经费")
    para(f"{YEAR}年本部门一般公共预算机关运行经费预算{amt(RUN_COST[1])} 万元，比{PRIOR}年预算"
         f"{change(RUN_COST[1], RUN_COST[0])}。主要原因是严控一般性支出。")
    para("（二）政府采购情况")
    para(f"{YEAR}年本部门各单位政府采购预算总额{amt(sum(PROCUREMENT, ZERO))} 万元，其中：政府采购货物预算{amt(PROCUREMENT[0])} 万元、"
         f"政府采购工程预算{amt(PROCUREMENT[1])} 万元、政府采购服务预算{amt(PROCUREMENT[2])} 万元。{YEAR}年本部门面向中小企业"
         f"预留政府采购项目预算金额96.00 万元，其中，预留给小微企业的政府采购项目预算金额48.00 万元。")
    para("（三）国有资产占用情况")
    para(f"截至{PRIOR}年12月31日，本部门共有车辆6 辆，其中：主要领导干部用车1 辆、机要通信用车1 辆、应急保障用车2 辆、"
         f"其他用车2 辆；单位价值100 万元（含）以上设备2 台（套）。{YEAR}年部门预算安排购置车辆1 辆，"
         f"安排购置单位价值100 万元（含）以上设备0 台（套）。")
    para("（四）预算绩效目标设置情况")
    para(f"{YEAR}年本部门实行绩效目标管理的项目6 个，涉及一般公共预算当年拨款{amt(gp)} 万元。")
    para("第四部分 名词解释")
    terms = [("一般公共预算拨款收入", "本级财政当年拨付的资金"), ("事业收入", "事业单位开展专业业务活动及其辅助活动取得的收入"),
             ("上年结转结余", "以前年度尚未完成、结转到本年按有关规定继续使用的资金"),
             ("基本支出", "为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费"),
             ("项目支出", "在基本支出之外为完成特定行政任务和事业发展目标所发生的支出"),
             ("“三公”经费", "用一般公共预算拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费"),
             ("机关运行经费", "行政单位和参照公务员法管理的事业单位用一般公共预算拨款安排的基本支出中的日常公用经费")]
    for i, (term, meaning) in enumerate(terms):
        para(f"{NUMERALS[i]}、{term}：指{meaning}。")
    return "\n".join(L)


if __name__ == "__main__":
    write_filled(__doc__, build, OUT)
