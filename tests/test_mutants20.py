"""Gaps found by session 20's mutation driver over narrative-only reports and evaluation appendices (a
verdict word flipped, a share changed where its whole is printed nowhere): every sentence here is made up,
the shape of a real wording with other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from


def _found(text: str, tables=None) -> list:
    return [f for f in run_checks(analysis_from(tables or {}, text, 2031)) if f.severity in ("error", "warning")]


_SUMMARY = ("（一）项目绩效目标完成情况\n"
            "一是开展农技培训场次年度目标值为≥80 场，实际完成{done} 场，{verdict}预期目标；"
            "二是培训满意度年度目标值为≥90%，实际完成93%，达到预期目标。\n")


def test_a_target_said_missed_while_the_printed_result_meets_it():
    """'目标值为≥80 场，实际完成 86 场，未达到预期目标': the sentence's own figures say the target was met, so its
    verdict contradicts them; AR07 read only the other way round (said met, result short)."""
    assert not _found(_SUMMARY.format(done="86", verdict="达到"))
    assert not _found(_SUMMARY.format(done="74", verdict="未达到"))
    [f] = _found(_SUMMARY.format(done="86", verdict="未达到"))
    assert (f.check, f.severity) == ("AR07", "error") and "86 场" in f.message and "≥80 场" in f.message
    [f] = _found(_SUMMARY.format(done="74", verdict="达到"))
    assert f.check == "AR07" and "74 场" in f.message
    # a result equal to the target meets it; '没有完成年度目标' is a denial too
    [f] = _found(_SUMMARY.format(done="80", verdict="没有完成年度目标，").replace("没有完成年度目标，预期目标", "没有完成年度目标"))
    assert f.check == "AR07" and "80 场" in f.message


def test_a_missed_verdict_not_right_after_the_result_is_not_read():
    """A denial further on in the item may be about something else ('…实际完成 86 场，受众覆盖面未达到预期目标'):
    only a verdict right after the result is its own."""
    text = _SUMMARY.format(done="86", verdict="受众覆盖面未达到")
    assert not [f for f in _found(text) if f.check == "AR07"]


_THREE = ("某某局2031年度一般公共预算拨款安排的“三公”经费预算支出中，因公出国（境）费支出30.00万元，占“三公”经费的{p}%；"
          "公务用车购置及运行费支出45.00万元，占“三公”经费的37.50%；公务接待费支出45.00万元，占“三公”经费的37.50%。"
          "具体情况如下：\n")


def test_shares_of_every_part_of_a_whole_printed_nowhere_are_held_to_the_parts_sum():
    """The three 三公 fees with their shares, the total printed nowhere: one share changed (25.00 -> 15.00) made
    the shares add to 90%, so the whole was no longer read as the parts' sum and nothing was checked. The
    three are every part of the 三公 total (cells.yml decompositions, complete): their sum is the whole."""
    assert not _found(_THREE.format(p="25.00"))
    [f] = _found(_THREE.format(p="15.00"))
    assert (f.check, f.severity) == ("AR01", "warning") and "15.00" in f.message and "全部组成部分" in f.message
    # two of the three parts are no complete list: shares adding to 52.5% say nothing
    two = _THREE.format(p="15.00").split("；公务接待费")[0] + "。\n"
    assert not [f for f in _found(two) if f.check == "AR01"]


_OFFICES = "某某区某某委员会机关设{n}个内设机构，包括：综合科、规划科、监督科、执法科、宣传科。\n"


def test_more_names_after_bao_kuo_than_the_count_is_a_mismatch():
    """'机关设 6 个内设机构，包括：' and nine names (a Shanghai district commission's budget; mutants20 changed the
    count, 9 -> 6): after the counted noun 包括 was read as giving examples, so any count passed; examples are
    never more than their whole, so more names than the count is a warning (fewer still may be examples)."""
    assert not _found(_OFFICES.format(n=5))
    assert not _found(_OFFICES.format(n=7))
    [f] = _found(_OFFICES.format(n=4))
    assert (f.check, f.severity) == ("TX08", "warning") and "4个内设机构" in f.message


_CHANGES = ("（一）收入支出决算总体情况说明\n"
            "本单位2031年度支出总计 8,640.00 万元，与2030年度相比，增加 520.00 万元，增长 6.40%。"
            "其中：教育支出增加 600.00 万元，卫生健康支出{d}{v} 万元，其他支出增加 20.00 万元。\n")


def test_changes_listed_under_a_whole_change_and_closed_by_the_rest_add_to_it():
    """'支出总计…增加 D 万元。其中：教育支出增加 a，…，其他支出增加 c' (a university's final account; mutants20 changed
    an item's figure or direction, 19 missed): the items end with the rest (其他), so they are every kind of the
    whole and their signed changes add to its change; nothing held them, no item's last year being printed."""
    assert not _found(_CHANGES.format(d="减少", v="100.00"))
    [f] = _found(_CHANGES.format(d="增加", v="100.00"))
    assert (f.check, f.severity) == ("AR04", "warning") and "卫生健康支出增加 100.00" in f.message
    [f] = _found(_CHANGES.format(d="减少", v="160.00"))
    assert f.check == "AR04" and "520.00" in f.message
    # a list not closed by the rest may leave kinds out: not read
    open_list = _CHANGES.format(d="增加", v="100.00").replace("其他支出增加 20.00 万元", "住房保障支出增加 20.00 万元")
    assert not [f for f in _found(open_list) if f.check == "AR04"]
