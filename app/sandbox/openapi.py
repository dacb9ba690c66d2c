"""OpenAPI 3.1 documents of the sandboxes, generated from their own definitions (docs/SANDBOX.md).

The distributor document is built from :data:`app.sandbox.schema.SPECS` (resource types, attributes,
relationships, filters, sorts, which types are writable) and the dialect's prefix and hidden attributes;
the label-profiles one from the constants of :mod:`app.sandbox.label_profiles`. Nothing here lists a
route by hand that the server does not derive from the same definitions, so the document cannot drift
from what the server answers. Served at ``/openapi.json`` by each sandbox (no token needed).

Attribute types in request bodies say what the server checks (``ATTRIBUTE_TYPES``); in responses an
attribute is any JSON value, because the sandbox echoes what it stored and both dialects print nulls.
"""

from __future__ import annotations

import copy
from functools import cache
from typing import Any

from app.domain.resources import (
    CREDIT_ROLES,
    DELIVERY_TYPES,
    PRODUCT_STATUSES,
    SEND_TASK_PRIORITIES,
    TRACK_CREDIT_ROLES,
    USAGE_KEYS,
)
from app.sandbox.documents import LABELCAMP_ONLY, LIMBO_ONLY, MEDIA_TYPE
from app.sandbox.schema import SPECS, TypeSpec
from app.sandbox.trends import CSV_COLUMNS, EXTRACT_TYPES, SCOPE_KEYS, STATUSES

OPENAPI_VERSION = "3.1.0"
_TEXT = {"type": ["string", "null"]}
_DATE = {"type": ["string", "null"], "format": "date"}
_NAMES = {"type": ["array", "null"], "items": {"type": "string", "minLength": 1}}
_BOOL = {"type": ["boolean", "null"]}

# What the rules (catalog.py) check of each attribute a client sends; absent = any JSON value.
ATTRIBUTE_TYPES: dict[str, dict[str, Any]] = {
    **{name: _TEXT for name in ("name", "title", "subtitle", "copyright-line", "production-line",
                                 "description", "lyrics", "external-user-id", "apple-id")},
    **{name: _DATE for name in ("release-date", "original-release-date", "preorder-date", "pitch-date")},
    **{name: _NAMES for name in TRACK_CREDIT_ROLES},
    "upc-code": {"type": ["string", "null"], "pattern": "^[0-9]{12,14}$"},
    "isrc-code": {"type": ["string", "null"], "pattern": "^[A-Z]{2}[A-Z0-9]{3}[0-9]{7}$"},
    "production-year": {"type": ["integer", "null"], "minimum": 1900, "maximum": 2100},
    "track-number": {"type": ["integer", "null"], "minimum": 1},
    "volume-number": {"type": ["integer", "null"], "minimum": 1},
    "is-compilation": _BOOL,
    "is-default": {"type": "boolean"},
    "deliverable": {"type": "boolean"},
    "usage": {
        "type": ["object", "null"],
        "properties": {key: {"type": "boolean"} for key in USAGE_KEYS},
        "additionalProperties": False,
    },
    "send-date": {"type": ["string", "null"]},
    "new-file": {"type": ["string", "null"], "contentEncoding": "base64"},
    "front-cover": {"type": ["string", "null"], "description": "data:image/jpeg;base64,..."},
    "isrc-video": {"type": ["string", "null"], "pattern": "^[A-Z]{2}[A-Z0-9]{3}[0-9]{7}$"},
    "isrc-audio": {"type": ["string", "null"], "pattern": "^[A-Z]{2}[A-Z0-9]{3}[0-9]{7}$"},
    "crop": {
        "type": ["object", "null"],
        "properties": {
            side: {"type": "string", "pattern": "^[0-9]{1,5}$"} for side in ("top", "left", "right", "bottom")
        },
        "additionalProperties": False,
    },
    "is-youtube": {"type": "boolean"},
    "filename": _TEXT,
    "support-number": _TEXT,
    "master-type": {"enum": ["cd", "hd", "dolby_atmos", None]},
    "precision": {"enum": [16, 24, 32, None]},
    "md5": {"type": ["string", "null"], "pattern": "^[0-9a-fA-F]{32}$"},
}
# Per type, where one attribute name means different things.
TYPE_ATTRIBUTE_TYPES: dict[str, dict[str, dict[str, Any]]] = {
    "offers": {"status": {"enum": ["draft", "active"]}},
    "rights": {"action": {"enum": ["add", "remove", "clear"]}},
    "send-tasks": {
        "delivery-type": {"enum": list(DELIVERY_TYPES)},
        "priority": {"enum": [*SEND_TASK_PRIORITIES, None]},
    },
    "artists": {"priority": {"type": "integer", "minimum": 0}},
    "products": {
        "status": {"enum": list(PRODUCT_STATUSES)},
        "tags": {"type": ["array", "null"], "maxItems": 50,
                 "items": {"type": "string", "minLength": 1, "maxLength": 100, "pattern": "\\S"}},
    },
    "send-task-factories": {
        "delivery-type": {"enum": list(DELIVERY_TYPES)},
        "priority": {"enum": [*SEND_TASK_PRIORITIES, None]},
        "upcs": {"type": ["array", "null"], "maxItems": 1000,
                 "items": {"type": "string", "pattern": "^[0-9]{12,14}$"}},
        "comments": {"type": ["string", "null"], "maxLength": 2000},
    },
    "tags": {
        "name": {"type": "string", "minLength": 1, "maxLength": 100, "pattern": "\\S"},
        "color": {"type": ["string", "null"], "pattern": "^#[0-9a-fA-F]{6}$"},
    },
    "spotify-artists": {"spotify-id": {"type": "string", "pattern": "^[0-9A-Za-z]{22}$"}},
    "apple-artists": {
        "apple-id": {"type": "string", "pattern": "^[1-9][0-9]{0,11}$"},
        "locale": {"type": ["string", "null"], "pattern": "^[a-z]{2}(-[A-Z]{2})?$"},
    },
    "availabilities": {
        "territories": {"type": ["array", "null"], "items": {"type": "string", "pattern": "^[A-Z]{2}$"}},
    },
    "asset-attachments": {"kind": {"enum": ["apple_motion_art_mobile", "apple_motion_art_desktop"]}},
}
# Types whose create needs a new-file (base64 of the file), and what that file must be.
UPLOAD_TYPES = {
    "records": "FLAC or WAV",
    "videos": "MP4 or MOV",
    "asset-attachments": "MP4 or MOV",
    "import-tasks": "FLAC or WAV",
}
_NUMERIC_ID = {"type": "string", "pattern": "^[1-9][0-9]{0,18}$"}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _errors(description: str, media_type: str = MEDIA_TYPE) -> dict[str, Any]:
    return {"description": description, "content": {media_type: {"schema": _ref("Errors")}}}


_STATUS_TEXT = {
    400: "The request is malformed (body, query parameter or Host header)",
    401: "No valid access token",
    403: "Client-generated ids are refused",
    404: "No such resource or route",
    406: "The Accept header asks for JSON:API with media type parameters",
    409: "The body's type or id does not match the URL",
    413: "The request body is larger than the route accepts",
    415: "The body is not sent as JSON:API",
    422: "A rule refuses the values; one error per problem, with a pointer",
}


def _error_responses(*codes: int) -> dict[str, Any]:
    return {str(code): _errors(_STATUS_TEXT[code]) for code in codes}


def _hidden(dialect: str, rtype: str) -> frozenset[str]:
    return (LABELCAMP_ONLY if dialect == "limbo" else LIMBO_ONLY).get(rtype, frozenset())


def _request_attributes(spec: TypeSpec, dialect: str) -> dict[str, Any]:
    props: dict[str, Any] = {}
    names = [*spec.attrs]
    if spec.rtype == "products":
        names.append("front-cover")
    for name in names:
        if name in spec.read_only_attrs or name in _hidden(dialect, spec.rtype):
            continue
        if spec.rtype not in UPLOAD_TYPES and name == "new-file":
            continue
        schema = TYPE_ATTRIBUTE_TYPES.get(spec.rtype, {}).get(name) or ATTRIBUTE_TYPES.get(name) or {}
        if spec.rtype == "tracks" and name in CREDIT_ROLES + TRACK_CREDIT_ROLES:
            schema = _NAMES
        props[name] = copy.deepcopy(schema)
    return props


def _linkage_schema(many: bool, targets: tuple[str, ...]) -> dict[str, Any]:
    identifier = {
        "type": "object",
        "required": ["type", "id"],
        "properties": {"type": {"enum": list(targets)}, "id": _NUMERIC_ID},
    }
    if many:
        return {"type": "array", "items": identifier}
    return {"anyOf": [identifier, {"type": "null"}]}


def _request_body(spec: TypeSpec, dialect: str, *, update: bool) -> dict[str, Any]:
    rels = {
        rel.name: {
            "type": "object",
            "required": ["data"],
            "properties": {"data": _linkage_schema(rel.many, rel.poly or (rel.target,))},
        }
        for rel in spec.rels
        if rel.kind == "stored" and rel.writable
    }
    data: dict[str, Any] = {
        "type": "object",
        "required": ["type"],
        "properties": {
            "type": {"const": spec.rtype},
            "attributes": {"type": "object", "properties": _request_attributes(spec, dialect)},
            "relationships": {"type": "object", "properties": rels},
        },
    }
    if update:
        data["properties"]["id"] = _NUMERIC_ID
    schema = {"type": "object", "required": ["data"], "properties": {"data": data}}
    return {
        "required": True,
        "content": {MEDIA_TYPE: {"schema": schema}, "application/json": {"schema": schema}},
    }


def _resource_schema(spec: TypeSpec) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["type", "id", "attributes", "links"],
        "properties": {
            "type": {"const": spec.rtype},
            "id": {"type": "string"},
            "attributes": {"type": "object"},
            "relationships": {
                "type": "object",
                "properties": {
                    rel.name: {
                        "type": "object",
                        "required": ["links", "data"],
                        "properties": {"links": _ref("Links"), "data": _ref("Linkage")},
                    }
                    for rel in spec.rels
                },
                "additionalProperties": False,
            },
            "links": _ref("Links"),
        },
    }


def _document(data: dict[str, Any], *, listing: bool = False) -> dict[str, Any]:
    props: dict[str, Any] = {
        "data": data,
        "included": {"type": "array", "items": _ref("AnyResource")},
        "links": _ref("Links"),
        "jsonapi": _ref("JsonApi"),
    }
    if listing:
        props["meta"] = {"type": "object"}
    return {"type": "object", "required": ["data", "jsonapi", "links"], "properties": props}


def _ok(description: str, schema: dict[str, Any], headers: dict[str, Any] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"description": description, "content": {MEDIA_TYPE: {"schema": schema}}}
    if headers:
        out["headers"] = headers
    return out


def _query(name: str, description: str, schema: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "description": description,
            "schema": schema or {"type": "string"}}


def _list_parameters(spec: TypeSpec) -> list[dict[str, Any]]:
    params = [
        _query(f"filter[{name.replace('.', '][')}]", f"filter {spec.rtype} by {name}")
        for name in spec.filters
    ]
    sorts = ["id", "created-at", "updated-at", *spec.sorts]
    params.append(_query("sort", "comma-separated fields, - for descending: " + ", ".join(sorts)))
    params.append(_query("include", "comma-separated relationship paths"))
    params.append(_query(f"fields[{spec.rtype}]", "sparse fieldset"))
    return params + _page_parameters()


def _page_parameters() -> list[dict[str, Any]]:
    digits = {"type": "string", "pattern": "^[1-9][0-9]{0,8}$"}
    return [
        _query("page[number]", "page number from 1", digits),
        _query("page[size]", "page size (at most 200 are sent)", digits),
    ]


def _id_parameter(spec: TypeSpec) -> dict[str, Any]:
    if spec.string_ids:
        schema: dict[str, Any] = {"type": "string", "minLength": 1, "pattern": "^[a-z0-9-]+$"}
    elif spec.rtype == "users":
        schema = {"type": "string", "pattern": "^(me|[1-9][0-9]{0,18})$"}
    else:
        schema = _NUMERIC_ID
    return {"name": "id", "in": "path", "required": True, "schema": schema}


def _type_paths(spec: TypeSpec, dialect: str, prefix: str) -> dict[str, Any]:
    name = _schema_name(spec.rtype)
    single = _document(_ref(name))
    listing = _document({"type": "array", "items": _ref(name)}, listing=True)
    collection: dict[str, Any] = {
        "get": {
            "operationId": f"list-{spec.rtype}",
            "summary": f"List {spec.rtype}",
            "parameters": _list_parameters(spec),
            "responses": {"200": _ok(f"A page of {spec.rtype}", listing), **_error_responses(400, 401, 406)},
        }
    }
    item: dict[str, Any] = {
        "parameters": [_id_parameter(spec)],
        "get": {
            "operationId": f"get-{spec.rtype}",
            "summary": f"One of the {spec.rtype}",
            "parameters": [_query("include", "comma-separated relationship paths"),
                           _query(f"fields[{spec.rtype}]", "sparse fieldset")],
            "responses": {"200": _ok(f"The {spec.rtype} resource", single),
                          **_error_responses(400, 401, 404, 406)},
        },
    }
    if spec.writable:
        location = {"Location": {"description": "The new resource's URL", "schema": {"type": "string"}}}
        collection["post"] = {
            "operationId": f"create-{spec.rtype}",
            "summary": f"Create one of the {spec.rtype}",
            "requestBody": _request_body(spec, dialect, update=False),
            "responses": {"201": _ok("Created", single, location),
                          **_error_responses(400, 401, 403, 406, 409, 413, 415, 422)},
        }
        item["patch"] = {
            "operationId": f"update-{spec.rtype}",
            "summary": f"Change one of the {spec.rtype}",
            "requestBody": _request_body(spec, dialect, update=True),
            "responses": {"200": _ok("Changed", single),
                          **_error_responses(400, 401, 404, 406, 409, 413, 415, 422)},
        }
        # PUT is what Labelcamp's PHP client sends; the app switches to it when a server refuses PATCH.
        item["put"] = {**item["patch"], "operationId": f"replace-{spec.rtype}",
                       "summary": f"Change one of the {spec.rtype} (PUT, same rules as PATCH)"}
        item["delete"] = {
            "operationId": f"delete-{spec.rtype}",
            "summary": f"Delete one of the {spec.rtype}",
            "responses": {"204": {"description": "Deleted"}, **_error_responses(400, 401, 404, 406, 422)},
        }
    base = f"{prefix}/{spec.rtype}"
    paths = {base: collection, base + "/{id}": item}
    if spec.rels:
        segments = [rel.segment for rel in spec.rels]
        rel_param = {"name": "relationship", "in": "path", "required": True,
                     "schema": {"type": "string", "enum": segments}}
        related = _document({"anyOf": [_ref("AnyResource"), {"type": "null"},
                                        {"type": "array", "items": _ref("AnyResource")}]})
        related["properties"]["meta"] = {"type": "object"}
        paths[base + "/{id}/{relationship}"] = {
            "parameters": [_id_parameter(spec), rel_param],
            "get": {
                "operationId": f"related-{spec.rtype}",
                "summary": f"The resources a relationship of one of the {spec.rtype} links",
                "parameters": _page_parameters(),
                "responses": {"200": _ok("The related resource(s)", related),
                              **_error_responses(400, 401, 404, 406)},
            },
        }
        linkage = {
            "type": "object",
            "required": ["data", "links", "jsonapi"],
            "properties": {"data": _ref("Linkage"), "links": _ref("Links"), "jsonapi": _ref("JsonApi")},
        }
        paths[base + "/{id}/relationships/{relationship}"] = {
            "parameters": [_id_parameter(spec), rel_param],
            "get": {
                "operationId": f"relationship-{spec.rtype}",
                "summary": f"The linkage of a relationship of one of the {spec.rtype}",
                "responses": {"200": _ok("Resource identifiers", linkage),
                              **_error_responses(400, 401, 404, 406)},
            },
        }
    return paths


def _extract_paths(prefix: str) -> dict[str, Any]:
    """Extracts (app/sandbox/trends.py): asynchronous export jobs, and the CSV at their result-url."""
    date = {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "format": "date"}
    scope_id = {"type": ["string", "null"], "pattern": "^[1-9][0-9]{0,17}$"}
    resource = {
        "type": "object",
        "required": ["type", "id", "attributes"],
        "properties": {
            "type": {"const": "extracts"},
            "id": {"type": "string"},
            "attributes": {
                "type": "object",
                "required": ["extract-type", "start-date", "end-date", "status", "result-url"],
                "properties": {
                    "extract-type": {"enum": list(EXTRACT_TYPES)},
                    "start-date": date,
                    "end-date": date,
                    **{key: scope_id for key in SCOPE_KEYS},
                    "status": {"enum": list(STATUSES)},
                    "format": {"const": "csv"},
                    "result-url": {"type": ["string", "null"]},
                    "created-at": {"type": "string"},
                },
            },
            "links": _ref("Links"),
        },
    }
    single = _document(resource)
    body = {
        "required": True,
        "content": {
            MEDIA_TYPE: {
                "schema": {
                    "type": "object",
                    "required": ["data"],
                    "properties": {
                        "data": {
                            "type": "object",
                            "required": ["type", "attributes"],
                            "properties": {
                                "type": {"const": "extracts"},
                                "attributes": {
                                    "type": "object",
                                    "required": ["start-date", "end-date"],
                                    "properties": {
                                        "extract-type": {"enum": list(EXTRACT_TYPES)},
                                        "start-date": date,
                                        "end-date": date,
                                        **{key: scope_id for key in SCOPE_KEYS},
                                    },
                                },
                            },
                        }
                    },
                }
            }
        },
    }
    location = {"Location": {"description": "The new extract's URL", "schema": {"type": "string"}}}
    return {
        f"{prefix}/extracts": {
            "post": {
                "operationId": "create-extracts",
                "summary": "Start an export job (daily-trends) for a date range and an optional scope",
                "requestBody": body,
                "responses": {"201": _ok("Created; poll it until result-url is set", single, location),
                              **_error_responses(400, 401, 403, 406, 409, 413, 415, 422)},
            }
        },
        f"{prefix}/extracts/{{id}}": {
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": _NUMERIC_ID}],
            "get": {
                "operationId": "get-extracts",
                "summary": "One extract: its status, and result-url once completed",
                "responses": {"200": _ok("The extract", single), **_error_responses(400, 401, 404, 406)},
            },
        },
        "/storage/extracts/{name}": {
            "get": {
                "operationId": "extract-result",
                "summary": "A completed extract's CSV (columns: " + ", ".join(CSV_COLUMNS) + ")",
                "security": [],
                "parameters": [{"name": "name", "in": "path", "required": True,
                                "schema": {"type": "string", "pattern": "^[0-9a-f]{32}\\.csv$"}}],
                "responses": {
                    "200": {"description": "The CSV, streamed",
                            "content": {"text/csv; charset=utf-8": {"schema": {"type": "string"}}}},
                    **_error_responses(400, 404),
                },
            }
        },
    }


def _schema_name(rtype: str) -> str:
    return "".join(part.capitalize() for part in rtype.split("-"))


def _token_path() -> dict[str, Any]:
    fields = {
        "type": "object",
        "properties": {
            "grant_type": {"const": "password"},
            "email": {"type": "string"},
            "username": {"type": "string"},
            "password": {"type": "string"},
        },
        "required": ["grant_type", "password"],
    }
    oauth_error = {
        "type": "object",
        "required": ["error", "error_description", "errors"],
        "properties": {
            "error": {"type": "string"},
            "error_description": {"type": "string"},
            "message": {"type": "string"},
            "errors": {"type": "array", "items": _ref("Error")},
        },
    }
    token = {
        "type": "object",
        "required": ["token_type", "expires_in", "access_token", "created_at"],
        "properties": {
            "token_type": {"const": "Bearer"},
            "expires_in": {"type": "integer"},
            "access_token": {"type": "string"},
            "created_at": {"type": "integer"},
        },
    }

    def answer(description: str, schema: dict[str, Any]) -> dict[str, Any]:
        return {"description": description, "content": {"application/json": {"schema": schema}}}

    return {
        "/oauth/token": {
            "post": {
                "operationId": "token",
                "summary": "An access token for the demo user (OAuth 2 password grant)",
                "security": [],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": fields},
                                "application/x-www-form-urlencoded": {"schema": fields}},
                },
                "responses": {
                    "200": answer("A bearer token", token),
                    "400": answer("Not a password grant, or a malformed body", oauth_error),
                    "401": answer("Wrong email or password", oauth_error),
                    "413": answer("The body is larger than 64 KB", oauth_error),
                },
            }
        }
    }


def _components() -> dict[str, Any]:
    identifier = {"type": "object", "required": ["type", "id"],
                  "properties": {"type": {"type": "string"}, "id": {"type": "string"}}}
    schemas: dict[str, Any] = {
        "JsonApi": {"type": "object", "properties": {"version": {"type": "string"}}},
        "Links": {"type": "object", "additionalProperties": {"type": ["string", "null"]}},
        "Identifier": identifier,
        "Linkage": {"anyOf": [{"type": "null"}, _ref("Identifier"),
                              {"type": "array", "items": _ref("Identifier")}]},
        "AnyResource": {
            "type": "object",
            "required": ["type", "id"],
            "properties": {"type": {"type": "string"}, "id": {"type": "string"},
                           "attributes": {"type": "object"}, "relationships": {"type": "object"},
                           "links": _ref("Links")},
        },
        "Error": {
            "type": "object",
            "required": ["status", "title"],
            "properties": {
                "status": {"type": "string", "pattern": "^[45][0-9][0-9]$"},
                "title": {"type": "string"},
                "detail": {"type": "string"},
                "source": {"type": "object", "properties": {"pointer": {"type": "string"},
                                                             "parameter": {"type": "string"}}},
            },
        },
        "Errors": {
            "type": "object",
            "required": ["errors"],
            "properties": {"errors": {"type": "array", "minItems": 1, "items": _ref("Error")},
                           "jsonapi": _ref("JsonApi")},
        },
    }
    for spec in SPECS.values():
        schemas[_schema_name(spec.rtype)] = _resource_schema(spec)
    return {
        "schemas": schemas,
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
    }


@cache
def _distributor(dialect: str) -> dict[str, Any]:
    prefix = "/api/v1" if dialect == "limbo" else "/api/v2"
    paths: dict[str, Any] = {}
    paths.update(_token_path())
    for spec in SPECS.values():
        paths.update(_type_paths(spec, dialect, prefix))
    paths.update(_extract_paths(prefix))
    paths["/storage/covers/{name}"] = {
        "get": {
            "operationId": "cover",
            "summary": "A stored front cover",
            "security": [],
            "parameters": [{"name": "name", "in": "path", "required": True,
                            "schema": {"type": "string", "pattern": "^[0-9a-f-]{36}\\.jpg$"}}],
            "responses": {
                "200": {"description": "The JPEG", "content": {"image/jpeg": {"schema": {}}}},
                **_error_responses(400, 404),
            },
        }
    }
    title = "limbo (Beat API v1)" if dialect == "limbo" else "Labelcamp (API v2)"
    return {
        "openapi": OPENAPI_VERSION,
        "info": {
            "title": f"Releasedesk sandbox: {title}",
            "version": "1",
            "description": "Generated from the sandbox's resource definitions; see docs/SANDBOX.md.",
        },
        "security": [{"bearer": []}],
        "paths": paths,
        "components": _components(),
    }


def distributor_document(dialect: str) -> dict[str, Any]:
    """The OpenAPI 3.1 document of the distributor sandbox in ``dialect`` (limbo or labelcamp)."""
    return copy.deepcopy(_distributor(dialect))


def label_profiles_document() -> dict[str, Any]:
    """The OpenAPI 3.1 document of the label-profiles sandbox."""
    from app.sandbox.label_profiles import MAX_PAGE_SIZE, WRITABLE  # it serves this document: no cycle

    nullable = {"email", "description"}
    label = {
        "type": "object",
        "required": ["id", "name", "email", "description", "country", "userId", "createdAt", "updatedAt"],
        "properties": {
            "id": {"type": "string", "format": "uuid"},
            **{key: ({"type": ["string", "null"]} if key in nullable else {"type": "string"})
               for key in WRITABLE},
            "userId": {"type": "string"},
            "createdAt": {"type": "string"},
            "updatedAt": {"type": "string"},
        },
    }
    body_fields = {
        key: {"type": ["string", "null"]} if key in nullable else {"type": "string", "minLength": 1}
        for key in WRITABLE
    }
    error = {"type": "object", "required": ["statusCode", "message"],
             "properties": {"statusCode": {"type": "integer"}, "message": {"type": "string"}}}

    def answer(description: str, schema: dict[str, Any]) -> dict[str, Any]:
        return {"description": description, "content": {"application/json": {"schema": schema}}}

    def envelope(data: dict[str, Any]) -> dict[str, Any]:
        return {"type": "object", "required": ["message", "data"],
                "properties": {"message": {"type": "string"}, "data": data}}

    def errors(*codes: int) -> dict[str, Any]:
        text = {400: "Bad request: a field, a query parameter or the Host header",
                401: "Missing, malformed, tampered or expired token",
                404: "No such label among the caller's", 413: "The body is larger than 64 KB",
                415: "The body is not JSON"}
        return {str(code): answer(text[code], error) for code in codes}

    def body(required: bool) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "object", "properties": body_fields}
        if required:
            schema["required"] = ["name"]
        return {"required": True, "content": {"application/json": {"schema": schema}}}

    list_params = [
        {"name": "page", "in": "query", "required": False,
         "schema": {"type": "integer", "minimum": 0, "maximum": 999_999_999_999}},
        {"name": "size", "in": "query", "required": False,
         "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE}},
        *({"name": key, "in": "query", "required": False, "schema": {"type": "string"},
           "description": f"only labels whose {key} equals this"} for key in (*WRITABLE, "id")),
    ]
    label_id = {"name": "label_id", "in": "path", "required": True,
                "schema": {"type": "string", "minLength": 1}}
    return {
        "openapi": OPENAPI_VERSION,
        "info": {"title": "Releasedesk sandbox: label profiles", "version": "1",
                 "description": "Generated from the sandbox's definitions; see docs/SANDBOX.md."},
        "security": [{"bearer": []}],
        "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                                                      "bearerFormat": "JWT"}}},
        "paths": {
            "/api/labels": {
                "get": {"operationId": "list-labels", "parameters": list_params,
                        "responses": {"200": answer("The caller's labels",
                                                    envelope({"type": "array", "items": label})),
                                      **errors(400, 401)}},
                "post": {"operationId": "create-label", "requestBody": body(True),
                         "responses": {"201": answer("Created", envelope(label)),
                                       **errors(400, 401, 413, 415)}},
            },
            "/api/labels/{label_id}": {
                "parameters": [label_id],
                "get": {"operationId": "get-label",
                        "responses": {"200": answer("The label", envelope(label)), **errors(400, 401, 404)}},
                "patch": {"operationId": "update-label", "requestBody": body(False),
                          "responses": {"200": answer("Changed", envelope(label)),
                                        **errors(400, 401, 404, 413, 415)}},
                "delete": {"operationId": "delete-label",
                           "responses": {"204": {"description": "Deleted"}, **errors(400, 401, 404)}},
            },
        },
    }
