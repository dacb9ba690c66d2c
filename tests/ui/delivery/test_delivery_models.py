"""The delivery item models: Qt's model contract, narrow updates, filters and the poller job."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from app.domain.findings import Edit, Finding, Fix
from app.domain.messages import msg
from app.domain.problems import Problem, Severity
from app.domain.resources import Artist, SendTask
from app.services.artists import ArtistMatch
from app.services.delivery import DeliveryRequest, DeliveryService, StatusPoller
from app.ui.delivery.models import (
    COL_ACK,
    COL_DSP,
    COL_PRODUCT,
    COL_REASON,
    COL_STATUS,
    COL_TASK,
    OBJECT_ROLE,
    ArtistPreviewModel,
    ReadinessModel,
    SendTaskFilter,
    SendTaskModel,
    ack_text,
)
from app.workers.delivery_poller import DeliveryPollerJob
from app.workers.jobs import JobManager
from app.workers.runner import TaskRunner


def tasks(n: int, status: str = "waiting") -> list[SendTask]:
    return [SendTask(id=str(i), status=status, delivery_type="delivery", priority="normal",
                     product_id=str(100 + i % 3), dsp_upload_identification_id="1801" if i % 2 else "1804")
            for i in range(1, n + 1)]


def filled_model() -> SendTaskModel:
    model = SendTaskModel()
    model.set_names(products={"100": "Alpha", "101": "Beta", "102": "Gamma"},
                    labels={"100": "Night Owl", "101": "Night Owl", "102": "Day Lark"},
                    dsps={"1801": "Spotify", "1804": "Deezer"})
    model.set_tasks(tasks(12))
    return model


def test_send_task_model_and_its_filter_keep_the_qt_model_contract(qtmodeltester) -> None:
    model = filled_model()
    qtmodeltester.check(model)
    proxy = SendTaskFilter()
    proxy.setSourceModel(model)
    proxy.set_filters(dsp="Spotify", label="Night Owl")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == sum(1 for t in model.tasks() if t.dsp_upload_identification_id == "1801"
                                   and t.product_id in ("100", "101"))


def test_status_changes_update_only_the_rows_that_changed_in_runs(qtbot) -> None:
    model = filled_model()
    spans: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, roles=(): spans.append((a.row(), b.row())))
    changed = [SendTask(id=i, status="completed", product_id="100", dsp_upload_identification_id="1801")
               for i in ("2", "3", "4", "9")]
    with qtbot.waitSignal(model.rowsInserted):
        model.update_tasks(changed + [SendTask(id="50", status="pending")])
    assert spans == [(1, 3), (8, 8)]
    assert model.rowCount() == 13 and model.row_of("50") == 12
    assert model.index(1, COL_STATUS).data() == "completed"


def test_cells_show_names_ack_and_error_reason_as_plain_text() -> None:
    model = filled_model()
    failed = SendTask(id="7", status="error", product_id="100", dsp_upload_identification_id="1804",
                      ack_status_message={"FileStatus": ["FileError"], "Reason": "No right <b>x</b>"},
                      error_message="No right <b>x</b>")
    model.update_tasks([failed])
    row = model.row_of("7")
    assert model.index(row, COL_PRODUCT).data() == "Alpha (100)"
    assert model.index(row, COL_DSP).data() == "Deezer"
    assert model.index(row, COL_REASON).data() == "No right <b>x</b>"
    assert model.index(row, COL_ACK).data() == "FileError"  # the reason has its own column
    assert model.index(row, COL_TASK).data(OBJECT_ROLE) is failed
    assert ack_text({"FileStatus": ["FileOK"]}) == "FileOK"


def test_task_ids_sort_as_numbers_not_text() -> None:
    model = filled_model()
    proxy = SendTaskFilter()
    proxy.setSourceModel(model)
    proxy.sort(COL_TASK, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, COL_TASK).data() for r in range(3)] == ["1", "2", "3"]
    proxy.sort(COL_TASK, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, COL_TASK).data() == "12"


def test_readiness_model_keeps_the_qt_model_contract(qtmodeltester) -> None:
    readiness = ReadinessModel()
    readiness.set_findings([
        Finding(Problem("offer.subgenre", Severity.ERROR, "No subgenre.", "subgenre_id"), "offer", "9"),
        Finding(Problem("style.featuring", Severity.WARNING, "Write feat.", "title"), "track", "#2",
                Fix(msg("fix.write", text="A (feat. B)"), (Edit("track", "#2", {"title": "A (feat. B)"}),))),
    ])
    qtmodeltester.check(readiness)
    assert readiness.index(0, 0).data() == "blocks"
    assert readiness.index(1, 1).data() == "Track 2 · title"
    assert readiness.index(1, 3).data() == "Write “A (feat. B)”"


def test_artist_preview_model_keeps_the_qt_model_contract(qtmodeltester) -> None:
    artists = ArtistPreviewModel()
    artists.set_matches([
        ArtistMatch("Mira Lane", ["product artist"], [Artist(id="3", name="Mira Lane", priority=7),
                                                      Artist(id="1", name="Mira Lane", priority=2)],
                    {"Spotify": "abc"}),
        ArtistMatch("Jo Newcomer", ["track 1 featuring"]),
    ])
    qtmodeltester.check(artists)
    assert artists.index(0, 2).data() == "artist 3 (priority 7)"
    assert artists.index(1, 2).data() == "a new artist (priority 1)"
    assert artists.index(0, 4).data() == "1 (2)"


def test_poller_job_runs_on_a_worker_and_reports_changes_by_signal(qtbot, api, make_draft) -> None:
    product = make_draft()
    result = DeliveryService(api).deliver(DeliveryRequest(
        product_id=str(product.id), dsps=["Spotify", "Deezer"], subgenre="Pop"))
    runner = TaskRunner()
    manager = JobManager(runner)
    job = DeliveryPollerJob(StatusPoller(api, result.tasks, min_interval=0.1, max_interval=0.3))
    threads: set[int] = set()
    seen: dict[str, str] = {}

    def on_changes(changes) -> None:
        threads.add(threading.get_ident())
        seen.update({str(c.task.id): c.task.status for c in changes})

    job.changed.connect(on_changes)
    with qtbot.waitSignal(job.finished, timeout=20_000) as blocker:
        manager.start("poller", job)
    assert sorted(seen.values()) == ["completed", "completed"]
    assert threads == {threading.get_ident()}  # delivered on the GUI thread
    assert blocker.args[0]["left"] == [] and blocker.args[0]["requests"] >= 1
    runner.wait_idle(5000)


def test_thousands_of_cells_and_signals_leave_none_and_true_referenced(qtbot) -> None:
    """PySide6 6.12 drops a reference to None per Python data() returning None to C++, and to True
    per emit(); on Python 3.11 that aborts the interpreter. The delivery area's guards keep both."""
    import sys

    model = filled_model()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(20):
        for row in range(model.rowCount()):
            for col in range(model.columnCount()):
                model.index(row, col).data(Qt.ItemDataRole.DecorationRole)  # None for every cell
    for _ in range(2000):
        model.batch_applied.emit()
    assert sys.getrefcount(None) >= none_before
    assert sys.getrefcount(True) >= true_before


def test_a_batch_of_many_finished_tasks_gives_one_summary_notification(qtbot) -> None:
    from app.services.delivery import StatusChange
    from app.ui.delivery.controller import DeliveryController
    from app.workers.runner import SyncRunner

    class Recorder:
        def __init__(self) -> None:
            self.messages: list[tuple[str, str, bool]] = []

        def notify(self, title: str, text: str, *, error: bool = False) -> None:
            self.messages.append((title, text, error))

    recorder = Recorder()
    controller = DeliveryController(DeliveryService(None), SyncRunner(), notifier=recorder)
    controller.model.set_tasks(tasks(12))
    finished = [SendTask(id=str(i), status="completed" if i > 2 else "error", product_id="100",
                         dsp_upload_identification_id="1801", error_message="No right.")
                for i in range(1, 13)]
    controller._on_changes([StatusChange(t, "waiting") for t in finished])
    assert recorder.messages == [("Delivered", "10 deliveries completed.", False),
                                 ("Delivery failed", "2 deliveries failed; see the dashboard for the "
                                  "reasons.", True)]
    recorder.messages.clear()
    controller._on_changes([StatusChange(finished[0], "waiting")])
    assert recorder.messages == [("Delivery failed", "100 to 1801: No right.", True)]
    assert controller.model.index(0, COL_STATUS).data() == "error"


def test_sorting_in_python_keeps_the_selection_on_the_same_task(qtbot, qtmodeltester) -> None:
    from app.ui.delivery.controller import DeliveryController
    from app.ui.delivery.dashboard import DeliveryDashboard
    from app.workers.runner import SyncRunner

    controller = DeliveryController(DeliveryService(None), SyncRunner())
    dashboard = DeliveryDashboard(controller)
    qtbot.addWidget(dashboard)
    controller.model.set_names(dsps={"1801": "Spotify", "1804": "Deezer"})
    controller.model.set_tasks(tasks(30))
    qtmodeltester.check(controller.proxy)
    assert dashboard.select_task("7")
    dashboard.table.sortByColumn(COL_DSP, Qt.SortOrder.AscendingOrder)
    assert dashboard.selected_task().id == "7"
    dsps = [controller.proxy.index(r, COL_DSP).data() for r in range(controller.proxy.rowCount())]
    assert dsps == sorted(dsps)
    dashboard.table.sortByColumn(COL_TASK, Qt.SortOrder.DescendingOrder)
    assert [controller.proxy.index(r, COL_TASK).data() for r in range(3)] == ["30", "29", "28"]
    controller.model.update_tasks([SendTask(id="31", status="pending")])  # a redelivery
    assert controller.proxy.index(0, COL_TASK).data() == "31"
    assert dashboard.selected_task().id == "7"
