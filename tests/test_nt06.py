"""NT06 on a real report: this year's six summary figures balance in seed 000's prose; one mistyped
breaks the identity when no table is read, and is NT01's alone when the table is."""
from pathlib import Path

from finder.checks import CheckOptions, _import_all, registry
from finder.model import Finding
from finder.testing import analysis_from, planted, quotes

SEED = Path(__file__).resolve().parent.parent / "corpora" / "seeds" / "000_601db7814e7d3dfd.txt"
CLOSING = "年末结转和结余 0.00 万元"
WRONG = "年末结转和结余 10.00 万元"


def _summary_prose() -> str:
    """The seed's 收入决算 and 支出决算 notes (their headings and paragraphs), without its tables."""
    lines = SEED.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if "年度收入总计" in line)
    end = next(i for i, line in enumerate(lines) if i > start and "年度支出总计" in line)
    return "\n".join(lines[start - 2:end + 1])


def _nt06(text: str) -> list[Finding]:
    _import_all()
    return [f for f in registry.get("NT06").run(analysis_from({}, text), CheckOptions()) if isinstance(f, Finding)]


def test_seed_prose_balances():
    text = _summary_prose()
    assert text.count(CLOSING) == 1
    assert _nt06(text) == []


def test_mistyped_closing_balance_breaks_the_identity():
    found = _nt06(_summary_prose().replace(CLOSING, WRONG))
    assert [f.severity for f in found] == ["error"]
    assert quotes(found, "NT06", "年末结转和结余 10.00")
    assert "1144.825" in found[0].computation


def test_table_contradiction_is_nt01s(tmp_path):
    a = planted(SEED, CLOSING + "，比上年减少 53.43", WRONG + "，比上年减少 53.43", tmp_path / "seed.txt")
    assert quotes(a.findings, "NT01", "10.00")
    assert not [f for f in a.findings if f.check == "NT06"]


def test_balanced_figures_are_verified_in_the_ledger():
    from finder import checks

    a = analysis_from({}, _summary_prose())
    checks.run(a, specs=[registry.get("NT06")])
    closing = [c for c in a.claims if c.concept and "年末结转和结余" in (c.subject or "") and c.kind == "amount"]
    assert closing and all(c.status == "verified" and c.reason == "与收支平衡中的其余各项一致" for c in closing)
