"""AR09: a paragraph states a deadline and a later completion, and says the work was done on time."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon, messages
from finder.checks.registry import CheckOptions, register
from finder.model import Evidence, Finding

messages.add({
    "AR09": {"zh": "文字称“{said}”，但所述实际完成时间 {done} 晚于计划完成时间 {planned}",
             "en": "the text says '{said}', but the completion it states, {done}, is later than the deadline {planned}"},
})
_DATE = r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*日|(?P<end>{end}))?"


@register("AR09", name="deadline-missed-but-claimed-on-time", groups=("core", "arith"),
          kind="target_not_met_but_claimed")
def deadline_missed_but_claimed_on_time(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """文字称“按期完成”“如期完成”，而同段所述实际完成时间晚于所述计划完成时间 (a deadline the paragraph itself shows missed).

    **Why it matters**
    A project's schedule is one of its performance targets (时效指标); a paragraph printing the
    deadline, the date the work was done and the verdict can be checked on its own. Dates are read as
    dates, each the span its printed precision allows ('2031年9月' is any day of September; '6月底前'
    ends on June's last day): only a completion that must fall after the deadline is flagged. The paragraph
    must print exactly one deadline ('计划于…前完成') and one completion ('实际于…完成') and no other date of a
    done verb (a second or moved deadline: which one is meant is unsaid), and the claim of completion on
    time must stand in the completion's sentence, unnegated, with no word between them owning a delay or
    speaking of other work ('较计划延期2个月，其余工作均按期完成'; lexicons/appendix.yml deadlines).

    **Anti-pattern**

    .. code-block:: text

        该项目计划于2031年6月底前完成主体工程建设，实际于2031年9月完成，按期完成年度任务。

    **Best practice**

    .. code-block:: text

        该项目计划于2031年6月底前完成主体工程建设，实际于2031年9月完成，较计划延期3个月，主要原因是……
    """
    for p in analysis.report.paragraphs:
        pair = _pair(p.text)
        if pair is None:
            continue
        planned, done, said = pair
        if _earliest(done) <= _latest(planned):
            continue
        yield Finding(
            check="AR09", severity="error",
            message=messages.msg("AR09", opts.lang, said=said.group(), done=done.group().strip(),
                                 planned=planned.group().strip()),
            evidence=[Evidence(text=p.text[planned.start():said.end()].strip(), **p.where(planned.start()))],
            computation=f"实际 {done.group().strip()} 最早 {_show(_earliest(done))} > 计划 {planned.group().strip()} "
                        f"最迟 {_show(_latest(planned))}")


def _pair(text: str):
    """(deadline, completion, on-time words) of a paragraph printing exactly one of each date and no other
    date of a done verb ('2031年9月底前完成验收', '调整为2031年9月底前完成': which deadline is meant is unsaid),
    the words in the completion's sentence after it, not negated, nothing between the two setting them
    aside ('较计划延期2个月，其余工作均按期完成'); None otherwise."""
    planned, done, named, on_time, dated, aside = _patterns()
    deadlines = list(planned.finditer(text))
    finished = list(done.finditer(text)) + list(named.finditer(text))
    if len(deadlines) != 1 or len(finished) != 1:
        return None
    d = finished[0]
    if {m.start() for m in dated.finditer(text)} - {deadlines[0].start(), d.start()}:
        return None
    end = _sentence_end(text, d.end())
    said = next((m for m in on_time.finditer(text, d.end(), end)), None)
    if said is None or aside.search(text, d.end(), said.start()):
        return None
    return deadlines[0], d, said


def _sentence_end(text: str, i: int) -> int:
    k = min([j for j in (text.find(c, i) for c in "。！？!?") if j >= 0], default=len(text))
    return k


def _earliest(m: regex.Match) -> tuple[int, int, int]:
    return int(m["y"]), int(m["m"]), int(m["d"]) if m["d"] else 1


def _latest(m: regex.Match) -> tuple[int, int, int]:
    return int(m["y"]), int(m["m"]), int(m["d"]) if m["d"] else 31


def _show(t: tuple[int, int, int]) -> str:
    return f"{t[0]}年{t[1]}月{t[2]}日" if t[2] != 31 else f"{t[0]}年{t[1]}月底"


@lru_cache(maxsize=1)
def _patterns() -> tuple[regex.Pattern, ...]:
    """(deadline, completion with its verb, completion by a word naming the time, on time unnegated, any
    date of a done verb, words setting the on-time words aside)."""
    d = lexicon.load("appendix")["deadlines"]
    alt = lexicon.alternation
    date = _DATE.replace("{end}", alt(d["month_end"]))
    verbs = alt(d["verbs"])
    # the date groups are the match's named groups; the words around it lie outside the match
    planned = regex.compile(rf"(?<=(?:{alt(d['planned'])})\s*){date}(?=\s*(?:{alt(d['before'])})?\s*(?:{verbs}))")
    done = regex.compile(rf"(?<=(?:{alt(d['done'])})\s*){date}(?=\s*(?:{verbs}))")
    named = regex.compile(rf"(?<=(?:{alt(d['done_named'])})\s*){date}")
    on_time = regex.compile(rf"(?<!{alt(d['negations'])})(?:{alt(d['on_time'])})")
    dated = regex.compile(rf"{date}(?=\s*(?:{alt(d['before'])})?\s*(?:{verbs}))")
    aside = regex.compile(alt(d["aside"]))
    return planned, done, named, on_time, dated, aside
