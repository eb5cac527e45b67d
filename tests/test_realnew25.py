"""Shapes met in real reports of regions finder was not built on (session 25): a total that adds the figure of the
sentence before ('…支出 A，增长 x%。加上转移性支出 B，支出合计 T'), a figure restated on another basis inside a list a
total adds ('支出 A，剔除一次性因素后为 A′；加上 B，支出合计 T'), a change rate printed in brackets after its change
('较上年减少 2.5 万元（31.25%）'), and '一般预算' (the fund's name before 2015) read as no budget period. Made-up
text of the same shape."""
from __future__ import annotations

from finder.testing import file_analysis as _analyse


# a county's final accounts report: each level's balance, the total adding the figure of the sentence before
_ADDED = ("丙县2031年财政决算的报告\n"
          "(一)一般公共预算决算情况\n"
          "1.全县\n"
          "全县一般公共预算支出80.25亿元,比上年增长2.1%,完成调整预算的101.4%。加上转移性支出40.30亿元,"
          "支出合计120.55亿元。\n"
          "收支相抵,全县一般公共预算收支平衡。\n"
          "2.县本级\n"
          "县本级一般公共预算支出60.10亿元,增长3.0%。加上转移性支出15.20亿元,支出合计75.30亿元。\n")


def test_a_total_adding_the_sentence_before_is_no_restatement_of_it(tmp_path):
    a = _analyse(tmp_path, _ADDED)
    found = [f for f in a.findings if f.check == "NT03"]
    assert not found, [f.message for f in found]
    totals = [c for c in a.claims if c.subject == "支出合计"]
    assert totals and all(c.status == "verified" for c in totals), [(c.raw, c.status) for c in totals]
    # the same total stated twice differently is still a restatement
    text = ("丙县2031年财政决算的报告\n"
            "(一)一般公共预算决算情况\n"
            "全县一般公共预算支出合计80.25亿元,比上年增长2.1%。\n"
            "另据统计,全县一般公共预算支出合计82.25亿元。\n")
    assert [f for f in _analyse(tmp_path, text).findings if f.check == "NT03"]


# the year's spending restated without one-off items, then the transfers added: the re-based figure is no item
_REBASED = ("丁市2031年市级财政决算情况\n"
            "(一)一般公共预算收支决算情况。\n"
            "2031年市本级一般公共预算收入100.40亿元,增长6.1%;加上转移性收入200.60亿元,收入合计301.00亿元。"
            "市本级一般公共预算支出120.50亿元,与执行数一致,剔除一次性因素后,为118.20亿元,增长4.0%,"
            "完成预算的99.1%;加上转移性支出{other}亿元,支出合计301.00亿元。\n")


def test_a_figure_rebased_within_the_list_is_no_item_of_its_total(tmp_path):
    a = _analyse(tmp_path, _REBASED.format(other="180.50"))
    found = [f for f in a.findings if f.check == "AR04"]
    assert not found, [f.message for f in found]
    total = next(c for c in a.claims if c.subject == "支出合计")
    assert total.status == "verified", total.status
    # the items without the re-based figure still have to add up
    found = [f for f in _analyse(tmp_path, _REBASED.format(other="190.50")).findings if f.check == "AR04"]
    assert found and "118.20" not in found[0].message, [f.message for f in found]


# a budget's 三公 note printing each change's rate in brackets after it
_BRACKETED = ("戊区卫生局2031年部门预算“三公”经费公开说明\n"
              "一、“三公”经费情况说明\n"
              "2031年本部门一般公共预算“三公”经费预算支出8.40万元,较上年减少11.60万元(58.00%),"
              "减少的主要原因是公车运行维护费减少。具体情况如下:\n"
              "1、公务接待费2.40万元,较上年减少1.6万元({rate}%),减少的主要原因是压缩接待费开支。\n"
              "2、公务用车运行维护费6.00万元,较上年减少10万元(62.50%)。\n")


def test_a_bracketed_rate_after_a_change_is_its_rate(tmp_path):
    a = _analyse(tmp_path, _BRACKETED.format(rate="40.00"))
    rates = [c for c in a.claims if c.unit == "%" and c.kind == "change_pct"]
    assert len(rates) == 3 and all(c.direction == "下降" for c in rates), [(c.raw, c.kind) for c in a.claims]
    assert all(c.status == "verified" for c in rates), [(c.raw, c.status) for c in rates]
    assert not [f for f in a.findings if f.check == "AR02"]
    # 1.6 ÷ (2.40 + 1.6) = 40%, not 1.6 ÷ 3.5
    found = [f for f in _analyse(tmp_path, _BRACKETED.format(rate="45.71")).findings if f.check == "AR02"]
    assert len(found) == 1 and found[0].severity == "error" and "45.71" in found[0].message, \
        [f.message for f in found]
    # a bracketed note that is no rate stays what it is
    text = ("戊区卫生局2031年部门预算“三公”经费公开说明\n"
            "公务接待费2.40万元,较上年减少1.6万元(占“三公”经费的28.57%)。\n")
    a = _analyse(tmp_path, text)
    assert not [c for c in a.claims if c.kind == "change_pct"], [(c.raw, c.kind) for c in a.claims]


# a report of the years before 2015 names the general budget '一般预算'
_OLD_FUND = ("己市本级2012年决算(草案)的报告\n"
             "2012年市本级支出总计400.0亿元,其中市本级一般预算支出250亿元。民生和各项公共事业实际支出200亿元,"
             "占市本级一般预算支出的{share}%。\n")


def test_the_old_name_of_the_general_budget_is_no_budget_period(tmp_path):
    a = _analyse(tmp_path, _OLD_FUND.format(share="80.0"))
    whole = next(c for c in a.claims if c.subject == "市本级一般预算支出")
    assert whole.period != "预算", whole.period
    share = next(c for c in a.claims if c.kind == "share")
    assert share.status == "verified", share.status
    found = [f for f in _analyse(tmp_path, _OLD_FUND.format(share="78.0")).findings if f.check == "AR01"]
    assert found, "a share off its part over the whole is reported"


# a province's budget execution report: a sentence of reasons between the figure and the sentence adding to it
_REASONED = ("庚省2031年预算执行情况的报告\n"
             "(一)2031年一般公共预算执行情况\n"
             "全省一般公共预算地方收入 120.5 亿元,为年初预算数的 110.2%,比上年决算数增长 12.3%。这主要得益于经济"
             "持续恢复,也有上年退税较多等因素影响。加上中央补助 900.0 亿元、一般债务收入 30 亿元、上年结转 {carry} 亿元,"
             "收入总量 1200.5亿元。\n")


def test_an_adding_sentence_adds_to_the_figure_before_a_sentence_of_reasons(tmp_path):
    a = _analyse(tmp_path, _REASONED.format(carry="150.0"))
    total = next(c for c in a.claims if c.subject == "收入总量")
    assert total.status == "verified", total.status
    found = [f for f in _analyse(tmp_path, _REASONED.format(carry="160.0")).findings if f.check == "AR04"]
    assert len(found) == 1 and found[0].severity == "warning" and "120.5" in found[0].message, \
        [f.message for f in found]


def test_a_fund_named_financial_budget_appropriation_is_no_budget_period(tmp_path):
    """'财政预算拨款' names the fund (财政拨款), not a budget: a final account's figures stay the year's actuals."""
    text = ("2031年辛市委宣传部“三公”经费增减情况说明\n"
            "2031年辛市委宣传部财政预算拨款“三公”经费支出合计36万元,比上年减少2.50万元。其中:公务接待费31万元,"
            "比上年减少2万元。\n")
    a = _analyse(tmp_path, text)
    amounts = [c for c in a.claims if c.kind == "amount"]
    assert amounts and all(c.period != "预算" for c in amounts), [(c.raw, c.period) for c in amounts]


def test_last_years_balance_is_this_years_opening_balance(tmp_path):
    """'上年结余' among a year's income is the year's opening balance (年初结转和结余), a figure of this year."""
    text = ("壬镇2031年财政决算情况\n"
            "2031年我镇政府性基金收入总计3200万元,其中本级收入100万元,上级补助收入1300万元,上年结余1800万元。\n")
    a = _analyse(tmp_path, text)
    balance = next(c for c in a.claims if c.subject == "上年结余")
    assert balance.period == "本年" and balance.concept == "carryover_begin", (balance.period, balance.concept)
