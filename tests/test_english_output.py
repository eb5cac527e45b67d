"""--lang en: a finding's message and computation are English except for what the report prints (quoted or named)."""
import json

import pytest
import regex

from finder import cli

CJK_RUN = regex.compile(r"\p{Han}+")
QUOTED = regex.compile(r"“[^”]*”|‘[^’]*’|「[^」]*」|《[^》]*》|'[^']*'")
SPACE = regex.compile(r"\s+")


def _unprinted(text: str, printed: str) -> list[str]:
    """The Chinese words of `text` outside quotes that the report does not print: the template's own."""
    return [w for w in CJK_RUN.findall(QUOTED.sub("", text)) if w not in printed]


def test_a_template_word_is_caught():
    printed = SPACE.sub("", "一般公共预算支出\t100.00\n本年收入合计")
    assert _unprinted("'一般公共预算支出' is 100 but 本年收入合计 gives 90", printed) == []
    assert _unprinted("报告年度 2024; 一般公共预算支出", printed) == ["报告年度"]


@pytest.mark.parametrize("path", ["corpora/seeds/000_601db7814e7d3dfd.txt", "corpora/seeds/003_6d07ecb03f4a5f80.txt"])
def test_english_findings_print_only_the_reports_own_chinese(path, capsys):
    cli.main(["check", path, "--lang", "en", "--format", "json"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    with open(path, encoding="utf-8") as fh:
        printed = SPACE.sub("", fh.read())
    assert len(findings) > 10
    left = {(f["check"], w) for f in findings for k in ("message", "computation") for w in _unprinted(f[k] or "", printed)}
    assert not left
