"""Write corpora/synthetic/unit_filled.txt: national_filled's report for units living on their own income too.

    python scripts/make_unit_filled.py [--out corpora/synthetic/unit_filled.txt]

Administrative departments leave the template's lines of units' own income at 0; schools, hospitals,
research institutes and groups of 事业单位 fill them. This is scripts/make_national_filled.py's report
with those lines nonzero: 上级补助收入, 事业收入, 经营收入, 附属单位上缴收入, 其他收入, 上缴上级支出,
经营支出, 对附属单位补助支出 by 功能分类 row, 使用非财政拨款结余 and 结余分配 in the 总表 (its two sides
still balance), and the prose that states them: each source's share of 本年收入合计 and its reason, the
changes of 事业收入 and 经营支出, and 年末结转和结余 split into 基本支出结转, 项目支出结转和结余, 经营结余.
"""
from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from finder.testing import script_module, write_filled

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "corpora" / "synthetic" / "unit_filled.txt"
NATIONAL = script_module("make_national_filled")


def _leaves():
    """national_filled's leaves, the university's and the school's with the units' own income and transfers."""
    extra = {"2050205": dict(up="18.40", sub="64.20", inc={"上级补助收入": "120.00", "附属单位上缴收入": "36.50"}),
             "2050203": dict(sub="12.60", inc={"上级补助收入": "24.00"})}
    out = []
    for code, name, v in NATIONAL.LEAVES:
        more = extra.get(code, {})
        out.append((code, name, {**v, **{k: x for k, x in more.items() if k != "inc"},
                                 "inc": {**v.get("inc", {}), **more.get("inc", {})}}))
    return out


VARIANT = dict(
    leaves=_leaves(), used=D("42.80"), dist=D("26.35"), end_basic=D("31.20"), end_operating=D("28.75"),
    prior={"事业收入": D("418.60"), "经营支出": D("47.15")},
    why={"使用非财政拨款结余": "所属学院动用以前年度事业基金弥补当年收支差额",
         "结余分配": "所属事业单位按规定提取职业风险基金和专用基金",
         "上级补助收入": "主管部门拨付的非财政补助资金",
         "事业收入": "所属学院扩大招生规模，学费和住宿费收入增加",
         "经营收入": "所属事业单位开展技术咨询服务取得的收入",
         "附属单位上缴收入": "所属独立核算单位按规定上缴的收入",
         "上缴上级支出": "所属单位按规定上缴主管部门的收入",
         "经营支出": "所属事业单位技术咨询服务业务量增加，相应成本增加",
         "对附属单位补助支出": "对所属独立核算单位开展业务的补助"},
)


def build() -> str:
    """The whole report's text."""
    return NATIONAL.build(VARIANT)


if __name__ == "__main__":
    write_filled(__doc__, build, OUT)
