"""The session service both faces sign in through (the GUI's dialogs and ``releasedesk login``)."""

from __future__ import annotations

from app.platform.profiles import ProfileStore
from app.services import session as sessions


def test_sign_in_saves_the_profile_and_leaves_a_signed_in_client(sandbox, releasedesk_home):
    profile, client = sessions.sign_in(sandbox.base_url, sandbox.email, None, sandbox.password, "work")
    with client:
        assert client.logged_in
        assert sessions.who_am_i(client).user is not None
    assert ProfileStore().load("work").server_url == profile.server_url


def test_signing_in_without_the_file_opt_in_removes_a_stale_token_file(sandbox, releasedesk_home):
    """The GUI signs in through the same service as the CLI, so it cleans up the file copy too."""
    _profile, client = sessions.sign_in(sandbox.base_url, sandbox.email, None, sandbox.password,
                                        token_in_file=True)
    client.close()
    secrets_file = releasedesk_home / "config" / "secrets.json"
    assert "default:token" in secrets_file.read_text()
    _profile, client = sessions.sign_in(sandbox.base_url, sandbox.email, "", sandbox.password)
    client.close()
    assert "default:token" not in secrets_file.read_text()


def test_an_opened_session_closes_its_store_and_client(sandbox, releasedesk_home):
    _profile, client = sessions.sign_in(sandbox.base_url, sandbox.email, None, sandbox.password, "work")
    client.close()
    with sessions.Session.open("work", online=True) as session:
        assert session.client is not None and session.client.logged_in
        assert session.store.outbox.pending_count() == 0
    assert sessions.sign_out("work") == sandbox.base_url
