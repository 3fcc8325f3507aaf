"""Sync by export files (DESIGN.md §6): device keys, team enrolment, the export file format,
export and import. No Qt; the store's merge (``store/merge.py``) decides what a version does.
"""
