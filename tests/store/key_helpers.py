"""What the key-file tests share: cheap parameters, the passphrase, raw access to the JSON.

The fixtures ``db_key``, ``key_file`` and ``key_path`` are in ``tests/conftest.py``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import KEY_PASSPHRASE as PASSPHRASE

from faltapp.store.keys import KdfParams

CHEAP = KdfParams.for_tests()
__all__ = ["CHEAP", "PASSPHRASE", "document", "save"]


def document(path: Path) -> dict[str, Any]:
    """The key file's JSON."""
    return json.loads(path.read_text(encoding="utf-8"))


def save(path: Path, content: dict[str, Any]) -> None:
    """Write JSON over the key file (to damage it on purpose)."""
    path.write_text(json.dumps(content), encoding="utf-8")
