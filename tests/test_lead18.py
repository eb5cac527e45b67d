"""Made-up sentences the lead probed in session 18, each a gap closed in the commit that added it."""
from __future__ import annotations

from finder.testing import run_check, run_check_all

_HEAD = "一、部门基本情况\n本部门情况如下。"


def test_names_after_a_colon_are_held_to_their_count():
    """'设 5 个内设机构：办公室、…' (a colon, no 分别为) listed four names and passed."""
    found = run_check(_HEAD + "本部门设 5 个内设机构：办公室、财务科、人事科、业务科。", "TX08")
    assert [f.severity for f in found] == ["error"] and "5个内设机构" in found[0].message
    assert "随后列举" in found[0].message        # the colon is no marker word to quote
    ok = run_check_all(_HEAD + "本部门设 4 个内设机构：办公室、财务科、人事科、业务科。下设 2 个科室：综合科和业务科。", "TX08")
    assert ok and all(type(x).__name__ == "Settlement" for x in ok)
