"""The cohort service: one PostgreSQL store for many users, an HTTP API, and Celery workers that grade.

It sits beside the CLI at the top and imports downward only (judging, sessions, packs, store).
docs/service.md describes the parts and the delivery guarantees.
"""
