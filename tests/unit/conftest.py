"""Unit tests start no containers: sessions started here do not pre-warm sandboxes."""

import shutil
from pathlib import Path

import pytest

TWO_SUM = Path(__file__).resolve().parents[2] / "problems" / "two-pointers" / "two-sum-ii"


@pytest.fixture(autouse=True)
def no_warm_containers(monkeypatch):
    monkeypatch.setenv("JUDGE_WARM", "0")


@pytest.fixture
def problem_dir(tmp_path):
    """A copy of two-sum-ii in a pack of its own, to edit (params: numbers, target)."""
    target = tmp_path / "pack" / "two-sum-ii"
    shutil.copytree(TWO_SUM, target)
    (tmp_path / "pack" / "pack.toml").write_text('name = "pack"\ntitle = "A pack"\n')
    return target
