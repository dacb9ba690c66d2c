"""A split sheet as a PDF: an HTML table laid out by QTextDocument and printed by QPdfWriter (both in
QtGui, already in the bundle). Headings come rendered in the UI language."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.domain.errors import UserError
from app.domain.messages import Message, msg
from app.services.credits import SplitSheet


def split_sheet_html(sheet: SplitSheet, render: Callable[[Message], str]) -> str:
    e = html.escape
    head = "".join(f"<th align='left'>{e(render(h))}</th>" for h in sheet.headings())
    body = "".join("<tr>" + "".join(f"<td>{e(cell)}</td>" for cell in row) + "</tr>"
                   for row in sheet.rows(render))
    title = e(render(msg("credits.sheet.title")))
    release = e(sheet.release) + (f" — UPC {e(sheet.upc)}" if sheet.upc else "")
    signature = e(render(msg("credits.sheet.signature")))
    return (f"<h2>{title}</h2><p>{release}</p>"
            "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
            f"<p><br/>{signature}: ______________________________</p>")


def write_split_sheet_pdf(sheet: SplitSheet, path: Path, render: Callable[[Message], str]) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Landscape)
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
    writer.setTitle(render(msg("credits.sheet.title")))
    document = QTextDocument()
    document.setHtml(split_sheet_html(sheet, render))
    document.print_(writer)
    del writer  # finishes the file
    if not path.is_file() or path.stat().st_size == 0:
        raise UserError(msg("credits.write_failed", path=str(path), reason="PDF"))
