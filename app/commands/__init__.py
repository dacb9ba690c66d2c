"""Command-line subcommands, one module each, dispatched by app/cli.py."""
