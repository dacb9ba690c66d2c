"""The distributor API: ``ApiClient`` (client.py), the JSON:API codec (jsonapi.py), typed errors."""

from __future__ import annotations

from app.api.client import ApiClient, WhoAmI, open_client

__all__ = ["ApiClient", "WhoAmI", "open_client"]
