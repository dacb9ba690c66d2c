"""The Trends view's tests use the trends tests' demo sandbox and signed-in client."""

from tests.trends.conftest import client, trends_sandbox  # noqa: F401 - fixtures shared by name
