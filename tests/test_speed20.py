"""Readings whose work was cut to once per paragraph or list (speed20): the same answers as before.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.appendix.text import Span
from finder.checks import run as run_checks
from finder.checks.ar.heads import listed_under
from finder.checks.ev.ev06_items import _parts
from finder.checks.nt.levels import claim_identity
from finder.testing import analysis_from


def test_a_list_read_at_its_whole_s_position_is_the_list_looked_up():
    """listed_under walks on from the whole's position given by a caller walking the amounts in order,
    and reads the same run as when it looks the whole up."""
    text = ("本年支出合计 100.00 万元，其中：基本支出 60.00 万元，项目支出 40.00 万元。"
            "“三公”经费支出 5.00 万元，其中：公务接待费 6.00 万元。\n")
    a = analysis_from({}, text, 2031)
    amounts = [c for c in a.claims if c.kind == "amount"]
    runs = [[c.subject for c in listed_under(w, amounts, at)] for at, w in enumerate(amounts)]
    assert runs == [[c.subject for c in listed_under(w, amounts)] for w in amounts]
    assert runs[0] == ["基本支出", "项目支出"]
    # the lone part larger than its whole is still read (AR04, list read with the position)
    assert [f.check for f in run_checks(a) if f.check == "AR04" and "公务接待费" in f.message] == ["AR04"]


def test_a_sentence_parts_at_either_semicolon_and_keeps_its_last_item():
    a = analysis_from({}, "一是完成培训 12 场；二是覆盖人数 300 人;三是满意度 95%。\n", 2031)
    p = a.claims[0].paragraph
    s = Span(p, 0, len(p.text.rstrip()))
    assert [x.text for x in _parts(s)] == ["一是完成培训 12 场", "二是覆盖人数 300 人", "三是满意度 95%。"]
    inner = Span(p, 2, 8)          # a part inside the sentence: offsets stay the paragraph's
    assert [(x.start, x.end) for x in _parts(inner)] == [(2, 8)]


def test_an_organisation_holds_for_its_segment_only():
    """Each segment of a sentence (up to '；' or '。') starts with no organisation carried in: the
    second unit's figure is its own, and a figure after the segment names none."""
    text = ("甲市公安局“三公”经费支出 10.00 万元；乙市环境保护局“三公”经费支出 12.00 万元；"
            "“三公”经费支出合计 22.00 万元。\n")
    a = analysis_from({}, text, 2031)
    ids = claim_identity(a)
    assert [ids[c.id].org for c in a.claims if c.kind == "amount"] == ["甲市公安局", "乙市环境保护局", ""]


def test_an_implied_change_reads_its_head_earlier_in_the_paragraph():
    """The head change of a 其中 list of changes is read among the paragraph's own earlier claims."""
    text = ("日常公用经费 80.00 万元。比上年增加 30.00 万元。其中：办公费增加 0 万元，增长 0%；"
            "差旅费 20.00 万元，增长 100.00%；会议费增加 10.00 万元，增长 50.00%。\n")
    a = analysis_from({}, text, 2031)
    [item] = [c for c in a.claims if c.subject == "差旅费" and c.unit == "万元"]
    assert (item.kind, item.direction) == ("change_abs", "增加")
