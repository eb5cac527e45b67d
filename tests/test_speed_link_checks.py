"""Per-object and per-report memos of the link and check stages: read once, read anew after an edit.

The checks ask for the same cell's and claim's interval many times; each is worked out once per
printed form and worked out again when the figure is edited in place (as the mutation test does).
"""
from __future__ import annotations

from decimal import Decimal

from finder.link.concepts import norm_label
from finder.link.tables_index import _row_matches, first_row
from finder.model import Cell
from finder.testing import claim, paragraph, table_from


def test_cell_interval_is_read_once_and_follows_an_edit():
    cell = Cell("12.5", "number", Decimal("12.5"), 1)
    first = cell.interval
    assert cell.interval is first
    assert (first.lo, first.hi) == (Decimal("12.45"), Decimal("12.55"))
    cell.raw, cell.value = "13.5", Decimal("13.5")
    assert (cell.interval.lo, cell.interval.hi) == (Decimal("13.45"), Decimal("13.55"))
    cell.kind = "text"
    assert cell.interval is None


def test_claim_interval_is_read_once_and_follows_an_edit():
    c = claim(paragraph("本年支出12.5万元。"), "12.5")
    first = c.interval
    assert c.interval is first
    c.extra["number"], c.value = "13.5", Decimal("13.5")
    assert (c.interval.lo, c.interval.hi) == (Decimal("13.45"), Decimal("13.55"))
    c.scale = Decimal(10000)
    assert c.interval.lo == Decimal("134500")


def test_first_row_reads_the_index_in_printed_order_and_honours_side():
    """The indexed lookup finds the row a scan of every row finds (the first in printed order)."""
    t = table_from({"title": "收入支出决算总表", "rows": [
        "收入\t\t支出\t", "项目\t决算数\t项目\t决算数",
        "一、财政拨款收入\t10\t一、一般公共服务支出\t4", "二、其他收入\t2\t二、教育支出\t8",
        "本年收入合计\t12\t本年支出合计\t12"]})
    found = []
    for spec in ({"row": ["本年支出合计", "其他收入"]}, {"row": ["本年支出合计", "其他收入"], "side": "支出"},
                 {"row": ["没有这一行"]}):
        labels = frozenset(norm_label(a) for a in spec["row"])
        scanned = next((r for r in t.rows if _row_matches(r, spec, labels)), None)
        assert first_row(t, spec, labels) is scanned
        found.append(scanned and scanned.label)
    assert found[0] != found[1] and None not in found[:2] and found[2] is None


def test_similarities_through_the_bigram_index_equal_each_pairwise_similarity():
    """best_match scores a name against a list at once (one bigram index of the list): the scores
    are exactly similarity's, pair by pair, for equal, contained, overlapping, empty and unrelated names."""
    from finder.link.indicators import best_match, similarities, similarity

    names = ("培训人次", "培训覆盖率（%）", "群众满意度", "办公设备购置数量", "", "——", "满意度", "率")
    for q in ("培训人次", "年度培训人次数", "服务对象满意度", "设备购置", "", "满意", "率", "无关名称"):
        assert similarities(q, names) == [similarity(q, n) for n in names]

    class Ind:
        def __init__(self, name):
            self.name = name

    inds = [Ind(n) for n in names]
    assert best_match("年度培训人次数", inds).indicator is inds[0]


def test_prose_claims_are_the_checkable_claims_worked_out_once_per_report():
    """The ~20 checks that walk the checkable claims share one list per report (Analysis.memo)."""
    from finder.checks.nt.common import checkable, prose_claims
    from finder.testing import analysis_from

    text = ("一、收入支出决算总体情况说明\n2031年度收入总计530.00万元，支出总计420.00万元，"
            "比上年增加20.00万元。\n")
    a = analysis_from({}, text, 2031)
    first = prose_claims(a)
    assert first == checkable(a.claims) and len(first) == 3
    assert prose_claims(a) is first


def test_a_clause_opening_with_no_alias_skips_the_concept_scan_it_could_not_use():
    """_compared_name reads a number-less clause only when a money name opens it (after 其中, 而,
    commas): the cheap test agrees with the full reading on every shape, and a clause naming the
    figure later ('主要是…') is not scanned."""
    from finder.claims import vocab
    from finder.claims.bare import _BARE_LEAD, _alias_opens

    v = vocab.load()
    seen = []
    for clause in ("，公务接待费支出决算比预算无增减变化", "其中公务接待费比上年持平", "而其他收入比上年增加",
                   "主要是公务接待费减少", "，，", "与上年相比基本持平"):
        found = [c for c in vocab.find_concepts(clause) if v.concepts[c[2]].measure == "money"]
        opens = bool(found) and set(clause[:found[0][0]]) <= _BARE_LEAD
        cheap = _alias_opens(clause, 0, len(clause), v.alias_heads)
        assert cheap or not opens
        seen.append(cheap)
    assert seen == [True, True, True, False, False, False]
