"""Messages show a figure and its interval in the unit it is printed in, not the 万元 it is kept in."""
from __future__ import annotations

from finder import analysis


def test_nt03_prints_yuan_figures_with_yuan_intervals(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("一、支出预算情况说明\n\n本年项目支出预算 325800 元。\n\n二、项目支出情况\n\n"
                    "项目支出预算 352800 元，主要用于信息化建设。\n", encoding="utf-8")
    a = analysis.analyse([str(path)])
    restated = [f for f in a.findings if f.check == "NT03"]
    assert restated, [f.message for f in a.findings]
    assert "325800元（[325799.5, 325800.5]元）" in restated[0].message


def test_a_borderline_finding_says_it_is_one_unit_off():
    from finder.checks import CheckOptions, run
    from finder.testing import analysis_from

    text = "一、收入决算情况说明\n本年收入合计 300.00 万元，其中财政拨款收入 100.00 万元，占 33.35%。\n"
    for lang, said in (("zh", "两者仅差一个末位单位，可能为尾数调整"), ("en", "a rounding adjustment?)")):
        [f] = [f for f in run(analysis_from({}, text), CheckOptions(lang=lang)) if f.check == "AR01"]
        assert f.severity == "warning" and f.message.endswith(said) and "不符" not in f.message
    [f] = [f for f in run(analysis_from({}, text.replace("33.35", "33.43"))) if f.check == "AR01"]
    assert f.severity == "error" and f.message.endswith("两者不符")


def test_a_unit_slip_note_speaks_the_messages_language():
    from finder.checks import CheckOptions, run
    from finder.testing import analysis_from

    text = ("一、“三公”经费情况\n2024年公务接待费支出12.91万元，比上年减少1.00万元。\n"
            "二、其他说明\n公务接待费支出1291万元，主要用于接待。\n")
    for lang, said in (("zh", "除以 100 后一致"), ("en", "consistent after dividing by 100")):
        [f] = [f for f in run(analysis_from({}, text), CheckOptions(lang=lang)) if f.check == "NT03"]
        assert said in f.message and f.kind == "unit_slip"


def test_every_message_has_english_and_an_english_run_uses_it():
    # helpers deep in a check build messages without the options at hand; the run's language reaches
    # them (TX01's template residue, DR01's recomputations, EV09's unexplained rows were Chinese in --lang en)
    import importlib
    import pkgutil
    import re

    import finder.checks as checks_pkg
    from finder import messages
    from pathlib import Path

    from finder.checks import CheckOptions, run

    for m in pkgutil.walk_packages(checks_pkg.__path__, "finder.checks."):
        importlib.import_module(m.name)
    importlib.import_module("finder.render.model")           # `finder parse` labels are templates too
    assert [k for k, t in messages.TEMPLATES.items() if not t.get("en")] == []
    seed = Path(__file__).resolve().parent.parent / "corpora/seeds/003_6d07ecb03f4a5f80.txt"
    en = run(analysis.analyse([str(seed)]), CheckOptions(lang="en"))
    quoted = re.compile(r"['“‘「][^'”’」]*['”’」]|（[^）]*）|\([^)]*\)")
    prose = [f.message for f in en if re.search(r"[\u4e00-\u9fff]{2,}[，。；：]", quoted.sub("", f.message))]
    assert prose == [] and any(f.check == "TX01" and "template" in f.message for f in en)
    assert messages.msg("TX01.count", token="x").startswith("“x”")      # outside a run: Chinese again


def test_nt01_names_the_unit_a_figure_is_printed_in_beside_a_table_in_wan():
    """A figure printed in 元 against a table in 万元: the message shows '元' as printed, and its
    interval (kept in 万元) names 万元; it read '1000000.00万元' before."""
    from finder.checks import run
    from finder.testing import analysis_from

    tables = {"income_expense_summary": {"title": "收入支出决算总表", "number": "公开01表", "rows": [
        "收入\t\t支出\t", "项目\t决算数\t项目\t决算数", "一、财政拨款收入\t400.00\t一、教育支出\t420.00",
        "本年收入合计\t400.00\t本年支出合计\t420.00", "总计\t400.00\t总计\t420.00"]}}
    text = "一、收入决算情况说明\n2031年度本年收入合计4100000.00元。\n"
    [f] = [f for f in run(analysis_from(tables, text, 2031)) if f.check == "NT01"]
    assert "文中为 4100000.00元（[409.9999, 410.0001]万元）" in f.message, f.message
    assert f.computation.startswith("文中 4100000.00元 → [409.9999, 410.0001]万元；")
