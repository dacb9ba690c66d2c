"""The catalog as a spreadsheet: export, and import with its dry-run preview."""
