"""`python -m faltapp` runs the same entry point as the `faltapp` command."""

from faltapp.cli import main

raise SystemExit(main())
