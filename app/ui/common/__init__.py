"""What several features of the GUI share: table models, forms, choice lists, drops, dialog buttons."""
