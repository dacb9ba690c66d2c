"""Services: the operations the CLI and the GUI share, over the API client and the store."""
