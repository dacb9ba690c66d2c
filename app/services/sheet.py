"""The catalog as a spreadsheet: export products, offers, tracks and their writers to XLSX or CSV, and
import the same file back (docs/SHEET.md).

One table, one row per object: ``kind`` (product, offer, track, writer), ``id`` (the local id),
``parent`` (the local id of the product or track it belongs to), then one column per field. A cell
that does not apply to its row stays empty. Writers are the split of their track, in row order.

Import compares every cell with the catalog and lists each change and each error by row and
column. Nothing is applied when any row is wrong; otherwise every change is one draft edit (the
fields the API carries go through the outbox and sync like any edit; shares, PRO, IPI, ISWC and
"instrumental" stay local), all in one transaction. New objects are made in the app, not in the
sheet: a row whose id is not in the catalog is an error. Export then import with no edits is zero
changes: both sides are compared as the text the export writes.
"""

from __future__ import annotations

import csv
import datetime as _dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.domain.codes import isrc_problem, normalize_isrc, normalize_upc, upc_problem
from app.domain.credits import TrackCredits, Writer, format_iswc, ipi_problem, iswc_problem, parse_share
from app.domain.errors import UsageError, UserError
from app.domain.messages import Message, msg
from app.store.catalog import CatalogCache
from app.store.credits import CreditStore
from app.store.drafts import Drafts

KINDS = ("product", "offer", "track", "writer")


@dataclass(frozen=True)
class Column:
    name: str
    kinds: dict[str, str]  # row kind -> domain field (or a local key for writers and credits)
    type: str = "text"  # text | list | int | date | bool | upc | isrc | iswc | share | roles | ipi


COLUMNS: tuple[Column, ...] = (
    Column("name", {"product": "name", "track": "title", "writer": "name"}),
    Column("subtitle", {"product": "subtitle", "track": "subtitle"}),
    Column("artist", {"product": "artist", "track": "artist"}, "list"),
    Column("upc_code", {"product": "upc_code"}, "upc"),
    Column("isrc_code", {"track": "isrc_code"}, "isrc"),
    Column("release_date", {"product": "release_date", "offer": "release_date"}, "date"),
    Column("original_release_date", {"product": "original_release_date"}, "date"),
    Column("release_type", {"offer": "release_type"}),
    Column("preorder_date", {"offer": "preorder_date"}, "date"),
    Column("production_year", {"product": "production_year"}, "int"),
    Column("copyright_line", {"product": "copyright_line"}),
    Column("production_line", {"product": "production_line", "track": "production_line"}),
    Column("label_internal_reference", {"product": "label_internal_reference"}),
    Column("volume_number", {"track": "volume_number"}, "int"),
    Column("track_number", {"track": "track_number"}, "int"),
    Column("explicit_content", {"track": "explicit_content"}, "bool"),
    Column("composer", {"product": "composer", "track": "composer"}, "list"),
    Column("lyricist", {"product": "lyricist", "track": "lyricist"}, "list"),
    Column("producer", {"product": "producer", "track": "producer"}, "list"),
    Column("publisher", {"track": "publisher"}, "list"),
    Column("iswc", {"track": "iswc"}, "iswc"),
    Column("instrumental", {"track": "instrumental"}, "bool"),
    Column("roles", {"writer": "roles"}, "roles"),
    Column("share", {"writer": "share"}, "share"),
    Column("pro", {"writer": "pro"}),
    Column("ipi", {"writer": "ipi"}, "ipi"),
)
BY_NAME = {c.name: c for c in COLUMNS}
HEADER: tuple[str, ...] = ("kind", "id", "parent", *(c.name for c in COLUMNS))
_LOCAL_TRACK = {"iswc", "instrumental"}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class CellChange:
    row: int
    column: str
    id: str
    old: str
    new: str

    def sentence(self) -> Message:
        return msg("sheet.change", id=self.id, column=self.column, old=self.old, new=self.new)

    def to_json(self) -> dict[str, object]:
        return {"row": self.row, "column": self.column, "id": self.id, "old": self.old, "new": self.new}


@dataclass(frozen=True)
class CellError:
    row: int
    column: str
    message: Message

    def to_json(self) -> dict[str, object]:
        return {"row": self.row, "column": self.column, "message": str(self.message)}


@dataclass
class SheetReport:
    changes: list[CellChange] = field(default_factory=list)
    errors: list[CellError] = field(default_factory=list)
    applied: bool = False
    plan: _Plan = field(default_factory=lambda: _Plan(), repr=False)  # what applying writes

    def to_json(self) -> dict[str, object]:
        """``{"changes": N, "errors": [{"row", "column", "message"}]}`` (messages in English)."""
        return {"changes": len(self.changes), "errors": [e.to_json() for e in self.errors]}


# ------------------------------------------------------------------------------------ cell text
def cell_text(value: Any) -> str:
    """The text of a cell as the export writes it (what import compares)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value if v not in (None, ""))
    return str(value).strip()


def _roles_text(writer: Writer) -> str:
    return "; ".join(r for r, on in (("composer", writer.composer), ("lyricist", writer.lyricist)) if on)


# ---------------------------------------------------------------------------------------- service
class SheetService:
    def __init__(self, catalog: CatalogCache, drafts: Drafts, credits: CreditStore) -> None:
        self.catalog = catalog
        self.drafts = drafts
        self.credits = credits

    # -------------------------------------------------------------------------------------- export
    def labels(self, label: str | None) -> list[str]:
        if label is None:
            return [row.local_id for row in self.catalog.labels()]
        local = label if self.catalog.exists(label) else self.catalog.local_id_for("label", label)
        if local is None or self.catalog.kind_of(local) != "label":
            raise UsageError(msg("sheet.no_label", id=label))
        return [local]

    def rows(self, label: str | None = None) -> list[list[Any]]:
        """The table (header first) of every product of the label (or of every label)."""
        out: list[list[Any]] = [list(HEADER)]
        for label_id in self.labels(label):
            offset = 0
            while True:
                page = self.catalog.products(label_id, offset=offset, limit=500)
                for product in page:
                    out.extend(self._product_rows(label_id, product.local_id))
                if len(page) < 500:
                    break
                offset += 500
        return out

    def _product_rows(self, label_id: str, product_id: str) -> list[list[Any]]:
        out = [self._row("product", product_id, label_id, self.catalog.values(product_id))]
        for offer_id in self.catalog.children(product_id, "offer"):
            out.append(self._row("offer", offer_id, product_id, self.catalog.values(offer_id)))
        for track in self.catalog.tracks(product_id):
            values = dict(self.catalog.values(track.local_id))
            kept = self.credits.local_credits(track.local_id)
            iswc, instrumental, writers = kept if kept is not None else ("", False, ())
            values["iswc"], values["instrumental"] = iswc, instrumental
            out.append(self._row("track", track.local_id, product_id, values))
            for n, w in enumerate(writers, start=1):
                out.append(self._row("writer", f"{track.local_id}#{n}", track.local_id, {
                    "name": w.name, "roles": _roles_text(w), "share": w.share, "pro": w.pro, "ipi": w.ipi}))
        return out

    @staticmethod
    def _row(kind: str, local_id: str, parent: str, values: dict[str, Any]) -> list[Any]:
        row: list[Any] = [kind, local_id, parent]
        for column in COLUMNS:
            key = column.kinds.get(kind)
            value = values.get(key) if key else None
            if value is None or value == "" or value == []:
                row.append(None)
            elif column.type == "int" and isinstance(value, int) and not isinstance(value, bool):
                row.append(value)
            else:
                row.append(cell_text(value))
        return row

    def export(self, path: Path, label: str | None = None) -> int:
        """Write the sheet to ``path`` (.xlsx or .csv); returns the number of object rows."""
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in (".xlsx", ".csv"):
            raise UsageError(msg("sheet.unsupported", path=str(path)))
        rows = self.rows(label)
        try:
            if suffix == ".csv":
                with open(path, "w", newline="", encoding="utf-8-sig") as fh:
                    csv.writer(fh).writerows([["" if v is None else v for v in r] for r in rows])
            else:
                _write_xlsx(path, rows)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise UserError(msg("credits.write_failed", path=str(path), reason=reason)) from None
        return len(rows) - 1

    # -------------------------------------------------------------------------------------- import
    def import_file(self, path: Path, *, dry_run: bool = False) -> SheetReport:
        """Compare the file with the catalog; apply the changes as drafts unless ``dry_run`` or any
        error (then nothing is applied)."""
        report = self.compare(read_table(Path(path)))
        if dry_run or report.errors or not report.changes:
            return report
        self._apply(report)
        report.applied = True
        return report

    def compare(self, table: Sequence[Sequence[Any]]) -> SheetReport:
        report = SheetReport()
        if not table:
            report.errors.append(CellError(1, "kind", msg("sheet.missing_column", column="kind")))
            return report
        header = [cell_text(h) for h in table[0]]
        for required in ("kind", "id"):
            if required not in header:
                report.errors.append(CellError(1, required, msg("sheet.missing_column", column=required)))
        for name in header:
            if name and name not in HEADER:
                report.errors.append(CellError(1, name, msg("sheet.unknown_column", column=name)))
        if report.errors:
            return report
        seen: set[str] = set()
        writer_rows: dict[str, list[tuple[int, dict[str, str]]]] = {}
        track_rows: dict[str, int] = {}
        for number, raw in enumerate(table[1:], start=2):
            cells = {name: cell_text(raw[i]) if i < len(raw) else "" for i, name in enumerate(header) if name}
            if not any(cells.values()):
                continue
            kind = cells.get("kind", "").lower()
            if kind not in KINDS:
                refused = msg("sheet.unknown_kind", value=cells["kind"])
                report.errors.append(CellError(number, "kind", refused))
                continue
            if kind == "writer":
                parent = cells.get("parent", "")
                if not parent or not self.catalog.exists(parent) or self.catalog.kind_of(parent) != "track":
                    refused = msg("sheet.unknown_track", value=parent)
                    report.errors.append(CellError(number, "parent", refused))
                    continue
                writer_rows.setdefault(parent, []).append((number, cells))
                continue
            local_id = cells.get("id", "")
            if local_id in seen:
                report.errors.append(CellError(number, "id", msg("sheet.duplicate_row", id=local_id)))
                continue
            seen.add(local_id)
            if not local_id or not self.catalog.exists(local_id) or self.catalog.kind_of(local_id) != kind:
                report.errors.append(CellError(number, "id", msg("sheet.unknown_id", kind=kind, id=local_id)))
                continue
            if kind == "track":
                track_rows[local_id] = number
            self._compare_object(report, number, kind, local_id, cells)
        for track_id, rows in writer_rows.items():
            self._compare_writers(report, track_id, rows)
        order = {name: i for i, name in enumerate(HEADER)}
        report.changes.sort(key=lambda c: (c.row, order.get(c.column, len(order))))
        report.errors.sort(key=lambda e: (e.row, order.get(e.column, len(order))))
        return report

    def _compare_object(self, report: SheetReport, number: int, kind: str, local_id: str,
                        cells: dict[str, str]) -> None:
        values = dict(self.catalog.values(local_id))
        if kind == "track":
            kept = self.credits.local_credits(local_id)
            values["iswc"], values["instrumental"] = (kept[0], kept[1]) if kept else ("", False)
        parent = self.catalog.parent_of(local_id) or ""
        if "parent" in cells and cells["parent"] and cells["parent"] != parent:
            report.errors.append(CellError(number, "parent", msg("sheet.wrong_parent", id=local_id,
                                                                 parent=parent, value=cells["parent"])))
        current = self._row(kind, local_id, parent, values)
        for name, text in cells.items():
            column = BY_NAME.get(name)
            if column is None:
                continue
            key = column.kinds.get(kind)
            if key is None:
                if text:
                    report.errors.append(CellError(number, name, msg("sheet.not_editable", column=name,
                                                                     kind=kind)))
                continue
            old_text = cell_text(current[HEADER.index(name)])
            if text == old_text:
                continue
            try:
                value = parse_cell(column, text)
            except CellRefused as refused:
                report.errors.append(CellError(number, name, refused.sentence))
                continue
            if cell_text(value) == old_text:  # the same value written another way (an ISRC with dashes)
                continue
            report.changes.append(CellChange(number, name, local_id, old_text, text))
            if kind == "track" and key in _LOCAL_TRACK:
                report.plan.local.setdefault(local_id, {})[key] = value
            else:
                report.plan.edits.setdefault((kind, local_id), {})[key] = value

    def _compare_writers(self, report: SheetReport, track_id: str,
                         rows: list[tuple[int, dict[str, str]]]) -> None:
        kept = self.credits.local_credits(track_id)
        current = kept[2] if kept else ()
        writers: list[Writer] = []
        changed = False
        failed = False
        for position, (number, cells) in enumerate(rows):
            before = current[position] if position < len(current) else None
            old = {"name": before.name if before else "", "roles": _roles_text(before) if before else "",
                   "share": cell_text(before.share) if before else "", "pro": before.pro if before else "",
                   "ipi": before.ipi if before else ""}
            parsed: dict[str, Any] = {}
            for name, text in cells.items():
                column = BY_NAME.get(name)
                if column is None:
                    continue
                if "writer" not in column.kinds:
                    if text:
                        report.errors.append(CellError(number, name, msg("sheet.not_editable", column=name,
                                                                         kind="writer")))
                        failed = True
                    continue
                try:
                    parsed[name] = parse_cell(column, text)
                except CellRefused as refused:
                    report.errors.append(CellError(number, name, refused.sentence))
                    failed = True
                    continue
                new_text = text if column.type != "roles" else cell_text(parsed[name])
                if new_text != old[name] and cell_text(parsed[name]) != old[name]:
                    changed = True
                    report.changes.append(CellChange(number, name, f"{track_id}#{position + 1}", old[name],
                                                     text))
            role_text = str(parsed["roles"] or "") if "roles" in parsed else old["roles"]
            writer_name = str(parsed["name"] or "") if "name" in parsed else old["name"]
            writers.append(Writer(
                name=writer_name, composer="composer" in role_text, lyricist="lyricist" in role_text,
                share=parsed["share"] if "share" in parsed else (before.share if before else None),
                pro=str(parsed.get("pro", old["pro"]) or ""), ipi=str(parsed.get("ipi", old["ipi"]) or "")))
        if len(rows) < len(current):
            changed = True
            for position in range(len(rows), len(current)):
                report.changes.append(CellChange(rows[-1][0], "name", f"{track_id}#{position + 1}",
                                                 current[position].name, ""))
        if changed and not failed:
            report.plan.local.setdefault(track_id, {})["writers"] = tuple(writers)

    def _apply(self, report: SheetReport) -> None:
        plan = report.plan
        with self.drafts.transaction():
            for (kind, local_id), changes in plan.edits.items():
                self.drafts.edit(kind, local_id, changes)
            for track_id, local in plan.local.items():
                kept = self.credits.local_credits(track_id)
                iswc, instrumental, writers = kept if kept is not None else ("", False, ())
                self.credits.save_local(track_id, TrackCredits(
                    writers=tuple(local.get("writers", writers)), iswc=str(local.get("iswc", iswc) or ""),
                    instrumental=bool(local.get("instrumental", instrumental))))


@dataclass
class _Plan:
    edits: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    local: dict[str, dict[str, Any]] = field(default_factory=dict)


class CellRefused(Exception):
    def __init__(self, sentence: Message) -> None:
        super().__init__(str(sentence))
        self.sentence = sentence


def parse_cell(column: Column, text: str) -> Any:
    """The domain value of a cell's text; :class:`CellRefused` with the reason when it is wrong."""
    if text == "":
        return False if column.type == "bool" and column.name == "instrumental" else None
    kind = column.type
    if kind == "list":
        return [part.strip() for part in text.split(";") if part.strip()] or None
    if kind == "int":
        try:
            number = float(text) if "." in text else int(text)
        except ValueError:
            raise CellRefused(msg("sheet.whole_number", value=text)) from None
        if isinstance(number, float):
            if not number.is_integer():
                raise CellRefused(msg("sheet.whole_number", value=text))
            number = int(number)
        return number
    if kind == "date":
        try:
            if not _DATE.match(text):
                raise ValueError(text)
            _dt.date.fromisoformat(text)
        except ValueError:
            raise CellRefused(msg("sheet.date", value=text)) from None
        return text
    if kind == "bool":
        lowered = text.lower()
        if lowered in ("yes", "true", "1", "y"):
            return True
        if lowered in ("no", "false", "0", "n"):
            return False
        raise CellRefused(msg("sheet.yes_no", value=text))
    if kind == "upc":
        problem = upc_problem(text)
        if problem is not None:
            raise CellRefused(msg("sheet.upc", value=text, reason=problem))
        return normalize_upc(text)
    if kind == "isrc":
        problem = isrc_problem(text)
        if problem is not None:
            raise CellRefused(msg("sheet.isrc", value=text, reason=problem))
        return normalize_isrc(text)
    if kind == "iswc":
        problem = iswc_problem(text)
        if problem is not None:
            raise CellRefused(problem)
        return format_iswc(text)
    if kind == "share":
        try:
            return parse_share(text)
        except ValueError:
            raise CellRefused(msg("sheet.share", value=text)) from None
    if kind == "roles":
        words = {w.strip().lower() for w in text.replace(",", ";").split(";") if w.strip()}
        if not words <= {"composer", "lyricist"}:
            raise CellRefused(msg("sheet.choice", value=text, choices="composer, lyricist"))
        return "; ".join(r for r in ("composer", "lyricist") if r in words)
    if kind == "ipi":
        problem = ipi_problem(text)
        if problem is not None:
            raise CellRefused(problem)
        return text
    return text


# ------------------------------------------------------------------------------------ file formats
def _write_xlsx(path: Path, rows: Iterable[Sequence[Any]]) -> None:
    from openpyxl import Workbook  # only when a workbook is written or read

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Catalog")
    for row in rows:
        sheet.append(list(row))
    book.save(path)


def read_table(path: Path) -> list[list[Any]]:
    """The rows of an .xlsx (its first sheet) or .csv file, as cell values."""
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise UsageError(msg("sheet.unsupported", path=str(path)))
    try:
        if suffix == ".csv":
            with open(path, newline="", encoding="utf-8-sig") as fh:
                return [list(r) for r in csv.reader(fh)]
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = book.worksheets[0]
            return [list(r) for r in sheet.iter_rows(values_only=True)]
        finally:
            book.close()
    except UserError:
        raise
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise UserError(msg("sheet.unreadable", path=str(path), reason=reason)) from None
    except (ValueError, KeyError, UnicodeDecodeError, csv.Error) as exc:
        reason = str(exc) or type(exc).__name__
        raise UserError(msg("sheet.unreadable", path=str(path), reason=reason)) from None
    except Exception as exc:  # a damaged workbook (zip or XML errors): one sentence, never a traceback
        raise UserError(msg("sheet.unreadable", path=str(path), reason=type(exc).__name__)) from None
