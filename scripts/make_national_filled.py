"""Write corpora/synthetic/national_filled.txt: the national final-accounts template filled with made-up numbers.

    python scripts/make_national_filled.py [--out corpora/synthetic/national_filled.txt]

The layout is the national template's (corpora/pdfs/national-final-accounts-template.pdf): its nine
tables with their titles, header rows, row labels, 功能分类 codes and column order, and its narrative
with every placeholder filled. Every figure is derived here from a few made-up leaf amounts, so the
tables satisfy their identities (totals, parent = Σ children, cross-table equalities, 三公 = 出国 +
车辆 + 接待) and the narrative restates them. The file is printed as seed 000 is: prose lines, tables
as TAB-separated lines under their captions.
"""
from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from finder.testing import (
    change_words, class_total, percent as pct, rolled, table_amount as money,
    TEMPLATE_CLASSES as CLASSES, write_filled, ZH_ORDINALS as NUMERALS,
)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "corpora" / "synthetic" / "national_filled.txt"
DEPT = "上海市样例事务管理局"
YEAR, PRIOR = 2024, 2023
CENT = D("0.01")
ZERO = D("0")

# Leaves (项): code, name, and the made-up amounts each column gets.
# gb/gp: general-budget basic/project; fund: government-fund project; nb/np: basic/project paid from
# other income; biz: 经营支出; up: 上缴上级支出; sub: 对附属单位补助支出; inc: non-fiscal income by source;
# budget: 年初预算 of the general budget.
LEAVES = [
    ("2010301", "行政运行", dict(gb="612.38", budget="598.00")),
    ("2010350", "事业运行", dict(gb="208.74", budget="215.30")),
    ("2050203", "初中教育", dict(gp="356.20", np="41.30", inc={"事业收入": "35.00", "其他收入": "6.30"}, budget="380.00")),
    ("2050205", "高等教育", dict(gb="1284.56", gp="468.90", nb="325.18", np="96.40", biz="52.80",
                             inc={"事业收入": "430.00", "经营收入": "58.60"}, budget="1690.00", carry="-12.15")),
    ("2079999", "其他文化旅游体育与传媒支出", dict(gp="73.65", budget="73.65")),
    ("2080505", "机关事业单位基本养老保险缴费支出", dict(gb="186.42", nb="22.10", inc={"其他收入": "22.10"}, budget="180.60")),
    ("2080506", "机关事业单位职业年金缴费支出", dict(gb="93.21", nb="11.05", inc={"其他收入": "11.05"}, budget="90.30")),
    ("2101101", "行政单位医疗", dict(gb="54.36", budget="52.80")),
    ("2101102", "事业单位医疗", dict(gb="61.87", nb="9.44", inc={"其他收入": "9.44"}, budget="60.10")),
    ("2210201", "住房公积金", dict(gb="138.25", nb="15.60", inc={"其他收入": "15.60"}, budget="132.40")),
    ("2296003", "用于体育事业的彩票公益金支出", dict(fund="45.00", fund_income="50.00")),
]
PARENTS = {
    "201": "一般公共服务支出", "20103": "政府办公厅（室）及相关机构事务",
    "205": "教育支出", "20502": "普通教育",
    "207": "文化旅游体育与传媒支出", "20799": "其他文化旅游体育与传媒支出",
    "208": "社会保障和就业支出", "20805": "行政事业单位养老支出",
    "210": "卫生健康支出", "21011": "行政事业单位医疗",
    "221": "住房保障支出", "22102": "住房改革支出",
    "229": "其他支出", "22960": "彩票公益金安排的支出",
}
# 三公: (budget, actual, prior actual)
ABROAD = (D("15.00"), D("12.91"), D("9.80"))
CAR_BUY = (D("28.00"), D("27.46"), D("0.00"))
CAR_RUN = (D("18.00"), D("16.38"), D("17.52"))
RECEPTION = (D("6.00"), D("4.75"), D("5.36"))
# 一般公共预算财政拨款基本支出 by economic class; one item a side is the remainder (None).
PERSONNEL = [("301", "工资福利支出", None), ("30101", "基本工资", "486.20"), ("30102", "津贴补贴", "392.75"),
             ("30103", "奖金", "64.30"), ("30106", "伙食补助费", "0.00"), ("30107", "绩效工资", None),
             ("30108", "机关事业单位基本养老保险缴费", "186.42"), ("30109", "职业年金缴费", "93.21"),
             ("30110", "职工基本医疗保险缴费", "116.23"), ("30111", "公务员医疗补助缴费", "21.40"),
             ("30112", "其他社会保障缴费", "6.85"), ("30113", "住房公积金", "138.25"), ("30114", "医疗费", "0.00"),
             ("30199", "其他工资福利支出", "18.60"), ("303", "对个人和家庭的补助", None), ("30301", "离休费", "0.00"),
             ("30302", "退休费", "42.30"), ("30303", "退职（役）费", "0.00"), ("30304", "抚恤金", "3.60"),
             ("30305", "生活补助", "1.20"), ("30306", "救济费", "0.00"), ("30307", "医疗费补助", "8.90"),
             ("30308", "助学金", "0.00"), ("30309", "奖励金", "2.40"), ("30310", "个人农业生产补贴", "0.00"),
             ("30311", "代缴社会保险费", "0.00"), ("30399", "其他对个人和家庭的补助", "0.00")]
PUBLIC = [("302", "商品和服务支出", None), ("30201", "办公费", "38.60"), ("30202", "印刷费", "5.20"),
          ("30203", "咨询费", "0.00"), ("30204", "手续费", "0.35"), ("30205", "水费", "4.12"), ("30206", "电费", "16.85"),
          ("30207", "邮电费", "6.30"), ("30208", "取暖费", "0.00"), ("30209", "物业管理费", "58.40"),
          ("30211", "差旅费", "12.74"), ("30212", "因公出国（境）费用", str(ABROAD[1])), ("30213", "维修（护）费", "21.50"),
          ("30214", "租赁费", "0.00"), ("30215", "会议费", "3.20"), ("30216", "培训费", "8.45"),
          ("30217", "公务接待费", str(RECEPTION[1])), ("30218", "专用材料费", "0.00"), ("30224", "被装购置费", "0.00"),
          ("30225", "专用燃料费", "0.00"), ("30226", "劳务费", "15.30"), ("30227", "委托业务费", "0.00"),
          ("30228", "工会经费", "24.80"), ("30229", "福利费", "18.60"), ("30231", "公务用车运行维护费", str(CAR_RUN[1])),
          ("30239", "其他交通费用", "32.40"), ("30240", "税金及附加费用", "0.00"), ("30299", "其他商品和服务支出", "6.15"),
          ("310", "资本性支出", None), ("31001", "房屋建筑物购建", "0.00"), ("31002", "办公设备购置", "26.35"),
          ("31003", "专用设备购置", "0.00"), ("31007", "信息网络及软件购置更新", "18.90"),
          ("31013", "公务用车购置", str(CAR_BUY[1])), ("31019", "其他交通工具购置", "0.00"),
          ("31021", "文物和陈列品购置", "0.00"), ("31022", "无形资产购置", "0.00"), ("31099", "其他资本性支出", "0.00")]
PRIOR_TOTALS = {"总计": D("4018.36"), "财政拨款总计": D("3466.20"), "一般公共预算支出": D("3391.85"),
                "机关运行经费": D("336.90")}
CARRY = {"年初一般公共": D("18.40"), "年末一般公共": D("6.25"), "年初非财政": D("60.00")}
BUDGET_3P_REASON = "严格执行厉行节约有关规定，压减出国团组和接待批次"


def d(text) -> D:
    """A Decimal of a printed amount (None and '' are zero)."""
    return D(str(text)) if text not in (None, "") else ZERO


def amt(x: D) -> str:
    """A prose amount (two decimals, no separators)."""
    return f"{x.quantize(CENT)}"


def change(now: D, before: D, up: str = "增加", down: str = "减少", rise: str = "增长", fall: str = "下降") -> str:
    """'增加 A 万元，增长 P%' (or the fall) from two amounts."""
    return change_words(now, before, amt, " 万元", (up, down, rise, fall))


def leaf_columns(leaves):
    """Per leaf: its expense and income columns, from LEAVES (or a variant's)."""
    out = []
    for code, name, v in leaves:
        basic = d(v.get("gb")) + d(v.get("nb"))
        project = d(v.get("gp")) + d(v.get("np")) + d(v.get("fund"))
        biz = d(v.get("biz"))
        gpb = d(v.get("gb")) + d(v.get("gp"))
        fiscal_in = gpb + d(v.get("carry")) + d(v.get("fund_income"))
        inc = {k: d(x) for k, x in v.get("inc", {}).items()}
        out.append(dict(code=code, name=name, basic=basic, project=project, biz=biz, gpb=gpb,
                        up=d(v.get("up")), sub=d(v.get("sub")),
                        sj=inc.get("上级补助收入", ZERO), fs=inc.get("附属单位上缴收入", ZERO),
                        gb=d(v.get("gb")), gp=d(v.get("gp")), fund=d(v.get("fund")),
                        fund_income=d(v.get("fund_income")), fiscal_in=fiscal_in,
                        sy=inc.get("事业收入", ZERO), jy=inc.get("经营收入", ZERO), qt=inc.get("其他收入", ZERO),
                        budget=d(v.get("budget"))))
    return out


def resolve(items):
    """Economic-class rows as [code, name, amount or None (derived later)]."""
    return [[code, name, None if value is None else D(value)] for code, name, value in items]


def basic_tables(gb_total: D):
    """人员经费 and 公用经费 rows: a remainder item set so the two sides add up to the basic total."""
    pers = resolve(PERSONNEL)
    pub = resolve(PUBLIC)
    pub_sum = sum((r[2] for r in pub if r[2] is not None), ZERO)
    pers_known = sum((r[2] for r in pers if r[2] is not None), ZERO)
    for r in pers:
        if r[0] == "30107":
            r[2] = gb_total - pub_sum - pers_known
    for side in (pers, pub):
        for r in side:
            if len(r[0]) == 3:
                r[2] = sum((x[2] for x in side if len(x[0]) == 5 and x[0][:3] == r[0]), ZERO)
    return pers, pub


def build(variant: dict | None = None) -> str:
    """The whole report's text; `variant` (scripts/make_unit_filled.py) fills the lines of units with their own income."""
    leaves = leaf_columns(variant["leaves"] if variant else LEAVES)
    exp_rows = rolled(leaves, ["basic", "project", "biz", "up", "sub"], PARENTS)
    for r in exp_rows:
        r["total"] = r["basic"] + r["project"] + r["biz"] + r["up"] + r["sub"]
    inc_rows = rolled(leaves, ["fiscal_in", "sj", "sy", "jy", "fs", "qt"], PARENTS)
    for r in inc_rows:
        r["total"] = r["fiscal_in"] + r["sj"] + r["sy"] + r["jy"] + r["fs"] + r["qt"]
    gpb_leaves = [x for x in leaves if x["gpb"]]
    gpb_rows = rolled(gpb_leaves, ["gb", "gp", "budget"], PARENTS)
    for r in gpb_rows:
        r["total"] = r["gb"] + r["gp"]
    fund_leaves = [x for x in leaves if x["fund"] or x["fund_income"]]
    fund_rows = rolled(fund_leaves, ["fund", "fund_income"], PARENTS)

    income_total = class_total(inc_rows, "total")
    expense_total = class_total(exp_rows, "total")
    basic, project, biz, up, sub = (class_total(exp_rows, k) for k in ("basic", "project", "biz", "up", "sub"))
    fiscal_in, sj, sy, jy, fs, qt = (class_total(inc_rows, k) for k in ("fiscal_in", "sj", "sy", "jy", "fs", "qt"))
    used, dist = (variant["used"], variant["dist"]) if variant else (ZERO, ZERO)
    fund_in, fund_out = class_total(fund_rows, "fund_income"), class_total(fund_rows, "fund")
    gpb_in = fiscal_in - fund_in
    gpb_out, gb, gp = class_total(gpb_rows, "total"), class_total(gpb_rows, "gb"), class_total(gpb_rows, "gp")
    gpb_budget = class_total(gpb_rows, "budget")
    begin_gpb, end_gpb = CARRY["年初一般公共"], CARRY["年末一般公共"]
    assert gpb_in + begin_gpb == gpb_out + end_gpb
    fund_end = fund_in - fund_out
    begin = begin_gpb + CARRY["年初非财政"]
    grand = income_total + used + begin
    end = grand - expense_total - dist
    fiscal_grand = fiscal_in + begin_gpb
    fiscal_out = gpb_out + fund_out
    class_out = {r["name"]: r for r in exp_rows if len(r["code"]) == 3}
    class_gpb = {r["name"]: r for r in gpb_rows if len(r["code"]) == 3}
    class_fund = {r["name"]: r for r in fund_rows if len(r["code"]) == 3}
    pers, pub = basic_tables(gb)
    pers_total = sum((r[2] for r in pers if len(r[0]) == 3), ZERO)
    pub_total = sum((r[2] for r in pub if len(r[0]) == 3), ZERO)
    assert pers_total + pub_total == gb
    car = tuple(a + b for a, b in zip(CAR_BUY, CAR_RUN))
    three = tuple(a + b + c for a, b, c in zip(ABROAD, car, RECEPTION))

    L: list[str] = []
    add = L.append
    add(DEPT)
    add(f"{YEAR} 年度部门决算")
    add("")
    add("目 录")
    add("")
    for line in [f"第一部分 {DEPT}概况", "一、主要职能", "二、部门决算单位构成", "",
                 f"第二部分 {DEPT}{YEAR}年度部门决算表", "一、收入支出决算总表", "二、收入决算表", "三、支出决算表",
                 "四、财政拨款收入支出决算总表", "五、一般公共预算财政拨款支出决算表",
                 "六、一般公共预算财政拨款基本支出决算表", "七、财政拨款“三公”经费支出决算表",
                 "八、政府性基金预算财政拨款收入支出决算表", "九、国有资本经营预算财政拨款收入支出决算表", "",
                 f"第三部分 {DEPT}{YEAR}年度部门决算情况说明", "一、收入支出决算总体情况说明", "二、收入决算情况说明",
                 "三、支出决算情况说明", "四、财政拨款收入支出决算总体情况说明",
                 "五、一般公共预算财政拨款支出决算情况说明", "六、一般公共预算财政拨款基本支出决算情况说明",
                 "七、财政拨款“三公”经费支出决算情况说明", "八、政府性基金预算财政拨款收入支出决算情况说明",
                 "九、国有资本经营预算财政拨款收入支出决算情况说明", "十、预算绩效管理情况", "十一、其他重要事项说明", "",
                 "第四部分 名词解释", ""]:
        add(line)
    add(f"第一部分 {DEPT}概况")
    add("")
    add("一、主要职能")
    add("")
    add("负责本市样例事务的统筹管理，承担所属学校和事业单位的业务指导工作。")
    add("")
    add("二、部门决算单位构成")
    add("")
    add(f"从预算单位构成看，{DEPT}部门决算包括：{DEPT}本级决算、下属行政事业单位决算。")
    add("")
    add(f"纳入{DEPT}{YEAR}年度部门决算编制范围的单位包括：")
    add("")
    add("序号\t单位名称\t备注")
    for i, unit in enumerate([f"{DEPT}（本级）", "上海市样例事务服务中心", "上海市样例事务学院", "上海市样例事务初级中学"], 1):
        add(f"{i}\t{unit}\t")
    add("")
    add(f"第二部分 {DEPT}{YEAR}年度部门决算表")
    add("")

    def caption(title: str, no: int) -> None:
        add(title)
        add("")
        add(f"公开{no:02d}表")
        add("")
        add(f"部门：{DEPT}\t{YEAR}年度\t单位：万元")
        add("")

    # 01 收入支出决算总表
    caption("收入支出决算总表", 1)
    add("收入\t\t支出\t")
    add("项目\t决算数\t项目\t决算数")
    incomes = [("一、一般公共预算财政拨款收入", gpb_in), ("二、政府性基金预算财政拨款收入", fund_in),
               ("三、国有资本经营预算财政拨款收入", ZERO), ("四、上级补助收入", sj), ("五、事业收入", sy),
               ("六、经营收入", jy), ("七、附属单位上缴收入", fs), ("八、其他收入", qt)]
    for i, cls in enumerate(CLASSES):
        left = incomes[i] if i < len(incomes) else ("", None)
        spent = class_out[cls]["total"] if cls in class_out else ZERO
        add(f"{left[0]}\t{'' if left[1] is None else money(left[1], True)}\t{NUMERALS[i]}、{cls}\t{money(spent, True)}")
    add(f"本年收入合计\t{money(income_total)}\t本年支出合计\t{money(expense_total)}")
    add(f"使用非财政拨款结余\t{money(used, True)}\t结余分配\t{money(dist, True)}")
    add(f"年初结转和结余\t{money(begin)}\t年末结转和结余\t{money(end)}")
    add(f"总计\t{money(grand)}\t总计\t{money(grand)}")
    add("")
    add("注：本表反映部门本年度的总收支和年末结转结余情况。")
    add("")

    # 02 收入决算表
    caption("收入决算表", 2)
    add("项目\t\t本年收入合计\t财政拨款收入\t上级补助收入\t事业收入\t经营收入\t附属单位上缴收入\t其他收入")
    add("功能分类科目编码\t科目名称\t\t\t\t\t\t\t")
    for r in [dict(code="", name="合计", total=income_total, fiscal_in=fiscal_in, sj=sj, sy=sy, jy=jy, fs=fs, qt=qt)] + inc_rows:
        first = money(r["fiscal_in"], bool(r["code"]))
        add(f"{r['code']}\t{r['name']}\t{money(r['total'])}\t{first}\t"
            + "\t".join(money(r[k], True) for k in ("sj", "sy", "jy", "fs", "qt")))
    add("")
    add("注：本表反映部门本年度取得的各项收入情况。")
    add("")

    # 03 支出决算表
    caption("支出决算表", 3)
    add("项目\t\t本年支出合计\t基本支出\t项目支出\t上缴上级支出\t经营支出\t对附属单位补助支出")
    add("功能分类科目编码\t科目名称\t\t\t\t\t\t")
    for r in [dict(code="", name="合计", total=expense_total, basic=basic, project=project, up=up, biz=biz, sub=sub)] + exp_rows:
        add(f"{r['code']}\t{r['name']}\t{money(r['total'])}\t{money(r['basic'], bool(r['code']))}"
            f"\t{money(r['project'], bool(r['code']))}\t" + "\t".join(money(r[k], True) for k in ("up", "biz", "sub")))
    add("")
    add("注：本表反映部门本年度各项支出情况。")
    add("")

    # 04 财政拨款收入支出决算总表
    caption("财政拨款收入支出决算总表", 4)
    add("收入\t\t支出\t\t\t\t")
    add("项目\t决算数\t项目\t合计\t一般公共预算财政拨款\t政府性基金预算财政拨款\t国有资本经营预算财政拨款")
    f_incomes = [("一、一般公共预算财政拨款", gpb_in), ("二、政府性基金预算财政拨款", fund_in),
                 ("三、国有资本经营预算财政拨款", ZERO)]
    for i, cls in enumerate(CLASSES):
        left = f_incomes[i] if i < len(f_incomes) else ("", None)
        g = class_gpb[cls]["total"] if cls in class_gpb else ZERO
        f = class_fund[cls]["fund"] if cls in class_fund else ZERO
        add(f"{left[0]}\t{'' if left[1] is None else money(left[1], True)}\t{NUMERALS[i]}、{cls}"
            f"\t{money(g + f, True)}\t{money(g, True)}\t{money(f, True)}\t")
    add(f"本年收入合计\t{money(fiscal_in)}\t本年支出合计\t{money(fiscal_out)}\t{money(gpb_out)}\t{money(fund_out)}\t")
    add(f"年初财政拨款结转和结余\t{money(begin_gpb)}\t年末财政拨款结转和结余\t{money(end_gpb + fund_end)}"
        f"\t{money(end_gpb)}\t{money(fund_end)}\t")
    add(f"一、一般公共预算财政拨款\t{money(begin_gpb)}\t\t\t\t\t")
    add("二、政府性基金预算财政拨款\t\t\t\t\t\t")
    add("三、国有资本经营预算财政拨款\t\t\t\t\t\t")
    add(f"总计\t{money(fiscal_grand)}\t总计\t{money(fiscal_grand)}\t{money(gpb_out + end_gpb)}"
        f"\t{money(fund_out + fund_end)}\t")
    add("")
    add("注：本表反映部门本年度财政拨款总收支和结转结余情况。")
    add("")

    # 05 一般公共预算财政拨款支出决算表
    caption("一般公共预算财政拨款支出决算表", 5)
    add("项目\t\t合计\t基本支出\t项目支出")
    add("功能分类科目编码\t科目名称\t\t\t")
    for r in gpb_rows:
        add(f"{r['code']}\t{r['name']}\t{money(r['total'])}\t{money(r['gb'], True)}\t{money(r['gp'], True)}")
    add(f"\t合计\t{money(gpb_out)}\t{money(gb)}\t{money(gp)}")
    add("")
    add("注：本表反映部门本年度一般公共预算财政拨款支出情况。")
    add("")

    # 06 一般公共预算财政拨款基本支出决算表
    caption("一般公共预算财政拨款基本支出决算表", 6)
    add("经济分类科目编码\t科目名称\t决算数\t经济分类科目编码\t科目名称\t决算数")
    for i in range(max(len(pers), len(pub))):
        a = pers[i] if i < len(pers) else ["", "", None]
        b = pub[i] if i < len(pub) else ["", "", None]
        add(f"{a[0]}\t{a[1]}\t{'' if a[2] is None else money(a[2])}\t{b[0]}\t{b[1]}\t{money(b[2])}")
    add(f"人员经费合计\t\t{money(pers_total)}\t公用经费合计\t\t{money(pub_total)}")
    add("")
    add("注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。")
    add("")

    # 07 三公
    caption("财政拨款“三公”经费支出决算表", 7)
    add("财政拨款“三公”经费" + "\t" * 11)
    add("合计\t\t因公出国（境）费\t\t公务用车购置及运行维护费\t\t\t\t\t\t公务接待费\t")
    add("\t\t\t\t小计\t\t公务用车购置费\t\t公务用车运行维护费\t\t\t")
    add("\t".join(["预算数", "决算数"] * 6))
    cells = []
    for part in (three, ABROAD, car, CAR_BUY, CAR_RUN, RECEPTION):
        cells += [money(part[0]), money(part[1])]
    add("\t".join(cells))
    add("")
    add("注：本表反映部门本年度“三公”经费支出预决算情况。")
    add("")

    # 08 政府性基金
    caption("政府性基金预算财政拨款收入支出决算表", 8)
    add("项目\t\t年初结转和结余\t本年收入\t本年支出\t\t\t年末结转和结余")
    add("功能分类科目编码\t科目名称\t\t\t合计\t基本支出\t项目支出\t")
    add(f"合计\t\t\t{money(fund_in)}\t{money(fund_out)}\t\t{money(fund_out)}\t{money(fund_end)}")
    for r in fund_rows:
        add(f"{r['code']}\t{r['name']}\t\t{money(r['fund_income'])}\t{money(r['fund'])}\t\t{money(r['fund'])}"
            f"\t{money(r['fund_income'] - r['fund'])}")
    add("")
    add("注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。")
    add("")

    # 09 国有资本经营
    caption("国有资本经营预算财政拨款收入支出决算表", 9)
    add("项目\t\t年初结转和结余\t本年收入\t本年支出\t\t\t年末结转和结余")
    add("功能分类科目编码\t科目名称\t\t\t合计\t基本支出\t项目支出\t")
    add("合计\t\t\t\t\t\t\t")
    add("")
    add("注：本表反映部门本年度国有资本经营预算财政拨款收入支出及结转和结余情况。")
    add("")
    add(f"说明：{DEPT}本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。")
    add("")

    # 第三部分
    add(f"第三部分 {DEPT}{YEAR}年度部门决算情况说明")
    add("")
    add("一、收入支出决算总体情况说明")
    add("")
    add(f"{DEPT}{YEAR}年度收入支出总计{amt(grand)} 万元。与{PRIOR}年度相比，收入支出总计"
        f"{change(grand, PRIOR_TOTALS['总计'])}。主要原因：所属学院扩大招生规模，教学支出相应增加。")
    add("")
    if variant:
        a, c = variant["end_basic"], variant["end_operating"]
        add(f"使用非财政拨款结余{amt(used)} 万元，主要是{variant['why']['使用非财政拨款结余']}。结余分配{amt(dist)} 万元，"
            f"主要是{variant['why']['结余分配']}。年末结转和结余{amt(end)} 万元，其中：基本支出结转{amt(a)} 万元，"
            f"项目支出结转和结余{amt(end - a - c)} 万元，经营结余{amt(c)} 万元。")
        add("")
    add("二、收入决算情况说明")
    add("")
    sources = [("财政拨款收入", fiscal_in), ("上级补助收入", sj), ("事业收入", sy), ("经营收入", jy),
               ("附属单位上缴收入", fs), ("其他收入", qt)]
    add(f"本年收入合计{amt(income_total)} 万元，其中："
        + "；".join(f"{name}{amt(x)} 万元，占{pct(x, income_total)}%" for name, x in sources if x) + "。")
    add("")
    if variant:
        for name, x in sources[1:-1]:
            add(f"{name}{amt(x)} 万元，占本年收入合计的{pct(x, income_total)}%，"
                + (f"比{PRIOR}年度{change(x, variant['prior'][name])}，" if name in variant["prior"] else "")
                + f"主要是{variant['why'][name]}。")
            add("")
        add(f"上级补助收入{amt(sj)} 万元，附属单位上缴收入{amt(fs)} 万元，两项合计占本年收入合计的{pct(sj + fs, income_total)}%。")
        add("")
    add("三、支出决算情况说明")
    add("")
    kinds = [("基本支出", basic), ("项目支出", project), ("上缴上级支出", up), ("经营支出", biz), ("对附属单位补助支出", sub)]
    add(f"本年支出合计{amt(expense_total)} 万元，其中："
        + "；".join(f"{name}{amt(x)} 万元，占{pct(x, expense_total)}%" for name, x in kinds if x) + "。")
    add("")
    if variant:
        for name, x in kinds[2:]:
            add(f"{name}{amt(x)} 万元，"
                + (f"比{PRIOR}年度{change(x, variant['prior'][name])}，" if name in variant["prior"]
                   else f"占本年支出合计的{pct(x, expense_total)}%，")
                + f"主要是{variant['why'][name]}。")
            add("")
    add("四、财政拨款收入支出决算总体情况说明")
    add("")
    add(f"{DEPT}{YEAR}年度财政拨款收入支出总计{amt(fiscal_grand)} 万元。与{PRIOR}年度相比，财政拨款收入支出总计"
        f"{change(fiscal_grand, PRIOR_TOTALS['财政拨款总计'])}。主要原因：所属学院教学设施改造项目支出增加。")
    add("")
    add("五、一般公共预算财政拨款支出决算情况说明")
    add("")
    add("（一）一般公共预算财政拨款支出决算总体情况")
    add("")
    add(f"一般公共预算财政拨款支出{amt(gpb_out)} 万元，占本年支出合计的{pct(gpb_out, expense_total)}%。与{PRIOR}年度相比，"
        f"一般公共预算财政拨款支出{change(gpb_out, PRIOR_TOTALS['一般公共预算支出'])}。主要原因：教学设施改造项目支出增加。")
    add("")
    add("（二）一般公共预算财政拨款支出决算结构情况")
    add("")
    parts = "；".join(f"{r['name']}（类）{amt(r['total'])} 万元，占{pct(r['total'], gpb_out)}%"
                     for r in gpb_rows if len(r["code"]) == 3)
    add(f"一般公共预算财政拨款支出{amt(gpb_out)} 万元，主要用于以下方面：{parts}。")
    add("")
    add("（三）一般公共预算财政拨款支出决算具体情况")
    add("")
    way = "大于" if gpb_out > gpb_budget else "小于"
    add(f"一般公共预算财政拨款支出年初预算为{amt(gpb_budget)} 万元，支出决算为{amt(gpb_out)} 万元，"
        f"完成年初预算的{pct(gpb_out, gpb_budget)}%。决算数{way}预算数的主要原因：年中追加教学设施改造项目。其中：")
    add("")
    by_code = {r["code"]: r for r in gpb_rows}
    for i, leaf in enumerate(x for x in gpb_rows if len(x["code"]) == 7):
        cls, kuan = by_code[leaf["code"][:3]]["name"], by_code[leaf["code"][:5]]["name"]
        text = (f"{i + 1}、{cls}（类）{kuan}（款）{leaf['name']}（项）。主要用于：本部门及所属单位的相关支出。"
                f"年初预算为{amt(leaf['budget'])} 万元，支出决算为{amt(leaf['total'])} 万元。")
        if leaf["total"] == leaf["budget"]:
            text += "预决算持平。"
        else:
            text += f"决算数{'大于' if leaf['total'] > leaf['budget'] else '小于'}预算数的主要原因：年中按实际需要调整。"
        add(text)
        add("")
    add("六、一般公共预算财政拨款基本支出决算情况说明")
    add("")
    add(f"一般公共预算财政拨款基本支出{amt(gb)} 万元。其中：人员经费{amt(pers_total)} 万元，主要包括：基本工资、津贴补贴、"
        f"奖金、绩效工资、社会保障缴费、住房公积金、退休费；公用经费{amt(pub_total)} 万元，主要包括：办公费、印刷费、"
        f"水电费、物业管理费、差旅费、维修（护）费、公务用车购置及运行维护费、办公设备购置。")
    add("")
    add("七、财政拨款“三公”经费支出决算情况说明")
    add("")
    add("（一）“三公”经费财政拨款支出决算总体情况说明。")
    add("")
    add(f"“三公”经费财政拨款支出年初预算为{amt(three[0])} 万元，支出决算为{amt(three[1])} 万元，完成预算的{pct(three[1], three[0])}%，"
        f"其中：因公出国（境）费决算为{amt(ABROAD[1])} 万元，完成预算的{pct(ABROAD[1], ABROAD[0])}%；公务用车购置及运行维护费"
        f"支出决算为{amt(car[1])} 万元，完成预算的{pct(car[1], car[0])}%；公务接待费支出决算为{amt(RECEPTION[1])} 万元，"
        f"完成预算的{pct(RECEPTION[1], RECEPTION[0])}%。{YEAR}年度“三公”经费支出决算数小于预算数的主要原因：{BUDGET_3P_REASON}。")
    add("")

    def moved(now: D, before: D) -> str:
        return change(now, before, "增加", "减少", "增长", "下降")

    add(f"{YEAR}年度“三公”经费财政拨款支出决算数比{PRIOR}年度{moved(three[1], three[2])}，其中：因公出国（境）费支出决算"
        f"{moved(ABROAD[1], ABROAD[2])}；公务用车购置及运行维护费支出决算{moved(car[1], car[2])}；公务接待费支出决算"
        f"{moved(RECEPTION[1], RECEPTION[2])}。因公出国（境）费支出增加的主要原因是恢复国际交流项目。公务用车购置及运行维护费"
        f"支出增加的主要原因是更新已达报废年限的公务用车。公务接待费支出减少的主要原因是压减接待批次。")
    add("")
    add("（二）“三公”经费财政拨款支出决算具体情况说明。")
    add("")
    add(f"“三公”经费财政拨款支出决算中，因公出国（境）费支出决算{amt(ABROAD[1])} 万元，占{pct(ABROAD[1], three[1])}%；"
        f"公务用车购置及运行维护费支出决算{amt(car[1])} 万元，占{pct(car[1], three[1])}%；公务接待费支出决算{amt(RECEPTION[1])} 万元，"
        f"占{pct(RECEPTION[1], three[1])}%。具体情况如下：")
    add("")
    add(f"1、因公出国（境）费支出{amt(ABROAD[1])} 万元。全年安排因公出国（境）团组3 个、累计11 人次。开支内容包括：参加国际教育交流会议。")
    add("")
    add(f"2、公务用车购置及运行维护费支出{amt(car[1])} 万元。其中：")
    add("")
    add(f"公务用车购置支出为{amt(CAR_BUY[1])} 万元。主要用于更新已达报废年限的公务用车，购置公务用车2 辆。")
    add("")
    add(f"公务用车运行维护支出{amt(CAR_RUN[1])} 万元。主要用于公务用车燃料费、维修费、保险费等支出。{YEAR}年，{DEPT}所属各预算"
        f"单位开支财政拨款的公务用车保有量为7 辆。")
    add("")
    add(f"3、公务接待费支出{amt(RECEPTION[1])} 万元。其中：")
    add("")
    add(f"国内公务接待支出{amt(RECEPTION[1])} 万元（含外宾接待支出1.20 万元）。主要用于接待兄弟省市考察交流，共接待38 批次、"
        f"412 人次，其中：接待外宾3 批次、24 人次。")
    add("")
    add("八、政府性基金预算财政拨款收入支出决算情况说明")
    add("")
    add(f"政府性基金预算财政拨款收入{amt(fund_in)} 万元，支出{amt(fund_out)} 万元，支出具体情况如下：")
    add("")
    for i, leaf in enumerate(x for x in fund_rows if len(x["code"]) == 7):
        cls, kuan = PARENTS[leaf["code"][:3]], PARENTS[leaf["code"][:5]]
        add(f"{i + 1}、{cls}（类）{kuan}（款）{leaf['name']}（项）。主要用于：群众体育赛事活动。年初预算为{amt(leaf['fund_income'])} 万元，"
            f"支出决算为{amt(leaf['fund'])} 万元。决算数小于预算数的主要原因：部分赛事延期至下年举办。")
        add("")
    add("九、国有资本经营预算财政拨款收入支出决算情况说明")
    add("")
    add(f"{DEPT}{YEAR}年度无国有资本经营预算财政拨款收入和支出。")
    add("")
    add("十、预算绩效管理情况")
    add("")
    add(f"{DEPT}{YEAR}年度预算绩效管理工作开展情况如下：本部门建立了如下预算绩效管理制度：《项目支出绩效目标管理办法》、"
        f"《绩效自评工作规程》，建立了事前评估、事中监控、事后评价的预算绩效管理工作机制；全过程绩效管理实施情况："
        f"编报绩效目标的{YEAR}年度项目12个，涉及预算金额1040.75万元；绩效跟踪评价的{YEAR}年度项目5个，涉及预算金额812.40万元；"
        f"绩效自评的{YEAR}年度项目12个，涉及预算金额1040.75万元，平均得分92.35分（其中，绩效评级为“优”的项目7个；"
        f"绩效评级为“良”的项目4个；绩效评级为“合格”的项目1个；绩效评级为“不合格”的项目0个。绩效自评中共发现问题9个，"
        f"已经完成整改的6个，正在整改的3个）。")
    add("")
    add("十一、其他重要事项的情况说明")
    add("")
    add("（一）机关运行经费支出情况")
    add("")
    run_cost = D("318.47")
    add(f"机关运行经费支出{amt(run_cost)} 万元，比{PRIOR}年度{change(run_cost, PRIOR_TOTALS['机关运行经费'])}。"
        f"主要原因是严控一般性支出。")
    add("")
    add("（二）政府采购支出情况")
    add("")
    goods, works, services = D("212.50"), D("96.00"), D("177.82")
    add(f"{DEPT}{YEAR}年度政府采购金额（以合同签订为准）为{amt(goods + works + services)} 万元，其中：货物采购金额{amt(goods)} 万元、"
        f"工程采购金额{amt(works)} 万元、服务采购金额{amt(services)} 万元。")
    add("")
    add(f"{YEAR}年度本部门面向中小企业预留政府采购项目预算金额240.00 万元，面向小微企业预留政府采购项目预算金额150.00 万元。"
        f"在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额226.40 万元；在面向小微企业预留政府采购"
        f"项目中，由小微企业供应商中标或成交的，采购金额141.20 万元；在其他政府采购项目中，由中小企业供应商中标或成交的，"
        f"采购金额88.30 万元。")
    add("")
    add("（三）国有资产占有使用情况说明")
    add("")
    cars = [("部级领导干部用车", 0), ("主要领导干部用车", 1), ("机要通信用车", 1), ("应急保障用车", 2),
            ("执法执勤用车", 0), ("特种专业技术用车", 2), ("离退休干部用车", 0), ("其他用车", 3)]
    listed = "、".join(f"{name}{n} 辆" for name, n in cars)
    add(f"截至{YEAR}年12月31日，本部门共有车辆{sum(n for _, n in cars)} 辆，其中：{listed}。"
        f"单价100 万元（含）以上设备（不含车辆）3 台（套）。")
    add("")
    add("第四部分 名词解释")
    add("")
    terms = [("财政拨款收入", "本级财政当年拨付本部门的资金"), ("事业收入", "所属学校和事业单位开展业务活动取得的收入"),
             ("经营收入", "所属事业单位开展经营活动取得的收入"), ("其他收入", "上述各项以外的收入，主要是利息收入"),
             ("年初结转和结余", "以前年度留下、本年继续使用的资金"), ("年末结转和结余", "本年留下、以后年度继续使用的资金"),
             ("基本支出", "保障机构运转和日常工作的支出"), ("项目支出", "基本支出以外为完成特定任务的支出"),
             ("经营支出", "所属事业单位开展经营活动发生的支出"),
             ("“三公”经费", "用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费"),
             ("机关运行经费", "行政单位用一般公共预算财政拨款安排的基本支出中的日常公用经费")]
    for i, (term, meaning) in enumerate(terms):
        add(f"{NUMERALS[i]}、{term}：指{meaning}。")
        add("")
    return "\n".join(L)


if __name__ == "__main__":
    write_filled(__doc__, build, OUT)
