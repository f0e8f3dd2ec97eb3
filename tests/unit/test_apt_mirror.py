"""Reading the Debian mirror from the machine's own apt configuration."""

import pytest

from judge.errors import EnvironmentProblem
from judge.sandbox.image import apt_mirror


def test_deb822_uris_skip_comments_and_security(tmp_path):
    d = tmp_path / "sources.list.d"
    d.mkdir()
    (d / "debian.sources").write_text(
        "Types: deb\n# http://snapshot.example/archive/debian/2025\nURIs: http://mirror.example/debian\n"
        "Suites: bookworm\n\nTypes: deb\nURIs: http://mirror.example/debian-security\nSuites: bookworm-security\n")
    (d / "other.list.disabled").write_text("deb https://elsewhere.example/apt stable main\n")
    assert apt_mirror(tmp_path / "missing.list", d) == "http://mirror.example/debian"


def test_classic_deb_lines(tmp_path):
    d = tmp_path / "d"
    d.mkdir()
    sources = tmp_path / "sources.list"
    sources.write_text("# deb http://commented.example/debian bookworm main\n"
                       "deb [arch=amd64] http://classic.example/debian bookworm main\n")
    assert apt_mirror(sources, d) == "http://classic.example/debian"


def test_no_mirror_is_an_environment_problem(tmp_path):
    with pytest.raises(EnvironmentProblem):
        apt_mirror(tmp_path / "none", tmp_path)
