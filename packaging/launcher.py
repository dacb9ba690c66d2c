"""Entry point of the PyInstaller bundle: the same ``run`` as the ``releasedesk`` console script."""

import multiprocessing

if __name__ == "__main__":
    # The media checks use a process pool; in a frozen app each worker re-runs this file, and
    # freeze_support() turns that run into the worker instead of a second app (Windows, macOS spawn).
    multiprocessing.freeze_support()

    from app.cli import run

    run()
