"""Tools → Report…: the manager's report of a period, as PDF and/or XLSX (issue 11).

The period, the counting step, the language, where to write and which records to count (the
Statistics tab's filters, set as the tab has them when the window passes them in) are chosen
here; counting and drawing run on a worker thread (QThreadPool), so the window stays usable,
and the dialog then says where it wrote. Every control is reached with Tab or its Alt key and
has a spoken name.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QDate,
    QLocale,
    QObject,
    QRunnable,
    QStandardPaths,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.statistics import (
    FIRST_REPORT_DAY,
    LAST_REPORT_DAY,
    MAX_REPORT_PERIODS,
    Granularity,
    StatisticsFilter,
    StatisticsQuery,
)
from desk_app.services.report import FILTERS, ReportError, ReportService, WrittenReport
from desk_app.services.statistics import default_granularity
from desk_app.ui.plumbing.accessibility import announce, describe
from desk_app.ui.plumbing.i18n import current_language, mark_as_data, native_name
from desk_app.ui.plumbing.qt_values import as_item_data, chosen_value

logger = logging.getLogger(__name__)
# A filter's items carry "=" + the value ("=" alone: the records that say nothing); "All" has
# no value (as on the Statistics tab).
_PICK = "="


@dataclass(frozen=True)
class ReportRequest:
    """What one run of the dialog asks for."""

    query: StatisticsQuery
    language: str
    pdf: Path | None
    xlsx: Path | None


class _JobSignals(QObject):
    finished = Signal(object)  # WrittenReport
    failed = Signal(str)


class ReportJob(QRunnable):
    """Counts and writes one report off the UI thread; reports back through signals."""

    def __init__(self, reports: ReportService, request: ReportRequest) -> None:
        super().__init__()
        self.reports, self.request = reports, request
        self.signals = _JobSignals()

    def run(self) -> None:
        from desk_app.services import StoreError

        request = self.request
        try:
            written = self.reports.write(
                request.query, request.language, pdf=request.pdf, xlsx=request.xlsx
            )
        except (ReportError, StoreError) as error:
            self.signals.failed.emit(str(error))  # paths and reasons: no personal data
            return
        except Exception as error:  # a bug must not vanish with the worker thread
            logger.exception("The report could not be made")
            self.signals.failed.emit(type(error).__name__)
            return
        self.signals.finished.emit(written)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportDialog(QDialog):
    """Choose a period and files; "Create report" writes them without blocking the window."""

    written = Signal(object)  # WrittenReport, once the files are in place
    failed = Signal(str)

    def __init__(
        self,
        reports: ReportService,
        today: date,
        parent: QWidget | None = None,
        *,
        counted: StatisticsFilter | None = None,
    ) -> None:
        """``counted``: the filters to start with (the Statistics tab's); None counts all."""
        super().__init__(parent)
        self.reports = reports
        self.job: ReportJob | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        first = today.replace(day=1)
        self.first_day = QDateEdit(_qdate(first))
        self.last_day = QDateEdit(_qdate(today))
        for edit in (self.first_day, self.last_day):
            edit.setDisplayFormat("yyyy-MM-dd")  # the report's own format, in every language
            edit.setCalendarPopup(True)
            # The days `desk-app report` takes too: beyond them no period can be counted.
            edit.setDateRange(_qdate(FIRST_REPORT_DAY), _qdate(LAST_REPORT_DAY))
        self.granularity = QComboBox()
        for step in Granularity:
            self.granularity.addItem("", as_item_data(step.value))
        # Suggested by the period's length (as `desk-app report` without --by) until the
        # worker picks a step themself.
        self.step_chosen = False
        self.granularity.activated.connect(self._step_picked)
        self.language = QComboBox()
        languages = reports.languages()
        for code in languages:
            self.language.addItem(native_name(code), code)
        screen = current_language()
        self.language.setCurrentIndex(languages.index(screen if screen in languages else "sv"))
        mark_as_data(self.language)  # each language's name is in that language
        self.pdf = QCheckBox()
        self.pdf.setChecked(True)
        self.xlsx = QCheckBox()
        self.xlsx.setChecked(True)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.path = QLineEdit(str(Path(documents or Path.home()) / "feedback-report"))
        self.choose = QPushButton()
        self.choose.setAutoDefault(False)  # Enter in the form creates the report, not this
        self.choose.clicked.connect(self.choose_file)
        # Made after the fields above: Tab reaches the filters after "Save as", as they stand.
        self.filters = QGroupBox()
        self.filter_boxes = {name: QComboBox() for name in FILTERS}
        self._fill_filters(counted or StatisticsFilter())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.create_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.create_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        self.labels = {name: QLabel() for name in ("from", "to", "by", "language", "file")}
        for name, field in (
            ("from", self.first_day),
            ("to", self.last_day),
            ("by", self.granularity),
            ("language", self.language),
            ("file", self.path),
        ):
            self.labels[name].setBuddy(field)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.choose)
        form = QFormLayout()
        form.addRow(self.labels["from"], self.first_day)
        form.addRow(self.labels["to"], self.last_day)
        form.addRow(self.labels["by"], self.granularity)
        form.addRow(self.labels["language"], self.language)
        form.addRow(self.pdf)
        form.addRow(self.xlsx)
        form.addRow(self.labels["file"], where)
        self.filter_labels = {name: QLabel() for name in FILTERS}
        which = QFormLayout(self.filters)
        for name, combo in self.filter_boxes.items():
            self.filter_labels[name].setBuddy(combo)
            which.addRow(self.filter_labels[name], combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.filters)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        # Only now does the button know its dialog: Enter anywhere in the form creates.
        self.create_button.setDefault(True)
        for edit in (self.first_day, self.last_day):
            edit.dateChanged.connect(self._suggest_step)
        self._suggest_step()
        self.first_day.setFocus()
        self.retranslate()
        self.resize(560, self.sizeHint().height())

    def retranslate(self) -> None:
        """Every text in the screen language."""
        self.setWindowTitle(self.tr("Report"))
        self.labels["from"].setText(self.tr("&From"))
        self.labels["to"].setText(self.tr("&To"))
        self.labels["by"].setText(self.tr("Count &per"))
        self.labels["language"].setText(self.tr("&Language"))
        self.labels["file"].setText(self.tr("Save &as"))
        for index, text in enumerate((self.tr("Day"), self.tr("Week"), self.tr("Month"))):
            self.granularity.setItemText(index, text)
        self.pdf.setText(self.tr("PDF (A4, charts and tables)"))
        self.xlsx.setText(self.tr("Spreadsheet (XLSX, one sheet per table)"))
        self.choose.setText(self.tr("C&hoose…"))
        self.create_button.setText(self.tr("&Create report"))
        describe(self.first_day, self.tr("From"), self.tr("The period's first day."))
        describe(self.last_day, self.tr("To"), self.tr("The period's last day (included)."))
        describe(
            self.granularity,
            self.tr("Count per"),
            self.tr("Count the records per day, week or month."),
        )
        describe(self.language, self.tr("Language"), self.tr("The report's language."))
        describe(self.pdf, self.pdf.text(), self.tr("Write the report as a PDF to print."))
        describe(self.xlsx, self.xlsx.text(), self.tr("Write the tables as a spreadsheet (XLSX)."))
        describe(
            self.path,
            self.tr("Save as"),
            self.tr("Folder and file name; .pdf and .xlsx are added."),
        )
        describe(self.choose, self.choose.text(), self.tr("Choose the folder and file name."))
        describe(
            self.create_button,
            self.create_button.text(),
            self.tr("Count the period and write the files."),
        )
        describe(self.status, self.tr("Report status"), self.tr("What the report run did."))
        self.filters.setTitle(self.tr("Records counted"))
        captions = {
            "kind": (self.tr("&Kind"), self.tr("Kind")),
            "category": (self.tr("Categor&y"), self.tr("Category")),
            "unit": (self.tr("&Unit"), self.tr("Unit")),
            "channel": (self.tr("Cha&nnel"), self.tr("Channel")),
            "submitter_type": (self.tr("&Submitted by"), self.tr("Submitted by")),
        }
        for name, (caption, spoken) in captions.items():
            self.filter_labels[name].setText(caption)
            describe(
                self.filter_boxes[name],
                spoken,
                self.tr("Count only the records with this value; All counts every record."),
            )
            self.filter_boxes[name].setItemText(0, self.tr("All"))

    def _fill_filters(self, counted: StatisticsFilter) -> None:
        """Each filter's values, named in the screen language, with ``counted``'s chosen."""
        choices = self.reports.filter_choices(current_language())
        for name, combo in self.filter_boxes.items():
            combo.addItem("", as_item_data(None))  # "All", named by retranslate
            for value, text in choices[name].items():
                combo.addItem(text, _PICK + value)
            wanted = getattr(counted, name)
            if wanted is None:
                continue
            if combo.findData(_PICK + wanted) < 0:  # a value this desk no longer lists
                combo.addItem(wanted, _PICK + wanted)
            combo.setCurrentIndex(combo.findData(_PICK + wanted))

    def counted(self) -> StatisticsFilter:
        """The filters as chosen."""
        picked: dict[str, str] = {}
        for name, combo in self.filter_boxes.items():
            value = chosen_value(combo)
            if isinstance(value, str) and value.startswith(_PICK):
                picked[name] = value[len(_PICK) :]
        return StatisticsFilter(**picked)

    def _step_picked(self, _index: int) -> None:
        self.step_chosen = True

    def _suggest_step(self) -> None:
        first, last = _day(self.first_day.date()), _day(self.last_day.date())
        if self.step_chosen or last < first:
            return
        step = default_granularity(first, last)
        self.granularity.setCurrentIndex(list(Granularity).index(step))

    def choose_file(self) -> None:
        """Pick the folder and the file name (the extensions are added)."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the report as"), self.path.text()
        )
        if chosen:
            self.path.setText(chosen)

    def request(self) -> ReportRequest | None:
        """What the fields ask for; None (after saying why) when it cannot be made."""
        first, last = _day(self.first_day.date()), _day(self.last_day.date())
        if last < first:
            self._say(self.tr("The period ends before it starts."))
            self.last_day.setFocus()
            return None
        if not (self.pdf.isChecked() or self.xlsx.isChecked()):
            self._say(self.tr("Choose PDF, a spreadsheet or both."))
            self.pdf.setFocus()
            return None
        text = self.path.text().strip()
        if not text:
            self._say(self.tr("Say where to save the report."))
            self.path.setFocus()
            return None
        base = Path(text).expanduser()
        if base.suffix.lower() in (".pdf", ".xlsx"):
            base = base.with_suffix("")
        step = Granularity(chosen_value(self.granularity) or Granularity.DAY.value)
        query = StatisticsQuery(first, last, step, self.counted())
        if query.period_count() > MAX_REPORT_PERIODS:
            self._say(
                self.tr(
                    "That is {count} parts; a report shows at most {most}. Choose a longer "
                    "step or a shorter period."
                ).format(
                    # In the screen language's digits, as the rest of the window counts.
                    count=QLocale().toString(query.period_count()),
                    most=QLocale().toString(MAX_REPORT_PERIODS),
                )
            )
            self.granularity.setFocus()
            return None
        return ReportRequest(
            query,
            str(chosen_value(self.language) or "sv"),
            base.with_name(base.name + ".pdf") if self.pdf.isChecked() else None,
            base.with_name(base.name + ".xlsx") if self.xlsx.isChecked() else None,
        )

    def start(self) -> None:
        """Count and write in the background; the button waits until it is done."""
        if self.job is not None:
            return
        request = self.request()
        if request is None:
            return
        self.job = ReportJob(self.reports, request)
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        self.create_button.setEnabled(False)
        self._say(self.tr("Counting and writing the report…"))
        self.pool.start(self.job)

    def _finished(self, written: WrittenReport) -> None:
        self.job = None
        self.create_button.setEnabled(True)
        where = "\n".join(str(path) for path in written.paths)
        self._say(
            self.tr("Report written ({records} records, {visits} rated visits):\n{where}").format(
                records=written.total, visits=written.ratings_total, where=where
            )
        )
        self.written.emit(written)

    def _failed(self, reason: str) -> None:
        self.job = None
        self.create_button.setEnabled(True)
        self._say(self.tr("The report could not be made: {reason}").format(reason=reason))
        self.failed.emit(reason)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        announce(self.status, text)

    def done(self, result: int) -> None:
        # A report being written is finished first: its files must not be left half-made.
        self.pool.waitForDone()
        super().done(result)
