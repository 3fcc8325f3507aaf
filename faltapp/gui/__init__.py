"""The PySide6 shell over core/ and store/: windows, dialogs, table models."""
