"""The Sync button, the status bar's sync state, the outbox and conflict dialogs."""
