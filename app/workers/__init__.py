"""Background work: the task runner (one way to leave the GUI thread) and jobs. Qt core only."""
