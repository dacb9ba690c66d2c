"""Item models of the delivery area: send tasks, readiness findings, artist matches.

Hand-written (docs/ARCHITECTURE.md#item-models): ``COL_*`` constants, an object role and a sort role, headers
through ``QT_TRANSLATE_NOOP``. :class:`SendTaskModel` takes status changes in batches and emits one
``dataChanged`` per run of adjacent changed rows, so a refresh of 1,000 tasks stays cheap on the GUI
thread (measured in ``tests/benchmarks/bench_delivery.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from app.domain.findings import Finding
from app.domain.resources import SendTask
from app.platform.messages import render
from app.services.artists import ArtistMatch
from app.services.delivery import task_reason
from app.ui.common.i18n import QT_TRANSLATE_NOOP
from app.ui.common.table_model import ListTableModel, header_text

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex

STATUS_COLOUR = {
    "pending": QColor("#8a8f98"),
    "waiting": QColor("#d19a1e"),
    "procesing": QColor("#2f7fd1"),
    "processing": QColor("#2f7fd1"),
    "completed": QColor("#3c9a5f"),
    "error": QColor("#c8423b"),
    "stuck": QColor("#a347ba"),
}
STATUS_TEXT = {
    "pending": QT_TRANSLATE_NOOP("SendTaskModel", "pending"),
    "waiting": QT_TRANSLATE_NOOP("SendTaskModel", "waiting"),
    # the API spells it "procesing"; users read it spelled right
    "procesing": QT_TRANSLATE_NOOP("SendTaskModel", "processing"),
    "completed": QT_TRANSLATE_NOOP("SendTaskModel", "completed"),
    "error": QT_TRANSLATE_NOOP("SendTaskModel", "error"),
    "stuck": QT_TRANSLATE_NOOP("SendTaskModel", "stuck"),
}


def status_text(status: str) -> str:
    """A send task's status in the UI language (the server's word when it is one we do not know)."""
    return QCoreApplication.translate("SendTaskModel", STATUS_TEXT.get(status, status))


def _int_key(text: str | None) -> tuple[int, str]:
    value = text or ""
    return (int(value), "") if value.isdigit() else (1 << 62, value)


def ack_text(ack: Any) -> str:
    """The DSP's acknowledgment in one plain line (``{"FileStatus": ["FileOK"]}`` -> ``FileOK``).

    A ``Reason`` is left out: the error-reason column shows it."""
    if ack is None or ack == "":
        return ""
    if isinstance(ack, dict):
        parts = []
        for key, value in ack.items():
            if key.lower() == "reason":
                continue
            shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
            parts.append(shown if key == "FileStatus" else f"{key}: {shown}")
        return "; ".join(parts)
    if isinstance(ack, list):
        return ", ".join(map(str, ack))
    return str(ack)


# --------------------------------------------------------------------------- send tasks

(COL_TASK, COL_PRODUCT, COL_DSP, COL_TYPE, COL_PRIORITY, COL_STATUS, COL_CREATED, COL_UPDATED,
 COL_ACK, COL_REASON) = range(10)
TASK_HEADERS = (
    QT_TRANSLATE_NOOP("SendTaskModel", "Task"),
    QT_TRANSLATE_NOOP("SendTaskModel", "Product"),
    QT_TRANSLATE_NOOP("SendTaskModel", "DSP"),
    QT_TRANSLATE_NOOP("SendTaskModel", "Type"),
    QT_TRANSLATE_NOOP("SendTaskModel", "Priority"),
    QT_TRANSLATE_NOOP("SendTaskModel", "Status"),
    QT_TRANSLATE_NOOP("SendTaskModel", "Created"),
    QT_TRANSLATE_NOOP("SendTaskModel", "Updated"),
    QT_TRANSLATE_NOOP("SendTaskModel", "Acknowledgment"),
    QT_TRANSLATE_NOOP("SendTaskModel", "Error reason"),
)


class SendTaskModel(QAbstractTableModel):
    """Every send task the dashboard shows; rows keep their order, updates are narrow.

    ``batch_applied`` fires once per :meth:`update_tasks` call, after the narrow ``dataChanged``
    signals, so listeners that summarise the whole table (counts, filters) run once per refresh
    instead of once per changed row range.
    """

    batch_applied = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: list[SendTask] = []
        self._row_of: dict[str, int] = {}
        # the display strings of each row, made when first painted and dropped when the row
        # changes: a repaint is then list look-ups, not string building
        self._cells: list[list[str] | None] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self.product_names: dict[str, str] = {}
        self.product_labels: dict[str, str] = {}  # product id -> label name
        self.dsp_names: dict[str, str] = {}  # dsp-upload-identification id -> DSP name

    # -- data in
    def set_names(self, *, products: dict[str, str] | None = None, labels: dict[str, str] | None = None,
                  dsps: dict[str, str] | None = None) -> None:
        self.product_names.update(products or {})
        self.product_labels.update(labels or {})
        self.dsp_names.update(dsps or {})
        self._cells = [None] * len(self._tasks)
        if self._tasks:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._tasks) - 1, COL_REASON))

    def set_tasks(self, tasks: Iterable[SendTask]) -> None:
        self.beginResetModel()
        self._tasks = list(tasks)
        self._cells = [None] * len(self._tasks)
        if self._sort is not None:
            order = self._sorted_rows(*self._sort)
            self._tasks = [self._tasks[i] for i in order]
        self._row_of = {str(t.id): i for i, t in enumerate(self._tasks)}
        self.endResetModel()

    def update_tasks(self, tasks: Sequence[SendTask]) -> None:
        """Replace known tasks in place (one dataChanged per run of adjacent rows), append new ones."""
        changed: list[int] = []
        new: list[SendTask] = []
        for task in tasks:
            row = self._row_of.get(str(task.id))
            if row is None:
                new.append(task)
            else:
                self._tasks[row] = task
                self._cells[row] = None
                changed.append(row)
        changed.sort()
        last = self.columnCount() - 1
        start = prev = None
        for row in changed:
            if start is None:
                start = prev = row
            elif row == (prev or 0) + 1:
                prev = row
            else:
                self.dataChanged.emit(self.index(start, 0), self.index(prev or start, last))
                start = prev = row
        if start is not None:
            self.dataChanged.emit(self.index(start, 0), self.index(prev or start, last))
        if new:
            first = len(self._tasks)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            for task in new:
                self._row_of[str(task.id)] = len(self._tasks)
                self._tasks.append(task)
                self._cells.append(None)
            self.endInsertRows()
            if self._sort is not None:  # a redelivery takes its place in the sorted order
                self.sort(*self._sort)
        self.batch_applied.emit()

    # -- sorting in Python (docs/ARCHITECTURE.md#item-models: big integers sort right; 1,000 rows in a few ms,
    # where a proxy's lessThan would call back into Python for every comparison)
    def _sort_key(self, row: int, column: int) -> Any:
        if column == COL_TASK:
            return _int_key(self._tasks[row].id)
        return self._row_cells(row)[column].lower() if 0 <= column < len(TASK_HEADERS) else ""

    def _sorted_rows(self, column: int, order: Qt.SortOrder) -> list[int]:
        rows = list(range(len(self._tasks)))
        rows.sort(key=lambda r: (self._sort_key(r, column), _int_key(self._tasks[r].id)),
                  reverse=order == Qt.SortOrder.DescendingOrder)
        return rows

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order) if column >= 0 else None
        if column < 0 or not self._tasks:
            return
        self.layoutAboutToBeChanged.emit()
        new_order = self._sorted_rows(column, order)
        new_row_of_old = {old: new for new, old in enumerate(new_order)}
        self._tasks = [self._tasks[i] for i in new_order]
        self._cells = [self._cells[i] for i in new_order]
        self._row_of = {str(t.id): i for i, t in enumerate(self._tasks)}
        for index in self.persistentIndexList():
            if index.isValid():
                self.changePersistentIndex(
                    index, self.index(new_row_of_old[index.row()], index.column()))
        self.layoutChanged.emit()

    def tasks(self) -> list[SendTask]:
        return list(self._tasks)

    def task(self, row: int) -> SendTask:
        return self._tasks[row]

    def row_of(self, task_id: str) -> int | None:
        return self._row_of.get(str(task_id))

    def dsp_name(self, task: SendTask) -> str:
        key = str(task.dsp_upload_identification_id or "")
        return self.dsp_names.get(key, key)

    def label_name(self, task: SendTask) -> str:
        return self.product_labels.get(str(task.product_id or ""), "")

    # -- Qt interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._tasks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TASK_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return header_text("SendTaskModel", TASK_HEADERS, section, orientation, role)

    def _display(self, task: SendTask, col: int) -> str:
        if col == COL_TASK:
            return str(task.id or "")
        if col == COL_PRODUCT:
            pid = str(task.product_id or "")
            name = self.product_names.get(pid)
            return f"{name} ({pid})" if name else pid
        if col == COL_DSP:
            return self.dsp_name(task)
        if col == COL_TYPE:
            return task.delivery_type or ""
        if col == COL_PRIORITY:
            return task.priority or ""
        if col == COL_STATUS:
            return status_text(task.status or "")
        if col == COL_CREATED:
            return (task.created_at or "").replace("T", " ")[:16]
        if col == COL_UPDATED:
            return (task.updated_at or "").replace("T", " ")[:16]
        if col == COL_ACK:
            return ack_text(task.ack_status_message)
        if col == COL_REASON:
            return task_reason(task) if task.status in ("error", "stuck") else ""
        return ""

    def _row_cells(self, row: int) -> list[str]:
        cells = self._cells[row]
        if cells is None:
            task = self._tasks[row]
            cells = [self._display(task, col) for col in range(len(TASK_HEADERS))]
            self._cells[row] = cells
        return cells

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not 0 <= row < len(self._tasks) or not index.isValid():
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_cells(row)[col]
        task = self._tasks[row]
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_ACK, COL_REASON, COL_PRODUCT):
            return self._row_cells(row)[col] or None
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATUS:
            return STATUS_COLOUR.get(task.status or "")
        if role == OBJECT_ROLE:
            return task
        if role == SORT_ROLE:
            if col == COL_TASK:
                return _int_key(task.id)
            return self._row_cells(row)[col].lower()
        return None


class SendTaskFilter(QSortFilterProxyModel):
    """Filters by status, DSP and label. Sorting is handed to :class:`SendTaskModel` (in Python, keys
    computed once per row); this proxy keeps the source's order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status: str | None = None
        self.dsp: str | None = None
        self.label: str | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)  # a status change must not make rows jump under the cursor

    def set_filters(self, *, status: str | None = None, dsp: str | None = None,
                    label: str | None = None) -> None:
        self.beginFilterChange()
        self.status, self.dsp, self.label = status or None, dsp or None, label or None
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, SendTaskModel):
            return True
        task = model.task(source_row)
        if self.status and (task.status or "") != self.status:
            return False
        if self.dsp and model.dsp_name(task) != self.dsp:
            return False
        return not (self.label and model.label_name(task) != self.label)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, SendTaskModel):
            model.sort(column, order)
        else:
            super().sort(column, order)


# --------------------------------------------------------------------------- readiness findings

COL_SEVERITY, COL_WHERE, COL_PROBLEM, COL_FIX = range(4)
FINDING_HEADERS = (
    QT_TRANSLATE_NOOP("ReadinessModel", "Severity"),
    QT_TRANSLATE_NOOP("ReadinessModel", "Where"),
    QT_TRANSLATE_NOOP("ReadinessModel", "Problem"),
    QT_TRANSLATE_NOOP("ReadinessModel", "Fix"),
)
KIND_TEXT = {
    "product": QT_TRANSLATE_NOOP("ReadinessModel", "Product"),
    "track": QT_TRANSLATE_NOOP("ReadinessModel", "Track"),
    "offer": QT_TRANSLATE_NOOP("ReadinessModel", "Offer"),
    "right": QT_TRANSLATE_NOOP("ReadinessModel", "Rights"),
}


FIELD_TEXT = {
    "upc_code": QT_TRANSLATE_NOOP("ReadinessModel", "UPC"),
    "isrc_code": QT_TRANSLATE_NOOP("ReadinessModel", "ISRC"),
    "front_cover": QT_TRANSLATE_NOOP("ReadinessModel", "cover"),
    "records": QT_TRANSLATE_NOOP("ReadinessModel", "audio master"),
    "dsp_upload_identification_ids": QT_TRANSLATE_NOOP("ReadinessModel", "DSPs"),
    "dsp_ids": QT_TRANSLATE_NOOP("ReadinessModel", "DSPs"),
    "continent_ids": QT_TRANSLATE_NOOP("ReadinessModel", "territories"),
    "parental_advisory": QT_TRANSLATE_NOOP("ReadinessModel", "explicit"),
}


def field_label(name: str | None) -> str:
    """A domain field in words: ``subgenre_id`` -> "subgenre", ``production_line`` -> "production line"."""
    if not name:
        return ""
    if name in FIELD_TEXT:
        return QCoreApplication.translate("ReadinessModel", FIELD_TEXT[name])
    return name.removesuffix("_id").replace("_", " ")


STORE_TEXT = {"apple": QT_TRANSLATE_NOOP("ReadinessModel", "Apple Music"),
              "spotify": QT_TRANSLATE_NOOP("ReadinessModel", "Spotify")}


class ReadinessModel(ListTableModel):
    CONTEXT = "ReadinessModel"
    HEADERS = FINDING_HEADERS

    def set_findings(self, findings: Iterable[Finding]) -> None:
        """Blocking ones first; within each, what every store asks before one store's own rules."""
        self.set_rows(sorted(findings, key=lambda f: (not f.blocks, f.store != "all", f.store)))

    def findings(self) -> list[Finding]:
        return self.rows()

    def finding(self, row: int) -> Finding:
        return self._rows[row]  # type: ignore[no-any-return]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        f: Finding | None = self.item(index)
        if f is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_SEVERITY:
                return (QCoreApplication.translate("ReadinessModel", "blocks") if f.blocks
                        else QCoreApplication.translate("ReadinessModel", "warning"))
            if col == COL_WHERE:
                kind = QCoreApplication.translate("ReadinessModel", KIND_TEXT.get(f.kind, f.kind))
                where = f"{kind} {f.ref.lstrip('#')}" if f.ref and f.kind == "track" else kind
                label = field_label(f.field)
                where = f"{where} · {label}" if label and label.lower() != kind.lower() else where
                store = STORE_TEXT.get(f.store)  # a store's own rule: say whose (docs/STYLE-RULES.md)
                return f"{QCoreApplication.translate('ReadinessModel', store)} · {where}" if store else where
            if col == COL_PROBLEM:
                return render(f.sentence)
            if col == COL_FIX:
                return render(f.fix.label) if f.fix else ""
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_PROBLEM:
            return render(f.sentence)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_SEVERITY:
            return QColor("#c8423b") if f.blocks else QColor("#b7791f")
        if role == OBJECT_ROLE:
            return f
        if role == SORT_ROLE:
            return (not f.blocks, index.row())
        return None


# --------------------------------------------------------------------------- artist preview

COL_NAME, COL_CREDITS, COL_RESOLVES, COL_DSP_IDS, COL_OTHERS = range(5)
ARTIST_HEADERS = (
    QT_TRANSLATE_NOOP("ArtistPreviewModel", "Credited name"),
    QT_TRANSLATE_NOOP("ArtistPreviewModel", "Credited as"),
    QT_TRANSLATE_NOOP("ArtistPreviewModel", "Will resolve to"),
    QT_TRANSLATE_NOOP("ArtistPreviewModel", "DSP ids"),
    QT_TRANSLATE_NOOP("ArtistPreviewModel", "Other same-name artists"),
)


class ArtistPreviewModel(ListTableModel):
    CONTEXT = "ArtistPreviewModel"
    HEADERS = ARTIST_HEADERS

    def set_matches(self, matches: Iterable[ArtistMatch]) -> None:
        self.set_rows(matches)

    def matches(self) -> list[ArtistMatch]:
        return self.rows()

    def match_at(self, row: int) -> ArtistMatch:
        return self._rows[row]  # type: ignore[no-any-return]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        m: ArtistMatch | None = self.item(index)
        if m is None:
            return None
        col = index.column()
        tr = QCoreApplication.translate
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NAME:
                return m.name
            if col == COL_CREDITS:
                return ", ".join(m.credits)
            if col == COL_RESOLVES:
                chosen = m.chosen
                if chosen is None:
                    return tr("ArtistPreviewModel", "a new artist (priority 1)")
                return tr("ArtistPreviewModel", "artist {id} (priority {priority})").format(
                    id=chosen.id, priority=chosen.priority if chosen.priority is not None else "-")
            if col == COL_DSP_IDS:
                return ", ".join(f"{dsp}: {ident}" for dsp, ident in sorted(m.dsp_ids.items()))
            if col == COL_OTHERS:
                return ", ".join(f"{a.id} ({a.priority})" for a in m.candidates[1:])
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_RESOLVES:
            if m.creates_new:
                return QColor("#2f7fd1")
            if m.ambiguous:
                return QColor("#b7791f")
        if role == OBJECT_ROLE:
            return m
        return None
