"""Import a real tagged folder, then ``releasedesk review`` it: the store rules' findings, with their
fixes, come out of the CLI as text and JSON; lyrics (LYRICS tag and a .lrc beside the file) arrive."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from mutagen.flac import FLAC

from app.cli import main
from app.domain.lyrics import parse_lrc
from app.services.review import FINDING_SOURCES, ReviewService
from app.store import catalog_for_profile
from app.store.lyrics import SyncedLyricsStore
from tests.sync.release import TrackSpec, isrc, make_release, upc

LRC = "[ar:Ada Vale]\n[00:00.20]City lights are calling\n[00:00.60]We drive into the night\n"


def _folder(tmp_path: Path) -> Path:
    folder = make_release(tmp_path / "Night Drive", [
        TrackSpec("Night Drive (Original Mix)", 1, 1, isrc(1)),
        TrackSpec("Track 2", 2, 1, isrc(2)),
    ], album="Night Drive", barcode=upc(3))
    first = sorted(folder.glob("*.flac"))[0]
    (folder / (first.stem + ".lrc")).write_text(LRC, encoding="utf-8")
    second = FLAC(sorted(folder.glob("*.flac"))[1])
    second["LYRICS"] = "[Chorus]\ntrack two words,\nSecond line"
    second.save()
    return folder


def _import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["import", str(_folder(tmp_path)), "--label", "7", "--language", "5",
                 "--product-type", "1", "--no-check", "--json"]) == 0
    return str(json.loads(capsys.readouterr().out)["draft"])


def test_import_then_review_reports_banned_word_and_generic_title_with_fixes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = _import(tmp_path, capsys)
    code = main(["review", draft, "--json"])
    document = json.loads(capsys.readouterr().out)
    assert code == 1  # a banned word blocks (and the draft is not on the server yet)
    findings = document["findings"]
    assert all(set(f) >= {"code", "severity", "field", "message", "fix"} for f in findings)
    by_code = {f["code"]: f for f in findings}
    banned = by_code["style.banned_word"]
    assert banned["severity"] == "error" and banned["field"] == "title"
    assert "Original Mix" in banned["message"]
    assert banned["fix"]["edits"][0]["changes"] == {"title": "Night Drive"}
    lyricist = [f for f in findings if f["code"] == "credits.lyricist_missing"]
    assert lyricist and {f["ref"] for f in lyricist} <= {"#1", "#2"}  # lyrics, and nobody wrote them
    generic = by_code["style.generic_title"]
    assert "Track 2" in generic["message"] and generic["fix"] is None  # only the user knows the title
    # lyrics came in: the tag's section label and line-end comma are Apple findings with a fix
    lyric_codes = {f["code"] for f in findings if f["code"].startswith("lyrics.")}
    assert {"lyrics.section_label", "lyrics.line_end", "lyrics.capital"} <= lyric_codes
    assert all(f["store"] == "apple" for f in findings if f["code"].startswith("lyrics."))

    # the same as text, grouped by store, with the fix named
    assert main(["review", draft]) == 1
    out = capsys.readouterr().out
    assert "Every store" in out and "Apple Music" in out
    assert "Fix: Write “Night Drive”" in out

    # Spotify's review leaves Apple's lyrics rules out
    main(["review", draft, "--json", "--store", "spotify"])
    spotify = {f["code"] for f in json.loads(capsys.readouterr().out)["findings"]}
    assert "style.banned_word" in spotify and not {c for c in spotify if c.startswith("lyrics.")}


def test_import_keeps_plain_and_synced_lyrics(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = _import(tmp_path, capsys)
    store = catalog_for_profile("default")
    try:
        rows = store.catalog.tracks(draft)
        first = store.catalog.track(rows[0].local_id)
        assert first.lyrics == "City lights are calling\nWe drive into the night"
        synced = SyncedLyricsStore(store.db).synced(rows[0].local_id)
        assert synced is not None and parse_lrc(synced) == parse_lrc(LRC)
        second = store.catalog.track(rows[1].local_id)
        assert second.lyrics == "[Chorus]\ntrack two words,\nSecond line"
        assert SyncedLyricsStore(store.db).synced(rows[1].local_id) is None
    finally:
        store.close()


def test_a_bad_lrc_refuses_the_import_with_its_line_and_creates_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder(tmp_path)
    next(folder.glob("*.lrc")).write_text("[00:01.00]ok\nnot a timed line\n", encoding="utf-8")
    assert main(["import", str(folder), "--label", "7", "--no-check"]) == 1
    err = capsys.readouterr().err
    assert ".lrc, line 2" in err and "Traceback" not in err
    assert main(["drafts", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["drafts"] == []


def test_review_of_an_unknown_id_is_one_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", "product:n-nothing"]) == 2
    err = capsys.readouterr().err
    assert "no draft or product" in err and "releasedesk drafts" in err


def test_a_registered_source_plugs_in_with_one_line(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from app.domain.findings import warning
    from app.domain.messages import msg

    draft = _import(tmp_path, capsys)
    sources = dict(FINDING_SOURCES)
    sources["extra"] = lambda ctx: [warning("extra.check", msg("review.none"), ref=ctx.product_local_id)]
    store = catalog_for_profile("default")
    try:
        service = ReviewService.from_store(store)
        plain = {f.code for f in service.review(draft)}
        service.sources = sources
        extended = {f.code for f in service.review(draft)}
    finally:
        store.close()
    assert "extra.check" not in plain and extended == plain | {"extra.check"}


def test_a_fix_is_written_to_the_draft_and_the_finding_goes(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    draft = _import(tmp_path, capsys)
    store = catalog_for_profile("default")
    try:
        service = ReviewService.from_store(store)
        banned = next(f for f in service.review(draft) if f.code == "style.banned_word")
        assert banned.fix is not None and service.apply_fix(draft, banned.fix) == 1
        assert store.catalog.track(store.catalog.tracks(draft)[0].local_id).title == "Night Drive"
        assert "style.banned_word" not in {f.code for f in service.review(draft)}
        assert any(op.op == "update" or op.op == "create" for op in store.outbox.operations())
    finally:
        store.close()


def test_review_of_a_product_on_the_server(demo_sandbox, monkeypatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    import io
    import sys

    from app.domain.resources import Product
    from app.services.session import open_client

    monkeypatch.setattr(sys, "stdin", io.StringIO(demo_sandbox.password + "\n"))
    assert main(["login", "--server", demo_sandbox.base_url, "--email", demo_sandbox.email,
                 "--password-stdin"]) == 0
    capsys.readouterr()
    _profile, client = open_client("default")
    product = next(p for p in client.list(Product) if p.status == "draft")
    code = main(["review", str(product.id), "--json", "--store", "apple"])
    document = json.loads(capsys.readouterr().out)
    assert code == (1 if any(f["severity"] == "error" for f in document["findings"]) else 0)
    assert document["store"] == "apple"
    assert all(f["store"] in ("all", "apple") for f in document["findings"])
    # the server's view: offers and rights are judged (the demo's drafts lack a validated offer)
    kinds = {f["kind"] for f in document["findings"]}
    assert kinds <= {"product", "track", "offer", "right"}
    assert main(["review", "999999", "--json"]) == 1
    assert "999999" in capsys.readouterr().err


def _music(seconds: float, seed: int) -> np.ndarray:
    """Real-sounding material: a new chord every 250 ms with a little noise (a fingerprint needs change)."""
    rate = 44100
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(int(seconds * 4)):
        t = np.arange(rate // 4) / rate
        notes = rng.choice([220, 247, 262, 294, 330, 349, 392, 440, 494, 523, 587, 659], 3)
        chord = sum(np.sin(2 * np.pi * f * t) for f in notes) / 3
        out.append(0.4 * chord * np.hanning(t.size) + 0.005 * rng.standard_normal(t.size))
    mono = np.concatenate(out)
    return np.stack([mono, mono], axis=1)


def _release_of(folder: Path, audio: np.ndarray, title: str, code: str, barcode: str,
                subtype: str = "PCM_24") -> Path:
    import soundfile

    folder.mkdir(parents=True)
    path = folder / "01.flac"
    soundfile.write(path, audio, 44100, subtype=subtype)
    tags = FLAC(path)
    for key, value in (("TITLE", title), ("ARTIST", "Ada Vale"), ("ALBUM", title), ("TRACKNUMBER", "1"),
                       ("ISRC", code), ("BARCODE", barcode), ("DATE", "2026")):
        tags[key] = value
    tags.save()
    return folder


def test_the_same_audio_under_another_isrc_is_found_from_the_qc_fingerprints(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A master imported (and checked) once, then the same audio, 16-bit and 3 dB quieter, under a new ISRC
    in another release: review names the duplicate; a different piece under a third ISRC is left alone."""
    audio = _music(12, seed=1)
    drafts = []
    for name, samples, code, barcode, subtype in (
            ("Harbour", audio, isrc(11), upc(11), "PCM_24"),
            ("Harbour Again", audio * 10 ** (-3 / 20), isrc(12), upc(12), "PCM_16"),
            ("Something Else", _music(12, seed=2), isrc(13), upc(13), "PCM_24")):
        folder = _release_of(tmp_path / name, samples, name, code, barcode, subtype)
        assert main(["import", str(folder), "--label", "7", "--language", "5", "--product-type", "2",
                     "--json"]) in (0, 1)
        drafts.append(str(json.loads(capsys.readouterr().out)["draft"]))
    main(["review", drafts[1], "--json"])
    found = json.loads(capsys.readouterr().out)["findings"]
    again = [f for f in found if f["code"] == "codes.duplicate_audio"]
    assert len(again) == 1 and "Harbour" in again[0]["message"] and again[0]["severity"] == "warning"
    main(["review", drafts[2], "--json"])
    other = json.loads(capsys.readouterr().out)["findings"]
    assert not [f for f in other if f["code"].startswith("codes.duplicate")]
