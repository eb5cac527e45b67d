"""The claim ledger agrees with the findings, and its reasons follow --lang. All report text is made up."""
from __future__ import annotations

import json

import regex

from finder import cli

HAN = regex.compile(r"\p{Han}")

REPORT = """样例乡农技服务站2033年度部门决算

第三部分 2033年度部门决算情况说明

一、支出决算情况说明
（一）办公费支出36.40万元，比上年减少2.10万元，增长5.45%。
（二）印刷费支出8.00万元，较上年增加0.40万元，下降5.26%。
"""


def _run(tmp_path, capsys, *args):
    p = tmp_path / "made.txt"
    p.write_text(REPORT, encoding="utf-8")
    cli.main(["check", str(p), "--format", "json", *args])
    return json.loads(capsys.readouterr().out)


def test_changes_whose_direction_words_conflict_are_contradicted_not_verified(tmp_path, capsys):
    """DR01 error on '减少 2.10 … 增长 5.45%': the figures recompute fine under one word, but neither
    change may read verified in the ledger while the error quotes it."""
    d = _run(tmp_path, capsys)
    errors = [f for f in d["findings"] if f["check"] == "DR01" and f["severity"] == "error"]
    assert len(errors) == 2
    by = {c["id"]: c for c in d["claims"]}
    for f in errors:
        changes = [by[i] for i in f["claims"] if by[i]["kind"] in ("change_abs", "change_pct")]
        assert len(changes) == 2
        assert all(c["status"] == "contradicted" and "DR01" in c["reason"] for c in changes), changes
        assert all(f["id"] in c["findings"] for c in changes)
    s = d["summary"]                                   # the counts are the claims list's
    assert s["contradicted"] == sum(c["status"] == "contradicted" for c in d["claims"]) == 4
    assert s["verified"] == sum(c["status"] == "verified" for c in d["claims"])


def test_no_error_finding_quotes_a_claim_the_ledger_calls_verified_for_its_direction(tmp_path, capsys):
    d = _run(tmp_path, capsys, "--lang", "en")
    by = {c["id"]: c for c in d["claims"]}
    for f in d["findings"]:
        if f["severity"] == "error":
            assert not any(by[i]["status"] == "verified" and by[i]["kind"].startswith("change") for i in f["claims"])
    reasons = [c["reason"] for c in d["claims"] if c["status"] == "contradicted"]
    assert reasons and all(r and not HAN.search(r) for r in reasons), reasons


BARE = """样例乡农技服务站2033年度部门决算

第三部分 2033年度部门决算情况说明

一、支出决算情况说明
2033年度一般公共预算财政拨款支出52.30万元，占本年支出合计的87.50%。
（一）办公费支出36.40万元，比上年减少2.10万元，下降5.45%。
"""


def test_claim_reasons_follow_lang_en_and_stay_chinese_by_default(tmp_path, capsys):
    """Reasons came from link/resolve in Chinese whatever --lang said ('报告未附标准表格')."""
    p = tmp_path / "bare.txt"
    p.write_text(BARE, encoding="utf-8")
    cli.main(["check", str(p), "--format", "json", "--lang", "en"])
    en = json.loads(capsys.readouterr().out)["claims"]
    cli.main(["check", str(p), "--format", "json"])
    zh = json.loads(capsys.readouterr().out)["claims"]
    assert [c["status"] for c in en] == [c["status"] for c in zh]
    reasons = [c["reason"] for c in en if c["reason"]]
    assert reasons and all(not HAN.search(regex.sub(r"'[^']*'", "", r)) for r in reasons), reasons
    assert any("no standard tables" in r for r in reasons)
    assert any(c["reason"] == "报告未附标准表格" for c in zh)             # zh unchanged
    cli.main(["claims", str(p), "--lang", "en"])
    ledger = [ln for ln in capsys.readouterr().out.splitlines() if not ln.startswith("#")]
    assert ledger and not any("无法" in ln or "报告未附" in ln for ln in ledger)


def test_a_checks_own_reason_pair_is_english_under_lang_en():
    """A check names its (verified, contradicted) reason templates; the ledger writes them in the run's language.
    Words a check passes that name no template stay as given."""
    from finder import messages
    from finder.checks.ledger import apply, reasons, settle
    from finder.testing import claim, paragraph

    c = claim(paragraph("本年支出合计 10.00 万元。", index=0), "10.00", subject="本年支出合计")
    with messages.language("en"):
        apply([c], settle([c], True, "AR04", reasons=reasons("parts_sum")))
    assert (c.status, c.reason) == ("verified", "agrees with the sum of the stated parts")
    with messages.language("zh"):
        apply([c], settle([c], False, "AR04", reasons=reasons("parts_sum")))
    assert (c.status, c.reason) == ("contradicted", "与所述分项之和不符")
    with messages.language("en"):
        apply([c], settle([c], False, "AR04", reasons=("甲", "乙")))
    assert c.reason == "乙"


def test_html_table_captions_name_the_tables_kind_never_its_internal_id(capsys):
    """Captions ended in 'project_self_eval' / 'unit_list': the schema id, which no reader knows."""
    from pathlib import Path

    import yaml

    root = Path(__file__).resolve().parents[1]
    ids = yaml.safe_load((root / "lexicons" / "tables.yml").read_text(encoding="utf-8"))["tables"]
    src = root / "corpora" / "synthetic" / "evaluation_filled_a_ruled.pdf"          # the project's own made-up form
    for lang, want in (("en", "Project expenditure performance self-evaluation"), ("zh", "项目支出绩效自评表")):
        cli.main(["check", str(src), "--format", "html", "--lang", lang])
        captions = regex.findall(r"<caption>(.*?)</caption>", capsys.readouterr().out)
        assert captions and all(not any(regex.search(rf"\b{k}\b", c) for k in ids) for c in captions), captions
        assert any(want in c for c in captions)


def test_a_sentence_naming_the_report_is_no_title_and_a_running_title_is_one():
    """A PDF whose cover title is printed atop every page loses it with the running headers; the
    department then came from '纳入本部门2024年度部门决算编制范围的…' ('纳入本部门')."""
    from finder.ingest import meta
    from finder.model import Report
    from finder.testing import paragraph

    sentence = paragraph("纳入本所2035年度部门决算编制范围的预算单位共3个，包括：所本级、样例站、样例队。", index=0)
    bare = meta.fill(Report(source="x.pdf", kind="pdf", sha256="", paragraphs=[sentence]))
    assert bare.department != "纳入本所" and not bare.title.startswith("纳入")
    running = meta.fill(Report(source="x.pdf", kind="pdf", sha256="", paragraphs=[sentence],
                               running=["样例县水务管理所2035年度部门决算", "第 2 页"]))
    assert (running.title, running.department, running.year) == ("样例县水务管理所2035年度部门决算", "样例县水务管理所", 2035)
