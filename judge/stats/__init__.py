"""Per-pattern statistics, the weakness score, and FSRS spaced-repetition scheduling.

Pure computations over rows read from the store; nothing here writes, grades
or knows about the CLI.  docs/stats.md explains every number.
"""
