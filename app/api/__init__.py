"""The APIs Releasedesk talks to: ``ApiClient`` for the distributor API (client.py) and
``LabelProfilesClient`` (label_profiles.py), both on the shared ``Transport`` (transport.py: pool, TLS
and URL rules, retries, the token in the SecretStore, typed errors); the JSON:API codec (jsonapi.py);
typed errors (errors.py). Import the submodules directly; this package imports nothing so that
``app.api.errors`` stays cheap."""
