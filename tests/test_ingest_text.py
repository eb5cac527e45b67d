"""Text ingest on the two seeds: tables found and read back, narrative re-flowed, metadata, errors."""
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from finder.ingest import text
from finder.ingest.errors import InputError
from finder.render import model as render_model

ROOT = Path(__file__).resolve().parent.parent
SEED0 = ROOT / "corpora/seeds/000_601db7814e7d3dfd.txt"
SEED3 = ROOT / "corpora/seeds/003_6d07ecb03f4a5f80.txt"


@pytest.fixture(scope="module")
def r0():
    return text.load(str(SEED0))


@pytest.fixture(scope="module")
def r3():
    return text.load(str(SEED3))


def only(rows):
    assert len(rows) == 1, rows
    return rows[0]


def test_seed0_standard_tables_identified(r0):
    ids = [t.id for t in r0.tables]
    for tid in ("income_expense_summary", "income", "expense", "fiscal_summary", "gpb_expense",
                "gpb_basic_expense", "gov_fund", "state_capital", "three_public", "assets"):
        assert ids.count(tid) == 1, (tid, ids)
    summary = r0.table("income_expense_summary")
    assert summary.number == "公开 01 表" and summary.unit == "万元" and summary.location == 88
    assert r0.table("three_public").number == "公开 09 表"


def test_seed0_summary_cells_read_back(r0):
    t = r0.table("income_expense_summary")
    income = only([r for r in t.rows if r.label == "本年收入合计"])
    assert income.side == "收入" and income.cell("金额").value == Decimal("1089.69")
    assert income.location == 122 and income.raw == "本年收入合计\t27\t1,089.69\t本年支出合计\t58\t1,134.84"
    assert only(t.find_rows("年初结转和结余")).cell("金额").value == Decimal("45.15")
    assert only([r for r in t.rows if r.label == "本年支出合计"]).cell("金额").value == Decimal("1134.84")
    totals = [r for r in t.rows if r.label == "总计"]
    assert [r.side for r in totals] == ["收入", "支出"]
    assert {r.cell("金额").value for r in totals} == {Decimal("1134.84")}


def test_seed0_expense_row_by_code(r0):
    row = r0.table("expense").row_by_code("2010301")
    assert row.label == "行政运行" and row.level == 3
    assert row.cell("本年支出合计").value == Decimal("304.15")


def test_seed0_evaluation_tables(r0):
    evals = r0.tables_by_id("project_self_eval")
    assert len(evals) == 2
    assert [t.extra["fields"]["项目名称"] for t in evals] == ["国家试验区管委会办公室工作经费", "试验区办公室工作经费"]
    assert evals[0].find_rows("年度资金总额")[0].cell("全年执行数").value == Decimal("100")
    # the wrapped continuation "\t\t\t\t人" joined the row above, not a row of its own
    assert not [r for r in evals[0].rows if r.label == ""]
    assert len(r0.tables_by_id("performance_targets")) == 1
    targets = r0.table("performance_targets")
    assert targets.find_rows("市民满意率")[0].cell("目标值").target.op == ">="
    summary = r0.table("score_summary")
    total = only(summary.find_rows("合计"))
    assert [c.raw for c in total.cells[1:]] == ["100.00", "94.6", "94.6%"]
    scores = r0.tables_by_id("indicator_scores")
    assert len(scores) == 2
    got = [(r.cell("权重分").raw, r.cell("得分").raw) for t in scores for r in t.find_rows("总计")]
    assert got == [("40", "40"), ("25", "21.1")]


def test_seed0_table_lines_left_the_narrative(r0):
    texts = [p.text for p in r0.paragraphs]
    assert not any(t.startswith("部门：") or t == "公开 02 表" or t == "收入决算表" for t in texts)
    # a dotted-leader contents list printed with TABs is a table of contents, not a table
    toc = [p for p in r0.paragraphs if "\t" in p.text]
    assert len(toc) == 18 and {p.role for p in toc} == {"toc"}
    assert "整体总体得分情况如表 2 所示。" in texts      # a sentence naming a table stays prose
    notes = [p for p in r0.paragraphs if p.text.startswith("注：1. 本表反映部门（单位）本年度的总收支")]
    assert len(notes) == 1 and notes[0].role == "note"


def test_seed0_split_paragraph_rejoined(r0):
    p = only([p for p in r0.paragraphs if "用上年结余弥补发放在职人员社保。" in p.text])
    assert p.locate(p.text.index("弥补")) == 485 and p.locate(0) == 483


def test_seed0_meta(r0):
    assert (r0.department, r0.year, r0.type, r0.money_unit) == ("景德镇市国家试验区管委会", 2024, "final", "万元")
    assert r0.kind == "text" and len(r0.sha256) == 64 and r0.lines[2].startswith("景德镇市国家试验区管委会")


def test_seed3_reflowed_paragraphs(r3):
    income = only([p for p in r3.paragraphs if "本部门 2021 年度收入总计 1583.52 万元，其中年初结转和结余 4.42 万元" in p.text])
    assert income.role == "narrative" and income.location == 112
    goods = "(二) 商品和服务支出 24.58 万元，较 2020 年减少 1.29 万元，增长 4.98%"
    p = only([p for p in r3.paragraphs if goods in p.text])
    assert p.locate(p.text.index("增长 4.98%")) == 204 and p.locate(0) == 202


def test_seed3_meta_and_sections(r3):
    assert (r3.department, r3.year, r3.type) == ("景德镇市陶瓷产业发展局", 2021, "final")
    titles = [s.title for s in r3.root.walk()]
    assert "一、收入决算情况说明" in titles and "第四部分 名词解释" in titles
    glossary = [p for p in r3.paragraphs if p.text.startswith("(三) 住房公积金")]
    assert only(glossary).role == "glossary"


def test_encodings_and_bad_input(tmp_path):
    sample = "收入支出决算总表\n本部门 2024 年度收入总计 10.00 万元。\n"
    (tmp_path / "gbk.txt").write_bytes(sample.encode("gbk"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + sample.encode("utf-8"))
    for name in ("gbk.txt", "bom.txt"):
        r = text.load(str(tmp_path / name))
        assert r.paragraphs[-1].text == "本部门 2024 年度收入总计 10.00 万元。"
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    with pytest.raises(InputError) as exc:
        text.load(str(tmp_path / "empty.txt"))
    assert exc.value.reason == "empty"
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\xff\xfe\x00garbage\x81")
    with pytest.raises(InputError) as exc:
        text.load(str(tmp_path / "bin.txt"))
    assert exc.value.reason == "undecodable"


def test_render_json_and_text(r0):
    doc = json.loads(render_model.render(r0, "json"))
    assert set(doc) >= {"report", "sections", "tables"}
    summary = next(t for t in doc["tables"] if t["id"] == "income_expense_summary")
    row = next(r for r in summary["rows"] if r["label"] == "本年收入合计")
    assert row["side"] == "收入" and row["line"] == 122
    assert {"column": ["收入", "金额"], "raw": "1,089.69", "kind": "number", "value": "1089.69"} in row["cells"]
    out = render_model.render(r0, "text")
    assert "[income_expense_summary] 收入支出决算总表" in out and "一、收入决算情况说明" in out


def test_cli_parse_json():
    proc = subprocess.run([sys.executable, "-m", "finder.cli", "parse", str(SEED0), "--format", "json"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["report"]["year"] == 2024 and len(doc["tables"]) >= 10


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_windows_and_old_mac_line_ends_read_as_the_seed(r0, tmp_path, newline):
    """A file with CRLF or bare CR line ends (old Mac tools) holds the same lines: a bare-CR seed
    read as one line of prose (no table, no claim) before."""
    path = tmp_path / "seed.txt"
    path.write_bytes(SEED0.read_bytes().replace(b"\n", newline.encode()))
    r = text.load(str(path))
    assert r.lines == r0.lines
    assert [t.id for t in r.tables] == [t.id for t in r0.tables]
    assert [p.text for p in r.paragraphs] == [p.text for p in r0.paragraphs]
