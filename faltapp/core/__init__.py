"""Domain types, validation and version rules. Pure Python: never imports Qt."""
