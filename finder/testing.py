"""Builders for fixture tests: a Report from tables + text, hand-made claims, a whole Analysis."""
from __future__ import annotations

import hashlib
import re
from decimal import Decimal
from functools import lru_cache
from itertools import count
from pathlib import Path
from typing import Any

from finder.model import Claim, Paragraph, Report, Section, Table
from finder.numbers.parse import decimals_of, parse_decimal

_ids = count(1)


def table_from(spec: dict[str, Any]) -> Table:
    """{'title', 'number', 'unit', 'rows': ["a\\tb\\tc", ...] or [[...]]} -> Table via build_table."""
    from finder.ingest.tables import build_table

    grid = [r.split("\t") if isinstance(r, str) else list(r) for r in spec["rows"]]
    raws = ["\t".join("" if c is None else str(c) for c in r) for r in grid]
    return build_table(grid, title=spec.get("title", ""), number=spec.get("number", ""),
                       unit=spec.get("unit", "万元"), location=1, loc_kind="line",
                       row_locations=list(range(2, 2 + len(grid))), row_raws=raws)


def report_from(tables: dict[str, Any] | list[Any] | None, text: str, year: int = 2024) -> Report:
    """A Report whose narrative is `text` (lines) and whose tables are built from grids."""
    from finder.ingest.debris import table_row_lines
    from finder.ingest.flow import Line
    from finder.ingest.outline import build_document

    lines, src = [], 0
    for i, line in enumerate(text.splitlines(), 1):
        lines.append(Line(line, i, src))
        src += len(line) + 1
    root, paragraphs = build_document(lines, "line", table_row_lines(text.splitlines()))
    specs = list(tables.values()) if isinstance(tables, dict) else list(tables or [])
    built = [table_from(s) for s in specs]
    if isinstance(tables, dict):
        for tid, t in zip(tables, built):
            t.id = t.id or tid
    for i, t in enumerate(built):
        t.index = i
    return Report(source="<fixture>", kind="text", sha256=hashlib.sha256(text.encode()).hexdigest(),
                  year=year, root=root, paragraphs=paragraphs, tables=built, lines=text.splitlines())


def file_analysis(tmp_path: Path, text: str, name: str = "report.txt"):
    """The whole pipeline (ingest included) on `text` written to a file under `tmp_path`."""
    from finder.analysis import analyse

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return analyse([str(path)])


def analysis_from(tables: dict[str, Any] | list[Any] | None, text: str, year: int = 2024):
    """Report -> claims -> link, ready for checks (the pipeline without file input)."""
    from finder import link
    from finder.analysis import extract

    a = extract(report_from(tables, text, year))
    link.resolve(a)
    return a


def budget_analysis_from(tables: dict[str, Any] | list[Any] | None, text: str, year: int = 2031,
                         department: str = "某某市某某局"):
    """analysis_from for a department's budget (report type budget, the department known): its tables'
    预算数 are the report's own figures."""
    from finder import link
    from finder.analysis import extract

    report = report_from(tables, text, year)
    report.type, report.department = "budget", department
    a = extract(report)
    link.resolve(a)
    return a


# A final account's 三公 table with last year's column beside this year's (the made-up tests' shared grid).
THREE_PUBLIC_FINAL = {"three_public": {"title": "2031年度“三公”经费支出决算表", "rows": [
    "项目\t上年决算数\t本年决算数",
    "合计\t40.00\t34.50",
    "因公出国（境）费\t10.00\t10.00",
    "公务接待费\t12.00\t9.50",
    "公务用车购置及运行维护费\t18.00\t15.00"]}}


def run_check(text: str, code: str, year: int = 2024) -> list:
    """The findings one registered check yields on a made-up text with no tables (its ledger
    settlements left out: run_check_all keeps them)."""
    from finder.model import Finding

    return [f for f in run_check_all(text, code, year) if isinstance(f, Finding)]


def run_check_all(text: str, code: str, year: int = 2024) -> list:
    """The findings and settlements one registered check yields on a made-up text with no tables."""
    from finder.checks import CheckOptions, _import_all, registry

    _import_all()
    return list(registry.get(code).run(analysis_from({}, text, year), CheckOptions()))


# ------------------------------------------------------------------ hand-made claims
def paragraph(text: str, section: str = "", index: int = 0, role: str = "narrative") -> Paragraph:
    """A one-paragraph document; `section` becomes the enclosing section title."""
    root = Section("", 0)
    sec = Section(section, 2, parent=root) if section else root
    if section:
        root.children.append(sec)
    p = Paragraph(text, index=index, section=sec, anchors=[(0, index + 1, 0)], role=role)
    sec.paragraphs.append(p)
    return p


def claim(p: Paragraph, number: str, kind: str = "amount", *, after: int = 0, unit: str = "万元",
          subject: str = "", period: str = "本年", direction: str | None = None, whole: str | None = None,
          group: Any = None, concept: str | None = None) -> Claim:
    """A Claim on the first occurrence of `number` at or after offset `after` in `p.text`."""
    start = p.text.index(number, after)
    end = start + len(number)
    value = parse_decimal(number)
    sent_a = max(p.text.rfind("。", 0, start) + 1, 0)
    sent_b = p.text.find("。", end)
    sent_b = len(p.text) if sent_b < 0 else sent_b + 1
    clause_a = max(p.text.rfind(x, 0, start) for x in "，；。：") + 1
    clause_b = min([i for i in (p.text.find(x, end) for x in "，；。") if i >= 0] or [len(p.text)])
    return Claim(id=f"C{next(_ids):04d}", kind=kind, raw=number + unit, value=Decimal(value),
                 decimals=decimals_of(number), unit=unit, paragraph=p, start=start, end=end,
                 subject=subject, concept=concept, period=period, direction=direction, whole=whole,
                 clause=(clause_a, clause_b), sentence=(sent_a, sent_b),
                 extra={"number": number, **({"group": group} if group is not None else {})})


# ------------------------------------------------------------------ text export
def _cell_text(c: Any) -> str:
    return "" if c is None else " ".join(str(c).split())


def export_pdf_text(path: str) -> str:
    """A seed-like text file of a PDF report (what a PDF-to-text export of it prints): paragraphs
    in page order, each ruled table as TAB lines (headers included) under its title, 公开NN表 and
    金额单位 lines. Tables come from the PDF reader's grids, prose from the parsed report."""
    from finder.ingest import load
    from finder.ingest.pdf import read_pdf

    report, content = load([path]), read_pdf(path)
    items: list[tuple[int, int, int, list[str]]] = []
    for p in report.paragraphs:
        items.append((p.location or 0, 0, p.index, [p.text, ""]))
    for i, g in enumerate(content.tables):
        head = [g.title or "表", *([g.number] if g.number else []), f"金额单位：{g.unit or '万元'}"]
        rows = ["\t".join(_cell_text(c) for c in row) for row in g.grid]
        items.append((g.page or 0, 1, i, [*head, *rows, ""]))
    items.sort(key=lambda x: (x[0], x[1], x[2]))
    return "\n".join(line for *_, lines in items for line in lines) + "\n"


def export_text_html(path: str, captions_inside: bool = False) -> str:
    """An HTML page of a text report with TAB tables (what a disclosure site serves): each TAB
    block as one <table>, every other line a <p> (text_blocks). With captions_inside, the caption
    lines just above a table (title, 公开NN表, 部门, year, unit) become its first rows, one cell
    spanning the columns, as many sites print them."""
    import html

    from finder.ingest.pdf_tables import caption_kind

    paras: list[str] = []                              # <p> lines not yet written
    out = ["<html><head><meta charset=\"utf-8\"></head><body>"]
    for block in text_blocks(path):
        if isinstance(block, str):
            paras.append(block)
            continue
        head: list[str] = []
        while captions_inside and paras and len(head) < 6 and caption_kind(paras[-1]) != "other":
            head.insert(0, paras.pop())
        out += [f"<p>{html.escape(t)}</p>" for t in paras]
        paras = []
        width = max(len(r) for r in block)
        out.append("<table>" + "".join(f"<tr><td colspan=\"{width}\">{html.escape(h)}</td></tr>" for h in head)
                   + "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in block)
                   + "</table>")
    out += [f"<p>{html.escape(t)}</p>" for t in paras]
    return "\n".join(out + ["</body></html>"]) + "\n"


def text_blocks(path: str) -> list[str | list[list[str]]]:
    """A text report with TAB tables as its printed blocks in order: a line (str) or a table (rows
    of cells), the TAB blocks as the text reader finds them (ingest.text.tab_blocks)."""
    from finder.ingest.text import tab_blocks

    lines = Path(path).read_text(encoding="utf-8").split("\n")
    blocks = tab_blocks(lines, set())
    starts = {min(b.used): b for b in blocks}
    inside = set().union(*(b.used for b in blocks)) if blocks else set()
    out: list[str | list[list[str]]] = []
    for i, line in enumerate(lines):
        if i in starts:
            out.append(starts[i].rows)
        elif i not in inside and line.strip():
            out.append(line)
    return out


def export_text_docx(path: str, out: str) -> None:
    """A Word (.docx) file of a text report with TAB tables, as a department would publish it: one
    w:p per line, one w:tbl per TAB block (a minimal package: content types, relations, body)."""
    import zipfile
    from xml.sax.saxutils import escape

    def para(text: str) -> str:
        return f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(text)}</w:t></w:r></w:p>"

    body = []
    for block in text_blocks(path):
        if isinstance(block, str):
            body.append(para(block))
            continue
        rows = "".join("<w:tr>" + "".join(f"<w:tc>{para(c)}</w:tc>" for c in r) + "</w:tr>" for r in block)
        body.append(f"<w:tbl>{rows}</w:tbl>")
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{ns}"><w:body>{"".join(body)}</w:body></w:document>'
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
             'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
             'relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.'
             'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", document)


# A printed amount ('1,089.69', '-3', '12.5'): stored as a number in a workbook, other cells as text.
AMOUNT = re.compile(r"-?\d{1,3}(?:,\d{3})*(?:\.\d+)?|-?\d+(?:\.\d+)?")


def split_text_book(path: str) -> tuple[list[str], list[tuple[list[str], list[list[str]]]]]:
    """A text report with TAB tables split as many departments publish it: the narrative's lines, and
    one sheet per TAB block, (its caption lines: title, 公开NN表, 部门, year, unit; its rows)."""
    from finder.ingest.pdf_tables import caption_kind

    lines: list[str] = []
    sheets: list[tuple[list[str], list[list[str]]]] = []
    for block in text_blocks(path):
        if isinstance(block, str):
            lines.append(block)
            continue
        head: list[str] = []
        while lines and len(head) < 6 and caption_kind(lines[-1]) != "other":
            head.insert(0, lines.pop())
        sheets.append((head, block))
    return lines, sheets


def export_text_xlsx(path: str, narrative: str, book: str) -> None:
    """A text report split by split_text_book: the narrative as text (`narrative`) and the tables as an
    Excel workbook (`book`), each sheet's caption lines as merged rows on top; amounts stored as
    numbers with a format that prints their decimals ('#,##0.00'), other cells as shared strings."""
    import zipfile
    from xml.sax.saxutils import escape

    strings: dict[str, int] = {}
    formats = {0: 3, 2: 4}                 # decimals -> built-in #,##0 / #,##0.00; others get a custom code
    custom: dict[int, int] = {}

    def cell(ref: str, text: str) -> str:
        t = text.strip()
        if AMOUNT.fullmatch(t):
            d = len(t.split(".")[1]) if "." in t else 0
            if d not in formats:
                custom[d] = formats[d] = 164 + len(custom)
            return f'<c r="{ref}" s="{{{d}}}"><v>{t.replace(",", "")}</v></c>'
        i = strings.setdefault(t, len(strings))
        return f'<c r="{ref}" t="s"><v>{i}</v></c>'

    def col(n: int) -> str:
        out = ""
        while n:
            n, r = divmod(n - 1, 26)
            out = chr(65 + r) + out
        return out

    lines, split = split_text_book(path)
    sheets: list[str] = []
    for head, block in split:
        width = max(len(r) for r in block)
        rows = [[h] for h in head] + block
        xml_rows = "".join(f'<row r="{i}">' + "".join(cell(f"{col(j)}{i}", c) for j, c in enumerate(r, 1) if c.strip())
                           + "</row>" for i, r in enumerate(rows, 1))
        merges = "".join(f'<mergeCell ref="A{i}:{col(width)}{i}"/>' for i in range(1, len(head) + 1)) if width > 1 else ""
        sheets.append(f'<worksheet xmlns="{_XL}"><sheetData>{xml_rows}</sheetData>'
                      + (f'<mergeCells count="{len(head)}">{merges}</mergeCells>' if merges else "") + "</worksheet>")
    Path(narrative).write_text("\n".join(lines) + "\n", encoding="utf-8")
    styles_of = {d: sorted(formats).index(d) + 1 for d in formats}     # style 0 is General
    sheets = [re.sub(r's="\{(\d+)\}"', lambda m: f's="{styles_of[int(m.group(1))]}"', x) for x in sheets]
    numfmts = "".join(f'<numFmt numFmtId="{n}" formatCode="#,##0.{"0" * d}"/>' for d, n in custom.items())
    xfs = '<xf numFmtId="0"/>' + "".join(f'<xf numFmtId="{formats[d]}"/>' for d in sorted(formats))
    sst = "".join(f"<si><t>{escape(t)}</t></si>" for t in strings)
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", f'<workbook xmlns="{_XL}" xmlns:r="{rel}"><sheets>'
                   + "".join(f'<sheet name="表{i}" sheetId="{i}" r:id="rId{i}"/>' for i in range(1, len(sheets) + 1))
                   + "</sheets></workbook>")
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   + "".join(f'<Relationship Id="rId{i}" Type="{rel}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                             for i in range(1, len(sheets) + 1)) + "</Relationships>")
        z.writestr("xl/sharedStrings.xml", f'<sst xmlns="{_XL}">{sst}</sst>')
        z.writestr("xl/styles.xml", f'<styleSheet xmlns="{_XL}"><numFmts>{numfmts}</numFmts><cellXfs>{xfs}</cellXfs></styleSheet>')
        for i, x in enumerate(sheets, 1):
            z.writestr(f"xl/worksheets/sheet{i}.xml", x)


_XL = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


@lru_cache(maxsize=None)
def corpus_analysis(path: str):
    """The whole pipeline on one corpus file, run once per test process and shared by the test
    modules that only read it (HTML rendering, ledger completeness)."""
    from finder.analysis import analyse

    return analyse([path])


# ------------------------------------------------------------------ filled templates (corpora/synthetic)
def script_module(name: str):
    """scripts/NAME.py loaded as a module (a generator of synthetic corpus files)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().parent.parent / "scripts" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def script_build(name: str) -> str:
    """What scripts/NAME.py's build() writes (the generator of a synthetic corpus file)."""
    return script_module(name).build()


def planted(filled: Path, old: str, new: str, out: Path):
    """The Analysis of a copy of `filled` (written to `out`) with its one `old` replaced by `new`."""
    from finder.analysis import analyse

    text = filled.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    out.write_text(text.replace(old, new), encoding="utf-8")
    return analyse([str(out)])


def new_findings(filled: Path, anchor: str, sentence: str, tmp: Path) -> list[tuple[str, str, str]]:
    """(check, severity, message) of the warnings and errors `sentence`, planted as a paragraph after `anchor`
    in a copy of `filled`, adds to the findings the copy has without it (the false-finding hunts' tests)."""
    key = lambda f: (f.check, f.severity, f.message)  # noqa: E731
    base = {key(f) for f in planted(filled, anchor, anchor, tmp / "base.txt").findings}
    return [key(f) for f in planted(filled, anchor, anchor + "\n\n" + sentence, tmp / "planted.txt").findings
            if f.severity != "info" and key(f) not in base]


def found_where_planted(filled: Path, plant: tuple, out: Path, severity: str | None = None) -> list:
    """The findings (of `severity`, when given) of `filled` with one defect planted, plant = (old, new, check,
    quoted); asserts that a finding of `check` quotes `quoted` (the planted-defect tests of every filled template)."""
    old, new, check, quoted = plant
    found = [f for f in planted(filled, old, new, out).findings if severity is None or f.severity == severity]
    assert quotes(found, check, quoted), [(f.check, f.severity, f.message) for f in found]
    return found


def quotes(findings, check: str, quoted: str) -> bool:
    """A finding of `check` quotes `quoted` (in its message or an evidence text)."""
    return any(f.check == check and (quoted in f.message or any(quoted in e.text for e in f.evidence))
               for f in findings)


# ------------------------------------------------------------------ filled templates: the generators' shared parts
# The national template's 功能分类 classes as its tables list them, and the ordinals its lists are numbered by.
TEMPLATE_CLASSES = ["一般公共服务支出", "外交支出", "国防支出", "公共安全支出", "教育支出", "科学技术支出",
                    "文化旅游体育与传媒支出", "社会保障和就业支出", "卫生健康支出", "节能环保支出", "城乡社区支出",
                    "农林水支出", "交通运输支出", "资源勘探工业信息等支出", "商业服务业等支出", "金融支出",
                    "援助其他地区支出", "自然资源海洋气象等支出", "住房保障支出", "粮油物资储备支出",
                    "国有资本经营预算支出", "灾害防治及应急管理支出", "其他支出", "抗疫特别国债安排的支出"]
ZH_ORDINALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四",
               "十五", "十六", "十七", "十八", "十九", "二十", "二十一", "二十二", "二十三", "二十四"]


def rolled(leaves, keys, parents: dict[str, str]) -> list[dict]:
    """Rows 类/款/项 in code order (names from `parents`, else the leaf's), each key summed over the leaves
    beneath: a generator derives its tables' parents from its leaves, so the code hierarchy adds up."""
    from decimal import Decimal

    rows: dict[str, dict] = {}
    for leaf in leaves:
        for code in (leaf["code"][:3], leaf["code"][:5], leaf["code"]):
            row = rows.setdefault(code, dict(code=code, name=parents.get(code, leaf["name"]),
                                             **{k: Decimal(0) for k in keys}))
            for k in keys:
                row[k] += leaf[k]
    return [rows[c] for c in sorted(rows)]


def class_total(rows, key):
    """Σ key over the 类 rows of `rolled`."""
    from decimal import Decimal

    return sum((r[key] for r in rows if len(r["code"]) == 3), Decimal(0))


def economic_rows(gb, economic, heads: dict[str, str]) -> list[tuple]:
    """Economic-class rows (code, name, 人员经费, 公用经费) from (code, name, personnel, public) items, each
    class head (`heads`) above its items with their sums; the one item printing None takes the rest of
    the basic total `gb`, so Σ = gb."""
    from decimal import Decimal

    zero = Decimal(0)
    known = sum((Decimal(p or "0") + Decimal(q or "0") for _, _, p, q in economic if p is not None), zero)
    items = [(c, n, gb - known if p is None else Decimal(p or "0"), Decimal(q or "0")) for c, n, p, q in economic]
    out = []
    for head, name in heads.items():
        mine = [x for x in items if x[0].startswith(head)]
        out.append((head, name, sum((x[2] for x in mine), zero), sum((x[3] for x in mine), zero)))
        out.extend(mine)
    return out


def table_amount(x, blank_zero: bool = False, commas: bool = True) -> str:
    """A table amount to two decimals, with thousands separators (or none); zero blank where the
    template leaves it so."""
    from decimal import Decimal

    if blank_zero and x == 0:
        return ""
    cents = x.quantize(Decimal("0.01"))
    return f"{cents:,.2f}" if commas else f"{cents}"


def percent(part, whole, places: str = "0.01") -> str:
    """part ÷ whole × 100, rounded half up to `places`, as printed."""
    from decimal import ROUND_HALF_UP, Decimal

    return f"{(part / whole * 100).quantize(Decimal(places), ROUND_HALF_UP)}"


def change_words(now, before, amount, unit: str = "万元", words: tuple[str, str, str, str] = ("增加", "减少", "增长", "下降"),
                 flat: str | None = None) -> str:
    """'增加 A 万元，增长 P%' (or the fall) between two amounts: `amount` prints A and `unit` follows it as the
    template spaces it; `flat` ('持平') stands for no change when given, else no change reads as a rise of 0."""
    diff = now - before
    if flat and diff == 0:
        return flat
    up, down, rise, fall = words
    way, rate = (up, rise) if diff >= 0 else (down, fall)
    return f"{way}{amount(abs(diff))}{unit}，{rate}{percent(abs(diff), before)}%"


def write_filled(doc: str, build, out: Path) -> None:
    """A generator's command line: write build() to --out (default `out`)."""
    import argparse

    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--out", type=Path, default=out)
    ap.parse_args().out.write_text(build(), encoding="utf-8")

