"""TX03: sentences about a domain, or by an organisation, foreign to the reporting department."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon, messages
from finder.checks.registry import CheckOptions, register
from finder.checks.tx.common import department_text, evidence, hygiene, prose, sentences, squash
from finder.model import Finding, Paragraph

messages.add({
    "TX03.domain": {"zh": "该句涉及“{domain}”领域（“{word}”），而本部门名称及职责均未涉及该领域，疑为从其他部门报告复制",
                    "en": "this sentence is about {domain} ('{word}'), a domain the department's name and duties never mention; copied from another report?"},
    "TX03.org.comp": {"zh": "部门及所属单位：{department}", "en": "the department and its units: {department}"},
    "TX03.domain.comp": {"zh": "部门职责中无“{domain}”相关表述", "en": "the department's duties say nothing of {domain}"},
    "TX03.org": {"zh": "该句以“{word}”为主体，而本部门及所属单位中并无此类机构，疑为从其他单位报告复制",
                 "en": "the sentence's actor is '{word}', which is neither the department nor one of its units; copied from another report?"},
    "TX03.self": {"zh": "自称“{word}”与本部门（{department}）的机构类型不符",
                  "en": "self-reference '{word}' does not fit the department ({department})"},
})

_LEAD = regex.compile(r"^\s*(?:[0-9０-９]+\s*[、.．]|[（(]?[一二三四五六七八九十]+[）)、])?\s*")


def _foreign_domains(home: str) -> dict[str, list[str]]:
    """Domain -> keywords, for the domains whose home words the department text never holds."""
    out = {}
    for name, d in hygiene()["domains"].items():
        if not any(h in home for h in d["home"]):
            out[name] = d["keywords"]
    return out


def _starts(p: Paragraph, a: int, b: int) -> list[int]:
    """Offsets where a clause opens inside p[a:b]: the sentence start and after a list label."""
    m = _LEAD.match(p.text, a, b)
    return [m.end() if m else a]


@lru_cache(maxsize=1)
def _any_keyword() -> "regex.Pattern[str]":
    """One pattern finding any domain keyword of hygiene.yml, compiled once per process: a paragraph
    holding none holds none of a report's foreign domains (a pattern of only those would be a new
    alternation, compiled anew, for each report)."""
    return regex.compile(lexicon.alternation(w for d in hygiene()["domains"].values() for w in d["keywords"]))


@lru_cache(maxsize=1)
def _funding_line() -> "regex.Pattern[str]":
    """What follows a domain keyword that names a spending line: a funding noun, then its amount."""
    h = hygiene()
    nouns = lexicon.alternation(h.get("domain_funding_nouns", []))
    fill = lexicon.alternation(h.get("domain_funding_fillers", []))
    return regex.compile(f"(?:{nouns})(?:{fill})*{h.get('domain_funding_amount', '(?!)')}")


def _topic_use(s: str, word: str, funding: "regex.Pattern[str]") -> bool:
    """`word` occurs in `s` other than as the name of a funded item with its amount."""
    i = s.find(word)
    while i >= 0:
        if not funding.match(s, i + len(word)):
            return True
        i = s.find(word, i + 1)
    return False


def _domain_hits(p: Paragraph, foreign: dict[str, list[str]], any_word: "regex.Pattern[str]") -> Iterator[Finding]:
    if not foreign or not any_word.search(squash(p.text)):  # a sentence's words are in its paragraph
        return
    funding = _funding_line()
    for a, b in sentences(p.text):
        s = squash(p.text[a:b])
        for domain, words in foreign.items():
            word = next((w for w in words if _topic_use(s, w, funding)), None)
            if word:
                yield Finding("TX03", "warning", messages.msg("TX03.domain", domain=domain, word=word),
                              [evidence(p, a, b)], computation=messages.msg("TX03.domain.comp", domain=domain),
                              args={"domain": domain, "word": word})
                break


def foreign_orgs(home: str) -> list[str]:
    """Organisation words neither in the department text nor of a kind it runs (its family)."""
    h = hygiene()
    out = []
    for o in h["org_subjects"]:
        family = next((f for f in h["org_families"] if o in f), [o])
        if not any(w in home for w in family):
            out.append(o)
    return out


def _names_subject(p: Paragraph, at: int) -> bool:
    """'小学教育（2050202）…': the head is a budget subject with its code, not an actor."""
    return bool(_subject_code_re().match(p.text[at:at + 24]))


@lru_cache(maxsize=1)
def _subject_code_re() -> regex.Pattern:
    return regex.compile(hygiene()["subject_code_after"])


def _by_first(words: list[str]) -> dict[str, list[str]]:
    """Words by their first character, each list in the words' order (all words nonempty)."""
    out: dict[str, list[str]] = {}
    for w in words:
        out.setdefault(w[:1], []).append(w)
    return out


def _org_hits(p: Paragraph, orgs: list[str], refs: dict[str, str], department: str,
              first: dict[str, list[str]] | None = None) -> Iterator[Finding]:
    """`first`: _by_first(orgs), so a sentence head is tried only against the words it can open with."""
    refs = [w for w in refs if w in p.text]   # a sentence's words are in its paragraph
    for a, b in sentences(p.text):
        # a sentence opening with an organisation word, or one after "标题。" in a list item
        for start in _starts(p, a, b):
            head = p.text[start:start + 6]
            cands = orgs if first is None else first.get(head[:1], ())
            word = next((o for o in cands if head.startswith(o)), None)
            if word and not _names_subject(p, start):
                yield Finding("TX03", "warning", messages.msg("TX03.org", word=word),
                              [evidence(p, a, b)], computation=messages.msg("TX03.org.comp", department=department),
                              args={"word": word})
        word = next((w for w in refs if w in p.text[a:b]), None) if refs else None
        if word:
            yield Finding("TX03", "info", messages.msg("TX03.self", word=word, department=department),
                          [evidence(p, a, b)], args={"word": word})


@register("TX03", name="copy-paste-foreign-topic", groups=("text",), kind="copy_paste_foreign_topic")
def foreign_topic(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """外来主题：句子谈及与本部门职责无关的领域（政法、禁毒、公安、教学…），或以他单位为主体。

    A domain is foreign when none of its home words (lexicons/hygiene.yml ``domains``)
    occurs in the report title, department name, duties or unit list. An organisation
    word opening a sentence is foreign when neither it nor a kind of organisation the
    department runs (``org_families``: a university runs 附属中学/小学) occurs there, and
    the head is not a budget subject printed with its code (小学教育（2050202）). Warning:
    the sentence is probably copied from another department's report.

    **Anti-pattern**
    A ceramics-industry bureau whose duties never mention public security:

    .. code-block:: text

        总体认为部门在落实平安建设等方面做了大量的工作，促进了我市政法工作的高质量发展。

    **Best practice**

    .. code-block:: text

        总体认为部门在推动陶瓷产业发展等方面做了大量的工作，促进了我市陶瓷产业的高质量发展。
    """
    report = analysis.report
    home = department_text(report)
    if not home:
        return
    foreign = _foreign_domains(home)
    any_word = _any_keyword()
    orgs = foreign_orgs(home)
    first = _by_first(orgs) if all(orgs) else None
    refs = {w: suf for w, suf in hygiene()["self_references"].items() if suf not in home}
    department = report.department or report.title or "报告未载明部门名称"
    for p in prose(report):
        if p.role == "duties":
            continue
        yield from _domain_hits(p, foreign, any_word)
        yield from _org_hits(p, orgs, refs, department, first)


# Lexicon-derived patterns compiled as the module loads (model loading), not by the first report
# that reaches them.
_funding_line()
_any_keyword()
