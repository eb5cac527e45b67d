"""Tables that a text extraction wrapped line by line (no TABs), reassembled into model.Table.

A 项目支出绩效自评表 printed one row a line (a row's cells wrapping over lines, its 分值 and 得分 closing it), one
cell a line with its blank cells marked by lines of spaces (each row its name and the cells after it), or run
into one line (laid back into rows first)."""
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

    def shifted(self, at: int) -> WrappedTable:
        """A form read from the virtual lines of one source line (`_flat_form`), placed on that line."""
        self.table.location = at + 1
        for r in self.table.rows:
            r.location = at + 1
            r.extra["lines"] = (at, at)
        return WrappedTable(at, at + 1, self.table)


def find_wrapped_tables(lines: list[str]) -> list[WrappedTable]:
    """Find and rebuild wrapped tables (e.g. a 项目支出绩效自评表 printed one cell per line)."""
    titles = lexicon.load("appendix")["wrapped_titles"]
    out: list[WrappedTable] = []
    i = 0
    while i < len(lines):
        text = lines[i].strip()
        flat = _flat_form(lines[i]) if text not in titles else None
        if flat is not None:
            out.append(flat.shifted(i))
            i += 1
            continue
        if text in titles and not _has_tabs(lines, i + 1):
            found = _parse_table(lines, i, text)
            if found is not None:
                out.append(found)
                i = found.end
                continue
        i += 1
    return out


# ------------------------------------------------------------------ a form flattened to one line
def _flat_form(line: str) -> WrappedTable | None:
    """A form whose every cell an extraction ran into one line, one space apart ('项目支出绩效自评表 （2022年度）
    项目名称 X … 年度资金总额: 60 60 58.2 10 97 9.7 其中:本年财政拨款 60 60 58.2 … 绩效指标 一级指标 … 产出指标(50分)
    数量指标 … ≥50个 50 8 8 质量指标 …'): laid back into the lines a form printed one row a line has
    (`_unflatten`) and read as one; nothing of it when its funds block or its indicator block is not found."""
    lex = lexicon.load("appendix")
    text = to_halfwidth(line).strip()
    title = next((t for t in lex["wrapped_titles"] if t in text), None)
    if title is None or len(text) < _FLAT_MIN:
        return None
    virtual = _unflatten(text[text.find(title) + len(title):].split(), lex)
    if virtual is None:
        return None
    return _parse_table([title, *virtual], 0, title)


_FLAT_MIN = 200          # a line this long holding a form's title and its blocks is the form, not a caption


def _unflatten(tokens: list[str], lex: dict) -> list[str] | None:
    """The lines of a flattened form: the header fields; the funds block from its name, a line a fund row
    (a token naming a fund_rows label opens one); the goal block from its funds_end word, a token a line (the
    split between 预期目标 and 实际完成情况 is a guess there as in a wrapped form); the indicator header from
    its first column word; then a line a row, each closed by its 分值 and 得分 (two plain numbers before a
    word); a total label opens the last line."""
    head = lex["header"]
    labels = sorted((w for ws in head["fund_rows"].values() for w in ws), key=len, reverse=True)
    cols = set(lex["column_words"])
    out: list[list[str]] = [[]]
    phase, note, rows_at = "header", False, 0
    for k, t in enumerate(tokens):
        nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
        if phase == "header" and _starts(t, head["funds_start"]):
            phase = "funds"
            out.append([])
        elif phase == "funds" and any(t.startswith(w) for w in head["funds_end"] if len(w) >= 4):
            phase = "goals"
            out.append([])
        elif phase == "funds" and _opens_fund_row(t, nxt, out[-1][-1] if out[-1] else "", labels):
            out.append([])
        elif phase == "goals" and (t in cols or any(t.startswith(w) for w in lex["indicator_block"])):
            phase = "columns"
            out.append([])
        elif phase == "goals" and not any(w in t for w in head["goal_expected"] + head["goal_actual"]):
            out.append([])
        elif phase == "columns" and not any(w in t for w in cols):
            phase = "indicators"
            rows_at = len(out)
            out.append([])
        elif phase == "indicators" and (_starts(t, lex["total_labels"]) or (
                _closes_row(out[-1]) and not _NUM.match(t))):
            out.append([])
        note = note or (phase == "columns" and any(w in t for w in head["fund_note_columns"]))
        out[-1].append(t)
    if phase != "indicators":
        return None
    for ws in out[rows_at:] if note else ():
        if _number_run(ws) == _NOTED_RUN:
            ws.pop()                  # five figures: target, actual, 分值, 得分 and the note column's figure ('… 10 10 0')
    return [" ".join(ws) for ws in out if ws]


_NOTED_RUN = 5           # figures closing a row of a form with a note column that can only end in the note's


def _number_run(words: list[str]) -> int:
    """How many plain numbers close the words."""
    k = 0
    while k < len(words) and _NUM.match(words[-1 - k]):
        k += 1
    return k


_PARTS = regex.compile(r"^其中[:：]?$")


def _opens_fund_row(t: str, nxt: str, before: str, labels: list[str]) -> bool:
    """A token opening a funds row: one naming a fund row ('年度资金总额:', '其中:本年财政拨款'), or a '其中:' before
    one; not the label right after its own '其中:'."""
    names = any(w in t[:12] for w in labels) or (_PARTS.match(t) and any(w in nxt[:12] for w in labels))
    return bool(names) and not _PARTS.match(before)


def _closes_row(words: list[str]) -> bool:
    """The words so far end an indicator row (the next word is no number): its 分值 and 得分, two plain
    numbers, close them."""
    return len(words) >= 3 and all(_is_score(w) for w in words[-2:])


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
    field: str = ""                  # a header field printed alone, a blank line before its value (a cell a line)
    cell_mode: bool = False          # indicator block printed one cell a line, blank cells marked (`_one_cell_lines`)
    tail: int = 4                    # cells after a row's name: target, actual, 分值, 得分 (and a note column's)
    row: list[tuple[str, int]] | None = None     # cell mode: the row being collected, its name first


def _parse_table(lines: list[str], title_at: int, title: str) -> WrappedTable | None:
    lex = lexicon.load("appendix")
    st = _State()
    stop = min(len(lines), title_at + _MAX_LINES)
    for i in range(title_at + 1, stop):
        text = to_halfwidth(lines[i]).strip()
        if not text and not (st.cell_mode and lines[i]):
            continue
        if text in lex["wrapped_titles"] or (st.phase == "indicators" and _HEADING.match(text)):
            break
        if st.cell_mode:
            _cell_in(st, text, i, lex)
        else:
            was = st.phase
            _feed(st, text, i, lex)
            if st.field and i + 1 < stop and lines[i + 1].strip():
                st.field = ""         # a field alone on its line names the next cell only printed a cell a line
            st.cell_mode = was != "indicators" and st.phase == "indicators" and _one_cell_lines(lines[i + 1:stop])
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
        elif _starts(text, lex["indicator_block_labels"]):
            pass                              # the indicator block's label, its header words breaking over lines
        elif not any(w in text for w in head["goal_expected"]) and text.replace(" ", "") not in head["goal_actual"]:
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
    asked, st.field = st.field, ""
    fields = {word: key for key in ("name", "department", "unit") for word in head[key]}
    key = {"name": "project"}.get(asked, asked)
    if asked and key not in st.extra and compact.replace(" ", "") not in fields:
        st.extra[key] = compact.strip()         # the value on the line under its field
        return
    if compact.replace(" ", "") in fields:
        st.field = fields[compact.replace(" ", "")]     # a field printed alone on its line (one cell a line)
        return
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


# ------------------------------------------------------------------ indicator rows one cell a line
_MARKS = 3                # blank-cell marks that tell a block printed one cell a line
_MARK_WINDOW = 60         # lines after the indicator header they are looked for in


def _one_cell_lines(lines: list[str]) -> bool:
    """The indicator block is printed one cell a line with its blank cells marked (a line of spaces alone, blank
    lines between cells): at least _MARKS such marks and no line holding two cells apart by a space. Cell counts
    then place each figure, so a row is its name and the cells after it, whatever lines they print on."""
    window = lines[:_MARK_WINDOW]
    marks = sum(1 for ln in window if ln and not ln.strip())
    return marks >= _MARKS and not any(" " in to_halfwidth(ln).strip() for ln in window)


def _cell_in(st: _State, text: str, i: int, lex: dict) -> None:
    """One cell of a block printed one cell a line ('' a marked blank): text cells before a figure or a blank are
    level headers (spelt over one cell or several) then the row's name and its worded cells; the row takes
    st.tail cells after its name; a total label takes the two figures after it."""
    if st.row is not None:
        st.row.append((text, i))
        _close_cell_row(st, lex)
        return
    if text and not _valued(text):
        if st.frags and _starts(st.frags[0][0], lex["total_labels"]):
            return
        st.frags.append((text, i))
        if any(w in text for w in lex["header"]["fund_note_columns"]):
            st.tail = 5                       # the header's note column (偏差原因分析…) after 得分
        return
    if st.frags and _starts(st.frags[0][0], lex["total_labels"]):
        if _NUM.match(text):
            st.tokens.append((text, i))
        if len(st.tokens) == 2:
            _emit_total(st, [st.frags[0][0], *(t for t, _ in st.tokens)], i)
            st.frags, st.tokens = [], []
        return
    rest = _cell_frags(st, lex)
    if rest:
        st.row = [*rest, (text, i)]
        _close_cell_row(st, lex)


def _valued(text: str) -> bool:
    """A cell of a row's figures: a number, a percent, a target or a dash (a name printing a digit is text)."""
    return parse_cell(text).kind in ("number", "percent", "target", "dash")


def _cell_frags(st: _State, lex: dict) -> list[tuple[str, int]]:
    """The text cells before a row's first figure or blank, past its level headers: its name and worded cells.
    The last of them is never a header: the row has a name ('服务对象满意度', the start of a header word too)."""
    frags, vocab = st.frags, _vocab(lex)
    st.frags = []
    k = 0
    while k < len(frags):
        j = _header_span(frags, k, vocab)
        if j is None or j == len(frags):
            break
        _note_header("".join(f for f, _ in frags[k:j]), st, lex)
        k = j
    return frags[k:]


def _close_cell_row(st: _State, lex: dict) -> None:
    """A collected row (its name and st.tail cells) becomes an indicator row when its 分值 and 得分 are figures;
    a template row left blank ('指标2', '……' and blank cells) is dropped."""
    row = st.row
    if row is None or len(row) < st.tail + 1:
        return
    st.row = None
    name, target, actual, weight, score = (t for t, _ in row[:5])
    if not (_NUM.match(weight) and _NUM.match(score)):
        return
    level2, uncertain = _row_level2(st)
    cells_raw = [st.level1, level2, name, target, actual, weight, score]
    cells = [_cell(v, (c,)) for v, c in zip(cells_raw, lexicon.load("appendix")["indicator_columns"])]
    st.rows.append(Row(label=name, cells=cells, location=row[0][1] + 1, raw=" ".join(t for t, _ in row if t),
                       extra={"block": "indicator", "cells": cells_raw, "lines": (row[0][1], row[-1][1]),
                              "level2_uncertain": uncertain}))


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
        if words and _empty_row(words):
            _row_level2(st)                   # the blank row was under the 二级 header noted before it
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
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if word and (word not in levels or _value_word(nxt)):
            break                 # a header word right before the target is the row's name ('服务对象满意度 ≥90%')
        if word in lv["level1"] and word in lv["level2"] and nxt not in lv["level2"]:
            st.level1, st.level2, st.last_level2 = "", [word], ""     # 一级 or 二级 ('成本指标'): not certain
        elif word:
            _note_header(word, st, lex)
        k += 1
    return words[k:]


def _value_word(word: str) -> bool:
    """A word that can only be a row's figure or target: a number, or an operator before one ('≥90%')."""
    return bool(_DIGIT.match(word) or regex.match(r"^[≥≤><=》《≧≦]\s*\d", word))


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
                              "level2_uncertain": uncertain,
                              # one figure before the scores: the target, or the result of a blank target
                              "blank_unsure": not actual}))
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
