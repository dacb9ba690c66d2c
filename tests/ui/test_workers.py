"""The one way off the GUI thread: results come back on the GUI thread, ordered writes stay ordered,
jobs report progress and can be cancelled."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread

from app.workers.jobs import Job, JobManager
from app.workers.runner import SyncRunner, TaskRunner


def test_task_result_arrives_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    gui = QThread.currentThread()
    seen = {}

    def work():
        seen["worker"] = QThread.currentThread() is not gui
        return 41 + 1

    def done(result, error):
        seen["result"], seen["error"] = result, error
        seen["callback_on_gui"] = QThread.currentThread() is gui

    runner.run_task(work, done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen == {"worker": True, "result": 42, "error": None, "callback_on_gui": True}


def test_task_error_is_handed_to_the_callback_not_raised(qtbot):
    runner = TaskRunner()
    got = []

    def work():
        raise ValueError("the file is gone")

    runner.run_task(work, lambda r, e: got.append((r, e)))
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    result, error = got[0]
    assert result is None and isinstance(error, ValueError) and str(error) == "the file is gone"


def test_ordered_tasks_run_one_after_another_in_submission_order(qtbot):
    runner = TaskRunner()
    order: list[int] = []
    active = []
    overlaps = []
    finished = []

    def make(i):
        def work():
            active.append(i)
            if len(active) > 1:
                overlaps.append(tuple(active))
            time.sleep(0.005 * (5 - i % 5))  # earlier tasks take longer: order must still hold
            order.append(i)
            active.remove(i)
        return work

    for i in range(10):
        runner.run_task(make(i), lambda r, e: finished.append(e), ordered=True)
    qtbot.waitUntil(lambda: len(finished) == 10, timeout=10000)
    assert order == list(range(10))
    assert overlaps == []
    assert finished == [None] * 10


def test_sync_runner_runs_at_once_and_reports_errors_through_the_callback():
    runner = SyncRunner()
    got = []
    runner.run_task(lambda: 7, lambda r, e: got.append((r, e)))
    runner.run_task(lambda: 1 / 0, lambda r, e: got.append((r, type(e))))
    assert got == [(7, None), (None, ZeroDivisionError)]
    with pytest.raises(ZeroDivisionError):
        runner.run_task(lambda: 1 / 0)


def test_job_reports_progress_and_finishes_with_its_result(qtbot):
    manager = JobManager(TaskRunner())
    progress = []

    def work(report, cancel):
        for i in range(1, 4):
            report(i, 3, f"step {i}")
            time.sleep(0.06)  # longer than the throttle so every report gets through
        return "all sent"

    job = Job("sync", work)
    job.progress.connect(lambda d, t, text: progress.append((d, t, text)))
    with qtbot.waitSignal(job.finished, timeout=5000) as blocker:
        assert manager.start("sync", job) is job
        assert manager.start("sync", Job("sync", work)) is None  # one sync at a time
    assert blocker.args == ["all sent"]
    assert progress[-1] == (3, 3, "step 3")
    assert manager.running("sync") is None


def test_job_progress_is_throttled_so_a_flood_of_reports_cannot_stall_the_gui(qtbot):
    manager = JobManager(TaskRunner())
    progress = []

    def work(report, cancel):
        for i in range(100_000):
            report(i, 100_000, "")
        report(100_000, 100_000, "")

    job = Job("upload", work)
    job.progress.connect(lambda d, t, text: progress.append(d))
    with qtbot.waitSignal(job.finished, timeout=10000):
        manager.start("upload", job)
    qtbot.wait(50)
    assert progress[-1] == 100_000
    assert len(progress) < 200


def test_cancelled_job_stops_and_says_so(qtbot):
    manager = JobManager(TaskRunner())
    started = threading.Event()

    def work(report, cancel):
        started.set()
        while not cancel.is_set():
            time.sleep(0.01)
        return "stopped early"

    job = Job("sync", work)
    finished = []
    job.finished.connect(finished.append)
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        manager.start("sync", job)
        assert started.wait(5)
        manager.cancel("sync")
    assert finished == []
