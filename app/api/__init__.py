"""The distributor API: ``ApiClient`` (client.py), the JSON:API codec (jsonapi.py), typed errors
(errors.py). Import the submodules directly; this package imports nothing so that ``app.api.errors``
stays cheap."""
