"""Give an open database a new random key, so old copies of the key file stop opening it.

Changing the passphrase only re-wraps the same key: anyone with an old key file and the old
passphrase can still open the database. ``rekey`` re-encrypts every page under a new key.
Order, so that a kill at any moment leaves a database that opens with the passphrase:

1. ``<db>.key.next`` is written (the new key under the same passphrase), atomically;
2. ``PRAGMA rekey`` re-encrypts the database in one SQLite transaction;
3. ``<db>.key.next`` replaces ``<db>.key``.

Opening finds a leftover ``.key.next`` and either promotes it (the database already has the new
key) or removes it (the rekey never committed): see ``opening._connect_after_rekey``.
"""

from __future__ import annotations

from pathlib import Path

from faltapp.store import keys
from faltapp.store.opening import NEXT_KEY, fsync_dir, sibling
from faltapp.store.readers import Readers
from faltapp.store.writer import Writer


def rekey(writer: Writer, readers: Readers, path: Path, passphrase: str) -> bytes:
    """Re-encrypt the database under a new key; returns the new key.

    Raises WrongPassphrase before anything changes if ``passphrase`` does not unlock the key
    file.
    """
    key_path = keys.key_path_for(path)
    key_file = keys.read_key_file(key_path)
    keys.unwrap_key(key_file, passphrase)
    new_key = keys.new_database_key()
    next_path = sibling(path, NEXT_KEY)
    keys.replace_key_file(next_path, keys.wrap_key(new_key, passphrase, key_file.params))
    with writer.exclusive() as conn:
        readers.close()
        conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        next_path.replace(key_path)
        fsync_dir(path.parent)
        readers.reset(new_key)
    return new_key
