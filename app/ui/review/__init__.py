"""The store review (findings grouped by store, with fixes), the track editor's Lyrics tab, and the
entry point that installs them and the release calendar (``install.py``)."""
