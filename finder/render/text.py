"""Terminal report: findings grouped by severity, fitted to 80 display columns, ANSI colour on request."""
from __future__ import annotations

import unicodedata
from pathlib import Path

from finder import __version__
from finder.analysis import Analysis
from finder.model import Finding
from finder.render import json_out
from finder.render.fields import SEVERITY_ZH, STATUS_ZH, evidence_place, cell_quote, nothing_found, shown_evidence, table_label

WIDTH = 80
INDENT = 4
SEVERITIES = ("error", "warning", "info")
COLORS = {"error": "\033[1;31m", "warning": "\033[1;33m", "info": "\033[1;34m", "code": "\033[36m",
          "dim": "\033[2m", "bold": "\033[1m"}
RESET = "\033[0m"

LABELS = {
    "zh": {"claims": "数量表述 {n} 项", "findings": "问题",
           "total": "共 {n} 项", "total_one": "共 1 项", "claim": "原文", "reference": "对照", "context": "上下文", "comp": "计算",
           "sev": SEVERITY_ZH, "status": STATUS_ZH, "sep": "，", "list_sep": "、", "colon": "：", "paren": "（{}）", "numbers": "数字 {n} 个",
           "traditional": "原文为繁体字：按简体字读取，引文照录原文"},
    "en": {"claims": "{n} claims", "findings": "findings",
           "total": "{n} findings", "total_one": "1 finding", "claim": "quote", "reference": "against", "context": "context", "comp": "computation",
           "sev": {"error": "error", "warning": "warning", "info": "info"},
           "status": {k: k.replace("_", " ") for k in STATUS_ZH}, "sep": ", ", "list_sep": ", ", "colon": ": ", "paren": " ({})",
           "numbers": "{n} numbers",
           "traditional": "printed in traditional script: read as simplified, quotes as printed"},
}


def cell_width(ch: str) -> int:
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def width(s: str) -> int:
    return sum(cell_width(ch) for ch in s)


def wrap(text: str, first: str, rest: str, limit: int = WIDTH) -> list[str]:
    """Break `text` into lines of at most `limit` display columns (CJK counts 2), prefixing the
    first line with `first` and the others with `rest`. Breaks at spaces in Latin runs."""
    lines: list[str] = []
    line, col = first, width(first)
    for word in _words(" ".join(text.split())):
        w = width(word)
        if col + w > limit and line.strip() and line != first:
            lines.append(line.rstrip())
            word = word.lstrip()
            line, col, w = rest, width(rest), width(word)
        line += word
        col += w
    lines.append(line.rstrip())
    return lines


def wrap_items(lead: str, items: list[str], sep: str, rest: str, limit: int = WIDTH) -> list[str]:
    """`lead` and `items` joined by `sep`, broken between items only: a count stays beside its label
    ('not checkable 0', never 'not checkable' and '0' on the next line)."""
    lines, line = [], lead
    for i, item in enumerate(items):
        piece = (sep if i else "") + item
        if i and width(line + piece) > limit:
            lines.append((line + sep).rstrip())
            line = rest + item
        else:
            line += piece
    return lines + [line.rstrip()]


NO_LINE_START = set("，。、；：？！）」』”’》〉】%）,.;:?!)")
NO_LINE_END = set("（「『“‘《〈【")


def _words(text: str) -> list[str]:
    """Tokens that may not be split: a CJK character each (a closing mark glued to the one
    before it, so no line starts with "，"), a Latin run with its leading space."""
    out, cur = [], ""
    for ch in text:
        if ch == "'" and not cur and out and cell_width(out[-1][-1]) == 2:
            out[-1] += ch                   # an English message's closing quote after Chinese: '增长' stays whole
        elif ch in NO_LINE_START and not cur.strip() and out:
            out[-1] += cur + ch             # '”' and '%' are narrow, yet start no line: '“增长（下降）”', '100 %'
            cur = ""
        elif ch in NO_LINE_START and cell_width(ch) == 2 and cur:
            cur += ch
        elif cell_width(ch) == 2:
            if cur:
                out.append(cur)
                cur = ""
            if out and out[-1] and out[-1][-1] in NO_LINE_END:
                out[-1] += ch
            else:
                out.append(ch)
        elif ch == " ":
            if cur:
                out.append(cur)
            cur = " "
        else:
            if not cur and out and out[-1] and out[-1][-1] in NO_LINE_END:
                cur = out.pop()             # '（' stays with the Latin run it opens: '（report.txt）'
            cur += ch
            if width(cur) >= WIDTH - 2 * INDENT - 2:   # an unbreakable run longer than a line
                out.append(cur)
                cur = ""
    if cur:
        out.append(cur)
    return out


def paint(s: str, style: str, color: bool) -> str:
    return f"{COLORS[style]}{s}{RESET}" if color and s else s


def location(f: Finding, lang: str) -> str:
    """Where the finding's first located evidence is printed."""
    return evidence_place(f.placed, lang) if f.placed else ""


def header(a: Analysis, L: dict, color: bool) -> list[str]:
    r, s = a.report, json_out.summary(a)
    name = L["list_sep"].join(Path(x).name for x in (r.sources or [r.source]))
    title = f"finder {__version__}  {r.title or name}" + (L["paren"].format(name) if r.title else "")
    st = [f"{L['status'][k]} {s[k]}" for k in ("verified", "contradicted", "unverifiable", "not_checkable")]
    sev = [paint(f"{L['sev'][k]} {s['findings'][k]}", k, color and s["findings"][k] > 0) for k in SEVERITIES]
    claims = L["claims"].format(n=s["claims"]) + L["paren"].format(L["numbers"].format(n=s["numbers"])) + L["colon"]
    out = wrap(title, "", "  ")
    if r.script == "traditional":
        out += wrap(L["traditional"], "", "  ")
    out += wrap_items(claims, st, L["sep"], "  ")
    out.append(L["findings"] + L["colon"] + L["sep"].join(sev))
    return [paint(out[0], "bold", color)] + out[1:]


def finding_lines(f: Finding, L: dict, color: bool, lang: str) -> list[str]:
    """The finding's head line (place, check, message), its evidence (each with its own place when
    that is not the head's) and its computation."""
    loc = location(f, lang)
    lead = f"  {loc or '—'}  {f.check}  "
    lines = wrap(f.message, lead, " " * INDENT)
    lines[0] = lines[0].replace(f.check, paint(f.check, "code", color), 1)
    for e in shown_evidence(f):
        key = L.get(e.role, L["reference"])
        where = " / ".join(x for x in (table_label(e), e.row, e.column) if x)
        text = cell_quote(where, e.text, L["colon"])
        at = evidence_place(e, lang)
        if at and at != loc:
            text += L["paren"].format(at)
        lines += wrap(text, " " * INDENT + key + L["colon"], " " * (INDENT + 2))
    if f.computation:
        comp = wrap(" ; ".join(x.strip() for x in f.computation.splitlines() if x.strip()),
                    " " * INDENT + L["comp"] + L["colon"], " " * (INDENT + 2))
        lines += [paint(x, "dim", color) for x in comp]
    return lines


def render(a: Analysis, lang: str = "zh", quiet: bool = False, color: bool = False) -> str:
    """The terminal report; `quiet` keeps only the header summary and the total."""
    L = LABELS.get(lang, LABELS["zh"])
    out = header(a, L, color)
    if not quiet:
        for sev in SEVERITIES:
            group = [f for f in a.findings if f.severity == sev]
            if not group:
                continue
            out += ["", paint(L["sev"][sev] + L["paren"].format(len(group)), sev, color)]
            for f in group:
                out += finding_lines(f, L, color, lang)
        other = [f for f in a.findings if f.severity not in SEVERITIES]
        for f in other:
            out += finding_lines(f, L, color, lang)
    if not a.findings and not quiet:
        out += [""] + wrap(nothing_found(a, lang), "", "")
    out += ["", L["total_one"] if len(a.findings) == 1 else L["total"].format(n=len(a.findings))]
    return "\n".join(out) + "\n"
