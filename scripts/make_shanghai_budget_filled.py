"""Write corpora/synthetic/shanghai_budget_filled.txt: a Shanghai district's 部门预算 template with made-up numbers.

    python scripts/make_shanghai_budget_filled.py [--out corpora/synthetic/shanghai_budget_filled.txt]

The layout is the one the Putuo district budgets of 2025 print (pdfs/putuo-*-2025-budget.pdf): 部门财务收支预算总表,
部门收入预算总表, 部门支出预算总表, 部门财政拨款收支预算总表, 一般公共预算支出功能分类预算表, 政府性基金 and
国有资本经营 预算支出功能分类预算表 (empty, with their note), 一般公共预算基本支出部门预算经济分类预算表 (all in 元),
and the “三公”经费和机关运行经费预算表 (in 万元); then the narrative in our own words: the 编制说明 with changes on
last year, the items of spending, 基本支出 by 人员经费 / 公用经费, “三公” and 机关运行经费, 政府采购, 绩效目标,
国有资产 and the projects' budgets with their 合计. Every figure is derived here from a few made-up leaf amounts in 元,
so the tables satisfy their identities and each prose figure is its 元 amount in 万元. Printed as seed 000 is:
prose lines, tables as TAB-separated lines under their titles.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal as D
from pathlib import Path

from finder.testing import (
    change_words, class_total, economic_rows, rolled, table_amount as money,
    write_filled, ZH_ORDINALS as NUMERALS,
)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "corpora" / "synthetic" / "shanghai_budget_filled.txt"
DEPT = "上海市某区样例委员会"
YEAR, PRIOR = 2031, 2030
CENT = D("0.01")
ZERO = D("0")
WAN = D("10000")

# Leaves (项) in 元: code, name, basic (一般公共预算), project (一般公共预算), 事业收入 (basic, other source),
# last year's budget of the leaf (一般公共预算), what it is for.
LEAVES = [
    ("2011301", "行政运行", "8426315", "0", "0", "8102240", "机关正常运转和在职人员经费"),
    ("2011302", "一般行政管理事务", "0", "3860000", "0", "4215000", "行业管理和专项业务工作"),
    ("2011350", "事业运行", "2617480", "0", "185000", "2533160", "所属事业单位运转和人员经费"),
    ("2060503", "科技条件专项", "0", "12400000", "0", "9800000", "企业技术创新扶持"),
    ("2080501", "行政单位离退休", "1384620", "0", "0", "1350210", "离退休人员补贴和活动经费"),
    ("2080505", "机关事业单位基本养老保险缴费支出", "1268770", "0", "0", "1221460", "基本养老保险缴费"),
    ("2080506", "机关事业单位职业年金缴费支出", "634385", "0", "0", "610730", "职业年金缴费"),
    ("2101101", "行政单位医疗", "587264", "0", "0", "566020", "行政单位基本医疗保险缴费"),
    ("2101102", "事业单位医疗", "213548", "0", "0", "205300", "事业单位基本医疗保险缴费"),
    ("2169999", "其他商业服务业等支出", "0", "6250000", "0", "5930000", "菜市场标准化和行业管理"),
    ("2210201", "住房公积金", "1172418", "0", "0", "1130450", "在职人员住房公积金缴存"),
    ("2210203", "购房补贴", "1304000", "0", "0", "1288000", "在职人员购房补贴"),
]
PARENTS = {
    "201": "一般公共服务支出", "20113": "商贸事务",
    "206": "科学技术支出", "20605": "科技条件与服务",
    "208": "社会保障和就业支出", "20805": "行政事业单位养老支出",
    "210": "卫生健康支出", "21011": "行政事业单位医疗",
    "216": "商业服务业等支出", "21699": "其他商业服务业等支出",
    "221": "住房保障支出", "22102": "住房改革支出",
}
# 一般公共预算基本支出 by economic class in 元: (code, name, 人员经费, 公用经费); one item is the remainder (None).
ECONOMIC = [("30101", "基本工资", "1862400", ""), ("30102", "津贴补贴", "5318650", ""),
            ("30107", "绩效工资", None, ""), ("30108", "机关事业单位基本养老保险缴费", "1268770", ""),
            ("30109", "职业年金缴费", "634385", ""), ("30110", "职工基本医疗保险缴费", "800812", ""),
            ("30113", "住房公积金", "1172418", ""), ("30201", "办公费", "", "236500"),
            ("30207", "邮电费", "", "18600"), ("30211", "差旅费", "", "72000"), ("30213", "维修（护）费", "", "15400"),
            ("30216", "培训费", "", "8200"), ("30217", "公务接待费", "", "12000"), ("30228", "工会经费", "", "168340"),
            ("30229", "福利费", "", "365200"), ("30239", "其他交通费用", "", "254880"),
            ("30299", "其他商品和服务支出", "", "96150"), ("30301", "离休费", "186420", ""),
            ("30302", "退休费", "1198200", ""), ("31002", "办公设备购置", "", "64500")]
HEADS = {"301": "工资福利支出", "302": "商品和服务支出", "303": "对个人和家庭的补助", "310": "资本性支出"}
# “三公” in 万元: (last year's budget, this year's)
ABROAD = (D("6.00"), D("4.50"))
CAR_BUY = (D("0.00"), D("18.00"))
CAR_RUN = (D("3.60"), D("3.20"))
RECEPTION = (D("1.50"), D("1.20"))
RUN_COST_PRIOR = D("128.45")                      # last year's 机关运行经费 budget in 万元 (this year's is 公用经费)
PROCUREMENT = (D("12.40"), D("0.00"), D("46.80"))  # 货物, 工程, 服务 in 万元
SME = (D("40.00"), D("32.00"))                     # reserved for SMEs, of which for small and micro firms
# Projects: name, parts (name, 万元); each project's 总预算 is the sum of its parts.
PROJECTS = [("科技创新专项", [("企业技术中心认定", "460.00"), ("专精特新企业培育", "780.00")]),
            ("商业发展专项", [("品牌首店引进", "210.00"), ("便民生活圈建设", "265.00"), ("商业数字化转型", "150.00")])]


def wan(x: D) -> str:
    """A prose amount in 万元 from 元 (two decimals, thousands separators as the template prints)."""
    return f"{(x / WAN).quantize(CENT, ROUND_HALF_UP):,.2f}"


def change(now: D, before: D) -> str:
    """'增加 A 万元，增长 P%' (or the fall, or 持平) between two amounts in 万元."""
    return change_words(now, before, lambda d: f"{d.quantize(CENT):,.2f}", flat="持平")


def leaves():
    """Per leaf: its amounts in 元."""
    out = []
    for code, name, gb, gp, sy, prior, use in LEAVES:
        gb, gp, sy = D(gb), D(gp), D(sy)
        out.append(dict(code=code, name=name, gb=gb, gp=gp, sy=sy, basic=gb + sy, project=gp, gpb=gb + gp,
                        total=gb + gp + sy, prior=D(prior), use=use))
    return out


def build() -> str:
    """The whole report's text."""
    lv = leaves()
    rows = rolled(lv, ["gb", "gp", "sy", "basic", "project", "gpb", "total", "prior"], PARENTS)
    classes = [r for r in rows if len(r["code"]) == 3]
    gb, gp, sy = class_total(rows, "gb"), class_total(rows, "gp"), class_total(rows, "sy")
    basic, project, gpb, grand = class_total(rows, "basic"), class_total(rows, "project"), class_total(rows, "gpb"), class_total(rows, "total")
    gpb_prior = class_total(rows, "prior")
    econ = economic_rows(gb, ECONOMIC, HEADS)
    pers = sum((r[2] for r in econ if len(r[0]) == 3), ZERO)
    pub = sum((r[3] for r in econ if len(r[0]) == 3), ZERO)
    assert pers + pub == gb and basic + project == grand == gpb + sy
    car = tuple(a + b for a, b in zip(CAR_BUY, CAR_RUN))
    three = tuple(a + b + c for a, b, c in zip(ABROAD, car, RECEPTION))
    gpb_wan = (gpb / WAN).quantize(CENT, ROUND_HALF_UP)
    prior_wan = (gpb_prior / WAN).quantize(CENT, ROUND_HALF_UP)     # last year's budget: the leaves' sum
    run_cost = (RUN_COST_PRIOR, (pub / WAN).quantize(CENT, ROUND_HALF_UP))

    L: list[str] = []
    add = L.append

    def para(text: str) -> None:
        add(text)
        add("")

    para(f"上海市某区{YEAR}年区级部门预算")
    para(f"预算主管部门：{DEPT}")
    para("目 录")
    tables = [f"{YEAR}年部门财务收支预算总表", f"{YEAR}年部门收入预算总表", f"{YEAR}年部门支出预算总表",
              f"{YEAR}年部门财政拨款收支预算总表", f"{YEAR}年部门一般公共预算支出功能分类预算表",
              f"{YEAR}年部门政府性基金预算支出功能分类预算表", f"{YEAR}年部门国有资本经营预算支出功能分类预算表",
              f"{YEAR}年部门一般公共预算基本支出部门预算经济分类预算表", f"{YEAR}年部门“三公”经费和机关运行经费预算表"]
    for line in ["一、部门主要职能", "二、部门机构设置", "三、名词解释", "四、部门预算编制说明", "五、部门预算表"]:
        add(line)
    for i, t in enumerate(tables, 1):
        add(f"{i}. {t}")
    add("六、其他相关情况说明")
    add("七、项目经费情况说明")
    add("")
    para(f"{DEPT}主要职能")
    para(f"{DEPT}是负责全区样例产业发展的区政府工作部门，主要职能是拟订本区样例产业发展规划并组织实施，"
         "指导所属事业单位开展服务工作。")
    para(f"{DEPT}机构设置")
    para(f"{DEPT}部门预算是包括委机关本部以及所属1家事业单位的综合收支计划。")
    para("名词解释")
    for i, (term, meaning) in enumerate([
            ("财政拨款收入", "区级预算主管部门及所属预算单位本年度从本级财政部门取得的财政拨款"),
            ("事业收入", "事业单位开展专业业务活动及其辅助活动取得的收入"),
            ("基本支出预算", "为保障机构正常运转、完成日常工作任务而编制的年度支出计划，包括人员经费和公用经费"),
            ("项目支出预算", "为完成特定工作任务和事业发展目标，在基本支出之外编制的年度支出计划"),
            ("“三公”经费", "使用区级财政拨款安排的因公出国（境）费、公务用车购置及运行费、公务接待费"),
            ("机关运行经费", "行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费")]):
        para(f"（{NUMERALS[i]}）{term}：指{meaning}。")

    para(f"{YEAR}年部门预算编制说明")
    para(f"{YEAR}年，{DEPT}收入预算{wan(grand)}万元，其中：财政拨款收入{wan(gpb)}万元，比{PRIOR}年预算"
         f"{change(gpb_wan, prior_wan)}；事业收入{wan(sy)}万元；事业单位经营收入0万元；其他收入0万元。")
    para(f"支出预算{wan(grand)}万元，其中：基本支出{wan(basic)}万元，项目支出{wan(project)}万元。财政拨款支出预算"
         f"{wan(gpb)}万元，比{PRIOR}年预算{change(gpb_wan, prior_wan)}。财政拨款支出预算中，一般公共预算拨款支出预算"
         f"{wan(gpb)}万元；政府性基金拨款支出预算0万元，与{PRIOR}年预算持平；国有资本经营预算拨款支出预算0万元，"
         f"与{PRIOR}年预算持平。")
    para("财政拨款支出增加的主要原因是科技创新扶持项目预算增加。")
    para("财政拨款支出主要内容如下：")
    by_code = {r["code"]: r for r in rows}
    for i, leaf in enumerate(x for x in lv if x["gpb"]):
        cls, kuan = by_code[leaf["code"][:3]]["name"], by_code[leaf["code"][:5]]["name"]
        now, before = (leaf["gpb"] / WAN).quantize(CENT, ROUND_HALF_UP), (leaf["prior"] / WAN).quantize(CENT, ROUND_HALF_UP)
        para(f"{i + 1}. “{cls}（类）{kuan}（款）{leaf['name']}（项）”{wan(leaf['gpb'])}万元，比{PRIOR}年预算"
             f"{change(now, before)}，主要用于{leaf['use']}。")

    def caption(title: str, unit: str = "元") -> None:
        para(title)
        para(f"编制部门：{DEPT}\t单位：{unit}")

    caption(tables[0])
    add("本年收入\t\t本年支出\t")
    add("项目\t预算数\t项目\t预算数")
    incomes = [("一、财政拨款收入", gpb), ("1. 一般公共预算资金", gpb), ("2. 政府性基金", ZERO),
               ("3. 国有资本经营预算", ZERO), ("二、事业收入", sy), ("三、事业单位经营收入", ZERO), ("四、其他收入", ZERO)]
    for i in range(max(len(incomes), len(classes))):
        left = f"{incomes[i][0]}\t{money(incomes[i][1], True)}" if i < len(incomes) else "\t"
        right = f"{NUMERALS[i]}、{classes[i]['name']}\t{money(classes[i]['total'])}" if i < len(classes) else "\t"
        add(f"{left}\t{right}")
    add(f"收入总计\t{money(grand)}\t支出总计\t{money(grand)}")
    add("")

    def functional(title: str, band: str, cols: list[str], values) -> None:
        caption(title)
        add(f"项目\t\t{band}" + "\t" * (len(cols) - 1))
        add("功能分类科目编码\t功能分类科目名称\t" + "\t".join(cols))
        for r in rows:
            if any(values(r)):
                add(f"{r['code']}\t{r['name']}\t" + "\t".join(money(v, True) for v in values(r)))
        add("合计\t\t" + "\t".join(money(v) for v in values(dict(zip(
            ("gb", "gp", "sy", "basic", "project", "gpb", "total"), (gb, gp, sy, basic, project, gpb, grand))))))
        add("")

    functional(tables[1], "收入预算", ["合计", "财政拨款收入", "事业收入", "事业单位经营收入", "其他收入"],
               lambda r: (r["total"], r["gpb"], r["sy"], ZERO, ZERO))
    functional(tables[2], "支出预算", ["合计", "基本支出", "项目支出"],
               lambda r: (r["total"], r["basic"], r["project"]))

    caption(tables[3])
    add("财政拨款收入\t\t财政拨款支出\t\t\t\t")
    add("项目\t预算数\t项目\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算")
    f_in = [("一、一般公共预算资金", gpb), ("二、政府性基金", ZERO), ("三、国有资本经营预算", ZERO)]
    for i, cls in enumerate(classes):
        left = f"{f_in[i][0]}\t{money(f_in[i][1], True)}" if i < len(f_in) else "\t"
        add(f"{left}\t{NUMERALS[i]}、{cls['name']}\t{money(cls['gpb'])}\t{money(cls['gpb'])}\t\t")
    add(f"收入总计\t{money(gpb)}\t支出总计\t{money(gpb)}\t{money(gpb)}\t\t")
    add("")

    functional(tables[4], "一般公共预算支出", ["合计", "基本支出", "项目支出"], lambda r: (r["gpb"], r["gb"], r["gp"]))

    for title, band, fund in ((tables[5], "政府性基金预算支出", "政府性基金预算"),
                              (tables[6], "国有资本经营预算支出", "国有资本经营预算")):
        caption(title)
        add(f"项目\t\t{band}\t\t")
        add("功能分类科目编码\t功能分类科目名称\t合计\t基本支出\t项目支出")
        add("合计\t\t\t\t")
        add("")
        para(f"注:本部门{YEAR}年无{fund}财政拨款安排的预算，故本表为空表。")

    caption(tables[7])
    add("项目\t\t一般公共预算基本支出\t\t")
    add("部门预算经济分类科目编码\t经济分类科目名称\t合计\t人员经费\t公用经费")
    for code, name, p, q in econ:
        add(f"{code}\t{name}\t{money(p + q)}\t{money(p, True)}\t{money(q, True)}")
    add(f"合计\t\t{money(gb)}\t{money(pers)}\t{money(pub)}")
    add("")

    caption(tables[8], "万元")
    add("“三公”经费预算数\t\t\t\t\t\t机关运行经费预算数")
    add("合计\t因公出国(境)费\t公务接待费\t公务用车购置及运行费\t\t\t")
    add("\t\t\t小计\t购置费\t运行费\t")
    add("\t".join(f"{x:.2f}" for x in (three[1], ABROAD[1], RECEPTION[1], car[1], CAR_BUY[1], CAR_RUN[1], run_cost[1])))
    add("")

    para("其他相关情况说明")
    para(f"一、{YEAR}年“三公”经费预算情况说明")
    para(f"{YEAR}年“三公”经费预算数为{three[1]:.2f}万元，比{PRIOR}年预算{change(three[1], three[0])}。其中：")
    para(f"（一）因公出国（境）费{ABROAD[1]:.2f}万元，比{PRIOR}年预算{change(ABROAD[1], ABROAD[0])}，主要原因是出访计划压减。")
    para(f"（二）公务用车购置及运行费{car[1]:.2f}万元，比{PRIOR}年预算{change(car[1], car[0])}。其中：公务用车购置费"
         f"{CAR_BUY[1]:.2f}万元，主要原因是更新一辆已达报废年限的公务用车；公务用车运行费{CAR_RUN[1]:.2f}万元，比{PRIOR}年预算"
         f"{change(CAR_RUN[1], CAR_RUN[0])}。")
    para(f"（三）公务接待费{RECEPTION[1]:.2f}万元，比{PRIOR}年预算{change(RECEPTION[1], RECEPTION[0])}，主要原因是严控接待规模。")
    para("二、机关运行经费预算")
    para(f"{YEAR}年{DEPT}财政拨款的机关运行经费预算为{run_cost[1]:,.2f}万元，比{PRIOR}年预算{change(run_cost[1], run_cost[0])}。")
    para("三、一般公共预算基本支出情况")
    para(f"{YEAR}年本部门一般公共预算基本支出{wan(gb)}万元，其中：人员经费{wan(pers)}万元，主要包括基本工资、津贴补贴、"
         f"绩效工资、社会保障缴费、住房公积金和离退休费；公用经费{wan(pub)}万元，主要包括办公费、差旅费、工会经费、"
         f"福利费和办公设备购置等。")
    para("四、政府采购预算情况")
    para(f"{YEAR}年度本部门政府采购预算{sum(PROCUREMENT, ZERO):.2f}万元，其中：政府采购货物预算{PROCUREMENT[0]:.2f}万元、"
         f"政府采购工程预算0万元、政府采购服务预算{PROCUREMENT[2]:.2f}万元。{YEAR}年本部门面向中小企业预留政府采购项目"
         f"预算金额{SME[0]:.2f}万元，其中，预留给小型和微型企业的政府采购项目预算为{SME[1]:.2f}万元。")
    proj_total = sum((D(v) for _, parts in PROJECTS for _, v in parts), ZERO)
    n_projects = sum(1 for x in lv if x["gp"])     # one project a leaf with project spending
    para("五、绩效目标设置情况")
    para(f"{YEAR}年度，本部门编报绩效目标的项目共{n_projects}个，涉及项目预算资金{(gp / WAN).quantize(CENT):,.2f}万元。")
    para("六、国有资产占有使用情况")
    para(f"截至{PRIOR}年8月31日，{DEPT}共有车辆2辆，其中：主要领导干部用车0辆、机要通信用车1辆、应急保障用车0辆、"
         f"其他用车1辆；单价100万元（含）以上设备（不含车辆）1台（套）。{YEAR}年部门预算安排购置车辆1辆，其中：其他用车1辆；"
         f"部门预算安排购置单价100万元（含）以上设备（不含车辆）0台（套）。")
    assert proj_total < gp / WAN
    for name, parts in PROJECTS:
        whole = sum((D(v) for _, v in parts), ZERO)
        para(f"{name}经费情况说明")
        para("一、项目概述")
        para(f"支持本区样例产业的{name[:4]}工作。")
        para("二、年度预算安排")
        listed = "，".join(f"{n}{v}万" for n, v in parts)          # the template's bare 万
        para(f"{YEAR}年度项目总预算{whole:.2f}万，其中{listed}，合计{whole:.2f}万。")
        para("三、绩效目标")
        para("详见单位的项目绩效目标表")
    return "\n".join(L)


if __name__ == "__main__":
    write_filled(__doc__, build, OUT)
