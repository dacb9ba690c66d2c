"""JSON:API documents as the API docs print them: resources, linkage, ``included``, pagination, errors."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

from app.sandbox.jsonbody import parse_whole
from app.sandbox.schema import RelSpec, TypeSpec
from app.sandbox.store import Row, Store, fk_expr, table

JSONAPI = {"version": "1.0"}
MEDIA_TYPE = "application/vnd.api+json"
MAX_PAGE_SIZE = 200
DEFAULT_PAGE_SIZE = 20

TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    406: "Not Acceptable",
    409: "Conflict",
    413: "Payload Too Large",
    415: "Unsupported Media Type",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}

# Attributes one dialect has and the other does not (docs/API.md#resources-the-app-uses).
LIMBO_ONLY: dict[str, frozenset[str]] = {"artists": frozenset({"external-user-id", "apple-id"})}
LABELCAMP_ONLY: dict[str, frozenset[str]] = {
    "labels": frozenset({"logo"}),
    "offers": frozenset({"pitch-date", "track-price-code"}),
    "artists": frozenset({"cover-url"}),
}


class ApiError(Exception):
    def __init__(self, status: int, errors: list[dict[str, Any]], headers: dict[str, str] | None = None):
        super().__init__(f"{status}: {errors}")
        self.status = status
        self.errors = errors
        self.headers = headers or {}


def error_object(
    status: int,
    detail: str | None = None,
    *,
    pointer: str | None = None,
    parameter: str | None = None,
    title: str | None = None,
) -> dict[str, Any]:
    obj: dict[str, Any] = {"status": str(status), "title": title or TITLES.get(status, "Error")}
    if detail is not None:
        obj["detail"] = detail
    if pointer is not None:
        obj["source"] = {"pointer": pointer}
    elif parameter is not None:
        obj["source"] = {"parameter": parameter}
    return obj


def fail(
    status: int, detail: str | None = None, *, pointer: str | None = None, parameter: str | None = None
) -> ApiError:
    return ApiError(status, [error_object(status, detail, pointer=pointer, parameter=parameter)])


def unprocessable(problems: Sequence[tuple[str, str]]) -> ApiError:
    """One error per problem: (pointer, detail)."""
    return ApiError(422, [error_object(422, detail, pointer=pointer) for pointer, detail in problems])


def not_found(dialect: str, detail: str | None = None) -> ApiError:
    # limbo documents this exact body; Labelcamp clients read errors[0].detail, so give one there.
    if dialect == "limbo":
        return ApiError(404, [error_object(404)])
    return ApiError(404, [error_object(404, detail or "The resource was not found.")])


def error_document(errors: list[dict[str, Any]]) -> dict[str, Any]:
    return {"jsonapi": JSONAPI, "errors": errors}


@dataclass
class Page:
    number: int
    size: int


def parse_page(query: dict[str, str], spec: TypeSpec | None) -> Page | None:
    if spec is not None and not spec.paginated and "page[size]" not in query and "page[number]" not in query:
        return None
    values = {}
    for key, default in (("number", 1), ("size", DEFAULT_PAGE_SIZE)):
        raw = query.get(f"page[{key}]")
        if raw is None or raw == "":
            values[key] = default
            continue
        value = parse_whole(raw, max_digits=10)
        if value is None:
            raise fail(
                400, f"page[{key}] must be a whole number, got {raw[:40]!r}.", parameter=f"page[{key}]"
            )
        if not 1 <= value <= 1_000_000_000:
            raise fail(400, f"page[{key}] must be between 1 and 1000000000.", parameter=f"page[{key}]")
        values[key] = value
    # Both dialects cap page[size] at 200 (Labelcamp documents it; limbo does not say). A bigger value is
    # accepted, not refused, and the page reports the size actually used (perPage / links).
    return Page(values["number"], min(values["size"], MAX_PAGE_SIZE))


class Renderer:
    def __init__(
        self,
        store: Store,
        specs: dict[str, TypeSpec],
        base_url: str,
        api_prefix: str,
        dialect: str,
        fields: dict[str, set[str]] | None = None,
    ) -> None:
        self.store = store
        self.specs = specs
        self.base_url = base_url.rstrip("/")
        self.api_url = self.base_url + api_prefix
        self.dialect = dialect
        self.fields: dict[str, set[str]] = dict(fields or {})

    def url(self, *parts: str) -> str:
        return "/".join([self.api_url, *parts])

    # -- linkage ----------------------------------------------------------------------------------
    def linkage(self, rows: Sequence[Row], spec: TypeSpec, rel: RelSpec) -> dict[str, Any]:
        """{row id: linkage data} for one relationship over a batch of rows (one query at most)."""
        if rel.kind == "stored":
            return {row.id: row.rels.get(rel.name, [] if rel.many else None) for row in rows}
        ids = [row.id for row in rows]
        out: dict[str, Any] = {rid: [] for rid in ids}
        if not ids:
            return out
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            if rel.kind == "reverse":
                assert rel.fk is not None
                sql = (
                    f"SELECT t.id AS id, {fk_expr(rel.fk, 't')} AS owner FROM {table(rel.target)} t "
                    f"WHERE {fk_expr(rel.fk, 't')} IN ({marks}) "
                    f"AND json_extract(t.rels, '$.\"{rel.fk}\".type') = ? ORDER BY t.id"
                )
                params: list[Any] = [*chunk, spec.rtype]
            else:
                sql = (
                    f"SELECT t.id AS id, json_extract(j.value, '$.id') AS owner FROM {table(rel.target)} t, "
                    f"json_each(t.rels, '$.\"{rel.fk}\"') j WHERE json_extract(j.value, '$.id') IN ({marks}) "
                    "ORDER BY t.id"
                )
                params = list(chunk)
            for record in self.store.query(sql, params):
                out[str(record["owner"])].append({"type": rel.target, "id": str(record["id"])})
        return out

    # -- resources --------------------------------------------------------------------------------
    def resources(self, rows: Sequence[Row]) -> list[dict[str, Any]]:
        if not rows:
            return []
        spec = self.specs[rows[0].rtype]
        linkages = {rel.name: self.linkage(rows, spec, rel) for rel in spec.rels}
        return [self._resource(row, spec, linkages) for row in rows]

    def resource(self, row: Row) -> dict[str, Any]:
        return self.resources([row])[0]

    def _attributes(self, row: Row, spec: TypeSpec) -> dict[str, Any]:
        hidden = (LABELCAMP_ONLY if self.dialect == "limbo" else LIMBO_ONLY).get(spec.rtype, frozenset())
        attrs: dict[str, Any] = {}
        for name, default in spec.attrs.items():
            if name in hidden:
                continue
            attrs[name] = row.attrs.get(name, default)
        if isinstance(attrs.get("cover-url"), str) and attrs["cover-url"].startswith("/storage/"):
            attrs["cover-url"] = self.base_url + attrs["cover-url"]
        for name, value in row.attrs.items():
            if name not in attrs and name not in hidden and name not in spec.attrs:
                attrs[name] = value
        if spec.camel_timestamps and self.dialect == "limbo":
            attrs["createdAt"], attrs["updatedAt"] = row.created_at, row.updated_at
        else:
            attrs["created-at"], attrs["updated-at"] = row.created_at, row.updated_at
        return attrs

    def _resource(self, row: Row, spec: TypeSpec, linkages: dict[str, dict[str, Any]]) -> dict[str, Any]:
        self_url = self.url(spec.rtype, row.id)
        wanted = self.fields.get(spec.rtype)  # sparse fieldsets: fields[TYPE]=a,b
        relationships: dict[str, Any] = {}
        for rel in spec.rels:
            if wanted is not None and rel.name not in wanted:
                continue
            relationships[rel.name] = {
                "links": {
                    "related": f"{self_url}/{rel.segment}",
                    "self": f"{self_url}/relationships/{rel.segment}",
                },
                "data": linkages[rel.name][row.id],
            }
        attributes = self._attributes(row, spec)
        if wanted is not None:
            attributes = {k: v for k, v in attributes.items() if k in wanted}
        doc: dict[str, Any] = {"type": spec.rtype, "id": row.id, "attributes": attributes}
        if relationships:
            doc["relationships"] = relationships
        doc["links"] = {"self": self_url}
        return doc

    # -- include ----------------------------------------------------------------------------------
    def included(self, rows: Sequence[Row], paths: list[list[str]]) -> list[dict[str, Any]]:
        seen: dict[tuple[str, str], dict[str, Any]] = {(r.rtype, r.id): {} for r in rows}
        out: list[dict[str, Any]] = []
        tree: dict[str, Any] = {}
        for path in paths:
            node = tree
            for part in path:
                node = node.setdefault(part, {})
        self._include_level(rows, tree, seen, out)
        return out

    def _include_level(
        self,
        rows: Sequence[Row],
        tree: dict[str, Any],
        seen: dict[tuple[str, str], dict[str, Any]],
        out: list[dict[str, Any]],
    ) -> None:
        if not rows or not tree:
            return
        by_type: dict[str, list[Row]] = {}
        for row in rows:
            by_type.setdefault(row.rtype, []).append(row)
        for rtype, group in by_type.items():
            spec = self.specs[rtype]
            for name, subtree in tree.items():
                rel = spec.rel(name)
                if rel is None:
                    continue
                data = self.linkage(group, spec, rel)
                wanted: dict[str, list[str]] = {}
                for value in data.values():
                    for item in value if isinstance(value, list) else [value] if value else []:
                        wanted.setdefault(item["type"], []).append(str(item["id"]))
                next_rows: list[Row] = []
                for target_type, ids in wanted.items():
                    if target_type not in self.specs:
                        continue
                    found = self.store.get_many(target_type, list(dict.fromkeys(ids)))
                    fresh = [r for r in found.values() if (r.rtype, r.id) not in seen]
                    fresh.sort(key=lambda r: (len(r.id), r.id))
                    for r in fresh:
                        seen[(r.rtype, r.id)] = {}
                    next_rows.extend(found.values())
                    out.extend(self.resources(fresh))
                self._include_level(next_rows, subtree, seen, out)

    # -- pagination -------------------------------------------------------------------------------
    def page_links(self, path: str, query: list[tuple[str, str]], page: Page, last: int) -> dict[str, str]:
        base = [(k, v) for k, v in query if k not in ("page[number]", "page[size]")]

        def link(number: int) -> str:
            params = [*base, ("page[number]", str(number)), ("page[size]", str(page.size))]
            if self.dialect == "limbo":  # brackets literal, as limbo prints them
                qs = "&".join(f"{quote(k, safe='[]')}={quote(v, safe=',')}" for k, v in params)
            else:
                qs = urlencode(params)
            return f"{self.base_url}{path}?{qs}"

        links = {"first": link(1)}
        if self.dialect == "limbo":
            links["last"] = link(last)
            if page.number > 1:
                links["prev"] = link(min(page.number - 1, last))
            if page.number < last:
                links["next"] = link(page.number + 1)
        else:
            if page.number > 1:
                links["prev"] = link(min(page.number - 1, last))
            if page.number < last:
                links["next"] = link(page.number + 1)
            links["last"] = link(last)
        return links

    def page_meta(self, page: Page, total: int, shown: int) -> dict[str, Any]:
        last = max(1, -(-total // page.size))
        if self.dialect == "labelcamp":
            return {"record-count": total, "page-count": last}
        first = (page.number - 1) * page.size + 1
        return {
            "page": {
                "currentPage": page.number,
                "from": first if shown else None,
                "lastPage": last,
                "perPage": page.size,
                "to": first + shown - 1 if shown else None,
                "total": total,
            }
        }
