"""Tags on products, edited offline like every other field (docs/API.md live-7).

A product's tags are its ``tags`` attribute (names). Adding or removing one is a draft edit of the
product (``Drafts.edit``): it is committed at once with its outbox operation and sent exactly once by
the next sync, where the outbox's field-by-field check keeps a tag someone else added on the server.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain.errors import UsageError
from app.domain.messages import msg

if TYPE_CHECKING:
    from app.store.catalog import CatalogCache
    from app.store.drafts import Drafts

MAX_TAG_LENGTH = 100


def clean_tag(name: str) -> str:
    text = " ".join(name.split())
    if not text or len(text) > MAX_TAG_LENGTH:
        raise UsageError(msg("tag.bad_name", tag=name))
    return text


@dataclass(frozen=True)
class TagChange:
    product_local_id: str
    tags: list[str]
    changed: bool


class TagService:
    def __init__(self, catalog: CatalogCache, drafts: Drafts) -> None:
        self.catalog = catalog
        self.drafts = drafts

    def local_product(self, product: str) -> str:
        """A product's local id from its server id (or a local id)."""
        local = self.catalog.local_id_for("product", str(product))
        if local is None:
            if not self.catalog.exists(str(product)) or self.catalog.kind_of(str(product)) != "product":
                raise UsageError(msg("tag.unknown_product", product=product))
            local = str(product)
        return local

    def tags(self, product_local_id: str) -> list[str]:
        value = self.catalog.values(product_local_id).get("tags")
        return [str(t) for t in value] if isinstance(value, list) else []

    def set_tags(self, product_local_id: str, tags: list[str]) -> TagChange:
        wanted: list[str] = []
        for tag in tags:
            clean = clean_tag(tag)
            if clean.lower() not in {t.lower() for t in wanted}:
                wanted.append(clean)
        current = self.tags(product_local_id)
        if current == wanted:
            return TagChange(product_local_id, current, False)
        self.drafts.edit("product", product_local_id, {"tags": wanted})
        return TagChange(product_local_id, wanted, True)

    def add(self, product_local_id: str, name: str) -> TagChange:
        clean = clean_tag(name)
        current = self.tags(product_local_id)
        if clean.lower() in {t.lower() for t in current}:
            return TagChange(product_local_id, current, False)
        return self.set_tags(product_local_id, [*current, clean])

    def remove(self, product_local_id: str, name: str) -> TagChange:
        clean = clean_tag(name).lower()
        current = self.tags(product_local_id)
        kept = [t for t in current if t.lower() != clean]
        if kept == current:
            return TagChange(product_local_id, current, False)
        return self.set_tags(product_local_id, kept)
