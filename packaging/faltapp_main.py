"""The bundle's entry script: the same entry point as the ``faltapp`` command."""

from faltapp.cli import main

raise SystemExit(main())
