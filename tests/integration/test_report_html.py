"""`judge report`: the HTML file it writes from a realistic history in real SQLite, rendered by headless Chromium
(Debian's package, driven over the DevTools protocol): no console error, no failed load, a page that is not
blank. The screenshot is kept as an artifact: JUDGE_ARTIFACTS, else <tmp>/drill-judge-artifacts (printed)."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from chromium_pipe import load
from needed_programs import require_program
from judge import clock
from judge.sessions.report import CHART_IDS
from judge.store.db import connect
from practice_history import build_history

JUDGE = Path(sys.executable).with_name("judge")
# Anything a browser would fetch or run; the charts' own references are to fragments (#id) of the page.
LOADS = re.compile(r"""<(?:script|link|img|iframe|object|embed|source|video|audio)\b|(?:src|href)\s*=\s*["'](?!#)"""
                   r"""|url\((?!#)|@import""", re.I)


@pytest.fixture
def chromium():
    return require_program("chromium", "chromium")


def artifacts() -> Path:
    directory = Path(os.environ.get("JUDGE_ARTIFACTS") or Path(tempfile.gettempdir()) / "drill-judge-artifacts")
    directory.mkdir(parents=True, exist_ok=True)
    return directory


def ink(png: bytes) -> float:
    """The share of the screenshot's pixels that are not (near) white."""
    from PIL import Image

    gray = Image.open(io.BytesIO(png)).convert("L")
    histogram = gray.histogram()
    return sum(histogram[:235]) / sum(histogram)


def report(tmp_path: Path, name: str) -> tuple[Path, dict]:
    out = tmp_path / name
    result = subprocess.run([str(JUDGE), "report", "--out", str(out), "--json"], capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    return out, json.loads(result.stdout)


def test_the_report_of_a_real_history_renders_in_chromium_without_errors(judge_home, tmp_path, chromium):
    conn = connect()
    sessions = build_history(conn, clock.now())
    conn.close()
    page, written = report(tmp_path, "report.html")
    assert written["charts"] == list(CHART_IDS) and written["sessions"] == 5 and sessions > 5
    assert written["patterns"] == 6 and written["submissions"] > 50
    html = page.read_text(encoding="utf-8")
    assert LOADS.findall(html) == []  # nothing to fetch, no script: it opens offline, anywhere
    assert html.count("<svg") == len(CHART_IDS)
    for chart in CHART_IDS:
        assert f'id="{chart}"' in html
    assert "30-minute pace" in html and "Never practised" in html and "Session " in html
    assert re.search(r"Practised 6 of \d+ patterns, \d+ of \d+ problems", html)

    loaded = load(page, tmp_path / "profile")
    kept = artifacts() / "report.png"
    kept.write_bytes(loaded.screenshot)
    print(f"\nscreenshot of the report: {kept} ({loaded.height} px high)")
    assert loaded.errors == []
    assert loaded.height > 3000  # six charts and five scorecards, not an error page
    assert ink(loaded.screenshot) > 0.05


def test_a_report_before_any_practice_renders_and_says_so(judge_home, tmp_path, chromium):
    page, written = report(tmp_path, "empty.html")
    assert written["charts"] == ["calendar"] and written["sessions"] == 0 and written["submissions"] == 0
    assert not (judge_home / "judge.db").exists()
    html = page.read_text(encoding="utf-8")
    assert "No submissions yet" in html and "No closed session yet" in html
    loaded = load(page, tmp_path / "profile")
    (artifacts() / "report-empty.png").write_bytes(loaded.screenshot)
    assert loaded.errors == [] and ink(loaded.screenshot) > 0.01


def test_the_browser_check_sees_console_errors_exceptions_and_failed_loads(tmp_path, chromium):
    """The check above can fail: a page with each kind of error is caught, each by its own entry."""
    page = tmp_path / "broken.html"
    page.write_text('<html><body><p>broken</p><script>console.error("deliberate"); notDefined();</script>'
                    f'<img src="{(tmp_path / "missing.png").as_uri()}"></body></html>')
    errors = load(page, tmp_path / "profile").errors
    assert any(e == "console.error: deliberate" for e in errors), errors
    assert any(e.startswith("exception: ReferenceError: notDefined") for e in errors), errors
    assert any("ERR_FILE_NOT_FOUND" in e and "missing.png" in e for e in errors), errors
