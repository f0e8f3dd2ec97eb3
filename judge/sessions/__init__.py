"""Timed drill sessions: the clock, the lifecycle, the workspace, warnings, submitting inside a session.

Data flows one way: the CLI calls this package, which decides what belongs to
a session and whether it is late, then calls judge.judging to grade and
record.  Grading knows nothing about sessions.
"""
