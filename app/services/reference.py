"""Reference data the editors offer as choices: languages, product types and credit-role names.

Languages and product types come from the local cache (the catalog refresh fills it). The names of
the credit roles come from the server's artist-roles resource when signed in, and are cached in the
store's settings so they are there offline too.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.domain.resources import ArtistRole

if TYPE_CHECKING:
    from app.api.client import ApiClient
    from app.store.interfaces import KeyValueSettings, ReferenceData

log = logging.getLogger(__name__)

ROLES_SETTING = "artist_roles"


@dataclass(frozen=True)
class Choices:
    languages: list[tuple[str, str]] = field(default_factory=list)  # (id, name)
    product_types: list[tuple[str, str]] = field(default_factory=list)
    role_names: dict[str, str] = field(default_factory=dict)  # credit-role key -> the server's name


class ReferenceService:
    """Give it the catalog's reference data and its settings (parts of a ``CatalogStore``)."""

    def __init__(self, reference: ReferenceData, settings: KeyValueSettings,
                 client: ApiClient | None = None) -> None:
        self.reference = reference
        self.settings = settings
        self.client = client

    def choices(self) -> Choices:
        """What the editors offer; the role names are refreshed from the server when signed in."""
        ref = self.reference
        languages = [(str(x.id), str(getattr(x, "name", ""))) for x in ref.reference("language") if x.id]
        types = [(str(x.id), str(getattr(x, "name", ""))) for x in ref.reference("product_type") if x.id]
        return Choices(languages, types, self.role_names())

    def role_names(self) -> dict[str, str]:
        roles: dict[str, str] = json.loads(self.settings.setting(ROLES_SETTING) or "{}")
        client = self.client
        if client is None or not client.logged_in:
            return roles
        try:
            fresh = {str(r.key).replace("-", "_"): str(r.name) for r in client.list(ArtistRole)
                     if r.key and r.name}
        except Exception as exc:  # offline: the cached names (or the app's own) do
            log.info("artist roles not refreshed: %s", exc)
            return roles
        if fresh and fresh != roles:
            self.settings.set_setting(ROLES_SETTING, json.dumps(fresh))
            return fresh
        return roles
