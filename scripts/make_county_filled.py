"""Write corpora/synthetic/county_filled.txt: a county department's 部门决算 on the national template, tables in 元.

    python scripts/make_county_filled.py [--out corpora/synthetic/county_filled.txt]

Many 区县 departments print the national template's nine tables in 元 ('单位：元', figures with two
decimals, some tables with thousands separators) and consolidate the department itself with the units
under it, while their narrative speaks 万元: mostly to two decimals, some figures to one decimal or to
whole 万元, in wordings other than the template's ('收、支总计各增加', '完成预算', '日常公用经费',
'授予中小企业合同金额…占…'). Every figure is derived here from a few made-up leaf amounts in 元, so the
tables satisfy their identities and the prose restates them, each figure rounded from the 元 amount.
Printed as seed 000 is: prose lines, tables as TAB-separated lines under their captions.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal as D
from pathlib import Path

from finder.testing import (
    change_words, class_total, percent as pct, rolled, table_amount as money,
    TEMPLATE_CLASSES as CLASSES, write_filled, ZH_ORDINALS as NUMERALS,
)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "corpora" / "synthetic" / "county_filled.txt"
DEPT = "某某县样例农业农村局"
UNITS = ["某某县样例农业农村局（本级）", "某某县样例农业技术推广中心", "某某县样例动物疫病预防控制中心",
         "某某县样例农村经营管理站"]
YEAR, PRIOR = 2024, 2023
ZERO, CENT = D("0"), D("0.01")
WAN = D("10000")

# Leaves (项) in 元: gb/gp general-budget basic/project; fund government-fund project (fund_income its
# income); nb/np basic/project paid from other income (inc by source); budget: 年初预算 of the general budget.
LEAVES = [
    ("2080505", "机关事业单位基本养老保险缴费支出", dict(gb="1032846.72", budget="1010000.00")),
    ("2080506", "机关事业单位职业年金缴费支出", dict(gb="516423.36", budget="505000.00")),
    ("2101101", "行政单位医疗", dict(gb="287415.60", budget="280000.00")),
    ("2101102", "事业单位医疗", dict(gb="196382.44", budget="200000.00")),
    ("2120804", "农村基础设施建设支出", dict(fund="1850000.00", fund_income="2000000.00")),
    ("2130101", "行政运行", dict(gb="4268315.27", budget="4150000.00")),
    ("2130104", "事业运行", dict(gb="3187264.91", nb="215600.00", inc={"事业收入": "215600.00"}, budget="3200000.00")),
    ("2130106", "科技转化与推广服务", dict(gp="1436850.00", np="84300.00", inc={"其他收入": "84300.00"},
                                          budget="1500000.00")),
    ("2130108", "病虫害控制", dict(gp="926473.50", budget="900000.00")),
    ("2130122", "农业生产发展", dict(gp="5872160.38", budget="6200000.00", carry="-317839.62")),
    ("2130153", "农田建设", dict(gp="3150000.00", budget="3150000.00")),
    ("2210201", "住房公积金", dict(gb="774635.04", budget="760000.00")),
]
PARENTS = {
    "208": "社会保障和就业支出", "20805": "行政事业单位养老支出",
    "210": "卫生健康支出", "21011": "行政事业单位医疗",
    "212": "城乡社区支出", "21208": "国有土地使用权出让收入安排的支出",
    "213": "农林水支出", "21301": "农业农村",
    "221": "住房保障支出", "22102": "住房改革支出",
}
# 三公 in 元: (budget, actual, prior actual); no travel abroad this year.
ABROAD = (D("0.00"), D("0.00"), D("0.00"))
CAR_BUY = (D("0.00"), D("0.00"), D("180000.00"))
CAR_RUN = (D("160000.00"), D("143276.50"), D("151820.30"))
RECEPTION = (D("50000.00"), D("38642.00"), D("46315.00"))
# 一般公共预算财政拨款基本支出 by economic class in 元; one item a side is the remainder (None).
PERSONNEL = [("301", "工资福利支出", None), ("30101", "基本工资", "2418630.00"), ("30102", "津贴补贴", "1526480.00"),
             ("30103", "奖金", "204350.00"), ("30107", "绩效工资", None),
             ("30108", "机关事业单位基本养老保险缴费", "1032846.72"), ("30109", "职业年金缴费", "516423.36"),
             ("30110", "职工基本医疗保险缴费", "483798.04"), ("30113", "住房公积金", "774635.04"),
             ("30199", "其他工资福利支出", "86200.00"), ("303", "对个人和家庭的补助", None),
             ("30302", "退休费", "125400.00"), ("30305", "生活补助", "18600.00"), ("30309", "奖励金", "9800.00")]
PUBLIC = [("302", "商品和服务支出", None), ("30201", "办公费", "186420.35"), ("30205", "水费", "21364.00"),
          ("30206", "电费", "96518.42"), ("30207", "邮电费", "38460.00"), ("30211", "差旅费", "142683.60"),
          ("30213", "维修（护）费", "65310.00"), ("30216", "培训费", "48250.00"),
          ("30217", "公务接待费", str(RECEPTION[1])), ("30228", "工会经费", "121940.00"), ("30229", "福利费", "96300.00"),
          ("30231", "公务用车运行维护费", str(CAR_RUN[1])), ("30239", "其他交通费用", "168420.00"),
          ("30299", "其他商品和服务支出", "52876.13"), ("310", "资本性支出", None), ("31002", "办公设备购置", "84360.00")]
PRIOR_TOTALS = {"总计": D("21386425.18"), "财政拨款总计": D("20468310.62"), "一般公共预算支出": D("19846204.37"),
                "机关运行经费": D("1268431.20")}
CARRY = {"年初一般公共": D("645300.00"), "年末一般公共": D("327460.38"), "年初非财政": D("120000.00")}
RUN_COST = D("1184266.85")
GOODS, WORKS, SERVICES = D("862450.00"), D("2936800.00"), D("418630.00")
SME, SMALL = D("3687420.00"), D("2405180.00")
CARS = [("主要领导干部用车", 0), ("机要通信用车", 1), ("应急保障用车", 1), ("执法执勤用车", 3),
        ("特种专业技术用车", 2), ("其他用车", 1)]


def d(text) -> D:
    """A Decimal of an amount (None and '' are zero)."""
    return D(str(text)) if text not in (None, "") else ZERO


def wan(x: D, places: int = 2) -> str:
    """An amount in 元 as the prose prints it in 万元, rounded to `places` decimals."""
    return f"{(x / WAN).quantize(D(1).scaleb(-places), ROUND_HALF_UP)}"


def change(now: D, before: D, up: str = "增加", down: str = "减少", places: int = 2) -> str:
    """'增加 A 万元，增长 P%' (or the fall) from two amounts in 元."""
    return change_words(now, before, lambda d: wan(d, places), words=(up, down, "增长", "下降"))


def leaf_columns():
    """Per leaf: its expense and income columns, from LEAVES."""
    out = []
    for code, name, v in LEAVES:
        inc = {k: d(x) for k, x in v.get("inc", {}).items()}
        gpb = d(v.get("gb")) + d(v.get("gp"))
        out.append(dict(code=code, name=name, basic=d(v.get("gb")) + d(v.get("nb")),
                        project=d(v.get("gp")) + d(v.get("np")) + d(v.get("fund")), gpb=gpb,
                        gb=d(v.get("gb")), gp=d(v.get("gp")), fund=d(v.get("fund")),
                        fund_income=d(v.get("fund_income")),
                        fiscal_in=gpb + d(v.get("carry")) + d(v.get("fund_income")),
                        sy=inc.get("事业收入", ZERO), qt=inc.get("其他收入", ZERO), budget=d(v.get("budget"))))
    return out


def basic_tables(gb_total: D):
    """人员经费 and 公用经费 rows: 绩效工资 is the remainder so the two sides add up to the basic total."""
    pers = [[c, n, None if v is None else D(v)] for c, n, v in PERSONNEL]
    pub = [[c, n, None if v is None else D(v)] for c, n, v in PUBLIC]
    known = sum((r[2] for r in pers + pub if r[2] is not None), ZERO)
    for r in pers:
        if r[0] == "30107":
            r[2] = gb_total - known
    for side in (pers, pub):
        for r in side:
            if len(r[0]) == 3:
                r[2] = sum((x[2] for x in side if len(x[0]) == 5 and x[0][:3] == r[0]), ZERO)
    return pers, pub


def tables(L: list[str], f: dict) -> None:
    """The nine tables in 元 (thousands separators in the first four)."""
    add = L.append

    def caption(title: str, no: int) -> None:
        add(title)
        add("")
        add(f"公开{no:02d}表")
        add("")
        add(f"编制单位：{DEPT}\t{YEAR}年度\t单位：元")
        add("")

    def note(text: str) -> None:
        add("")
        add(f"注：{text}")
        add("")

    caption("收入支出决算总表", 1)
    add("收入\t\t支出\t")
    add("项目\t决算数\t项目\t决算数")
    incomes = [("一、一般公共预算财政拨款收入", f["gpb_in"]), ("二、政府性基金预算财政拨款收入", f["fund_in"]),
               ("三、国有资本经营预算财政拨款收入", ZERO), ("四、上级补助收入", ZERO), ("五、事业收入", f["sy"]),
               ("六、经营收入", ZERO), ("七、附属单位上缴收入", ZERO), ("八、其他收入", f["qt"])]
    for i, cls in enumerate(CLASSES):
        left = incomes[i] if i < len(incomes) else ("", None)
        spent = f["class_out"][cls]["total"] if cls in f["class_out"] else ZERO
        add(f"{left[0]}\t{'' if left[1] is None else money(left[1], True)}\t{NUMERALS[i]}、{cls}\t{money(spent, True)}")
    add(f"本年收入合计\t{money(f['income_total'])}\t本年支出合计\t{money(f['expense_total'])}")
    add("使用非财政拨款结余\t\t结余分配\t")
    add(f"年初结转和结余\t{money(f['begin'])}\t年末结转和结余\t{money(f['end'])}")
    add(f"总计\t{money(f['grand'])}\t总计\t{money(f['grand'])}")
    note("本表反映部门本年度的总收支和年末结转结余情况。")

    caption("收入决算表", 2)
    add("项目\t\t本年收入合计\t财政拨款收入\t上级补助收入\t事业收入\t经营收入\t附属单位上缴收入\t其他收入")
    add("功能分类科目编码\t科目名称\t\t\t\t\t\t\t")
    add(f"\t合计\t{money(f['income_total'])}\t{money(f['fiscal_in'])}\t\t{money(f['sy'], True)}\t\t\t{money(f['qt'], True)}")
    for r in f["inc_rows"]:
        add(f"{r['code']}\t{r['name']}\t{money(r['total'])}\t{money(r['fiscal_in'], True)}\t\t{money(r['sy'], True)}"
            f"\t\t\t{money(r['qt'], True)}")
    note("本表反映部门本年度取得的各项收入情况。")

    caption("支出决算表", 3)
    add("项目\t\t本年支出合计\t基本支出\t项目支出\t上缴上级支出\t经营支出\t对附属单位补助支出")
    add("功能分类科目编码\t科目名称\t\t\t\t\t\t")
    add(f"\t合计\t{money(f['expense_total'])}\t{money(f['basic'])}\t{money(f['project'])}\t\t\t")
    for r in f["exp_rows"]:
        add(f"{r['code']}\t{r['name']}\t{money(r['total'])}\t{money(r['basic'], True)}\t{money(r['project'], True)}\t\t\t")
    note("本表反映部门本年度各项支出情况。")

    caption("财政拨款收入支出决算总表", 4)
    add("收入\t\t支出\t\t\t\t")
    add("项目\t决算数\t项目\t合计\t一般公共预算财政拨款\t政府性基金预算财政拨款\t国有资本经营预算财政拨款")
    f_incomes = [("一、一般公共预算财政拨款", f["gpb_in"]), ("二、政府性基金预算财政拨款", f["fund_in"]),
                 ("三、国有资本经营预算财政拨款", ZERO)]
    for i, cls in enumerate(CLASSES):
        left = f_incomes[i] if i < len(f_incomes) else ("", None)
        g = f["class_gpb"][cls]["total"] if cls in f["class_gpb"] else ZERO
        fu = f["class_fund"][cls]["fund"] if cls in f["class_fund"] else ZERO
        add(f"{left[0]}\t{'' if left[1] is None else money(left[1], True)}\t{NUMERALS[i]}、{cls}"
            f"\t{money(g + fu, True)}\t{money(g, True)}\t{money(fu, True)}\t")
    add(f"本年收入合计\t{money(f['fiscal_in'])}\t本年支出合计\t{money(f['fiscal_out'])}\t{money(f['gpb_out'])}"
        f"\t{money(f['fund_out'])}\t")
    add(f"年初财政拨款结转和结余\t{money(f['begin_gpb'])}\t年末财政拨款结转和结余\t{money(f['end_gpb'] + f['fund_end'])}"
        f"\t{money(f['end_gpb'])}\t{money(f['fund_end'])}\t")
    add(f"一、一般公共预算财政拨款\t{money(f['begin_gpb'])}\t\t\t\t\t")
    add("二、政府性基金预算财政拨款\t\t\t\t\t\t")
    add("三、国有资本经营预算财政拨款\t\t\t\t\t\t")
    add(f"总计\t{money(f['fiscal_grand'])}\t总计\t{money(f['fiscal_grand'])}\t{money(f['gpb_out'] + f['end_gpb'])}"
        f"\t{money(f['fund_out'] + f['fund_end'])}\t")
    note("本表反映部门本年度财政拨款总收支和结转结余情况。")

    plain = dict(commas=False)
    caption("一般公共预算财政拨款支出决算表", 5)
    add("项目\t\t合计\t基本支出\t项目支出")
    add("功能分类科目编码\t科目名称\t\t\t")
    for r in f["gpb_rows"]:
        add(f"{r['code']}\t{r['name']}\t{money(r['total'], **plain)}\t{money(r['gb'], True, **plain)}"
            f"\t{money(r['gp'], True, **plain)}")
    add(f"\t合计\t{money(f['gpb_out'], **plain)}\t{money(f['gb'], **plain)}\t{money(f['gp'], **plain)}")
    note("本表反映部门本年度一般公共预算财政拨款支出情况。")

    caption("一般公共预算财政拨款基本支出决算表", 6)
    add("经济分类科目编码\t科目名称\t决算数\t经济分类科目编码\t科目名称\t决算数")
    pers, pub = f["pers"], f["pub"]
    for i in range(max(len(pers), len(pub))):
        a = pers[i] if i < len(pers) else ["", "", None]
        b = pub[i] if i < len(pub) else ["", "", None]
        add(f"{a[0]}\t{a[1]}\t{'' if a[2] is None else money(a[2], **plain)}\t{b[0]}\t{b[1]}"
            f"\t{'' if b[2] is None else money(b[2], **plain)}")
    add(f"人员经费合计\t\t{money(f['pers_total'], **plain)}\t公用经费合计\t\t{money(f['pub_total'], **plain)}")
    note("本表反映部门本年度一般公共预算财政拨款基本支出明细情况。")

    caption("财政拨款“三公”经费支出决算表", 7)
    add("财政拨款“三公”经费" + "\t" * 11)
    add("合计\t\t因公出国（境）费\t\t公务用车购置及运行维护费\t\t\t\t\t\t公务接待费\t")
    add("\t\t\t\t小计\t\t公务用车购置费\t\t公务用车运行维护费\t\t\t")
    add("\t".join(["预算数", "决算数"] * 6))
    cells = []
    for part in (f["three"], ABROAD, f["car"], CAR_BUY, CAR_RUN, RECEPTION):
        cells += [money(part[0], **plain), money(part[1], **plain)]
    add("\t".join(cells))
    note("本表反映部门本年度“三公”经费支出预决算情况。")

    caption("政府性基金预算财政拨款收入支出决算表", 8)
    add("项目\t\t年初结转和结余\t本年收入\t本年支出\t\t\t年末结转和结余")
    add("功能分类科目编码\t科目名称\t\t\t合计\t基本支出\t项目支出\t")
    add(f"合计\t\t\t{money(f['fund_in'], **plain)}\t{money(f['fund_out'], **plain)}\t\t{money(f['fund_out'], **plain)}"
        f"\t{money(f['fund_end'], **plain)}")
    for r in f["fund_rows"]:
        add(f"{r['code']}\t{r['name']}\t\t{money(r['fund_income'], **plain)}\t{money(r['fund'], **plain)}\t"
            f"\t{money(r['fund'], **plain)}\t{money(r['fund_income'] - r['fund'], **plain)}")
    note("本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。")

    caption("国有资本经营预算财政拨款收入支出决算表", 9)
    add("项目\t\t年初结转和结余\t本年收入\t本年支出\t\t\t年末结转和结余")
    add("功能分类科目编码\t科目名称\t\t\t合计\t基本支出\t项目支出\t")
    add("合计\t\t\t\t\t\t\t")
    note("本表反映部门本年度国有资本经营预算财政拨款收入支出及结转和结余情况。")
    add(f"说明：{DEPT}本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。")
    add("")


def figures() -> dict:
    """Every total the tables and the narrative print, in 元, derived from the leaves."""
    leaves = leaf_columns()
    f: dict = {}
    f["exp_rows"] = exp_rows = rolled(leaves, ["basic", "project"], PARENTS)
    for r in exp_rows:
        r["total"] = r["basic"] + r["project"]
    f["inc_rows"] = inc_rows = rolled(leaves, ["fiscal_in", "sy", "qt"], PARENTS)
    for r in inc_rows:
        r["total"] = r["fiscal_in"] + r["sy"] + r["qt"]
    f["gpb_rows"] = gpb_rows = rolled([x for x in leaves if x["gpb"]], ["gb", "gp", "budget"], PARENTS)
    for r in gpb_rows:
        r["total"] = r["gb"] + r["gp"]
    f["fund_rows"] = fund_rows = rolled([x for x in leaves if x["fund"] or x["fund_income"]], ["fund", "fund_income"], PARENTS)
    f["income_total"], f["expense_total"] = class_total(inc_rows, "total"), class_total(exp_rows, "total")
    f["basic"], f["project"] = class_total(exp_rows, "basic"), class_total(exp_rows, "project")
    f["fiscal_in"], f["sy"], f["qt"] = (class_total(inc_rows, k) for k in ("fiscal_in", "sy", "qt"))
    f["fund_in"], f["fund_out"] = class_total(fund_rows, "fund_income"), class_total(fund_rows, "fund")
    f["gpb_in"] = f["fiscal_in"] - f["fund_in"]
    f["gpb_out"], f["gb"], f["gp"] = class_total(gpb_rows, "total"), class_total(gpb_rows, "gb"), class_total(gpb_rows, "gp")
    f["gpb_budget"] = class_total(gpb_rows, "budget")
    f["begin_gpb"], f["end_gpb"] = CARRY["年初一般公共"], CARRY["年末一般公共"]
    assert f["gpb_in"] + f["begin_gpb"] == f["gpb_out"] + f["end_gpb"]
    f["fund_end"] = f["fund_in"] - f["fund_out"]
    f["begin"] = f["begin_gpb"] + CARRY["年初非财政"]
    f["grand"] = f["income_total"] + f["begin"]
    f["end"] = f["grand"] - f["expense_total"]
    f["fiscal_grand"] = f["fiscal_in"] + f["begin_gpb"]
    f["fiscal_out"] = f["gpb_out"] + f["fund_out"]
    f["class_out"] = {r["name"]: r for r in exp_rows if len(r["code"]) == 3}
    f["class_gpb"] = {r["name"]: r for r in gpb_rows if len(r["code"]) == 3}
    f["class_fund"] = {r["name"]: r for r in fund_rows if len(r["code"]) == 3}
    f["pers"], f["pub"] = basic_tables(f["gb"])
    f["pers_total"] = sum((r[2] for r in f["pers"] if len(r[0]) == 3), ZERO)
    f["pub_total"] = sum((r[2] for r in f["pub"] if len(r[0]) == 3), ZERO)
    assert f["pers_total"] + f["pub_total"] == f["gb"]
    f["car"] = tuple(a + b for a, b in zip(CAR_BUY, CAR_RUN))
    f["three"] = tuple(a + b + c for a, b, c in zip(ABROAD, f["car"], RECEPTION))
    return f


def narrative(L: list[str], f: dict) -> None:
    """第三部分: the narrative in 万元, each figure rounded from its 元 amount."""
    add = L.append

    def para(text: str) -> None:
        add(text)
        add("")

    para(f"第三部分 {DEPT}{YEAR}年度部门决算情况说明")
    para("一、收入支出决算总体情况说明")
    para(f"{YEAR}年度收、支总计{wan(f['grand'], 1)}万元。与{PRIOR}年度相比，收、支总计各"
         f"{change(f['grand'], PRIOR_TOTALS['总计'])}。主要变动原因是高标准农田建设项目资金增加。")
    para("二、收入决算情况说明")
    inc = [("一般公共预算财政拨款收入", f["gpb_in"]), ("政府性基金预算财政拨款收入", f["fund_in"]),
           ("事业收入", f["sy"]), ("其他收入", f["qt"])]
    listed = "；".join(f"{name}{wan(x)}万元，占{pct(x, f['income_total'])}%" for name, x in inc)
    para(f"{YEAR}年度本年收入合计{wan(f['income_total'])}万元，其中：{listed}。")
    para("三、支出决算情况说明")
    para(f"{YEAR}年度本年支出合计{wan(f['expense_total'])}万元，其中：基本支出{wan(f['basic'])}万元，"
         f"占{pct(f['basic'], f['expense_total'])}%；项目支出{wan(f['project'])}万元，"
         f"占{pct(f['project'], f['expense_total'])}%。")
    para("四、财政拨款收入支出决算总体情况说明")
    para(f"{YEAR}年度财政拨款收、支总计{wan(f['fiscal_grand'])}万元。与{PRIOR}年度相比，财政拨款收、支总计各"
         f"{change(f['fiscal_grand'], PRIOR_TOTALS['财政拨款总计'])}。主要变动原因是农业生产发展项目资金增加。")
    para("五、一般公共预算财政拨款支出决算情况说明")
    para("（一）一般公共预算财政拨款支出决算总体情况")
    para(f"{YEAR}年度一般公共预算财政拨款支出{wan(f['gpb_out'])}万元，占本年支出合计的"
         f"{pct(f['gpb_out'], f['expense_total'])}%。与{PRIOR}年度相比，一般公共预算财政拨款支出"
         f"{change(f['gpb_out'], PRIOR_TOTALS['一般公共预算支出'])}。主要变动原因是农田建设支出增加。")
    para("（二）一般公共预算财政拨款支出决算结构情况")
    parts = "；".join(f"{r['name']}{wan(r['total'], 1)}万元，占{pct(r['total'], f['gpb_out'])}%"
                     for r in f["gpb_rows"] if len(r["code"]) == 3)
    para(f"{YEAR}年度一般公共预算财政拨款支出{wan(f['gpb_out'])}万元，主要用于以下方面：{parts}。")
    para("（三）一般公共预算财政拨款支出决算具体情况")
    para(f"{YEAR}年度一般公共预算财政拨款支出年初预算为{wan(f['gpb_budget'])}万元，支出决算为{wan(f['gpb_out'])}万元，"
         f"完成年初预算的{pct(f['gpb_out'], f['gpb_budget'])}%。其中：")
    by_code = {r["code"]: r for r in f["gpb_rows"]}
    for i, leaf in enumerate(x for x in f["gpb_rows"] if len(x["code"]) == 7):
        cls, kuan = by_code[leaf["code"][:3]]["name"], by_code[leaf["code"][:5]]["name"]
        text = (f"{i + 1}.{cls}（类）{kuan}（款）{leaf['name']}（项）：年初预算为{wan(leaf['budget'])}万元，"
                f"支出决算为{wan(leaf['total'])}万元，完成年初预算的{pct(leaf['total'], leaf['budget'])}%。")
        if leaf["total"] != leaf["budget"]:
            text += f"决算数{'大于' if leaf['total'] > leaf['budget'] else '小于'}年初预算数的主要原因是年中据实调整。"
        para(text)
    para("六、一般公共预算财政拨款基本支出决算情况说明")
    para(f"{YEAR}年度一般公共预算财政拨款基本支出{wan(f['gb'], 0)}万元，其中：人员经费{wan(f['pers_total'], 0)}万元，"
         f"主要包括：基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、住房公积金、退休费；"
         f"公用经费{wan(f['pub_total'], 0)}万元，主要包括：办公费、水费、电费、邮电费、差旅费、维修（护）费、培训费、"
         f"公务接待费、公务用车运行维护费、办公设备购置。")
    three, car = f["three"], f["car"]
    para("七、财政拨款“三公”经费支出决算情况说明")
    para(f"{YEAR}年度“三公”经费财政拨款支出预算为{wan(three[0])}万元，支出决算为{wan(three[1])}万元，"
         f"完成预算的{pct(three[1], three[0])}%。与{PRIOR}年度相比，“三公”经费支出决算"
         f"{change(three[1], three[2])}。主要原因是本年未购置公务用车，且严格控制公务接待。")
    para(f"（一）因公出国（境）费支出决算为{wan(ABROAD[1])}万元，本年未安排因公出国（境）团组。")
    para(f"（二）公务用车购置及运行维护费支出决算为{wan(car[1])}万元，完成预算的{pct(car[1], car[0])}%。其中：公务用车购置费"
         f"{wan(CAR_BUY[1])}万元，本年未购置公务用车；公务用车运行维护费{wan(CAR_RUN[1])}万元，完成预算的"
         f"{pct(CAR_RUN[1], CAR_RUN[0])}%，主要用于农业执法、动物防疫等工作所需公务用车的燃料费、维修费、过路过桥费、"
         f"保险费等支出。截至{YEAR}年12月31日，本部门开支财政拨款的公务用车保有量为{sum(n for _, n in CARS)}辆。")
    para(f"（三）公务接待费支出决算为{wan(RECEPTION[1])}万元，完成预算的{pct(RECEPTION[1], RECEPTION[0])}%，"
         f"比{PRIOR}年度{change(RECEPTION[1], RECEPTION[2])}。国内公务接待26批次、173人次（不包括陪同人员），"
         f"主要用于接待上级部门检查指导农业农村工作。")
    para("八、政府性基金预算财政拨款收入支出决算情况说明")
    para(f"{YEAR}年度政府性基金预算财政拨款收入{wan(f['fund_in'])}万元，支出{wan(f['fund_out'])}万元，"
         f"年末结转和结余{wan(f['fund_end'])}万元。")
    para("九、国有资本经营预算财政拨款收入支出决算情况说明")
    para(f"{DEPT}{YEAR}年度无国有资本经营预算财政拨款收入和支出。")
    para("十、机关运行经费支出情况说明")
    para(f"{YEAR}年度本部门机关运行经费支出{wan(RUN_COST)}万元，比{PRIOR}年度{change(RUN_COST, PRIOR_TOTALS['机关运行经费'])}。"
         f"主要原因是压减一般性支出。")
    para("十一、政府采购支出情况说明")
    buy = GOODS + WORKS + SERVICES
    para(f"{YEAR}年度本部门政府采购支出总额{wan(buy)}万元，其中：政府采购货物支出{wan(GOODS)}万元、政府采购工程支出"
         f"{wan(WORKS)}万元、政府采购服务支出{wan(SERVICES)}万元。授予中小企业合同金额{wan(SME)}万元，占政府采购支出总额的"
         f"{pct(SME, buy)}%，其中：授予小微企业合同金额{wan(SMALL)}万元，占政府采购支出总额的{pct(SMALL, buy)}%。")
    para("十二、国有资产占用情况说明")
    cars = "、".join(f"{name}{n}辆" for name, n in CARS)
    para(f"截至{YEAR}年12月31日，本部门共有车辆{sum(n for _, n in CARS)}辆，其中：{cars}。"
         f"单价100万元（含）以上专用设备2台（套）。")
    para("十三、预算绩效管理情况说明")
    projects = sum(1 for r in f["gpb_rows"] if len(r["code"]) == 7 and r["gp"])
    para(f"本部门组织对{YEAR}年度一般公共预算项目支出全面开展绩效自评，共涉及项目{projects}个，资金{wan(f['gp'])}万元，"
         f"占一般公共预算项目支出总额的100%。自评结果为“优”的项目3个，为“良”的项目1个。")


def build() -> str:
    """The whole report's text."""
    f = figures()
    L: list[str] = [DEPT, f"{YEAR}年度部门决算", ""]
    add = L.append
    for line in [f"第一部分 {DEPT}概况", "", "一、主要职能", "",
                 "贯彻执行农业农村工作的方针政策，统筹全县农业生产发展、农田建设、农业技术推广和动物疫病防控工作。", "",
                 "二、部门决算单位构成", "",
                 f"本部门决算包括部门本级及所属{len(UNITS) - 1}个单位。纳入{DEPT}{YEAR}年度部门决算编制范围的单位包括：", ""]:
        add(line)
    add("序号\t单位名称\t单位性质")
    for i, unit in enumerate(UNITS, 1):
        add(f"{i}\t{unit}\t{'行政单位' if i == 1 else '事业单位'}")
    add("")
    add(f"第二部分 {DEPT}{YEAR}年度部门决算表")
    add("")
    tables(L, f)
    narrative(L, f)
    add("第四部分 名词解释")
    add("")
    terms = [("财政拨款收入", "本级财政当年拨付本部门的资金"), ("事业收入", "所属事业单位开展专业业务活动及辅助活动取得的收入"),
             ("其他收入", "上述各项以外的收入"), ("年初结转和结余", "以前年度尚未完成、结转到本年按有关规定继续使用的资金"),
             ("基本支出", "为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出"),
             ("项目支出", "在基本支出之外为完成特定行政任务和事业发展目标所发生的支出"),
             ("“三公”经费", "用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费"),
             ("机关运行经费", "为保障行政单位运行用于购买货物和服务的各项资金")]
    for i, (term, meaning) in enumerate(terms):
        add(f"{NUMERALS[i]}、{term}：指{meaning}。")
        add("")
    return "\n".join(L)


if __name__ == "__main__":
    write_filled(__doc__, build, OUT)
