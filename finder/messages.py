"""Message templates per check code, zh and en; checks format them with named arguments."""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Any, Iterable, Iterator

import regex

TEMPLATES: dict[str, dict[str, str]] = {}
# The language of the run in progress (checks.run sets it from CheckOptions.lang): a message built
# deep in a check's helpers, with no options at hand, comes out in the language the user asked for.
_LANG: ContextVar[str] = ContextVar("lang", default="zh")


@contextmanager
def language(lang: str) -> Iterator[None]:
    """Messages built inside this block without a language of their own are in `lang`."""
    token = _LANG.set(lang)
    try:
        yield
    finally:
        _LANG.reset(token)


def current() -> str:
    """The language of the run in progress (see `language`)."""
    return _LANG.get()


def add(templates: dict[str, dict[str, str]]) -> None:
    """Register templates {code or code.variant: {"zh": ..., "en": ...}} (once per module)."""
    for key, t in templates.items():
        if key in TEMPLATES and TEMPLATES[key] != t:
            raise ValueError(f"duplicate message template {key!r}")
        TEMPLATES[key] = t


def msg(key: str, lang: str | None = None, **args: Any) -> str:
    """The template for `key` in `lang` (default: the run's language, see `language`; falls back to
    zh), formatted with `args`. A quoted name left empty (a one-row table's row has no label) is
    dropped with its quotes."""
    t = TEMPLATES.get(key)
    if t is None:
        raise KeyError(f"no message template {key!r}")
    template = t.get(lang or _LANG.get()) or t["zh"]
    for name in _quoted(template):          # “‘三公’经费支出”, not ““三公”经费支出”
        if isinstance(args.get(name), str):
            args[name] = args[name].translate(_INNER)
    return template.format(**args).replace("“”", "").replace(" '' ", " ")


_QUOTED_RE = regex.compile(r"“\{(\w+)\}”")
_INNER = str.maketrans("“”", "‘’")


@lru_cache(maxsize=1024)
def _quoted(template: str) -> tuple[str, ...]:
    """The names a template prints inside “”: a name quoting words of its own takes ‘’ inside them."""
    return tuple(_QUOTED_RE.findall(template))


# lang -> the closing word of a computation for each interval verdict (Verdict.value -> word)
_VERDICTS = {"zh": {"consistent": "相符", "borderline": "仅差一个末位单位", "contradicted": "不符",
                    "undefined": "无定义"},
             "en": {"consistent": "consistent", "borderline": "off by one unit of the last printed digit",
                    "contradicted": "mismatch", "undefined": "undefined"}}


def verdict(v: Any, lang: str | None = None) -> str:
    """How a computation's last step names its verdict (a Verdict) for a reader of `lang`."""
    return _VERDICTS.get(lang or _LANG.get(), _VERDICTS["zh"])[getattr(v, "value", v)]


_LIST_SEP = {"zh": "、", "en": ", "}


def listing(items: Iterable[str], lang: str | None = None) -> str:
    """Names in a message, joined as a reader of `lang` lists them ('、' in zh, ', ' in en)."""
    return _LIST_SEP.get(lang or _LANG.get(), "、").join(items)


# lang -> ((a mismatch's ending, what a borderline one says instead), ...), the note added otherwise
_BORDERLINE = {"zh": ((("两者不符", "两者仅差一个末位单位，可能为尾数调整"),
                       ("两表不一致", "两表仅差一个末位单位，可能为尾数调整")), "（仅差一个末位单位，可能为尾数调整）"),
               "en": ((), " (off by one unit of the last printed digit: a rounding adjustment?)")}


def borderline(message: str, lang: str | None = None) -> str:
    """A message of a borderline verdict (off by one unit of the last printed digit) that says so:
    a warning must not read like a plain mismatch."""
    if "末位" in message or "last printed digit" in message:
        return message
    endings, note = _BORDERLINE.get(lang or _LANG.get(), _BORDERLINE["zh"])
    for ending, instead in endings:
        if message.endswith(ending):
            return message[: -len(ending)] + instead
    return message + note



# lang -> the words a computation is written in: the separator of its steps, where a figure is read ('文中
# 0.3万元 → [0.25, 0.35]；表中 2,961.68 → …'), the base a rate is of, what its two sides must be
_TERMS = {"zh": {"sep": "；", "text": "文中", "table": "表中", "prior": "上年", "text_prior": "文中上年",
                 "budget": "预算", "final": "决算", "base": "基数", "listed": "所列", "with_zero": "，含 0", "equal": "应相等",
                 "at_most": "分项之和不应超过总数", "disjoint": "（各分项按名称读作互不重叠）", "half_unit": "按 ±半个末位单位",
                 "rounding_only": "仅因舍入一致", "zero_divisor": "除数为 0，比例无定义",
                 "one_part": "其中仅列一项，应相等", "part_at_most": "其中一项不应超过总数", "part_by_words": "（其中关系按文字读出）",
                 "why_paid_by": "（所列人员含由他方发放待遇者，是否计入总数因报告而异）",
                 "why_after_semicolon": "（“；”后所列人员在总数所在分句之外，是否计入总数未明）",
                 "why_closed": "（列至“其他”项，读作列全）", "why_states": "（各分项按所处状态读作互不重叠）",
                 "why_every": "（所列各项读作全部组成部分）", "why_uses": "（所列用途读作全部）"},
          "en": {"sep": "; ", "text": "text", "table": "table", "prior": "prior year", "text_prior": "text, prior year",
                 "budget": "budget", "final": "final accounts", "base": "base", "listed": "printed", "with_zero": ", which includes 0",
                 "equal": "should be equal", "at_most": "the parts should not exceed the total",
                 "disjoint": " (the parts read as not overlapping by their names)", "half_unit": "at ± half a unit of the last digit",
                 "rounding_only": "agrees only by rounding", "zero_divisor": "the divisor is 0, the ratio is undefined",
                 "one_part": "only one part is listed, so they should be equal", "part_at_most": "a part should not exceed the total",
                 "part_by_words": " (the part relation is read from the wording)",
                 "why_paid_by": " (some persons listed are paid by another body; whether the total counts them differs by report)",
                 "why_after_semicolon": " (the persons listed after '；' are outside the total's clause; whether it counts them is unclear)",
                 "why_closed": " (the list runs to an 'other' item, so it is read as complete)",
                 "why_states": " (the parts read as not overlapping by the states they name)",
                 "why_every": " (the items listed are read as all of its parts)",
                 "why_uses": " (the uses listed are read as all of it)"}}


def term(key: str, lang: str | None = None) -> str:
    """A word of a computation (_TERMS) for a reader of `lang`."""
    return _TERMS.get(lang or _LANG.get(), _TERMS["zh"])[key]


def steps(*parts: str) -> str:
    """A computation's steps joined as the run's language separates them ('；' in zh, '; ' in en)."""
    return term("sep").join(p for p in parts if p)


def stated(where: str, printed: str, interval: Any) -> str:
    """A figure read where `where` says (a _TERMS key: text, table, prior, budget…) and its rounding interval:
    '文中 0.3万元 → [0.25, 0.35]'."""
    return f"{term(where)} {printed} → {interval}"


# lang -> a period word of a claim (Claim.period) as a reader of `lang` names it; other languages and
# words not listed (a year) print as the report words them
_PERIODS = {"en": {"本年": "this year", "上年": "prior year", "预算": "budget", "决算": "final accounts",
                   "年初预算": "initial budget", "全年预算": "full-year budget", "年度计划": "annual plan"}}


def period(word: str, lang: str | None = None) -> str:
    """A claim's period word (本年, 上年, 年初预算…) in `lang` (default the run's)."""
    return _PERIODS.get(lang or _LANG.get(), {}).get(word, word)

