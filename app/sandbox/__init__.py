"""The sandbox: a local server speaking the distributor JSON:API (limbo/Beat v1, or Labelcamp v2).

- ``runner``: :func:`start_sandbox` / :class:`RunningSandbox` (uvicorn in a thread; faults, stats).
- ``server``: the Starlette application (auth, routing, JSON:API errors, streaming writes).
- ``schema``: each resource type's attributes, relationships, filters and sorts.
- ``catalog``: the rules (422s), default offers, artist association, deliveries over time.
- ``documents``: rendering of resources, linkage, ``included`` and pagination.
- ``bodyparser``: incremental parsing of bodies carrying huge base64 values.
- ``jsonbody``: the one JSON decoder and strict integer parser for every request (limits, docs/SANDBOX.md).
- ``guard``: Host allow-list, loopback-only control routes, header and body timeouts (both sandboxes).
- ``openapi``: the OpenAPI 3.1 documents served at ``/openapi.json``, generated from ``schema``.
- ``store``: SQLite, one table per resource type. ``refdata``/``geo``: base data. ``demo``: --demo.
- ``label_profiles``: the separate label-profiles REST API sandbox.
"""
