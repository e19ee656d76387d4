"""Migration scripts; each file is named after its revision ID (e.g. 0001_initial.py)."""
