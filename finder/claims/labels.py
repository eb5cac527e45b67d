"""Item labels and titles: list marks, an 'X：' line naming the next figures, the subject an item's title gives."""
from __future__ import annotations

import regex

from finder.claims import context as cx
from finder.claims import paths, patterns, vocab
from finder.claims.state import ReportState

# '11“. 灾害防治…”': a text layer may print the quote opening the item's name before the label's stop
_LIST_MARK = r"\s*(?:[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|[一二三四五六七八九十]+\s*[、.．]|\d{1,2}\s*(?:[“\"]\s*)?[、.．])"
LIST_START = regex.compile("^" + _LIST_MARK)
_LABEL_STYLES = {"（": "(", "．": "."}


def label_style(text: str) -> str | None:
    """The style of the item label opening text ('(1)', '（一）', '一、', '1.', '1、' → '(d', '(z', 'z、',
    'd.', 'd、'), None when it opens with none."""
    m = LIST_START.match(text)
    if m is None:
        return None
    label = "".join(m.group().split())
    kind = "d" if any(ch.isdigit() for ch in label) else "z"
    opener, closer = _LABEL_STYLES.get(label[0], label[0]), _LABEL_STYLES.get(label[-1], label[-1])
    return f"{opener}{kind}" if opener == "(" else f"{kind}{closer}"


_LABEL_MAX = 30


def label_line(text: str) -> tuple[str, str] | None:
    """A short number-less line that names one money figure and ends with a colon ('一般公共预算财政
    拨款收入：'): the subject of the next paragraph's figures when they name none. (name, concept)."""
    t = text.strip()
    if len(t) > _LABEL_MAX or not t.endswith(("：", ":")) or LIST_START.match(t):
        return None
    found = [c for c in vocab.find_concepts(t) if vocab.load().concepts[c[2]].measure == "money"]
    if len(found) != 1 or found[0][1] != len(t) - 1:
        return None
    return t[found[0][0]:found[0][1]], found[0][2]


def item_title(text: str, st: ReportState) -> cx.Frame | None:
    """A number-less list item that is only its marked 功能分类 path, printed on a line of its own
    ('19、社会保障和就业支出（类）抚恤（款）死亡抚恤（项）。' before '主要用于：…年初预算为 0 万元，支出决算为
    33.16 万元'): the frame of the next paragraph's figures when that paragraph names none (group 0: the
    reader numbers it)."""
    t = text.rstrip()
    m = LIST_START.match(t)
    end = len(t.rstrip("。.；;，, "))
    if not m or end <= m.end():
        return None
    named = paths.find_paths(t, m.end(), end, st.path_ctx)
    if len(named) != 1 or not _opens(t, named[0].start) or t[named[0].end:end].strip("”\"」 "):
        return None
    return cx.Frame(named[0].label, PATH_CONCEPT, 0, -1, named[0].names, named[0].code)


_LOWER_LEVEL = regex.compile(r"[（(]\s*[款项]\s*[）)]")


def title_frame(text: str, toks: list[patterns.NumberToken], st: ReportState,
                 first: list[tuple[int, int]]) -> cx.Frame:
    """A list item whose first sentence names its subject and holds no number
    ('、一般公共服务支出（类）财政事务（款）行政运行（项）。…年初预算为 1560.05 万元'), or that opens
    with a 款/项 name, maybe its code, then a colon or comma ('1.小学教育（2050202），决算数为…'): the
    subject carries into the item's figures; a 款/项 path becomes a func_item subject with its path.
    `first`: the paragraph's first sentence span (none for an empty paragraph)."""
    lead = [p for p in paths.find_paths(text, 0, min(len(text), 60), st.path_ctx)[:1] if _opens(text, p.start)]
    coded = _CODED_LEAD.match(text) if not lead else None
    code = paths.printed_code((coded["name"],), coded["code"], st.codes) if coded else None
    if code:                             # '3.行政运行（2010301）：…': a name the tables give that code
        st.groups += 1
        return cx.Frame(coded["name"], PATH_CONCEPT, st.groups, coded.start("name"), (coded["name"],), code)
    if lead and _LABEL_TAIL.match(text, lead[0].end):
        named = lead                     # '检察（款）:2018年预算支出合计…', '1.小学教育（2050202），决算数为…'
    elif not first or any(first[0][0] <= t.start < first[0][1] for t in toks) or (
            first[0][1] - first[0][0] > 60 and item_title(text[first[0][0]:first[0][1]], st) is None):
        return cx.Frame()                # a long first sentence names the item only when it is nothing but its path
    else:
        named = paths.find_paths(text, *first[0], st.path_ctx)
    if named:
        st.groups += 1
        return cx.Frame(named[-1].label, PATH_CONCEPT, st.groups, named[-1].start,
                        named[-1].names, named[-1].code)
    a, b = first[0]
    found = [c for c in vocab.find_concepts(text, a, b) if vocab.load().concepts[c[2]].measure == "money"]
    if not found:
        return cx.Frame()
    s, e, cid = found[0]
    phrase = text[s:b].rstrip("。.；; ")
    concept = None if _LOWER_LEVEL.search(text, e, b) else cid
    st.groups += 1
    return cx.Frame(phrase, concept, st.groups, s)


PATH_CONCEPT = "func_item"
# what may follow a path that opens an item and names its figures: its code, then a colon or comma
_LABEL_TAIL = regex.compile(r"(?:\s*[（(]\s*\d{5}(?:\d\d)?\s*[)）])?\s*[：:，,]")
_CODED_LEAD = regex.compile(rf"(?:{_LIST_MARK})?\s*(?P<name>\p{{Han}}[\p{{Han}}、（）()]{{1,29}}?)\s*[（(]\s*(?P<code>\d{{5}}(?:\d\d)?)\s*[)）]")


def _opens(text: str, k: int) -> bool:
    """Whether a name at k opens the paragraph: nothing but its list marker before it (a 款 name
    found inside '4.来华留学教育' is no subject)."""
    m = LIST_START.match(text)
    begin = m.end() if m else 0
    return k <= 4 and (k <= begin or not text[begin:k].strip())
