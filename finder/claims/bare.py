"""Clauses with no number: list headers, 其中, reasons, '与上年持平', a compared figure's name."""
from __future__ import annotations

from functools import lru_cache

from finder import lexicon
from finder.claims import context as cx
from finder.claims import nil_prior, vocab
from finder.claims.lists import class_list_markers, clause_part_markers, head_between, names_own_parts, reason_in, splits_frame_figure
from finder.claims.period_words import base_in
from finder.claims.state import ReportState


def detailed_whole(ctx: cx.SentenceCtx, st: ReportState) -> str | None:
    """The figure a bare '具体情况如下：' details: the sentence's frame, or — when that frame's
    figure was itself read as a part of a 其中 list ('“三公”经费 11 万元，其中：…公务用车购置及运行费
    8 万元。具体情况如下：') or of a share list ('…中，A a 万元，占 p%；…；C c 万元，占 r%。具体情况如下：') —
    the list's whole, whose parts the items below take one by one; so too after a 其中 list of the parts'
    changes: the list's head."""
    last = st.claims[-1] if st.claims else None
    if last is not None and last.concept and last.concept == ctx.frame.concept and last.whole \
            and last.whole != last.concept and last.kind in ("amount", "share"):
        return last.whole               # a share list's items ('…2.48 万元，占 32.24%。具体情况如下：') too
    head = last.extra.get("whole_head") if last is not None and last.concept == ctx.frame.concept else None
    if head and last.kind in ("change_abs", "change_pct"):
        # a 其中 list of the parts' changes ('“三公”经费…增加 A。其中，…公务接待费…增加 b，增长 q%。具体情况如下：'):
        # the items below are the head's parts, not the last part's
        named = next((c for c in reversed(st.claims) if c.subject == head and c.concept), None)
        if named is not None:
            return named.concept
    return ctx.frame.concept


def read_bare_clause(text: str, ca: int, cb: int, ctx: cx.SentenceCtx, st: ReportState) -> None:
    """A clause with no number: an enumeration header, a 其中, a reason, or '与上年持平'."""
    v = vocab.load()
    seg = text[ca:cb]
    if reason_in(text, ca, cb):
        ctx.in_reason = True
        return
    nil = None if ctx.in_reason else nil_prior.nil_prior(st.current, ca, cb, (ctx.start, ctx.end), st.claims,
                                                           ctx.frame.group)
    if nil is not None:                  # '…，上年无此项支出': last year's figure, 0
        st.claims.append(nil)
        return
    if seg.strip(" ，,、：:\u3000") in v.part_markers and ctx.frame.concept:
        ctx.whole, ctx.whole_head = ctx.frame.concept, ctx.frame.subject   # '…4 万元。其中，A a 万元': its parts
        head = head_between(text, ca, st)
        if head:                         # '…B 0 元。按政府采购项目类型，分为…。其中：': the sentence between names it
            ctx.whole, ctx.whole_head = head, ""
        return
    lead = ca + len(seg) - len(seg.lstrip(" ，,、：:\u3000"))
    k, m = names_own_parts(text, lead, cb + 1, ctx)
    if k >= 0 and not text[k + len(m):cb].strip(" ，,、：:\u3000"):
        ctx.whole, ctx.whole_head = ctx.frame.concept, ctx.frame.subject   # '…12 人。在职人员中，A a 人': its parts
        return
    if seg.strip(" ，,、：:\u3000") in class_list_markers() and splits_frame_figure(ctx, st):
        ctx.whole, ctx.whole_head = ctx.frame.concept, ctx.frame.subject   # '…T 万元。按经济分类，A a 万元': T's parts
        return
    if ctx.in_reason and ctx.frame.concept and _closing_part_marker(seg):
        # '…下降 P%，主要原因是 A 减少、B 经费减少其中：C c，占 p%': the reason runs into the 其中 of the figure it
        # explains (no 。 printed before it); the list is that figure's parts, not those of the B the reason names
        ctx.in_reason = False
        ctx.whole, ctx.whole_head = ctx.frame.concept, ctx.frame.subject
        return
    if seg.rstrip().endswith(("：", ":")) and v.enumeration_re.search(text, ca, cb):   # the colon first: cheap
        if ctx.before_list is None and seg.strip(" ，,：:\u3000") in clause_part_markers():
            ctx.before_list, ctx.list_frame = (ctx.whole, ctx.whole_head), ctx.frame   # '人员经费 a，主要包括：…；…': ends at ；
        found = [c for c in vocab.find_concepts(text, ca, cb) if v.concepts[c[2]].measure == "money"]
        if not found and (head := _sibling_head(text, ca, seg, ctx)):
            ctx.whole, ctx.whole_head = None, head
            return
        detailed = detailed_whole(ctx, st) if not found and "如下" in seg else ctx.frame.concept
        ctx.whole = found[-1][2] if found else detailed
        ctx.whole_head = text[found[-1][0]:found[-1][1]] if found else (
            ctx.frame.subject if detailed == ctx.frame.concept else ctx.whole_head)
        return
    _compared_name(text, ca, cb, ctx, st)
    _ranked_name(text, ca, cb, ctx, st)
    stated_flat(text, ca, cb, ctx, st)


def _closing_part_marker(seg: str) -> bool:
    """The clause ends on a part marker and its colon, words before it ('…经费减少其中：'; directions.yml
    part_markers)."""
    body = seg.strip(" \u3000")
    if not body.endswith(("：", ":")):
        return False
    body = body[:-1].rstrip()
    return any(body.endswith(m) and len(body) > len(m) for m in vocab.load().part_markers)


def _sibling_head(text: str, ca: int, seg: str, ctx: cx.SentenceCtx) -> str:
    """'收入包括：A a，B b，C c；支出包括：D d，E e': a header opening a ；-item with words of its own before its
    clause part marker, no concept's name, while the frame is an item of a running list (not its head), names
    a list of its own: not the last item's parts. Its words ('支出'), else ''."""
    body = seg.strip(" ，,：:\u3000")
    marker = next((m for m in clause_part_markers() if body.endswith(m)), None)
    if marker is None or len(body) == len(marker) or not text[max(0, ca - 8):ca].rstrip().endswith(("；", ";")):
        return ""
    return body[:-len(marker)] if ctx.whole and ctx.frame.concept and ctx.frame.concept != ctx.whole else ""


def stated_flat(text: str, ca: int, cb: int, ctx: cx.SentenceCtx, st: ReportState) -> None:
    """'，与上年持平' in text[ca:cb] (no number) says the figure just read in this frame is unchanged on its base;
    a clause naming something else before its base or flat word ('，科学技术支出持平') does not."""
    v = vocab.load()
    if not st.claims or st.claims[-1].extra.get("group") != f"G{ctx.frame.group}":
        return                           # '与上年持平' restates the figure just read in this frame
    if st.claims[-1].paragraph is st.current and st.claims[-1].start < ctx.start:
        return                           # …of this sentence: '…增长 39.4%。其中，X 比预算无增减变化，比去年无增减变化'
    # the clause's only direction: '增幅与上年持平' says the rate is last year's rate, not that the figure is unchanged
    flat = v.flat_re.search(text, ca, cb) and cx.direction_in(text, ca, cb, [])[1] == ["持平"]
    same = None if flat else v.equal_re.search(text, ca, cb)       # '与上年相同', not '与上年口径一致'
    if not flat and same is None:
        return
    base, printed = base_in(text, ca, cb, st.year)
    at = text.rfind(printed, ca, cb) if printed else (v.flat_re.search(text, ca, cb).start() if flat else -1)
    if at >= 0 and not _flat_of_figure(text, ca, at, printed or "", base, st.claims[-1].concept):
        return                           # '，科学技术支出持平' (no base): another item said flat
    if flat or (printed and text[ca:same.start()].rstrip().endswith(printed)):
        st.claims[-1].extra["stated_direction"] = "持平"
        st.claims[-1].extra["stated_base"] = base or "上年"


def _flat_of_figure(text: str, ca: int, k: int, printed: str, base: str | None, concept: str | None) -> bool:
    """A 持平 clause whose base `printed` (at k) is no budget of last year and whose words before it are only
    directions.yml flat_statement leads, hedges, period words or the figure's own name."""
    v, d = vocab.load(), lexicon.load("directions")
    if base == "上年" and any(w in printed for w in d["budget_comparison"]["budget"]):
        return False                     # '与上年预算持平': last year's budget, another figure
    words = "".join(text[ca:k].split()).strip("，,；;、：:")
    if concept is not None and concept in {c for *_, c in vocab.find_concepts(words)}:
        return True                      # '，本年支出合计与上年持平'
    lead = v.period_re.sub("", words)
    for w in (*d["flat_statement"].get("leads", ()), *d["budget_comparison"]["hedges"]):
        lead = lead.replace(w, "")
    return not lead


_BARE_LEAD = frozenset("，,；;：:、 \u3000其中而")
_CLAUSE_END = "，,；;。 \u3000"


def _compared_name(text: str, ca: int, cb: int, ctx: cx.SentenceCtx, st: ReportState) -> None:
    """A number-less clause that opens with one money figure's name and compares it ('公务接待费支出
    决算比预算无增减变化'): that figure is the subject of the clauses after it ('，比去年增加 0.5 万元'),
    in this sentence only (the next sentence goes on with the figure the text was about)."""
    v = vocab.load()
    if not _alias_opens(text, ca, cb, v.alias_heads):
        return
    found = [c for c in vocab.find_concepts(text, ca, cb) if v.concepts[c[2]].measure == "money"]
    if len({c[2] for c in found}) != 1 or found[0][2] == ctx.frame.concept \
            or not set(text[ca:found[0][0]]) <= _BARE_LEAD or base_in(text, found[0][1], cb, st.year)[0] is None:
        return
    st.groups += 1
    ctx.frame = cx.Frame(text[found[0][0]:found[0][1]], found[0][2], st.groups, found[0][0], local=True)


def _ranked_name(text: str, ca: int, cb: int, ctx: cx.SentenceCtx, st: ReportState) -> None:
    """A number-less clause of a figure's name and a rank word alone (concepts.yml ranked_names: '公务接待费最多，
    共 2352.00 万元'; ranked_leads before the name: '其次为公务接待费，共 X 万元'): that figure, of the one money
    concept the name is (else of no concept: '会议费次之', not the figure ranked before it), is the subject of
    the clauses after it, in this sentence (its ；-item) only. A name holding a direction ('办公费增长最多')
    ranks a change, not a figure: not read."""
    seg = text[ca:cb].rstrip(_CLAUSE_END)
    rank = next((w for w in _rank_words() if seg.endswith(w)), None)
    opened = seg.lstrip(_CLAUSE_END)
    lead = None if rank else next((w for w in _rank_leads() if opened.startswith(w)), None)
    if rank is None and lead is None:
        return
    end = ca + len(seg)
    a, b = (ca, end - len(rank)) if rank else (end - len(seg.lstrip(_CLAUSE_END)) + len(lead), end)
    while a < b and text[a] in _BARE_LEAD:
        a += 1
    v = vocab.load()
    if b - a < 2 or v.direction_re.search(text, a, b):
        return
    found = [c for c in vocab.find_concepts(text, a, b) if v.concepts[c[2]].measure == "money"]
    cid = found[0][2] if len(found) == 1 and found[0][:2] == (a, b) else None
    st.groups += 1
    ctx.frame = cx.Frame(text[a:b], cid, st.groups, a, local=True)


@lru_cache(maxsize=1)
def _rank_words() -> tuple[str, ...]:
    return tuple(sorted(lexicon.load("concepts").get("ranked_names") or (), key=len, reverse=True))


@lru_cache(maxsize=1)
def _rank_leads() -> tuple[str, ...]:
    return tuple(sorted(lexicon.load("concepts").get("ranked_leads") or (), key=len, reverse=True))


def _alias_opens(text: str, ca: int, cb: int, heads: dict) -> bool:
    """Whether an alias (find_concepts' match within text[ca:cb]) starts at or before the clause's first
    character outside _BARE_LEAD. When none does, every concept of the clause starts after that character,
    so no money name opens the clause and _compared_name need not read them (a few matches, not a scan)."""
    for i in range(ca, cb):
        head = heads.get(text[i])
        if head is not None and head.match(text, i, cb):
            return True
        if text[i] not in _BARE_LEAD:
            return False
    return False
