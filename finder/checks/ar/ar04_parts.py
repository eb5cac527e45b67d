"""AR04: stated parts do not add up to the stated whole (其中 lists, “三公”, classes, shares)."""
from __future__ import annotations

from typing import Callable, Iterator

from finder import lexicon, messages
from finder.checks.ar.change_lists import change_lists
from finder.checks.ar.concept_parts import class_sums, decomposition_sums, economic_list_sums, fund_split_sums
from finder.checks.ar.heads import claim_period, period_key
from finder.checks.ar.kind_lists import count_lists, lone_parts, mixed_lists, money_lists, state_counts
from finder.checks.ar.part_shares import adjusted_shares, named_part_sums, overfull_shares, unbalanced_shares
from finder.checks.ar.prior_lists import prior_lists
from finder.checks.ar.parts_sum import judge
from finder.checks.ar.uses import use_lists
from finder.checks.ar.word_totals import headed_totals, item_sums, kinds_total, trailing_totals
from finder.checks.ledger import Settlement
from finder.checks.nt.common import checkable, unit_slip
from finder.checks.registry import CheckOptions, register
from finder.claims.patterns import BUDGET_OWN_PERIODS
from finder.link.levels import part_named
from finder.model import Claim, Finding
from finder.numbers.interval import Verdict, compare, total

messages.add({
    "AR04": {"zh": "“{whole}”文中为 {value}（{wiv}），其组成部分 {parts} 之和为 {siv}，两者不符",
             "en": "'{whole}' is {value} ({wiv}) but its parts {parts} add to {siv}"},
    "AR04.lone": {"zh": "“{whole}”文中为 {value}（{wiv}），其中所列“{part}”为 {pvalue}（{piv}），一项大于总数",
                  "en": "'{whole}' is {value} ({wiv}) but '{part}', listed as part of it, is {pvalue} ({piv}), more than the whole"},
    "AR04.overfull": {"zh": "{parts} 同为“占{whole}”的占比，互不重叠的组成部分占比之和为 {siv}%，超过 100%",
                      "en": "{parts} are shares of one whole ('{whole}') of disjoint parts, yet add to {siv}%, more than 100%"},
    "AR04.overshare": {"zh": "“{part}”是“{whole}”的组成部分，其占比文中为 {pct}%（{piv}），超过 100%",
                       "en": "'{part}' is a part of '{whole}', yet its share is {pct}% ({piv}), more than 100%"},
    "AR04.unbalanced": {"zh": "{parts} 是“{whole}”全部组成部分的占比（{why}），合计应为 100%，实为 {siv}%",
                        "en": "{parts} are the shares of every part of '{whole}' ({why}), so they should add to 100%, not {siv}%"},
    "AR04.named": {"zh": "{parts} 同为“占{whole}”的组成部分（占比合计 {pct}%），金额之和为 {siv}，超过{whole} {value}（{wiv}）",
                   "en": "{parts} are parts of '{whole}' (shares add to {pct}%), yet their amounts add to {siv}, more than {value} ({wiv})"},
    "AR04.shares": {"zh": "同一整体的各项占比之和为 {sum}%，经尾数调整凑足 100%（各项按金额重算之和为 {siv}%）",
                    "en": "the shares of one whole add to {sum}%, nudged to 100% (recomputed shares add to {siv}%)"},
    "AR04.nudged": {"zh": "同一整体的各项占比按金额重算、逐项四舍五入之和为 {rounded}%；文中的 {moved} 与其四舍五入值差一个末位单位，使合计凑足 100%（尾数调整）",
                    "en": "the shares of one whole, each recomputed and rounded, add to {rounded}%; the text's {moved} differ from their rounding by one last digit, so they reach 100% (a rounding adjustment)"},
    "AR04.nudged.text": {"zh": "（文中 {pct}%）", "en": " (text {pct}%)"},
    "AR04.nudged.sum": {"zh": "逐项四舍五入之和 {rounded}%，文中之和 100%",
                        "en": "the shares rounded one by one add to {rounded}%, the text's to 100%"},
    "AR04.listed": {"zh": "{parts} 的占比合计 100%，所列应为“{whole}”的全部组成部分，但其金额之和为 {siv}，与{whole} {value}（{wiv}）不符",
                    "en": "the shares of {parts} add to 100%, so they should be every part of '{whole}', yet their amounts add to {siv}, not {value} ({wiv})"},
})
PERIODS = ("本年", "预算", "年初预算", "全年预算", "上年")


@register("AR04", name="parts-do-not-add-up", groups=("core", "arith"), kind="narrative_vs_narrative")
def parts_do_not_add_up(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """所述分项之和与所述总数不符 (stated parts ≠ stated whole).

    Shares count too: the shares of disjoint parts of one whole (基本支出 and 项目支出 of
    一般公共预算支出, parts of a ``decompositions`` entry in lexicons/cells.yml) cannot add to more
    than 100% beyond the rounding of each printed share, whether or not the whole is printed (nor can one
    share of such a part: '基本支出占本年支出合计的 120%'); and
    the shares of every part of one whole (the parts' amounts add to the whole's within rounding)
    must add to 100%. Counts too: the persons (or things) listed under a count ('在职人数 N 人，
    包括/其中：行政人员 a 人、事业人员 b 人'; or named by the states of a unit's persons: '在职 a 人，退休 b 人',
    lexicons/arith.yml person_states, within the count's own ；-item) add to no more than it (not counts of one tree by level: '一级指标
    3 个，二级指标 9 个', lexicons/arith.yml level_lists; nor items one of which holds another's, by concepts.yml
    part_of: '国内接待 a 批次，外事接待 b 批次', the 外事 within the 国内), and to exactly it when the list closes with the
    rest ('…执法执勤用车 4 辆、其他用车 0 辆': every kind is named; a shortfall is a warning, the list is read
    as complete from that word, while an excess is an error as in any count list, unless a part's inclusion is
    doubtful by its words: persons named by who pays them beside others, or an item after a '；' beyond the
    count's own clause; then a warning saying why). Such a list whose items
    end alike until one of another ending after a '；'
    ('其中：行政编制 a 人，事业编制 b 人；离退休人员 c 人') is the items before it, unless they are named by
    rank ('国家级…、省级…', arith.yml ranked_lists: they may overlap); so do amounts of no known concept
    listed right after a total and 其中 in its sentence (or opening the next with 其中) when their names
    say they are kinds of one thing ('项目支出 X 万元，其中：物业管理费 a 万元，设备购置费 b 万元'; a warning)
    or each the purpose it was spent on ('其中：a 万元用于A，b 万元用于B'),
    and so do items of a total named by a total word whose names do not end alike and mix known concepts with
    unknown ones ('收入总计 T，其中本级收入 a，上级补助收入 b，上年结余 c', lexicons/arith.yml mixed_list_totals; a warning),
    to exactly it when the list closes with the rest ('…，无形资产 c 万元，其他资产 d 万元') or its names are every part
    of the whole by name ('一般公共预算收入 T，其中：税收收入 a，非税收入 b', lexicons/arith.yml complete_lists) or by
    level ('全省 T 亿元，其中省本级 a 亿元、市县 b 亿元', '本级 a 万元，所属单位 b 万元': arith.yml level_splits; counts
    too). Quotas listed each with its persons in post ('编制人数 N 人，其中：行政编制 a 人，实有 a′ 人；事业编制 b 人，实有
    b′ 人') add to a quota head, the persons in post to an actual head ('实有人数'). Parts whose shares name one
    whole by words ('占采购总规模的 P%', lexicons/arith.yml) and add to at most 100% add to no more
    than that whole's amount (a warning: the whole is read by name). A total printed after the items
    it adds up ('…，加上：B b、C c，收入总计 T', lexicons/arith.yml trailing_totals) is checked too, as a
    warning (the list is read from the words of the sentence); after a 其中 list ('本年收入合计 A，其中：…；
    加上：D，收入总计 T') the total may add the list's head or one of its items, and is reported only
    when no reading meets it. A sentence opening with the adder ('…收入 A 万元，增长 8%。加上 B b，收入总量 T')
    adds to the amount the sentence before it is about; a change figure among the added items ('…，调出资金增加 B，
    …，总支出 T') leaves the sentence unread. A total with its items listed after '包括：'
    ('收入合计 T。包括：a，b，…') bounds their sum (a warning). A change on last year stated alone in its sentence
    ('支出总计 X，与上年相比增加 D') and the next sentence opening with 其中 and only changes of its kinds, each with
    its direction and the last the rest ('其中：教育支出增加 a，…，其他支出减少 c'), adds up: their signed sum is D
    (a warning: the list is read as every kind from its last name). A change printed right after by the changes
    of parts that are all of the figure by concept (the funds 财政拨款 splits into, cells.yml scope_splits: '财政拨款
    支出 T，比上年增加 D。…一般公共预算拨款支出 a，比上年减少 da；政府性基金拨款支出 b，增加 db；国有资本经营预算拨款支出
    0，增加 0'; or every part of a complete decomposition, listed as reasons too: '…增加 D，主要原因：一是人员经费减少 a；二是
    公用经费增加 b；三是项目支出增加 c') adds up too, an error past the rounding, a warning one unit of the whole's
    last digit off; reasons naming projects, no decomposition of it, bound nothing (its ledger reason says so). A
    part printed in another money unit than the whole and every other part, that adds up once read in theirs
    ('“三公”经费 a 万元，其中：因公出国（境）费 b 元，公务接待费 c 万元，…'), is one warning naming its unit word as the
    likely misprint, not a parts-do-not-add error. A part said
    unchanged with no change figure ('公务接待费 a 万元，与上年无增减', or '公务接待费与上年持平' printing no figure;
    lexicons/directions.yml flat_parts) moved by exactly 0 when a table prints its two years alike, else by no more
    than two figures printed alike may differ (one unit of its last digit, or of the list's, either way: a warning,
    the word alone says it); said only roughly ('基本持平') it bounds nothing. A part left out moved by 0 when a table
    prints its two years alike ('公务用车购置费' 0.00 both years); otherwise a list of some parts only bounds nothing,
    as the parts left out may move either way, even when every part listed moves one way, and the whole's reason
    in the ledger names them (a part printed only by its own parts is those parts together: each level is held to
    its own parts; the list may run over the lines after '其中：').
    A rate printed so, with each part's figure and rate only ('…3150 万元，下降 2.4%。分项：A 140 万元，增长 63.2%；…'),
    gives last year's whole as Σ figure ÷ (1 + rate), so the whole's rate is recomputed from it: an error past the
    rounding of every printed figure and rate. Shares printed to add to exactly 100% while
each one rounded from its amounts would not (one or more moved by a last digit toward 100) are a rounding
adjustment, reported once as info (and not share by share by AR01). Shares printed to add to exactly 100% say their
    list is every part of the whole: when one of them is wrong (no last-digit nudge), the parts' amounts
    must still add to the whole's (a warning: the list is read as complete from its shares). The shares of every
    part of one whole add to 100% whether printed in one sentence or a sentence each in one section
    ('基本支出占一般公共预算支出的 P%。项目支出占一般公共预算支出的 Q%。'). A 其中
    list naming a grandchild for a part it leaves out ('“三公”经费 A，其中：因公出国（境）费 B，公务用车运行
    维护费 C，公务接待费 D') adds up to the whole with the left-out grandchild (公务用车购置费) read from a table
    (or, with none, as 0 where the whole's section says so: '无新购车辆', lexicons/cells.yml zero_statements),
    only when neither it nor the part it makes up is printed in the text and the list names nothing else;
    when nothing reads the grandchild left out, the list's items, disjoint parts of the whole, add to no more than it.
    A 财政拨款 figure (any fund) listing 基本支出 and 项目支出 is all of them (lexicons/cells.yml complete_in_scopes:
    its tables have no other kind), while the department's whole of every fund may also hold 经营支出…;
    their shares of such a whole, its amount printed nowhere, add to 100% too ('基本支出占一般公共预算支出的 P%，
    项目支出占 Q%'), unless the report names a kind they leave out (complete_in_scopes unless_named).
    A figure of 财政拨款 listing the same figure by fund ('财政拨款支出 N，其中一般公共预算 a，政府性基金预算 b',
    lexicons/cells.yml scope_splits) adds up to N when every fund is listed, to no more than N otherwise.
    经济分类 classes listed under a figure ('一般公共预算财政拨款支出 T。按经济分类，工资福利支出 a，商品和服务支出 b，…',
    lexicons/directions.yml class_list_markers; or its 其中 list) add to no more than it: the classes a report
    prints are seldom every one (债务利息及费用支出, 对企业补助 are left out), so a shortfall says nothing.
    A 其中 list of one item ('合计 T，其中：A a') holds a part no larger than its whole (an error when the part's
    concept is a part of the whole's by the decompositions, else a warning); one equal to its whole, of such a
    concept and not left open by 等, is all of it, and the two figures are verified in the ledger.
    In a budget its 预算 is the year's: '项目总预算 T，其中 A a', a printing no period word, is of T's period.
    Items on the numbered lines after a line ending '其中：' ('收入总预算 T，同比减少 D。其中：' ⏎ '1、A a，同比减少
    da。' ⏎ '2、B b，同比增加 db。') are disjoint parts of T this year and last year alike: those stating a change on
    last year (or 与上年持平) imply last-year figures (a ± da; by the rate too when printed: either may be the one
    misprinted) adding to no more than T's last year, T ± D, whether or not the list names every part (a warning:
    the items are read as disjoint from their numbering; finder/checks/ar/prior_lists.py).
    An amount printed after a count of the items before it and a sum word ('A a、B b 两项合计 N 万元',
    lexicons/arith.yml item_sums; or naming them as big kinds: '…，三大平台总计 N 亿元') is their sum.
    Counts right after a count printed with 共, each named by another state ('共发现问题 N 个，已经完成整改的
    a 个，正在整改的 b 个', lexicons/arith.yml state_lists), add to no more than it (a warning).
    A total named by a total word alone closing a sentence of amounts named as kinds of one thing ('中央资金 a，
    省级资金 b，合计 T', lexicons/arith.yml kinds_totals; the list may open with a head figure and 其中: '项目总预算
    T，其中 A a，B b，合计 T') is their sum (a warning: the list is read from words).
    The amounts named as a figure's uses right after it ('项目支出 T，主要用于：1.A a；2.B b', lexicons/arith.yml
    use_lists; or numbered items '（一）A a，…' on the lines after '…主要为：' or '…主要用于以下方面：') add to no
    more than it (an error:
    the main uses need not be all of it); a list said to be all of it ('全部用于') or closed by the rest ('其他')
    adds up to it (a shortfall is a warning). A figure of another kind (a change, a share) or of another whole
    ends the list; a list holding a cumulative, multi-year, budgeted or last year's amount is not read.
    A figure said of one part of the department ('所属单位公务用车运行维护费 a 万元', '机关本级…'; lexicons/levels.yml
    part_levels: a project's too, '项目总预算 T，其中…', '年度预算 T，其中…') is neither a part nor a whole of the department's
    own figures of its concept, while the figures of one such part (levels.yml summed_part_levels: '镇本级“三公”经费 T，
    …。其中：公务接待费 a，…') add up among themselves, a list in a sentence opening with 其中 taking its head's part.
    The 款 of an 经济分类 class listed under it ('工资福利支出 T，其中：基本工资 a，津贴补贴 b，奖金 c', lexicons/arith.yml
    class_items) are kinds of it, adding to no more than it (a warning). An item of a part's own 其中 list is within that part, not beside it ('收入 T，
    其中：上年结转结余 a' in a budget, T its grand total, gives no parts T + a of a total stated after it).

    **Why it matters**
    A total that its own parts contradict means one of the figures is wrong.

    **Anti-pattern**
    “三公” 8.78 = 因公出国 0 + 公务接待 8.78 + 公务用车 1.66 = 10.44?

    .. code-block:: text

        “三公”经费支出决算数为 8.78 万元。（一）因公出国（境）费决算数为 0 万元。
        （二）公务接待费决算数为 8.78 万元。（三）公务用车购置及运行维护费支出 1.66 万元。

    **Best practice**

    .. code-block:: text

        “三公”经费支出决算数为 10.44 万元。（一）因公出国（境）费决算数为 0 万元。
        （二）公务接待费决算数为 8.78 万元。（三）公务用车购置及运行维护费支出 1.66 万元。
    """
    amounts = [c for c in analysis.claims if c.kind == "amount"]
    claims = [c for c in checkable(amounts)]
    read: list[set[str]] = []        # the claims of each finding of the readings before the use lists
    yield from _noting(_not_cascaded(list(_sums(analysis, opts, amounts, claims)), analysis.claims), read)
    yield from _uses(analysis.claims, {id(c) for c in claims}, analysis.report.paragraphs, read, opts)
    yield from adjusted_shares(analysis, opts)
    overfull = list(overfull_shares(analysis, opts))
    yield from overfull
    flagged = {i for f in overfull for i in f.claims}
    yield from (f for f in unbalanced_shares(analysis, opts) if not flagged & set(f.claims))


def _sums(analysis, opts: CheckOptions, amounts: list[Claim], claims: list[Claim]) -> Iterator[Finding | Settlement]:
    """The parts read by concept, class, fund, list and total words, against their wholes."""
    from finder.checks.nt.levels import claim_identity, claim_levels

    same = _same_figure(claim_identity(analysis))
    levels = claim_levels(analysis)
    own = BUDGET_OWN_PERIODS if analysis.report.type == "budget" else ()    # a budget's 预算 is its year's

    # a figure of one part of the department ('所属单位公务用车运行维护费 a') is no part of the department's wholes;
    # the figures of one such part add up among themselves ('镇本级“三公”经费 T，其中：公务接待费 a…', the
    # levels.yml summed_part_levels)
    named = _part_levels(analysis, amounts)
    flagged: set[str] = set()     # the wholes the readings below found not to add up (lone_parts)
    for level in (None, *_summed_part_levels()):
        whole = [c for c in amounts if named[id(c)] == level]
        ids = {id(c) for c in whole}
        stated_all = [c for c in claims if id(c) in ids]
        if level is not None and len(stated_all) < 2:
            continue
        periods = [claim_period(c, own) for c in stated_all]
        for period in PERIODS:
            stated = [c for c, p in zip(stated_all, periods) if p == period_key(period)]
            printed = [c for c in whole if claim_period(c, own) == period_key(period)]
            yield from _flagging(decomposition_sums(stated, same, opts, analysis.report, printed, amounts), flagged)
            yield from _flagging(class_sums(stated, amounts, opts, levels), flagged)
            yield from _flagging(economic_list_sums(stated, amounts, opts, own), flagged)
            yield from _flagging(fund_split_sums(stated, same, opts), flagged)
    yield from _flagging(count_lists(analysis, opts), flagged)
    yield from _flagging(state_counts(analysis, opts), flagged)
    yield from _flagging(money_lists(analysis, opts), flagged)
    yield from _flagging(mixed_lists(analysis, opts), flagged)
    yield from _flagging(change_lists(analysis, opts), flagged)
    yield from lone_parts(amounts, {id(c) for c in claims}, opts, own, flagged)
    yield from prior_lists(analysis, amounts, {id(c) for c in claims}, opts, own)
    counts = [c for c in analysis.claims if c.kind == "count"]
    yield from lone_parts(counts, {id(c) for c in checkable(counts)}, opts, own)
    yield from trailing_totals(amounts, {id(c) for c in claims}, opts,
                               [c for c in analysis.claims if c.kind == "change_abs"])
    yield from headed_totals(amounts, {id(c) for c in claims}, opts)
    yield from named_part_sums(analysis, opts)
    yield from item_sums(claims, opts)
    yield from kinds_total(amounts, {id(c) for c in claims}, opts, analysis.claims)


def _part_levels(analysis, amounts: list[Claim]) -> dict[int, str | None]:
    """id(claim) -> the part of the department it is said of (part_named); an amount naming none in a sentence
    opening with a list marker ('…镇本级“三公”经费 T，…。其中：公务接待费 a，…', levels.yml list_openers) is of the
    part its list's head names: the latest figure before its sentence in its paragraph that names the level
    NT03 reads for it."""
    from finder.checks.nt.levels import claim_levels, opens_list
    from finder.link.levels import own_level

    levels = claim_levels(analysis)
    out = {id(c): part_named(c) for c in amounts}
    for c in amounts:
        text = c.paragraph.text
        if out[id(c)] is not None or levels.get(c.id) is None or not opens_list(text, c.sentence):
            continue
        heads = [h for h in amounts if h.paragraph is c.paragraph and h.start < c.sentence[0]
                 and levels.get(h.id) == levels[c.id] and own_level(h) is not None]
        if heads:
            out[id(c)] = out[id(heads[-1])]
    return out


def _summed_part_levels() -> tuple[str, ...]:
    """The part levels whose own figures add up among themselves (lexicons/levels.yml summed_part_levels)."""
    return tuple(str(x) for x in lexicon.load("levels").get("summed_part_levels") or ())


def _flagging(found: Iterator[Finding | Settlement], flagged: set[str]) -> Iterator[Finding | Settlement]:
    """Pass `found` on, noting in `flagged` the whole (first claim) of each finding."""
    for f in found:
        if isinstance(f, Finding) and f.claims:
            flagged.add(f.claims[0])
        yield f


def _not_cascaded(found: list[Finding | Settlement], every: list[Claim]) -> Iterator[Finding | Settlement]:
    """A whole found not to add up only through a part misprinted by a power of ten against its own parts
    ('公务用车购置及运行维护支出 4.647 万元（其中：购置 1,088，运行维护 3,559）', a unit slip, and '“三公”经费 5,572 =
    169 + 4.647 + 756'): with that part read as its parts' sum the whole adds up, so the one misprint is
    reported once, on the part. A part off its parts otherwise (1.66 against 0 + 0) says nothing of which
    figure is wrong: the whole's finding stays."""
    by_id = {c.id: c for c in every}
    sums = {}
    for f in found:
        if isinstance(f, Finding) and f.check == "AR04" and len(f.claims) >= 3 and all(i in by_id for i in f.claims):
            s = total([by_id[i].interval.clamp_nonneg() for i in f.claims[1:]])
            if unit_slip(by_id[f.claims[0]].interval, lambda iv: compare(iv, s)) is not None:
                sums.setdefault(f.claims[0], s)
    for f in found:
        if isinstance(f, Finding) and f.check == "AR04" and f.claims and f.claims[0] in by_id \
                and any(i in sums for i in f.claims[1:]) and all(i in by_id for i in f.claims[1:]):
            parts = [sums.get(i, by_id[i].interval.clamp_nonneg()) for i in f.claims[1:]]
            if compare(by_id[f.claims[0]].interval, total(parts)) == Verdict.CONSISTENT:
                continue
        yield f


def _noting(found: Iterator[Finding | Settlement], read: list[set[str]]) -> Iterator[Finding | Settlement]:
    """Pass `found` on, noting in `read` the claims of each finding."""
    for f in found:
        if isinstance(f, Finding):
            read.append(set(f.claims))
        yield f


def _uses(every: list[Claim], checked: set[int], paragraphs: list, read: list[set[str]],
          opts: CheckOptions) -> Iterator[Finding]:
    """A figure and the amounts named as its uses ('项目支出 X 万元，主要用于：A a 万元；B b 万元', or numbered
    items on the lines after '…主要为：'; finder/checks/ar/uses.py): the main uses add to no more than it,
    an error past its rounding; a list said to be all of it ('全部用于') or closed by the rest ('其他')
    adds up to it (a shortfall is a warning: read as complete from words). A whole and part another
    reading already found not to add up ('支出 T，包括基本支出 a、项目支出 b' by the decompositions) are not
    reported again."""
    for u in use_lists(every, checked, paragraphs):
        if any(u.whole.id in s and any(p.id in s for p in u.parts) for s in read):
            continue
        over = list(judge(u.whole, list(u.parts), False, opts))
        yield from over
        if u.complete and not over:
            yield from judge(u.whole, list(u.parts), True, opts, certain=False, why=messages.term("why_uses"))


def _same_figure(identity: dict) -> Callable[[Claim, Claim], bool]:
    """Whether a part and a whole speak of one unit and one year (NT03's identity: organisation,
    printed year, level): 2013年预算 parts do not make up the 2012年执行数."""
    def same(a: Claim, b: Claim) -> bool:
        x, y = identity.get(a.id), identity.get(b.id)
        return x is None or y is None or (x.org, x.year) == (y.org, y.year)

    return same
