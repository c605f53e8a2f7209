"""``python -m pressarchive``: the command line, as the ``pressarchive`` script runs it."""

from pressarchive.cli import main

main()
