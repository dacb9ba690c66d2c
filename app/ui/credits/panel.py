"""The Credits tab of the track editor (layout only; :mod:`app.ui.credits.controller` decides)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.credits import HUNDRED, TrackCredits, iswc_problem
from app.domain.labelcodes import MAX_DESIGNATION, LabelCodes
from app.platform.messages import render
from app.ui.credits.model import COL_NAME, WritersModel

_ERROR = "color: #b3261e;"


def _names(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p.strip() for p in text.split(";") if p.strip()))


class CreditsPanel(QWidget):
    """Writers and their split (total shown, an error when it is not 100 %), the work's ISWC,
    producers and publishers, and what a store or society would refuse."""

    save_requested = Signal()
    export_requested = Signal()
    assign_isrc_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("creditsPanel")
        self.model = WritersModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("writersTable")
        self.table.setAccessibleName(self.tr("Writers and splits"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(150)
        self.add_button = QPushButton(self.tr("Add Writer"), self)
        self.add_button.setObjectName("addWriter")
        self.remove_button = QPushButton(self.tr("Remove Writer"), self)
        self.remove_button.setObjectName("removeWriter")
        self.total = QLabel(self)
        self.total.setObjectName("splitTotal")
        self.total.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.total)
        writers = QGroupBox(self.tr("Writers and splits"), self)
        wl = QVBoxLayout(writers)
        wl.addWidget(self.table)
        wl.addLayout(buttons)

        self.iswc = QLineEdit(self)
        self.iswc.setObjectName("iswc")
        self.iswc.setAccessibleName(self.tr("ISWC of the work"))
        self.iswc.setPlaceholderText("T-034.524.680-1")
        self.iswc_note = QLabel(self)
        self.iswc_note.setTextFormat(Qt.TextFormat.PlainText)
        self.iswc_note.setStyleSheet(_ERROR)
        self.iswc_note.setWordWrap(True)
        self.instrumental = QCheckBox(self.tr("Instrumental (no lyrics, no lyricist)"), self)
        self.instrumental.setObjectName("instrumental")
        self.producers = QLineEdit(self)
        self.producers.setObjectName("producers")
        self.producers.setAccessibleName(self.tr("Producers"))
        self.producers.setPlaceholderText(self.tr("Names separated by ;"))
        self.publishers = QLineEdit(self)
        self.publishers.setObjectName("publishers")
        self.publishers.setAccessibleName(self.tr("Publishers"))
        self.publishers.setPlaceholderText(self.tr("Names separated by ;"))
        work = QGroupBox(self.tr("Work"), self)
        form = QFormLayout(work)
        form.addRow(self.tr("ISWC"), self.iswc)
        form.addRow("", self.iswc_note)
        form.addRow("", self.instrumental)
        form.addRow(self.tr("Producers"), self.producers)
        form.addRow(self.tr("Publishers"), self.publishers)

        self.findings = QLabel(self)
        self.findings.setObjectName("creditsFindings")
        self.findings.setTextFormat(Qt.TextFormat.PlainText)
        self.findings.setWordWrap(True)
        self.findings.setStyleSheet(_ERROR)
        self.save_button = QPushButton(self.tr("Save Credits"), self)
        self.save_button.setObjectName("saveCredits")
        self.export_button = QPushButton(self.tr("Export Split Sheet…"), self)
        self.export_button.setObjectName("exportSplitSheet")
        self.isrc_button = QPushButton(self.tr("Assign Next ISRC"), self)
        self.isrc_button.setObjectName("assignIsrc")
        self.isrc_button.setToolTip(self.tr("The next free ISRC of the label's range for this year"))
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.export_button)
        actions.addStretch(1)
        actions.addWidget(self.isrc_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(writers, 1)
        layout.addWidget(work)
        layout.addWidget(self.findings)
        layout.addLayout(actions)

        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.model.changed.connect(self.show_total)
        self.iswc.textChanged.connect(self._check_iswc)
        self.save_button.clicked.connect(self.save_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.isrc_button.clicked.connect(self.assign_isrc_requested)
        self.show_total()

    def _add(self) -> None:
        row = self.model.add_writer()
        index = self.model.index(row, COL_NAME)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def _remove(self) -> None:
        self.model.remove_writer(self.table.currentIndex().row())

    def _check_iswc(self, text: str) -> None:
        problem = iswc_problem(text)
        self.iswc_note.setText(render(problem) if problem is not None else "")
        self.iswc_note.setVisible(problem is not None)

    def show_total(self) -> None:
        total: Decimal = self.model.total()
        shares = any(w.share is not None for w in self.model.writers())
        text = format(total.normalize(), "f")
        if shares and total != HUNDRED:
            self.total.setText(self.tr("Total: %1 % — must be 100 %").replace("%1", text))
            self.total.setStyleSheet(_ERROR + " font-weight: 600;")
        else:
            self.total.setText(self.tr("Total: %1 %").replace("%1", text))
            self.total.setStyleSheet("")

    def show_credits(self, credits: TrackCredits) -> None:
        self.model.set_rows(credits.writers)
        self.iswc.setText(credits.iswc)
        self.instrumental.setChecked(credits.instrumental)
        self.producers.setText("; ".join(credits.producers))
        self.publishers.setText("; ".join(credits.publishers))
        self.show_total()

    def credits(self) -> TrackCredits:
        return TrackCredits(writers=self.model.writers(), producers=_names(self.producers.text()),
                            publishers=_names(self.publishers.text()), iswc=self.iswc.text().strip(),
                            instrumental=self.instrumental.isChecked())

    def show_findings(self, sentences: list[str]) -> None:
        self.findings.setText("\n".join(f"• {s}" for s in sentences))
        self.findings.setVisible(bool(sentences))


class LabelCodesBox(QGroupBox):
    """A label's ISRC registrant code and number range, and its GS1 company prefix."""

    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelCodes")
        self.setTitle(self.tr("Codes the label owns"))
        self.registrant = QLineEdit(self)
        self.registrant.setObjectName("isrcRegistrant")
        self.registrant.setAccessibleName(self.tr("ISRC registrant code"))
        self.registrant.setPlaceholderText(self.tr("e.g. FR-Z12"))
        self.first = QSpinBox(self)
        self.first.setObjectName("isrcFirst")
        self.first.setAccessibleName(self.tr("First ISRC number"))
        self.last = QSpinBox(self)
        self.last.setObjectName("isrcLast")
        self.last.setAccessibleName(self.tr("Last ISRC number"))
        for box in (self.first, self.last):
            box.setRange(1, MAX_DESIGNATION)
        self.last.setValue(MAX_DESIGNATION)
        self.gs1 = QLineEdit(self)
        self.gs1.setObjectName("gs1Prefix")
        self.gs1.setAccessibleName(self.tr("GS1 company prefix"))
        self.gs1.setPlaceholderText(self.tr("6 to 11 digits"))
        self.note = QLabel(self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save Codes"), self)
        self.save_button.setObjectName("saveLabelCodes")
        numbers = QHBoxLayout()
        numbers.addWidget(self.first)
        numbers.addWidget(QLabel("–", self))
        numbers.addWidget(self.last)
        form = QFormLayout(self)
        form.addRow(self.tr("ISRC registrant"), self.registrant)
        form.addRow(self.tr("ISRC numbers"), numbers)
        form.addRow(self.tr("GS1 company prefix"), self.gs1)
        form.addRow(self.note)
        form.addRow(self.save_button)
        self.save_button.clicked.connect(self.save_requested)

    def show_codes(self, codes: LabelCodes) -> None:
        self.registrant.setText(codes.isrc_registrant)
        self.first.setValue(codes.isrc_first)
        self.last.setValue(codes.isrc_last)
        self.gs1.setText(codes.gs1_prefix)
        self.note.setText("")

    def codes(self) -> LabelCodes:
        return LabelCodes(self.registrant.text().strip(), self.first.value(), self.last.value(),
                          self.gs1.text().strip())

    def show_note(self, text: str, *, error: bool) -> None:
        self.note.setText(text)
        self.note.setStyleSheet(_ERROR if error else "color: palette(mid);")
