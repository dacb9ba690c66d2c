"""Screenshot of the track editor with a master's picture: ``python -m tests.ui.editors.screenshot_waveform``.

Writes resources/screenshots/waveform.png: a real generated master (silence in front, a clipped passage,
a quieter bridge) checked by the same code the editor runs on its task runner.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="waveform-shot-"))
    os.environ["RELEASEDESK_HOME"] = str(home)
    out = Path(__file__).resolve().parents[3] / "resources" / "screenshots" / "waveform.png"

    import numpy as np
    import soundfile as sf
    from PySide6.QtWidgets import QApplication

    from app.ui.common.choices import ChoiceModel
    from app.ui.editors.controller import _format_properties, _verdict, inspect_master
    from app.ui.editors.views import TrackEditor
    from tests.fixtures.media import music

    app = QApplication.instance() or QApplication(sys.argv[:1])
    rate = 44100
    song = music(150.0, rate, 2, level=0.7, seed=21)
    t = np.arange(song.shape[0]) / rate
    shape = np.interp(t, [0, 4, 5, 60, 70, 95, 100, 150], [0, 0, 0.6, 0.7, 0.35, 0.35, 1.0, 1.0])
    song *= shape[:, None]
    hot = (t > 118) & (t < 121)
    song[hot] = np.clip(song[hot] * 3.0, -1.0, 1.0)
    master = home / "Night Drive (master).flac"
    sf.write(str(master), song, rate, subtype="PCM_24")
    report = inspect_master(master, True)

    languages = ChoiceModel("—")
    languages.set_choices([("4", "English")])
    editor = TrackEditor([("main_artist", "Main artist")], languages)
    editor.form.fields["title"].widget.setText("Night Drive")
    editor.form.fields["isrc_code"].widget.setText("GBAYE2600001")
    well = editor.audio
    well.show_properties(_format_properties(report.properties, master))
    text, level, problems = _verdict(report)
    well.set_verdict(text, level, problems)
    well.show_picture(report.picture)
    editor.resize(1180, 900)
    editor.show()
    app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    editor.grab().save(str(out))
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
