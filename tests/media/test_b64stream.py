"""The streaming base64 body: exact encoding, known length, re-iterable, progress, cancel, changes."""

from __future__ import annotations

import base64
import hashlib
import os
import threading

import pytest

from app.media.b64stream import Base64JsonBody, FileChangedError, StreamCancelled, encoded_length


@pytest.fixture
def blob(tmp_path):
    def make(size: int):
        path = tmp_path / f"blob-{size}.bin"
        path.write_bytes(os.urandom(size))
        return path
    return make


@pytest.mark.parametrize("size", [1, 2, 3, 4, 5, 3 * 1024, 3 * 1024 + 1, 3 * 1024 + 2, 100_003])
def test_stream_equals_base64_of_whole_file_with_prefix_and_suffix(blob, size):
    path = blob(size)
    body = Base64JsonBody(path, b'{"f":"', b'"}', chunk_size=3 * 1024)
    out = b"".join(body)
    assert out == b'{"f":"' + base64.b64encode(path.read_bytes()) + b'"}'
    assert len(out) == body.content_length == len(body)
    assert encoded_length(size) == len(base64.b64encode(path.read_bytes()))


def test_chunk_size_must_be_multiple_of_three(blob):
    with pytest.raises(ValueError, match="multiple of 3"):
        Base64JsonBody(blob(10), chunk_size=1000)


def test_body_can_be_iterated_again_for_a_retry(blob):
    body = Base64JsonBody(blob(10_000), b"[", b"]", chunk_size=300)
    first, second = b"".join(body), b"".join(body)
    assert first == second and body.passes == 2
    assert iter(body) is not iter(body)  # a fresh generator each time, not a consumed one


def test_md5_and_progress_report_the_file_bytes(blob):
    path = blob(9_001)
    seen: list[tuple[int, int]] = []
    body = Base64JsonBody(path, chunk_size=3_000, progress=lambda done, total: seen.append((done, total)))
    b"".join(body)
    assert body.md5 == hashlib.md5(path.read_bytes()).hexdigest()
    assert seen[0] == (0, 9_001) and seen[-1] == (9_001, 9_001)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_cancel_stops_the_stream(blob):
    cancel = threading.Event()
    body = Base64JsonBody(blob(30_000), chunk_size=3_000, cancel=cancel)
    it = iter(body)
    next(it)
    next(it)
    cancel.set()
    with pytest.raises(StreamCancelled):
        list(it)


def test_a_file_that_grows_during_the_stream_is_detected(blob):
    path = blob(9_000)
    body = Base64JsonBody(path, chunk_size=3_000)
    it = iter(body)
    next(it)  # prefix
    next(it)  # first chunk
    with open(path, "ab") as fh:
        fh.write(b"more audio")
    with pytest.raises(FileChangedError, match="changed while it was being sent"):
        list(it)


def test_a_file_that_shrinks_during_the_stream_is_detected(blob):
    path = blob(9_000)
    body = Base64JsonBody(path, chunk_size=3_000)
    it = iter(body)
    next(it)
    os.truncate(path, 4_000)
    with pytest.raises(FileChangedError, match="shrank"):
        list(it)


def test_a_file_rewritten_in_place_with_the_same_size_is_detected(blob):
    path = blob(6_000)
    body = Base64JsonBody(path, chunk_size=3_000)
    it = iter(body)
    next(it)
    next(it)
    with open(path, "r+b") as fh:
        fh.seek(5_000)
        fh.write(b"x" * 10)
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    with pytest.raises(FileChangedError):
        list(it)
