"""The identity NT03 compares figures under: level, organisation named before the subject, printed year."""
from __future__ import annotations

from finder.analysis import extract
from finder.checks import CheckOptions, _import_all, registry
from finder.checks.nt.levels import claim_identity, org_of
from finder.testing import report_from


def _analysis(text: str, department: str = ""):
    from finder import link

    report = report_from({}, text)
    report.department = department
    a = extract(report)
    link.resolve(a)
    return a


def _identities(a) -> dict[str, tuple[str, int | None]]:
    ids = claim_identity(a)
    return {c.raw: (ids[c.id].org, ids[c.id].year) for c in a.claims}


def test_org_of_reads_a_proper_noun_organisation():
    assert org_of("其中，今年丰原市水务局的") == "丰原市水务局"
    assert org_of("丰原市卫生健康委员会今年") == "丰原市卫生健康委员会"
    assert org_of("2023年青石镇农业综合服务站") == "青石镇农业综合服务站"
    assert org_of("城乡") is None            # too short to be a name
    assert org_of("全社会") is None          # ends in a suffix character, not an organisation
    assert org_of("承办全省运动会") is None   # an activity
    assert org_of("全市") is None            # a level, not an organisation


def test_department_and_its_abbreviations_name_no_other_unit():
    a = _analysis("二、支出决算情况说明\n"
                  "丰原市环境保护局本年支出合计 1134.84 万元。\n"
                  "丰原市环保局本年收入合计 1200.10 万元。\n"
                  "本局本年结余 65.26 万元。\n"
                  "丰原市审计局本年支出合计 96.25 万元。\n", department="丰原市环境保护局")
    got = _identities(a)
    assert got["1134.84 万元"] == ("", None)
    assert got["1200.10 万元"] == ("", None)     # the same characters in order: an abbreviation
    assert got["65.26 万元"] == ("", None)
    assert got["96.25 万元"] == ("丰原市审计局", None)


def test_restatement_by_the_department_name_is_still_compared():
    a = _analysis("二、支出决算情况说明\n"
                  "丰原市水务局本年支出合计 1134.84 万元。\n"
                  "丰原市审计局本年支出合计 96.25 万元。\n"
                  "本局本年支出合计 1143.84 万元。\n", department="丰原市水务局")
    _import_all()
    found = list(registry.get("NT03").run(a, CheckOptions()))
    assert [f.severity for f in found] == ["error"]
    assert "1143.84" in found[0].message and "1134.84" in found[0].message


def test_printed_year_other_than_the_report_year():
    a = _analysis("三、“三公”经费情况说明\n"
                  "2024年“三公”经费财政拨款预算 31.42 万元。\n"
                  "2023年“三公”经费财政拨款预算执行数为 33.07 万元，较2023年预算减少 1.20 万元。\n"
                  "“三公”经费财政拨款支出较2022年决算增加 2.10 万元。\n")
    got = _identities(a)
    assert got["31.42 万元"][1] is None          # the report's own year
    assert got["33.07 万元"][1] == 2023
    assert got["2.10 万元"][1] is None           # the base of a comparison is not the figure's year
