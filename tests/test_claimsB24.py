"""Session 24 (claimsB24): subjects, scopes and changes left unread in real reports.
Every text here is made up, of the shape found in the real excerpts."""
from __future__ import annotations

from finder.analysis import analyse


def _write(tmp_path, text: str) -> str:
    path = tmp_path / f"t{abs(hash(text))}.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


def _analysis(tmp_path, text: str):
    return analyse([_write(tmp_path, text)])


def _findings(tmp_path, text: str, check: str) -> list:
    return [f for f in _analysis(tmp_path, text).findings if f.check == check]


def _claim(a, raw: str, kind: str):
    return next(c for c in a.claims if c.raw.replace(" ", "") == raw and c.kind == kind)


# A town's report: the whole town's 三公 figures, then the 镇本级 (the town government's own) figures, the
# parts of the latter in a sentence of their own opening with 其中.
_TOWN = ("某县某某镇2031年度“三公”经费决算情况说明\n"
         "现将某某镇2031年度“三公”经费决算情况公布如下:\n"
         "2031年度“三公”经费52万元,其中:因公出国(境)费0万元,公务用车购置及运行维护费30万元,公务接待费22万元。\n"
         "经比较2031年度镇本级“三公”经费40万元,较上年减少12万元,下降23.08%。主要是严格落实过紧日子要求,压减“三公”经费。"
         "其中:公务用车购置及运行维护费{vehicle}万元,较上年减少6万元;公务接待费18万元,较上年减少6万元。\n")


def test_a_town_level_whole_is_held_to_its_town_level_parts(tmp_path):
    assert _findings(tmp_path, _TOWN.format(vehicle="22"), "AR04") == []
    (f,) = _findings(tmp_path, _TOWN.format(vehicle="26"), "AR04")
    assert f.severity == "error" and "40" in f.message and "26" in f.message and "18" in f.message


# The whole and its parts at the same (本级) level in one sentence: they add up, so all are verified.
_TOWN_ONE_SENTENCE = ("某某镇本级2031年度“三公”经费决算汇总情况公布如下:\n"
                      "2031年度镇本级“三公”经费决算{total}万元,因公出国(境)费0万元,公务接待费0万元,"
                      "公务用车购置及运行维护费4.5万元(公务用车购置费0万元、公务用车运行维护费4.5万元)。\n")


def test_a_town_level_whole_and_its_parts_in_one_sentence_verify_each_other(tmp_path):
    a = _analysis(tmp_path, _TOWN_ONE_SENTENCE.format(total="4.5"))
    assert _claim(a, "4.5万元", "amount").status == "verified"
    assert [f for f in a.findings if f.check == "AR04"] == []
    (f,) = _findings(tmp_path, _TOWN_ONE_SENTENCE.format(total="3.5"), "AR04")
    assert "3.5" in f.message


# A change on last year stated in the 其中 list of the parts' changes, this year's figure printed only in a
# later numbered item of the same section.
_LATER = ("某市某某检测站2031年度部门决算情况说明\n"
          "八、“三公”经费支出情况说明\n"
          "2031年度一般公共预算财政拨款安排的“三公”经费支出决算总额为 8.20 万元，比去年增加 1.20 万元，增长 17.1%，"
          "增加原因主要是公务用车运行支出增加。其中，因公出国支出决算比去年无增减变化；公务用车运行维护费支出决算比去年"
          "增加 1.40 万元，增长 {rate}%，主要是检测任务增加，公务车使用增加。具体情况如下：\n"
          "（一）因公出国（境）费支出 0 万元。\n"
          "（二）公务用车购置及运行费支出 6.40 万元。其中：\n"
          "公务用车购置支出 0 万元。\n"
          "公务用车运行支出 6.40 万元。主要用于检测样品运送。\n")


def test_a_change_is_recomputed_on_this_years_figure_printed_only_later(tmp_path):
    a = _analysis(tmp_path, _LATER.format(rate="28.0"))
    rate = _claim(a, "28.0%", "change_pct")
    assert rate.status == "verified" and "6.40" in rate.reason
    (f,) = _findings(tmp_path, _LATER.format(rate="21.9"), "AR02")
    assert f.severity == "warning" and "6.40" in f.computation and "21.9" in f.message
    # two later statements of the figure disagree: no one candidate, the change stays unread
    text = _LATER.format(rate="21.9") + "公务用车运行支出 5.40 万元。\n"
    assert _findings(tmp_path, text, "AR02") == []


def test_items_after_a_list_of_the_parts_changes_are_parts_of_the_lists_head(tmp_path):
    a = _analysis(tmp_path, _LATER.format(rate="28.0"))
    assert _claim(a, "0万元", "amount").whole == "three_public"
    assert _claim(a, "6.40万元", "amount").whole == "three_public"


# A university's report names itself 学校: '学校 YYYY 年度…' with another year than the report's is a stale year,
# as '本部门 YYYY 年度' is; in a bureau's report '学校' are its schools, not itself.
_SELF_NAMED = ("{unit}2031年度部门决算\n一、收入支出决算总体情况说明\n"
               "学校2030年度收入总计1,200.00万元，财政拨款收入800.00万元，事业收入400.00万元。\n")


def test_a_school_named_by_itself_with_another_year_is_a_stale_year(tmp_path):
    (f,) = [f for f in _findings(tmp_path, _SELF_NAMED.format(unit="某某大学"), "TX02")]
    assert "学校" in f.message and "2030" in f.message
    assert [f for f in _findings(tmp_path, _SELF_NAMED.format(unit="某县教育局"), "TX02")] == []


# 经济分类 classes as the parts of 基本支出, each with its own 其中 list of its 款: each level's parts add to no
# more than its own figure, and a class after another class's list is that class's sibling, not its part.
_NESTED = ("某县某局2031年度部门决算说明\n五、一般公共预算财政拨款基本支出决算情况说明\n"
           "2031年度一般公共预算财政拨款基本支出 300.00 万元，其中：工资福利支出 220.00 万元，其中：基本工资 100.00 万元，"
           "津贴补贴 80.00 万元，奖金 {bonus} 万元；商品和服务支出 {goods} 万元，其中：办公费 20.00 万元，印刷费 10.00 万元，"
           "差旅费 30.00 万元；对个人和家庭的补助 20.00 万元。\n")


def test_a_class_after_another_classes_list_is_its_sibling(tmp_path):
    a = _analysis(tmp_path, _NESTED.format(bonus="30.00", goods="60.00"))
    assert _claim(a, "60.00万元", "amount").whole == "gpb_basic_expense"
    assert _claim(a, "20.00万元", "amount").whole == "econ_302"      # 办公费, the first 20.00
    assert next(c for c in a.claims if c.subject == "对个人和家庭的补助").whole == "gpb_basic_expense"
    assert [f for f in a.findings if f.check == "AR04"] == []        # no sum across the levels


def test_each_level_of_a_nested_class_list_is_held_to_its_own_figure(tmp_path):
    (f,) = _findings(tmp_path, _NESTED.format(bonus="30.00", goods="70.00"), "AR04")
    assert "300.00" in f.message and "70.00" in f.message and "基本工资" not in f.message
    (f,) = _findings(tmp_path, _NESTED.format(bonus="50.00", goods="60.00"), "AR04")
    assert "220.00" in f.message and "奖金 50.00" in f.message and "商品和服务" not in f.message


# A 其中 list ending its paragraph, its items one paragraph each, naming both parts of a part it leaves out
# (公务用车购置费 and 公务用车运行维护费 for 公务用车购置及运行维护费): the items add up to the whole.
_LIST_BELOW = ("某市2031年市本级“三公”经费预算安排情况\n"
               "2031年，一般公共预算安排的“三公”经费支出共计1250万元，比2030年预算数减少50万元，下降3.85%。其中：\n"
               "公务接待费300万元，比上年年初预算减少40万元。\n"
               "因公出国(境)费50万元，比上年年初预算增加10万元。\n"
               "公务用车购置费200万元，比上年年初预算增加20万元。\n"
               "公务用车运行维护费{run}万元，比上年年初预算减少40万元。\n")


def test_a_list_one_paragraph_an_item_after_its_wholes_paragraph_adds_up(tmp_path):
    a = _analysis(tmp_path, _LIST_BELOW.format(run="700"))
    assert _claim(a, "1250万元", "amount").status == "verified"
    (f,) = _findings(tmp_path, _LIST_BELOW.format(run="800"), "AR04")
    assert f.severity == "error" and "1250" in f.message and "800" in f.message
