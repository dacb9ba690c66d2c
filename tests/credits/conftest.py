"""Credits and sheet tests share the sync tests' real store, client and release folders."""

from tests.sync.conftest import checker, client, store  # noqa: F401 - fixtures
