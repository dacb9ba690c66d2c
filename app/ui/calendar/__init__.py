"""The release calendar view (``view.py``), installed with the store review (app/ui/review/install.py)."""
