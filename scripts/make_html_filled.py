"""Write corpora/synthetic/national_filled.html: national_filled.txt as a government site's article page.

    python scripts/make_html_filled.py [--flat] [--wrap N] [--source TEXT] [--out PAGE]

The page is shaped as disclosure sites serve a 部门决算 or 部门预算: a top bar, the site's menu of
links, a breadcrumb and the article's 发布时间 / 来源 line, the title (the source's opening lines up to
the year), then the article body: every prose line a <p> indented with &nbsp;, headings bold,
captions centred, each TAB table a <table> whose header rows are merged as printed (a heading over
the blank cells right of it takes them as colspan, over the blank cells below it as rowspan), long
headings broken by <br>, blank figures printed '-' (a form with prose cells keeps its blanks), and a
footer (sponsor, site code, ICP and public-security numbers, browser advice). With --flat the
article is one <div> of <br>-separated lines and tables without <thead> (another common CMS
output). With --wrap N every paragraph is broken by <br> every N characters' width inside its
<p>, as editors paste a PDF's hard-wrapped lines into a CMS. The site is made up; the article is
the source's, line for line (--source: any text report with TAB tables, such as the other filled
templates).
"""
from __future__ import annotations

import argparse
import html
import re
from pathlib import Path

from finder.ingest.flow import display_width
from finder.ingest.pdf_tables import caption_kind
from finder.testing import text_blocks

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "corpora" / "synthetic" / "national_filled.txt"
OUT = ROOT / "corpora" / "synthetic" / "national_filled.html"
FLAT_OUT = ROOT / "corpora" / "synthetic" / "national_filled_flat.html"
PORTAL = "样例市人民政府门户网站"     # a made-up site around the article
YEAR = re.compile(r"\d{4}")
HEADING = re.compile(r"^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")
FIGURE = re.compile(r"\d+")                          # a list number or a 科目编码
AMOUNT = re.compile(r"^-?[\d,]+\.\d\d$")          # a printed amount: its column's blanks print '-'
WRAP = 8              # a heading longer than this breaks (<br>) after its first half, as narrow columns print it
INDENT = "&nbsp;" * 4
PROSE = 30            # characters: a cell this long is a form's text
NO_LINE_START = "。，、；：！？）》」』】%"     # CJK line breaking keeps these on the line before

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}_财政资金_{site}</title>
<link rel="stylesheet" href="/css/main.css">
<script src="/js/jquery.min.js"></script>
<script>var _hmt = _hmt || []; document.write("<p>访问统计</p>");</script>
</head>
<body>
<div class="top-bar"><span>2025年9月28日 星期日</span><a href="/wza">无障碍</a> | <a href="/en">English</a> | <a href="/login">登录</a></div>
<div class="header"><div class="logo"><img src="/img/logo.png" alt="{site}"></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/jgzn">机构职能</a></li><li><a href="/zwgk">政务公开</a></li>
<li><a href="/bsfw">办事服务</a></li><li><a href="/hdjl">互动交流</a></li><li><a href="/ztzl">专题专栏</a></li></ul>
<form class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></form></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/zwgk/czzj">财政资金</a> &gt; 部门决算</div>
<div class="article">
<h1 class="article-title">{title}</h1>
<div class="article-info">发布时间：2025-09-28 10:30&nbsp;&nbsp;&nbsp;来源：{site}&nbsp;&nbsp;&nbsp;浏览次数：1268&nbsp;&nbsp;&nbsp;字号：[ <a>大</a> <a>中</a> <a>小</a> ]</div>
"""
FOOT = """</div>
<div class="share">分享到：<a>微信</a> <a>微博</a></div>
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="pager"><p>上一篇：<a href="/zwgk/czzj/1.html">关于公开2025年度部门预算的说明</a></p><p>下一篇：<a href="/zwgk/czzj/3.html">2024年度部门整体支出绩效评价报告</a></p></div>
<div class="footer"><p>主办单位：{site}&nbsp;&nbsp;地址：上海市样例路100号&nbsp;&nbsp;邮编：200001</p>
<p>联系电话：021-12345678&nbsp;&nbsp;网站标识码：3100000001</p>
<p><a href="https://beian.miit.gov.cn">沪ICP备12345678号-1</a>&nbsp;&nbsp;沪公网安备31010102001234号</p>
<p>建议使用1366×768分辨率浏览本网站</p></div>
</body>
</html>
"""


def header_depth(rows: list[list[str]]) -> int:
    """The header rows: those above the first row printing a figure or a code (a table without
    figures: all rows but its last, the 合计 line)."""
    for k, row in enumerate(rows):
        if any(FIGURE.fullmatch(c) or AMOUNT.match(c) for c in row):
            return k
    return len(rows) - 1


def header_cells(rows: list[list[str]]) -> list[list[tuple[str, int, int]]]:
    """Each header row's cells (text, rowspan, colspan): a heading takes the blank cells right of it
    as colspan and the rows below it that are blank under its span as rowspan."""
    covered: set[tuple[int, int]] = set()
    out = []
    for r, row in enumerate(rows):
        cells, c = [], 0
        while c < len(row):
            if (r, c) in covered:
                c += 1
                continue
            cs = 1
            if row[c]:
                while c + cs < len(row) and not row[c + cs] and (r, c + cs) not in covered:
                    cs += 1
            rs = 1
            if row[c]:
                while r + rs < len(rows) and all(not rows[r + rs][j] for j in range(c, c + cs)):
                    rs += 1
            covered |= {(r + dr, c + dc) for dr in range(rs) for dc in range(cs)}
            cells.append((row[c], rs, cs))
            c += cs
        out.append(cells)
    return out


def span(name: str, n: int) -> str:
    return f' {name}="{n}"' if n > 1 else ""


def wrapped(text: str) -> str:
    """A long heading broken in two with <br>, as a narrow header cell prints it."""
    t = html.escape(text)
    if len(text) <= WRAP:
        return t
    half = len(text) // 2
    return f"{html.escape(text[:half])}<br>{html.escape(text[half:])}"


def table(rows: list[list[str]], thead: bool) -> str:
    """One <table>: merged header rows (in <thead> unless flat), then the body, blanks as '-'."""
    depth = header_depth(rows)
    tag = "th" if thead else "td"
    head = []
    for cells in header_cells(rows[:depth]):
        tds = "".join(f"<{tag}{span('rowspan', rs)}{span('colspan', cs)}>{wrapped(text) or '&nbsp;'}</{tag}>"
                      for text, rs, cs in cells)
        head.append(f"<tr>{tds}</tr>")
    # a form (a cell of prose: goals, reasons) prints its blanks blank; a table of figures, '-'
    prose = any(len(c) >= PROSE for row in rows for c in row)
    figures = set() if prose else {j for row in rows[depth:] for j, c in enumerate(row) if AMOUNT.match(c)}
    body = []
    for row in rows[depth:]:
        tds = "".join(f"<td>{html.escape(c) if c else ('-' if j in figures else '&nbsp;')}</td>"
                      for j, c in enumerate(row))
        body.append(f"<tr>{tds}</tr>")
    if thead:
        return ('<table border="1" cellspacing="0" cellpadding="2" width="100%">\n<thead>\n' + "\n".join(head)
                + "\n</thead>\n<tbody>\n" + "\n".join(body) + "\n</tbody>\n</table>")
    return '<table border="1" cellspacing="0">\n' + "\n".join(head + body) + "\n</table>"


def hard_wrapped(text: str, width: int) -> list[str]:
    """`text` cut into lines of `width` characters as a PDF sets them (a digit or letter takes half a
    character's width); a cut never falls beside a space (the <br> would eat it) nor before a mark
    no printed line opens with."""
    pieces, start = [], 0
    while display_width(text[start:]) > 2 * width:
        end = start
        while display_width(text[start:end + 1]) <= 2 * width:
            end += 1
        while end < len(text) and (text[end].isspace() or text[end - 1].isspace() or text[end] in NO_LINE_START):
            end += 1
        pieces.append(text[start:end])
        start = end
    return pieces + [text[start:]] if start < len(text) else pieces


def line(text: str, wrap: int = 0) -> str:
    """A prose line as the article prints it: headings bold, paragraphs indented with &nbsp; (and
    broken by <br> every `wrap` characters when given)."""
    escaped = re.sub(r"\t+", "&nbsp;&nbsp;&nbsp;&nbsp;", html.escape(text))
    if caption_kind(escaped) != "other":
        return f'<span style="display:block;text-align:center">{escaped}</span>'
    if HEADING.match(escaped):
        return f"<strong>{escaped}</strong>"
    if wrap and "\t" not in text:
        escaped = "<br>".join(html.escape(piece) for piece in hard_wrapped(text, wrap))
    return INDENT + escaped


def page_title(lines: list[str]) -> str:
    """The article's title: the source's opening lines up to the one naming the year."""
    head = []
    for text in lines:
        head.append(text.strip())
        if YEAR.search(text):
            break
    return "".join(head)


def build(flat: bool = False, source: Path = SOURCE, wrap: int = 0) -> str:
    """The whole page."""
    body = []
    lines: list[str] = []
    blocks = text_blocks(str(source))
    for block in blocks:
        if isinstance(block, str):
            lines.append(line(block, wrap))
            continue
        if flat:
            body.append("<br>\n".join(lines))
        else:
            body += [f"<p>{t}</p>" for t in lines]
        lines = []
        body.append(table(block, thead=not flat))
    body += ["<br>\n".join(lines)] if flat else [f"<p>{t}</p>" for t in lines]
    title = html.escape(page_title([b for b in blocks if isinstance(b, str)][:3]))
    return (HEAD.format(title=title, site=PORTAL) + '<div class="article-content">\n' + "\n".join(body) + "\n</div>\n"
            + FOOT.format(site=PORTAL))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--flat", action="store_true", help="the article as one <div> of <br> lines")
    ap.add_argument("--wrap", type=int, default=0, help="break each paragraph by <br> every N characters")
    ap.add_argument("--source", type=Path, default=SOURCE, help="a text report with TAB tables")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    out = args.out or (FLAT_OUT if args.flat else OUT)
    out.write_text(build(args.flat, args.source, args.wrap), encoding="utf-8")


if __name__ == "__main__":
    main()
