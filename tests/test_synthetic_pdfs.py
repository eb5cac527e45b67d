"""Seed 000 printed as PDFs of other layouts (corpora/synthetic, made by scripts/render_seed_pdf.py)
reads as the seed text does: the same standard tables (ids, row counts, totals), the same claim
statuses and the same findings. Printed without vertical rules (UNRULED) it gives no finding the
text lacks and most of the text's; its self-evaluation forms, whose cells wrap three characters a
line, read as the text's (ingest.pdf_forms), so it gives all of them. The filled national template
printed ruled in three layouts and unruled (national_filled_*.pdf) reads cell for cell as its text. Each file is
analysed once (finder.testing.corpus_analysis, shared with the ledger test, which reads every corpus
file)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from finder.testing import corpus_analysis

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpora/seeds/000_601db7814e7d3dfd.txt"
VARIANTS = ("c_split_repeat", "d_wrapped_merged", "e_running")
UNRULED = ("b_unruled", "b_hrules")
# Share of the text's findings an unruled print must give.
UNRULED_FLOOR = 0.9
STANDARD = ("income_expense_summary", "income", "expense", "fiscal_summary", "gpb_expense", "gpb_basic_expense",
            "gov_fund", "state_capital", "three_public", "assets")


@pytest.fixture(scope="module")
def seed():
    return corpus_analysis(str(SEED))


@pytest.fixture(scope="module", params=VARIANTS)
def variant(request):
    return corpus_analysis(str(ROOT / f"corpora/synthetic/seed000_{request.param}.pdf"))


def _tables(a) -> dict[str, tuple[int, list[str]]]:
    """Per standard table: its row count and the figures of its total rows (合计 / 总计)."""
    out = {}
    for t in a.report.tables:
        if t.id in STANDARD:
            totals = [c.raw for r in t.rows if r.label in ("合计", "总计") for c in r.cells if c.kind == "number"]
            out[t.id] = (len(t.rows), totals)
    return out


def _findings(a) -> Counter:
    return Counter((f.check, f.severity, f.message) for f in a.findings)


def _statuses(a) -> Counter:
    return Counter((c.status, c.raw_number) for c in a.claims)


def test_standard_tables_read_as_in_the_text(seed, variant):
    assert _tables(variant) == _tables(seed)
    assert len(_tables(seed)) == len(STANDARD)


def test_same_findings_as_the_text(seed, variant):
    assert _findings(variant) == _findings(seed)


def test_same_claim_statuses_as_the_text(seed, variant):
    assert _statuses(variant) == _statuses(seed)


@pytest.fixture(scope="module", params=UNRULED)
def unruled(request):
    return corpus_analysis(str(ROOT / f"corpora/synthetic/seed000_{request.param}.pdf"))


def _unspaced(a) -> Counter:
    """Findings with spaces dropped from their messages: the PDF prints '1200亿' where the text
    extraction reads '1200 亿'."""
    return Counter((f.check, f.severity, "".join(f.message.split())) for f in a.findings)


def test_unruled_prints_give_no_finding_the_text_lacks(seed, unruled):
    assert not _unspaced(unruled) - _unspaced(seed)


def test_unruled_prints_give_most_of_the_texts_findings(seed, unruled):
    found = sum((_unspaced(unruled) & _unspaced(seed)).values())
    assert found >= UNRULED_FLOOR * sum(_unspaced(seed).values())


def test_unruled_prints_read_the_standard_tables_holding_figures_as_the_text(seed, unruled):
    """Every standard table but the two the seed prints empty (a 合计 row and no figure), whole over
    its pages (a 总计 row alone on the next page included)."""
    empty = ("gov_fund", "state_capital")
    assert _tables(unruled) == {k: v for k, v in _tables(seed).items() if k not in empty}


def _forms(a) -> list[tuple]:
    """Per project form: name, fund rows, goal, indicator rows (name, target, actual, 分值, 得分), total."""
    from finder.appendix.build import build

    return [(et.project, [(f.kind, {k: c.raw for k, c in f.values.items()}) for f in et.funds],
             "".join((et.goal.expected + et.goal.actual).split()) if et.goal else None,
             [tuple("".join(x.split()) for x in (i.name, i.target.raw, i.actual.raw, i.weight.raw, i.score.raw))
              for i in et.indicators], (et.total.weight.raw, et.total.score.raw) if et.total else None)
            for et in build(a.report).projects]


def test_unruled_prints_read_the_self_evaluation_forms_as_the_text(seed, unruled):
    """Both forms (cells wrapped three characters a line, rows over a page break) read as the text's
    TAB rows: EV13 counts two projects, EV14 sees each goal's 实际完成情况 '无'."""
    assert len(_forms(unruled)) == 2
    assert _forms(unruled) == _forms(seed)


def test_unruled_prints_give_all_the_texts_findings(seed, unruled):
    assert _unspaced(unruled) == _unspaced(seed)


def test_turned_pages_read_as_the_upright_print():
    """seed000_f_turned.pdf (scripts/turn_seed_pages.py): the 收入决算表 turned by /Rotate 90, the
    支出决算表 drawn turned on portrait pages. Their text came out sideways and was dropped: the file
    read as having no text layer at all ('可能是扫描件'); both now read cell for cell as upright."""
    turned = corpus_analysis(str(ROOT / "corpora/synthetic/seed000_f_turned.pdf"))
    upright = corpus_analysis(str(ROOT / "corpora/synthetic/seed000_c_split_repeat.pdf"))

    def cells(a, tid):
        [t] = [t for t in a.report.tables if t.id == tid]
        return t.columns, [(r.label, [c.raw for c in r.cells]) for r in t.rows]

    assert [t.id for t in turned.report.tables] == ["income", "expense"]
    for tid in ("income", "expense"):
        assert cells(turned, tid) == cells(upright, tid)


NATIONAL = ROOT / "corpora/synthetic/national_filled.txt"
NATIONAL_PRINTS = ("c_split_repeat", "d_wrapped_merged", "e_running")


def _cells(a) -> list[tuple]:
    return [(t.id, t.title, t.number, t.columns, [(r.label, [c.raw for c in r.cells]) for r in t.rows])
            for t in a.report.tables]


@pytest.mark.parametrize("layout", NATIONAL_PRINTS)
def test_the_national_template_printed_reads_as_its_text(layout):
    """Its two-level and three-level headers (the one-row “三公” table of 预算数/决算数 pairs), code
    columns, the side-by-side 30x table, caption lines spread over the width, tables flowing several
    to a page: every table cell for cell, the same claim statuses, and no finding (the text has none)."""
    text = corpus_analysis(str(NATIONAL))
    pdf = corpus_analysis(str(ROOT / f"corpora/synthetic/national_filled_{layout}.pdf"))
    assert _cells(pdf) == _cells(text)
    assert _statuses(pdf) == _statuses(text)
    assert _findings(pdf) == _findings(text) == Counter()


def _rows(t) -> list[tuple]:
    return [(r.label, r.code, [c.raw for c in r.cells[1:]]) for r in t.rows]


def _read(a) -> list[tuple]:
    """The tables holding a figure: id, caption, column names and rows (a code printed in its label's
    cell is read apart, as in the text)."""
    return [(t.id, t.title, t.number, t.columns, _rows(t)) for t in a.report.tables
            if any(c.kind == "number" for r in t.rows for c in r.cells)]


def test_the_national_template_printed_unruled_reads_as_its_text():
    """Printed without vertical rules (b_unruled: several columns blank all the way down, e.g. the
    收入决算表's 上级补助收入 and 附属单位上缴收入; the one-row “三公” table under a header of four
    levels; the side-by-side 30x table and the 财政拨款收支总表 going on past a page break, the
    latter's page ending and the next opening with rows whose figures are blank): every table
    holding a figure reads cell for cell as the text's, one name a column (no '财政拨款收入上级补助收入'
    holding the 财政拨款 figures), the claims verify as the text's, and no finding."""
    text = corpus_analysis(str(NATIONAL))
    pdf = corpus_analysis(str(ROOT / "corpora/synthetic/national_filled_b_unruled.pdf"))
    assert _read(pdf) == _read(text)
    assert _statuses(pdf) == _statuses(text)
    assert _findings(pdf) == Counter()


EVALUATION = ROOT / "corpora/synthetic/evaluation_filled.txt"
EVALUATION_PRINTS = ("a_ruled", "b_hrules", "b_unruled", "c_split_repeat", "d_wrapped_merged", "e_running")


def _evals(a) -> list[tuple]:
    """Per self-evaluation form, the department's too: kind, name, fund rows, indicator rows (name,
    target, actual, 分值, 得分) and total."""
    from finder.appendix.build import build

    return [(et.kind, et.project, [(f.kind, {k: c.raw for k, c in f.values.items()}) for f in et.funds],
             [tuple("".join(x.split()) for x in (i.name, i.target.raw, i.actual.raw, i.weight.raw, i.score.raw))
              for i in et.indicators], (et.total.weight.raw, et.total.score.raw) if et.total else None)
            for et in build(a.report).evals]


@pytest.mark.parametrize("layout", EVALUATION_PRINTS)
def test_the_self_evaluation_forms_printed_read_as_their_text(layout):
    """Three 项目支出绩效自评表 and the 部门整体支出绩效自评表 printed ruled one a page under the same
    title (d_wrapped_merged: six pages, so the title and year lines count as a running header and the
    three forms read as one, a false EV01 of 分值 300), split over pages with their header block
    repeated, running over a page break with commas hanging over the right rule (a_ruled: read as
    prose, they parted the form in two), flowing after the prose, and without vertical rules (the
    department's form, named by 部门（单位）名称 with 基本支出 / 项目支出 rows, left every form
    unread): each form reads as its text's, the claims verify as the text's, and no finding."""
    text = corpus_analysis(str(EVALUATION))
    pdf = corpus_analysis(str(ROOT / f"corpora/synthetic/evaluation_filled_{layout}.pdf"))
    assert len(_evals(text)) == 4
    assert _evals(pdf) == _evals(text)
    assert _statuses(pdf) == _statuses(text)
    assert _findings(pdf) == _findings(text) == Counter()
