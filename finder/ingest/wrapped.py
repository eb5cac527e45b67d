"""Tables that a text extraction wrapped line by line (no TABs), reassembled into model.Table."""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from finder import lexicon
from finder.model import Cell, Row, Table
from finder.numbers.parse import parse_cell, to_halfwidth

_DIGIT = regex.compile(r"\d")
_NUM = regex.compile(r"^[-−]?\d+(?:\.\d+)?$")
_PCT = regex.compile(r"^\d+(?:\.\d+)?[%％]$")     # a rate printed with its sign: the 执行率 column
_DASH = regex.compile(r"^[-—－/]+$")
_MAX_SCORE = 100          # one indicator's 分值 can never exceed the whole table's 100
_LOOKAHEAD = 40           # lines after a title in which a TAB means "not wrapped"
_MAX_LINES = 600          # a wrapped table never runs longer than this
_CELL_RUN = regex.compile(r"\S {2,}\S")   # two cells of one printed line
_MAX_SPACED = 2           # lines of several cells a wrapped (one cell a line) table may hold
# a heading of the prose after the table: （三）… / 三、… / 第三部分 / 3.…
_HEADING = regex.compile(r"^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)")


@dataclass
class WrappedTable:
    start: int   # 0-based index of the first source line of the table
    end: int     # 0-based index one past its last line
    table: Table


def find_wrapped_tables(lines: list[str]) -> list[WrappedTable]:
    """Find and rebuild wrapped tables (e.g. a 项目支出绩效自评表 printed one cell per line)."""
    titles = lexicon.load("appendix")["wrapped_titles"]
    out: list[WrappedTable] = []
    i = 0
    while i < len(lines):
        text = lines[i].strip()
        if text in titles and not _has_tabs(lines, i + 1):
            found = _parse_table(lines, i, text)
            if found is not None:
                out.append(found)
                i = found.end
                continue
        i += 1
    return out


def _space_laid(lines: list[str]) -> bool:
    """Lines printing cells apart by runs of spaces (an export placing each PDF line's pieces by x,
    a cell's wrapped lines among its row's other cells): one cell a line cannot be assumed, and
    read so a form's names and figures run together; the form is not read."""
    return sum(1 for ln in lines if _CELL_RUN.search(ln.strip())) > _MAX_SPACED


def _has_tabs(lines: list[str], start: int) -> bool:
    return any("\t" in ln for ln in lines[start:start + _LOOKAHEAD])


# ------------------------------------------------------------------ the whole table
@dataclass
class _State:
    """What the parser has seen so far in one table."""

    rows: list[Row] = field(default_factory=list)
    extra: dict = field(default_factory=dict)
    phase: str = "header"            # header | funds | goals | indicators
    tokens: list[tuple[str, int]] = field(default_factory=list)   # (token, line index)
    frags: list[tuple[str, int]] = field(default_factory=list)
    level1: str = ""
    level2: list[str] = field(default_factory=list)
    last_level2: str = ""
    fund_label: str = ""
    fund_lines: list[str] = field(default_factory=list)
    goal_lines: list[tuple[str, int]] = field(default_factory=list)
    end: int | None = None


def _parse_table(lines: list[str], title_at: int, title: str) -> WrappedTable | None:
    lex = lexicon.load("appendix")
    st = _State()
    stop = min(len(lines), title_at + _MAX_LINES)
    for i in range(title_at + 1, stop):
        text = to_halfwidth(lines[i]).strip()
        if not text:
            continue
        if text in lex["wrapped_titles"] or (st.phase == "indicators" and _HEADING.match(text)):
            break
        _feed(st, text, i, lex)
        if st.end is not None:
            break
    indicators = [r for r in st.rows if r.extra.get("block") == "indicator"]
    if not indicators:
        return None
    if st.end is None:                       # no 总分 line: the table ends with its last row
        st.end = indicators[-1].extra["lines"][1]
    if _space_laid(lines[title_at:st.end + 1]):
        return None
    table = Table(title=title, rows=st.rows, columns=_columns(st.rows), id="project_self_eval",
                  unit="万元", location=title_at + 1, loc_kind="line", extra=st.extra)
    for k, r in enumerate(table.rows):
        r.index = k
    return WrappedTable(title_at, st.end + 1, table)


def _feed(st: _State, text: str, i: int, lex: dict) -> None:
    head = lex["header"]
    if st.phase == "header":
        _header_line(st, text, head)
        if _starts(text, head["funds_start"]):
            st.phase = "funds"
        return
    if st.phase == "funds":
        if _funds_end(text, head["funds_end"]):
            _flush_fund(st, lex)
            st.phase = "goals"
        else:
            _fund_line(st, text, i, lex)
            return
    if st.phase == "goals":
        if any(w in text.replace(" ", "") for w in lex["indicator_block"]):
            _flush_goal(st, lex)
            st.phase = "indicators"
        elif not any(w in text for w in head["goal_expected"]):
            st.goal_lines.append((text, i))
        else:
            st.goal_lines = []
        return
    _indicator_line(st, text, i, lex)


def _starts(text: str, words: list[str]) -> bool:
    return any(text.replace(" ", "").startswith(w) for w in words)


def _header_line(st: _State, text: str, head: dict) -> None:
    """项目名称 X / 主管部门 X 实施单位 Y."""
    compact = text.replace("\u3000", " ")
    for key in ("name", "department", "unit"):
        for word in head[key]:
            m = regex.search(regex.escape(word) + r"\s*[:：]?\s*(\S+)", compact)
            if m and key not in st.extra:
                st.extra[{"name": "project"}.get(key, key)] = m.group(1)


def _funds_end(text: str, words: list[str]) -> bool:
    compact = text.replace(" ", "")
    return any(compact == w or (len(w) >= 4 and compact.startswith(w)) for w in words)


# ------------------------------------------------------------------ the funds block
def _fund_line(st: _State, text: str, i: int, lex: dict) -> None:
    labels = [w for ws in lex["header"]["fund_rows"].values() for w in ws]
    compact = text.replace(" ", "")
    label = next((w for w in sorted(labels, key=len, reverse=True) if w in compact[:12]), None)
    if label is not None:
        _flush_fund(st, lex)
        st.fund_label = label
        rest = text[text.find(label[-1], text.find(label[0])) + 1:] if label[0] in text else text
        st.tokens = [(t, i) for t in rest.split() if _fund_token(t)]
        st.fund_lines = [text]
        return
    if st.fund_label:
        st.tokens += [(t, i) for t in text.split() if _fund_token(t)]
        st.fund_lines.append(text)


def _fund_token(t: str) -> bool:
    return bool(_NUM.match(t) or _DASH.match(t) or _PCT.match(t))


def _flush_fund(st: _State, lex: dict) -> None:
    if not st.fund_label or not st.tokens:
        st.fund_label, st.tokens, st.fund_lines = "", [], []
        return
    cols = lex["header"]["fund_columns"]
    values = [t for t, _ in st.tokens]
    raws = " ".join(st.fund_lines)
    names = _fund_slots(values, cols)
    block = lex["header"]["funds_start"][0]
    cells = [_cell(v, (block, c)) for v, c in zip(values, names)]
    printed = values
    if any(_PCT.match(v) for v in values):    # the rate's sign places the figures: blanks stay blank
        at = {c: v for v, c in zip(values, names)}
        printed = [at.get(c, "") for c in cols.values()] if names else []
    first = st.tokens[0][1]
    st.rows.append(Row(label=st.fund_label, cells=cells, location=first + 1, raw=raws,
                       extra={"block": "funds", "cells": [st.fund_label, *printed],
                              "lines": (first, st.tokens[-1][1])}))
    st.fund_label, st.tokens, st.fund_lines = "", [], []


def _fund_slots(values: list[str], cols: dict[str, str]) -> list[str]:
    """Printed values -> column names (cols: role -> header, in printed order); a blank 执行率
    (5 values for 6 columns) is skipped. A rate printed with its '%' is the 执行率 column: the
    figures before it fill the columns before it, all of them, and those after it the ones after;
    when they do not (a blank among the amounts: which one is not certain), none is placed."""
    roles = list(cols)
    pct = [k for k, v in enumerate(values) if _PCT.match(v)]
    if pct and "rate" in cols:
        r = roles.index("rate")
        if len(pct) > 1 or pct[0] != r or len(values) - r - 1 > len(roles) - r - 1:
            return []
        return [cols[role] for role in roles[:len(values)]]
    if len(values) == len(cols) - 1 and "rate" in cols:
        return [c for role, c in cols.items() if role != "rate"]
    return list(cols.values())[:len(values)]


# ------------------------------------------------------------------ the goal block
def _flush_goal(st: _State, lex: dict) -> None:
    """年度总体目标: 预期目标 lines, then 实际完成情况 as the last line (a split the extraction lost,
    so only a guess: extra['goal_split'] says so); header fragments ('绩' '效' …) are dropped."""
    lines = list(st.goal_lines)
    vocab = [*_vocab(lex), *lex["header"]["funds_end"]]
    while lines and len(lines[-1][0].replace(" ", "")) <= 2 and any(lines[-1][0].replace(" ", "") in w
                                                                     for w in vocab):
        lines.pop()
    while lines and any(lines[0][0].replace(" ", "") == w for w in lex["header"]["funds_end"]):
        lines.pop(0)
    st.goal_lines = []
    if len(lines) < 2:
        return
    expected, actual = " ".join(t for t, _ in lines[:-1]), lines[-1][0]
    first, last = lines[0][1], lines[-1][1]
    label = lex["header"]["funds_end"][0]
    cells = [_cell(expected, (lex["header"]["goal_expected"][0],)), _cell(actual, (lex["header"]["goal_actual"][0],))]
    st.rows.append(Row(label=label, cells=cells, location=first + 1, raw="\n".join(t for t, _ in lines),
                       extra={"block": "goal", "cells": [label, expected, actual], "lines": (first, last),
                              "goal_split": "guess"}))


# ------------------------------------------------------------------ indicator rows
def _indicator_line(st: _State, text: str, i: int, lex: dict) -> None:
    compact = text.replace(" ", "")
    if any(regex.fullmatch(p, compact) for p in lex["empty_rows"]):
        return                                    # a template row left unfilled: its placeholder alone
    if not _DIGIT.search(text):
        st.frags += [(t, i) for t in text.split()]
        return
    _resolve_frags(st, lex)
    words = text.split()
    if _starts(compact, lex["total_labels"]) and not st.tokens:
        _emit_total(st, words, i)
        return
    if not st.tokens:
        words = _peel_headers(words, st, lex)
        if not words or _empty_row(words):
            return
    st.tokens += [(t, i) for t in words]
    _maybe_emit_row(st, i)


def _empty_row(words: list[str]) -> bool:
    """A template row left unfilled, printed on a line of its own: a name whose two score cells are
    dashes ('指标1：/ / /'); nothing of it is read."""
    return len(words) >= 2 and all(_DASH.match(w) for w in words[-2:]) and not any(
        _NUM.match(w) for w in words)


_SECTION_POINTS = regex.compile(r"^(?P<word>\S*?)[（(]\d+(?:\.\d+)?分[）)]$")


def _peel_headers(words: list[str], st: _State, lex: dict) -> list[str]:
    """A row printed on one line opens with the 一级/二级 headers of its merged cells ('产出指标 数量指标
    扫描页数 …', '效益指标（30分） 社会效益指标 …'): each leading word that is a level header (its points
    in brackets or not) is noted as one, a bare '（30分）' dropped; the row's own cells follow."""
    lv = lex["levels"]
    levels = {*lv["level1"], *lv["level2"]}
    k = 0
    while k < len(words):
        m = _SECTION_POINTS.match(words[k])
        word = m.group("word") if m else words[k]
        if word and word not in levels:
            break
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if word in lv["level1"] and word in lv["level2"] and nxt not in lv["level2"]:
            st.level1, st.level2, st.last_level2 = "", [word], ""     # 一级 or 二级 ('成本指标'): not certain
        elif word:
            _note_header(word, st, lex)
        k += 1
    return words[k:]


def _vocab(lex: dict) -> list[str]:
    lv = lex["levels"]
    return [*lv["level1"], *lv["level2"], *lex["column_words"]]


def _resolve_frags(st: _State, lex: dict) -> None:
    """Leading fragments that spell header words are headers; the rest is row text."""
    frags, vocab = st.frags, _vocab(lex)
    k = 0
    while k < len(frags):
        j = _header_span(frags, k, vocab)
        if j is None:
            break
        _note_header("".join(f for f, _ in frags[k:j]), st, lex)
        k = j
    st.tokens += frags[k:]
    st.frags = []


def _header_span(frags: list[tuple[str, int]], k: int, vocab: list[str]) -> int | None:
    """End index of the longest run frags[k:j] spelling a header word (or, at the end, its start)."""
    best = None
    acc = ""
    for j in range(k, len(frags)):
        acc += frags[j][0]
        if acc in vocab:
            best = j + 1
        elif j == len(frags) - 1 and len(acc) >= 4 and any(w.startswith(acc) for w in vocab):
            best = j + 1
        if not any(w.startswith(acc) for w in vocab):
            break
    return best


def _note_header(word: str, st: _State, lex: dict) -> None:
    lv = lex["levels"]
    if word in lv["level1"] or (word not in lv["level2"] and any(w.startswith(word) for w in lv["level1"])):
        st.level1, st.level2, st.last_level2 = word, [], ""
    elif word in lv["level2"] or any(w.startswith(word) for w in lv["level2"]):
        st.level2.append(word)


def _merge_units(tokens: list[tuple[str, int]]) -> list[str]:
    """'25000' '平米' -> '25000平米'; '800平' '米' -> '800平米'; '400' '个' -> '400个'; a token that
    ends a unit word of units.yml ('米' of 平方米) joins too."""
    units = _unit_words()
    out: list[str] = []
    for t, _ in tokens:
        prev = out[-1] if out else ""
        joins = any(u.endswith(t) for u in units)         # a unit, or the tail of one cut by a wrap
        if prev and _DIGIT.search(prev) and not _DIGIT.search(t) and joins:
            out[-1] += t
        else:
            out.append(t)
    return out


def _unit_words() -> set[str]:
    u = lexicon.load("units")
    return {*u["money"], *u["count"], *u["percent"]}


def _is_score(t: str) -> bool:
    return bool(_NUM.match(t)) and float(t) <= _MAX_SCORE


def _maybe_emit_row(st: _State, i: int) -> None:
    words = _merge_units(st.tokens)
    one_line = all(at == i for _, at in st.tokens)
    if len(words) < (3 if one_line else 4) or not (_is_score(words[-1]) and _is_score(words[-2])):
        return
    if st.tokens[-1][1] != i or st.tokens[-2][1] != i:
        return          # the two scores must close the current line
    name_end = _name_end(words[:-2])
    if name_end == 0:
        return
    if name_end >= len(words) - 2:
        if not one_line:
            return
        name, target, actual = _worded_row(words[:-2])
    else:
        name = "".join(words[:name_end])
        values = words[name_end:-2]
        target = values[0]
        actual = " ".join(values[1:]) if len(values) > 1 else ""
    level2, uncertain = _row_level2(st)
    cells_raw = [st.level1, level2, name, target, actual, words[-2], words[-1]]
    cells = [_cell(v, (c,)) for v, c in zip(cells_raw, lexicon.load("appendix")["indicator_columns"])]
    first = st.tokens[0][1]
    raw = " ".join(t for t, _ in st.tokens)
    st.rows.append(Row(label=name, cells=cells, location=first + 1, raw=raw,
                       extra={"block": "indicator", "cells": cells_raw, "lines": (first, i),
                              "level2_uncertain": uncertain}))
    st.tokens = []


def _worded_row(words: list[str]) -> tuple[str, str, str]:
    """A row printed on one line whose target and result are words ('查档便利度 提高 提高 30 30',
    '报告及时性 按时完成 达成预期指标 8 8'): its two scores closing the line are certain. Three
    words are its three cells; otherwise which word is which cell is not, and the words are its
    name, target and result left blank (unread)."""
    if len(words) == 3:
        return words[0], words[1], words[2]
    return "".join(words), "", ""


def _row_level2(st: _State) -> tuple[str, bool]:
    if len(st.level2) == 1:
        st.last_level2 = st.level2[0]
        st.level2 = []
        return st.last_level2, False
    if not st.level2:
        return st.last_level2, False
    st.level2, st.last_level2 = [], ""
    return "", True


def _name_end(words: list[str]) -> int:
    """Tokens of the indicator name: the first, then those without digits or operators."""
    grades = {g for tier in lexicon.load("appendix")["grades"] for g in tier}
    k = 1
    while k < len(words) and not _DIGIT.search(words[k]) and words[k] not in grades \
            and not regex.match(r"^[≥≤><=》《≧≦]", words[k]) and not _DASH.match(words[k]):
        k += 1
    return k


def _emit_total(st: _State, words: list[str], i: int) -> None:
    nums = [w for w in words[1:] if _NUM.match(w)]
    scores = tuple(lexicon.load("appendix")["indicator_columns"][-2:])      # 分值, 得分
    cols = scores[:len(nums)] if len(nums) <= 2 else tuple(f"col{k}" for k in range(len(nums)))
    cells = [_cell(v, (c,)) for v, c in zip(nums[-2:], cols)]
    st.rows.append(Row(label=words[0], cells=cells, location=i + 1, raw=" ".join(words),
                       extra={"block": "total", "cells": [words[0], *nums], "lines": (i, i)}))
    st.end = i


def _cell(raw: str, column: tuple[str, ...]) -> Cell:
    v = parse_cell(raw)
    return Cell(raw=raw, kind=v.kind, value=v.value, decimals=v.decimals, target=v.target, column=column)


def _columns(rows: list[Row]) -> list[tuple[str, ...]]:
    seen: list[tuple[str, ...]] = []
    for r in rows:
        for c in r.cells:
            if c.column not in seen:
                seen.append(c.column)
    return seen
