"""The SQLite store: every submission, session and review, under the judge's data dir."""
