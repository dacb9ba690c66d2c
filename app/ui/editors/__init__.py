"""The label, product and track editors: forms, wells, contributors and undoable edits."""
