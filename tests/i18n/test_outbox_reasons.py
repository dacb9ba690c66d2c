"""The outbox keeps an operation's last reason as a message, so the outbox dialog and ``drafts``
show it in the user's language; rows stored as plain text before still read (``docs/MESSAGES.md``)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt

from app.api.client import ApiClient
from app.domain.messages import Message, from_stored, msg, text, to_stored
from app.platform import i18n
from app.services.drafts import DraftsService
from app.store import CatalogStore
from app.sync import SyncEngine
from app.ui.sync.outbox_model import COL_WHY, OutboxModel
from tests.sync.conftest import client, import_release, store  # noqa: F401 - sync fixtures


def test_stored_messages_round_trip_and_plain_text_stays_text() -> None:
    nested = msg("sync.failed", what=msg("outbox.subject.product", name="Neon {Tide}"), error=text("boom"))
    assert from_stored(to_stored(nested)) == nested
    assert from_stored(to_stored(msg("cli.drafts.count", n=3))) == msg("cli.drafts.count", n=3)
    for plain in ("Injected fault", '{"code": 1}', '{"code":"no.such.code","params":{}}', '{"code":'):
        assert from_stored(plain) == plain
    assert from_stored(None) is None and to_stored("server words") == "server words"


def test_a_rejected_reason_renders_in_french_in_the_outbox_and_old_text_rows_still_read(
        store: CatalogStore, client: ApiClient, tmp_path: Path, clean_translation) -> None:  # noqa: F811
    label = store.drafts.create_label(name="Night Shift")
    product = import_release(store, tmp_path / "rel", label, tracks=2)
    missing = Path(store.catalog.tracks(product)[1].master_path or "")
    missing.unlink()
    report = SyncEngine(store.catalog, store.drafts, store.outbox, client, server_backoff=0.05).run()
    assert report.rejected == 1

    (rejected,) = [op for op in store.outbox.operations() if op.state == "rejected"]
    assert isinstance(rejected.error, Message), rejected.error
    assert rejected.error == msg("sync.file_gone.master", path=str(missing))
    model = OutboxModel()
    model.set_operations([rejected])
    why = model.index(0, COL_WHY)
    english = model.data(why, Qt.ItemDataRole.DisplayRole)
    assert english == f"The audio master {missing} is gone; attach the file again."

    i18n.install_translation(clean_translation, "fr")
    french = model.data(why, Qt.ItemDataRole.DisplayRole)
    assert french == f"Le master audio {missing} a disparu ; joignez à nouveau le fichier."
    # the drafts listing renders the same reason; its --json stays English
    lines = DraftsService(store.catalog, store.drafts, store.outbox).lines()
    (line,) = [d for d in lines if d.state == "rejected" and d.reasons]
    assert line.to_json()["reasons"] == [english]

    # a row written before reasons were messages holds plain English: it reads back as that text
    path = store.outbox.path
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE outbox SET error = ? WHERE id = ?", ("Old English reason.", rejected.id))
    old = store.outbox.operation(rejected.id)
    assert old is not None and old.error == "Old English reason."
    model.set_operations([old])
    assert model.data(model.index(0, COL_WHY), Qt.ItemDataRole.DisplayRole) == "Old English reason."
