"""Sync by export files (DESIGN.md §6): device keys, team enrolment, export and import.

Nothing here yet; the store already writes what sync will need (Lamport versions, parents,
history, tombstones, a device id). No Qt.
"""
