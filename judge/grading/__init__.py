"""Grading: drive the tests through a sandbox, compare answers on the host, decide verdicts.

Nothing here knows about the CLI or sessions; results go back up as data.
"""
