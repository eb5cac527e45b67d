"""What users meet at the edges: input errors in the reader's language, internal-error rows, the
batch over a folder, the claim ledger's verdicts, and the text/HTML/CSV reports under --lang en.
All report text here is made up."""
from __future__ import annotations

import csv
import io
import json
import pickle

import regex

from finder import cli
from finder.ingest.errors import InputError
from finder.render.csv_out import BOM

HAN = regex.compile(r"\p{Han}")

REPORT = """样例县文化服务中心2031年度部门决算

第三部分 2031年度部门决算情况说明

一、收入支出决算总体情况说明
2031年度收入总计120.00万元，比上年增加20.00万元，增长50.00%。
二、支出决算情况说明
（一）商品和服务支出24.58万元，较上年减少1.29万元，增长4.98%。
三、其他说明
本年支出比上年增加（减少）万元，增长（下降）%。
"""


def _report(tmp_path, name="made.txt"):
    p = tmp_path / name
    p.write_text(REPORT, encoding="utf-8")
    return p


# ------------------------------------------------------------------ input errors follow --lang
def test_check_says_what_is_wrong_in_english_under_lang_en(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "fake.pdf").write_bytes(b"not a pdf at all")
    for name in ("empty.txt", "fake.pdf", "missing.pdf"):
        assert cli.main(["check", str(tmp_path / name), "--lang", "en"]) == 2
        (line,) = capsys.readouterr().err.splitlines()
        assert line.startswith(f"finder: {tmp_path / name}: ") and not HAN.search(line), line
    assert cli.main(["check", str(tmp_path / "empty.txt")]) == 2          # zh stays the default
    assert "文件是空的" in capsys.readouterr().err


def test_batch_rows_give_their_message_in_the_run_language(tmp_path, capsys):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<<")            # cut off: no %%EOF
    (tmp_path / "c.pdf").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    assert cli.main(["batch", str(tmp_path), "--lang", "en"]) == 2
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [r["reason"] for r in rows] == ["empty", "truncated", "unsupported"]
    assert all(r["message"] and not HAN.search(r["message"]) for r in rows), rows
    assert "PNG image" in rows[2]["message"]                               # the kind named in English too


def test_an_input_error_survives_a_worker_process():
    err = pickle.loads(pickle.dumps(InputError("empty", "empty", "/x/a.txt")))
    assert err.reason == "empty" and err.text("en") == "/x/a.txt: the file is empty; check that the download or export succeeded"
    assert err.text("zh", with_path=False).startswith("文件是空的")


# ------------------------------------------------------------------ internal errors
def _boom(*args, **kwargs):
    raise RuntimeError("the table walker lost its row\n  second line of detail")


def test_an_internal_error_row_has_a_reason_and_one_line(tmp_path, capsys, monkeypatch):
    import finder.analysis

    monkeypatch.setattr(finder.analysis, "analyse_report", _boom)
    path = _report(tmp_path)
    assert cli.main(["batch", str(path), "--lang", "en"]) == 2
    (row,) = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert row["status"] == "internal_error" and row["reason"] == "RuntimeError"
    assert "\n" not in row["message"] and "the table walker lost its row" in row["message"]
    assert "second line" not in row["message"] and "traceback" not in row and not HAN.search(row["message"])
    assert cli.main(["batch", str(path), "--debug"]) == 2
    (row,) = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert "Traceback" in row["traceback"] and "_boom" in row["traceback"] and "内部错误" in row["message"]


def test_a_csv_row_of_an_internal_error_names_its_reason(tmp_path, capsys, monkeypatch):
    import finder.analysis

    monkeypatch.setattr(finder.analysis, "analyse_report", _boom)
    cli.main(["batch", str(_report(tmp_path)), "--format", "csv"])
    (row,) = csv.DictReader(io.StringIO(capsys.readouterr().out.removeprefix(BOM)))
    assert (row["status"], row["reason"]) == ("internal_error", "RuntimeError")


def test_a_closed_pipe_is_not_an_internal_error(tmp_path, capsys, monkeypatch):
    class Closed(io.StringIO):
        def write(self, s):
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr("sys.stdout", Closed())
    assert cli.main(["check", str(_report(tmp_path))]) == 141
    assert capsys.readouterr().err == ""


# ------------------------------------------------------------------ batch over a folder
def test_a_folder_batch_shows_an_old_doc_and_skips_a_folder_named_pdf(tmp_path, capsys):
    (tmp_path / "old.doc").write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 600)
    (tmp_path / "scans.pdf").mkdir()
    cli.main(["batch", str(tmp_path)])
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [(r["source"].rsplit("/", 1)[-1], r["reason"]) for r in rows] == [("old.doc", "unsupported")]
    assert ".docx" in rows[0]["message"]


# ------------------------------------------------------------------ the claim ledger
def test_the_claim_ledger_gives_each_claims_verdict_and_reason(tmp_path, capsys):
    path = _report(tmp_path)
    cli.main(["claims", str(path)])
    lines = capsys.readouterr().out.splitlines()
    rate = next(ln for ln in lines if "50.00%" in ln)
    assert rate.endswith("矛盾")
    total = next(ln for ln in lines if "120.00万元" in ln)
    assert "无法核实（" in total                                   # with the reason
    assert any(ln.startswith("# 声明：") and "矛盾 4" in ln for ln in lines)   # the DR01 pair too
    cli.main(["claims", str(path), "--lang", "en"])
    lines = capsys.readouterr().out.splitlines()
    rate = next(ln for ln in lines if "50.00%" in ln)
    assert rate.startswith("line 6\t") and "\tprior year\t" in rate and rate.endswith("\tcontradicted")
    assert any(ln.startswith("# claims: ") and "contradicted 4" in ln for ln in lines)


# ------------------------------------------------------------------ reports under --lang en
def test_the_english_text_header_keeps_each_count_by_its_label(tmp_path, capsys, monkeypatch):
    from finder.render import json_out

    real = json_out.summary

    def big(a):
        s = real(a)
        return s | {k: 100 + i for i, k in enumerate(("verified", "contradicted", "unverifiable", "not_checkable"))}

    monkeypatch.setattr(json_out, "summary", big)
    cli.main(["check", str(_report(tmp_path)), "--lang", "en", "-q"])
    lines = capsys.readouterr().out.splitlines()
    assert not any(regex.fullmatch(r"\s*\d+", ln) for ln in lines), lines
    assert any("not checkable 103" in ln for ln in lines)


def test_english_computations_and_lists_are_not_joined_by_chinese_marks(tmp_path, capsys):
    cli.main(["check", str(_report(tmp_path)), "--lang", "en", "--format", "json"])
    found = json.loads(capsys.readouterr().out)["findings"]
    dr01 = next(f for f in found if f["check"] == "DR01")
    assert "；" not in dr01["computation"] and "; read as" in dr01["computation"]
    tx01 = next(f for f in found if f["check"] == "TX01" and "增加（减少）" in f["message"])
    assert "”、“" not in tx01["message"] and "；" not in tx01["computation"]


def test_the_english_html_page_labels_in_english(tmp_path, capsys):
    cli.main(["check", str(_report(tmp_path)), "--lang", "en", "--format", "html"])
    page = capsys.readouterr().out
    meta = regex.search(r'<p class="meta">(.*?)</p>', page).group(1)
    assert "<span>department: 样例县文化服务中心</span>" in meta and "：" not in meta
    assert 'title="status: contradicted' in page and "status：" not in page


def test_the_csv_row_of_a_web_page_finding_says_its_block(tmp_path, capsys):
    body = "".join(f"<p>{ln}</p>" for ln in REPORT.splitlines() if ln.strip())
    page = tmp_path / "made.html"
    page.write_text(f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>", encoding="utf-8")
    cli.main(["check", str(page), "--format", "csv", "--lang", "en"])
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out.removeprefix(BOM))))
    ar02 = next(r for r in rows if r["check"] == "AR02")
    assert ar02["block"] and ar02["block"] == ar02["page"] and ar02["sheet"] == ""


# ------------------------------------------------------------------ batch status
def test_an_unfilled_template_with_findings_is_not_nothing_to_check(tmp_path, capsys):
    """Its row said 'nothing to check: no quantitative claims…' beside 2 warnings and 1 info."""
    p = tmp_path / "template.txt"
    p.write_text("样例市XX局2031年度部门决算\n\n一、收入支出决算总体情况说明\n"
                 "2031年度收入总计XX万元，比上年增加（减少）XX万元，增长（下降）XX%。主要原因是……。\n", encoding="utf-8")
    cli.main(["batch", str(p)])
    (row,) = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert row["findings"] and row["status"] == "ok" and "message" not in row


def test_an_english_line_never_starts_with_the_closing_quote_of_chinese_words():
    """'…the rate says '增长' then a line beginning "'; read as…" (DR01 under --lang en)."""
    from finder.render.text import wrap

    for limit in range(10, 40):
        lines = wrap("'商品和服务支出': the change is '减少' but the rate says '增长'; read as '减少'", "", "  ", limit)
        assert not any(regex.match(r"\s*'([;:,\s]|$)", ln) for ln in lines), lines


def test_a_folder_without_reports_is_said_not_passed_as_a_clean_batch(tmp_path, capsys):
    """It printed nothing and exited 0: a mistyped folder read as a batch with nothing wrong."""
    (tmp_path / "notes.png").write_bytes(b"\x89PNG")
    assert cli.main(["batch", str(tmp_path), "--lang", "en"]) == 2
    out = capsys.readouterr()
    assert out.out == "" and out.err.startswith(f"finder: {tmp_path}: the folder holds no report file (")


def test_an_output_path_that_cannot_be_written_is_bad_input_not_an_internal_error(tmp_path, capsys, monkeypatch):
    """'-o nodir/x.html' read 'finder: 内部错误：FileNotFoundError …（请把该文件报告给 finder 的维护者）',
    and a batch found out only after checking every file."""
    import finder.batch

    target = str(tmp_path / "nodir" / "out.txt")
    assert cli.main(["check", str(_report(tmp_path)), "-o", target, "--lang", "en"]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"finder: {target}: cannot write the output file (") and "internal" not in line
    monkeypatch.setattr(finder.batch, "rows", _boom)          # no report is checked before -o is opened
    assert cli.main(["batch", str(_report(tmp_path)), "-o", target]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert "无法写入输出文件" in line and "内部错误" not in line


def test_the_check_list_under_lang_en_says_what_each_check_flags_in_english(capsys):
    """`finder checks --lang en` printed '同一指标的目标值在绩效目标表与自评表中写法不一…' for EV10."""
    assert cli.main(["checks", "--lang", "en"]) == 0
    rows = {ln.split("\t")[0]: ln.split("\t") for ln in capsys.readouterr().out.splitlines()}
    for code in ("AR01", "EV10", "TB02", "TX04"):
        assert regex.match(r"[a-z]", rows[code][3]), rows[code]
    assert cli.main(["checks"]) == 0
    rows = {ln.split("\t")[0]: ln.split("\t") for ln in capsys.readouterr().out.splitlines()}
    assert rows["EV10"][3].startswith("同一指标的目标值")           # zh: the docstring's line, as before


def test_a_change_said_to_be_flat_is_computed_in_english_under_lang_en(tmp_path, capsys):
    """DR01 wrote '减少 5.00 → [4.995, 5.005]，不含 0；持平 → 0' whatever --lang said."""
    p = tmp_path / "flat.txt"
    p.write_text("样例县文化服务中心2031年度部门决算\n\n一、支出决算情况说明\n"
                 "办公费支出20.00万元，比上年减少5.00万元，与上年持平。\n", encoding="utf-8")
    cli.main(["check", str(p), "--lang", "en", "--format", "json"])
    (f,) = [f for f in json.loads(capsys.readouterr().out)["findings"] if f["check"] == "DR01"]
    assert f["computation"].endswith(", which excludes 0; 持平 → 0"), f["computation"]
    cli.main(["check", str(p), "--format", "json"])
    (f,) = [f for f in json.loads(capsys.readouterr().out)["findings"] if f["check"] == "DR01"]
    assert f["computation"].endswith("，不含 0；持平 → 0")


def test_worker_processes_write_bad_input_rows_in_the_run_language(tmp_path, capsys):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.pdf").write_bytes(b"not a pdf at all")
    assert cli.main(["batch", str(tmp_path), "--jobs", "2", "--lang", "en"]) == 2
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [r["reason"] for r in rows] == ["empty", "not_pdf"]
    assert all(not HAN.search(r["message"]) for r in rows), rows
