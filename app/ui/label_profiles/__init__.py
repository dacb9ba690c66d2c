"""Label profiles from a label-profile service: list, editor, connection dialog, and the one
function the main window calls, :func:`open_label_profiles`."""
