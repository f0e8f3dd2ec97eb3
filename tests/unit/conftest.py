"""Unit tests start no containers: sessions started here do not pre-warm sandboxes."""

import pytest


@pytest.fixture(autouse=True)
def no_warm_containers(monkeypatch):
    monkeypatch.setenv("JUDGE_WARM", "0")
