"""InputError: bad input that ends a run with exit code 2 and one line on stderr.

The one line is written in the reader's language: a raise names a template of INPUT_TEMPLATES
(zh and en, registered in finder.messages as 'input.<key>') and the file, and the command line
or the batch row formats it with --lang (`InputError.text`)."""
from __future__ import annotations

from typing import Any

from finder import messages

# key -> one line saying what is wrong and what to do (the file's path is put before it)
INPUT_TEMPLATES: dict[str, dict[str, str]] = {
    "missing": {"zh": "文件不存在；请检查路径", "en": "no such file; check the path"},
    "directory": {"zh": "这是一个目录，不是文件；请指定报告文件（批量检查请用 finder batch）",
                  "en": "this is a folder, not a file; name a report file (to check a folder, use finder batch)"},
    "not_a_file": {"zh": "不是普通文件；请指定报告文件", "en": "not a regular file; name a report file"},
    "no_reports": {"zh": "文件夹中没有报告文件（{suffixes}）", "en": "the folder holds no report file ({suffixes})"},
    "output_unwritable": {"zh": "无法写入输出文件（{why}）；请检查路径和权限",
                          "en": "cannot write the output file ({why}); check the path and its permissions"},
    "unreadable": {"zh": "无法读取文件（{why}）；请检查权限",
                   "en": "cannot read the file ({why}); check its permissions"},
    "empty": {"zh": "文件是空的；请确认下载或导出是否成功",
              "en": "the file is empty; check that the download or export succeeded"},
    "binary": {"zh": "文件内容不是可识别的文本、PDF 或 HTML（疑似二进制数据）；请提供报告原文",
               "en": "the content is neither text, PDF nor HTML (it looks like binary data); supply the report itself"},
    "text_encoding": {"zh": "无法识别文件编码（支持 UTF-8、GBK/GB18030），请转换为 UTF-8 后重试",
                      "en": "unknown text encoding (UTF-8 and GBK/GB18030 are read); convert the file to UTF-8 and retry"},
    "other_format": {"zh": "这是{what}，不是报告文本；请另存为 .docx / .xlsx，或导出为 PDF、HTML、TXT 后再检查",
                     "en": "this is {what}, not a report; save it as .docx / .xlsx, or export it as PDF, HTML or TXT, "
                           "then check it"},
    "unsupported_kind": {"zh": "不支持的文件类型 {kind}（支持 .txt / .pdf / .html / .docx / .xlsx / .xls）",
                         "en": "unsupported file type {kind} (.txt / .pdf / .html / .docx / .xlsx / .xls are read)"},
    "not_pdf": {"zh": "文件名是 .pdf，但内容不是 PDF；请确认下载完整、文件未被改名",
                "en": "the name ends in .pdf but the content is not a PDF; check that the download is complete "
                      "and the file was not renamed"},
    "pdf_truncated": {"zh": "PDF 文件不完整或已损坏；请重新下载或重新导出该文件",
                      "en": "the PDF is incomplete or damaged; download or export it again"},
    "pdf_broken": {"zh": "PDF 文件损坏或不完整（{why}）；请重新下载或导出该文件",
                   "en": "the PDF is damaged or incomplete ({why}); download or export it again"},
    "pdf_encrypted": {"zh": "PDF 已加密（需要密码），无法读取；请提供未加密的文件",
                      "en": "the PDF is encrypted (it needs a password) and cannot be read; supply an unencrypted file"},
    "pdf_scanned": {"zh": "PDF 没有可提取的文字层（可能是扫描件），需要先做 OCR 再检查",
                    "en": "the PDF has no text layer to extract (a scan?); it needs OCR before it can be checked"},
    "pdf_glyph_codes": {"zh": "PDF 的文字层无法还原为文字（字体未带字符映射，只能取出字形编号），需要先做 OCR 再检查",
                        "en": "the PDF's text layer cannot be turned back into text (its fonts carry no character "
                              "map, only glyph codes); it needs OCR before it can be checked"},
    "html_encoding": {"zh": "无法识别网页的字符编码；请另存为 UTF-8 后再检查",
                      "en": "unknown character encoding of the web page; save it as UTF-8, then check it"},
    "html_empty": {"zh": "网页中没有可读的正文或表格（可能由脚本加载）；请保存完整网页或下载附件后再检查",
                   "en": "the web page has no readable text or table (loaded by a script?); save the complete page "
                         "or download its attachment, then check it"},
    "docx_truncated": {"zh": "Word 文件不完整或已损坏；请重新下载或另存为 PDF 后再检查",
                       "en": "the Word file is incomplete or damaged; download it again or save it as PDF"},
    "docx_empty": {"zh": "Word 文件中没有可读的正文或表格（可能只有扫描图片）；需要先做 OCR 再检查",
                   "en": "the Word file has no readable text or table (only scanned images?); it needs OCR "
                         "before it can be checked"},
    "xlsx_truncated": {"zh": "Excel 文件不完整或已损坏；请重新下载或另存为 PDF 后再检查",
                       "en": "the Excel file is incomplete or damaged; download it again or save it as PDF"},
    "xlsx_empty": {"zh": "Excel 工作簿中没有可读的内容（无工作表或工作表全空）",
                   "en": "the Excel workbook has nothing to read (no sheet, or only empty sheets)"},
    "xls_encrypted": {"zh": "Excel 文件已加密（需要密码），无法读取；请提供未加密的文件",
                      "en": "the Excel file is encrypted (it needs a password) and cannot be read; supply an "
                            "unencrypted file"},
    "xls_not_workbook": {"zh": "内容不是 Excel 工作簿；请确认下载完整、文件未被改名",
                         "en": "the content is not an Excel workbook; check that the download is complete and the "
                               "file was not renamed"},
    "xls_misnamed": {"zh": "文件名是 .xls，但内容不是 Excel 工作簿（也不是网页或文本）；请确认下载完整、文件未被改名",
                     "en": "the name ends in .xls but the content is not an Excel workbook (nor a web page or text); "
                           "check that the download is complete and the file was not renamed"},
    # what a file of another format is (other_format's {what})
    "kind.zip": {"zh": "ZIP 压缩包或 Office 文档（不是 .docx/.xlsx）",
                 "en": "a ZIP archive or an Office document (not .docx/.xlsx)"},
    "kind.ole": {"zh": "旧版 Word 文档（.doc）或其他 OLE 复合文档",
                 "en": "an old Word document (.doc) or another OLE compound file"},
    "kind.png": {"zh": "PNG 图片", "en": "a PNG image"},
    "kind.jpeg": {"zh": "JPEG 图片", "en": "a JPEG image"},
    "kind.gif": {"zh": "GIF 图片", "en": "a GIF image"},
    "kind.tiff": {"zh": "TIFF 图片", "en": "a TIFF image"},
    "kind.rtf": {"zh": "RTF 文档", "en": "an RTF document"},
}
messages.add({f"input.{k}": t for k, t in INPUT_TEMPLATES.items()})


class InputError(Exception):
    """Bad input: one line saying what is wrong and what to do, in the reader's language.

    `reason` is a short machine tag: missing | not_a_file | empty | not_pdf | encrypted |
    scanned | truncated | undecodable | unsupported. `key` names the message (INPUT_TEMPLATES);
    `args` fill it (an arg named `what` is itself a key there, so it is translated too).
    Raised without a path, `key` is a finished (Chinese) message, read as it is in every language.
    """

    def __init__(self, reason: str, key: str, path: Any = None, **args: Any) -> None:
        self.reason = reason
        self.key = key
        self.path = None if path is None else str(path)
        self.params = args
        super().__init__(self.message)

    def text(self, lang: str = "zh", with_path: bool = True) -> str:
        """The one line in `lang` ('zh' or 'en'), after the file's path unless with_path is False."""
        if self.path is None:
            return self.key
        args = {k: messages.msg(f"input.{v}", lang) if k == "what" else v for k, v in self.params.items()}
        line = messages.msg(f"input.{self.key}", lang, **args)
        return f"{self.path}: {line}" if with_path else line

    @property
    def message(self) -> str:
        """The line in Chinese, after the path (what a log or an old caller reads)."""
        return self.text("zh")

    def __reduce__(self):
        """Pickled whole (a worker process sends it back): an Exception's default keeps only args."""
        return (_rebuild, (self.reason, self.key, self.path, self.params))


def _rebuild(reason: str, key: str, path: str | None, params: dict[str, Any]) -> InputError:
    return InputError(reason, key, path, **params)
