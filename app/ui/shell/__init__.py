"""The main window and what frames it: the session, sign-in, preferences, the main controller."""
